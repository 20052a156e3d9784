import ExcelJS from 'exceljs'
import type { Bilingual } from '../fields/message'

/** One cell as typed: its text, plus the number or date a spreadsheet stored, if any. */
export interface Cell {
  text: string
  number?: number
  date?: Date
  /** The cell held a formula: `text` is the formula itself (never its cached result). */
  formula?: boolean
}

export interface SheetRow {
  /** 1-based row number as the spreadsheet shows it. */
  number: number
  cells: Cell[]
}

export interface SheetProblem {
  /** Column letter and/or row number the problem is at, as the spreadsheet shows them. */
  at: string
  message: Bilingual
}

export interface Sheet {
  headers: string[]
  /** 1-based row number of the header row. */
  headerRow: number
  rows: SheetRow[]
  /** Problems with the sheet as a whole (merged header cells, no header row…). */
  problems: SheetProblem[]
  /** Rows after the header that were entirely empty, skipped. */
  emptyRows: number
}

export const MAX_ROWS = 20_000
export const MAX_BYTES = 20 * 1024 * 1024

export const columnLetter = (index: number): string => {
  let n = index + 1
  let out = ''
  while (n > 0) {
    const r = (n - 1) % 26
    out = String.fromCharCode(65 + r) + out
    n = Math.floor((n - 1) / 26)
  }
  return out
}

export class SheetError extends Error {
  constructor(readonly bilingual: Bilingual) {
    super(bilingual.en)
    this.name = 'SheetError'
  }
}

const empty = (cell: Cell | undefined) => !cell || cell.text.trim() === ''

/** Turns the table of cells into header + rows, skipping leading and trailing empty rows. */
function tabulate(table: Cell[][]): Sheet {
  const problems: SheetProblem[] = []
  const headerIndex = table.findIndex((row) => row.some((cell) => !empty(cell)))
  if (headerIndex < 0) {
    throw new SheetError({
      vi: 'Tệp không có dữ liệu: không tìm thấy dòng tiêu đề.',
      en: 'The file has no data: no header row was found.',
    })
  }
  const headers = (table[headerIndex] ?? []).map((cell) => cell.text.replace(/\s+/g, ' ').trim())
  const rows: SheetRow[] = []
  let emptyRows = 0
  let pendingEmpty = 0
  for (let i = headerIndex + 1; i < table.length; i++) {
    const cells = table[i] ?? []
    if (cells.every(empty)) {
      pendingEmpty++
      continue
    }
    emptyRows += pendingEmpty
    pendingEmpty = 0
    rows.push({ number: i + 1, cells })
    if (rows.length > MAX_ROWS) {
      throw new SheetError({
        vi: `Tệp có hơn ${MAX_ROWS} dòng. Hãy chia thành nhiều tệp nhỏ hơn.`,
        en: `The file has more than ${MAX_ROWS} rows. Split it into smaller files.`,
      })
    }
  }
  // Trailing empty rows (formatting left by spreadsheet programs) are not counted.
  return { headers, headerRow: headerIndex + 1, rows, problems, emptyRows }
}

function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return { text: '' }
  if (typeof value === 'number') return { text: String(value), number: value }
  if (typeof value === 'boolean') return { text: value ? 'true' : 'false' }
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10), date: value }
  if (typeof value === 'string') return { text: value }
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) {
      const formula = (value as { formula?: string; sharedFormula?: string }).formula ?? ''
      return { text: `=${formula}`, formula: true }
    }
    if ('richText' in value) return { text: value.richText.map((part) => part.text).join('') }
    if ('text' in value && typeof value.text === 'string') return { text: value.text }
    if ('error' in value) return { text: String(value.error) }
  }
  return { text: String(value) }
}

async function readXlsx(data: Uint8Array): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer)
  } catch {
    throw new SheetError({
      vi: 'Không đọc được tệp Excel: tệp hỏng hoặc không phải .xlsx. Hãy mở bằng Excel và lưu lại dạng "Excel Workbook (.xlsx)".',
      en: 'The Excel file cannot be read: it is damaged or not .xlsx. Open it in Excel and save it as "Excel Workbook (.xlsx)".',
    })
  }
  const sheet = workbook.worksheets.find((ws) => ws.state !== 'hidden' && ws.actualRowCount > 0)
  if (!sheet) {
    throw new SheetError({
      vi: 'Tệp Excel không có trang tính nào có dữ liệu.',
      en: 'The workbook has no sheet with data.',
    })
  }
  const table: Cell[][] = []
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: Cell[] = []
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      // Only the top-left cell of a merged range holds the value; the others are empty here.
      cells[col - 1] = cell.isMerged && cell.master.address !== cell.address ? { text: '' } : cellOf(cell.value)
    })
    table[rowNumber - 1] = Array.from({ length: cells.length }, (_, i) => cells[i] ?? { text: '' })
  })
  for (let i = 0; i < table.length; i++) table[i] ??= []
  const result = tabulate(table)
  // A header cell merged into its neighbour leaves its column without a name.
  const width = Math.max(result.headers.length, sheet.columnCount)
  for (let col = 0; col < width; col++) {
    const address = `${columnLetter(col)}${result.headerRow}`
    const cell = sheet.getCell(address)
    if (!cell.isMerged || cell.master.address === address) continue
    result.problems.push({
      at: address,
      message: {
        vi: `Ô tiêu đề ${address} bị gộp với ô ${cell.master.address}. Hãy bỏ gộp ô để mỗi cột có tiêu đề riêng.`,
        en: `Header cell ${address} is merged into ${cell.master.address}. Unmerge the cells so every column has its own header.`,
      },
    })
  }
  return result
}

/** RFC 4180 CSV, comma or semicolon separated (Excel in Vietnamese locale writes ";"), UTF-8. */
export function parseCsv(text: string): string[][] {
  const source = text.replace(/^\uFEFF/, '')
  const firstLine = source.slice(0, source.search(/\r?\n|$/))
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ','
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]
    if (quoted) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          field += '"'
          i++
        } else quoted = false
      } else field += ch
      continue
    }
    if (ch === '"' && field === '') quoted = true
    else if (ch === delimiter) {
      row.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += ch
  }
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows
}

/** Reads the first sheet of an .xlsx workbook or a .csv file. */
export async function readSheet(data: Uint8Array, filename: string): Promise<Sheet> {
  if (data.byteLength > MAX_BYTES) {
    throw new SheetError({
      vi: `Tệp quá lớn (${Math.round(data.byteLength / 1048576)} MB, tối đa ${MAX_BYTES / 1048576} MB). Hãy chia thành nhiều tệp.`,
      en: `The file is too large (${Math.round(data.byteLength / 1048576)} MB, at most ${MAX_BYTES / 1048576} MB). Split it.`,
    })
  }
  const lower = filename.toLowerCase()
  const zip = data[0] === 0x50 && data[1] === 0x4b
  if (lower.endsWith('.xlsx') || zip) return readXlsx(data)
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) {
    let text: string
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(data)
    } catch {
      throw new SheetError({
        vi: 'Tệp CSV không phải mã UTF-8. Trong Excel hãy chọn "Lưu thành… CSV UTF-8 (Comma delimited)".',
        en: 'The CSV file is not UTF-8. In Excel choose "Save as… CSV UTF-8 (Comma delimited)".',
      })
    }
    // An apostrophe before = + - @ is how exports (ours included) keep such cells as text: drop it.
    return tabulate(parseCsv(text).map((row) => row.map((text) => ({ text: text.replace(/^'(?=[=+\-@])/, '') }))))
  }
  if (lower.endsWith('.xls')) {
    throw new SheetError({
      vi: 'Tệp .xls (Excel 97–2003) không được hỗ trợ. Hãy mở bằng Excel và lưu lại dạng .xlsx.',
      en: 'Old .xls files (Excel 97–2003) are not supported. Open it in Excel and save it as .xlsx.',
    })
  }
  throw new SheetError({
    vi: `Không nhận dạng được tệp "${filename}". Hãy dùng .xlsx hoặc .csv.`,
    en: `"${filename}" is not a recognised file. Use .xlsx or .csv.`,
  })
}
