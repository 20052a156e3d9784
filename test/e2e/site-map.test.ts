import { mkdirSync } from 'node:fs'
import type { Browser, BrowserContext, Page, Response } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium } from './browser'

const siteUrl = inject('siteUrl')
const SHOTS = process.env.E2E_SHOTS ?? '/tmp/e2e-shots'
const siteOrigin = new URL(siteUrl).origin
let browser: Browser
let phone: BrowserContext
let page: Page

const offline = async (context: BrowserContext) => {
  // Map tiles come from a tile server the test machine cannot reach: refuse them at once.
  await context.route('**/*', (route) =>
    new URL(route.request().url()).origin === siteOrigin ? route.continue() : route.abort(),
  )
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  browser = await launchChromium()
  phone = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })
  await offline(phone)
  page = await phone.newPage()
})

afterAll(async () => {
  await browser?.close()
})

/** Places Leaflet drew, each cluster counting for the places it holds. */
const markersOnMap = (p: Page = page) =>
  p.evaluate(() => {
    const pane = document.querySelector('.leaflet-marker-pane')
    if (!pane) return 0
    const single = pane.querySelectorAll('.map-marker').length
    const clustered = Array.from(pane.querySelectorAll<HTMLElement>('.map-cluster [data-count]')).reduce(
      (sum, el) => sum + Number(el.dataset.count),
      0,
    )
    return single + clustered
  })
const listed = (p: Page = page) => p.locator('[data-map-list] li:not([hidden])').count()
const countText = (p: Page = page) => p.locator('[data-map-count]').textContent()
const mapReady = (p: Page = page) => p.waitForSelector('[data-map-view][data-map-state=ready]', { state: 'attached' })
/** Where the map is on the screen (390 × 844): it must be there from the start and stay while filtering. */
const mapBox = () => page.locator('.map-box').evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect)
const expectMapOnScreen = async () => {
  const box = await mapBox()
  expect(box.top).toBeGreaterThanOrEqual(0)
  expect(box.top).toBeLessThan(844 / 2)
  expect(box.bottom).toBeLessThanOrEqual(844)
}

/** The island's script, Leaflet's chunk, leaflet.markercluster (maps whose places are in the page). */
type Scripts = { island: boolean; leaflet: boolean; clustering: boolean }
/** Which parts of the map island a page downloads while `action` runs, told apart by their code. */
async function mapScripts(p: Page, action: () => Promise<unknown>): Promise<Scripts> {
  const found: Scripts = { island: false, leaflet: false, clustering: false }
  const pending: Promise<void>[] = []
  const listener = (response: Response) => {
    if (response.request().resourceType() !== 'script') return
    pending.push(
      response.text().then(
        (body) => {
          if (body.includes('leaflet-container')) found.leaflet = true
          if (body.includes('MarkerClusterGroup')) found.clustering = true
          if (body.includes('data-map-config')) found.island = true
        },
        () => undefined,
      ),
    )
  }
  p.on('response', listener)
  await action()
  p.off('response', listener)
  await Promise.all(pending)
  return found
}

/** What the clustered map drew: its zoom level and how many markers (see map.ts `clusterLayer`). */
const drawn = (p: Page = page) =>
  p.locator('[data-map-canvas]').evaluate((el: HTMLElement) => ({
    level: Number(el.dataset.level),
    markers: Number(el.dataset.markers),
    loading: el.dataset.mapLoading === 'true',
  }))
/** Waits until the map has drawn what its files hold for the view shown. */
const settled = async (p: Page = page) => {
  await expect.poll(async () => (await drawn(p)).loading === false && !Number.isNaN((await drawn(p)).level)).toBe(true)
  // Leaflet redraws after its last `moveend`: two frames.
  await p.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
  await expect.poll(async () => (await drawn(p)).loading).toBe(false)
}
/** The places of the list, one page a commune (with those without a commune on the map page). */
async function placesByCommune(p: Page, base = '/ban-do/') {
  await p.goto(`${siteUrl}${base}`)
  const pages = await p
    .locator('[data-map-communes] a')
    .evaluateAll((links) =>
      links.map(
        (a) =>
          [
            a.getAttribute('href') ?? '',
            Number(/\((\d+)\)\s*$/.exec(a.parentElement?.textContent ?? '')?.[1]),
          ] as const,
      ),
    )
  const items: { href: string; rank: string; key: string; commune: string }[] = []
  for (const [href, count] of pages) {
    await p.goto(`${siteUrl}${href}`)
    const found = await p.locator('[data-map-list] li[data-key]').evaluateAll((lis) =>
      lis.map((li) => ({
        href: li.querySelector('a')?.getAttribute('href') ?? '',
        rank: (li as HTMLElement).dataset.rank ?? '',
        key: (li as HTMLElement).dataset.key ?? '',
        commune: li.querySelector<HTMLElement>('[data-commune]')?.dataset.commune ?? '',
      })),
    )
    expect(found.length, href).toBe(count)
    items.push(...found)
  }
  return { pages: pages.map(([href]) => href), items }
}

/** Enter on a marker until places with popups are shown (clusters zoom in; focus stays on the map). */
async function zoomToPlaces(p: Page = page) {
  for (let i = 0; i < 12 && (await drawn(p)).level < 16; i++) {
    const marker = p.locator('.leaflet-marker-pane .leaflet-marker-icon').first()
    await marker.focus()
    await p.keyboard.press('Enter')
    await settled(p)
    expect(await p.evaluate(() => Boolean(document.activeElement?.closest('[data-map-canvas]')))).toBe(true)
  }
  expect((await drawn(p)).level).toBe(16)
}

describe('the map page on a phone', () => {
  let all = 0
  let places: Awaited<ReturnType<typeof placesByCommune>>
  const requested: string[] = []

  it('lists its places one page a commune, complete, each page a map of its own', async () => {
    const lister = await phone.newPage()
    places = await placesByCommune(lister)
    const elsewhere = await (async () => {
      await lister.goto(`${siteUrl}/ban-do/`)
      return lister.locator('#no-commune + ul li').count()
    })()
    all = places.items.length + elsewhere
    expect(places.pages.length).toBeGreaterThan(1)
    expect(new Set(places.items.map((i) => i.key)).size).toBe(places.items.length)
    // A commune's page: its map shows each of its listed places.
    await lister.goto(`${siteUrl}${places.pages[0]}`)
    await mapReady(lister)
    await expect.poll(() => markersOnMap(lister)).toBe(await listed(lister))
    await lister.close()
  })

  it('draws the province from cluster files, fetching more as the map zooms, with Leaflet loaded on its own', async () => {
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (url.pathname.startsWith('/map-data/')) requested.push(url.pathname)
    })
    const loaded = await mapScripts(page, async () => {
      await page.goto(`${siteUrl}/ban-do/`)
      await mapReady()
    })
    // The clusters come computed: no clustering script.
    expect(loaded).toEqual({ island: true, leaflet: true, clustering: false })
    await settled()
    // The page carries no place: every marker comes from the files.
    expect(await page.locator('[data-map-list]').count()).toBe(0)
    expect(requested).toContain('/map-data/index.json')
    const { level } = await drawn()
    expect(requested.some((r) => r.startsWith(`/map-data/c/${level}/`))).toBe(true)
    // The whole province in view: the clusters count every place.
    await expect.poll(() => markersOnMap()).toBe(all)
    expect(await countText()).toBe(`${all} địa điểm`)
    expect(await page.locator('.leaflet-control-attribution').textContent()).toContain('OpenStreetMap')
    expect(await page.evaluate(() => window.scrollY)).toBe(0)
    await expectMapOnScreen()

    // Zooming in asks for the next zoom's files.
    await page.locator('.leaflet-control-zoom-in').tap()
    await expect.poll(async () => (await drawn()).level).toBe(level + 1)
    await settled()
    expect(requested.some((r) => r.startsWith(`/map-data/c/${level + 1}/`))).toBe(true)
  })

  it('narrows the clusters and the count to the relics, in a link that can be shared', async () => {
    await page.goto(`${siteUrl}/ban-do/`)
    await mapReady()
    await settled()
    const relics = places.items.filter((i) => i.key.startsWith('relics:')).length
    expect(relics).toBeGreaterThan(0)
    for (const box of await page.locator('input[name=kind]:not([value=relics])').all()) await box.uncheck()
    await expect.poll(() => markersOnMap()).toBe(relics)
    expect(await countText()).toBe(`${relics} địa điểm`)
    expect(new URL(page.url()).searchParams.getAll('kind')).toEqual(['relics'])
    await expectMapOnScreen()

    await page.reload()
    await mapReady()
    await expect.poll(() => markersOnMap()).toBe(relics)
    expect(await page.locator('input[name=kind]:checked').count()).toBe(1)
    await page.getByRole('button', { name: 'Bỏ lọc' }).tap()
    await expect.poll(() => markersOnMap()).toBe(all)
    expect(new URL(page.url()).search).toBe('')
  })

  it('filters by relic rank and by commune', async () => {
    await page.getByText('Lọc theo xếp hạng, loại hình, xã').tap()
    const rank = await page.locator('#map-rank option:not([value=""])').first().getAttribute('value')
    const ranked = places.items.filter((i) => i.rank === rank).length
    expect(ranked).toBeGreaterThan(0)
    await page.selectOption('#map-rank', rank ?? '')
    await expect.poll(() => markersOnMap()).toBe(ranked)
    expect(await countText()).toBe(`${ranked} địa điểm`)
    expect(new URL(page.url()).searchParams.get('rank')).toBe(rank)
    await page.selectOption('#map-rank', '')

    const commune = await page.locator('#map-commune option:not([value=""])').first().getAttribute('value')
    // A commune's places are clustered in the browser: that script comes now.
    const inCommune = places.items.filter((i) => i.commune === commune).length
    expect(inCommune).toBeGreaterThan(0)
    const loaded = await mapScripts(page, async () => {
      await page.selectOption('#map-commune', commune ?? '')
      await expect.poll(() => markersOnMap()).toBe(inCommune)
    })
    expect(loaded.clustering).toBe(true)
    expect(await countText()).toBe(`${inCommune} địa điểm`)
    expect(requested).toContain(`/map-data/vi/x/${commune}.json`)
    await page.selectOption('#map-commune', '')
    await expect.poll(() => markersOnMap()).toBe(all)
  })

  it('opens a place from the keyboard: Enter on a cluster zooms in, then its popup links to its page', async () => {
    await page.goto(`${siteUrl}/ban-do/`)
    await mapReady()
    await settled()
    await zoomToPlaces()
    expect(requested.some((r) => r.startsWith('/map-data/vi/p/'))).toBe(true)

    const focusIn = (selector: string) => page.evaluate((s) => Boolean(document.activeElement?.closest(s)), selector)
    const size = async (selector: string) => {
      const box = await page.locator(selector).first().boundingBox()
      return [box?.width, box?.height].map((side) => (side === undefined ? side : Math.round(side * 100) / 100))
    }
    const marker = page.locator('.leaflet-marker-pane .leaflet-marker-icon').first()
    await marker.focus()
    await page.keyboard.press('Enter')
    await page.locator('.leaflet-popup').waitFor()
    expect(await focusIn('.leaflet-popup-content')).toBe(true)
    for (const [w, h] of [
      await size('.leaflet-popup-close-button'),
      await size('.leaflet-marker-pane .leaflet-marker-icon'),
    ]) {
      expect(w).toBeGreaterThanOrEqual(44)
      expect(h).toBeGreaterThanOrEqual(44)
    }
    await page.keyboard.press('Escape')
    await expect.poll(() => page.locator('.leaflet-popup').count()).toBe(0)
    expect(await marker.evaluate((el) => el === document.activeElement)).toBe(true)

    await marker.tap()
    const link = page.locator('.leaflet-popup-content a').first()
    const href = (await link.getAttribute('href')) ?? ''
    expect(places.items.some((i) => i.href === href)).toBe(true)
    await page.screenshot({ path: `${SHOTS}/map-phone-popup.png` })
    await link.tap()
    await page.waitForURL(`${siteUrl}${href}`)
  })

  it('offers the same places in English, popups in English', async () => {
    await page.goto(`${siteUrl}/en/map/`)
    await mapReady()
    await settled()
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    await expect.poll(() => markersOnMap()).toBe(all)
    expect(await countText()).toBe(`${all} places`)
    const communes = await page
      .locator('[data-map-communes] a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    expect(communes.every((href) => href?.startsWith('/en/map/commune/'))).toBe(true)
    await zoomToPlaces()
    expect(requested.some((r) => r.startsWith('/map-data/en/p/'))).toBe(true)
    await page.locator('.leaflet-marker-pane .leaflet-marker-icon').first().tap()
    const link = page.locator('.leaflet-popup-content a').first()
    // An English page, or the Vietnamese one of a place not yet translated, said so.
    const href = (await link.getAttribute('href')) ?? ''
    if (!href.startsWith('/en/'))
      expect(await page.locator('.leaflet-popup-content .untranslated').count()).toBeGreaterThan(0)
  })

  it('keeps the list of communes, and no empty map, without JavaScript', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false })
    const noScript = await context.newPage()
    await noScript.goto(`${siteUrl}/ban-do/`)
    expect(await noScript.locator('[data-map-communes] a').count()).toBe(places.pages.length)
    expect(await noScript.locator('[data-map-communes] a').first().isVisible()).toBe(true)
    expect(await noScript.locator('.map-box').isVisible()).toBe(false)
    expect(await noScript.locator('form[data-map-filters]').isVisible()).toBe(false)
    await noScript.goto(`${siteUrl}${places.pages[0]}`)
    expect(await listed(noScript)).toBeGreaterThan(0)
    expect(await noScript.locator('[data-map-list] a').first().isVisible()).toBe(true)
    await context.close()
  })

  it('shows on a desktop screen, filters beside the map', async () => {
    const desktop = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    await offline(desktop)
    const wide = await desktop.newPage()
    await wide.goto(`${siteUrl}/ban-do/`)
    await mapReady(wide)
    await settled(wide)
    await expect.poll(() => markersOnMap(wide)).toBe(all)
    const map = await wide.locator('.map-box').boundingBox()
    const filters = await wide.locator('form[data-map-filters]').boundingBox()
    expect((filters?.x ?? 0) > (map?.x ?? 0) + (map?.width ?? 0) - 1).toBe(true)
    await wide.screenshot({ path: `${SHOTS}/map-desktop.png` })
    await page.goto(`${siteUrl}/ban-do/`)
    await mapReady()
    await settled()
    await page.screenshot({ path: `${SHOTS}/map-phone.png` })
    await desktop.close()
  })
})

describe('maps inside other pages', () => {
  it('loads Leaflet on the home page only when its map comes near, and lets a swipe scroll the page', async () => {
    const home = await phone.newPage()
    const before = await mapScripts(home, async () => {
      await home.goto(`${siteUrl}/`)
      await home.waitForSelector('[data-map-view][data-map-state=waiting]', { state: 'attached' })
      // Intersection observers report before the next frames are drawn.
      await home.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
    })
    expect(before).toEqual({ island: true, leaflet: false, clustering: false })
    expect(await home.locator('[data-map-view]').getAttribute('data-map-state')).toBe('waiting')

    const after = await mapScripts(home, async () => {
      await home.locator('#map-title').scrollIntoViewIfNeeded()
      await mapReady(home)
    })
    expect(after).toEqual({ island: false, leaflet: true, clustering: true })
    const all = await home.locator('[data-map-list] li').count()
    await expect.poll(() => markersOnMap(home)).toBe(all)

    // One finger scrolls the page over the small map until the map is tapped.
    const touchAction = () => home.locator('[data-map-canvas]').evaluate((el) => getComputedStyle(el).touchAction)
    expect(await touchAction()).toContain('pan-y')
    await home.locator('[data-map-canvas]').tap({ position: { x: 200, y: 40 } })
    await expect.poll(touchAction).toBe('none')
    await home.close()
  })

  it('numbers every stop of a route that has coordinates, in markers that never cover each other', async () => {
    const route = await phone.newPage()
    await route.goto(`${siteUrl}/tuyen-tham-quan/mot-ngay-gia-lam-dat-giong-lang-gom-vang-quy/`)
    await route.locator('[data-map-view]').scrollIntoViewIfNeeded()
    await mapReady(route)
    // The stops with coordinates, as the page hands them to the map; the others are named under it.
    const config = JSON.parse((await route.locator('script[data-map-config]').textContent()) ?? '{}') as {
      points: { order: number }[]
    }
    const located = config.points.map((p) => p.order)
    const stops = await route.locator('ol.stops > li').count()
    const unlocated = Array.from({ length: stops }, (_, i) => i + 1).filter((n) => !located.includes(n))
    // The demo's day route: a temple and its festival at one place and a pagoda next door (1–3);
    // its artisan and product (5, 6) have no coordinates in the demo data.
    expect(located).toEqual([1, 2, 3, 4, 7])
    expect(await route.locator('[data-map-unlocated]').textContent()).toBe(
      `Điểm dừng ${unlocated.join(' và ')} chưa có vị trí trên bản đồ.`,
    )

    const drawn = await route.locator('.leaflet-marker-pane .map-marker').evaluateAll((markers) =>
      markers.map((m) => ({
        stops: (m.querySelector<HTMLElement>('[data-stops]')?.dataset.stops ?? '').split(' ').map(Number),
        label: m.textContent,
        box: m.getBoundingClientRect().toJSON() as DOMRect,
      })),
    )
    expect(drawn.flatMap((m) => m.stops).sort((a, b) => a - b)).toEqual(located)
    expect(drawn.map((m) => m.label)).toContain('1–3')
    for (const [i, a] of drawn.entries()) {
      for (const b of drawn.slice(i + 1)) {
        const apart =
          a.box.right <= b.box.left ||
          b.box.right <= a.box.left ||
          a.box.bottom <= b.box.top ||
          b.box.bottom <= a.box.top
        expect(apart, `${a.label} / ${b.label}`).toBe(true)
      }
    }
    expect(await route.locator('.leaflet-overlay-pane path').count()).toBe(1)
    await route.close()
  })

  it('sends no map script with a page that has no map', async () => {
    const relic = await phone.newPage()
    await relic.goto(`${siteUrl}/di-tich/`)
    const href = await relic.locator('main a[href^="/di-tich/"]:not([href="/di-tich/"])').first().getAttribute('href')
    const loaded = await mapScripts(relic, async () => {
      await relic.goto(`${siteUrl}${href}`, { waitUntil: 'load' })
    })
    expect(await relic.locator('h1').textContent()).not.toBe('')
    expect(loaded).toEqual({ island: false, leaflet: false, clustering: false })
    expect(await relic.locator('[data-map-view]').count()).toBe(0)
    await relic.close()
  })
})
