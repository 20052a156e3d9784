import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { apiToken, launchChromium } from './browser'
import { decodeLabel } from './qr-decode'

const baseUrl = inject('baseUrl')
const siteUrl = inject('siteUrl')
let browser: Browser
let phone: BrowserContext
let noScript: BrowserContext
let token: string

interface BatchDoc {
  id: number
  lotCode: string
  code: string
  product: { id: number; gtin?: string | null; slug: string; title: string }
}

const api = async <T>(url: string): Promise<T> => {
  const response = await fetch(`${baseUrl}${url}`, { headers: { Authorization: `JWT ${token}` } })
  expect(response.status, url).toBe(200)
  return (await response.json()) as T
}

beforeAll(async () => {
  browser = await launchChromium()
  // Vietnamese phones: a QR code opens the Vietnamese page (serve.ts follows Accept-Language).
  phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'vi-VN',
  })
  noScript = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 390, height: 844 },
    locale: 'vi-VN',
  })
  token = await apiToken(baseUrl)
})

afterAll(async () => {
  await browser?.close()
})

/** The address printed on the first label of a batch's PDF sheet. */
const printedLabel = async (batch: number | undefined): Promise<string> =>
  decodeLabel(
    new Uint8Array(
      await (
        await fetch(`${baseUrl}/api/batches/${batch}/labels.pdf?count=1`, {
          headers: { Authorization: `JWT ${token}` },
        })
      ).arrayBuffer(),
    ),
  )

describe('QR traceability', () => {
  it('a printed batch label with a GTIN leads, by GS1 Digital Link, to that batch’s page (scripts off)', async () => {
    const { docs } = await api<{ docs: BatchDoc[] }>('/api/batches?where[lotCode][equals]=BL-0001&depth=1')
    const batch = docs[0]
    expect(batch?.product.gtin).toMatch(/^\d{14}$/)
    const url = await printedLabel(batch?.id)
    expect(url).toBe(`${siteUrl}/01/${batch?.product.gtin}/10/BL-0001`)

    const page = await noScript.newPage()
    const response = await page.goto(url)
    expect(response?.status()).toBe(200)
    await expect(page.locator('[data-lot]').textContent()).resolves.toBe('BL-0001')
    await expect(page.locator('h1').textContent()).resolves.toContain(batch?.product.title)
    const text = await page.locator('main').textContent()
    expect(text).toContain('Nguồn gốc nguyên liệu')
    expect(text).toContain('Ngày sản xuất')
    await page.close()
  })

  it('a label without a GTIN uses the short code, and the English page is one tap away', async () => {
    const { docs } = await api<{ docs: BatchDoc[] }>('/api/batches?depth=1&limit=50')
    const batch = docs.find((b) => !b.product.gtin)
    expect(batch, 'the demo has a batch of a product without GTIN').toBeDefined()
    const url = await printedLabel(batch?.id)
    expect(url).toBe(`${siteUrl}/t/${batch?.code}`)
    const page = await phone.newPage()
    await page.goto(url)
    await expect(page.locator('[data-lot]').textContent()).resolves.toBe(batch?.lotCode)
    await page.getByRole('link', { name: 'English' }).click()
    await page.waitForURL(`${siteUrl}/en/t/${batch?.code}/`)
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en')
    expect(await page.locator('main').textContent()).toContain('Origin of raw materials')
    await page.close()
  })

  it('shows an expired OCOP certificate as expired, and a current one as valid', async () => {
    const page = await noScript.newPage()
    await page.goto(`${siteUrl}/san-pham-ocop/tranh-son-thep-vang-quy-vi-du/`)
    const expired = page.locator('[data-certificate-state]')
    await expect(expired.getAttribute('data-certificate-state')).resolves.toBe('expired')
    expect(await expired.textContent()).toContain('Đã hết hiệu lực')

    await page.goto(`${siteUrl}/san-pham-ocop/binh-gom-men-lam-vi-du/`)
    const valid = page.locator('[data-certificate-state]')
    await expect(valid.getAttribute('data-certificate-state')).resolves.toBe('valid')
    expect(await valid.textContent()).toContain('Còn hiệu lực')
    expect(await valid.textContent()).not.toContain('Đã hết hiệu lực')

    // The batch page of the expired product says so too, where the shopper looks.
    const { docs } = await api<{ docs: BatchDoc[] }>('/api/batches?where[lotCode][equals]=TV-0001&depth=1')
    await page.goto(`${siteUrl}/t/${docs[0]?.code}/`)
    await expect(page.locator('[data-certificate-state]').getAttribute('data-certificate-state')).resolves.toBe(
      'expired',
    )
    await page.close()
  })

  it('a relic plaque’s short URL shows the relic, with its readable address as canonical', async () => {
    const { docs } = await api<{ docs: { code: string; title: string }[] }>(
      '/api/relics?where[slug][equals]=den-phu-dong',
    )
    const relic = docs[0]
    const page = await noScript.newPage()
    const response = await page.goto(`${siteUrl}/p/${relic?.code}`)
    expect(response?.status()).toBe(200)
    await expect(page.locator('h1').textContent()).resolves.toBe(relic?.title)
    await expect(page.locator('link[rel=canonical]').getAttribute('href')).resolves.toBe(
      `${siteUrl}/di-tich/den-phu-dong/`,
    )
    await page.close()
  })
})

describe('languages', () => {
  it('switches between Vietnamese and English on the same page, with hreflang links', async () => {
    const page = await phone.newPage()
    await page.goto(`${siteUrl}/di-tich/den-phu-dong/`)
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('vi')
    await expect(page.locator('link[hreflang=en]').getAttribute('href')).resolves.toBe(
      `${siteUrl}/en/relics/den-phu-dong/`,
    )
    const viTitle = await page.locator('h1').textContent()
    await page.getByRole('link', { name: 'English' }).click()
    await page.waitForURL(`${siteUrl}/en/relics/den-phu-dong/`)
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en')
    const enTitle = await page.locator('h1').textContent()
    expect(enTitle).toMatch(/Temple/)
    expect(enTitle).not.toBe(viTitle)
    await page.getByRole('link', { name: 'Tiếng Việt' }).click()
    await page.waitForURL(`${siteUrl}/di-tich/den-phu-dong/`)
    await expect(page.locator('h1').textContent()).resolves.toBe(viTitle)
    await page.close()
  })
})

describe('what the public never sees', () => {
  it('a draft has no page, and internal notes appear nowhere', async () => {
    const draft = await fetch(`${siteUrl}/di-tich/di-tich-vi-du-dang-bien-soan/`)
    expect(draft.status).toBe(404)
    const page = await fetch(`${siteUrl}/di-tich/den-phu-dong/`)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).not.toContain('NỘI BỘ-DEMO')
    expect(html).not.toContain('0900 000')
  })

  it('detail pages without an island ship no JavaScript', async () => {
    const html = await (await fetch(`${siteUrl}/san-pham-ocop/binh-gom-men-lam-vi-du/`)).text()
    expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/)
  })
})
