/**
 * The admin is rebuilt (npm start, the e2e tests) only when its sources' fingerprint changed; a
 * change in a workspace package it imports (contract/, media-tools/) alone must change it too.
 */
import { rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { expect, it } from 'vitest'
import { cmsDir, sourceHash } from '../scripts/admin-build.mjs'

it('changes when a file of contract/ or media-tools/ alone changes, and comes back when it is undone', () => {
  const before: string = sourceHash()
  for (const dir of ['contract', 'media-tools']) {
    const probe = path.resolve(cmsDir, '..', dir, 'src', 'zz-fingerprint-probe.ts')
    try {
      writeFileSync(probe, 'export {}\n')
      expect({ dir, changed: sourceHash() !== before }).toEqual({ dir, changed: true })
    } finally {
      rmSync(probe, { force: true })
    }
    expect(sourceHash()).toBe(before)
  }
})
