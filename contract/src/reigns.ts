/**
 * Vietnamese reign names (niên hiệu) and the Gregorian year of their first year, so that a date
 * written on an inscription ("Cảnh Hưng năm thứ 44") gives a year a visitor can place (1783).
 *
 * Year N of a reign is the lunar year that begins in `start + N - 1`; its last weeks fall in
 * January or February of the next Gregorian year, so the year is the one a historian would give,
 * not a day-exact conversion. Names repeat across dynasties (Thái Bình, Thiên Phúc…): only reigns
 * whose name is unambiguous in the periods most inscriptions in a province come from are listed.
 * An inscription of another reign keeps its reign as written and its Gregorian year entered by
 * hand.
 *
 * The list was written by us from the commonly published reign dates; it awaits a historian's
 * review (README, "Inscriptions").
 */
import { foldVietnamese } from './text.ts'

export interface Reign {
  /** As Vietnamese write it. */
  name: string
  /** In Hán characters, as on the object. */
  han: string
  dynasty: string
  /** The Gregorian year in which the reign's first year began. */
  start: number
  /** How many years the reign counted (its last year is `start + years - 1`). */
  years: number
}

const reign = (name: string, han: string, dynasty: string, start: number, end: number): Reign => ({
  name,
  han,
  dynasty,
  start,
  years: end - start + 1,
})

/** In the order their first years began (Tây Sơn and the last Lê reigns overlap). */
export const REIGNS: readonly Reign[] = [
  reign('Thuận Thiên', '順天', 'Lê sơ', 1428, 1433),
  reign('Quang Thuận', '光順', 'Lê sơ', 1460, 1469),
  reign('Hồng Đức', '洪德', 'Lê sơ', 1470, 1497),
  reign('Cảnh Thống', '景統', 'Lê sơ', 1498, 1504),
  reign('Quang Hưng', '光興', 'Lê trung hưng', 1578, 1599),
  reign('Hoằng Định', '弘定', 'Lê trung hưng', 1601, 1619),
  reign('Vĩnh Tộ', '永祚', 'Lê trung hưng', 1619, 1628),
  reign('Đức Long', '德隆', 'Lê trung hưng', 1629, 1634),
  reign('Dương Hòa', '陽和', 'Lê trung hưng', 1635, 1643),
  reign('Phúc Thái', '福泰', 'Lê trung hưng', 1643, 1649),
  reign('Khánh Đức', '慶德', 'Lê trung hưng', 1649, 1652),
  reign('Thịnh Đức', '盛德', 'Lê trung hưng', 1653, 1657),
  reign('Vĩnh Thọ', '永壽', 'Lê trung hưng', 1658, 1661),
  reign('Cảnh Trị', '景治', 'Lê trung hưng', 1663, 1671),
  reign('Vĩnh Trị', '永治', 'Lê trung hưng', 1676, 1680),
  reign('Chính Hòa', '正和', 'Lê trung hưng', 1680, 1705),
  reign('Vĩnh Thịnh', '永盛', 'Lê trung hưng', 1705, 1720),
  reign('Bảo Thái', '保泰', 'Lê trung hưng', 1720, 1729),
  reign('Vĩnh Khánh', '永慶', 'Lê trung hưng', 1729, 1732),
  reign('Long Đức', '龍德', 'Lê trung hưng', 1732, 1735),
  reign('Vĩnh Hựu', '永佑', 'Lê trung hưng', 1735, 1740),
  reign('Cảnh Hưng', '景興', 'Lê trung hưng', 1740, 1786),
  reign('Chiêu Thống', '昭統', 'Lê trung hưng', 1787, 1789),
  reign('Thái Đức', '泰德', 'Tây Sơn', 1778, 1793),
  reign('Quang Trung', '光中', 'Tây Sơn', 1788, 1792),
  reign('Cảnh Thịnh', '景盛', 'Tây Sơn', 1793, 1801),
  reign('Bảo Hưng', '寶興', 'Tây Sơn', 1801, 1802),
  reign('Gia Long', '嘉隆', 'Nguyễn', 1802, 1819),
  reign('Minh Mạng', '明命', 'Nguyễn', 1820, 1840),
  reign('Thiệu Trị', '紹治', 'Nguyễn', 1841, 1847),
  reign('Tự Đức', '嗣德', 'Nguyễn', 1848, 1883),
  reign('Hiệp Hòa', '協和', 'Nguyễn', 1883, 1883),
  reign('Kiến Phúc', '建福', 'Nguyễn', 1884, 1884),
  reign('Hàm Nghi', '咸宜', 'Nguyễn', 1885, 1885),
  reign('Đồng Khánh', '同慶', 'Nguyễn', 1886, 1888),
  reign('Thành Thái', '成泰', 'Nguyễn', 1889, 1907),
  reign('Duy Tân', '維新', 'Nguyễn', 1907, 1916),
  reign('Khải Định', '啟定', 'Nguyễn', 1916, 1925),
  reign('Bảo Đại', '保大', 'Nguyễn', 1926, 1945),
].sort((a, b) => a.start - b.start)

/** Minh Mệnh and Minh Mạng, Hòa and Hoà: the spelling a reign is typed in does not matter. */
const key = (name: string) =>
  foldVietnamese(name)
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/^minhmenh$/, 'minhmang')

/** The reign of that name (either spelling, with or without diacritics, or in Hán characters). */
export function findReign(name: string): Reign | undefined {
  const wanted = key(name)
  const trimmed = name.trim()
  return REIGNS.find((r) => r.han === trimmed || key(r.name) === wanted)
}

/** The Gregorian year of year `year` of `reign`, or undefined when the reign is unknown or had no such year. */
export function gregorianYear(reignName: string, year: number): number | undefined {
  const found = findReign(reignName)
  if (!found || !Number.isInteger(year) || year < 1 || year > found.years) return undefined
  return found.start + year - 1
}
