import { describe, expect, it } from 'vitest'
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
