/**
 * How a value is written as one CSV cell, value → cell: what the contract's csvCell does, and what
 * every cell writer built on it (the site's open data) must keep doing. The site's tests import
 * these tables by relative path.
 */
type Case = [value: string | number | undefined, cell: string]

/** RFC 4180: a cell with a comma, a quote or a line break is quoted; others are left alone. */
export const QUOTED_CELLS: Case[] = [
  ['Đình Bát Tràng', 'Đình Bát Tràng'],
  ['Gốm, sứ', '"Gốm, sứ"'],
  ['Gọi là "đình"', '"Gọi là ""đình"""'],
  ['dòng 1\r\ndòng 2', '"dòng 1\r\ndòng 2"'],
  ['dòng 1\ndòng 2', '"dòng 1\ndòng 2"'],
  ['Gốm; Sơn mài', 'Gốm; Sơn mài'],
  [undefined, ''],
  [21.0595, '21.0595'],
]

/** Text a spreadsheet would run as a formula is defused; numbers are not. */
export const DEFUSED_CELLS: Case[] = [
  ['=1+1', "'=1+1"],
  ['=HYPERLINK("http://evil.example","Bấm")', '"\'=HYPERLINK(""http://evil.example"",""Bấm"")"'],
  ['+84 24 1234', "'+84 24 1234"],
  ['-1+1', "'-1+1"],
  [-5, '-5'],
  ['@SUM(A1)', "'@SUM(A1)"],
  ['\t=1', "'\t=1"],
  ['\r=1', '"\'\r=1"'],
  // Only the first character matters.
  ['a=b', 'a=b'],
]
