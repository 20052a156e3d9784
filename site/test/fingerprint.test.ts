import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { codeFingerprint, fingerprint } from '../tools/fingerprint.ts'

describe('the build fingerprint', () => {
  it('changes with the day in Vietnam, so the nightly publish rebuilds expiry states and festival dates', async () => {
    const snapshot = inject('snapshotDir')
    const evening = await fingerprint(snapshot, 'https://disan.example.vn', undefined, new Date('2026-01-10T16:59:00Z'))
    const sameDay = await fingerprint(snapshot, 'https://disan.example.vn', undefined, new Date('2026-01-10T01:00:00Z'))
    const nextDay = await fingerprint(snapshot, 'https://disan.example.vn', undefined, new Date('2026-01-10T17:00:00Z'))
    expect(sameDay).toBe(evening)
    expect(nextDay).not.toBe(evening)
  })

  it('changes with the build tools the pages use, so a partial build keeps nothing the old ones made', async () => {
    const site = await mkdtemp(path.join(tmpdir(), 'heritage-fingerprint-'))
    try {
      const file = async (name: string, text: string) => {
        await mkdir(path.dirname(path.join(site, name)), { recursive: true })
        await writeFile(path.join(site, name), text)
      }
      await file('src/pages/index.astro', '<p>trang</p>')
      await file('tools/qr-language.ts', 'export const a = 1')
      const day = new Date('2026-01-10T01:00:00Z')
      const before = await codeFingerprint('https://disan.example.vn', site, day)
      expect(await codeFingerprint('https://disan.example.vn', site, day)).toBe(before)
      await file('tools/qr-language.ts', 'export const a = 2')
      expect(await codeFingerprint('https://disan.example.vn', site, day)).not.toBe(before)
    } finally {
      await rm(site, { recursive: true, force: true })
    }
  })
})
