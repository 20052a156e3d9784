/**
 * Issue 19: the site publishes every locale of its snapshot's manifest. Pages about one entry exist
 * in Vietnamese and the entry's translations only; lists, map, calendar, home and open data exist
 * in every locale and link an untranslated entry to its English (else Vietnamese) page with a
 * note; hreflang and the sitemap name every existing translation, `x-default` the Vietnamese page.
 */
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Manifest } from '@heritage/contract'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { loadSnapshot, type PageEntry, type Snapshot } from '../src/data/snapshot.ts'
import { formatDate, formatNumber, inPreferredOrder, type Locale } from '../src/i18n/locales.ts'
import { strings } from '../src/i18n/ui.ts'
import { allPages, entryLink, type Page, plaquePath } from '../src/routing.ts'
import { formatCivil, formatLunar } from '../src/utils/festivals.ts'
import { openData } from '../src/utils/opendata.ts'
import { sitemapXml } from '../src/utils/sitemap.ts'
import { astroBuild } from './build'
import { Graph, NS, type RdfNode } from './rdf'
import { translatedSnapshot } from './translated'

const site = new URL('https://disan.example.vn')
let work: string
let snapshotDir: string
let outDir: string
let data: Snapshot
let pages: Page[]

const entry = (kind: PageEntry['kind'], slug: string): PageEntry => {
  const found = (data.byKind(kind) as PageEntry[]).find((e) => e.slug === slug)
  if (!found) throw new Error(`The demo snapshot has no ${kind} ${slug}`)
  return found
}
const paths = () => new Set(pages.map((p) => p.path))
const html = (pagePath: string) => readFile(path.join(outDir, pagePath, 'index.html'), 'utf8')

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'heritage-locales-'))
  snapshotDir = path.join(work, 'snapshot')
  outDir = path.join(work, 'dist')
  await translatedSnapshot(inject('snapshotDir'), snapshotDir)
  data = loadSnapshot(snapshotDir)
  pages = allPages(data)
}, 120_000)

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true })
})

describe('which pages exist in which locale', () => {
  it('publishes the manifest’s locales', () => {
    expect(data.manifest.locales).toEqual(['vi', 'en', 'ko', 'zh-Hans', 'ja'])
    expect(new Set(pages.map((p) => p.locale))).toEqual(new Set(['vi', 'en', 'ko', 'zh-Hans', 'ja']))
  })

  it('has an entry’s pages (readable address and QR plaque) only in Vietnamese and its translations', () => {
    const relic = entry('relics', 'den-phu-dong')
    const all = paths()
    for (const p of ['/di-tich/den-phu-dong/', '/en/relics/den-phu-dong/', '/ko/relics/den-phu-dong/'])
      expect(all).toContain(p)
    expect(all).toContain('/zh-hans/relics/den-phu-dong/')
    expect(all).not.toContain('/ja/relics/den-phu-dong/')
    for (const l of ['vi', 'en', 'ko', 'zh-Hans'] as const) expect(all).toContain(plaquePath(relic.code, l))
    expect(all).not.toContain(plaquePath(relic.code, 'ja'))
    // Not even English without an English translation.
    expect(all).toContain('/nghe-nhan/nguyen-van-an-nhan-vat-vi-du/')
    expect(all).not.toContain('/en/artisans/nguyen-van-an-nhan-vat-vi-du/')
    expect(all).not.toContain('/ko/artisans/nguyen-van-an-nhan-vat-vi-du/')
  })

  it('has a batch’s page in its product’s languages; GS1 paths stay Vietnamese', () => {
    const product = data.byKind('ocop-products').find((p) => p.slug === 'binh-gom-men-lam-vi-du')
    const batch = product && data.batchesOf(product.id)[0]
    if (!product?.gtin || !batch) throw new Error('The demo needs a batch of the product with a GTIN.')
    const all = paths()
    expect(all).toContain(`/ko/t/${batch.code}/`)
    expect(all).toContain(`/en/t/${batch.code}/`)
    expect(all).not.toContain(`/ja/t/${batch.code}/`)
    const gs1 = pages.filter((p) => p.path.startsWith(`/01/${product.gtin}/`))
    expect(gs1.map((p) => p.locale)).toEqual(gs1.map(() => 'vi'))
    const label = gs1.find((p) => p.view.type === 'batch' && p.view.batch.id === batch.id)
    expect(label?.alternates).toEqual({
      vi: `/t/${batch.code}/`,
      en: `/en/t/${batch.code}/`,
      ko: `/ko/t/${batch.code}/`,
    })
  })

  it('has the lists, map, calendar, home, search and open data in every locale', () => {
    const all = paths()
    for (const prefix of ['/ko/', '/zh-hans/', '/ja/']) {
      for (const page of ['', 'relics/', 'artisans/', 'map/', 'festivals/', 'search/', 'open-data/'])
        expect(all).toContain(`${prefix}${page}`)
    }
  })

  it('grows with the translations, not with locales × entries', () => {
    const entries = data.all.filter((e): e is PageEntry => e.kind !== 'batches')
    const entryPages = pages.filter((p) => p.view.type === 'entry' && p.view.via !== 'gs1').length
    // A readable page and a plaque per language the entry is in.
    expect(entryPages).toBe(entries.reduce((n, e) => n + 2 * (1 + e.translations.length), 0))
    expect(entryPages).toBeLessThan(entries.length * 2 * 5)
  })

  it('publishes no page in a locale the manifest leaves out, even for an entry translated into it', async () => {
    const manifestFile = path.join(snapshotDir, 'manifest.json')
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as Manifest
    const narrow = path.join(work, 'narrow')
    await translatedSnapshot(snapshotDir, narrow, [])
    await writeFile(path.join(narrow, 'manifest.json'), JSON.stringify({ ...manifest, locales: ['vi', 'en', 'fr'] }))
    const few = allPages(loadSnapshot(narrow))
    expect(new Set(few.map((p) => p.locale))).toEqual(new Set(['vi', 'en', 'fr']))
    expect(few.map((p) => p.path)).toContain('/fr/relics/')
    expect(few.some((p) => p.path.startsWith('/ko/'))).toBe(false)
    expect(few.some((p) => p.path.startsWith('/fr/') && p.view.type === 'entry')).toBe(false)
  })
})

describe('languages of a page', () => {
  it('names every existing translation, in the table’s order, and Vietnamese for x-default', () => {
    const page = pages.find((p) => p.path === '/ko/relics/den-phu-dong/')
    expect(page?.alternates).toEqual({
      vi: '/di-tich/den-phu-dong/',
      en: '/en/relics/den-phu-dong/',
      ko: '/ko/relics/den-phu-dong/',
      'zh-Hans': '/zh-hans/relics/den-phu-dong/',
    })
    expect(page?.canonical).toBe('/ko/relics/den-phu-dong/')
    const plaque = pages.find((p) => p.path === plaquePath(entry('relics', 'den-phu-dong').code, 'ko'))
    expect(plaque?.canonical).toBe('/ko/relics/den-phu-dong/')
    expect(plaque?.alternates).toEqual(page?.alternates)
  })

  it('gives the sitemap each page’s alternates where they exist, and x-default', () => {
    const xml = sitemapXml(pages, site, () => undefined)
    const urls = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1] ?? '')
    const of = (loc: string) => urls.find((u) => u.includes(`<loc>https://disan.example.vn${loc}</loc>`)) ?? ''
    const hreflangs = (u: string) => [...u.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]])
    expect(hreflangs(of('/zh-hans/relics/den-phu-dong/'))).toEqual([
      ['vi', 'https://disan.example.vn/di-tich/den-phu-dong/'],
      ['en', 'https://disan.example.vn/en/relics/den-phu-dong/'],
      ['ko', 'https://disan.example.vn/ko/relics/den-phu-dong/'],
      ['zh-Hans', 'https://disan.example.vn/zh-hans/relics/den-phu-dong/'],
      ['x-default', 'https://disan.example.vn/di-tich/den-phu-dong/'],
    ])
    expect(hreflangs(of('/nghe-nhan/nguyen-van-an-nhan-vat-vi-du/')).map(([l]) => l)).toEqual(['vi', 'x-default'])
    expect(hreflangs(of('/ja/map/')).map(([l]) => l)).toEqual(['vi', 'en', 'ko', 'zh-Hans', 'ja', 'x-default'])
    expect(of('/ja/relics/den-phu-dong/')).toBe('')
  })
})

describe('links to an entry from a page in another language', () => {
  it('open the page in that language when translated', () => {
    expect(entryLink(entry('relics', 'den-phu-dong'), 'ko')).toEqual({
      href: '/ko/relics/den-phu-dong/',
      title: { text: '푸동 사당 (타인 지옹 사당)' },
    })
  })

  it('open the English page, titled in English, when not translated', () => {
    const relic = entry('relics', 'chua-kien-so')
    expect(entryLink(relic, 'ja')).toEqual({
      href: '/en/relics/chua-kien-so/',
      title: { text: relic.title.en, lang: 'en' },
      untranslated: 'en',
    })
  })

  it('open the Vietnamese page without an English translation, from English pages too', () => {
    const artisan = entry('artisans', 'nguyen-van-an-nhan-vat-vi-du')
    for (const locale of ['en', 'ja'] as const) {
      expect(entryLink(artisan, locale)).toEqual({
        href: '/nghe-nhan/nguyen-van-an-nhan-vat-vi-du/',
        title: { text: artisan.title.vi, lang: 'vi' },
        untranslated: 'vi',
      })
    }
  })
})

describe('open data in every published language', () => {
  it('has a name, a summary and a page address per language, the page only where translated', () => {
    const open = openData(data, site)
    const names = open.fields.map((f) => f.name)
    expect(names.slice(0, 9)).toEqual([
      'id',
      'kind',
      'code',
      'slug',
      'title_vi',
      'title_en',
      'title_ko',
      'title_zh-Hans',
      'title_ja',
    ])
    expect(names).toContain('url_ja')
    const geojson = JSON.parse(open.files.find((f) => f.format === 'geojson')?.content ?? '{}') as {
      features: { properties: Record<string, string> }[]
    }
    const relic = geojson.features.find((f) => f.properties.slug === 'den-phu-dong')?.properties
    expect(relic).toMatchObject({
      title_ko: '푸동 사당 (타인 지옹 사당)',
      url_ko: 'https://disan.example.vn/ko/relics/den-phu-dong/',
      'url_zh-Hans': 'https://disan.example.vn/zh-hans/relics/den-phu-dong/',
    })
    expect(relic?.url_ja).toBeUndefined()
    expect(open.fields.find((f) => f.name === 'url_ko')?.meaning).toEqual({
      vi: 'Trang của mục (tiếng Hàn), nếu đã dịch',
      en: 'The entry’s page in Korean, where translated',
    })
  })
})

describe('formats per locale', () => {
  it('formats dates and numbers with each locale’s conventions', () => {
    const day = '2024-03-05T03:00:00.000Z'
    const dates = (['vi', 'en', 'ko', 'zh-Hans', 'ja', 'fr'] as const).map((l) => formatDate(day, l))
    expect(dates).toEqual([
      '05/03/2024',
      '5 March 2024',
      '2024년 3월 5일',
      '2024年3月5日',
      '2024年3月5日',
      '5 mars 2024',
    ])
    expect(formatDate(day, 'ko', 'month')).toBe('2024년 3월')
    expect(formatNumber(12345, 'vi')).toBe('12.345')
    expect(formatNumber(12345, 'ja')).toBe('12,345')
    expect(formatNumber(12345, 'fr')).toBe('12\u202f345')
  })

  it('writes lunar dates as each language does, leap months included', () => {
    const date = { lunarMonth: 4, lunarDay: 6, leapMonth: false, durationDays: 1 }
    const leap = { lunarMonth: 2, lunarDay: 15, leapMonth: true, durationDays: 1 }
    const lunar = (l: Locale) => [formatLunar(date, l), formatLunar(leap, l)]
    expect(lunar('vi')).toEqual(['ngày 6 tháng 4 âm lịch', 'ngày 15 tháng 2 nhuận âm lịch'])
    expect(lunar('ko')).toEqual(['음력 4월 6일', '음력 윤2월 15일'])
    expect(lunar('ja')).toEqual(['旧暦4月6日', '旧暦閏2月15日'])
    expect(lunar('zh-Hans')).toEqual(['农历四月初六', '农历闰二月十五'])
    expect(formatLunar({ ...date, lunarMonth: 1, lunarDay: 21 }, 'zh-Hant')).toBe('農曆正月二十一')
    expect(formatCivil({ year: 2026, month: 12, day: 5 }, 'ja')).toBe('2026年12月5日(土)')
    expect(formatCivil({ year: 2026, month: 12, day: 5 }, 'vi')).toBe('Thứ Bảy, 05/12/2026')
  })

  it('offers audio guides in the page’s language first, then English, then Vietnamese', () => {
    const guides = (['vi', 'ja', 'en', 'ko'] as const).map((language) => ({ language }))
    const order = (l: Locale) => inPreferredOrder(guides, l, (g) => g.language).map((g) => g.language)
    expect(order('ko')).toEqual(['ko', 'en', 'vi', 'ja'])
    expect(order('zh-Hans')).toEqual(['en', 'vi', 'ja', 'ko'])
    expect(order('vi')).toEqual(['vi', 'ja', 'en', 'ko'])
  })
})

describe('the built pages', () => {
  beforeAll(async () => {
    await astroBuild(snapshotDir, outDir)
  }, 600_000)

  it('gives a Korean entry page its language, hreflang set, Open Graph locale and language row', async () => {
    const page = await html('/ko/relics/den-phu-dong/')
    expect(page).toContain('<html lang="ko">')
    const hreflang = [...page.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => m[1])
    expect(hreflang).toEqual(['vi', 'en', 'ko', 'zh-Hans', 'x-default'])
    expect(page).toContain('<meta property="og:locale" content="ko_KR">')
    const row = /<nav class="languages"[\s\S]*?<\/nav>/.exec(page)?.[0] ?? ''
    expect([...row.matchAll(/ lang="([^"]+)"/g)].map((m) => m[1])).toEqual(['vi', 'en', 'ko', 'zh-Hans'])
    expect(row).toContain('<a href="/zh-hans/relics/den-phu-dong/" hreflang="zh-Hans" lang="zh-Hans">简体中文</a>')
    // Before the header: the first thing on the page.
    expect(page.indexOf('class="languages"')).toBeLessThan(page.indexOf('class="site-header"'))
    // JSON-LD: the page in Korean, about the relic, whose name is the Korean one.
    const ld = [...page.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map(
      (m) => JSON.parse(m[1] ?? '{}') as Record<string, unknown>,
    )
    expect(ld[1]).toMatchObject({
      '@type': 'WebPage',
      inLanguage: 'ko',
      url: 'https://disan.example.vn/ko/relics/den-phu-dong/',
      about: { '@id': 'https://disan.example.vn/di-tich/den-phu-dong/#relics' },
    })
    expect(ld[0]).toMatchObject({
      '@type': ['TouristAttraction', 'LandmarksOrHistoricalBuildings'],
      name: '푸동 사당 (타인 지옹 사당)',
      url: 'https://disan.example.vn/ko/relics/den-phu-dong/',
    })
    // Its audio guides: Korean first, then English, then Vietnamese.
    const spoken = [...page.matchAll(/<audio [^>]*lang="([^"]+)"/g)].map((m) => m[1])
    expect(spoken).toEqual(['ko', 'en', 'vi'])
  })

  it('marks a fact shown in the language it fell back to (a commune named only in Vietnamese)', async () => {
    const relic = entry('relics', 'den-phu-dong')
    if (!('commune' in relic) || !relic.commune) throw new Error('The demo relic has no commune.')
    const commune = relic.commune.name.vi
    expect(relic.commune.name.ko).toBeUndefined()
    expect(await html('/ko/relics/den-phu-dong/')).toMatch(new RegExp(`<dd lang="vi"[^>]*>\\s*${commune}`))
    expect(await html('/di-tich/den-phu-dong/')).toMatch(new RegExp(`<dd[^>]*>\\s*${commune}`))
    expect(await html('/di-tich/den-phu-dong/')).not.toMatch(new RegExp(`<dd lang="vi"[^>]*>\\s*${commune}`))
    // A batch's supplier and laboratory are names typed once, in Vietnamese.
    const product = entry('ocop-products', 'binh-gom-men-lam-vi-du')
    const batch = data.batchesOf(product.id).find((b) => b.rawMaterials.some((m) => m.supplier))
    const supplier = batch?.rawMaterials.find((m) => m.supplier)?.supplier
    if (!batch || !supplier) throw new Error('The demo product has no batch with a supplier.')
    expect(await html(`/ko/t/${batch.code}/`)).toMatch(new RegExp(`<td lang="vi"[^>]*>${supplier}</td>`))
    expect(await html(`/t/${batch.code}/`)).toMatch(new RegExp(`<td[^>]*>${supplier}</td>`))
    expect(await html(`/t/${batch.code}/`)).not.toMatch(new RegExp(`<td lang="vi"[^>]*>${supplier}</td>`))
  })

  it('lists an untranslated entry on a Japanese list in English, linked to the English page, with the note', async () => {
    const page = await html('/ja/relics/')
    const relic = entry('relics', 'chua-kien-so')
    const card = new RegExp(
      `<h3 class="card-title"><a href="/en/relics/chua-kien-so/" hreflang="en" lang="en">${relic.title.en}</a></h3>\\s*<p class="card-note"><small class="untranslated" data-untranslated="en">([^<]+)</small>`,
    ).exec(page)
    expect(card?.[1]).toBe(strings('ja').untranslated.inEnglish)
    // A translated entry links to its own page: the Japanese festival calendar to the Japanese festival page.
    const calendar = await html('/ja/festivals/')
    expect(calendar).toContain('href="/ja/intangible-heritage/hoi-giong-o-den-phu-dong-va-den-soc/"')
    expect(calendar).toContain('旧暦')
  })

  it('links from every page only to pages that exist', async () => {
    const files = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('index.html'))
    expect(files.length).toBeGreaterThan(100)
    const missing = new Set<string>()
    for (const file of files) {
      const page = await readFile(path.join(outDir, file), 'utf8')
      for (const [, href] of page.matchAll(/ href="(\/[^"#?]*)/g)) {
        if (!href || /^\/(media|_astro|data|pagefind)\//.test(href) || /\.[a-z]+$/.test(href)) continue
        const target = path.join(outDir, decodeURIComponent(href), 'index.html')
        if (!(await stat(target).catch(() => null))) missing.add(`${href} (from /${file})`)
      }
    }
    expect([...missing]).toEqual([])
  })

  it('says “not found” in every published language', async () => {
    const page = await readFile(path.join(outDir, '404.html'), 'utf8')
    for (const l of ['en', 'ko', 'zh-Hans', 'ja'] as const) {
      expect(page).toContain(`<div lang="${l}"> <h2>${strings(l).notFoundTitle}</h2>`)
    }
  })

  it('writes no page in a language the entry is not translated into', async () => {
    await expect(html('/ja/relics/den-phu-dong/')).rejects.toThrow()
    await expect(html('/en/artisans/nguyen-van-an-nhan-vat-vi-du/')).rejects.toThrow()
  })

  it('publishes the DCAT catalogue, linked from every open-data page, whose downloads are there at their sizes', async () => {
    for (const page of ['/du-lieu-mo/', '/en/open-data/', '/ko/open-data/']) {
      const text = await html(page)
      const head = text.slice(0, text.indexOf('</head>'))
      expect(
        head.includes(
          '<link rel="alternate" type="application/ld+json" href="/data/catalog.jsonld" title="DCAT-AP 3">',
        ),
        page,
      ).toBe(true)
      expect(/<a href="\/data\/catalog\.jsonld"[^>]*>catalog\.jsonld<\/a>/.test(text), page).toBe(true)
    }
    const catalog = await Graph.read(JSON.parse(await readFile(path.join(outDir, 'data/catalog.jsonld'), 'utf8')))
    const [dataset] = catalog.ofType(`${NS.dcat}Dataset`)
    const distributions = catalog.objects(dataset as RdfNode, `${NS.dcat}distribution`)
    expect(distributions).toHaveLength(3)
    for (const distribution of distributions) {
      const [url] = catalog.ids(distribution, `${NS.dcat}downloadURL`)
      const file = new URL(url ?? '')
      expect(file.origin).toBe(site.origin)
      const [size] = catalog.values(distribution, `${NS.dcat}byteSize`)
      expect((await stat(path.join(outDir, file.pathname))).size, file.pathname).toBe(Number(size?.['@value']))
    }
    // A title in Korean, which the snapshot publishes; no description in it, none was written.
    const languages = (property: string) =>
      catalog.values(dataset as RdfNode, `${NS.dct}${property}`).map((v) => v['@language'])
    expect(languages('title')).toContain('ko')
    expect(languages('description')).toEqual(['vi', 'en'])
  })
})
