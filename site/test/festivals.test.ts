/**
 * The next festival a relic's key facts show: the soonest solar dates of its festivals' lunar
 * dates, counted in Vietnam, across the lunar new year, with a festival under way still shown.
 */
import type { FestivalDate, IntangibleHeritage } from '@heritage/contract'
import { describe, expect, it } from 'vitest'
import type { CivilDate } from '../src/utils/civil-date'
import { formatCivil, upcomingFestivals, vietnamDate } from '../src/utils/festivals'
import { lunarToSolar } from '../src/utils/lunar'

const civil = (iso: string): CivilDate => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number]
  return { year, month, day }
}
const festival = (title: string, ...dates: Omit<FestivalDate, 'leapMonth'>[]) =>
  ({ title: { vi: title }, festivalDates: dates.map((d) => ({ leapMonth: false, ...d })) }) as IntangibleHeritage

// Tết Bính Ngọ is 17 February 2026; its eve is the 29th of the 12th month (16 February), so the
// 23rd of the 12th month (the Kitchen Gods' day) is 10 February. Tết Đinh Mùi is 6 February 2027.
const kitchenGods = festival('Ông Công Ông Táo', { lunarMonth: 12, lunarDay: 23, durationDays: 1 })
const tet = festival('Tết Nguyên Đán', { lunarMonth: 1, lunarDay: 1, durationDays: 3 })
const lantern = festival('Rằm tháng Giêng', { lunarMonth: 1, lunarDay: 15, durationDays: 1 })
const all = [lantern, tet, kitchenGods]

const next = (from: string) => {
  const first = upcomingFestivals(all, civil(from))[0]
  return first && { title: first.entry.title.vi, start: first.start, end: first.end }
}

describe('the next festival around the lunar new year', () => {
  it('is the end-of-year festival a few days before Tết', () => {
    expect(next('2026-02-09')).toEqual({
      title: 'Ông Công Ông Táo',
      start: civil('2026-02-10'),
      end: civil('2026-02-10'),
    })
  })

  it('is Tết once the end-of-year festival is over, and stays Tết while Tết lasts', () => {
    const tetDays = { title: 'Tết Nguyên Đán', start: civil('2026-02-17'), end: civil('2026-02-19') }
    expect(next('2026-02-11')).toEqual(tetDays)
    expect(next('2026-02-16')).toEqual(tetDays)
    expect(next('2026-02-19')).toEqual(tetDays)
  })

  it('moves on to the first full moon, then to the next lunar year', () => {
    expect(next('2026-02-20')).toEqual({
      title: 'Rằm tháng Giêng',
      start: civil('2026-03-03'),
      end: civil('2026-03-03'),
    })
    const after = next('2026-03-04')
    expect(after?.title).toBe('Ông Công Ông Táo')
    expect(after?.start).toEqual(lunarToSolar({ year: 2026, month: 12, day: 23, leap: false }))
    expect(after && after.start.year === 2027 && after.start.month === 1).toBe(true)
  })

  it('counts the day in Vietnam, not in the time zone of the build machine', () => {
    // 16 February 2026 at 18:00 UTC is already Tết (17 February, 01:00) in Vietnam.
    expect(vietnamDate(new Date('2026-02-16T18:00:00Z'))).toEqual(civil('2026-02-17'))
  })

  it('writes the solar dates with their weekday in both languages', () => {
    expect(formatCivil(civil('2026-02-17'), 'vi')).toBe('Thứ Ba, 17/02/2026')
    expect(formatCivil(civil('2026-02-17'), 'en')).toBe('Tue 17 February 2026')
  })
})
