import { describe, expect, it } from 'vitest'
import { addDays, type CivilDate, compareDates, toIsoDate } from '../src/utils/civil-date.ts'
import {
  type LunarDate,
  leapMonthOf,
  lunarMonthLength,
  lunarToSolar,
  nextOccurrence,
  solarToLunar,
} from '../src/utils/lunar.ts'

function civil(iso: string): CivilDate {
  const [year, month, day] = iso.split('-').map(Number)
  return { year: year ?? Number.NaN, month: month ?? Number.NaN, day: day ?? Number.NaN }
}

function tet(year: number, timeZone?: number): string {
  const date = lunarToSolar({ year, month: 1, day: 1, leap: false }, timeZone)
  if (!date) throw new Error(`no Tết in ${year}`)
  return toIsoDate(date)
}

describe('Tết Nguyên Đán (1 January lunar)', () => {
  // Published dates of the lunar new year; Vietnam and China agree on all of these except 2007, listed below.
  const known: Record<number, string> = {
    2000: '2000-02-05',
    2001: '2001-01-24',
    2002: '2002-02-12',
    2003: '2003-02-01',
    2004: '2004-01-22',
    2005: '2005-02-09',
    2006: '2006-01-29',
    2008: '2008-02-07',
    2009: '2009-01-26',
    2010: '2010-02-14',
    2011: '2011-02-03',
    2012: '2012-01-23',
    2013: '2013-02-10',
    2014: '2014-01-31',
    2015: '2015-02-19',
    2016: '2016-02-08',
    2017: '2017-01-28',
    2018: '2018-02-16',
    2019: '2019-02-05',
    2020: '2020-01-25',
    2021: '2021-02-12',
    2022: '2022-02-01',
    2023: '2023-01-22',
    2024: '2024-02-10',
    2025: '2025-01-29',
    2026: '2026-02-17',
    2027: '2027-02-06',
  }

  for (const [year, date] of Object.entries(known)) {
    it(`falls on ${date} in ${year}`, () => {
      expect(tet(Number(year))).toBe(date)
      expect(solarToLunar(civil(date))).toEqual({ year: Number(year), month: 1, day: 1, leap: false })
    })
  }

  it('differs between Vietnam (UTC+7) and China (UTC+8) in 1985', () => {
    expect(tet(1985)).toBe('1985-01-21')
    expect(tet(1985, 7)).toBe('1985-01-21')
    expect(tet(1985, 8)).toBe('1985-02-20')
    // Both calendars meet again at Tết 1986: the thirteenth month that China inserted in 1984 (a leap 10th month)
    // fell in Vietnam's 1985 instead, Tết 1984 being 2 February in both.
    expect(tet(1986, 7)).toBe(tet(1986, 8))
    expect(leapMonthOf(1984, 7)).toBeNull()
    expect(leapMonthOf(1985, 7)).not.toBeNull()
    expect(leapMonthOf(1984, 8)).toBe(10)
    expect(leapMonthOf(1985, 8)).toBeNull()
  })

  it('differs in 2007, when the new moon fell at 16:14 UT on 17 February: before midnight at UTC+7, after at UTC+8', () => {
    expect(tet(2007, 7)).toBe('2007-02-17')
    expect(tet(2007, 8)).toBe('2007-02-18')
  })

  it('differs in 1968, the first Tết after North Vietnam adopted UTC+7', () => {
    expect(tet(1968, 7)).toBe('1968-01-29')
    expect(tet(1968, 8)).toBe('1968-01-30')
  })

  it('always falls between 21 January and 20 February, and years have 12 or 13 months', () => {
    for (let year = 1900; year < 2199; year++) {
      const start = civil(tet(year))
      const next = civil(tet(year + 1))
      expect(compareDates(start, { year, month: 1, day: 21 })).toBeGreaterThanOrEqual(0)
      expect(compareDates(start, { year, month: 2, day: 20 })).toBeLessThanOrEqual(0)
      const length = compareDates(next, start)
      const leap = leapMonthOf(year)
      if (leap === null) {
        expect(length).toBeGreaterThanOrEqual(353)
        expect(length).toBeLessThanOrEqual(355)
      } else {
        expect(length).toBeGreaterThanOrEqual(383)
        expect(length).toBeLessThanOrEqual(385)
      }
    }
  })
})

describe('leap months', () => {
  it('puts the leap month where Vietnamese almanacs do', () => {
    expect(leapMonthOf(2017)).toBe(6)
    expect(leapMonthOf(2020)).toBe(4)
    expect(leapMonthOf(2023)).toBe(2)
    expect(leapMonthOf(2025)).toBe(6)
    // Tết to Tết is 354 days in each of these (see the table above), too short for a thirteenth month.
    expect(leapMonthOf(2024)).toBeNull()
    expect(leapMonthOf(2026)).toBeNull()
  })

  it('starts the leap 2nd month of 2023 on 22 March (new moon at 00:23 on that day, UTC+7)', () => {
    expect(lunarToSolar({ year: 2023, month: 2, day: 1, leap: true })).toEqual(civil('2023-03-22'))
    expect(solarToLunar(civil('2023-03-22'))).toEqual({ year: 2023, month: 2, day: 1, leap: true })
    // The regular 2nd month precedes it and ends the day before.
    const regular = lunarToSolar({ year: 2023, month: 2, day: 1, leap: false })
    expect(regular).not.toBeNull()
    if (regular) {
      const length = lunarMonthLength(2023, 2, false)
      expect(length === 29 || length === 30).toBe(true)
      expect(addDays(regular, length ?? 0)).toEqual(civil('2023-03-22'))
    }
  })

  it('has the leap 6th month of 2025 follow the regular 6th month', () => {
    const regular = lunarToSolar({ year: 2025, month: 6, day: 1, leap: false })
    const leap = lunarToSolar({ year: 2025, month: 6, day: 1, leap: true })
    const seventh = lunarToSolar({ year: 2025, month: 7, day: 1, leap: false })
    expect(regular && leap && seventh).toBeTruthy()
    if (regular && leap && seventh) {
      expect(compareDates(leap, regular)).toBeGreaterThanOrEqual(29)
      expect(compareDates(leap, regular)).toBeLessThanOrEqual(30)
      expect(compareDates(seventh, leap)).toBeGreaterThanOrEqual(29)
      expect(compareDates(seventh, leap)).toBeLessThanOrEqual(30)
      expect(solarToLunar(leap)).toEqual({ year: 2025, month: 6, day: 1, leap: true })
    }
  })

  it('returns null for a leap month the year does not have', () => {
    expect(lunarToSolar({ year: 2024, month: 2, day: 1, leap: true })).toBeNull()
    expect(lunarToSolar({ year: 2023, month: 6, day: 1, leap: true })).toBeNull()
    expect(lunarToSolar({ year: 2025, month: 2, day: 1, leap: true })).toBeNull()
    expect(lunarMonthLength(2024, 2, true)).toBeNull()
  })
})

describe('month lengths', () => {
  it('returns null for day 30 of a 29-day month and a date for day 30 of a 30-day month', () => {
    let short = 0
    let long = 0
    for (let month = 1; month <= 12; month++) {
      const length = lunarMonthLength(2024, month)
      const day30 = lunarToSolar({ year: 2024, month, day: 30, leap: false })
      if (length === 29) {
        short++
        expect(day30).toBeNull()
        expect(lunarToSolar({ year: 2024, month, day: 29, leap: false })).not.toBeNull()
      } else {
        long++
        expect(length).toBe(30)
        expect(day30 && solarToLunar(day30)).toEqual({ year: 2024, month, day: 30, leap: false })
      }
    }
    // A 354-day year has six of each.
    expect([short, long]).toEqual([6, 6])
  })
})

describe('round trip', () => {
  it('maps every day of 1990–2050 to a lunar date and back, with consecutive lunar dates', () => {
    let date: CivilDate = { year: 1990, month: 1, day: 1 }
    let previous: LunarDate | undefined
    let days = 0
    while (date.year <= 2050) {
      const lunar = solarToLunar(date)
      expect(lunarToSolar(lunar)).toEqual(date)
      if (previous) {
        if (lunar.day === 1) {
          expect(previous.day === 29 || previous.day === 30).toBe(true)
        } else {
          expect(lunar).toEqual({ ...previous, day: previous.day + 1 })
        }
      }
      previous = lunar
      date = addDays(date, 1)
      days++
    }
    expect(days).toBe(22280)
  })
})

describe('nextOccurrence', () => {
  it('finds the Gióng festival (6th day of the 4th month) after 22 November 2026 in May 2027', () => {
    // Lunar 2027 has no leap month (Tết 2027 to Tết 2028 is 354 days) and its 4th month begins with the new
    // moon of 6 May 2027 at 10:58 UT (17:58 in Vietnam), so the 6th day is 11 May.
    const date = nextOccurrence(4, 6, false, civil('2026-11-22'))
    expect(date).toEqual(civil('2027-05-11'))
    expect(solarToLunar(date)).toEqual({ year: 2027, month: 4, day: 6, leap: false })
    expect(nextOccurrence(4, 6, false, civil('2027-05-11'))).toEqual(civil('2027-05-11'))
    const after = nextOccurrence(4, 6, false, civil('2027-05-12'))
    expect(solarToLunar(after)).toEqual({ year: 2028, month: 4, day: 6, leap: false })
  })

  it('finds Tết on or after a date', () => {
    expect(nextOccurrence(1, 1, false, civil('2025-06-01'))).toEqual(civil('2026-02-17'))
    expect(nextOccurrence(1, 1, false, civil('2026-02-17'))).toEqual(civil('2026-02-17'))
    expect(nextOccurrence(1, 1, false, civil('2026-02-18'))).toEqual(civil('2027-02-06'))
  })

  it('keeps New Year’s Eve (30th of the 12th month) on the last day of the year, even in a 29-day month', () => {
    expect(nextOccurrence(12, 30, false, civil('2024-01-01'))).toEqual(civil('2024-02-09'))
    let sawShortTwelfthMonth = false
    for (let year = 1990; year < 2050; year++) {
      if (lunarMonthLength(year, 12) === 29) sawShortTwelfthMonth = true
      const eve = nextOccurrence(12, 30, false, civil(tet(year)))
      expect(eve).toEqual(addDays(civil(tet(year + 1)), -1))
    }
    expect(sawShortTwelfthMonth).toBe(true)
  })

  it('uses the leap month when the year has one and falls back to the regular month otherwise', () => {
    expect(nextOccurrence(2, 1, true, civil('2023-01-01'))).toEqual(civil('2023-03-22'))
    expect(nextOccurrence(2, 1, true, civil('2023-03-23'))).toEqual(
      lunarToSolar({ year: 2024, month: 2, day: 1, leap: false }),
    )
    expect(nextOccurrence(2, 1, false, civil('2023-03-01'))).toEqual(
      lunarToSolar({ year: 2024, month: 2, day: 1, leap: false }),
    )
    expect(nextOccurrence(6, 15, true, civil('2025-01-01'))).toEqual(
      lunarToSolar({ year: 2025, month: 6, day: 15, leap: true }),
    )
  })
})

describe('argument validation', () => {
  it('rejects impossible civil dates, naming the parameter', () => {
    expect(() => solarToLunar({ year: 2023, month: 2, day: 29 })).toThrow(
      new RangeError('date.day must be an integer from 1 to 28, got 29'),
    )
    expect(() => solarToLunar({ year: 2024, month: 13, day: 1 })).toThrow(
      new RangeError('date.month must be an integer from 1 to 12, got 13'),
    )
    expect(() => solarToLunar({ year: 1899, month: 12, day: 31 })).toThrow(
      new RangeError('date.year must be an integer from 1900 to 2199, got 1899'),
    )
    expect(() => solarToLunar({ year: 2024.5, month: 1, day: 1 })).toThrow(/date\.year .* got 2024\.5/)
    expect(() => solarToLunar(null as unknown as CivilDate)).toThrow(new RangeError('date must be an object, got null'))
    expect(() => solarToLunar({ year: 2024, month: 1, day: 1 }, Number.NaN)).toThrow(
      new RangeError('timeZone must be a number of hours from -12 to 14, got NaN'),
    )
  })

  it('rejects impossible lunar dates', () => {
    expect(() => lunarToSolar({ year: 2024, month: 1, day: 31, leap: false })).toThrow(
      new RangeError('lunar.day must be an integer from 1 to 30, got 31'),
    )
    expect(() => lunarToSolar({ year: 2024, month: 0, day: 1, leap: false })).toThrow(
      new RangeError('lunar.month must be an integer from 1 to 12, got 0'),
    )
    expect(() => lunarToSolar({ year: 2024, month: 1, day: 1, leap: 'no' as unknown as boolean })).toThrow(
      new RangeError('lunar.leap must be a boolean, got "no"'),
    )
    expect(() => lunarToSolar({ year: 2200, month: 1, day: 1, leap: false })).toThrow(
      new RangeError('lunar.year must be an integer from 1900 to 2199, got 2200'),
    )
  })

  it('rejects bad nextOccurrence arguments', () => {
    const from = civil('2026-11-22')
    expect(() => nextOccurrence(13, 6, false, from)).toThrow(
      new RangeError('lunarMonth must be an integer from 1 to 12, got 13'),
    )
    expect(() => nextOccurrence(4, 6.5, false, from)).toThrow(
      new RangeError('lunarDay must be an integer from 1 to 30, got 6.5'),
    )
    expect(() => nextOccurrence(4, 6, 1 as unknown as boolean, from)).toThrow(
      new RangeError('leap must be a boolean, got 1'),
    )
    expect(() => nextOccurrence(4, 6, false, { year: 2026, month: 11, day: 31 })).toThrow(
      new RangeError('from.day must be an integer from 1 to 30, got 31'),
    )
  })
})
