/**
 * Civil (proleptic Gregorian) dates: the type, argument checks, Julian day numbers and the helpers
 * built on them. No astronomy here; the lunar calendar (lunar.ts) builds on these.
 */

export interface CivilDate {
  year: number
  /** 1–12 */
  month: number
  /** 1–31 */
  day: number
}

// ---------------------------------------------------------------------------------------------------------
// Argument validation

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) {
    return String(value)
  }
  return `a value of type ${typeof value}`
}

export function requireInteger(name: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be an integer from ${min} to ${max}, got ${show(value)}`)
  }
  return value
}

export function requireBoolean(name: string, value: unknown): boolean {
  if (typeof value !== 'boolean') throw new RangeError(`${name} must be a boolean, got ${show(value)}`)
  return value
}

export function requireTimeZone(value: unknown): number {
  // Fractional offsets are allowed because some meridians (e.g. UTC+5:30) are not whole hours.
  if (typeof value !== 'number' || !Number.isFinite(value) || value < -12 || value > 14) {
    throw new RangeError(`timeZone must be a number of hours from -12 to 14, got ${show(value)}`)
  }
  return value
}

export function requireObject(name: string, value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) {
    throw new RangeError(`${name} must be an object, got ${show(value)}`)
  }
  return value as Record<string, unknown>
}

export function requireCivilDate(name: string, value: unknown, minYear: number, maxYear: number): CivilDate {
  const date = requireObject(name, value)
  const year = requireInteger(`${name}.year`, date.year, minYear, maxYear)
  const month = requireInteger(`${name}.month`, date.month, 1, 12)
  const day = requireInteger(`${name}.day`, date.day, 1, daysInMonth(year, month))
  return { year, month, day }
}

// ---------------------------------------------------------------------------------------------------------
// Civil (proleptic Gregorian) dates as Julian day numbers, so that day arithmetic is plain integer arithmetic.

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** Julian day number of the civil date (the JD at its noon). */
export function toDayNumber(year: number, month: number, day: number): number {
  // Counting years from March makes the leap day the last day of the counted year, so the month lengths
  // before it follow a fixed pattern.
  const a = Math.floor((14 - month) / 12)
  const y = year + 4800 - a
  const m = month + 12 * a - 3
  return (
    day +
    Math.floor((153 * m + 2) / 5) +
    365 * y +
    Math.floor(y / 4) -
    Math.floor(y / 100) +
    Math.floor(y / 400) -
    32045
  )
}

export function fromDayNumber(jdn: number): CivilDate {
  const a = jdn + 32044
  const b = Math.floor((4 * a + 3) / 146097)
  const c = a - Math.floor((146097 * b) / 4)
  const d = Math.floor((4 * c + 3) / 1461)
  const e = c - Math.floor((1461 * d) / 4)
  const m = Math.floor((5 * e + 2) / 153)
  return {
    year: 100 * b + d - 4800 + Math.floor(m / 10),
    month: m + 3 - 12 * Math.floor(m / 10),
    day: e - Math.floor((153 * m + 2) / 5) + 1,
  }
}

// Civil-date helpers accept any year of the proleptic Gregorian calendar that formats as four digits; they do
// no astronomy and so are not limited to the lunar calendar's MIN_YEAR–MAX_YEAR.
const HELPER_MIN_YEAR = 1
const HELPER_MAX_YEAR = 9999

/** The civil date `days` days after (or, if negative, before) `date`. */
export function addDays(date: CivilDate, days: number): CivilDate {
  const { year, month, day } = requireCivilDate('date', date, HELPER_MIN_YEAR, HELPER_MAX_YEAR)
  requireInteger('days', days, -HELPER_MAX_YEAR * 366, HELPER_MAX_YEAR * 366)
  return fromDayNumber(toDayNumber(year, month, day) + days)
}

/** Negative, zero or positive as `a` is before, equal to or after `b`; suitable for Array.prototype.sort. */
export function compareDates(a: CivilDate, b: CivilDate): number {
  const x = requireCivilDate('a', a, HELPER_MIN_YEAR, HELPER_MAX_YEAR)
  const y = requireCivilDate('b', b, HELPER_MIN_YEAR, HELPER_MAX_YEAR)
  return toDayNumber(x.year, x.month, x.day) - toDayNumber(y.year, y.month, y.day)
}

/** Day of the week, 0 = Sunday … 6 = Saturday, as in Date.prototype.getUTCDay. */
export function weekday(date: CivilDate): number {
  const { year, month, day } = requireCivilDate('date', date, HELPER_MIN_YEAR, HELPER_MAX_YEAR)
  // Julian day number 0 was a Monday.
  return (toDayNumber(year, month, day) + 1) % 7
}

/** The weekday's name in the given locale, e.g. "Thứ Ba" for 2026-02-17 in Vietnamese. */
export function formatWeekday(date: CivilDate, locale = 'vi-VN'): string {
  const { year, month, day } = requireCivilDate('date', date, HELPER_MIN_YEAR, HELPER_MAX_YEAR)
  const instant = new Date(0)
  // setUTCFullYear rather than Date.UTC, which would read years 0–99 as 1900–1999.
  instant.setUTCFullYear(year, month - 1, day)
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(instant)
}

/** ISO 8601 calendar date, "YYYY-MM-DD", e.g. for a <time datetime> attribute. */
export function toIsoDate(date: CivilDate): string {
  const { year, month, day } = requireCivilDate('date', date, HELPER_MIN_YEAR, HELPER_MAX_YEAR)
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
