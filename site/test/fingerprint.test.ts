import { describe, expect, inject, it } from 'vitest'
import { fingerprint } from '../tools/fingerprint.ts'

describe('the build fingerprint', () => {
  it('changes with the day in Vietnam, so the nightly publish rebuilds expiry states and festival dates', async () => {
    const snapshot = inject('snapshotDir')
    const evening = await fingerprint(snapshot, 'https://disan.example.vn', undefined, new Date('2026-01-10T16:59:00Z'))
    const sameDay = await fingerprint(snapshot, 'https://disan.example.vn', undefined, new Date('2026-01-10T01:00:00Z'))
    const nextDay = await fingerprint(snapshot, 'https://disan.example.vn', undefined, new Date('2026-01-10T17:00:00Z'))
    expect(sameDay).toBe(evening)
    expect(nextDay).not.toBe(evening)
  })
})
