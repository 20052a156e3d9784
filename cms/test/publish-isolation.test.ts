/**
 * Issue 15, item 1: one record must not stop publishing. Every value that reaches a path of the
 * site is refused at save; a record that holds one anyway (saved before the rule, or written in
 * SQL, as here) is left out of a real publish (export + Astro build), which publishes the rest,
 * and the entry is named in the site status the admin badge reads and in the audit log.
 */
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gs1Path } from '@heritage/media-tools/gs1'
import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { publishSite } from '../src/publish/publisher'
import { bootPayload, expectCreateRefused } from './payload'

const GTIN = '8930000000019'
const GTIN14 = '08930000000019'
const BAD_LOT = 'SECP/'
const BAD_SLUG = 'den/../thu'

let payload: Payload
let work: string
let docs: Awaited<ReturnType<typeof arrangeDocuments>>

type Row = Record<string, unknown>
const drizzle = () =>
  (payload.db as unknown as { drizzle: { all: (q: unknown) => Promise<Row[]>; run: (q: unknown) => Promise<unknown> } })
    .drizzle
const live = () => path.join(work, 'site', 'current')

/** A published product with two batches and two relics: one of each is made bad by the tests. */
async function arrangeDocuments() {
  const producer = await payload.create({
    collection: 'producers',
    data: { title: 'HTX Gốm Thử', kind: 'cooperative', _status: 'published' },
  })
  const product = await payload.create({
    collection: 'ocop-products',
    data: { title: 'Bình gốm thử', group: 'handicrafts', producer: producer.id, gtin: GTIN, _status: 'published' },
  })
  const batch = (lotCode: string) =>
    payload.create({
      collection: 'batches',
      data: { lotCode, product: product.id, productionDate: '2026-03-01T00:00:00.000Z', _status: 'published' },
    })
  const good = await batch('L-TOT')
  const bad = await batch('L-XAU')
  const relic = (title: string) =>
    payload.create({
      collection: 'relics',
      data: { title, rank: 'provincial', types: ['historical'], _status: 'published' },
    })
  const goodRelic = await relic('Đình Tốt')
  const badRelic = await relic('Đền Hỏng')
  return { product, good, bad, goodRelic, badRelic }
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'heritage-isolation-'))
  Object.assign(process.env, {
    SITE_DIR: path.resolve(process.cwd(), '../site'),
    SNAPSHOT_DIR: path.join(work, 'snapshot'),
    SITE_ROOT: path.join(work, 'site'),
    SITE_URL: 'https://disan.example.vn',
  })
  payload = await bootPayload()
  docs = await arrangeDocuments()
})

afterAll(async () => {
  await payload?.destroy()
  if (work) await rm(work, { recursive: true, force: true })
})

describe('values that reach a path are refused at save', () => {
  it.each([
    ['SECP/', /không dùng được trong đường dẫn/],
    ['/SECP', /không dùng được trong đường dẫn/],
    ['A//B', /không dùng được trong đường dẫn/],
    ['../01', /không dùng được trong đường dẫn/],
    ['A/./B', /không dùng được trong đường dẫn/],
    ['lô 1', /1–20 ký tự/],
    ['LÔ1', /1–20 ký tự/],
  ])('lot %s, with a Vietnamese message, nothing written', async (lotCode, message) => {
    await expectCreateRefused(
      payload,
      'batches',
      { lotCode, product: docs.product.id, productionDate: '2026-03-01T00:00:00.000Z', _status: 'published' },
      'lotCode',
      message,
    )
  })

  it('every character GS1 allows is accepted in a lot', async () => {
    const doc = await payload.create({
      collection: 'batches',
      draft: true,
      data: { lotCode: `!"%&'()*+,-./:;<=>?`, product: docs.product.id, productionDate: '2026-03-01T00:00:00.000Z' },
    })
    expect(doc.lotCode).toBe(`!"%&'()*+,-./:;<=>?`)
    await payload.delete({ collection: 'batches', id: doc.id, trash: false })
  })

  it('a slug is made path-safe at save and a GTIN with a wrong check digit is refused', async () => {
    const relic = await payload.create({
      collection: 'relics',
      draft: true,
      data: { title: 'Đình X', slug: BAD_SLUG, rank: 'provincial', types: ['historical'] },
    })
    expect(relic.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    await payload.delete({ collection: 'relics', id: relic.id, trash: false })
    await expectCreateRefused(
      payload,
      'ocop-products',
      { title: 'SP X', group: 'food', gtin: '8930000000018' },
      'gtin',
      /số kiểm tra/,
      { draft: true },
    )
  })
})

describe('a bad record already in the database', () => {
  it('is left out of a real publish, the rest goes live, and it is named in the status and the audit log', async () => {
    // Bypassing every rule, as an old row or a hand-made SQL fix would.
    await drizzle().run(sql`UPDATE batches SET lot_code = ${BAD_LOT} WHERE id = ${docs.bad.id}`)
    await drizzle().run(sql`UPDATE relics SET slug = ${BAD_SLUG} WHERE id = ${docs.badRelic.id}`)
    const auditBefore = (await payload.find({ collection: 'audit-log', limit: 0 })).totalDocs

    const outcome = await publishSite(payload)

    expect(outcome.buildId).toBeTruthy()
    expect(outcome.excluded.map((e) => `${e.kind}:${e.id}:${e.title}`).sort()).toEqual(
      [`batches:${docs.bad.id}:${BAD_LOT}`, `relics:${docs.badRelic.id}:Đền Hỏng`].sort(),
    )
    // The rest is live: the good relic, the product, the good batch at its GS1 link and short code.
    const served = (urlPath: string) => existsSync(path.join(live(), decodeURIComponent(urlPath), 'index.html'))
    expect(served(`/di-tich/${docs.goodRelic.slug}/`)).toBe(true)
    expect(served(`/p/${docs.goodRelic.code}/`)).toBe(true)
    expect(served(`/san-pham-ocop/${docs.product.slug}/`)).toBe(true)
    expect(served(`${gs1Path(GTIN14, docs.good.lotCode)}/`)).toBe(true)
    expect(served(`/t/${docs.good.code}/`)).toBe(true)
    // The bad ones are not: no page, no short code, nothing in the snapshot.
    const shows = async (urlPath: string, text: string) =>
      served(urlPath) && (await readFile(path.join(live(), urlPath, 'index.html'), 'utf8')).includes(text)
    expect(await shows(`/p/${docs.badRelic.code}/`, 'Đền Hỏng')).toBe(false)
    expect(await shows(`/t/${docs.bad.code}/`, `data-lot>${BAD_LOT}`)).toBe(false)
    expect(await readdir(path.join(live(), '01', GTIN14, '10'))).toEqual([docs.good.lotCode])
    const snapshotFiles = await readdir(path.join(work, 'snapshot', 'entries', 'batches'))
    expect(snapshotFiles).toEqual([`${docs.good.id}.json`])
    const productPage = await readFile(
      path.join(live(), 'san-pham-ocop', String(docs.product.slug), 'index.html'),
      'utf8',
    )
    expect(productPage).toContain('L-TOT')
    expect(productPage).not.toContain(BAD_LOT)

    // Named where the admin's badge reads it, with a link to each entry's admin page.
    const status = await payload.findGlobal({ slug: 'site-status' })
    expect(status.state).toBe('ok')
    expect(status.excluded).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          collection: 'batches',
          label: { vi: 'Lô sản xuất', en: 'Batch' },
          id: String(docs.bad.id),
          title: BAD_LOT,
          adminUrl: `/admin/collections/batches/${docs.bad.id}`,
          problem: expect.stringMatching(/^Số lô: Số lô "SECP\/" không dùng được trong đường dẫn/),
        }),
        expect.objectContaining({
          collection: 'relics',
          label: { vi: 'Di tích', en: 'Relic' },
          id: String(docs.badRelic.id),
          title: 'Đền Hỏng',
          adminUrl: `/admin/collections/relics/${docs.badRelic.id}`,
          problem: expect.stringMatching(/^Đường dẫn \(slug\): không hợp lệ \(slug: /),
        }),
      ]),
    )
    // And in the audit log, one line each.
    const lines = await payload.find({
      collection: 'audit-log',
      where: { action: { equals: 'export' }, targetCollection: { in: ['batches', 'relics'] } },
      limit: 10,
    })
    expect(lines.docs.map((l) => `${l.targetCollection}:${l.targetTitle}`).sort()).toEqual(
      ['batches:SECP/', 'relics:Đền Hỏng'].sort(),
    )
    expect(lines.docs[0]?.detail).toMatch(/Không đưa lên trang công khai/)
    expect((await payload.find({ collection: 'audit-log', limit: 0 })).totalDocs).toBeGreaterThan(auditBefore)

    // The database is as it was: the publisher only reads.
    const rows = await drizzle().all(sql`SELECT lot_code FROM batches WHERE id = ${docs.bad.id}`)
    expect(rows[0]?.lot_code).toBe(BAD_LOT)
  })

  it('once fixed, the entry is published and no longer named', async () => {
    await payload.update({ collection: 'batches', id: docs.bad.id, data: { lotCode: 'SECP' } })
    await payload.update({ collection: 'relics', id: docs.badRelic.id, data: { slug: 'den-hong' } })
    const outcome = await publishSite(payload)
    expect(outcome.excluded).toEqual([])
    expect(existsSync(path.join(live(), '01', GTIN14, '10', 'SECP', 'index.html'))).toBe(true)
    expect(existsSync(path.join(live(), 'di-tich', 'den-hong', 'index.html'))).toBe(true)
    expect((await payload.findGlobal({ slug: 'site-status' })).excluded ?? null).toBeNull()
  })
})
