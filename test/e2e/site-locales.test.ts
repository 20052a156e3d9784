/**
 * Issue 19: the public site in every published language, in Chromium. A Korean page of a
 * translated relic has `<html lang="ko">` and its hreflang set; a Japanese list shows an entry not
 * translated into Japanese in English, with a visible note, and opens the English page; a QR
 * landing page starts with its row of languages (no JavaScript) and keeps its title on a small
 * phone's first screen.
 */
import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { apiToken, BUILD_TIMEOUT, launchChromium } from './browser'

const baseUrl = inject('baseUrl')
const siteUrl = inject('siteUrl')
const PHONE = { width: 360, height: 740 }
let browser: Browser
let phone: BrowserContext
/** A relic with a Korean page: one the demo translated, else one translated here through the API. */
let korean: { slug: string; code: string }

const status = async (urlPath: string) => (await fetch(`${siteUrl}${urlPath}`, { redirect: 'manual' })).status

async function koreanRelic(): Promise<{ slug: string; code: string }> {
  const sitemap = await (await fetch(`${siteUrl}/sitemap.xml`)).text()
  const seeded = /<loc>[^<]*\/ko\/relics\/([a-z0-9-]+)\/<\/loc>/.exec(sitemap)?.[1]
  const headers = { Authorization: `JWT ${await apiToken(baseUrl)}` }
  const slug = seeded ?? 'dinh-bat-trang'
  const found = await fetch(`${baseUrl}/api/relics?where[slug][equals]=${slug}&depth=0&locale=vi`, { headers })
  const [relic] = ((await found.json()) as { docs: { id: number; code: string }[] }).docs
  if (!relic) throw new Error(`The demo has no relic ${slug}.`)
  if (!seeded) {
    const saved = await fetch(`${baseUrl}/api/relics/${relic.id}?locale=ko`, {
      method: 'PATCH',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        title: '밧짱 마을 정자 (딘)',
        summary: '도자기 마을 밧짱의 마을 신을 모시는 정자.',
        _status: 'published',
      }),
    })
    if (saved.status !== 200) throw new Error(`The Korean translation was refused: ${await saved.text()}`)
    // The save publishes: wait for the build that has the Korean page.
    const until = Date.now() + BUILD_TIMEOUT
    while ((await status(`/ko/relics/${slug}/`)) !== 200) {
      if (Date.now() > until) throw new Error(`No Korean page of ${slug} after ${BUILD_TIMEOUT} ms.`)
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
  }
  return { slug, code: relic.code }
}

beforeAll(async () => {
  browser = await launchChromium()
  phone = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, javaScriptEnabled: false })
  korean = await koreanRelic()
}, BUILD_TIMEOUT + 30_000)

afterAll(async () => {
  await browser?.close()
})

describe('a relic translated into Korean', () => {
  it('has a Korean page in Korean, with hreflang to every translation and x-default Vietnamese', async () => {
    const page = await phone.newPage()
    const response = await page.goto(`${siteUrl}/ko/relics/${korean.slug}/`)
    expect(response?.status()).toBe(200)
    expect(await page.locator('html').getAttribute('lang')).toBe('ko')
    const alternates = await page
      .locator('link[rel=alternate][hreflang]')
      .evaluateAll((links) =>
        links.map((l): [string, string] => [l.getAttribute('hreflang') ?? '', l.getAttribute('href') ?? '']),
      )
    const byLang = new Map(alternates)
    expect(byLang.get('ko')).toBe(`${siteUrl}/ko/relics/${korean.slug}/`)
    expect(byLang.get('vi')).toBe(`${siteUrl}/di-tich/${korean.slug}/`)
    expect(byLang.get('x-default')).toBe(`${siteUrl}/di-tich/${korean.slug}/`)
    // Every alternate is a page that exists, and names the same set back.
    for (const [, href] of alternates) expect(await status(new URL(href ?? '', siteUrl).pathname)).toBe(200)
    // The row of languages: each in its own language, this one current, no link to a missing page.
    const row = page.locator('nav.languages')
    expect(await row.locator('[aria-current]').textContent()).toBe('한국어')
    expect(await row.locator('[aria-current]').getAttribute('lang')).toBe('ko')
    expect(await row.getByRole('link', { name: 'Tiếng Việt' }).getAttribute('lang')).toBe('vi')
    expect(await row.getByRole('link').count()).toBe(alternates.length - 2)
    await page.close()
  })

  it('opens from its QR plaque in Korean with the languages at the very top and the title on the first screen', async () => {
    const page = await phone.newPage()
    expect((await page.goto(`${siteUrl}/ko/p/${korean.code}/`))?.status()).toBe(200)
    expect(await page.locator('link[rel=canonical]').getAttribute('href')).toBe(`${siteUrl}/ko/relics/${korean.slug}/`)
    const row = await page.locator('nav.languages').boundingBox()
    const header = await page.locator('header.site-header').boundingBox()
    const title = await page.locator('h1').boundingBox()
    expect(row?.y).toBe(0)
    expect(row && header && row.y + row.height).toBeLessThanOrEqual(header?.y ?? 0)
    expect(title && title.y + title.height).toBeLessThan(PHONE.height / 2)
    await page.getByRole('link', { name: 'Tiếng Việt' }).click()
    await page.waitForURL(`${siteUrl}/di-tich/${korean.slug}/`)
    expect(await page.locator('html').getAttribute('lang')).toBe('vi')
    await page.close()
  })
})

describe('an entry not translated into Japanese', () => {
  it('is listed on the Japanese list in English, with a visible note in Japanese, and opens the English page', async () => {
    const page = await phone.newPage()
    await page.goto(`${siteUrl}/ja/`)
    expect(await page.locator('html').getAttribute('lang')).toBe('ja')
    // The Japanese lists, from the menu, until one shows an entry not translated into Japanese.
    const lists = await page.locator('nav.main-nav a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    const untranslated = page.locator('.card', { has: page.locator('[data-untranslated="en"]') })
    for (const list of lists) {
      await page.goto(`${siteUrl}${list}`)
      if ((await untranslated.count()) > 0) break
    }
    const card = untranslated.first()
    const note = card.locator('[data-untranslated]')
    expect(await note.isVisible()).toBe(true)
    expect(await note.textContent()).toMatch(/日本語/)
    const link = card.locator('.card-title a')
    expect(await link.getAttribute('lang')).toBe('en')
    const href = await link.getAttribute('href')
    expect(href).toMatch(/^\/en\/[a-z-]+\/[a-z0-9-]+\/$/)
    await link.click()
    await page.waitForURL(`${siteUrl}${href}`)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    // No Japanese page of it exists.
    expect(await status(href?.replace(/^\/en\//, '/ja/') ?? '')).toBe(404)
    await page.close()
  })
})
