import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { checkBudgets, MAP_PAGE_BUDGET, pageLocale, pageType, QR_LANDING_BUDGET } from '../tools/budgets.ts'
import { astroBuild } from './build'

let out: string

beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'heritage-budgets-'))
  await astroBuild(inject('snapshotDir'), out)
})

afterAll(async () => {
  await rm(out, { recursive: true, force: true })
})

describe('page-weight budgets of the demo site', () => {
  it('are all met: JavaScript only where an island is, QR landing pages ≤ 15 KB before images and script-free', () => {
    const { pages, violations } = checkBudgets(out)
    expect(violations).toEqual([])
    expect(QR_LANDING_BUDGET).toBe(15 * 1024)
    const qr = pages.filter((p) => p.type === 'qr')
    expect(qr.length).toBeGreaterThan(10)
    for (const page of qr) {
      expect(page.beforeImages, page.path).toBeLessThanOrEqual(QR_LANDING_BUDGET)
      expect(page.scripts, page.path).toBe(0)
      expect(page.jsGzip, page.path).toBe(0)
    }
    // Every locale an entry is published in has its QR pages checked, not only Vietnamese.
    const detailLocales = new Set(pages.filter((p) => p.type === 'detail').map((p) => p.locale))
    expect(detailLocales.size).toBeGreaterThan(1)
    expect(new Set(qr.map((p) => p.locale))).toEqual(detailLocales)
    // Detail pages without an island have no script at all.
    const plain = pages.filter((p) => p.type === 'detail' && p.islands.length === 0)
    expect(plain.length).toBeGreaterThan(5)
    for (const page of plain) expect(page.jsGzip).toBe(0)
  })
})

describe('the budget check', () => {
  let fake: string
  beforeAll(async () => {
    fake = await mkdtemp(path.join(tmpdir(), 'heritage-budgets-fake-'))
    const page = async (urlPath: string, html: string) => {
      await mkdir(path.join(fake, urlPath), { recursive: true })
      await writeFile(path.join(fake, urlPath, 'index.html'), html)
    }
    await mkdir(path.join(fake, '_astro'), { recursive: true })
    await writeFile(path.join(fake, '_astro/a.js'), 'import"./b.js";console.log(1)')
    // Random bytes do not compress: this chunk weighs its full size gzip'd.
    await writeFile(
      path.join(fake, '_astro/b.js'),
      `const x="${Buffer.from(crypto.getRandomValues(new Uint8Array(60_000))).toString('base64')}"`,
    )
    await page('di-tich/a', '<html><script type="module" src="/_astro/a.js"></script></html>')
    await page(
      'p/ABCDEF',
      '<html><div data-island="model"></div><script type="module" src="/_astro/a.js"></script></html>',
    )
    await page('lang-nghe/b', '<html><script type="application/ld+json">{}</script></html>')
    await page('ko/p/INLINE', '<html><div data-island="key-facts"></div><script>document.title="x"</script></html>')
    await page('ko/p/PLAIN', '<html><script type="application/ld+json">{"@type":"Place"}</script></html>')
    // A clustered map page whose first view's map data is what breaks its budget.
    const island =
      '<div data-island="map"></div><script type="application/json" data-map-config>{"clustered":true}</script>'
    await page('ban-do', `<html>${island}</html>`)
    await page('en/map/commune/1', `<html>${island.replace('true', 'false')}</html>`)
    await mkdir(path.join(fake, 'map-data/c/10/203'), { recursive: true })
    await writeFile(
      path.join(fake, 'map-data/index.json'),
      JSON.stringify({
        bounds: [
          [21, 105.5],
          [21.4, 106],
        ],
        classes: [],
        tiles: { 8: [203, 112] },
      }),
    )
    await writeFile(
      path.join(fake, 'map-data/c/10/203/112.json'),
      Buffer.from(crypto.getRandomValues(new Uint8Array(45_000))).toString('base64'),
    )
  })
  afterAll(async () => {
    await rm(fake, { recursive: true, force: true })
  })

  it('reports a script on a page without an island, and a QR page with a script or over budget counting static imports', () => {
    const { violations, pages } = checkBudgets(fake)
    expect(violations).toEqual([
      expect.stringMatching(/^\/ban-do\/: .* before map tiles, over the 40.0 KB budget for map pages/),
      expect.stringMatching(/^\/di-tich\/a\/: ships .* JavaScript but has no island/),
      expect.stringMatching(/^\/ko\/p\/INLINE\/: a QR landing page with 1 script; it must load none/),
      expect.stringMatching(/^\/p\/ABCDEF\/: a QR landing page with 1 script/),
      expect.stringMatching(/^\/p\/ABCDEF\/: .* over the 15.0 KB budget/),
    ])
    expect(MAP_PAGE_BUDGET).toBe(40 * 1024)
    // The data of the zoom that fits the bounds on a desktop screen (0.5° wide: zoom 10), with the index.
    expect(pages.find((p) => p.path === '/ban-do/')?.mapDataGzip).toBeGreaterThan(45_000)
    expect(pages.find((p) => p.path === '/en/map/commune/1/')?.mapDataGzip).toBe(0)
    expect(pages.find((p) => p.path === '/ko/p/PLAIN/')).toMatchObject({ locale: 'ko', type: 'qr', scripts: 0 })
  })

  it('classifies pages by their address in every locale', () => {
    const cases: [string, string][] = [
      ['/', 'home'],
      ['/en/', 'home'],
      ['/p/ABC/', 'qr'],
      ['/01/09520000123451/10/L1/', 'qr'],
      ['/en/relics/x/', 'detail'],
      ['/lang-nghe/', 'list'],
      ['/ban-do/', 'map'],
      ['/ko/p/ABC/', 'qr'],
      ['/zh-hans/t/ABC/', 'qr'],
      ['/ja/relics/x/', 'detail'],
      ['/ko/map/', 'map'],
    ]
    for (const [urlPath, type] of cases) expect(pageType(urlPath), urlPath).toBe(type)
    expect(pageLocale('/zh-hans/p/ABC/')).toBe('zh-Hans')
    expect(pageLocale('/p/ABC/')).toBe('vi')
  })
})
