/**
 * Issue 19, end to end in Chromium: a plaque's QR opens in the phone's language. The plaque PDF of
 * Đình Bát Tràng (translated into Korean in the demo) is rendered and its code decoded as a camera
 * would; a phone set to Korean opens the address and lands on the Korean page, one preferring
 * English (Korean second) on the English page, a Vietnamese one stays. A Korean visitor with
 * scripts off who picks "Tiếng Việt" on a product label's Korean page stays in Vietnamese.
 */
import type { Browser, BrowserContextOptions } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { apiToken, launchChromium } from './browser'
import { decodeLabel } from './qr-decode'

const baseUrl = inject('baseUrl')
const siteUrl = inject('siteUrl')
const RELIC_SLUG = 'dinh-bat-trang'
const PRODUCT_SLUG = 'bo-am-chen-men-ran-vi-du'
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }

let browser: Browser
let token: string

const api = async <T>(url: string): Promise<T> => {
  const response = await fetch(`${baseUrl}${url}`, { headers: { Authorization: `JWT ${token}` } })
  expect(response.status, url).toBe(200)
  return (await response.json()) as T
}

/** The address a phone's camera reads off a PDF the admin prints. */
const scanned = async (pdfUrl: string) => {
  const response = await fetch(`${baseUrl}${pdfUrl}`, { headers: { Authorization: `JWT ${token}` } })
  expect(response.status, pdfUrl).toBe(200)
  return decodeLabel(new Uint8Array(await response.arrayBuffer()))
}

/** Opens an address in a new browser context; the path it ends on, its language and its title. */
async function open(url: string, options: BrowserContextOptions) {
  const context = await browser.newContext({ ...PHONE, ...options })
  const page = await context.newPage()
  const response = await page.goto(url)
  expect(response?.status()).toBe(200)
  return {
    page,
    context,
    path: new URL(page.url()).pathname,
    lang: await page.locator('html').getAttribute('lang'),
    h1: (await page.locator('h1').first().textContent()) ?? '',
  }
}

beforeAll(async () => {
  browser = await launchChromium()
  token = await apiToken(baseUrl)
})

afterAll(async () => {
  await browser?.close()
})

describe("a plaque's QR opens in the phone's language", () => {
  let relic: { id: number; code: string; title: string }
  let printed: string

  it('the plaque PDF carries the short address of the relic', async () => {
    const found = await api<{ docs: (typeof relic)[] }>(
      `/api/relics?where[slug][equals]=${RELIC_SLUG}&depth=0&locale=ko&fallback-locale=none`,
    )
    relic = found.docs[0] as typeof relic
    expect(relic.title, 'the demo translates Đình Bát Tràng into Korean').toMatch(/\p{Script=Hangul}/u)
    printed = await scanned(`/api/relics/${relic.id}/plaque.pdf`)
    expect(printed).toBe(`${siteUrl}/p/${relic.code}`)
  })

  it('a phone set to Korean lands on the Korean page', async () => {
    const korean = await open(printed, { locale: 'ko-KR' })
    expect(korean.path).toBe(`/ko/p/${relic.code}/`)
    expect(korean.lang).toBe('ko')
    expect(korean.h1).toContain(relic.title)
    await korean.context.close()
  })

  it('a phone preferring English, Korean second, lands on the English page; a Vietnamese phone stays', async () => {
    const english = await open(printed, { extraHTTPHeaders: { 'Accept-Language': 'en-US,en;q=0.9,ko;q=0.8' } })
    expect(english.path).toBe(`/en/p/${relic.code}/`)
    expect(english.lang).toBe('en')
    await english.context.close()
    const vietnamese = await open(printed, { locale: 'vi-VN' })
    expect(vietnamese.path).toBe(`/p/${relic.code}/`)
    expect(vietnamese.lang).toBe('vi')
    await vietnamese.context.close()
  })
})

describe("a product label's QR, without JavaScript", () => {
  it('opens the Korean page, and "Tiếng Việt" in the language row keeps the visitor in Vietnamese', async () => {
    const products = await api<{ docs: { id: number }[] }>(
      `/api/ocop-products?where[slug][equals]=${PRODUCT_SLUG}&depth=0`,
    )
    const product = products.docs[0]
    const batches = await api<{ docs: { id: number; code: string }[] }>(
      `/api/batches?where[product][equals]=${product?.id}&depth=0&limit=1`,
    )
    const batch = batches.docs[0]
    expect(batch, `a published batch of ${PRODUCT_SLUG}`).toBeDefined()
    const label = await scanned(`/api/batches/${batch?.id}/labels.pdf?count=1`)
    const korean = await open(label, { locale: 'ko-KR', javaScriptEnabled: false })
    expect(korean.path).toBe(`/ko/t/${batch?.code}/`)
    expect(korean.lang).toBe('ko')
    await korean.page.locator('nav.languages a[hreflang="vi"]').click()
    await korean.page.waitForURL((url) => url.pathname === `/t/${batch?.code}/`)
    expect(await korean.page.locator('html').getAttribute('lang')).toBe('vi')
    await korean.context.close()
  })
})
