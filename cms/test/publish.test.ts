import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Relic } from '../src/payload-types'
import { type LockStore, lockStore } from '../src/publish/lease'
import { publishPending, untilNextDay, whenPublished } from '../src/publish/publisher'
import { bootPayload, closeFakeSite, installFakeSite } from './payload'

// A stand-in for site/tools/publish.ts: records its arguments and succeeds, or fails with a
// reason when FAKE_SITE_FAIL is set. The real build and its failures are tested in site/test.
const FAKE_PUBLISH = `
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
const args = process.argv.slice(2)
const calls = path.join(import.meta.dirname, '..', 'calls.log')
appendFileSync(calls, JSON.stringify(args) + '\\n')
if (process.env.FAKE_SITE_FAIL) {
  console.log('building the fake site…')
  console.error('The fake site is broken on purpose.')
  process.exit(1)
}
const n = readFileSync(calls, 'utf8').trim().split('\\n').length
const root = args[args.indexOf('--root') + 1]
mkdirSync(root, { recursive: true })
writeFileSync(path.join(root, 'status.json'), JSON.stringify({ state: 'ok', buildId: 'fake-' + n, pages: 3 }))
console.log('Published fake-' + n + ': 3 pages.')
`

const work = mkdtempSync(path.join(tmpdir(), 'heritage-publish-'))
const callsFile = path.join(work, 'site', 'calls.log')
let payload: Payload

const calls = (): string[][] =>
  existsSync(callsFile)
    ? readFileSync(callsFile, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as string[])
    : []
const status = () => payload.findGlobal({ slug: 'site-status' })

/** Runs a write and tells whether it asked for a publish; waits for that publish to finish. */
async function publishes(write: () => Promise<unknown>): Promise<boolean> {
  const before = calls().length
  await write()
  const requested = publishPending()
  await whenPublished()
  expect(calls().length - before).toBe(requested ? 1 : 0)
  return requested
}

const relic = (title: string, status: 'draft' | 'published') =>
  payload.create({
    collection: 'relics',
    draft: status === 'draft',
    data: { title, rank: 'provincial', types: ['historical'], _status: status },
  })

beforeAll(async () => {
  installFakeSite(work, FAKE_PUBLISH, 'https://disan.example.vn')
  payload = await bootPayload()
})

afterAll(() => closeFakeSite(payload, work))

describe('publishing from the CMS', () => {
  it('exports and builds once a published entry is saved, and records the success', async () => {
    expect((await status()).state).toBe('idle')
    const saved = relic('Đình Xuất Bản', 'published')
    await saved
    expect(publishPending()).toBe(true)
    await expect.poll(async () => (await status()).state).toBe('queued')
    await whenPublished()

    expect(calls()).toEqual([
      [
        '--snapshot',
        path.join(work, 'snapshot'),
        '--root',
        path.join(work, 'public'),
        '--site-url',
        'https://disan.example.vn',
        '--if-changed',
      ],
    ])
    const manifest = JSON.parse(readFileSync(path.join(work, 'snapshot', 'manifest.json'), 'utf8'))
    expect(manifest.entries).toEqual([expect.objectContaining({ kind: 'relics', id: String((await saved).id) })])
    expect(await status()).toMatchObject({
      state: 'ok',
      buildId: 'fake-1',
      pages: 3,
      siteUrl: 'https://disan.example.vn',
      message: null,
    })
    expect(Date.now() - Date.parse((await status()).lastSuccessAt ?? '')).toBeLessThan(60_000)
  })

  it('does not publish for a draft that was never published', async () => {
    let draft: Relic | undefined
    expect(
      await publishes(async () => {
        draft = await relic('Đình Bản Nháp', 'draft')
      }),
    ).toBe(false)
    expect(
      await publishes(() =>
        payload.update({
          collection: 'relics',
          id: draft?.id ?? 0,
          draft: true,
          data: { title: 'Đình Bản Nháp (sửa)', _status: 'draft' },
        }),
      ),
    ).toBe(false)
  })

  it('publishes when a draft is published and again when it is unpublished', async () => {
    const draft = await relic('Đình Sắp Công Bố', 'draft')
    const update = (_status: 'draft' | 'published') =>
      payload.update({ collection: 'relics', id: draft.id, data: { _status } })
    const entries = () =>
      JSON.parse(readFileSync(path.join(work, 'snapshot', 'manifest.json'), 'utf8')).entries.map(
        (e: { id: string }) => e.id,
      )
    expect(await publishes(() => update('published'))).toBe(true)
    expect(entries()).toContain(String(draft.id))
    expect(await publishes(() => update('draft'))).toBe(true)
    expect(entries()).not.toContain(String(draft.id))
  })

  it('leaves the seed alone', async () => {
    expect(
      await publishes(() =>
        payload.create({
          collection: 'relics',
          context: { seeding: true },
          data: { title: 'Đình Dữ Liệu Mẫu', rank: 'provincial', types: ['historical'], _status: 'published' },
        }),
      ),
    ).toBe(false)
  })

  it('builds once for a burst of saves', async () => {
    const one = await relic('Đình Một', 'published')
    const two = await relic('Đình Hai', 'published')
    await payload.update({ collection: 'relics', id: one.id, data: { summary: 'Sửa lần nữa.' } })
    expect(publishPending()).toBe(true)
    const before = calls().length
    await whenPublished()
    expect(calls().length - before).toBe(1)
    expect(await publishes(() => payload.delete({ collection: 'relics', id: two.id }))).toBe(true)
  })

  it('is pending while the request is on its way into the database, and waited for', async () => {
    // A busy database server: the request is written a second after the debounce. Meanwhile
    // nothing waits in the debounce and no build runs, yet a publish is still coming.
    const store: LockStore = Object.getPrototypeOf(lockStore(payload))
    const request = store.request
    let recording = false
    const slow = vi.spyOn(store, 'request').mockImplementation(async function (this: LockStore, ...args) {
      recording = true
      await new Promise((resolve) => setTimeout(resolve, 1000))
      return request.apply(this, args)
    })
    try {
      const before = calls().length
      await relic('Đình Ghi Chậm', 'published')
      await expect.poll(() => recording, { timeout: 10_000, interval: 20 }).toBe(true)
      expect(publishPending()).toBe(true)
      await whenPublished()
      expect(calls().length - before).toBe(1)
      const row = await lockStore(payload).read('publish')
      expect(row.built).toBe(row.requested)
      expect((await status()).state).toBe('ok')
    } finally {
      slow.mockRestore()
    }
  })

  it('ends up to date when the "queued" status is written slowly', async () => {
    // A save writes "queued" at once, without waiting; on a busy database that write may take
    // longer than the debounce and the build together, and must not land after the build's "ok".
    const updateGlobal = payload.updateGlobal
    let landed: Promise<unknown> | undefined
    const slow = vi.spyOn(payload, 'updateGlobal').mockImplementation((options) => {
      const queued = 'state' in options.data && options.data.state === 'queued'
      if (landed || !queued) return updateGlobal(options)
      landed = new Promise((resolve) => setTimeout(resolve, 4000)).then(() => updateGlobal(options))
      return landed as ReturnType<typeof updateGlobal>
    })
    try {
      await relic('Đình Ghi Trạng Thái Chậm', 'published')
      await whenPublished()
      await landed
      expect(landed).toBeDefined()
      expect((await status()).state).toBe('ok')
    } finally {
      slow.mockRestore()
    }
  })

  it('publishes changes to collections without drafts', async () => {
    expect(
      await publishes(() =>
        payload.create({ collection: 'admin-units', data: { name: 'Tỉnh Thử Nghiệm', level: 'province' } }),
      ),
    ).toBe(true)
  })

  it('publishes when the installation’s settings change (its languages, its publisher)', async () => {
    expect(
      await publishes(() =>
        payload.updateGlobal({ slug: 'installation', data: { publisher: { email: 'lienhe@example.vn' } } }),
      ),
    ).toBe(true)
  })

  it('records a failed build with its reason and keeps the last success', async () => {
    const before = await status()
    const [published] = (await payload.find({ collection: 'relics', where: { title: { equals: 'Đình Xuất Bản' } } }))
      .docs
    process.env.FAKE_SITE_FAIL = '1'
    try {
      await payload.update({ collection: 'relics', id: published?.id ?? 0, data: { summary: 'Một bản sửa.' } })
      await whenPublished()
    } finally {
      delete process.env.FAKE_SITE_FAIL
    }
    const after = await status()
    expect(after).toMatchObject({
      state: 'failed',
      message: 'The fake site is broken on purpose.',
      buildId: before.buildId,
      lastSuccessAt: before.lastSuccessAt,
    })
    expect(after.log).toContain('building the fake site…')
    expect(Date.parse(after.lastAttemptAt ?? '')).toBeGreaterThan(Date.parse(before.lastAttemptAt ?? ''))
  })

  it('shows the status to signed-in people only, and lets nobody change it through the API', async () => {
    await expect(payload.findGlobal({ slug: 'site-status', overrideAccess: false })).rejects.toThrow()
    const admin = await payload.create({
      collection: 'users',
      data: { email: 'admin-publish@test.vn', password: 'mat-khau-thu-nghiem', name: 'Admin', roles: ['admin'] },
    })
    const user = { ...admin, collection: 'users' as const }
    expect((await payload.findGlobal({ slug: 'site-status', overrideAccess: false, user })).state).toBe('failed')
    await expect(
      payload.updateGlobal({ slug: 'site-status', data: { state: 'ok' }, overrideAccess: false, user }),
    ).rejects.toThrow()
  })

  it('rebuilds nightly just after midnight in Vietnam', () => {
    // 23:00 in Hà Nội (16:00 UTC) → 00:05 the next day is 65 minutes away.
    expect(untilNextDay(Date.parse('2026-03-01T16:00:00Z'))).toBe(65 * 60_000)
  })
})
