/**
 * Issue 17, the status badge: after a publish the site status names the entry and links to its
 * public page (the address the site builds, in both languages); it says "live" as soon as the
 * site's build script has switched the live site, not when the script exits after updating the
 * search index (the badge said "updating" while the page was already live); a save during that
 * tail is recorded as queued; a failed build is recorded with its cause in words, and the build's
 * own message and log are read by administrators only, on REST and GraphQL.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Relic, SiteStatus } from '../src/payload-types'
import { failureCause, publishPending, whenPublished } from '../src/publish/publisher'
import { failedAdvice, failedHeadline, failedReason, type StatusView } from '../src/publish/status'
import { signInAccounts } from './accounts'
import { httpClient } from './http'
import { bootPayload, closeFakeSite, installFakeSite } from './payload'
import { makeProvince } from './people'

// A stand-in for site/tools/publish.ts that writes status.json as the real one does: "ok" once
// the site is live, then (FAKE_SITE_HOLD) keeps running, as the real one does while it updates
// the search index, until the test creates the release file. FAKE_SITE_FAIL fails the build.
const FAKE_PUBLISH = `
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
const args = process.argv.slice(2)
const root = args[args.indexOf('--root') + 1]
mkdirSync(root, { recursive: true })
const startedAt = new Date().toISOString() + Math.random()
if (process.env.FAKE_SITE_FAIL) {
  console.log('[build] rendering /di-tich/…')
  console.error('[NoMatchingStaticPathFound] A getStaticPaths() route pattern was matched, but no matching static path was found.')
  process.exit(1)
}
const buildId = 'fake-' + Date.now()
writeFileSync(path.join(root, 'status.json'), JSON.stringify({ state: 'ok', buildId, pages: 5, startedAt }))
console.log('Published ' + buildId + ': 5 pages.')
const hold = process.env.FAKE_SITE_HOLD
if (hold) {
  writeFileSync(hold + '.held', '')
  while (!existsSync(hold)) await new Promise((resolve) => setTimeout(resolve, 50))
}
console.log('search index updated')
`

const SITE = 'https://disan.example.vn'
const work = mkdtempSync(path.join(tmpdir(), 'heritage-site-status-'))
let payload: Payload
let http: Awaited<ReturnType<typeof httpClient>>
let tokens: Record<'admin' | 'editor' | 'contributor', string>
let relic: Relic

const status = () => payload.findGlobal({ slug: 'site-status' }) as Promise<SiteStatus>
const summary = (edit: string) =>
  payload.update({ collection: 'relics', id: relic.id, data: { summary: edit, _status: 'published' } })

beforeAll(async () => {
  installFakeSite(work, FAKE_PUBLISH, SITE)
  payload = await bootPayload()
  http = await httpClient()
  const { province, communes } = await makeProvince(payload, 'Tỉnh Trạng Thái', ['Xã Trạng Thái'])
  const [commune = 0] = communes
  ;({ tokens } = await signInAccounts(payload, http, 'trangthai.vn', {
    admin: { roles: ['admin'] },
    editor: { roles: ['editor'], province },
    contributor: { roles: ['contributor'], communes: [commune] },
  }))
  relic = await payload.create({
    collection: 'relics',
    data: {
      title: 'Đình Trạng Thái',
      rank: 'provincial',
      types: ['historical'],
      commune,
      _status: 'published',
    },
  })
  await whenPublished()
})

afterAll(() => closeFakeSite(payload, work))

describe('the site status after a publish', () => {
  it('names the entry just published and links to its public page in both languages', async () => {
    await summary('Bản tóm tắt mới.')
    await whenPublished()
    expect(await status()).toMatchObject({
      state: 'ok',
      siteUrl: SITE,
      failure: null,
      entry: {
        collection: 'relics',
        id: String(relic.id),
        title: 'Đình Trạng Thái',
        label: { vi: 'Di tích', en: 'Relic' },
        adminUrl: `/admin/collections/relics/${relic.id}`,
        page: { vi: `${SITE}/di-tich/${relic.slug}/`, en: `${SITE}/en/relics/${relic.slug}/` },
      },
    })
  })

  it('links to no entry page when the publish took the entry off the site', async () => {
    await payload.update({ collection: 'relics', id: relic.id, data: { _status: 'draft' } })
    await whenPublished()
    const after = await status()
    expect(after.state).toBe('ok')
    expect((after.entry as { page: unknown }).page).toBeNull()
    await summary('Xuất bản lại.')
    await whenPublished()
  })

  it('says the site is live once the build switched it, while the build script still runs', async () => {
    const release = path.join(work, 'release-live')
    process.env.FAKE_SITE_HOLD = release
    try {
      const before = await status()
      await summary('Sửa khi chỉ mục tìm kiếm còn chạy.')
      // The script has made the site live and now holds, as while it updates the search index.
      await expect.poll(() => existsSync(`${release}.held`), { timeout: 30_000 }).toBe(true)
      await expect.poll(async () => (await status()).buildId, { timeout: 30_000 }).not.toBe(before.buildId)
      expect(publishPending()).toBe(true)
      expect(await status()).toMatchObject({ state: 'ok', entry: { title: 'Đình Trạng Thái' } })

      // A save now is not on the live site yet: the status says so until it is.
      await summary('Sửa thêm trong lúc đó.')
      await expect.poll(async () => (await status()).state, { timeout: 30_000 }).toBe('queued')
      delete process.env.FAKE_SITE_HOLD
      writeFileSync(release, '')
      await whenPublished()
      expect((await status()).state).toBe('ok')
    } finally {
      delete process.env.FAKE_SITE_HOLD
      writeFileSync(release, '')
    }
  })
})

describe('a failed build', () => {
  let failed: SiteStatus

  beforeAll(async () => {
    process.env.FAKE_SITE_FAIL = '1'
    try {
      await summary('Bản sửa làm hỏng lần dựng.')
      await whenPublished()
    } finally {
      delete process.env.FAKE_SITE_FAIL
    }
    failed = await status()
  })

  it('is recorded with its cause and the entry it was about', () => {
    expect(failed).toMatchObject({
      state: 'failed',
      failure: 'build',
      message: expect.stringContaining('[NoMatchingStaticPathFound]'),
      entry: { title: 'Đình Trạng Thái' },
    })
    expect(failed.log).toContain('[build] rendering')
  })

  it('is told in Vietnamese, naming the entry and what to do, without the build output', () => {
    const view = failed as unknown as StatusView
    const contributor = [
      failedHeadline(view, 'vi'),
      failedReason(view, 'vi'),
      failedAdvice(view, 'vi', ['contributor']),
    ].join(' ')
    expect(contributor).toContain('«Đình Trạng Thái» (Di tích)')
    expect(contributor).toContain('báo quản trị viên')
    expect(contributor).not.toMatch(/NoMatching|getStaticPaths|build|error/i)
    expect(failedAdvice(view, 'vi', ['editor'])).toContain('Xuất bản')
    expect(failedAdvice(view, 'vi', ['admin'])).toContain('Nhật ký dựng')
  })

  it('shows its message and log to administrators only, on REST', async () => {
    const read = async (role: keyof typeof tokens) =>
      (await http.rest('GET', 'globals/site-status', { token: tokens[role] })).json as Record<string, unknown>
    const admin = await read('admin')
    expect(admin.message).toContain('[NoMatchingStaticPathFound]')
    expect(admin.log).toContain('[build] rendering')
    for (const role of ['editor', 'contributor'] as const) {
      const seen = await read(role)
      expect(seen).toMatchObject({ state: 'failed', failure: 'build', entry: { title: 'Đình Trạng Thái' } })
      expect(seen).not.toHaveProperty('message')
      expect(seen).not.toHaveProperty('log')
      expect(JSON.stringify(seen)).not.toMatch(/NoMatching|rendering/)
    }
  })

  it('shows its message and log to administrators only, on GraphQL', async () => {
    const query = '{ SiteStatus { state failure message log } }'
    const admin = await http.gql(query, tokens.admin)
    expect(admin.json.data.SiteStatus).toMatchObject({
      state: 'failed',
      message: expect.stringContaining('[NoMatchingStaticPathFound]'),
      log: expect.stringContaining('[build] rendering'),
    })
    for (const role of ['editor', 'contributor'] as const) {
      const seen = await http.gql(query, tokens[role])
      expect(seen.json.data.SiteStatus).toMatchObject({ state: 'failed', failure: 'build', message: null, log: null })
      expect(seen.text).not.toMatch(/NoMatching|rendering/)
    }
  })

  it('tells a full disk from other failures', () => {
    expect(failureCause("ENOSPC: no space left on device, write '/srv/site/builds/x'", 'build')).toBe('disk')
    expect(failureCause('Cannot read properties of undefined', 'export')).toBe('export')
  })
})
