import { describe, expect, it } from 'vitest'
import { formatDate } from '../src/i18n/locales'
import { isPast } from '../src/utils/dates'

describe('isPast', () => {
  // The CMS stores a day as midnight UTC, 07:00 in Vietnam; the day itself counts as valid.
  const expiry = '2026-01-10T00:00:00.000Z'
  it('keeps a certificate valid through its whole last day in Vietnam', () => {
    expect(isPast(expiry, new Date('2026-01-10T16:59:00Z'))).toBe(false) // 23:59 on 10 January in Hà Nội
    expect(isPast(expiry, new Date('2026-01-10T17:00:00Z'))).toBe(true) // 00:00 on 11 January
  })
  it('compares Vietnamese calendar days, not instants', () => {
    expect(isPast('2026-01-09T17:30:00.000Z', new Date('2026-01-10T16:00:00Z'))).toBe(false)
    expect(isPast('2026-01-09T00:00:00.000Z', new Date('2026-01-10T00:00:00Z'))).toBe(true)
  })
})

describe('formatDate', () => {
  const day = '1988-11-16T00:00:00.000Z'
  it('shows a full date as people in Vietnam write it, and as English readers do', () => {
    expect(formatDate(day, 'vi')).toBe('16/11/1988')
    expect(formatDate(day, 'en')).toBe('16 November 1988')
  })
  it('shows a date known only to the month or the year as such, never as an invented day', () => {
    expect(formatDate('1988-11-01T00:00:00.000Z', 'vi', 'month')).toBe('tháng 11, 1988')
    expect(formatDate('1988-11-01T00:00:00.000Z', 'en', 'month')).toBe('November 1988')
    expect(formatDate('1962-01-01T00:00:00.000Z', 'vi', 'year')).toBe('1962')
    expect(formatDate('1962-01-01T00:00:00.000Z', 'en', 'year')).toBe('1962')
  })
})
