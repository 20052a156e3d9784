/**
 * The visitor's first screen (issue 17, item 11 and part of 12): a relic reached from its plaque
 * on a 390×844 phone shows its key facts within the first two screens (open now and the hours,
 * the next festival in solar dates, directions, the audio guide's length, the 360° button); the
 * English page gives credits in English; the 3D viewer shows its progress while it loads.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium } from './browser'

const baseUrl = inject('baseUrl')
const siteUrl = inject('siteUrl')
const SCREEN = { width: 390, height: 844 }
const ANDROID =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36'

let browser: Browser
let phone: BrowserContext
let code: string

beforeAll(async () => {
  browser = await launchChromium()
  // A visitor from abroad: the phone's clock is in Paris, the temple's hours are Vietnam's.
  phone = await browser.newContext({
    viewport: SCREEN,
    isMobile: true,
    hasTouch: true,
    userAgent: ANDROID,
    timezoneId: 'Europe/Paris',
    // Set to Vietnamese (the QR address follows the phone's language): the Vietnamese page first.
    locale: 'vi-VN',
  })
  const found = await fetch(`${baseUrl}/api/relics?where[slug][equals]=den-phu-dong&depth=0&locale=vi`)
  const [doc] = ((await found.json()) as { docs: { code: string }[] }).docs
  if (!doc) throw new Error('The demo has no published relic den-phu-dong.')
  code = doc.code
})

afterAll(async () => {
  await browser?.close()
})

/** The element lies wholly within the first two screens of the page (the page is at its top). */
async function withinTwoScreens(what: string, locator: Locator): Promise<void> {
  const box = await locator.boundingBox()
  expect(box, `${what} is shown`).not.toBeNull()
  if (!box) return
  expect(box.y, `${what} starts on the page`).toBeGreaterThanOrEqual(0)
  expect(box.y + box.height, `${what} ends within 2 × ${SCREEN.height} px`).toBeLessThan(2 * SCREEN.height)
}

describe('a relic reached from its plaque, on a phone', () => {
  let page: Page

  it('gives the hours, the next festival’s solar dates, directions, the audio guide’s length and the 360° button within two screens, with no script; the entry’s page adds open now', async () => {
    page = await phone.newPage()
    // Saturday 5 December 2026, 09:00 in Vietnam (03:00 in Paris): the demo temple opens 7:00–17:00.
    await page.clock.setFixedTime(new Date('2026-12-05T02:00:00Z'))
    await page.goto(`${siteUrl}/p/${code}/`)
    expect(await page.locator('link[rel=canonical]').getAttribute('href')).toMatch(/\/di-tich\/den-phu-dong\/$/)

    const box = page.locator('[data-key-facts]')
    const boxTop = await box.boundingBox()
    const title = await page.locator('h1').boundingBox()
    // Right after the title.
    expect(boxTop && title && boxTop.y - (title.y + title.height)).toBeLessThan(40)

    // A QR landing page loads no JavaScript (tools/budgets.ts): the hours as the officer wrote
    // them, and “open now” on the entry's own page, which the viewer buttons open.
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0)
    expect(await box.locator('[data-open-now]').count()).toBe(0)
    const hours = box.getByText('7:00–17:00', { exact: false })
    await withinTwoScreens('opening hours', hours)

    // The Gióng festival's dates, from lunar 6/1 (Sóc temple) and 6/4 (Phù Đổng temple), in the solar calendar.
    const festival = box.locator('[data-next-festival]')
    const firstDate = festival.locator('time').first()
    expect(await firstDate.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(await firstDate.textContent()).toMatch(/^(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ nhật), \d{2}\/\d{2}\/\d{4}$/)
    expect(await festival.textContent()).toContain('tháng 4 âm lịch')
    await withinTwoScreens('next festival', festival)

    const directions = box.getByRole('link', { name: 'Chỉ đường' })
    // An Android phone opens its maps app (offline maps too) with a geo: link.
    expect(await directions.getAttribute('href')).toMatch(/^geo:21\.0595,105\.958\?q=/)
    await withinTwoScreens('directions', directions)

    const duration = box.locator('[data-audio-duration]')
    expect(await duration.textContent()).toMatch(/^\d+:\d{2}$/)
    expect(await duration.textContent()).not.toBe('0:00')
    const player = box.locator('audio')
    await withinTwoScreens('audio duration', duration)
    await withinTwoScreens('audio player', player)

    const to360 = box.getByRole('link', { name: 'Ảnh 360°' })
    await withinTwoScreens('360° button', to360)
    await withinTwoScreens('key facts box', box)
    await to360.click()
    await page.waitForURL(/\/di-tich\/den-phu-dong\/#panorama-/)
    const openNow = page.locator('[data-key-facts] [data-open-now]')
    await expect.poll(() => openNow.textContent()).toBe('Đang mở cửa, đóng cửa lúc 17:00 (giờ Việt Nam)')
    const viewer = page.locator('[data-panorama-viewer]')
    await expect.poll(async () => (await viewer.boundingBox())?.y ?? -1).toBeLessThan(SCREEN.height / 2)
    expect(await viewer.getByRole('button', { name: 'Xem ảnh 360°' }).isVisible()).toBe(true)
  })

  it('in English, gives the credits in English', async () => {
    const href = await page.locator('a[hreflang="en"]').first().getAttribute('href')
    if (!href) throw new Error('No link to the English page')
    await page.goto(new URL(href, siteUrl).href)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    const text = (await page.locator('main').textContent()) ?? ''
    expect(text).not.toContain('minh họa tạo tự động')
    expect(await page.locator('.gallery figcaption').first().textContent()).toContain('© Generated placeholder image')
    expect(await page.locator('[data-panorama-viewer] figcaption').textContent()).toContain(
      'Generated placeholder image',
    )
    expect(await page.locator('[data-key-facts] .audio-guide figcaption').textContent()).toContain(
      'Generated placeholder sound',
    )
    expect(await page.locator('[data-open-now]').textContent()).toBe('Open now, closes at 17:00 (Vietnam time)')
    await page.close()
  })
})

describe('the 3D viewer', () => {
  it('shows a loading indicator with its progress until the model is drawn, and keeps the reset button off the model', async () => {
    const context = await browser.newContext({ viewport: SCREEN })
    const page = await context.newPage()
    await page.goto(`${siteUrl}/lang-nghe/lang-gom-bat-trang/`)
    // The model's download waits until the indicator has been seen.
    let release = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    await page.route(/\.glb$/, async (route) => {
      if (route.request().resourceType() === 'fetch') await held
      await route.continue()
    })
    const figure = page.locator('[data-model-viewer]')
    await figure.getByRole('button', { name: /^Xem mô hình 3D/ }).click()
    const indicator = figure.locator('[data-loading]')
    await expect.poll(() => indicator.isVisible()).toBe(true)
    expect(await indicator.textContent()).toMatch(/Đang tải mô hình 3D \(\d+ KB\)… 0%/)
    expect(await indicator.locator('progress').getAttribute('value')).toBe('0')
    // Screen readers hear it through the status line.
    expect(await figure.getByRole('status').textContent()).toMatch(/^Đang tải mô hình 3D/)

    release()
    const canvas = figure.locator('canvas')
    await canvas.waitFor({ timeout: 90_000 })
    expect(await indicator.isVisible()).toBe(false)
    expect(await figure.getByRole('status').textContent()).toBe('')
    const reset = figure.getByRole('button', { name: 'Đặt lại góc nhìn' })
    const [stage, button] = [await canvas.boundingBox(), await reset.boundingBox()]
    if (!stage || !button) throw new Error('The viewer or its reset button has no size')
    expect(button.y).toBeGreaterThanOrEqual(stage.y + stage.height)
    await context.close()
  })
})
