/**
 * Transactions: an operation that writes several rows and fails half-way leaves nothing. Each
 * operation below runs once for every n with its n-th database write failing, and the whole
 * database (every table, row and value) must be as before each time; then it runs whole. Also: a
 * save after a failed one works (no transaction or lock left behind), concurrent saves all land,
 * and on SQLite a second writer waits for the first instead of failing with SQLITE_BUSY.
 *
 * On SQLite this runs on a database file (write-ahead log, a writer and a reader connection: what
 * an installation runs), not the tests' usual in-memory database; its tables come from schema push
 * rather than the migrations, whose country-wide communes would make each full dump slow.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createClient } from '@libsql/client'
import { commitTransaction, createLocalReq, initTransaction, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commitImport } from '../src/import/commit'
import { readWorkbook } from '../src/import/workbook'
import type { User } from '../src/payload-types'
import { dumpDatabase, expectSameDump, failAtEveryWrite, failOnWrite } from './failingWrites'
import { bootPayload, closeAndRemove } from './payload'
import { makeProvince } from './people'
import { HEADERS, workbook } from './relicList'

const onPostgres = () => Boolean(process.env.DATABASE_URL?.startsWith('postgres'))
const work = mkdtempSync(path.join(tmpdir(), 'heritage-transactions-'))
let payload: Payload
let commune: number
let editor: User
let contributor: User

const relic = (title: string) => ({ title, rank: 'provincial' as const, types: ['historical' as const], commune })

const asEditor = () => ({ user: editor, overrideAccess: false })

beforeAll(async () => {
  if (!onPostgres()) {
    process.env.DATABASE_URL = `file:${path.join(work, 'data.db')}`
    process.env.PAYLOAD_PUSH = '1'
  }
  payload = await bootPayload()
  const place = await makeProvince(payload, 'Tỉnh Giao Dịch', ['Xã Giao Dịch Một', 'Xã Giao Dịch Hai'])
  commune = place.communes[0] ?? 0
  editor = await payload.create({
    collection: 'users',
    data: {
      email: 'editor@giaodich.vn',
      name: 'Biên tập',
      password: 'mat-khau-giao-dich',
      roles: ['editor'],
      province: place.province,
    },
  })
  contributor = await payload.create({
    collection: 'users',
    data: {
      email: 'contributor@giaodich.vn',
      name: 'Cộng tác',
      password: 'mat-khau-giao-dich',
      roles: ['contributor'],
      communes: [commune],
    },
  })
})

afterAll(() => closeAndRemove(payload, work))

describe('a failure at any write leaves the database as it was', () => {
  it('a save with versions: a new draft, and a draft over a published entry', async () => {
    const created = await failAtEveryWrite(payload, () =>
      payload.create({
        collection: 'relics',
        draft: true,
        data: { ...relic('Đình Nháp Giao Dịch'), _status: 'draft' },
        user: contributor,
        overrideAccess: false,
      }),
    )
    expect(created).toEqual(expect.arrayContaining(['create', 'createVersion']))

    const published = await payload.create({
      collection: 'relics',
      data: { ...relic('Đình Đã Công Bố'), _status: 'published' },
    })
    const saved = await failAtEveryWrite(payload, () =>
      payload.update({
        collection: 'relics',
        id: published.id,
        draft: true,
        data: { title: 'Đình Đã Công Bố (sửa nháp)', _status: 'draft' },
        ...asEditor(),
      }),
    )
    expect(saved.length).toBeGreaterThanOrEqual(2)
    const draft = await payload.findByID({ collection: 'relics', id: published.id, draft: true })
    expect(draft.title).toBe('Đình Đã Công Bố (sửa nháp)')
    expect((await payload.findByID({ collection: 'relics', id: published.id })).title).toBe('Đình Đã Công Bố')
  })

  it('publishing a submitted entry: the entry, its version, its state, the audit log', async () => {
    const submitted = await payload.create({
      collection: 'relics',
      draft: true,
      data: { ...relic('Đình Chờ Duyệt'), _status: 'draft', review: { state: 'submitted' } },
      user: contributor,
      overrideAccess: false,
    })
    const writes = await failAtEveryWrite(payload, () =>
      payload.update({ collection: 'relics', id: submitted.id, data: { _status: 'published' }, ...asEditor() }),
    )
    expect(writes.length).toBeGreaterThanOrEqual(3)
    const live = await payload.findByID({ collection: 'relics', id: submitted.id })
    expect(live._status).toBe('published')
    const logged = await payload.find({
      collection: 'audit-log',
      where: { targetId: { equals: String(submitted.id) }, action: { equals: 'publish' } },
    })
    expect(logged.totalDocs).toBe(1)
  })

  it('restoring an older version', async () => {
    const entry = await payload.create({
      collection: 'relics',
      data: { ...relic('Đình Phiên Bản Một'), _status: 'published' },
    })
    await payload.update({ collection: 'relics', id: entry.id, data: { title: 'Đình Phiên Bản Hai' } })
    const versions = await payload.findVersions({
      collection: 'relics',
      where: { parent: { equals: entry.id } },
      sort: 'createdAt',
    })
    const first = versions.docs[0]
    expect(first?.version.title).toBe('Đình Phiên Bản Một')
    const writes = await failAtEveryWrite(payload, () =>
      payload.restoreVersion({ collection: 'relics', id: String(first?.id), ...asEditor() }),
    )
    expect(writes.length).toBeGreaterThanOrEqual(2)
    expect((await payload.findByID({ collection: 'relics', id: entry.id })).title).toBe('Đình Phiên Bản Một')
  })

  it('an import: new rows and an update, all or nothing', async () => {
    const existing = await payload.create({
      collection: 'relics',
      draft: true,
      data: { ...relic('Đình Nhập Có Sẵn'), _status: 'draft' },
    })
    const row = (title: string, decision: string) => [
      title,
      'Cấp tỉnh',
      'Lịch sử',
      'Xã Giao Dịch Một',
      21.01,
      105.85,
      '5/3/2021',
      decision,
    ]
    expect(HEADERS).toHaveLength(row('', '').length)
    const data = await workbook([
      row('Đình Nhập Có Sẵn', '9/QĐ-UBND'),
      row('Đình Nhập Mới Một', '10/QĐ-UBND'),
      row('Đình Nhập Mới Hai', '11/QĐ-UBND'),
    ])
    const run = async () =>
      commitImport(payload, { kind: 'relics', workbook: await readWorkbook(data, 'nhap.xlsx'), publish: false })
    const writes = await failAtEveryWrite(payload, run)
    expect(writes.filter((w) => w === 'create').length).toBeGreaterThanOrEqual(2)
    const imported = await payload.find({
      collection: 'relics',
      draft: true,
      where: { title: { like: 'Đình Nhập' } },
      depth: 0,
    })
    expect(imported.totalDocs).toBe(3)
    const updated = await payload.findByID({ collection: 'relics', id: existing.id, draft: true })
    expect(updated.rankingDecision?.number).toBe('9/QĐ-UBND')
  })
})

describe('after a failure, and side by side', () => {
  it('a save right after a failed one works: no transaction or lock is left behind', async () => {
    const entry = await payload.create({
      collection: 'relics',
      data: { ...relic('Đình Sau Lỗi'), _status: 'published' },
    })
    const before = await dumpDatabase(payload)
    const inject = failOnWrite(payload, 1)
    await expect(
      payload.update({ collection: 'relics', id: entry.id, data: { title: 'Đình Sau Lỗi (hỏng)' }, ...asEditor() }),
    ).rejects.toThrow('injected failure')
    inject.restore()
    expectSameDump(await dumpDatabase(payload), before, 'the failed save')
    const started = Date.now()
    await payload.update({ collection: 'relics', id: entry.id, data: { title: 'Đình Sau Lỗi (sửa)' }, ...asEditor() })
    expect(Date.now() - started).toBeLessThan(5000)
    expect((await payload.findByID({ collection: 'relics', id: entry.id })).title).toBe('Đình Sau Lỗi (sửa)')
  })

  it('saves at the same time all land, on one entry and on several', async () => {
    const a = await payload.create({
      collection: 'relics',
      data: { ...relic('Đình Song Song A'), _status: 'published' },
    })
    const b = await payload.create({
      collection: 'relics',
      data: { ...relic('Đình Song Song B'), _status: 'published' },
    })
    await Promise.all([
      payload.update({ collection: 'relics', id: a.id, data: { title: 'Đình Song Song A (1)' }, ...asEditor() }),
      payload.update({ collection: 'relics', id: b.id, data: { title: 'Đình Song Song B (1)' }, ...asEditor() }),
      payload.update({
        collection: 'relics',
        id: a.id,
        draft: true,
        data: { title: 'Đình Song Song A (nháp)', _status: 'draft' },
        ...asEditor(),
      }),
      payload.create({
        collection: 'relics',
        data: { ...relic('Đình Song Song C'), _status: 'published' },
        ...asEditor(),
      }),
    ])
    expect((await payload.findByID({ collection: 'relics', id: b.id })).title).toBe('Đình Song Song B (1)')
    const versionsOfA = await payload.countVersions({ collection: 'relics', where: { parent: { equals: a.id } } })
    expect(versionsOfA.totalDocs).toBe(3)
    expect(
      (await payload.count({ collection: 'relics', where: { title: { equals: 'Đình Song Song C' } } })).totalDocs,
    ).toBe(1)
  })

  it.skipIf(onPostgres())(
    'SQLite: a transaction takes the writer at its first write, not before, and keeps it to its end',
    async () => {
      const entry = await payload.create({
        collection: 'relics',
        data: { ...relic('Đình Lượt Ghi'), _status: 'published' },
      })
      const req = await createLocalReq({}, payload)
      await initTransaction(req)
      // Reading only (a hook making a photo's web versions is here): another save goes through.
      await payload.find({ collection: 'relics', where: { id: { equals: entry.id } }, req })
      await payload.update({ collection: 'relics', id: entry.id, data: { title: 'Đình Lượt Ghi (1)' } })
      // Written once: the next save waits for this transaction's end, then lands after it.
      await payload.update({ collection: 'relics', id: entry.id, data: { title: 'Đình Lượt Ghi (2)' }, req })
      let waited = true
      const other = payload
        .update({ collection: 'relics', id: entry.id, data: { title: 'Đình Lượt Ghi (3)' } })
        .then(() => {
          waited = false
        })
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(waited).toBe(true)
      await commitTransaction(req)
      await other
      expect((await payload.findByID({ collection: 'relics', id: entry.id })).title).toBe('Đình Lượt Ghi (3)')
    },
  )

  it.skipIf(onPostgres())(
    'SQLite: a save waits while another connection holds the write lock, without stopping the process',
    async () => {
      const entry = await payload.create({
        collection: 'relics',
        data: { ...relic('Đình Chờ Lượt'), _status: 'published' },
      })
      const url = String(process.env.DATABASE_URL)
      expect(url).toMatch(/^file:/)
      const other = createClient({ url })
      try {
        await other.execute('BEGIN IMMEDIATE')
        let ticks = 0
        const ticker = setInterval(() => ticks++, 50)
        const started = Date.now()
        const save = payload.update({
          collection: 'relics',
          id: entry.id,
          data: { title: 'Đình Chờ Lượt (sửa)' },
          ...asEditor(),
        })
        await new Promise((resolve) => setTimeout(resolve, 800))
        // The process kept running while the save waited (a busy wait inside SQLite would stop it).
        const ticksWhileWaiting = ticks
        clearInterval(ticker)
        await other.execute('COMMIT')
        await save
        expect(Date.now() - started).toBeGreaterThanOrEqual(750)
        // A wait inside SQLite would freeze the process for the whole 800 ms: one late tick at most.
        // Under heavy load a running process still gets a few of its 16 ticks.
        expect(ticksWhileWaiting).toBeGreaterThanOrEqual(2)
      } finally {
        other.close()
      }
      expect((await payload.findByID({ collection: 'relics', id: entry.id })).title).toBe('Đình Chờ Lượt (sửa)')
    },
  )
})
