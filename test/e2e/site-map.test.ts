import type { Browser, BrowserContext, Page, Response } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium } from './browser'

const siteUrl = inject('siteUrl')
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

type Scripts = { island: boolean; leaflet: boolean }
/** Which parts of the map island a page downloads while `action` runs, told apart by their code. */
async function mapScripts(p: Page, action: () => Promise<unknown>): Promise<Scripts> {
  const found: Scripts = { island: false, leaflet: false }
  const pending: Promise<void>[] = []
  const listener = (response: Response) => {
    if (response.request().resourceType() !== 'script') return
    pending.push(
      response.text().then(
        (body) => {
          if (body.includes('MarkerClusterGroup')) found.leaflet = true
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

describe('the map page on a phone', () => {
  let all = 0

  it('shows every place of the list as a marker, loading Leaflet on its own', async () => {
    const loaded = await mapScripts(page, async () => {
      await page.goto(`${siteUrl}/ban-do/`)
      await mapReady()
    })
    expect(loaded).toEqual({ island: true, leaflet: true })

    all = await listed()
    expect(all).toBeGreaterThan(3)
    await expect.poll(() => markersOnMap()).toBe(all)
    expect(await page.locator('[data-map-canvas]').getAttribute('data-markers')).toBe(String(all))
    expect(await countText()).toBe(`${all} địa điểm`)
    expect(await page.locator('.leaflet-control-attribution').textContent()).toContain('OpenStreetMap')
    // The map comes first, whole, in the first screen.
    expect(await page.evaluate(() => window.scrollY)).toBe(0)
    await expectMapOnScreen()
  })

  it('narrows markers, count and list to the relics, in a link that can be shared', async () => {
    const relics = await page.locator('[data-map-list] li[data-key^="relics:"]').count()
    expect(relics).toBeGreaterThan(0)
    expect(relics).toBeLessThan(all)
    for (const box of await page.locator('input[name=kind]:not([value=relics])').all()) await box.uncheck()

    await expect.poll(() => markersOnMap()).toBe(relics)
    await expectMapOnScreen()
    expect(await countText()).toBe(`${relics} địa điểm`)
    expect(await listed()).toBe(relics)
    expect(await page.locator('[data-map-list] li:not([hidden]):not([data-key^="relics:"])').count()).toBe(0)
    expect(new URL(page.url()).searchParams.getAll('kind')).toEqual(['relics'])

    await page.reload()
    await mapReady()
    await expect.poll(() => markersOnMap()).toBe(relics)
    expect(await page.locator('input[name=kind]:checked').count()).toBe(1)
    expect(await countText()).toBe(`${relics} địa điểm`)
  })

  it('clears the filters', async () => {
    await page.getByRole('button', { name: 'Bỏ lọc' }).tap()
    await expect.poll(() => markersOnMap()).toBe(all)
    expect(await countText()).toBe(`${all} địa điểm`)
    expect(await listed()).toBe(all)
    expect(new URL(page.url()).search).toBe('')
  })

  it('filters by relic rank, and a marker opens a popup linking to its page', async () => {
    await page.getByText('Lọc theo xếp hạng, loại hình, xã').tap()
    const rank = await page.locator('#map-rank option:not([value=""])').first().getAttribute('value')
    expect(rank).toBeTruthy()
    // The page sends each place once, in its list, with the rank the filter reads.
    const expected = await page.locator(`[data-map-list] li[data-rank="${rank}"]`).count()
    expect(expected).toBeGreaterThan(0)
    await page.selectOption('#map-rank', rank ?? '')

    await expect.poll(() => markersOnMap()).toBe(expected)
    await expectMapOnScreen()
    expect(await countText()).toBe(`${expected} địa điểm`)
    expect(await listed()).toBe(expected)
    expect(new URL(page.url()).searchParams.get('rank')).toBe(rank)

    const marker = page.locator('.leaflet-marker-pane .map-marker').first()
    if ((await marker.count()) === 0) await page.locator('.map-cluster').first().tap()
    // From the keyboard: Enter opens the popup and focus moves into it; Escape closes it and
    // focus goes back to the marker. Marker and close button are 44 px targets.
    const focusIn = (selector: string) => page.evaluate((s) => Boolean(document.activeElement?.closest(s)), selector)
    // To 1/100 px: a 44 px box at a fractional position can measure 43.99999 in layout units.
    const size = async (selector: string) => {
      const box = await page.locator(selector).first().boundingBox()
      return [box?.width, box?.height].map((side) => (side === undefined ? side : Math.round(side * 100) / 100))
    }
    await marker.focus()
    await page.keyboard.press('Enter')
    await page.locator('.leaflet-popup').waitFor()
    expect(await focusIn('.leaflet-popup-content')).toBe(true)
    for (const [w, h] of [await size('.leaflet-popup-close-button'), await size('.leaflet-marker-pane .map-marker')]) {
      expect(w).toBeGreaterThanOrEqual(44)
      expect(h).toBeGreaterThanOrEqual(44)
    }
    await page.keyboard.press('Escape')
    await expect.poll(() => page.locator('.leaflet-popup').count()).toBe(0)
    expect(await marker.evaluate((el) => el === document.activeElement)).toBe(true)

    await marker.tap()
    expect(await focusIn('.leaflet-popup-content')).toBe(true)
    const link = page.locator('.leaflet-popup-content a')
    const href = await link.getAttribute('href')
    expect(href).toMatch(/^\/di-tich\/[^/]+\/$/)
    expect(await page.locator(`[data-map-list] li:not([hidden]) a[href="${href}"]`).count()).toBe(1)
    await link.tap()
    await page.waitForURL(`${siteUrl}${href}`)
  })

  it('offers the same places in English', async () => {
    await page.goto(`${siteUrl}/en/map/`)
    await mapReady()
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await listed()).toBe(all)
    await expect.poll(() => markersOnMap()).toBe(all)
    expect(await countText()).toBe(`${all} places`)
    const hrefs = await page
      .locator('[data-map-list] a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    expect(hrefs.every((href) => href?.startsWith('/en/'))).toBe(true)
  })

  it('keeps the list, and no empty map, without JavaScript', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false })
    const noScript = await context.newPage()
    await noScript.goto(`${siteUrl}/ban-do/`)
    expect(await listed(noScript)).toBe(all)
    expect(await noScript.locator('[data-map-list] a').first().isVisible()).toBe(true)
    expect(await noScript.locator('.map-box').isVisible()).toBe(false)
    expect(await noScript.locator('form[data-map-filters]').isVisible()).toBe(false)
    await context.close()
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
    expect(before).toEqual({ island: true, leaflet: false })
    expect(await home.locator('[data-map-view]').getAttribute('data-map-state')).toBe('waiting')

    const after = await mapScripts(home, async () => {
      await home.locator('#map-title').scrollIntoViewIfNeeded()
      await mapReady(home)
    })
    expect(after.leaflet).toBe(true)
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
    await relic.goto(`${siteUrl}/ban-do/`)
    const href = await relic.locator('[data-map-list] li[data-key^="relics:"] a').first().getAttribute('href')
    const loaded = await mapScripts(relic, async () => {
      await relic.goto(`${siteUrl}${href}`, { waitUntil: 'load' })
    })
    expect(await relic.locator('h1').textContent()).not.toBe('')
    expect(loaded).toEqual({ island: false, leaflet: false })
    expect(await relic.locator('[data-map-view]').count()).toBe(0)
    await relic.close()
  })
})
