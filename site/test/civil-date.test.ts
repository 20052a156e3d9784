import { describe, expect, it } from 'vitest'
import { addDays, type CivilDate, formatWeekday, toIsoDate, weekday } from '../src/utils/civil-date.ts'

function civil(iso: string): CivilDate {
  const [year, month, day] = iso.split('-').map(Number)
  return { year: year ?? Number.NaN, month: month ?? Number.NaN, day: day ?? Number.NaN }
}

describe('civil-date helpers', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays(civil('2024-02-28'), 1)).toEqual(civil('2024-02-29'))
    expect(addDays(civil('2024-02-28'), 2)).toEqual(civil('2024-03-01'))
    expect(addDays(civil('2100-02-28'), 1)).toEqual(civil('2100-03-01'))
    expect(addDays(civil('2000-03-01'), -1)).toEqual(civil('2000-02-29'))
    expect(addDays(civil('2023-12-31'), 1)).toEqual(civil('2024-01-01'))
    expect(addDays(civil('2024-01-01'), 366)).toEqual(civil('2025-01-01'))
  })

  it('names weekdays', () => {
    expect(weekday(civil('2024-02-10'))).toBe(6) // Saturday
    expect(weekday(civil('2026-02-17'))).toBe(2) // Tuesday
    expect(weekday(civil('2000-01-01'))).toBe(6) // Saturday
    expect(formatWeekday(civil('2026-02-17'), 'en-US')).toBe('Tuesday')
    expect(formatWeekday(civil('2026-02-17'))).toMatch(/^Thứ ba$/i)
  })

  it('formats ISO dates', () => {
    expect(toIsoDate(civil('2026-02-07'))).toBe('2026-02-07')
  })
})

describe('civil-date argument validation', () => {
  it('rejects a fractional number of days', () => {
    expect(() => addDays(civil('2026-01-01'), 0.5)).toThrow(RangeError)
  })
})
