import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium } from './browser'

// Against the demo data: the route "Một ngày Gia Lâm…" has seven stops, among them Phù Đổng temple
// with the generated audio guide and an OCOP product (a certificate page). The site is served with
// its real headers (site/tools/serve.ts and the build's _headers, with its strict CSP).
const siteUrl = inject('siteUrl')
const ROUTE_LIST = '/tuyen-tham-quan/'
const ROUTE_TITLE = /Một ngày Gia Lâm/

interface PackItem {
  url: string
  bytes: number
  kind: string
  fresh?: boolean
}

let browser: Browser
let context: BrowserContext
let page: Page
const problems: string[] = []

beforeAll(async () => {
  browser = await launchChromium()
  context = await browser.newContext({ viewport: { width: 412, height: 860 }, isMobile: true, hasTouch: true })
  page = await context.newPage()
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
})
afterAll(async () => {
  await browser?.close()
})

/** The pack the route page carries, as the build resolved it. */
const packOf = (p: Page) =>
  p.evaluate(() => JSON.parse(document.querySelector('script[data-route-pack]')?.textContent ?? 'null')) as Promise<{
    cache: string
    items: PackItem[]
  } | null>

const cspProblems = () => problems.filter((p) => /Content Security Policy|Refused to/i.test(p))

/** Plays an audio element to the end of its first half second; its state after. */
const play = (p: Page, src: string) =>
  p.evaluate(async (src) => {
    const audio = Array.from(document.querySelectorAll('audio')).find((a) => a.getAttribute('src') === src)
    if (!audio) return { found: false, error: null, readyState: 0, time: 0 }
    audio.muted = true
    await audio.play()
    await new Promise<void>((resolve) => {
      const check = () => (audio.currentTime > 0.5 || audio.error ? resolve() : setTimeout(check, 50))
      check()
    })
    audio.pause()
    return { found: true, error: audio.error?.code ?? null, readyState: audio.readyState, time: audio.currentTime }
  }, src)

describe('a route saved for offline use', () => {
  let routeUrl = ''
  let stops: string[] = []
  let items: PackItem[] = []

  it('shows the size of the pack before downloading anything, under the strict CSP', async () => {
    await page.goto(new URL(ROUTE_LIST, siteUrl).href)
    const href = await page.locator(`a[href^="${ROUTE_LIST}"]`, { hasText: ROUTE_TITLE }).first().getAttribute('href')
    routeUrl = new URL(href ?? '', siteUrl).href
    const response = await page.goto(routeUrl)
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/)

    const pack = await packOf(page)
    expect(pack).not.toBeNull()
    items = pack?.items ?? []
    stops = await page.locator('ol.stops a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))
    expect(stops.length).toBe(7)
    // Every stop page is in the pack, and the route's audio guide.
    for (const stop of stops) expect(items.map((i) => new URL(i.url, siteUrl).href)).toContain(stop)
    expect(items.filter((i) => i.kind === 'audio').length).toBeGreaterThan(0)

    // The island wakes up (loads its script) only when it comes into view.
    await page.locator('astro-island').scrollIntoViewIfNeeded()
    const save = page.locator('[data-route-pack-save]')
    const total = items.reduce((sum, i) => sum + i.bytes, 0)
    const size = new Intl.NumberFormat('vi', { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(
      total / 1_000_000,
    )
    await expect.poll(() => save.textContent()).toBe(`Lưu để xem ngoại tuyến (${size})`)
    expect(await page.evaluate(() => caches.keys())).toEqual([])
    expect(cspProblems()).toEqual([])
  })

  it('saves the pack with a progress bar, then says it is saved; online, pages still come from the server', async () => {
    await page.evaluate(() => {
      const seen = document.documentElement
      new MutationObserver(() => {
        if (document.querySelector('astro-island progress')) seen.dataset.sawProgress = '1'
      }).observe(document.body, { subtree: true, childList: true })
    })
    await page.locator('[data-route-pack-save]').tap()
    await expect
      .poll(() => page.locator('[data-route-pack-saved]').textContent(), { timeout: 60_000 })
      .toMatch(/^Đã lưu \(.+\) · Xóa bản lưu$/)
    expect(await page.evaluate(() => document.documentElement.dataset.sawProgress)).toBe('1')
    const cached = await page.evaluate(async () => {
      const names = await caches.keys()
      const cache = await caches.open(names[0] ?? '')
      return { names, urls: (await cache.keys()).map((r) => new URL(r.url).pathname) }
    })
    expect(cached.names).toEqual([(await packOf(page))?.cache])
    for (const item of items) expect(cached.urls).toContain(item.url)
    expect(await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active?.scriptURL))).toBe(
      new URL('/sw.js', siteUrl).href,
    )
    // Online, a certificate page always comes from the server, never from the saved copy: here the
    // saved copy is made older than the server's page (its certificate state could have changed).
    const product = items.find((i) => i.fresh)?.url ?? ''
    expect(product).not.toBe('')
    await page.evaluate(
      async ({ cacheName, url }) => {
        const cache = await caches.open(cacheName)
        const saved = await cache.match(url)
        if (!saved) throw new Error(`${url} is not saved`)
        const older = (await saved.text()).replace('</h1>', ' OLD-SAVED-COPY</h1>')
        await cache.put(url, new Response(older, { headers: saved.headers }))
      },
      { cacheName: cached.names[0] ?? '', url: product },
    )
    await page.goto(new URL(product, siteUrl).href)
    expect(await page.locator('h1').textContent()).not.toContain('OLD-SAVED-COPY')
    // Online, the worker lets the server answer: its redirects too (here, to the trailing slash).
    const first = stops[0] ?? ''
    const redirected = await page.goto(first.replace(/\/$/, ''))
    expect(redirected?.status()).toBe(200)
    expect(page.url()).toBe(first)
  })

  it('with the phone offline, opens every stop page and plays its audio guides', async () => {
    await context.setOffline(true)
    try {
      const audio = new Set(items.filter((i) => i.kind === 'audio').map((i) => i.url))
      let played = 0
      for (const stop of stops) {
        const response = await page.goto(stop)
        expect(response?.status(), stop).toBe(200)
        expect(response?.fromServiceWorker(), stop).toBe(true)
        await expect.poll(() => page.locator('h1').textContent()).not.toBe('')
        const sources = await page.locator('audio').evaluateAll((all) => all.map((a) => a.getAttribute('src') ?? ''))
        for (const src of sources.filter((s) => audio.has(s))) {
          const state = await play(page, src)
          expect(state, `${stop} ${src}`).toMatchObject({ found: true, error: null })
          expect(state.readyState).toBeGreaterThanOrEqual(2)
          expect(state.time).toBeGreaterThan(0.5)
          played++
        }
        // The cover picture shows, from the saved small version whatever size the phone asks for.
        const cover = page.locator('picture.hero img')
        if ((await cover.count()) > 0) {
          await expect
            .poll(() => cover.evaluate((img) => (img as HTMLImageElement).naturalWidth), { message: stop })
            .toBeGreaterThan(0)
        }
        // The saved copy of a certificate page (older, see above) says when it was saved.
        const fresh = items.find((i) => new URL(i.url, siteUrl).href === stop)?.fresh
        expect(await page.locator('main > p.notice[role=status]').count(), stop).toBe(fresh ? 1 : 0)
        if (fresh) expect(await page.locator('h1').textContent()).toContain('OLD-SAVED-COPY')
      }
      expect(played).toBe(audio.size)
      // Seeking asks for a range: answered from the saved file, as a server would.
      for (const src of audio) {
        const ranged = await page.evaluate(async (src) => {
          const response = await fetch(src, { headers: { Range: 'bytes=100-199' } })
          const body = await response.arrayBuffer()
          return { status: response.status, range: response.headers.get('content-range'), bytes: body.byteLength }
        }, src)
        expect(ranged).toMatchObject({ status: 206, bytes: 100 })
        expect(ranged.range).toMatch(/^bytes 100-199\/\d+$/)
      }

      // The route page: its schematic map (no tiles), and the island, which knows the pack is there.
      await page.goto(routeUrl)
      const sketch = page.locator('svg[data-route-sketch]')
      await sketch.scrollIntoViewIfNeeded()
      expect(await sketch.isVisible()).toBe(true)
      expect(await sketch.locator('[data-stop]').count()).toBeGreaterThan(1)
      await expect.poll(() => page.locator('[data-route-pack-saved]').count()).toBe(1)

      // Nothing else is answered from a cache: a page outside the pack is not there offline.
      await expect(page.goto(new URL('/ban-do/', siteUrl).href)).rejects.toThrow()
    } finally {
      await context.setOffline(false)
    }
    expect(cspProblems()).toEqual([])
  })

  it('offers an update once the site has changed the route’s files, then removes the pack and its worker', async () => {
    // As if the pack had been saved from an older build, which listed a file this one does not.
    await page.goto(routeUrl)
    const cacheName = (await packOf(page))?.cache ?? ''
    await page.evaluate(async (cacheName) => {
      const cache = await caches.open(cacheName)
      const done = await cache.match('/__heritage-pack__.json')
      const saved = (await done?.json()) as { urls: string[] }
      saved.urls = [...saved.urls.slice(1), '/_astro/from-an-older-build.js']
      await cache.put('/__heritage-pack__.json', new Response(JSON.stringify(saved)))
    }, cacheName)
    await page.reload()
    await page.locator('astro-island').scrollIntoViewIfNeeded()
    await page.locator('[data-route-pack-update]').tap()
    await page.locator('[data-route-pack-saved]').waitFor()
    expect(await page.locator('[data-route-pack-update]').count()).toBe(0)

    await page.locator('[data-route-pack-saved] button').tap()
    await page.locator('[data-route-pack-save]').waitFor()
    expect(await page.evaluate(() => caches.keys())).toEqual([])
    await expect
      .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length))
      .toBe(0)
  })
})

describe('a route pack in another language', () => {
  it('holds the English route page and the English pages of its stops', async () => {
    const html = await (await fetch(new URL('/en/routes/', siteUrl))).text()
    const href = /href="(\/en\/routes\/[a-z0-9-]+\/)"/.exec(html)?.[1]
    const route = await (await fetch(new URL(href ?? '', siteUrl))).text()
    const json = /<script type="application\/json" data-route-pack="1">([\s\S]*?)<\/script>/.exec(route)?.[1]
    const pages = (JSON.parse(json ?? '{"items":[]}') as { items: PackItem[] }).items.filter((i) => i.kind === 'page')
    expect(pages.length).toBeGreaterThan(1)
    for (const item of pages) expect(item.url).toMatch(/^\/en\//)
  })
})

describe('what the route pack leaves alone', () => {
  it('other pages carry no island, no service worker and no manifest; the route’s QR page only links', async () => {
    const fresh = await browser.newContext()
    try {
      const other = await fresh.newPage()
      await other.goto(new URL('/di-tich/den-phu-dong/', siteUrl).href)
      const html = await other.content()
      expect(html).not.toContain('astro-island')
      expect(html).not.toContain('rel="manifest"')
      expect(await other.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0)

      await other.goto(new URL(ROUTE_LIST, siteUrl).href)
      await other.locator('a', { hasText: ROUTE_TITLE }).first().click()
      const code = await other.locator('aside a[href^="/p/"]').first().getAttribute('href')
      const qr = await (await fetch(new URL(code ?? '', siteUrl))).text()
      expect(qr).not.toContain('astro-island')
      expect(qr).not.toContain('data-route-pack')
      expect(qr).toContain('data-route-sketch')
    } finally {
      await fresh.close()
    }
  })
})
