/**
 * The import benchmark's workbook: a relic list of N rows laid out the way a district culture office
 * keeps one (cms/test/office.ts: title block, two-row merged header, column numbers, sections per
 * rank and per commune, subtotals, signature footer), over real communes of Hà Nội. Half the
 * sections name communes as the lists do, by their names before 1 July 2025 ("XÃ NINH HIỆP", "XÃ
 * KIÊU KỴ"), each of which went whole into one new commune; the others name current communes. No
 * former commune that was split, and no name found twice in the province, so every row is
 * importable. Deterministic: the same rows every run.
 */

import { foldVietnamese } from '@heritage/contract'
import { type OfficeGroup, type OfficeRelic, officeRelicList, relic } from '../../test/office'
import { type FixtureFormat, writeWorkbook } from '../../test/workbooks'
import { readUnitsData } from '../adminUnits/load'

const HANOI = '01'
/** Former communes of Gia Lâm district that the office lists of the tests name. */
const ALWAYS = ['Xã Ninh Hiệp', 'Xã Kiêu Kỵ']
const TYPES = /^(xã|phường|thị trấn)\s+/i

/** The name without "Xã", "Phường", "Thị trấn", folded: two units sharing it could be confused. */
const bare = (name: string) => foldVietnamese(name.replace(TYPES, '')).toLowerCase().trim()

/** Real Hà Nội communes for the sections: `former` names that resolve to one new commune, `current` names. */
export function benchCommunes(count: number): { former: string[]; current: string[] } {
  const units = readUnitsData().filter((u) => u.level === 'commune' && u.provinceCode === HANOI)
  const currentBare = new Set(units.map((u) => bare(u.name)))
  const formerUses = new Map<string, number>()
  for (const unit of units)
    for (const f of unit.formerNames) formerUses.set(bare(f.name), (formerUses.get(bare(f.name)) ?? 0) + 1)
  const eligible = units
    .flatMap((unit) => unit.formerNames.filter((f) => !f.partial && f.district).map((f) => ({ ...f, unit })))
    .filter((f) => TYPES.test(f.name) && formerUses.get(bare(f.name)) === 1 && !currentBare.has(bare(f.name)))
    .sort((a, b) => (a.code ?? '').localeCompare(b.code ?? ''))
  const wantFormer = Math.ceil(count / 2)
  const former = ALWAYS.filter((name) => eligible.some((f) => f.name === name))
  const step = Math.max(1, Math.floor(eligible.length / wantFormer))
  for (let i = 0; former.length < wantFormer && i < eligible.length; i += step) {
    const name = eligible[i]?.name
    if (name !== undefined && !former.includes(name)) former.push(name)
  }
  // Current communes whose name no former commune of the province had either.
  const currentOnly = units.filter((u) => (formerUses.get(bare(u.name)) ?? 0) === 0)
  const wantCurrent = count - former.length
  const every = Math.max(1, Math.floor(currentOnly.length / wantCurrent))
  const current: string[] = []
  for (let i = 0; current.length < wantCurrent && i < currentOnly.length; i += every) {
    const unit = currentOnly[i]
    if (unit) current.push(unit.name)
  }
  return { former, current }
}

const roman = (n: number): string => {
  let out = ''
  for (const [value, letters] of [
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ] as const) {
    while (n >= value) {
      out += letters
      n -= value
    }
  }
  return out
}

export interface BenchWorkbook {
  rows: number
  communes: { former: string[]; current: string[] }
  files: Partial<Record<FixtureFormat, Uint8Array>>
}

/**
 * `rows` relics over `communes` communes: two fifths ranked (national and city rank, each with its
 * decision; some with coordinates and a note), the rest inventoried, in part A (ranked) and part B
 * (not ranked) with one section per commune in each. At most 30 communes: the reader takes Roman
 * numerals of up to six letters as section numbers (XXVIII is the longest up to XXX).
 */
export function benchWorkbook(rows: number, communes = 30, formats: FixtureFormat[] = ['xlsx', 'xls']): BenchWorkbook {
  const names = benchCommunes(communes)
  // Former names as the lists write them, in capitals; current ones as typed.
  const sections = [...names.former.map((n) => n.toLocaleUpperCase('vi')), ...names.current]
  const ranked: OfficeGroup[] = sections.map((commune) => ({ commune, relics: [] }))
  const unranked: OfficeGroup[] = sections.map((commune) => ({ commune, relics: [] }))
  for (let i = 1; i <= rows; i++) {
    const g = (i - 1) % sections.length
    const turn = Math.floor((i - 1) / sections.length) % 5
    const isRanked = turn < 2
    const rank: OfficeRelic['rank'] = !isRanked ? 'inventoried' : turn === 0 ? 'national' : 'provincial'
    const extra: Partial<OfficeRelic> = {}
    if (i % 4 === 0)
      extra.coordinates = `${(20.6 + (i % 500) / 1000).toFixed(4)}, ${(105.5 + (i % 700) / 1000).toFixed(4)}`
    if (i % 10 === 0) extra.note = 'Đang trùng tu'
    ;(isRanked ? ranked : unranked)[g]?.relics.push(relic(i, rank, extra))
  }
  const list = officeRelicList(
    ranked.filter((g) => g.relics.length > 0),
    unranked.filter((g) => g.relics.length > 0),
    { headerRows: 2 },
  )
  // officeRelicList numbers sections I to X, then 11, 12…: lists go on in Roman numerals (XI, XII…).
  for (const row of list.rows.sections) {
    const cells = list.sheet.rows[row - 1]
    if (cells && typeof cells[0] === 'string' && /^\d+$/.test(cells[0])) cells[0] = roman(Number(cells[0]))
  }
  const files: BenchWorkbook['files'] = {}
  for (const format of formats) files[format] = writeWorkbook([list.sheet], format)
  return { rows, communes: names, files }
}
