import { type Commune, ENTRY_KINDS, entry as entrySchema, type Image, type Ref } from '@heritage/contract'
import { describe, expect, it } from 'vitest'
import { audioOf, imageOf, type MediaFiles, modelOf, type Projected } from '../src/snapshot/media'
import {
  artisanEntry,
  batchEntry,
  craftVillageEntry,
  intangibleHeritageEntry,
  type Lookups,
  ocopProductEntry,
  PROJECTIONS,
  producerEntry,
  relicEntry,
  routeEntry,
} from '../src/snapshot/projections'
import type {
  StoredArtisan,
  StoredAudio,
  StoredBatch,
  StoredMedia,
  StoredModel,
  StoredProducer,
  StoredRelic,
} from '../src/snapshot/records'

/**
 * The projections are pure: a stored record (as the export reads it, every locale at once) and the
 * lookups in, the public entry out. No Payload here: plain objects, and the strict schema to check
 * that what comes out is a valid entry.
 */
const HASH = 'a'.repeat(64)
const STAMP = '2026-01-02T03:04:05.000Z'
const COMMUNE: Commune = { id: '7', name: { vi: 'Phường Phù Đổng', en: 'Phu Dong Ward' }, province: { vi: 'Hà Nội' } }
const IMAGE: Projected<Image> = {
  id: '3',
  alt: { vi: 'Cổng đền' },
  width: 1200,
  height: 800,
  placeholder: 'data:image/webp;base64,AAAA',
  color: '#808080',
  versions: [{ format: 'webp', width: 1200, height: 800, bytes: 1000, file: `${HASH}/1200.webp` }],
  cards: [],
}

/** Public: relics 1, intangible heritage 2, craft village 5, producer 6, OCOP product 8. */
const PUBLIC = new Set(['relics:1', 'intangible-heritage:2', 'craft-villages:5', 'producers:6', 'ocop-products:8'])
const lookups = (): Lookups => ({
  commune: (value) => (value === 7 ? COMMUNE : undefined),
  ref: (kind, value): Ref | undefined =>
    PUBLIC.has(`${kind}:${String(value)}`) ? { kind, id: String(value) } : undefined,
  artisansOf: (villageId) => (villageId === '5' ? [{ kind: 'artisans', id: '4' }] : []),
  media: {
    images: new Map([['3', IMAGE]]),
    zoomed: new Map(),
    panoramas: new Map(),
    models: new Map(),
    audio: new Map(),
  },
  locales: ['vi', 'en', 'ko', 'zh-Hans', 'ja'],
})

/** What every stored entry has, including what must never leave the CMS. */
const page = (id: number) => ({
  id,
  title: { vi: 'Đền Phù Đổng', en: 'Phu Dong Temple' },
  summary: { vi: 'Nơi thờ Thánh Gióng.' },
  body: null,
  gallery: [3, 99],
  slug: 'den-phu-dong',
  code: 'A1B2C3',
  sources: [
    { citation: 'Sách cũ', url: 'javascript:alert(1)', note: { en: 'An old book' } },
    { citation: 'Trang web', url: 'https://example.vn/a' },
  ],
  location: { lat: 21.03, lng: 105.85 },
  commune: 7,
  formerAddress: { commune: 'Xã cũ', district: 'Huyện cũ' },
  review: { state: 'published' as const, comment: 'Duyệt rồi, gọi anh Nam 0912 345 678' },
  internalNotes: 'Chủ nhà không muốn công khai số điện thoại',
  updatedAt: STAMP,
  createdAt: STAMP,
  _status: 'published' as const,
})

const PRIVATE = ['internalNotes', 'review', 'formerAddress', '_status', 'createdAt', 'contact', 'contactPhone', 'score']
/** The entry is valid for the site, and nothing private came along (at any depth). */
function expectPublic(value: unknown) {
  const parsed = entrySchema.parse(value)
  const text = JSON.stringify(parsed)
  for (const field of PRIVATE) expect(text).not.toContain(`"${field}"`)
  expect(text).not.toContain('0912')
  expect(text).not.toContain('Chủ nhà')
  return parsed
}

describe('snapshot projections', () => {
  it('has one projection per entry kind', () => {
    expect(Object.keys(PROJECTIONS).sort()).toEqual([...ENTRY_KINDS].sort())
  })

  it('projects a relic: public fields, every locale, only web links and public references', () => {
    const relic: StoredRelic = {
      ...page(1),
      rank: 'national',
      types: ['historical'],
      rankingDecision: { number: '123/QĐ', date: null, datePrecision: 'year', issuer: { vi: 'Bộ Văn hóa' } },
      sites: [{ name: { vi: 'Đền Thượng' }, location: { lat: 21.04, lng: 105.86 }, commune: 7 }, { name: { en: 'x' } }],
      festivals: [2, 9],
      openingHours: { vi: '', en: null },
    }
    const out = relicEntry(relic, lookups())
    const parsed = expectPublic(out)
    expect(out).toMatchObject({
      kind: 'relics',
      id: '1',
      title: { vi: 'Đền Phù Đổng', en: 'Phu Dong Temple' },
      summary: { vi: 'Nơi thờ Thánh Gióng.' },
      body: {},
      gallery: [IMAGE],
      sources: [
        { citation: 'Sách cũ', note: { en: 'An old book' } },
        { citation: 'Trang web', url: 'https://example.vn/a' },
      ],
      location: { lat: 21.03, lng: 105.85 },
      commune: COMMUNE,
      panoramas: [],
      models: [],
      audioGuides: [],
      // A date precision without a date says nothing.
      rankingDecision: { number: '123/QĐ', issuer: { vi: 'Bộ Văn hóa' } },
      sites: [{ name: { vi: 'Đền Thượng' }, location: { lat: 21.04, lng: 105.86 }, commune: COMMUNE }],
      protectionZones: [],
      festivals: [{ kind: 'intangible-heritage', id: '2' }],
    })
    expect(out).not.toHaveProperty('openingHours')
    expect(parsed.kind).toBe('relics')
  })

  it('falls back to the slug for a title and to nothing for an absent place', () => {
    const relic: StoredRelic = { ...page(1), title: null, location: {}, commune: 99, rank: 'national', types: [] }
    const out = relicEntry(relic, lookups())
    expect(out.title).toEqual({ vi: 'den-phu-dong' })
    expect(out).not.toHaveProperty('location')
    expect(out).not.toHaveProperty('commune')
  })

  it('projects intangible heritage with its festival dates and communities', () => {
    const out = intangibleHeritageEntry(
      {
        ...page(2),
        type: 'festivals',
        inscriptionYear: 2010,
        communities: [{ name: { vi: 'Làng Phù Đổng' }, commune: 7 }, { name: null }],
        festivalDates: [{ lunarDay: 9, lunarMonth: 4, note: { vi: 'Chính hội' } }],
      },
      lookups(),
    )
    expectPublic(out)
    expect(out).toMatchObject({
      type: 'festivals',
      inscriptionYear: 2010,
      communities: [{ name: { vi: 'Làng Phù Đổng' }, commune: COMMUNE }],
      festivalDates: [{ lunarDay: 9, lunarMonth: 4, leapMonth: false, durationDays: 1, note: { vi: 'Chính hội' } }],
    })
  })

  it('lists a craft village with its public artisans', () => {
    const out = craftVillageEntry(
      { ...page(5), crafts: [{ name: { vi: 'Gốm', en: 'Pottery' } }], households: 120, workers: null },
      lookups(),
    )
    expectPublic(out)
    expect(out).toMatchObject({
      crafts: [{ vi: 'Gốm', en: 'Pottery' }],
      households: 120,
      artisans: [{ kind: 'artisans', id: '4' }],
    })
    expect(out).not.toHaveProperty('workers')
  })

  it('projects an artisan without their phone, with their portrait and their public village', () => {
    const artisan: StoredArtisan = {
      ...page(4),
      honour: null,
      crafts: [{ name: { vi: 'Gốm' } }],
      craftVillage: 5,
      portrait: 3,
      contactPhone: '0912 345 678',
    }
    const out = artisanEntry(artisan, lookups())
    expectPublic(out)
    expect(out).toMatchObject({ honour: 'none', craftVillage: { kind: 'craft-villages', id: '5' }, portrait: IMAGE })
    expect(artisanEntry({ ...artisan, craftVillage: 12 }, lookups())).not.toHaveProperty('craftVillage')
  })

  it('keeps only the stops of a route that lead to public entries', () => {
    const out = routeEntry(
      {
        ...page(10),
        stops: [
          { place: { relationTo: 'relics', value: 1 }, minutes: 30, note: { vi: 'Dừng chân' } },
          { place: { relationTo: 'artisans', value: 44 } },
        ],
        distanceKm: 12.5,
      },
      lookups(),
    )
    expectPublic(out)
    expect(out.stops).toEqual([{ place: { kind: 'relics', id: '1' }, minutes: 30, note: { vi: 'Dừng chân' } }])
    expect(out).toMatchObject({ distanceKm: 12.5 })
    expect(out).not.toHaveProperty('location')
  })

  it('projects an OCOP product without its score, its certificate only when there is one', () => {
    const product = {
      ...page(8),
      group: 'food' as const,
      producer: 6,
      score: 72,
      stars: '4' as const,
      gtin: '08930000000012',
    }
    const out = ocopProductEntry(product, lookups())
    expectPublic(out)
    expect(out).toMatchObject({ group: 'food', producer: { kind: 'producers', id: '6' }, stars: '4' })
    expect(out).not.toHaveProperty('certificate')
    const certified = ocopProductEntry(
      { ...product, certificate: { number: 'OCOP-1', level: 'provincial' } },
      lookups(),
    )
    expect(certified.certificate).toEqual({ number: 'OCOP-1', level: 'provincial' })
  })

  it('projects a producer without its contact, and only a web address for a website', () => {
    const producer: StoredProducer = {
      ...page(6),
      kind: 'cooperative',
      address: 'Thôn Đông',
      website: 'htx.vn',
      contact: { person: 'Anh Nam', phone: '0912 345 678', email: 'nam@htx.vn' },
    }
    const out = producerEntry(producer, lookups())
    expectPublic(out)
    expect(out).toMatchObject({ producerKind: 'cooperative', address: 'Thôn Đông' })
    expect(out).not.toHaveProperty('website')
    expect(JSON.stringify(out)).not.toContain('nam@htx.vn')
    expect(producerEntry({ ...producer, website: 'https://htx.vn' }, lookups())).toMatchObject({
      website: 'https://htx.vn',
    })
  })

  it('projects a batch for its traceability page, without internal notes', () => {
    const batch: StoredBatch = {
      id: 20,
      lotCode: 'L2026-01',
      product: 8,
      code: 'B1C2D3',
      productionDate: '2026-01-01T00:00:00.000Z',
      quantity: { amount: null, unit: null },
      rawMaterials: [
        { material: { vi: 'Gạo' }, origin: { vi: 'Thái Bình' }, commune: 7 },
        { material: { vi: 'Men' }, origin: null },
      ],
      testReports: [{ laboratory: 'Quatest 1', result: { vi: 'Đạt' } }],
      internalNotes: 'Lô này bị khiếu nại',
      updatedAt: STAMP,
      createdAt: STAMP,
    }
    const out = batchEntry(batch, lookups())
    expectPublic(out)
    expect(out).toEqual({
      kind: 'batches',
      id: '20',
      code: 'B1C2D3',
      updatedAt: STAMP,
      lotCode: 'L2026-01',
      product: { kind: 'ocop-products', id: '8' },
      productionDate: '2026-01-01T00:00:00.000Z',
      rawMaterials: [{ material: { vi: 'Gạo' }, origin: { vi: 'Thái Bình' }, commune: COMMUNE }],
      testReports: [{ laboratory: 'Quatest 1', result: { vi: 'Đạt' }, passed: true }],
    })
    // The schema names what is wrong with a batch of an unpublished product (it has no `product`).
    expect(entrySchema.safeParse(batchEntry({ ...batch, product: 3 }, lookups())).success).toBe(false)
  })
})

/** Files named by the media projections, as the collector would (without a disk). */
function fakeFiles() {
  const named: string[] = []
  const files: MediaFiles = {
    derivative: (file) => {
      named.push(file)
      return file
    },
    audio: async (filename) => (filename === 'missing.wav' ? null : { file: `audio/${'b'.repeat(32)}.wav`, bytes: 42 }),
  }
  return { named, files }
}

describe('snapshot media projections', () => {
  const photo: StoredMedia = {
    id: 3,
    alt: { vi: 'Cổng đền', en: 'Temple gate' },
    caption: { vi: 'Mùa hội' },
    credit: null,
    license: 'CC BY 4.0',
    width: 1200,
    height: 800,
    placeholder: 'data:image/webp;base64,AAAA',
    derivatives: [{ format: 'webp', width: 1200, height: 800, bytes: 1000, file: `${HASH}/1200.webp` }],
    cardDerivatives: [{ format: 'jpeg', width: 400, height: 300, bytes: 300, file: `${HASH}/card-400.jpg` }],
    photo: { gpsLat: 21.0301, gpsLng: 105.8502, camera: 'Canon EOS' },
    filename: 'IMG_0001.JPG',
    uploadedBy: 2,
    updatedAt: STAMP,
    createdAt: STAMP,
  }

  it('publishes the web versions of a photo, never its original, EXIF or uploader', () => {
    const { named, files } = fakeFiles()
    const image = imageOf(photo, files)
    expect(image).toEqual({
      id: '3',
      alt: { vi: 'Cổng đền', en: 'Temple gate' },
      caption: { vi: 'Mùa hội' },
      license: 'CC BY 4.0',
      width: 1200,
      height: 800,
      placeholder: 'data:image/webp;base64,AAAA',
      color: '#808080',
      versions: [{ format: 'webp', width: 1200, height: 800, bytes: 1000, file: `${HASH}/1200.webp` }],
      cards: [{ format: 'jpeg', width: 400, height: 300, bytes: 300, file: `${HASH}/card-400.jpg` }],
    })
    expect(named).toEqual([`${HASH}/1200.webp`, `${HASH}/card-400.jpg`])
    expect(JSON.stringify(image)).not.toMatch(/gps|Canon|IMG_0001|uploadedBy/)
    // Without an alt text (or without web versions) a photo is not published.
    expect(imageOf({ ...photo, alt: { en: 'Gate' } }, files)).toBeUndefined()
    expect(imageOf({ ...photo, derivatives: null }, files)).toBeUndefined()
  })

  it('publishes a 3D model with its poster, and not a scan that failed validation', () => {
    const { files } = fakeFiles()
    const model: StoredModel = {
      id: 11,
      title: { vi: 'Tượng' },
      poster: 3,
      optimised: { file: `${HASH}/model.glb` },
      report: { triangles: 5000, bytesAfter: 2048, warnings: ['internal'] },
      updatedAt: STAMP,
      createdAt: STAMP,
    }
    expect(modelOf(model, files, new Map([['3', IMAGE]]))).toEqual({
      id: '11',
      title: { vi: 'Tượng' },
      file: `${HASH}/model.glb`,
      bytes: 2048,
      triangles: 5000,
      poster: IMAGE,
    })
    expect(modelOf({ ...model, optimised: {} }, files, new Map())).toBeUndefined()
  })

  it('publishes an audio guide named by its content, and not one whose file is missing', async () => {
    const { files } = fakeFiles()
    const guide: StoredAudio = {
      id: 12,
      title: { vi: 'Thuyết minh' },
      language: 'vi',
      transcript: { vi: 'Xin chào' },
      durationSeconds: 61.5,
      filename: 'guide.wav',
      mimeType: 'audio/wav',
      uploadedBy: 2,
      updatedAt: STAMP,
      createdAt: STAMP,
    }
    expect(await audioOf(guide, files)).toEqual({
      id: '12',
      title: { vi: 'Thuyết minh' },
      language: 'vi',
      transcript: { vi: 'Xin chào' },
      durationSeconds: 61.5,
      file: `audio/${'b'.repeat(32)}.wav`,
      mimeType: 'audio/wav',
      bytes: 42,
    })
    expect(await audioOf({ ...guide, filename: 'missing.wav' }, files)).toBeUndefined()
  })
})
