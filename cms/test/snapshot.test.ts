import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { entry as entrySchema, type Manifest, manifest as manifestSchema } from '@heritage/contract'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportSnapshot } from '../src/snapshot/export'
import { lexicalToBlocks } from '../src/snapshot/richText'
import { draftRelic } from './accounts'
import { bootPayload, expectCreateRefused } from './payload'
import { makeProvince } from './people'
import { producerWithSecretPhone, SECRET } from './secrets'

let payload: Payload
let dir: string
let docs: Awaited<ReturnType<typeof arrangeDocuments>>

const ARTISAN_PHONE = '0987 654 321'
const DRAFT_TEXT = 'Bản nháp chưa duyệt: không được công bố'

type Node = { type: string; version: number; [key: string]: unknown }
const lexical = (children: Node[]) => ({
  root: { type: 'root', format: '' as const, indent: 0, version: 1, direction: 'ltr' as const, children },
})
const paragraph = (...children: Node[]): Node => ({ type: 'paragraph', version: 1, children })
const textNode = (text: string, format = 0): Node => ({ type: 'text', text, format, version: 1 })

async function readSnapshot(): Promise<{ manifest: Manifest; files: Map<string, string> }> {
  const manifest = manifestSchema.parse(JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')))
  const files = new Map<string, string>()
  for (const item of manifest.entries) files.set(item.file, await readFile(path.join(dir, item.file), 'utf8'))
  return { manifest, files }
}

const entriesOf = async (kind: string) => {
  const { files } = await readSnapshot()
  return [...files.entries()]
    .filter(([file]) => file.startsWith(`entries/${kind}/`))
    .map(([, json]) => JSON.parse(json) as Record<string, unknown>)
}

/** What the snapshot is made from: published, draft and hidden entries holding private values. */
async function arrangeDocuments() {
  const photo = await payload.create({
    collection: 'media',
    data: { alt: 'Cổng đền' },
    file: {
      data: await sharp({ create: { width: 800, height: 600, channels: 3, background: '#8a4b2a' } })
        .jpeg()
        .toBuffer(),
      mimetype: 'image/jpeg',
      name: 'cong-den.jpg',
      size: 0,
    },
  })
  const {
    communes: [commune],
  } = await makeProvince(payload, 'Tỉnh Thử', ['Xã Thử'])
  const relic = await payload.create({
    collection: 'relics',
    data: {
      title: 'Đình Công Bố',
      summary: 'Ngôi đình đã công bố',
      rank: 'national',
      types: ['historical'],
      internalNotes: SECRET.note,
      gallery: [photo.id],
      location: { lat: 21.05, lng: 105.9 },
      commune,
      body: lexical([
        paragraph(
          textNode('Chữ đậm', 1),
          {
            type: 'link',
            version: 1,
            fields: { url: 'javascript:alert(1)', linkType: 'custom' },
            children: [textNode('độc')],
          },
          {
            type: 'link',
            version: 1,
            fields: { url: 'https://example.vn/a', linkType: 'custom' },
            children: [textNode('nguồn')],
          },
        ),
        { type: 'horizontalrule', version: 1 },
        { type: 'html-embed', version: 1, html: '<script>alert(1)</script>' },
      ]),
      _status: 'published',
    },
  })
  // A later draft of a published entry: the public keeps seeing the published text.
  await payload.update({ collection: 'relics', id: relic.id, draft: true, data: { summary: DRAFT_TEXT } })
  const draftOnly = await draftRelic(payload, 'Đình Chưa Duyệt')
  const producer = await producerWithSecretPhone(payload, 'HTX Thử', { email: SECRET.email })
  const product = await payload.create({
    collection: 'ocop-products',
    data: {
      title: 'Gốm thử',
      group: 'handicrafts',
      producer: producer.id,
      score: 72,
      certificate: { issueDate: '2023-01-10T00:00:00.000Z' },
      internalNotes: SECRET.note,
      _status: 'published',
    },
  })
  const hiddenProduct = await payload.create({
    collection: 'ocop-products',
    draft: true,
    data: { title: 'Sản phẩm nháp', group: 'food', producer: producer.id, _status: 'draft' },
  })
  await payload.create({
    collection: 'batches',
    data: {
      lotCode: 'L-CONG-BO',
      product: product.id,
      productionDate: '2026-03-01T00:00:00.000Z',
      _status: 'published',
    },
  })
  await payload.create({
    collection: 'batches',
    draft: true,
    data: { lotCode: 'L-NHAP', product: product.id, productionDate: '2026-03-02T00:00:00.000Z', _status: 'draft' },
  })
  await payload.create({
    collection: 'batches',
    data: {
      lotCode: 'L-SP-NHAP',
      product: hiddenProduct.id,
      productionDate: '2026-03-03T00:00:00.000Z',
      _status: 'published',
    },
    overrideAccess: true,
  })
  await payload.create({
    collection: 'artisans',
    data: { title: 'Nghệ nhân Thử', contactPhone: ARTISAN_PHONE, _status: 'published' },
  })
  await payload.create({
    collection: 'routes',
    data: {
      title: 'Tuyến thử',
      stops: [
        { place: { relationTo: 'relics', value: relic.id } },
        { place: { relationTo: 'relics', value: draftOnly.id } },
      ],
      _status: 'published',
    },
    overrideAccess: true,
  })
  return { relic, draftOnly, product, hiddenProduct }
}

beforeAll(async () => {
  payload = await bootPayload()
  dir = await mkdtemp(path.join(tmpdir(), 'heritage-snapshot-'))
  docs = await arrangeDocuments()
  await exportSnapshot(payload, { dir, siteUrl: 'https://disan.example.vn' })
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('the snapshot', () => {
  it('holds published entries only, with the published text of entries that have a newer draft', async () => {
    const relics = await entriesOf('relics')
    expect(relics.map((r) => (r.title as { vi: string }).vi)).toEqual(['Đình Công Bố'])
    expect(relics[0]?.summary).toEqual({ vi: 'Ngôi đình đã công bố' })
    const products = await entriesOf('ocop-products')
    expect(products.map((p) => p.id)).toEqual([String(docs.product.id)])
  })

  it('never contains internal notes, contact details, drafts or EXIF, anywhere', async () => {
    const { files } = await readSnapshot()
    const all = [...files.values()].join('\n') + (await readFile(path.join(dir, 'manifest.json'), 'utf8'))
    for (const secret of [...Object.values(SECRET), ARTISAN_PHONE, DRAFT_TEXT, 'Đình Chưa Duyệt', 'Sản phẩm nháp']) {
      expect(all).not.toContain(secret)
    }
    for (const key of ['internalNotes', 'contact', 'contactPhone', 'photo', 'gpsLat', 'filename', 'score', '_status']) {
      expect(all).not.toContain(`"${key}"`)
    }
  })

  it('publishes batches only when they and their product are published', async () => {
    const batches = await entriesOf('batches')
    expect(batches.map((b) => b.lotCode)).toEqual(['L-CONG-BO'])
  })

  it('drops references to unpublished entries (a route stop at a draft)', async () => {
    const [route] = await entriesOf('routes')
    expect(route?.stops).toEqual([{ place: { kind: 'relics', id: String(docs.relic.id) } }])
  })

  it('carries the certificate expiry derived by the CMS, and the commune by name', async () => {
    const [p] = await entriesOf('ocop-products')
    expect(p?.certificate).toMatchObject({ expiryDate: '2026-01-10T00:00:00.000Z' })
    const [r] = await entriesOf('relics')
    expect(r?.commune).toMatchObject({ name: { vi: 'Xã Thử' }, province: { vi: 'Tỉnh Thử' } })
    expect(r?.location).toEqual({ lat: 21.05, lng: 105.9 })
  })

  it('keeps rich text to safe blocks: no javascript: links, no embeds', async () => {
    const [r] = await entriesOf('relics')
    expect(r?.body).toEqual({
      vi: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: 'Chữ đậm', bold: true },
            { type: 'text', text: 'độc' },
            { type: 'link', href: 'https://example.vn/a', children: [{ type: 'text', text: 'nguồn' }] },
          ],
        },
      ],
    })
  })

  it('copies the web versions of photos, not the originals', async () => {
    const [r] = await entriesOf('relics')
    const gallery = r?.gallery as { versions: { file: string }[] }[]
    expect(gallery).toHaveLength(1)
    const files = gallery[0]?.versions.map((v) => v.file) ?? []
    expect(files.length).toBeGreaterThan(2)
    for (const file of files) {
      const bytes = await readFile(path.join(dir, 'media', file))
      expect(bytes.length).toBeGreaterThan(0)
    }
    const folders = await readdir(path.join(dir, 'media'))
    expect(folders.every((f) => /^[a-f0-9]{64}$/.test(f))).toBe(true)
  })

  it('validates with the shared schema, which refuses any field it does not list', async () => {
    const [r] = await entriesOf('relics')
    expect(entrySchema.safeParse(r).success).toBe(true)
    expect(entrySchema.safeParse({ ...r, internalNotes: 'x' }).success).toBe(false)
    expect(entrySchema.safeParse({ ...r, location: { lat: 48.85, lng: 2.35 } }).success).toBe(false)
    const [producer] = await entriesOf('producers')
    expect(entrySchema.safeParse({ ...producer, website: 'https://htx.example.vn' }).success).toBe(true)
    for (const website of ['javascript:alert(1)', 'data:text/html,x', 'htx.vn']) {
      expect(entrySchema.safeParse({ ...producer, website }).success, website).toBe(false)
    }
  })
})

describe('links', () => {
  it('refuses a producer website that is not a web address, so it can never reach the site', async () => {
    for (const website of ['javascript:alert(1)', 'htx.vn']) {
      await expectCreateRefused(
        payload,
        'producers',
        { title: 'HTX Liên Kết', kind: 'cooperative', website, _status: 'published' },
        'website',
        /không phải là địa chỉ web hợp lệ/,
      )
    }
  })
})

describe('incremental export', () => {
  it('rewrites nothing when nothing changed', async () => {
    const result = await exportSnapshot(payload, { dir, siteUrl: 'https://disan.example.vn' })
    expect(result.changed).toBe(false)
    expect(result.written).toBe(0)
    expect(result.mediaLinked).toBe(0)
  })

  it('rewrites only the edited entry, and removes an unpublished one', async () => {
    const before = (await readSnapshot()).manifest.contentHash
    await payload.update({ collection: 'ocop-products', id: docs.product.id, data: { packaging: 'Hộp 1 chiếc' } })
    const edited = await exportSnapshot(payload, { dir, siteUrl: 'https://disan.example.vn' })
    expect(edited).toMatchObject({ changed: true, written: 1, removed: 0 })
    expect(edited.manifest.contentHash).not.toBe(before)

    await payload.update({ collection: 'relics', id: docs.relic.id, data: { _status: 'draft' } })
    const unpublished = await exportSnapshot(payload, { dir, siteUrl: 'https://disan.example.vn' })
    expect(unpublished.changed).toBe(true)
    expect(await entriesOf('relics')).toEqual([])
    // The route's only remaining stop was the relic: it is gone from the route too.
    const [route] = await entriesOf('routes')
    expect(route?.stops).toEqual([])
  })
})

describe('lexicalToBlocks', () => {
  it('turns headings into h2–h4 and keeps lists', () => {
    expect(
      lexicalToBlocks(
        lexical([
          { type: 'heading', version: 1, tag: 'h1', children: [textNode('A')] },
          { type: 'heading', version: 1, tag: 'h5', children: [textNode('B')] },
          {
            type: 'list',
            version: 1,
            listType: 'number',
            children: [{ type: 'listitem', children: [textNode('một')] }],
          },
          paragraph(textNode('   ')),
        ]),
      ),
    ).toEqual([
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'A' }] },
      { type: 'heading', level: 4, children: [{ type: 'text', text: 'B' }] },
      { type: 'list', ordered: true, items: [[{ type: 'text', text: 'một' }]] },
    ])
    expect(lexicalToBlocks(null)).toBeUndefined()
  })
})
