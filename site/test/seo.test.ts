import { beforeAll, describe, expect, inject, it } from 'vitest'
import { loadSnapshot, type Snapshot } from '../src/data/snapshot.ts'
import { allPages } from '../src/routing.ts'
import { batchJsonLd, entryJsonLd } from '../src/utils/jsonld.ts'
import { inSitemap, lastModified, sitemapXml } from '../src/utils/sitemap.ts'

const site = new URL('https://disan.example.vn')
let data: Snapshot

beforeAll(() => {
  data = loadSnapshot(inject('snapshotDir'))
})

describe('sitemap.xml', () => {
  it('lists every canonical page but no alias, batch or search page, each with its hreflang alternates', () => {
    const pages = allPages(data)
    const xml = sitemapXml(pages, site, (page) => lastModified(page, data))
    const urls = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1] ?? '')
    expect(urls).toHaveLength(pages.filter(inSitemap).length)
    const locs = urls.map((u) => /<loc>([^<]+)<\/loc>/.exec(u)?.[1] ?? '')
    expect(locs).toContain('https://disan.example.vn/di-tich/dinh-bat-trang/')
    expect(locs).toContain('https://disan.example.vn/en/relics/dinh-bat-trang/')
    for (const loc of locs) expect(new URL(loc).pathname).not.toMatch(/^\/(en\/)?(p|t|01|tim-kiem|search)\//)
    for (const url of urls) {
      expect(url).toMatch(/<xhtml:link rel="alternate" hreflang="vi" href="https:\/\/disan\.example\.vn\/[^"]*"\/>/)
      expect(url).toMatch(/<xhtml:link rel="alternate" hreflang="en" href="https:\/\/disan\.example\.vn\/en\/[^"]*"\/>/)
      expect(url).toContain('hreflang="x-default"')
      expect(url).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}T[^<]+<\/lastmod>/)
    }
  })

  it('dates a list by the newest entry of its kind, the festival calendar by the newest festival, the rest by the newest entry', () => {
    const newest = (dates: string[]) => [...dates].sort().at(-1)
    const pages = allPages(data)
    const checked = new Set<string>()
    for (const page of pages) {
      const view = page.view
      const expected =
        view.type === 'entry'
          ? view.entry.updatedAt
          : view.type === 'list'
            ? newest(data.byKind(view.kind).map((e) => e.updatedAt))
            : view.type === 'festivals'
              ? newest(data.byKind('intangible-heritage').map((e) => e.updatedAt))
              : view.type === 'batch'
                ? undefined
                : newest(data.all.filter((e) => e.kind !== 'batches').map((e) => e.updatedAt))
      if (expected === undefined) continue
      expect(lastModified(page, data), page.path).toBe(expected)
      checked.add(view.type)
    }
    expect([...checked].sort()).toEqual(expect.arrayContaining(['entry', 'festivals', 'home', 'list']))
    // Kinds are dated apart: the demo's lists do not all share one date.
    const lists = new Set(pages.filter((p) => p.view.type === 'list').map((p) => lastModified(p, data)))
    expect(lists.size).toBeGreaterThan(1)
  })

  it('dates the pages of each snapshot by that snapshot (a newer edit moves the date)', () => {
    const later = loadSnapshot(inject('snapshotDir'))
    const relics = later.byKind('relics')
    const first = relics[0]
    if (!first) throw new Error('the demo snapshot has no relic')
    const list = allPages(later).find((p) => p.view.type === 'list' && p.view.kind === 'relics')
    if (!list) throw new Error('no list of relics')
    const before = lastModified(list, data)
    first.updatedAt = '2099-01-01T00:00:00.000Z'
    expect(lastModified(list, later)).toBe('2099-01-01T00:00:00.000Z')
    expect(lastModified(list, data)).toBe(before)
  })
})

describe('JSON-LD', () => {
  const relic = () => data.byKind('relics').find((r) => r.location)
  const productWithGtin = () => data.byKind('ocop-products').find((p) => p.gtin)

  it('describes a relic as a tourist attraction and historic building with coordinates and address', () => {
    const entry = relic()
    if (!entry) throw new Error('the demo snapshot has no located relic')
    const ld = entryJsonLd(entry, 'en', site, data) as Record<string, unknown>
    expect(ld['@type']).toEqual(['TouristAttraction', 'LandmarksOrHistoricalBuildings'])
    expect(ld['@id']).toBe(`https://disan.example.vn/di-tich/${entry.slug}/#relics`)
    expect(ld.url).toBe(`https://disan.example.vn/en/relics/${entry.slug}/`)
    expect(ld.geo).toEqual({ '@type': 'GeoCoordinates', latitude: entry.location?.lat, longitude: entry.location?.lng })
    expect(ld.address).toMatchObject({ '@type': 'PostalAddress', addressCountry: 'VN' })
    expect(JSON.stringify(ld)).not.toMatch(/:\[\]|:""|null/)
  })

  it('describes an OCOP product with its GTIN, GS1 Digital Link, producer and certificate', () => {
    const product = productWithGtin()
    if (!product?.gtin) throw new Error('the demo snapshot has no product with a GTIN')
    const ld = entryJsonLd(product, 'vi', site, data) as Record<string, Record<string, unknown>>
    expect(ld['@type']).toBe('Product')
    expect(ld.gtin14).toBe(product.gtin)
    expect(ld.hasGS1DigitalLink).toBe(`https://disan.example.vn/01/${product.gtin}/`)
    expect(ld.manufacturer?.['@type']).toBe('Organization')
    const producer = data.resolve(product.producer)
    expect(ld.manufacturer?.name).toBe(producer && 'title' in producer ? producer.title.vi : 'no producer')
    if (product.stars) expect(ld.award).toContain('OCOP')
    if (product.certificate) expect(ld.hasCertification?.['@type']).toBe('Certification')
  })

  it('describes a festival with its next dates, where it is held', () => {
    const festival = data
      .byKind('intangible-heritage')
      .find((e) => e.type === 'festivals' && e.festivalDates.length > 0)
    if (!festival) throw new Error('the demo snapshot has no festival')
    const ld = entryJsonLd(festival, 'vi', site, data) as Record<string, unknown>
    expect(ld['@type']).toBe('Festival')
    const dates = festival.festivalDates.length === 1 ? [ld] : (ld.subEvent as Record<string, unknown>[])
    expect(dates).toHaveLength(festival.festivalDates.length)
    for (const d of dates) {
      expect(d.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(String(d.endDate) >= String(d.startDate)).toBe(true)
    }
    expect(ld.location).toBeDefined()
  })

  it('describes a batch as some units of the product, with the batch’s GS1 Digital Link', () => {
    const product = productWithGtin()
    const batch = product && data.batchesOf(product.id)[0]
    if (!product?.gtin || !batch) throw new Error('the demo snapshot has no batch of a product with a GTIN')
    const ld = batchJsonLd(batch, product, site, 'en', data) as Record<string, Record<string, unknown>>
    expect(ld['@type']).toBe('SomeProducts')
    expect(ld.url).toBe(`https://disan.example.vn/en/t/${batch.code}/`)
    expect(ld.hasGS1DigitalLink).toBe(`https://disan.example.vn/01/${product.gtin}/10/${batch.lotCode}/`)
    expect(ld.isRelatedTo?.['@id']).toBe(`https://disan.example.vn/san-pham-ocop/${product.slug}/#ocop-products`)
    expect(ld.productionDate).toBe(batch.productionDate.slice(0, 10))
  })
})
