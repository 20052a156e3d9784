/**
 * Relic lists laid out the way a district culture office keeps them, for tests and the import
 * benchmark: the issuing body and the national motto in a title block, the list's title and the
 * decision it accompanies, a header over two or three rows with merged group cells, a row of
 * column numbers, section rows (ranked / not ranked, then one per commune), subtotals and a
 * signature footer. Names are generated ("Đình Thử 001"); communes are real, as the lists name
 * them (mostly the communes before 1 July 2025).
 */
import type { Range } from '../src/import/workbook'
import type { FixtureSheet, FixtureValue } from './workbooks'

export interface OfficeRelic {
  title: string
  /** "Lịch sử - Văn hóa", "Kiến trúc nghệ thuật"… as written in the list. */
  types: string
  rank: 'special-national' | 'national' | 'provincial' | 'inventoried'
  decision?: string
  coordinates?: string
  note?: string
  /** The row is hidden in the sheet (kept by the office, not meant to be imported). */
  hidden?: boolean
}

export interface OfficeGroup {
  /** Section heading as written, e.g. "XÃ NINH HIỆP". */
  commune: string
  relics: OfficeRelic[]
}

export interface OfficeList {
  sheet: FixtureSheet
  /** 1-based spreadsheet row of each relic, by title. */
  rowOf: Map<string, number>
  /** 1-based rows: header block, column numbers, section rows, subtotals, footer. */
  rows: { header: number[]; numbers: number; sections: number[]; subtotals: number[]; footer: number[] }
}

const range = (top: number, left: number, bottom: number, right: number): Range => ({ top, left, bottom, right })

const TYPE_COLUMNS = ['Lịch sử', 'Kiến trúc nghệ thuật', 'Khảo cổ', 'Danh lam thắng cảnh'] as const

/**
 * One relic list. `headerRows: 2`: "Xếp hạng" over "Cấp quốc gia" / "Cấp thành phố" / "Số, ngày
 * quyết định", types written in one column. `headerRows: 3`: "Loại hình" over one column per type
 * marked with an "x", and "Xếp hạng" over "Đã xếp hạng" (over "Quốc gia" / "Cấp TP" / "Số, ngày QĐ")
 * and "Chưa xếp hạng".
 */
export function officeRelicList(
  ranked: OfficeGroup[],
  unranked: OfficeGroup[],
  options: { headerRows?: 2 | 3; name?: string } = {},
): OfficeList {
  const three = options.headerRows === 3
  const width = three ? 13 : 9
  const rows: FixtureValue[][] = []
  const merges: Range[] = []
  const hiddenRows: number[] = []
  const rowOf = new Map<string, number>()
  const marks = { sections: [] as number[], subtotals: [] as number[], footer: [] as number[] }
  const add = (cells: FixtureValue[]) => {
    rows.push(Array.from({ length: width }, (_, i) => cells[i] ?? null))
    return rows.length - 1
  }
  const wide = (r: number, left = 0, right = width - 1) => merges.push(range(r, left, r, right))

  // Title block: issuing body on the left, the national motto on the right.
  let r = add(['UBND HUYỆN GIA LÂM', null, null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'])
  wide(r, 0, 2)
  wide(r, 4, width - 1)
  r = add(['PHÒNG VĂN HÓA VÀ THÔNG TIN', null, null, null, 'Độc lập - Tự do - Hạnh phúc'])
  wide(r, 0, 2)
  wide(r, 4, width - 1)
  add([])
  wide(add(['DANH MỤC DI TÍCH LỊCH SỬ - VĂN HÓA VÀ DANH LAM THẮNG CẢNH TRÊN ĐỊA BÀN HUYỆN']))
  wide(add(['(Kèm theo Quyết định số 123/QĐ-UBND ngày 01/02/2024 của UBND huyện Gia Lâm)']))
  add([])

  const header: number[] = []
  if (!three) {
    const top = add([
      'STT',
      'Tên di tích',
      'Địa điểm',
      'Loại hình di tích',
      'Xếp hạng',
      null,
      null,
      'Tọa độ',
      'Ghi chú',
    ])
    add([null, null, null, null, 'Cấp quốc gia', 'Cấp thành phố', 'Số, ngày quyết định'])
    for (const c of [0, 1, 2, 3, 7, 8]) merges.push(range(top, c, top + 1, c))
    merges.push(range(top, 4, top, 6))
    header.push(top + 1, top + 2)
  } else {
    const top = add([
      'STT',
      'Tên di tích',
      'Địa điểm',
      'Loại hình',
      null,
      null,
      null,
      'Xếp hạng',
      null,
      null,
      null,
      'Tọa độ',
      'Ghi chú',
    ])
    add([null, null, null, ...TYPE_COLUMNS, 'Đã xếp hạng', null, null, 'Chưa xếp hạng'])
    add([null, null, null, null, null, null, null, 'Quốc gia', 'Cấp TP', 'Số, ngày QĐ'])
    for (const c of [0, 1, 2, 11, 12]) merges.push(range(top, c, top + 2, c))
    merges.push(range(top, 3, top, 6), range(top, 7, top, 10))
    for (const c of [3, 4, 5, 6, 10]) merges.push(range(top + 1, c, top + 2, c))
    merges.push(range(top + 1, 7, top + 1, 9))
    header.push(top + 1, top + 2, top + 3)
  }
  const numbers = add(Array.from({ length: width }, (_, i) => `(${i + 1})`)) + 1

  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X']
  let n = 0
  const relicRow = (relic: OfficeRelic) => {
    n++
    const cells: FixtureValue[] = [n, relic.title, 'Thôn Thử']
    if (!three) {
      cells.push(
        relic.types,
        relic.rank === 'national' || relic.rank === 'special-national' ? 'x' : null,
        relic.rank === 'provincial' ? 'x' : null,
        relic.decision ?? null,
        relic.coordinates ?? null,
        relic.note ?? null,
      )
    } else {
      const types = relic.types.toLowerCase()
      for (const t of TYPE_COLUMNS) cells.push(types.includes(t.toLowerCase()) ? 'x' : null)
      cells.push(
        relic.rank === 'national' || relic.rank === 'special-national' ? 'x' : null,
        relic.rank === 'provincial' ? 'x' : null,
        relic.decision ?? null,
        relic.rank === 'inventoried' ? 'x' : null,
        relic.coordinates ?? null,
        relic.note ?? null,
      )
    }
    const at = add(cells)
    rowOf.set(relic.title, at + 1)
    if (relic.hidden) hiddenRows.push(at)
  }
  const part = (letter: string, heading: string, groups: OfficeGroup[]) => {
    if (groups.length === 0) return
    const s = add([letter, heading])
    wide(s, 1)
    marks.sections.push(s + 1)
    groups.forEach((group, g) => {
      const c = add([roman[g] ?? String(g + 1), group.commune])
      wide(c, 1)
      marks.sections.push(c + 1)
      for (const relic of group.relics) relicRow(relic)
      const sub = add([null, `Cộng: ${group.relics.length} di tích`])
      marks.subtotals.push(sub + 1)
    })
  }
  part('A', 'DI TÍCH ĐÃ XẾP HẠNG', ranked)
  part('B', 'DI TÍCH CHƯA XẾP HẠNG (DANH MỤC KIỂM KÊ)', unranked)
  const total = add([null, `Tổng cộng: ${n} di tích`])
  marks.subtotals.push(total + 1)
  add([])
  const footerStart = add([null, null, null, null, null, null, 'Gia Lâm, ngày 15 tháng 3 năm 2024'])
  add([null, 'NGƯỜI LẬP BIỂU', null, null, null, null, 'TRƯỞNG PHÒNG'])
  add([null, '(Ký, ghi rõ họ tên)', null, null, null, null, '(Ký tên, đóng dấu)'])
  add([null, 'Nguyễn Văn Thử', null, null, null, null, 'Trần Thị Ví Dụ'])
  add([null, 'Ghi chú: danh mục gồm các di tích đã kiểm kê đến hết năm 2023.'])
  for (let i = footerStart; i < rows.length; i++) marks.footer.push(i + 1)
  return {
    sheet: { name: options.name ?? 'Danh mục', rows, merges, hiddenRows },
    rowOf,
    rows: { header, numbers, sections: marks.sections, subtotals: marks.subtotals, footer: marks.footer },
  }
}

/** A relic with the given number, rank and decision, as the lists above write one. */
export const relic = (i: number, rank: OfficeRelic['rank'], extra: Partial<OfficeRelic> = {}): OfficeRelic => ({
  title: `Đình Thử ${String(i).padStart(3, '0')}`,
  types: i % 3 === 0 ? 'Lịch sử, Kiến trúc nghệ thuật' : 'Lịch sử - Văn hóa',
  rank,
  ...(rank === 'inventoried'
    ? {}
    : { decision: `QĐ số ${1000 + i}/QĐ-BVHTT ngày ${(i % 27) + 1}/${(i % 12) + 1}/19${80 + (i % 19)}` }),
  ...extra,
})
