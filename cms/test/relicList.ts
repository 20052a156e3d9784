/**
 * The relic list of the import tests: 500 rows written the way offices write names, ranks, places
 * and dates, with a dozen mistakes planted at known rows, as an .xlsx file.
 */
import ExcelJS from 'exceljs'

export const ROWS = 500
export const HEADERS = [
  'Tên di tích',
  'Xếp hạng',
  'Loại hình',
  'Xã / phường',
  'Vĩ độ',
  'Kinh độ',
  'Ngày quyết định xếp hạng',
  'Số quyết định xếp hạng',
]
export type Value = string | number | Date | { formula: string } | null

/** One clean row: names, ranks and dates written the way offices write them. */
export function cleanRow(i: number): Value[] {
  const ranks = ['Cấp tỉnh', 'Cấp TP', 'Quốc gia', 'Di tích quốc gia đặc biệt', 'Kiểm kê']
  const types = ['Lịch sử', 'Kiến trúc nghệ thuật', 'Lịch sử; Kiến trúc nghệ thuật', 'Danh lam thắng cảnh']
  const lat = 20.9 + (i % 50) * 0.002
  const lng = 105.85 + (i % 40) * 0.002
  return [
    `Đình thử số ${i}`,
    ranks[i % ranks.length] as string,
    types[i % types.length] as string,
    i % 2 ? 'Xã Bát Tràng' : 'Phường Hoàn Kiếm',
    // Every tenth row in degrees-minutes-seconds, the rest decimal.
    i % 10 === 0 ? `${Math.floor(lat)}°${Math.floor((lat % 1) * 60)}'${(((lat * 60) % 1) * 60).toFixed(1)}"N` : lat,
    lng,
    i % 3 === 0
      ? new Date(Date.UTC(2010 + (i % 10), i % 12, 1 + (i % 28)))
      : `${1 + (i % 28)}/${1 + (i % 12)}/20${10 + (i % 10)}`,
    `${i}/QĐ-UBND`,
  ]
}

/** Row index (0-based among data rows) → [column index, value]: the mistakes. */
export const MISTAKES: Record<number, [number, Value][]> = {
  9: [[1, 'Cấp huyện']], // unknown rank (districts were abolished)
  19: [[6, '31/02/2020']], // no such date
  29: [[0, 'Đình thử số 2']], // same slug as row 2
  39: [
    [4, 48.8566],
    [5, 2.3522],
  ], // Paris
  49: [[0, null]], // no title
  59: [[4, { formula: 'B2*2' }]], // a formula where a number belongs
  69: [[3, 'Xã Không Có']], // unknown commune
  79: [[2, 'Đền thờ']], // unknown type
  89: [[4, '21°75\'10"N']], // 75 minutes
  99: [
    [4, 105.85],
    [5, 21.03],
  ], // latitude and longitude swapped
  109: [[6, '2021-13-40']], // ISO-looking nonsense
  119: [[1, null]], // rank missing
}

export async function workbook(rows: Value[][], options: { trailingEmpty?: number; mergeHeader?: boolean } = {}) {
  const wb = new ExcelJS.Workbook()
  const sheet = wb.addWorksheet('Dữ liệu')
  sheet.addRow(HEADERS)
  for (const row of rows) sheet.addRow(row)
  // Spreadsheet programs leave formatted but empty rows at the end.
  for (let i = 0; i < (options.trailingEmpty ?? 0); i++) {
    sheet.getRow(rows.length + 2 + i).getCell(1).style = { font: { bold: true } }
    sheet.getRow(rows.length + 2 + i).getCell(1).value = ''
  }
  if (options.mergeHeader) sheet.mergeCells('E1:F1')
  return new Uint8Array(await wb.xlsx.writeBuffer())
}

export const rowsWithMistakes = () =>
  Array.from({ length: ROWS }, (_, i) => {
    const row = cleanRow(i)
    for (const [column, value] of MISTAKES[i] ?? []) row[column] = value
    return row
  })
