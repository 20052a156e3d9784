import { ENTRY_KINDS, type Locale } from '@heritage/contract'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  DEMO_ACCOUNTS,
  DEMO_AUDIO_TITLE,
  DEMO_GTIN,
  DEMO_MODEL_TITLE,
  DEMO_SLUGS,
  type SeedResult,
  seed,
} from '../src/seed'
import { bootPayload } from './payload'
import { scratchFolder } from './scratch'

/** The collections of public entries, as the snapshot lists them. */
const ENTRY_COLLECTIONS = ENTRY_KINDS

const ALL_COLLECTIONS = [...ENTRY_COLLECTIONS, 'media', 'panoramas', 'models', 'audio', 'admin-units', 'users'] as const

let payload: Payload
let first: SeedResult

async function countAll(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const collection of ALL_COLLECTIONS) {
    counts[collection] = (await payload.count({ collection, overrideAccess: true })).totalDocs
  }
  return counts
}

const bySlug = async <S extends 'relics' | 'ocop-products' | 'craft-villages' | 'intangible-heritage'>(
  collection: S,
  slug: string,
  locale: Locale = 'vi',
) => {
  const { docs } = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    locale,
    fallbackLocale: false,
    draft: true,
    limit: 1,
    overrideAccess: true,
  })
  return docs[0]
}

/** Ids in a relationship field read with depth 0. */
const ids = (value: unknown): number[] =>
  Array.isArray(value) ? value.map((item) => Number(typeof item === 'object' && item ? item.id : item)) : []

/** The demo's generated model or audio guide, found by its Vietnamese title. */
const findByTitle = async <S extends 'models' | 'audio'>(collection: S, title: string) =>
  (
    await payload.find({
      collection,
      where: { title: { equals: title } },
      locale: 'vi',
      depth: 0,
      limit: 1,
      overrideAccess: true,
    })
  ).docs[0]
/** A file the seed generated: there, of its type, and within its size budget. */
function expectGenerated(
  upload: { mimeType?: string | null; filesize?: number | null } | undefined,
  mimeType: string,
  maxBytes: number,
) {
  expect(upload).toBeDefined()
  expect(upload?.mimeType).toBe(mimeType)
  expect(upload?.filesize).toBeLessThan(maxBytes)
}

const findModel = () => findByTitle('models', DEMO_MODEL_TITLE.vi)
const findAudio = () => findByTitle('audio', DEMO_AUDIO_TITLE.vi)

// Uploaded originals go to a throwaway folder, not the developer's cms/data.
const uploads = scratchFolder('heritage-seed-')

beforeAll(async () => {
  process.env.DATA_DIR = uploads()
  payload = await bootPayload()
  first = await seed(payload)
  // The whole demo with its generated media: about 40 s on an idle 2-core machine, twice that when busy.
}, 300_000)

describe('seed on an empty database', () => {
  it('creates at least 20 entries, with every kind represented', async () => {
    expect(first.created).toBe(true)
    const counts = await countAll()
    const entries = ENTRY_COLLECTIONS.reduce((sum, c) => sum + (counts[c] ?? 0), 0)
    expect(entries).toBeGreaterThanOrEqual(20)
    for (const collection of ALL_COLLECTIONS) expect(counts[collection], collection).toBeGreaterThan(0)
    expect(first.counts).toMatchObject(counts)
  })

  it('leaves exactly one relic as a draft', async () => {
    const drafts = await payload.count({ collection: 'relics', where: { _status: { equals: 'draft' } } })
    expect(drafts.totalDocs).toBe(1)
    const draft = await bySlug('relics', DEMO_SLUGS.draftRelic)
    expect(draft?._status).toBe('draft')
  })

  it('stores the demo GTIN as a valid GTIN-14 with the GS1 demonstration prefix', async () => {
    const product = await bySlug('ocop-products', DEMO_SLUGS.gtinProduct)
    expect(product?.gtin).toMatch(/^\d{14}$/)
    expect(product?.gtin).toBe(DEMO_GTIN)
    expect(product?.gtin?.slice(1, 4)).toBe('952')
  })

  it('has one product whose certificate has expired', async () => {
    const product = await bySlug('ocop-products', DEMO_SLUGS.expiredProduct)
    const expiry = product?.certificate?.expiryDate
    expect(expiry).toBeTruthy()
    expect(new Date(expiry as string).getTime()).toBeLessThan(Date.now())
  })

  it('keeps stars, score and certifying level consistent', async () => {
    const { docs } = await payload.find({ collection: 'ocop-products', limit: 100, depth: 0 })
    for (const product of docs) {
      const band = product.stars === '5' ? [90, 100] : product.stars === '4' ? [70, 89] : [50, 69]
      expect(product.score).toBeGreaterThanOrEqual(band[0] as number)
      expect(product.score).toBeLessThanOrEqual(band[1] as number)
      expect(product.certificate?.level).toBe(product.stars === '5' ? 'national' : 'provincial')
    }
  })

  it('writes Vietnamese and English without one overwriting the other', async () => {
    const vi = await bySlug('relics', DEMO_SLUGS.phuDongRelic, 'vi')
    const en = await bySlug('relics', DEMO_SLUGS.phuDongRelic, 'en')
    expect(vi?.title).toMatch(/^Đền Phù Đổng/)
    expect(en?.title).toMatch(/^Phù Đổng Temple/)
    expect(en?.slug).toBe(DEMO_SLUGS.phuDongRelic)
    expect(vi?.sites?.map((s) => s.name)).toContain('Miếu Ban')
    expect(en?.sites?.map((s) => s.name)).toContain('Ban shrine')
    expect(vi?.sources?.length).toBe(en?.sources?.length)
  })

  it('writes Korean, Chinese and Japanese texts (rows too) without touching Vietnamese and English', async () => {
    const [vi, en, ko, zh, ja] = await Promise.all(
      (['vi', 'en', 'ko', 'zh-Hans', 'ja'] as const).map((l) => bySlug('relics', DEMO_SLUGS.phuDongRelic, l)),
    )
    expect(vi?.title).toMatch(/^Đền Phù Đổng/)
    expect(en?.title).toMatch(/^Phù Đổng Temple/)
    expect(zh?.title).toMatch(/^扶董祠/)
    expect(ko?.title).toMatch(/^푸동 사당/)
    expect(ja?.title).toMatch(/^フードン祠/)
    expect(vi?.sites?.map((s) => s.name)).toEqual([
      'Đền Thượng (đền Phù Đổng Thiên Vương)',
      'Đền Hạ (đền Mẫu)',
      'Miếu Ban',
    ])
    expect(en?.sites?.map((s) => s.name)).toContain('Ban shrine')
    expect(zh?.sites?.map((s) => s.name)).toContain('班庙')
    // The rows are the same rows, with their communes.
    const rows = (doc: typeof vi) => doc?.sites?.map((s) => [s.id, ids([s.commune])])
    expect(rows(zh)).toEqual(rows(vi))
    expect(ja?.body).toBeTruthy()
    // One entry is left without Japanese on purpose: it has English (and Korean) to fall back on.
    const craft = (l: Locale) => bySlug('intangible-heritage', 'nghe-dat-vang-bac-quy-kieu-ky', l)
    expect((await craft('ja'))?.title).toBeFalsy()
    expect((await craft('en'))?.title).toBe('Gold and silver leaf beating of Kiêu Kỵ')
    expect((await craft('ko'))?.title).toBeTruthy()
  })

  it('uploads a generated 3D model that passes validation and is attached to the pottery village', async () => {
    const model = await findModel()
    expectGenerated(model, 'model/gltf-binary', 300 * 1024)
    expect(model?.license).toBe('CC0 1.0')
    expect(model?.poster).toEqual(expect.any(Number))
    expect(typeof model?.optimised?.file).toBe('string')
    const report = model?.report as { validation: { errors: number }; triangles: number }
    expect(report.validation.errors).toBe(0)
    expect(report.triangles).toBeGreaterThan(1000)
    const all = await payload.findByID({ collection: 'models', id: model?.id as number, locale: 'all', depth: 0 })
    expect(all.title).toMatchObject({ vi: DEMO_MODEL_TITLE.vi, en: DEMO_MODEL_TITLE.en })

    const village = await bySlug('craft-villages', DEMO_SLUGS.batTrangVillage)
    expect(ids(village?.models)).toEqual([model?.id])
  })

  it('uploads a generated audio guide with a transcript in both languages, attached to Phù Đổng temple', async () => {
    const audio = await findAudio()
    expectGenerated(audio, 'audio/wav', 200 * 1024)
    expect(audio?.language).toBe('vi')
    expect(audio?.durationSeconds).toBeGreaterThanOrEqual(4)
    const all = (await payload.findByID({
      collection: 'audio',
      id: audio?.id as number,
      locale: 'all',
      depth: 0,
    })) as unknown as { title: Record<string, string>; transcript: Record<string, string> }
    expect(all.title).toMatchObject({ vi: DEMO_AUDIO_TITLE.vi, en: DEMO_AUDIO_TITLE.en })
    expect(all.transcript.vi).toMatch(/Thánh Gióng/)
    expect(all.transcript.en).toMatch(/Saint Gióng/)

    const relic = await bySlug('relics', DEMO_SLUGS.phuDongRelic)
    expect(ids(relic?.audioGuides)).toEqual([audio?.id])
  })

  it('creates the demo accounts with their roles', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const { docs } = await payload.find({ collection: 'users', where: { email: { equals: account.email } } })
      expect(docs[0]?.roles).toEqual([account.role])
    }
  })

  it('links route stops across kinds, in order', async () => {
    const { docs } = await payload.find({ collection: 'routes', depth: 0, limit: 10 })
    const kinds = new Set(docs.flatMap((r) => r.stops.map((s) => s.place.relationTo)))
    expect(kinds).toEqual(new Set(['relics', 'intangible-heritage', 'craft-villages', 'artisans', 'ocop-products']))
  })
})

describe('seed run a second time', () => {
  it('creates nothing and leaves every count unchanged', async () => {
    const before = await countAll()
    const versionsBefore = (await payload.countVersions({ collection: 'relics' })).totalDocs
    const second = await seed(payload)
    expect(second.created).toBe(false)
    expect(await countAll()).toEqual(before)
    expect((await payload.countVersions({ collection: 'relics' })).totalDocs).toBe(versionsBefore)
  })

  it('completes a partially seeded database without duplicating anything', async () => {
    const complete = await countAll()
    await payload.delete({ collection: 'routes', where: { slug: { equals: 'nua-ngay-o-bat-trang' } } })
    await payload.delete({ collection: 'users', where: { email: { equals: 'chuthe@example.vn' } } })
    const kienSo = await bySlug('relics', 'chua-kien-so')
    // As if a run had stopped between the Vietnamese create and the English update.
    await payload.update({ collection: 'relics', id: kienSo?.id as number, locale: 'en', data: { title: null } })
    expect((await bySlug('relics', 'chua-kien-so', 'en'))?.title).toBeFalsy()

    const again = await seed(payload)
    expect(again.counts).toEqual({ routes: 1, users: 1 })
    expect(await countAll()).toEqual(complete)
    expect((await bySlug('relics', 'chua-kien-so', 'en'))?.title).toBe('Kiến Sơ Pagoda')
    expect((await bySlug('relics', 'chua-kien-so', 'vi'))?.title).toBe('Chùa Kiến Sơ')
  })

  it('attaches a newly created model and audio guide to entries seeded before them', async () => {
    const complete = await countAll()
    // As if the database had been seeded before the model and the audio guide were added to the seed.
    await payload.delete({ collection: 'models', id: (await findModel())?.id as number })
    await payload.delete({ collection: 'audio', id: (await findAudio())?.id as number })
    expect((await bySlug('craft-villages', DEMO_SLUGS.batTrangVillage))?.models ?? []).toEqual([])
    expect((await bySlug('relics', DEMO_SLUGS.phuDongRelic))?.audioGuides ?? []).toEqual([])

    const again = await seed(payload)
    expect(again.counts).toEqual({ models: 1, audio: 1 })
    expect(await countAll()).toEqual(complete)
    const village = await bySlug('craft-villages', DEMO_SLUGS.batTrangVillage)
    const relic = await bySlug('relics', DEMO_SLUGS.phuDongRelic)
    expect(ids(village?.models)).toEqual([(await findModel())?.id])
    expect(ids(relic?.audioGuides)).toEqual([(await findAudio())?.id])
    expect(relic?._status).toBe('published')
    // The English variant of the entry is untouched.
    expect((await bySlug('relics', DEMO_SLUGS.phuDongRelic, 'en'))?.title).toMatch(/^Phù Đổng Temple/)

    expect((await seed(payload)).created).toBe(false)
  })
})
