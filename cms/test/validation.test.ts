/** What entries refuse before anything is written: titles, slugs, coordinates, other rules, every kind. */
import { describe, expect, it } from 'vitest'
import { countEverything, expectCreateRefused, expectRefused } from './payload'
import { payload, product, relic } from './validationWorld'

describe('required Vietnamese title', () => {
  it('refuses an entry without a title and writes nothing', async () => {
    await expectCreateRefused(payload, 'relics', relic({ title: '' }), 'title', /Chưa có tiêu đề tiếng Việt/)
  })

  it('refuses a draft without a title too', async () => {
    await expectCreateRefused(payload, 'craft-villages', { crafts: [{ name: 'Gốm' }] }, 'title', /tiêu đề tiếng Việt/, {
      draft: true,
    })
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

describe('names of a list’s rows, required in Vietnamese only', () => {
  it('refuses a craft without its Vietnamese name, naming the field', async () => {
    await expectCreateRefused(
      payload,
      'craft-villages',
      { title: 'Làng Thiếu Tên Nghề', crafts: [{ name: 'Gốm' }, { name: ' ' }] },
      'crafts.1.name',
      /Chưa có “Tên nghề” bằng tiếng Việt/,
    )
  })

  it('saves an English translation before every row is translated, and keeps the rows’ Vietnamese', async () => {
    const doc = await payload.create({
      collection: 'relics',
      data: relic({ title: 'Đình Nhiều Điểm', sites: [{ name: 'Điểm Thượng' }, { name: 'Điểm Hạ' }] }),
    })
    // Only the title in English: the sites have no English names yet (Payload's `required` refused this).
    await payload.update({
      collection: 'relics',
      id: doc.id,
      locale: 'en',
      data: { title: 'Nhiều Điểm communal house' },
    })
    const all = await payload.findByID({ collection: 'relics', id: doc.id, locale: 'all', depth: 0 })
    expect(all.title).toEqual({ vi: 'Đình Nhiều Điểm', en: 'Nhiều Điểm communal house' })
    expect(all.sites?.map((site) => site.name)).toEqual([{ vi: 'Điểm Thượng' }, { vi: 'Điểm Hạ' }])
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
    const message = await expectCreateRefused(
      payload,
      'relics',
      relic({ title: 'Đình Trùng Tên' }),
      'slug',
      /đã được dùng/,
    )
    expect(message).toContain('Đình Trùng Tên')
  })

  it('refuses a clash with a draft as well', async () => {
    await payload.create({ collection: 'relics', draft: true, data: relic({ title: 'Đình Bản Nháp' }) })
    await expectCreateRefused(
      payload,
      'relics',
      relic({ title: 'Đình Bản Nháp' }),
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
  it.each([
    [
      'refuses a point outside Vietnam with the accepted ranges',
      'Đình Paris',
      { lat: 48.85, lng: 2.35 },
      /nằm ngoài Việt Nam.*8\.1–23\.4°N/,
    ],
    ['spots swapped latitude and longitude', 'Đình Đảo', { lat: 105.96, lng: 21.06 }, /đảo ngược/],
    ['refuses half a point', 'Đình Nửa', { lat: 21.06 }, /cả vĩ độ và kinh độ/],
  ])('%s', async (_, title, location, message) => {
    await expectCreateRefused(payload, 'relics', relic({ title, location }), 'location.lat', message)
  })

  it('checks points of cluster sites and protection-zone polygons', async () => {
    await expectCreateRefused(
      payload,
      'relics',
      relic({ title: 'Cụm Ngoài', sites: [{ name: 'Điểm 1', location: { lat: 13.75, lng: 100.5 } }] }),
      'sites.0.location.lat',
      /ngoài Việt Nam/,
    )
    await expectCreateRefused(
      payload,
      'relics',
      relic({
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
    await expectCreateRefused(
      payload,
      'admin-units',
      { name: 'Xã Mồ Côi', level: 'commune' },
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
    await expectCreateRefused(payload, collection, minimal(collection, ''), 'title', /tiêu đề tiếng Việt/)
    await expectCreateRefused(
      payload,
      collection,
      { ...minimal(collection, `Mục ${collection}`), location: { lat: 35.68, lng: 139.69 } },
      'location.lat',
      /ngoài Việt Nam/,
    )
    const ok = await payload.create({ collection, data: minimal(collection, `Mục hợp lệ ${collection}`) as never })
    expect(ok.slug).toBe(`muc-hop-le-${collection}`)
  })

  it('routes refuse a missing title and fewer than two stops', async () => {
    await expectCreateRefused(payload, 'routes', { title: '', stops: [] }, 'title', /tiêu đề tiếng Việt/)
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
