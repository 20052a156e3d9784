/**
 * What every reader of spreadsheets shares: a cell as typed, problems and errors said in both
 * languages, the limits, CSV parsing. Reading workbooks is ./workbook.ts; finding the table in a
 * sheet is ./layout.ts.
 */
import type { Bilingual } from '../fields/message'

/** One cell as typed: its text, plus the number or date a spreadsheet stored, if any. */
export interface Cell {
  text: string
  number?: number
  date?: Date
  /** The cell held a formula: `text` is the formula itself (never its cached result). */
  formula?: boolean
}

export interface SheetProblem {
  /** Column letter and/or row number the problem is at, as the spreadsheet shows them. */
  at: string
  message: Bilingual
}

export const MAX_ROWS = 20_000
/**
 * Rows read per sheet. The caller refuses sheets with more than MAX_ROWS data rows, so it must see
 * a few more than that (the header may sit below a title block), but never a million.
 */
export const READ_ROWS = MAX_ROWS + 1000
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

/** RFC 4180 CSV, comma or semicolon separated (Excel in Vietnamese locale writes ";"), UTF-8. */
export function parseCsv(text: string): string[][] {
  const source = text.replace(/^\uFEFF/, '')
  // Counted over the first lines, not the first alone: an office list starts with a title line.
  const sample = source.split(/\r?\n/, 30).join('\n')
  const delimiter = (sample.match(/;/g)?.length ?? 0) > (sample.match(/,/g)?.length ?? 0) ? ';' : ','
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
