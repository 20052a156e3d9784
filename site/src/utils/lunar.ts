/**
 * Vietnamese lunisolar calendar (âm lịch), computed from astronomy instead of a lookup table so that it
 * keeps working for any year the site may show and can be checked against first principles.
 *
 * Rules of the modern calendar, as applied here:
 * - A civil day runs from local midnight to midnight at the calendar meridian (UTC+7 for Vietnam since the 1967
 *   reform; China uses UTC+8, which is why the two calendars sometimes disagree, e.g. Tết 1985 or 2007).
 * - A month begins on the local day that contains the astronomical new moon.
 * - The month containing the December solstice (sun at apparent longitude 270°) is month 11.
 * - When 13 months start between one month 11 and the next, the first of them (after month 11) that contains no
 *   principal solar term (a multiple of 30° of solar longitude) is a leap month and repeats the number of the
 *   month before it.
 *
 * Astronomy follows Jean Meeus, "Astronomical Algorithms" (2nd ed.): true new moons from chapter 49 (mean
 * phase plus the periodic and planetary corrections, accurate to well under a minute) and the sun's apparent
 * longitude from the low-accuracy theory of chapter 25 (about 0.01°, i.e. a quarter of an hour in the timing
 * of a solar term). Results can therefore differ from official almanacs only when a new moon or a principal
 * term falls within minutes of local midnight.
 */
import {
  type CivilDate,
  fromDayNumber,
  requireBoolean,
  requireCivilDate,
  requireInteger,
  requireObject,
  requireTimeZone,
  toDayNumber,
} from './civil-date'

export interface LunarDate {
  /** 1–30 */
  day: number
  /** 1–12; a leap month carries the number of the month it follows */
  month: number
  /** The Gregorian year in which this lunar year's month 1 (Tết) falls */
  year: number
  leap: boolean
}

export const VIETNAM_TIME_ZONE = 7

/**
 * The supported span of (solar and lunar) years. Before 1900 the calendars actually in use in Vietnam followed
 * other meridians and, earlier still, mean rather than true solar terms; after 2199 the extrapolated difference
 * between terrestrial and universal time (ΔT) becomes too uncertain to place near-midnight new moons.
 */
export const MIN_YEAR = 1900
export const MAX_YEAR = 2199

const DEG = Math.PI / 180
const J2000 = 2451545
/** Meeus' mean synodic month, in days */
const SYNODIC_MONTH = 29.530588861
/** Meeus' epoch for lunation number k = 0: the new moon of 2000 January 6 */
const NEW_MOON_EPOCH = 2451550.09766

// ---------------------------------------------------------------------------------------------------------
// Astronomy

function normalizeDegrees(degrees: number): number {
  const d = degrees % 360
  return d < 0 ? d + 360 : d
}

/**
 * ΔT = TT − UT in seconds: the ephemerides run on uniform time, civil days on the Earth's rotation. Piecewise
 * polynomial fits (Espenak & Meeus) to the historical record, extrapolated with the parabolic long-term trend.
 */
function deltaTSeconds(jd: number): number {
  const year = 2000 + (jd - J2000) / 365.25
  if (year < 1900) {
    const u = (year - 1820) / 100
    return -20 + 32 * u * u
  }
  if (year < 1920) {
    const t = year - 1900
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4
  }
  if (year < 1941) {
    const t = year - 1920
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3
  }
  if (year < 1961) {
    const t = year - 1950
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547
  }
  if (year < 1986) {
    const t = year - 1975
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718
  }
  if (year < 2005) {
    const t = year - 2000
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5
  }
  if (year < 2050) {
    const t = year - 2000
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2
  }
  const u = (year - 1820) / 100
  if (year < 2150) return -20 + 32 * u * u - 0.5628 * (2150 - year)
  return -20 + 32 * u * u
}

/** Sine of an angle given in degrees; keeps the long correction tables below readable. */
function sin(degrees: number): number {
  return Math.sin(degrees * DEG)
}

// Meeus table 49.A (new moon column): [coefficient, power of E, multiples of M, M′, F] for each term.
const NEW_MOON_TERMS: readonly (readonly [number, number, number, number, number])[] = [
  [-0.4072, 0, 0, 1, 0],
  [0.17241, 1, 1, 0, 0],
  [0.01608, 0, 0, 2, 0],
  [0.01039, 0, 0, 0, 2],
  [0.00739, 1, -1, 1, 0],
  [-0.00514, 1, 1, 1, 0],
  [0.00208, 2, 2, 0, 0],
  [-0.00111, 0, 0, 1, -2],
  [-0.00057, 0, 0, 1, 2],
  [0.00056, 1, 1, 2, 0],
  [-0.00042, 0, 0, 3, 0],
  [0.00042, 1, 1, 0, 2],
  [0.00038, 1, 1, 0, -2],
  [-0.00024, 1, -1, 2, 0],
  [-0.00007, 0, 2, 1, 0],
  [0.00004, 0, 0, 2, -2],
  [0.00004, 0, 3, 0, 0],
  [0.00003, 0, 1, 1, -2],
  [0.00003, 0, 0, 2, 2],
  [-0.00003, 0, 1, 1, 2],
  [0.00003, 0, -1, 1, 2],
  [-0.00002, 0, -1, 1, -2],
  [-0.00002, 0, 1, 3, 0],
  [0.00002, 0, 0, 4, 0],
]

// Meeus' planetary arguments A1–A14: [coefficient, constant, rate per lunation].
const PLANETARY_TERMS: readonly (readonly [number, number, number])[] = [
  [0.000325, 299.77, 0.107408],
  [0.000165, 251.88, 0.016321],
  [0.000164, 251.83, 26.651886],
  [0.000126, 349.42, 36.412478],
  [0.00011, 84.66, 18.206239],
  [0.000062, 141.74, 53.303771],
  [0.00006, 207.14, 2.453732],
  [0.000056, 154.84, 7.30686],
  [0.000047, 34.52, 27.261239],
  [0.000042, 207.19, 0.121824],
  [0.00004, 291.34, 1.844379],
  [0.000037, 161.72, 24.198154],
  [0.000035, 239.56, 25.513099],
  [0.000023, 331.55, 3.592518],
]

/** Julian ephemeris day (TT) of the true new moon of lunation k (k = 0 is 2000 January 6). */
function newMoonJde(k: number): number {
  const t = k / 1236.85
  const t2 = t * t
  const t3 = t2 * t
  const t4 = t3 * t
  const e = 1 - 0.002516 * t - 0.0000074 * t2
  const sunAnomaly = 2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3
  const moonAnomaly = 201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4
  const latitudeArgument = 160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4
  const ascendingNode = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3

  let jde = NEW_MOON_EPOCH + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4
  for (const [coefficient, ePower, m, mPrime, f] of NEW_MOON_TERMS) {
    jde += coefficient * e ** ePower * sin(m * sunAnomaly + mPrime * moonAnomaly + f * latitudeArgument)
  }
  jde -= 0.00017 * sin(ascendingNode)
  for (const [index, [coefficient, constant, rate]] of PLANETARY_TERMS.entries()) {
    // A1 alone has a secular term.
    const argument = constant + rate * k - (index === 0 ? 0.009173 * t2 : 0)
    jde += coefficient * sin(argument)
  }
  return jde
}

/** Apparent geocentric longitude of the sun in degrees, for a Julian ephemeris day (TT). */
function solarLongitude(jde: number): number {
  const t = (jde - J2000) / 36525
  const meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t
  const meanAnomaly = 357.52911 + 35999.05029 * t - 0.0001537 * t * t
  const center =
    (1.914602 - 0.004817 * t - 0.000014 * t * t) * sin(meanAnomaly) +
    (0.019993 - 0.000101 * t) * sin(2 * meanAnomaly) +
    0.000289 * sin(3 * meanAnomaly)
  // Aberration and nutation in longitude turn the geometric longitude into the apparent one, which is what the
  // solar terms are defined on.
  const ascendingNode = 125.04 - 1934.136 * t
  return normalizeDegrees(meanLongitude + center - 0.00569 - 0.00478 * sin(ascendingNode))
}

/** Day number of the local civil day on which lunation k's new moon falls. */
function newMoonDay(k: number, timeZone: number): number {
  const jde = newMoonJde(k)
  const jdUniversal = jde - deltaTSeconds(jde) / 86400
  return Math.floor(jdUniversal + 0.5 + timeZone / 24)
}

/**
 * Which 30° sector (principal term) the sun has reached at the local midnight that begins the given day.
 * A month contains a principal term exactly when this index differs between its first day and the next
 * month's first day, since the sun's longitude only ever increases.
 */
function solarSectorAtDayStart(dayNumber: number, timeZone: number): number {
  const jdUniversal = dayNumber - 0.5 - timeZone / 24
  return Math.floor(solarLongitude(jdUniversal + deltaTSeconds(jdUniversal) / 86400) / 30)
}

/** The lunation whose new moon falls on or before the given local day, and after any later one. */
function lunationOnOrBefore(dayNumber: number, timeZone: number): number {
  let k = Math.floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH)
  while (newMoonDay(k + 1, timeZone) <= dayNumber) k++
  while (newMoonDay(k, timeZone) > dayNumber) k--
  return k
}

/** Lunation that begins month 11 of the given Gregorian year, i.e. the month containing its December solstice. */
function month11Lunation(year: number, timeZone: number): number {
  const k = lunationOnOrBefore(toDayNumber(year, 12, 31), timeZone)
  // Lunation k begins in December (after about the 2nd); if the sun has already passed 270° when it begins,
  // the solstice belongs to the lunation before. Sector 9 is 270°–300°, the only one reachable late in December.
  return solarSectorAtDayStart(newMoonDay(k, timeZone), timeZone) >= 9 ? k - 1 : k
}

interface MonthSpan {
  /** Day number of the month's first day */
  start: number
  /** 29 or 30 */
  length: number
  month: number
  leap: boolean
  year: number
}

const solsticeYearCache = new Map<string, readonly MonthSpan[]>()

/**
 * The months from month 11 of `year - 1` up to (not including) month 11 of `year`, which is the unit within
 * which the leap-month rule is applied.
 */
function solsticeYear(year: number, timeZone: number): readonly MonthSpan[] {
  const key = `${timeZone}:${year}`
  const cached = solsticeYearCache.get(key)
  if (cached) return cached

  const first = month11Lunation(year - 1, timeZone)
  const count = month11Lunation(year, timeZone) - first
  const starts: number[] = []
  for (let i = 0; i <= count; i++) starts.push(newMoonDay(first + i, timeZone))
  const startAt = (i: number): number => {
    const start = starts[i]
    if (start === undefined) throw new Error(`internal: no month start at index ${i}`)
    return start
  }

  let leapIndex = -1
  if (count === 13) {
    for (let i = 1; i < count; i++) {
      if (solarSectorAtDayStart(startAt(i), timeZone) === solarSectorAtDayStart(startAt(i + 1), timeZone)) {
        leapIndex = i
        break
      }
    }
    // Twelve principal terms cannot fill thirteen months, so this is unreachable unless the astronomy is broken.
    if (leapIndex < 0) throw new Error(`internal: no month without a principal term before month 11 of ${year}`)
  }

  const months: MonthSpan[] = []
  let month = 11
  let lunarYear = year - 1
  for (let i = 0; i < count; i++) {
    const leap = i === leapIndex
    if (i > 0 && !leap) {
      month = (month % 12) + 1
      if (month === 1) lunarYear = year
    }
    months.push({ start: startAt(i), length: startAt(i + 1) - startAt(i), month, leap, year: lunarYear })
  }
  solsticeYearCache.set(key, months)
  return months
}

function lunarFromDayNumber(dayNumber: number, timeZone: number): LunarDate {
  const { year } = fromDayNumber(dayNumber)
  const months = solsticeYear(year, timeZone)
  const last = months[months.length - 1]
  // Days from late November or December on may already belong to the months before next year's solstice.
  const span = last && dayNumber >= last.start + last.length ? solsticeYear(year + 1, timeZone) : months
  let found: MonthSpan | undefined
  for (const candidate of span) {
    if (candidate.start <= dayNumber) found = candidate
  }
  if (!found) throw new Error(`internal: day ${dayNumber} precedes its solstice year`)
  return { day: dayNumber - found.start + 1, month: found.month, year: found.year, leap: found.leap }
}

/** The month span of a lunar month, or undefined when that (leap) month does not exist in that year. */
function findMonth(year: number, month: number, leap: boolean, timeZone: number): MonthSpan | undefined {
  // Months 11 and 12 of a lunar year (and a leap 11 or 12) begin at or after that year's December solstice,
  // so they are listed with the following solstice year.
  const months = solsticeYear(month >= 11 ? year + 1 : year, timeZone)
  return months.find((m) => m.year === year && m.month === month && m.leap === leap)
}

// ---------------------------------------------------------------------------------------------------------
// Public API

/** The lunar date of a civil (Gregorian) date. Month 11 and 12 dates in January belong to the previous lunar year. */
export function solarToLunar(date: CivilDate, timeZone = VIETNAM_TIME_ZONE): LunarDate {
  const { year, month, day } = requireCivilDate('date', date, MIN_YEAR, MAX_YEAR)
  return lunarFromDayNumber(toDayNumber(year, month, day), requireTimeZone(timeZone))
}

/**
 * The civil date of a lunar date, or null when it does not exist: a leap month that year does not have, or
 * day 30 of a 29-day ("short", thiếu) month. Callers that want a yearly observance regardless should use
 * `nextOccurrence`, which substitutes the nearest real day instead.
 */
export function lunarToSolar(lunar: LunarDate, timeZone = VIETNAM_TIME_ZONE): CivilDate | null {
  const value = requireObject('lunar', lunar)
  const year = requireInteger('lunar.year', value.year, MIN_YEAR, MAX_YEAR)
  const month = requireInteger('lunar.month', value.month, 1, 12)
  const day = requireInteger('lunar.day', value.day, 1, 30)
  const leap = requireBoolean('lunar.leap', value.leap)
  const span = findMonth(year, month, leap, requireTimeZone(timeZone))
  if (!span || day > span.length) return null
  return fromDayNumber(span.start + day - 1)
}

/**
 * The first civil date on or after `from` that falls on the given lunar day and month, for listing yearly
 * festivals. Observances are kept every year even when the calendar lacks the exact day, following common
 * practice: a leap month that the relevant lunar year does not have falls back to the regular month of the same
 * number, and day 30 of a 29-day month becomes day 29 (so a New Year's Eve on 30 Tết is kept on 29).
 */
export function nextOccurrence(
  lunarMonth: number,
  lunarDay: number,
  leap: boolean,
  from: CivilDate,
  timeZone = VIETNAM_TIME_ZONE,
): CivilDate {
  requireInteger('lunarMonth', lunarMonth, 1, 12)
  requireInteger('lunarDay', lunarDay, 1, 30)
  requireBoolean('leap', leap)
  const start = requireCivilDate('from', from, MIN_YEAR, MAX_YEAR)
  requireTimeZone(timeZone)

  const fromDay = toDayNumber(start.year, start.month, start.day)
  const { year } = lunarFromDayNumber(fromDay, timeZone)
  // The observance in the lunar year containing `from` may already be past; the one in the next year cannot be.
  for (const candidateYear of [year, year + 1]) {
    const span =
      (leap ? findMonth(candidateYear, lunarMonth, true, timeZone) : undefined) ??
      findMonth(candidateYear, lunarMonth, false, timeZone)
    if (!span) throw new Error(`internal: lunar year ${candidateYear} has no month ${lunarMonth}`)
    const dayNumber = span.start + Math.min(lunarDay, span.length) - 1
    if (dayNumber >= fromDay) return fromDayNumber(dayNumber)
  }
  throw new Error('internal: no occurrence within two lunar years')
}

/** The number of the leap month in a lunar year, or null when the year has twelve months. */
export function leapMonthOf(lunarYear: number, timeZone = VIETNAM_TIME_ZONE): number | null {
  const year = requireInteger('lunarYear', lunarYear, MIN_YEAR, MAX_YEAR)
  const tz = requireTimeZone(timeZone)
  // A leap 11 or 12 would be listed with the following solstice year, so look in both.
  const months = [...solsticeYear(year, tz), ...solsticeYear(year + 1, tz)]
  return months.find((m) => m.year === year && m.leap)?.month ?? null
}

/** 29 or 30, or null when the year has no such (leap) month. */
export function lunarMonthLength(
  lunarYear: number,
  lunarMonth: number,
  leap = false,
  timeZone = VIETNAM_TIME_ZONE,
): number | null {
  const year = requireInteger('lunarYear', lunarYear, MIN_YEAR, MAX_YEAR)
  const month = requireInteger('lunarMonth', lunarMonth, 1, 12)
  return findMonth(year, month, requireBoolean('leap', leap), requireTimeZone(timeZone))?.length ?? null
}
