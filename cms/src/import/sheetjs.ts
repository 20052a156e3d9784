/**
 * Workbooks read by SheetJS (.xlsx, .xlsm, .xls, .ods) turned into raw sheets: cells as typed,
 * merges, hidden sheets, rows and columns. Formulas come back as their text; nothing is evaluated.
 */
import * as XLSX from '@e965/xlsx'
import { damaged, encrypted } from './fileErrors'
import type { OdsVisibility } from './ods'
import { type Cell, READ_ROWS } from './sheet'
import type { Range, RawSheet } from './workbook'

export const nfc = (text: string) => text.normalize('NFC')

const pad = (n: number) => String(n).padStart(2, '0')

/** Excel's built-in format 14 follows the machine's locale; Vietnamese Excel shows it as dd/mm/yyyy. */
const localeDateFormat = (z: unknown) => z === 14 || z === 'm/d/yy'

function cellOf(cell: XLSX.CellObject | undefined): Cell {
  if (!cell) return { text: '' }
  if (cell.f !== undefined && cell.f !== '') return { text: nfc(`=${cell.f}`), formula: true }
  const shown = cell.w !== undefined ? nfc(cell.w) : undefined
  switch (cell.t) {
    case 'n': {
      const value = Number(cell.v)
      const general = cell.z === undefined || cell.z === 'General' || cell.z === 0
      // A General integer is kept whole (a 13-digit GTIN must not become 8.93E+12).
      return { text: general && Number.isInteger(value) ? String(value) : (shown ?? String(value)), number: value }
    }
    case 'd': {
      const value = cell.v instanceof Date ? cell.v : new Date(String(cell.v))
      if (Number.isNaN(value.getTime())) return { text: shown ?? '' }
      // SheetJS 0.20 readers give date cells as Dates whose UTC fields are the day and time the sheet
      // shows, whatever the machine's time zone (checked with TZ=Asia/Ho_Chi_Minh and America/New_York).
      const date = new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate()))
      // A time of day alone (day 0 is 1899-12-30/31) has no calendar day.
      if (date.getUTCFullYear() < 1900) return { text: shown ?? '' }
      const text = localeDateFormat(cell.z)
        ? `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`
        : (shown ?? date.toISOString().slice(0, 10))
      return { text, date }
    }
    case 's':
      return { text: nfc(String(cell.v ?? '')) }
    case 'z':
      return { text: '' }
    default:
      return { text: shown ?? (cell.v === undefined ? '' : nfc(String(cell.v))) }
  }
}

const isEmpty = (cell: Cell) => cell.text === '' && cell.number === undefined && cell.date === undefined

/** Trailing empty cells and rows removed; holes filled with { text: '' }. */
export function trim(rows: Cell[][]): Cell[][] {
  const out: Cell[][] = []
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? []
    let end = row.length
    while (end > 0 && isEmpty(row[end - 1] ?? { text: '' })) end--
    out.push(Array.from({ length: end }, (_, c) => row[c] ?? { text: '' }))
  }
  while (out.length > 0 && out[out.length - 1]?.length === 0) out.pop()
  return out
}

export function rawSheet(workbook: XLSX.WorkBook, index: number, ods?: OdsVisibility): RawSheet {
  const name = workbook.SheetNames[index] ?? ''
  const ws: XLSX.WorkSheet = workbook.Sheets[name] ?? {}
  const data: (XLSX.CellObject | undefined)[][] = ws['!data'] ?? []
  const merges: Range[] = (ws['!merges'] ?? []).map((m: XLSX.Range) => ({
    top: m.s.r,
    left: m.s.c,
    bottom: m.e.r,
    right: m.e.c,
  }))
  const table: Cell[][] = []
  for (let r = 0; r < Math.min(data.length, READ_ROWS); r++) {
    const row = data[r]
    table[r] = row ? Array.from({ length: row.length }, (_, c) => cellOf(row[c])) : []
  }
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom && r < table.length; r++) {
      const row = table[r]
      if (!row) continue
      for (let c = m.left; c <= m.right && c < row.length; c++) {
        if (r !== m.top || c !== m.left) row[c] = { text: '' }
      }
    }
  }
  const rows = trim(table)
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0)
  // Hidden rows and columns are reported where the sheet has data; formatting beyond it is noise.
  const hiddenRows = ods
    ? ods.hiddenRows
    : (ws['!rows'] ?? []).flatMap((info: XLSX.RowInfo | undefined, r: number) => (info?.hidden ? [r] : []))
  const hiddenColumns = ods
    ? ods.hiddenColumns
    : (ws['!cols'] ?? []).flatMap((info: XLSX.ColInfo | undefined, c: number) => (info?.hidden ? [c] : []))
  const sheetProps = workbook.Workbook?.Sheets?.[index]
  return {
    name: nfc(name),
    hidden: ods ? ods.hidden : Boolean(sheetProps?.Hidden),
    rows,
    merges,
    hiddenRows: hiddenRows.filter((r: number) => r < rows.length),
    hiddenColumns: hiddenColumns.filter((c: number) => c < width),
  }
}

export function parseWithSheetJS(data: Uint8Array, filename: string): XLSX.WorkBook {
  // SheetJS reports formats it only half understands (some ODS number styles) on console.error:
  // noise in the server's log for every upload. The read is synchronous, so nothing else logs meanwhile.
  const log = console.error
  console.error = () => {}
  try {
    return XLSX.read(data, {
      type: 'array',
      dense: true, // rows as arrays: less memory than one key per cell
      cellDates: true, // date-formatted numbers (and ODS dates) come back as dates…
      UTC: true, // …in UTC (the 0.20 readers' default; said explicitly so it cannot drift to local time)
      cellFormula: true, // formulas as text; SheetJS never evaluates them
      cellStyles: true, // needed for hidden rows (!rows) and columns (!cols)
      cellHTML: false,
      cellText: true,
      bookVBA: false, // macros are not even extracted
      sheetRows: READ_ROWS,
      WTF: false,
    })
  } catch (error) {
    if (error instanceof Error && /password|encrypt/i.test(error.message)) throw encrypted()
    throw damaged(filename)
  } finally {
    console.error = log
  }
}
