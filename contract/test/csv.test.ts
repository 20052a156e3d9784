import { describe, expect, it } from 'vitest'
import { csvCell, csvFile } from '../src/index.ts'

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks (RFC 4180), and semicolons only when asked', () => {
    expect(csvCell('Gốm, sứ')).toBe('"Gốm, sứ"')
    expect(csvCell('Gọi là "đình"')).toBe('"Gọi là ""đình"""')
    expect(csvCell('dòng 1\r\ndòng 2')).toBe('"dòng 1\r\ndòng 2"')
    expect(csvCell('Gốm; Sơn mài')).toBe('Gốm; Sơn mài')
    expect(csvCell('Gốm; Sơn mài', { semicolon: true })).toBe('"Gốm; Sơn mài"')
    expect(csvCell(null)).toBe('')
    expect(csvCell(undefined)).toBe('')
  })

  it('defuses text a spreadsheet would run, not numbers', () => {
    expect(csvCell('=1+1')).toBe("'=1+1")
    expect(csvCell('-1+1')).toBe("'-1+1")
    expect(csvCell(-5)).toBe('-5')
    expect(csvCell('\r=1')).toBe('"\'\r=1"')
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
