import { checkGtin, type DatePrecision, foldVietnamese, isInVietnam, type LabelledOption } from '@heritage/contract'
import type { Bilingual } from '../fields/message'

/**
 * Cell values as culture offices type them, turned into what the CMS stores. Every parser either
 * returns a value or says, in both languages, what was wrong and what to write instead.
 */
export type Parsed<T> =
  | {
      value: T
      /** Other fields the same cell fills in (dot paths), e.g. the former address of a commune. */
      also?: Record<string, unknown>
      /** What the officer should know about how the cell was read. */
      note?: Bilingual
    }
  | { error: Bilingual }

export const ok = <T>(value: T): Parsed<T> => ({ value })
export const fail = (vi: string, en: string): Parsed<never> => ({ error: { vi, en } })

/** Lower case, no diacritics, single spaces, no punctuation around: for matching words. */
export const normalizeWords = (text: string): string =>
  foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

/** A cell whose text starts like a spreadsheet formula: kept as text, never evaluated. */
export const looksLikeFormula = (text: string): boolean => /^[=+\-@]/.test(text) || /^[\t\r]/.test(text)

/**
 * Choices written the way offices write them: the label ("Di tích quốc gia đặc biệt"), a short
 * form ("Quốc gia đặc biệt", "Cấp TP"), without diacritics, or the stored value itself.
 */
export function choice<V extends string>(
  options: readonly LabelledOption<V>[],
  synonyms: Record<string, V> = {},
): (text: string) => Parsed<V> {
  const table = new Map<string, V>()
  for (const option of options) {
    table.set(normalizeWords(option.value), option.value)
    table.set(normalizeWords(option.label.vi), option.value)
    table.set(normalizeWords(option.label.en), option.value)
  }
  for (const [written, value] of Object.entries(synonyms)) table.set(normalizeWords(written), value)
  const allowed = options.map((o) => o.label.vi).join('; ')
  const allowedEn = options.map((o) => o.label.en).join('; ')
  return (text) => {
    const found = table.get(normalizeWords(text))
    return found
      ? ok(found)
      : fail(
          `"${text}" không phải giá trị cho phép. Hãy ghi một trong: ${allowed}.`,
          `"${text}" is not an allowed value. Write one of: ${allowedEn}.`,
        )
  }
}

/** Several choices in one cell, separated by ";", "," or " và " / " and ". */
export function choices<V extends string>(parse: (text: string) => Parsed<V>): (text: string) => Parsed<V[]> {
  return (text) => {
    const parts = text
      .split(/[;,\n]|\s+(?:và|and|\+)\s+/i)
      .map((p) => p.trim())
      .filter(Boolean)
    const values: V[] = []
    for (const part of parts) {
      const parsed = parse(part)
      if ('error' in parsed) return parsed
      if (!values.includes(parsed.value)) values.push(parsed.value)
    }
    return values.length > 0 ? ok(values) : fail('Ô này không được để trống.', 'This cell must not be empty.')
  }
}

const pad = (n: number) => String(n).padStart(2, '0')

/** A calendar day as the CMS stores dates: midnight UTC of that day. */
const isoDay = (year: number, month: number, day: number): Parsed<string> => {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return fail(
      `Ngày ${pad(day)}/${pad(month)}/${year} không có thật. Hãy kiểm tra ngày và tháng (dd/mm/yyyy).`,
      `${pad(day)}/${pad(month)}/${year} is not a real date. Check the day and month (dd/mm/yyyy).`,
    )
  }
  if (year < 1000 || year > 2200) {
    return fail(`Năm ${year} không hợp lý.`, `The year ${year} is not plausible.`)
  }
  return ok(date.toISOString())
}

/** How much of a date a cell gives: the whole day, or (domain) the month or the year alone. */
type Precision = 'day' | DatePrecision

/** Excel's day 0 in its 1900 date system (it counts a 29 February 1900 that never was). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30)
const MS_PER_DAY = 86_400_000

/**
 * A date as offices write it, to the precision it was written: dd/mm/yyyy (also with "-" or "."),
 * "ngày 5 tháng 3 năm 2021", ISO yyyy-mm-dd, real spreadsheet dates and Excel serial numbers;
 * with `partial`, also month/year ("11/1988", "tháng 11/1988") and a year alone ("1988", "năm
 * 1988"), kept as the first day with the precision said, never as an invented day. Never
 * month-first.
 */
export function parseDayOrPart(
  text: string,
  cell: { date?: Date; number?: number } = {},
  partial = false,
): Parsed<{ date: string; precision: Precision }> {
  const day = (parsed: Parsed<string>, precision: Precision = 'day') =>
    'error' in parsed ? parsed : ok({ date: parsed.value, precision })
  if (cell.date && !Number.isNaN(cell.date.getTime())) {
    return day(isoDay(cell.date.getUTCFullYear(), cell.date.getUTCMonth() + 1, cell.date.getUTCDate()))
  }
  if (typeof cell.number === 'number' && Number.isFinite(cell.number)) {
    if (Number.isInteger(cell.number) && cell.number >= 1000 && cell.number <= 2200) {
      return partial
        ? day(isoDay(cell.number, 1, 1), 'year')
        : fail(
            `Chỉ có năm ${cell.number}: hãy ghi đủ ngày/tháng/năm.`,
            `Only the year ${cell.number}: write day/month/year.`,
          )
    }
    if (cell.number > 0 && cell.number < 2_958_466) {
      const date = new Date(EXCEL_EPOCH + Math.floor(cell.number) * MS_PER_DAY)
      return day(isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()))
    }
  }
  const t = text.trim().replace(/\s+/g, ' ')
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t)
  if (m) return day(isoDay(Number(m[3]), Number(m[2]), Number(m[1])))
  m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(t)
  if (m) return day(isoDay(Number(m[1]), Number(m[2]), Number(m[3])))
  m = /^ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$/iu.exec(t)
  if (m) return day(isoDay(Number(m[3]), Number(m[2]), Number(m[1])))
  m = /^(?:tháng\s*|t)?(\d{1,2})\s*(?:[/.-]|\s+năm\s+)\s*(\d{4})$/iu.exec(t)
  const monthYear = m ? { year: Number(m[2]), month: Number(m[1]) } : null
  m = /^(?:năm\s+)?(\d{4})$/iu.exec(t)
  const yearOnly = m ? Number(m[1]) : null
  if ((monthYear || yearOnly) && !partial) {
    return fail(
      `"${text}" thiếu ngày: hãy ghi đủ ngày/tháng/năm, ví dụ 05/03/2021.`,
      `"${text}" has no day: write day/month/year, e.g. 05/03/2021.`,
    )
  }
  if (monthYear) {
    if (monthYear.month < 1 || monthYear.month > 12) {
      return fail(`Tháng ${monthYear.month} không có thật.`, `There is no month ${monthYear.month}.`)
    }
    return day(isoDay(monthYear.year, monthYear.month, 1), 'month')
  }
  if (yearOnly) return day(isoDay(yearOnly, 1, 1), 'year')
  return fail(
    `"${text}" không phải ngày hợp lệ. Hãy ghi theo dạng ngày/tháng/năm, ví dụ 05/03/2021.`,
    `"${text}" is not a date. Write day/month/year, e.g. 05/03/2021.`,
  )
}

/** A calendar day (dates of production, expiry, certificates): the day must be written. */
export function parseDate(text: string, cell: { date?: Date; number?: number } = {}): Parsed<string> {
  const parsed = parseDayOrPart(text, cell)
  return 'error' in parsed ? parsed : ok(parsed.value.date)
}

/**
 * Issuing bodies written as the last part of a decision's number ("1288/QĐ-BVHTT"). Only
 * abbreviations whose meaning is fixed; an unknown one leaves the issuer empty for the officer.
 */
const ISSUERS: Record<string, string> = {
  bvhttdl: 'Bộ Văn hóa, Thể thao và Du lịch',
  bvhtt: 'Bộ Văn hóa - Thông tin',
  ttg: 'Thủ tướng Chính phủ',
}

export interface DecisionParts {
  number?: string
  issuer?: string
  date?: string
  datePrecision?: DatePrecision
}

/**
 * A decision written in one cell, as lists do: "QĐ số 1288/QĐ-BVHTT ngày 16/11/1988",
 * "1288/QĐ-BVHTT, 16/11/1988", "Số 54/QĐ-UBND ngày 5 tháng 3 năm 2019", "313-VH/QĐ (1962)".
 * Several decisions in one cell (ranked, then re-ranked): the last one written is the one in force.
 */
export function parseDecision(text: string): Parsed<DecisionParts> {
  const parts = text
    .split(/;|\n|\s+và\s+(?=(?:qđ|quyết định|số)\b)/iu)
    .map((p) => p.trim())
    .filter(Boolean)
  const last = parts.at(-1) ?? ''
  const numberMatch = /(\d+[\p{L}\d]*(?:\s*[/-]\s*[\p{L}\d.]+)+)/u.exec(
    last.replace(/\b(?:ngày|năm)\b.*$/iu, '').replace(/\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/g, ''),
  )
  const written = numberMatch?.[1]
  const number = written && /\p{L}/u.test(written) ? written.replace(/\s+/g, '') : undefined
  const rest = number && written ? last.replace(written, ' ') : last
  const dateText =
    /ngày\s+(\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})/iu.exec(rest)?.[1]?.replace(/^/, 'ngày ') ??
    /(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})/.exec(rest)?.[1] ??
    /(?:tháng\s*)?\b(\d{1,2}[/.-]\d{4})\b/iu.exec(rest)?.[1] ??
    /\b(1[89]\d\d|2[01]\d\d)\b/.exec(rest)?.[1]
  if (!number && !dateText) {
    return fail(
      `Không đọc được số và ngày quyết định trong "${text}". Hãy ghi dạng "Số 1288/QĐ-BVHTT ngày 16/11/1988".`,
      `No decision number or date in "${text}". Write it as "No. 1288/QĐ-BVHTT of 16/11/1988".`,
    )
  }
  const result: DecisionParts = {}
  if (number) {
    result.number = number
    for (const segment of number.split(/[/-]/).slice(1)) {
      const issuer = ISSUERS[normalizeWords(segment).replace(/\s/g, '')]
      if (issuer) {
        result.issuer = issuer
        break
      }
    }
  }
  if (dateText) {
    const date = parseDayOrPart(dateText, {}, true)
    if ('error' in date) return date
    result.date = date.value.date
    if (date.value.precision !== 'day') result.datePrecision = date.value.precision
  }
  return ok(result)
}

export function parseNumber(text: string, cellNumber?: number): Parsed<number> {
  if (typeof cellNumber === 'number' && Number.isFinite(cellNumber)) return ok(cellNumber)
  const t = text.trim().replace(/\s/g, '')
  // Vietnamese writing: "1.234,5" (thousands "." and decimal ","), or plain "1234.5".
  const normalized = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)
    ? t.replace(/\./g, '').replace(',', '.')
    : t.replace(',', '.')
  const n = Number(normalized)
  return normalized !== '' && Number.isFinite(n)
    ? ok(n)
    : fail(`"${text}" không phải là số.`, `"${text}" is not a number.`)
}

export function parseWholeNumber(text: string, cellNumber?: number): Parsed<number> {
  const parsed = parseNumber(text, cellNumber)
  if ('error' in parsed) return parsed
  return Number.isInteger(parsed.value) && parsed.value >= 0
    ? parsed
    : fail(`"${text}" phải là số nguyên không âm.`, `"${text}" must be a whole number, not negative.`)
}

/**
 * One coordinate: decimal degrees ("21.0285", "21,0285") or degrees-minutes-seconds
 * ("21°01'42.6\"N", "105 51 12 E", "21° 1.71'"). S and W make it negative.
 */
export function parseCoordinate(text: string, cellNumber?: number): Parsed<number> {
  if (typeof cellNumber === 'number' && Number.isFinite(cellNumber)) return ok(cellNumber)
  const t = text
    .trim()
    .replace(/[′’`]/g, "'")
    .replace(/[″”“]|''/g, '"')
  const decimal = /^[-+]?\d+(?:[.,]\d+)?$/.exec(t)
  if (decimal) return ok(Number(t.replace(',', '.')))
  const m =
    /^([-+]?\d+(?:[.,]\d+)?)\s*(?:°|º|độ|\s)\s*(?:(\d+(?:[.,]\d+)?)\s*(?:'|phút|\s)?\s*(?:(\d+(?:[.,]\d+)?)\s*(?:"|giây)?)?)?\s*([NSEWBĐTnsewbđt])?$/u.exec(
      t,
    )
  if (!m) {
    return fail(
      `"${text}" không phải tọa độ. Ghi dạng thập phân (21.0285) hoặc độ-phút-giây (21°01'42.6"N).`,
      `"${text}" is not a coordinate. Write decimal degrees (21.0285) or degrees-minutes-seconds (21°01'42.6"N).`,
    )
  }
  const num = (s?: string) => (s ? Number(s.replace(',', '.')) : 0)
  const [deg, min, sec] = [num(m[1]), num(m[2]), num(m[3])]
  if (min >= 60 || sec >= 60) {
    return fail(`"${text}": phút và giây phải nhỏ hơn 60.`, `"${text}": minutes and seconds must be below 60.`)
  }
  const hemisphere = (m[4] ?? '').toUpperCase()
  // N/B(ắc) north, S south, E/Đ(ông) east, W/T(ây) west.
  const sign = deg < 0 || hemisphere === 'S' || hemisphere === 'W' || hemisphere === 'T' ? -1 : 1
  return ok(sign * (Math.abs(deg) + min / 60 + sec / 3600))
}

/** A latitude/longitude pair, checked to lie in Vietnam (mainland, Hoàng Sa or Trường Sa). */
export function checkInVietnam(lat: number, lng: number): Parsed<{ lat: number; lng: number }> {
  if (isInVietnam({ lat, lng })) return ok({ lat, lng })
  const swapped = isInVietnam({ lat: lng, lng: lat })
  return fail(
    `Tọa độ (${lat}, ${lng}) nằm ngoài Việt Nam.${swapped ? ' Có vẻ vĩ độ và kinh độ bị đảo chỗ.' : ' Hãy kiểm tra lại (vĩ độ khoảng 8–23, kinh độ khoảng 102–110).'}`,
    `(${lat}, ${lng}) is outside Vietnam.${swapped ? ' Latitude and longitude look swapped.' : ' Check them (latitude about 8–23, longitude about 102–110).'}`,
  )
}

export function parseGtin(text: string, cellNumber?: number): Parsed<string> {
  const raw = typeof cellNumber === 'number' ? String(cellNumber) : text.trim()
  const gtin = checkGtin(raw)
  return gtin.ok ? ok(gtin.value) : { error: gtin.problem.message }
}

export function parseUrl(text: string): Parsed<string> {
  try {
    const url = new URL(text.trim())
    if (url.protocol === 'http:' || url.protocol === 'https:') return ok(url.toString())
  } catch {}
  return fail(
    `"${text}" không phải địa chỉ web. Hãy ghi đầy đủ, bắt đầu bằng https://`,
    `"${text}" is not a web address. Write it in full, starting with https://`,
  )
}
