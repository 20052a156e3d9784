import { describe, expect, it } from 'vitest'
import { VIETNAM_UTC_OFFSET_MS, vietnamDay } from '../src/index.ts'

describe('vietnamDay', () => {
  it('turns at midnight in Vietnam (17:00 UTC), not in UTC', () => {
    expect(vietnamDay(new Date('2026-01-10T16:59:59Z'))).toBe('2026-01-10')
    expect(vietnamDay(new Date('2026-01-10T17:00:00Z'))).toBe('2026-01-11')
    expect(vietnamDay(new Date(Date.UTC(2026, 0, 11) - VIETNAM_UTC_OFFSET_MS))).toBe('2026-01-11')
  })
})
