import { describe, expect, it } from 'vitest'
import {
  type PublishStatus,
  parsePublishStatus,
  parsePublishStatusParts,
  SITE_BUILD_MINUTES_DEFAULT,
  siteBuildMinutes,
} from '../src/index.ts'

const live: PublishStatus = {
  state: 'ok',
  buildId: '20261205T043000000Z-000abcdef',
  startedAt: '2026-12-05T04:30:00.000Z',
  finishedAt: '2026-12-05T04:31:00.000Z',
  pages: 120,
  mode: 'incremental',
  rendered: 12,
  live: {
    buildId: '20261205T043000000Z-000abcdef',
    fingerprint: 'f'.repeat(64),
    siteUrl: null,
    publishedAt: '2026-12-05T04:31:00.000Z',
    pages: 120,
  },
}

describe('the publish status (status.json)', () => {
  it('reads what the site writes, in every state', () => {
    expect(parsePublishStatus(JSON.parse(JSON.stringify(live)))).toEqual(live)
    const building = { state: 'building', buildId: null, startedAt: live.startedAt, finishedAt: null, pages: null }
    expect(parsePublishStatus(building)).toEqual(building)
    const failed = { ...building, state: 'failed', finishedAt: live.finishedAt, error: 'Astro failed', log: '…' }
    expect(parsePublishStatus(failed)).toEqual(failed)
  })

  it('gives null for anything else, so the CMS never reads a guess', () => {
    for (const raw of [null, 'ok', {}, { ...live, state: 'done' }, { ...live, pages: '120' }, { ...live, live: {} }]) {
      expect(parsePublishStatus(raw)).toBeNull()
    }
  })

  it('gives a reader the fields that are there, each checked', () => {
    expect(parsePublishStatusParts({ state: 'ok', buildId: 'b1', pages: 3 })).toEqual({
      state: 'ok',
      buildId: 'b1',
      pages: 3,
    })
    expect(parsePublishStatusParts({ state: 'ok', pages: '3' })).toBeNull()
    expect(parsePublishStatus({ state: 'ok', buildId: 'b1', pages: 3 })).toBeNull()
  })
})

describe('how long a site build may take', () => {
  it('is 15 minutes unless SITE_BUILD_MINUTES says otherwise', () => {
    expect(siteBuildMinutes({})).toBe(SITE_BUILD_MINUTES_DEFAULT)
    expect(SITE_BUILD_MINUTES_DEFAULT).toBe(15)
    expect(siteBuildMinutes({ SITE_BUILD_MINUTES: ' ' })).toBe(15)
    expect(siteBuildMinutes({ SITE_BUILD_MINUTES: '90' })).toBe(90)
    expect(siteBuildMinutes({ SITE_BUILD_MINUTES: '0.5' })).toBe(0.5)
  })

  it('refuses a value that is not a number of minutes above 0, naming it in Vietnamese and English', () => {
    for (const bad of ['0', '-5', 'ninety', '1h', 'Infinity']) {
      expect(() => siteBuildMinutes({ SITE_BUILD_MINUTES: bad })).toThrow(
        `phải là số phút lớn hơn 0 (ví dụ 60), không phải "${bad}"`,
      )
    }
  })
})
