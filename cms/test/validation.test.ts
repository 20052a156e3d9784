import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { OcopProduct, Producer } from '../src/payload-types'
import { bootPayload, countEverything, expectRefused } from './payload'

let payload: Payload
let producer: Producer

const relic = (extra: Record<string, unknown> = {}) => ({
  title: 'Đình Kim Quy',
  rank: 'provincial' as const,
  types: ['historical' as const],
  ...extra,
})

beforeAll(async () => {
  payload = await bootPayload()
  producer = await payload.create({
    collection: 'producers',
    data: { title: 'HTX Gốm Ví Dụ', kind: 'cooperative', _status: 'published' },
  })
})

const product = (extra: Partial<OcopProduct> = {}) =>
  ({
    title: 'Bình gốm men lam',
    group: 'handicrafts',
    producer: producer.id,
    ...extra,
  }) as OcopProduct

describe('required Vietnamese title', () => {
  it('refuses an entry without a title and writes nothing', async () => {
    await expectRefused(
      payload,
      'relics',
      () => payload.create({ collection: 'relics', data: relic({ title: '' }) }),
      'title',
      /Chưa có tiêu đề tiếng Việt/,
    )
  })

  it('refuses a draft without a title too', async () => {
    await expectRefused(
      payload,
      'craft-villages',
      () => payload.create({ collection: 'craft-villages', draft: true, data: { crafts: [{ name: 'Gốm' }] } as never }),
      'title',
      /tiêu đề tiếng Việt/,
    )
  })

  it('lets the English title fall back to the Vietnamese one', async () => {
    const doc = await payload.create({ collection: 'relics', data: relic({ title: 'Đình Tiêu Đề' }) })
    await payload.update({ collection: 'relics', id: doc.id, locale: 'en', data: { title: '' } })
    const english = await payload.findByID({ collection: 'relics', id: doc.id, locale: 'en' })
    expect(english.title).toBe('Đình Tiêu Đề')
  })

  it('refuses emptying the Vietnamese title of an existing entry', async () => {
    const doc = await payload.create({ collection: 'relics', data: relic({ title: 'Đình Giữ Tên' }) })
    await expectRefused(
      payload,
      'relics',
      () => payload.update({ collection: 'relics', id: doc.id, data: { title: ' ' } }),
      'title',
      /tiêu đề tiếng Việt/,
    )
    expect((await payload.findByID({ collection: 'relics', id: doc.id })).title).toBe('Đình Giữ Tên')
  })
})

describe('slugs', () => {
  it('folds Vietnamese diacritics and đ into the slug', async () => {
    const doc = await payload.create({ collection: 'relics', data: relic({ title: 'Đình Đông Dư Thượng' }) })
    expect(doc.slug).toBe('dinh-dong-du-thuong')
  })

  it('cleans a typed slug', async () => {
    const doc = await payload.create({ collection: 'relics', data: relic({ title: 'Chùa X', slug: 'Chùa Đá Mới!' }) })
    expect(doc.slug).toBe('chua-da-moi')
  })

  it('refuses a slug already used in the collection, naming the other entry', async () => {
    await payload.create({ collection: 'relics', data: relic({ title: 'Đình Trùng Tên' }) })
    const message = await expectRefused(
      payload,
      'relics',
      () => payload.create({ collection: 'relics', data: relic({ title: 'Đình Trùng Tên' }) }),
      'slug',
      /đã được dùng/,
    )
    expect(message).toContain('Đình Trùng Tên')
  })

  it('refuses a clash with a draft as well', async () => {
    await payload.create({ collection: 'relics', draft: true, data: relic({ title: 'Đình Bản Nháp' }) })
    await expectRefused(
      payload,
      'relics',
      () => payload.create({ collection: 'relics', data: relic({ title: 'Đình Bản Nháp' }) }),
      'slug',
      /dinh-ban-nhap.*đã được dùng/,
    )
  })

  it('allows the same slug in different collections and keeps a doc’s own slug on update', async () => {
    const village = await payload.create({
      collection: 'craft-villages',
      data: { title: 'Đình Trùng Tên', crafts: [{ name: 'Mộc' }] } as never,
    })
    expect(village.slug).toBe('dinh-trung-ten')
    const updated = await payload.update({ collection: 'craft-villages', id: village.id, data: { households: 12 } })
    expect(updated.slug).toBe('dinh-trung-ten')
  })
})

describe('coordinates inside Vietnam', () => {
  it('refuses a point outside Vietnam with the accepted ranges', async () => {
    await expectRefused(
      payload,
      'relics',
      () =>
        payload.create({
          collection: 'relics',
          data: relic({ title: 'Đình Paris', location: { lat: 48.85, lng: 2.35 } }),
        }),
      'location.lat',
      /nằm ngoài Việt Nam.*8\.1–23\.4°N/,
    )
  })

  it('spots swapped latitude and longitude', async () => {
    await expectRefused(
      payload,
      'relics',
      () =>
        payload.create({
          collection: 'relics',
          data: relic({ title: 'Đình Đảo', location: { lat: 105.96, lng: 21.06 } }),
        }),
      'location.lat',
      /đảo ngược/,
    )
  })

  it('refuses half a point', async () => {
    await expectRefused(
      payload,
      'relics',
      () => payload.create({ collection: 'relics', data: relic({ title: 'Đình Nửa', location: { lat: 21.06 } }) }),
      'location.lat',
      /cả vĩ độ và kinh độ/,
    )
  })

  it('checks points of cluster sites and protection-zone polygons', async () => {
    await expectRefused(
      payload,
      'relics',
      () =>
        payload.create({
          collection: 'relics',
          data: relic({ title: 'Cụm Ngoài', sites: [{ name: 'Điểm 1', location: { lat: 13.75, lng: 100.5 } }] }),
        }),
      'sites.0.location.lat',
      /ngoài Việt Nam/,
    )
    await expectRefused(
      payload,
      'relics',
      () =>
        payload.create({
          collection: 'relics',
          data: relic({
            title: 'Vùng Hở',
            protectionZones: [
              {
                zone: 'I',
                boundary: {
                  type: 'Polygon',
                  coordinates: [
                    [
                      [105.96, 21.06],
                      [105.97, 21.06],
                      [105.97, 21.07],
                      [105.96, 21.07],
                    ],
                  ],
                },
              },
            ],
          }),
        }),
      'protectionZones.0.boundary',
      /khép kín/,
    )
  })

  it('accepts the mainland and the Trường Sa islands', async () => {
    const hanoi = await payload.create({
      collection: 'relics',
      data: relic({ title: 'Đền Phù Đổng thử', location: { lat: 21.0626, lng: 105.9581 } }),
    })
    expect(hanoi.location).toEqual({ lat: 21.0626, lng: 105.9581 })
    const island = await payload.create({
      collection: 'relics',
      data: relic({ title: 'Chùa Trường Sa thử', location: { lat: 8.6447, lng: 111.9206 } }),
    })
    expect(island.location?.lat).toBe(8.6447)
  })
})

describe('OCOP score and stars', () => {
  it('derives stars and certifying level from the score', async () => {
    const doc = await payload.create({ collection: 'ocop-products', data: product({ title: 'Gốm 91', score: 91 }) })
    expect(doc.stars).toBe('5')
    expect(doc.certificate?.level).toBe('national')
    const four = await payload.create({ collection: 'ocop-products', data: product({ title: 'Gốm 70', score: 70 }) })
    expect(four.stars).toBe('4')
    expect(four.certificate?.level).toBe('provincial')
  })

  it('refuses stars that do not match the score', async () => {
    await expectRefused(
      payload,
      'ocop-products',
      () =>
        payload.create({ collection: 'ocop-products', data: product({ title: 'Gốm lệch', score: 72, stars: '5' }) }),
      'stars',
      /72 điểm tương ứng 4 sao \(70–89 điểm\), không phải 5 sao/,
    )
  })

  it('refuses a score below the 3-star band and one above 100', async () => {
    await expectRefused(
      payload,
      'ocop-products',
      () => payload.create({ collection: 'ocop-products', data: product({ title: 'Gốm 45', score: 45 }) }),
      'stars',
      /không đạt hạng OCOP/,
    )
    await expectRefused(
      payload,
      'ocop-products',
      () => payload.create({ collection: 'ocop-products', data: product({ title: 'Gốm 120', score: 120 }) }),
      'score',
      /thang 0–100/,
    )
  })

  it('refuses a 5-star product certified by the province', async () => {
    await expectRefused(
      payload,
      'ocop-products',
      () =>
        payload.create({
          collection: 'ocop-products',
          data: product({ title: 'Gốm cấp sai', score: 95, certificate: { level: 'provincial' } }),
        }),
      'certificate.level',
      /Trung ương/,
    )
  })
})

describe('OCOP certificate expiry', () => {
  it('is the issue date plus 36 months, whatever was typed', async () => {
    const doc = await payload.create({
      collection: 'ocop-products',
      data: product({
        title: 'Gốm hạn',
        score: 80,
        certificate: { number: 'VD-1', issueDate: '2023-03-15T00:00:00.000Z', expiryDate: '2099-01-01T00:00:00.000Z' },
      }),
    })
    expect(doc.certificate?.expiryDate).toBe('2026-03-15T00:00:00.000Z')
  })

  it('clamps to the end of the month and follows a changed issue date', async () => {
    const doc = await payload.create({
      collection: 'ocop-products',
      data: product({ title: 'Gốm nhuận', score: 60, certificate: { issueDate: '2024-02-29T00:00:00.000Z' } }),
    })
    expect(doc.certificate?.expiryDate).toBe('2027-02-28T00:00:00.000Z')
    const updated = await payload.update({
      collection: 'ocop-products',
      id: doc.id,
      data: { certificate: { issueDate: '2025-07-01T00:00:00.000Z' } },
    })
    expect(updated.certificate?.expiryDate).toBe('2028-07-01T00:00:00.000Z')
  })
})

describe('GTIN', () => {
  it('refuses a wrong check digit with the digit it should be', async () => {
    await expectRefused(
      payload,
      'ocop-products',
      () =>
        payload.create({ collection: 'ocop-products', data: product({ title: 'Gốm mã sai', gtin: '4006381333932' }) }),
      'gtin',
      /sai số kiểm tra: chữ số cuối là 2 nhưng phải là 1/,
    )
  })

  it('refuses letters and wrong lengths', async () => {
    await expectRefused(
      payload,
      'ocop-products',
      () => payload.create({ collection: 'ocop-products', data: product({ title: 'Gốm chữ', gtin: '4006381A33931' }) }),
      'gtin',
      /chỉ được gồm chữ số/,
    )
    await expectRefused(
      payload,
      'ocop-products',
      () => payload.create({ collection: 'ocop-products', data: product({ title: 'Gốm ngắn', gtin: '12345' }) }),
      'gtin',
      /8, 12, 13 hoặc 14/,
    )
  })

  it('stores a valid GTIN-13 as GTIN-14', async () => {
    const doc = await payload.create({
      collection: 'ocop-products',
      data: product({ title: 'Gốm mã đúng', gtin: '400-6381-333931' }),
    })
    expect(doc.gtin).toBe('04006381333931')
  })
})

describe('batches', () => {
  let item: OcopProduct
  beforeAll(async () => {
    item = await payload.create({ collection: 'ocop-products', data: product({ title: 'Gốm có lô', score: 75 }) })
  })

  it('gets a short stable trace code', async () => {
    const batch = await payload.create({
      collection: 'batches',
      data: { lotCode: 'L2026-01', product: item.id, productionDate: '2026-01-10T00:00:00.000Z' },
    })
    expect(batch.code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/)
    const updated = await payload.update({ collection: 'batches', id: batch.id, data: { lotCode: 'L2026-01B' } })
    expect(updated.code).toBe(batch.code)
  })

  it('refuses an expiry before production, a lot with spaces and a duplicate lot', async () => {
    await expectRefused(
      payload,
      'batches',
      () =>
        payload.create({
          collection: 'batches',
          data: {
            lotCode: 'L2',
            product: item.id,
            productionDate: '2026-05-10T00:00:00.000Z',
            expiryDate: '2026-05-01T00:00:00.000Z',
          },
        }),
      'expiryDate',
      /phải sau ngày sản xuất/,
    )
    await expectRefused(
      payload,
      'batches',
      () =>
        payload.create({
          collection: 'batches',
          data: { lotCode: 'lô 3', product: item.id, productionDate: '2026-05-10T00:00:00.000Z' },
        }),
      'lotCode',
      /không có khoảng trắng/,
    )
    await payload.create({
      collection: 'batches',
      data: { lotCode: 'L4', product: item.id, productionDate: '2026-05-10T00:00:00.000Z' },
    })
    await expectRefused(
      payload,
      'batches',
      () =>
        payload.create({
          collection: 'batches',
          data: { lotCode: 'L4', product: item.id, productionDate: '2026-06-10T00:00:00.000Z' },
        }),
      'lotCode',
      /đã có lô "L4"/,
    )
  })
})

describe('other rules', () => {
  it('reads an old 2010 intangible type in the 2024 scheme', async () => {
    const doc = await payload.create({
      collection: 'intangible-heritage',
      data: { title: 'Hát ví dụ', type2010: 'language-script' } as never,
    })
    expect(doc.type).toBe('oral-traditions')
    expect(doc.type2010).toBe('language-script')
  })

  it('refuses a commune without a province', async () => {
    await expectRefused(
      payload,
      'admin-units',
      () => payload.create({ collection: 'admin-units', data: { name: 'Xã Mồ Côi', level: 'commune' } }),
      'parent',
      /phải thuộc một tỉnh/,
    )
  })

  it('refuses a panorama that is not 2:1 and stores no file record', async () => {
    const sharp = (await import('sharp')).default
    const data = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#884422' } })
      .jpeg()
      .toBuffer()
    const before = await countEverything(payload, 'panoramas')
    const error = await payload
      .create({
        collection: 'panoramas',
        data: { title: 'Không phải 360' },
        file: { data, mimetype: 'image/jpeg', name: 'flat.jpg', size: data.length },
      })
      .catch((e: unknown) => e)
    expect(String((error as { data?: { errors?: { message: string }[] } }).data?.errors?.[0]?.message)).toMatch(
      /400×300.*tỉ lệ 2:1/,
    )
    expect(await countEverything(payload, 'panoramas')).toBe(before)
  })
})

describe('every entry collection', () => {
  const minimal = (collection: string, title: string): Record<string, unknown> => {
    switch (collection) {
      case 'relics':
        return relic({ title })
      case 'craft-villages':
        return { title, crafts: [{ name: 'Gốm' }] }
      case 'intangible-heritage':
        return { title, type: 'festivals' }
      case 'ocop-products':
        return { ...product({ title }) }
      case 'producers':
        return { title, kind: 'household' }
      default:
        return { title }
    }
  }
  const located = ['relics', 'intangible-heritage', 'craft-villages', 'artisans', 'ocop-products', 'producers'] as const

  it.each(located)('%s refuses a missing Vietnamese title and a point outside Vietnam', async (collection) => {
    await expectRefused(
      payload,
      collection,
      () => payload.create({ collection, data: minimal(collection, '') as never }),
      'title',
      /tiêu đề tiếng Việt/,
    )
    await expectRefused(
      payload,
      collection,
      () =>
        payload.create({
          collection,
          data: { ...minimal(collection, `Mục ${collection}`), location: { lat: 35.68, lng: 139.69 } } as never,
        }),
      'location.lat',
      /ngoài Việt Nam/,
    )
    const ok = await payload.create({ collection, data: minimal(collection, `Mục hợp lệ ${collection}`) as never })
    expect(ok.slug).toBe(`muc-hop-le-${collection}`)
  })

  it('routes refuse a missing title and fewer than two stops', async () => {
    await expectRefused(
      payload,
      'routes',
      () => payload.create({ collection: 'routes', data: { title: '', stops: [] } as never }),
      'title',
      /tiêu đề tiếng Việt/,
    )
    const village = await payload.create({
      collection: 'craft-villages',
      data: { title: 'Làng một điểm', crafts: [{ name: 'Mây tre' }] } as never,
    })
    const error = await payload
      .create({
        collection: 'routes',
        data: { title: 'Tuyến một điểm', stops: [{ place: { relationTo: 'craft-villages', value: village.id } }] },
      })
      .catch((e: unknown) => e)
    expect(JSON.stringify((error as { data?: unknown }).data)).toContain('"path":"stops"')
  })
})
