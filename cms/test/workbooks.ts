import * as XLSX from '@e965/xlsx'
import type { Range } from '../src/import/workbook'

/**
 * Real workbook files for tests, written by SheetJS. Where SheetJS's writer leaves something out,
 * the file it wrote is completed the way Excel or LibreOffice would have written it:
 * - .xls: formulas are compiled to BIFF8 tokens (SheetJS writes a FORMULA record only from tokens;
 *   references, ranges, numbers, strings, + - * / &, parentheses and SUM/AVERAGE/MIN/MAX/COUNT/IF),
 *   hidden rows are ROW records with the "height zero" flag (SheetJS writes no ROW records);
 * - .ods: hidden rows and columns get table:visibility="collapse" and hidden sheets a table style
 *   with table:display="false" (SheetJS writes none of them).
 * Dates are stored as Excel does, a day number with a dd/mm/yyyy format; a Date given here means
 * the calendar day of its UTC fields.
 */

export type FixtureValue = string | number | Date | null | { formula: string }

export interface FixtureSheet {
  name: string
  rows: FixtureValue[][]
  merges?: Range[]
  hiddenRows?: number[]
  hiddenColumns?: number[]
  hidden?: boolean
}

export type FixtureFormat = 'xlsx' | 'xls' | 'ods' | 'xlsm'

const DAY = 86_400_000
const EXCEL_EPOCH = Date.UTC(1899, 11, 30)

/** Excel's day number for the calendar day of the Date's UTC fields. */
export const excelDay = (date: Date): number =>
  Math.round((Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) - EXCEL_EPOCH) / DAY)

// ————————————————————————————————————— BIFF8 formula tokens —————————————————————————————————————

const FUNCTIONS: Record<string, number> = { COUNT: 0, IF: 1, SUM: 4, AVERAGE: 5, MIN: 6, MAX: 7 }

function compileBiff8Formula(formula: string): number[] {
  const source = formula.replace(/^=/, '')
  const tokens = source.match(
    /\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|[A-Za-z]+(?=\()|\d+(?:\.\d+)?|"(?:[^"]|"")*"|[-+*/&(),]|\S/g,
  )
  if (!tokens) throw new Error(`Empty formula "${formula}"`)
  let i = 0
  const out: number[] = []
  const u16 = (n: number) => out.push(n & 0xff, (n >> 8) & 0xff)
  const ref = (text: string) => {
    const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/.exec(text)
    if (!m) throw new Error(`Bad reference "${text}"`)
    const col = XLSX.utils.decode_col((m[2] ?? '').toUpperCase())
    return { row: Number(m[4]) - 1, col: col | (m[1] ? 0 : 0x4000) | (m[3] ? 0 : 0x8000) }
  }
  const primary = (): void => {
    const token = tokens[i++]
    if (token === undefined) throw new Error(`Unfinished formula "${formula}"`)
    if (token === '(') {
      expression()
      if (tokens[i++] !== ')') throw new Error(`Missing ) in "${formula}"`)
      out.push(0x15) // PtgParen
    } else if (token === '-') {
      primary()
      out.push(0x13) // PtgUminus
    } else if (/^\d/.test(token)) {
      const value = Number(token)
      if (Number.isInteger(value) && value <= 0xffff) {
        out.push(0x1e) // PtgInt
        u16(value)
      } else {
        out.push(0x1f) // PtgNum
        const bytes = new Uint8Array(new Float64Array([value]).buffer)
        out.push(...bytes)
      }
    } else if (token.startsWith('"')) {
      const text = token.slice(1, -1).replace(/""/g, '"')
      out.push(0x17, text.length, 1) // PtgStr, UTF-16
      for (const ch of text) u16(ch.charCodeAt(0))
    } else if (tokens[i] === '(' && /^[A-Za-z]+$/.test(token)) {
      const tab = FUNCTIONS[token.toUpperCase()]
      if (tab === undefined) throw new Error(`Function ${token} is not supported by the .xls fixture writer`)
      i++
      let count = 0
      if (tokens[i] !== ')') {
        for (;;) {
          expression()
          count++
          if (tokens[i] === ',') i++
          else break
        }
      }
      if (tokens[i++] !== ')') throw new Error(`Missing ) in "${formula}"`)
      out.push(0x42, count) // PtgFuncVar
      u16(tab)
    } else if (token.includes(':')) {
      const [a, b] = token.split(':').map(ref) as [ReturnType<typeof ref>, ReturnType<typeof ref>]
      out.push(0x25) // PtgArea
      u16(a.row)
      u16(b.row)
      u16(a.col)
      u16(b.col)
    } else {
      const a = ref(token)
      out.push(0x24) // PtgRef
      u16(a.row)
      u16(a.col)
    }
  }
  const binary = (next: () => void, ops: Record<string, number>) => () => {
    next()
    for (let op = ops[tokens[i] ?? '']; op !== undefined; op = ops[tokens[i] ?? '']) {
      i++
      next()
      out.push(op)
    }
  }
  const product = binary(primary, { '*': 0x05, '/': 0x06 })
  const sum = binary(product, { '+': 0x03, '-': 0x04 })
  const expression = binary(sum, { '&': 0x08 })
  expression()
  if (i !== tokens.length) throw new Error(`Unexpected "${tokens[i]}" in "${formula}"`)
  return [out.length & 0xff, out.length >> 8, ...out]
}

// ————————————————————————————————————— .xls: hidden rows —————————————————————————————————————

interface BiffRecord {
  type: number
  data: Uint8Array
}

function biffRecords(stream: Uint8Array): BiffRecord[] {
  const out: BiffRecord[] = []
  for (let at = 0; at + 4 <= stream.length; ) {
    const view = new DataView(stream.buffer, stream.byteOffset + at, 4)
    const type = view.getUint16(0, true)
    const length = view.getUint16(2, true)
    out.push({ type, data: Uint8Array.from(stream.subarray(at + 4, at + 4 + length)) })
    at += 4 + length
  }
  return out
}

function rowRecord(row: number): BiffRecord {
  const data = new Uint8Array(16)
  const view = new DataView(data.buffer)
  view.setUint16(0, row, true) // rw
  view.setUint16(4, 1, true) // colMac
  view.setUint16(6, 300, true) // miyRw: 15 pt, the height it has once shown again
  view.setUint16(12, 0x0020 | 0x0040 | 0x0100, true) // fDyZero (hidden), fUnsynced, reserved3 = 1
  view.setUint16(14, 0x000f, true) // ixfe
  return { type: 0x0208, data }
}

/** Adds hidden ROW records after each sheet's DIMENSIONS and fixes the sheets' stream offsets. */
function hideXlsRows(file: Uint8Array, hiddenRows: number[][]): Uint8Array {
  const container = XLSX.CFB.read(file, { type: 'array' })
  const entry = XLSX.CFB.find(container, 'Workbook')
  if (!entry) throw new Error('SheetJS wrote no Workbook stream')
  // Content of a large stream may come back as a plain array of bytes.
  const records = biffRecords(Uint8Array.from(entry.content as ArrayLike<number>))
  const out: BiffRecord[] = []
  let sheet = -1
  for (const record of records) {
    out.push(record)
    if (record.type === 0x0809) sheet++ // BOF: -1 → 0 is the workbook globals
    if (record.type === 0x0200 && sheet >= 1) {
      for (const row of [...(hiddenRows[sheet - 1] ?? [])].sort((a, b) => a - b)) out.push(rowRecord(row))
    }
  }
  // BoundSheet8.lbPlyPos: where each sheet's BOF now starts.
  const bofs: number[] = []
  let position = 0
  for (const record of out) {
    if (record.type === 0x0809) bofs.push(position)
    position += 4 + record.data.length
  }
  let bound = 0
  for (const record of out) {
    if (record.type === 0x0085) new DataView(record.data.buffer).setUint32(0, bofs[1 + bound++] ?? 0, true)
  }
  const stream = new Uint8Array(position)
  position = 0
  for (const record of out) {
    stream[position] = record.type & 0xff
    stream[position + 1] = record.type >> 8
    stream[position + 2] = record.data.length & 0xff
    stream[position + 3] = record.data.length >> 8
    stream.set(record.data, position + 4)
    position += 4 + record.data.length
  }
  entry.content = stream as unknown as typeof entry.content
  entry.size = stream.length
  return new Uint8Array(XLSX.CFB.write(container, { type: 'array', fileType: 'cfb' }) as ArrayBuffer | number[])
}

// ————————————————————————————————————— .ods: dates, hidden sheets, rows, columns —————————————————————————————————————

function completeOds(file: Uint8Array, sheets: FixtureSheet[]): Uint8Array {
  const container = XLSX.CFB.read(file, { type: 'array' })
  const entry = XLSX.CFB.find(container, 'content.xml')
  if (!entry) throw new Error('SheetJS wrote no content.xml')
  let xml = new TextDecoder().decode(Uint8Array.from(entry.content as ArrayLike<number>))
  // Dates as LibreOffice writes them: the day alone, and the text it shows.
  xml = xml.replace(
    /office:date-value="(\d{4})-(\d\d)-(\d\d)T00:00:00\.000Z"([^>]*)><text:p>[^<]*<\/text:p>/g,
    (_, y, m, d, rest) => `office:date-value="${y}-${m}-${d}"${rest}><text:p>${d}/${m}/${y}</text:p>`,
  )
  xml = xml.replace(
    '</office:automatic-styles>',
    '<style:style style:name="taHidden" style:family="table" style:master-page-name="mp1"><style:table-properties table:display="false" style:writing-mode="lr-tb"/></style:style></office:automatic-styles>',
  )
  let index = -1
  xml = xml.replace(/(<table:table\s[^>]*>)([\s\S]*?)(<\/table:table>)/g, (_, open: string, body: string, close) => {
    const sheet = sheets[++index] ?? { name: '', rows: [] }
    let head = open
    if (sheet.hidden) head = head.replace(/table:style-name="[^"]*"/, 'table:style-name="taHidden"')
    const hiddenColumns = new Set(sheet.hiddenColumns ?? [])
    if (hiddenColumns.size > 0) {
      const width = Math.max(...hiddenColumns) + 1
      for (let c = 0; c < width; c++) {
        head += hiddenColumns.has(c) ? '<table:table-column table:visibility="collapse"/>' : '<table:table-column/>'
      }
    }
    const hiddenRows = new Set(sheet.hiddenRows ?? [])
    let row = -1
    const rows = body.replace(/<table:table-row(?=[\s/>])([^>]*)>/g, (tag: string, rest: string) => {
      if (rest.includes('number-rows-repeated')) throw new Error('Repeated ODS rows are not handled')
      return hiddenRows.has(++row) ? `<table:table-row table:visibility="collapse"${rest}>` : tag
    })
    if ([...hiddenRows].some((r) => r > row)) throw new Error('A hidden row beyond the written rows')
    return head + rows + close
  })
  entry.content = new TextEncoder().encode(xml) as unknown as typeof entry.content
  entry.size = (entry.content as Uint8Array).length
  return new Uint8Array(
    XLSX.CFB.write(container, { type: 'array', fileType: 'zip', compression: true }) as ArrayBuffer | number[],
  )
}

// ————————————————————————————————————— writer —————————————————————————————————————

function worksheet(sheet: FixtureSheet, format: FixtureFormat): XLSX.WorkSheet {
  const ws: XLSX.WorkSheet = {}
  let lastRow = 0
  let lastCol = 0
  sheet.rows.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null || value === undefined) return
      let cell: XLSX.CellObject
      if (typeof value === 'string') cell = { t: 's', v: value }
      else if (typeof value === 'number') cell = { t: 'n', v: value }
      else if (value instanceof Date && format === 'ods') {
        // LibreOffice writes office:value-type="date" office:date-value="yyyy-mm-dd".
        cell = {
          t: 'd',
          v: new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate())),
          z: 'dd/mm/yyyy',
        }
      } else if (value instanceof Date) cell = { t: 'n', v: excelDay(value), z: 'dd/mm/yyyy' }
      else if (format === 'xls') {
        cell = { t: 'n', v: 0 }
        ;(cell as { bf?: number[] }).bf = compileBiff8Formula(value.formula)
      } else cell = { t: 'n', v: 0, f: value.formula.replace(/^=/, '') }
      ws[XLSX.utils.encode_cell({ r, c })] = cell
      lastRow = Math.max(lastRow, r)
      lastCol = Math.max(lastCol, c)
    })
  })
  for (const r of sheet.hiddenRows ?? []) lastRow = Math.max(lastRow, r)
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: lastRow, c: lastCol } })
  if (sheet.merges?.length) {
    ws['!merges'] = sheet.merges.map((m) => ({ s: { r: m.top, c: m.left }, e: { r: m.bottom, c: m.right } }))
  }
  if (format === 'ods') return ws // hidden rows and columns are written by completeOds
  if (sheet.hiddenRows?.length) {
    ws['!rows'] = []
    for (const r of sheet.hiddenRows) ws['!rows'][r] = { hidden: true }
  }
  if (sheet.hiddenColumns?.length) {
    ws['!cols'] = []
    for (const c of sheet.hiddenColumns) ws['!cols'][c] = { hidden: true }
  }
  return ws
}

/** A real workbook file in the given format holding the given sheets. */
export function writeWorkbook(sheets: FixtureSheet[], format: FixtureFormat): Uint8Array {
  const workbook = XLSX.utils.book_new()
  for (const sheet of sheets) XLSX.utils.book_append_sheet(workbook, worksheet(sheet, format), sheet.name)
  workbook.Workbook = { Sheets: sheets.map((sheet) => ({ Hidden: sheet.hidden ? 1 : 0 })) }
  const bookType = format === 'xls' ? 'biff8' : format
  if (format === 'xlsm') {
    // A macro workbook carries its VBA project as xl/vbaProject.bin, an OLE2 container.
    const vba = XLSX.CFB.utils.cfb_new()
    XLSX.CFB.utils.cfb_add(vba, '/VBA/dir', new Uint8Array([1, 0, 0]))
    XLSX.CFB.utils.cfb_add(vba, '/VBA/Module1', new TextEncoder().encode('Sub AutoOpen()\r\nEnd Sub\r\n'))
    workbook.vbaraw = XLSX.CFB.write(vba, { type: 'array' })
  }
  const written = new Uint8Array(
    XLSX.write(workbook, { type: 'array', bookType, bookVBA: format === 'xlsm' }) as ArrayBuffer,
  )
  if (format === 'xls')
    return hideXlsRows(
      written,
      sheets.map((s) => s.hiddenRows ?? []),
    )
  if (format === 'ods') return completeOds(written, sheets)
  return written
}

// ————————————————————————————————————— Windows-1258 —————————————————————————————————————

let table: Map<string, number> | undefined

/** Windows-1258 bytes of a text, the way old Vietnamese Windows wrote it: base letters + combining tones. */
export function encodeWindows1258(text: string): Uint8Array {
  if (!table) {
    table = new Map()
    const decoder = new TextDecoder('windows-1258')
    for (let b = 0; b < 256; b++) {
      const ch = decoder.decode(new Uint8Array([b]))
      if (ch !== '\uFFFD' && !table.has(ch)) table.set(ch, b)
    }
  }
  const bytes: number[] = []
  const put = (ch: string) => {
    const byte = table?.get(ch)
    if (byte === undefined) throw new Error(`"${ch}" (U+${ch.codePointAt(0)?.toString(16)}) has no Windows-1258 byte`)
    bytes.push(byte)
  }
  for (const ch of text.normalize('NFC')) {
    if (table.has(ch)) {
      put(ch)
      continue
    }
    // Letter with its vowel marks (â ê ô ă ơ ư) precomposed, the tone as a combining byte after it.
    const [base, ...marks] = ch.normalize('NFD')
    const tones = marks.filter((m) => /[\u0300\u0301\u0303\u0309\u0323]/.test(m))
    const shape = (base + marks.filter((m) => !tones.includes(m)).join('')).normalize('NFC')
    put(shape)
    for (const tone of tones) put(tone)
  }
  return Uint8Array.from(bytes)
}
