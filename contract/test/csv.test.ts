import { describe, expect, it } from 'vitest'
import { csvCell, csvFile } from '../src/index.ts'
import { DEFUSED_CELLS, QUOTED_CELLS } from './csvCells.ts'

describe('csvCell', () => {
  it.each(QUOTED_CELLS)('quotes commas, quotes and line breaks (RFC 4180): %j is %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell)
  })

  it('quotes semicolons only when asked, and writes nothing for null', () => {
    expect(csvCell('Gốm; Sơn mài', { semicolon: true })).toBe('"Gốm; Sơn mài"')
    expect(csvCell(null)).toBe('')
  })

  it.each(DEFUSED_CELLS)('defuses text a spreadsheet would run, not numbers: %j is %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell)
  })

  it('writes a file with a byte-order mark and CRLF rows', () => {
    expect(
      csvFile<string | number | null>(
        [
          ['a', 'b,c'],
          [1, null],
        ],
        (v) => csvCell(v),
      ),
    ).toBe('\uFEFFa,"b,c"\r\n1,\r\n')
  })
})
