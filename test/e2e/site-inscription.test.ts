/**
 * Issue 22: an inscription's page in Chromium, as a visitor on a phone and a researcher at a desk
 * use it. The photo becomes our deep-zoom viewer (IIIF level-0 tiles); zooming draws finer tiles;
 * choosing a line highlights its region on the photo exactly where the line's region says; a tap
 * on a region picks its line; and all of it works from the keyboard alone. Without JavaScript the
 * page is the photo and the text.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium } from './browser'

const siteUrl = inject('siteUrl')
const SHOTS = process.env.E2E_SHOTS ?? '/tmp/e2e-shots'
const LIST = '/van-bia-sac-phong/'

let browser: Browser
let pagePath: string

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  browser = await launchChromium()
  // The first inscription the list links to (the demo has illustrative ones).
  const list = await (await fetch(`${siteUrl}${LIST}`)).text()
  const found = /href="(\/van-bia-sac-phong\/[^"/]+\/)"/.exec(list)?.[1]
  if (!found) throw new Error(`No inscription linked from ${LIST}`)
  pagePath = found
})

afterAll(async () => {
  await browser?.close()
})

interface Box {
  x: number
  y: number
  width: number
  height: number
}
const near = (a: Box, b: Box, tolerance = 2) => {
  for (const k of ['x', 'y', 'width', 'height'] as const)
    expect(Math.abs(a[k] - b[k]), k).toBeLessThanOrEqual(tolerance)
}

/** The box a line's region should have on screen: its fractions of the photo's drawn box. */
async function expectedBox(page: Page, n: number): Promise<Box> {
  return page.evaluate((n) => {
    const figure = document.querySelector<HTMLElement>('[data-inscription-viewer]')
    const regions = JSON.parse(figure?.dataset.regions ?? '[]') as {
      n: number
      x: number
      y: number
      w: number
      h: number
    }[]
    const r = regions.find((region) => region.n === n)
    const content = document.querySelector('.zoom-content')?.getBoundingClientRect()
    if (!r || !content) throw new Error('no region or no viewer')
    return {
      x: content.x + r.x * content.width,
      y: content.y + r.y * content.height,
      width: r.w * content.width,
      height: r.h * content.height,
    }
  }, n)
}

/** Tiles drawn and loaded (a tile that failed to load has no natural width). */
const loadedTiles = (page: Page) =>
  page.evaluate(() => {
    const images = Array.from(document.querySelectorAll<HTMLImageElement>('.zoom-content img'))
    return images.every((i) => i.complete) ? images.filter((i) => i.naturalWidth > 0).length : -1
  })
const contentWidth = (page: Page) =>
  page.evaluate(() => document.querySelector('.zoom-content')?.getBoundingClientRect().width ?? 0)

describe('an inscription page', () => {
  it('without JavaScript: the photo, the warning and the text in three marked columns', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } })
    const page = await context.newPage()
    await page.goto(`${siteUrl}${pagePath}`)
    await expect(page.locator('.zoom-still img').first().isVisible()).resolves.toBe(true)
    await expect(page.locator('.transcription-warning').isVisible()).resolves.toBe(true)
    expect(await page.locator('.lines li').count()).toBeGreaterThan(0)
    expect(await page.locator('.lines li .original[lang="vi-Hani"]').count()).toBe(
      await page.locator('.lines li').count(),
    )
    // The buttons only the viewer uses are not shown.
    expect(await page.locator('[data-show-line]:visible').count()).toBe(0)
    await page.screenshot({ path: path.join(SHOTS, 'inscription-phone-nojs.png'), fullPage: true })
    await context.close()
  })

  it('on a phone: pinch and + zoom in, a line shows its region, a tap on a region picks its line', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
      deviceScaleFactor: 2,
    })
    const page = await context.newPage()
    await page.goto(`${siteUrl}${pagePath}`)
    const stage = page.locator('.zoom-stage')
    await stage.waitFor()
    await page.locator('.zoom-content img').first().waitFor()
    const fitted = await contentWidth(page)

    // Pinch: two touch points moving apart, through the Chrome DevTools protocol, on the viewer as
    // the visitor scrolled it into view (touches outside the window are not delivered).
    await stage.scrollIntoViewIfNeeded()
    const box = await stage.boundingBox()
    if (!box) throw new Error('no stage')
    const cx = box.x + box.width / 2
    const cy = box.y + box.height / 2
    const cdp = await context.newCDPSession(page)
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', d: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints:
          type === 'touchEnd'
            ? []
            : [
                { x: cx - d, y: cy, id: 1 },
                { x: cx + d, y: cy, id: 2 },
              ],
      })
    await touch('touchStart', 30)
    for (let d = 40; d <= 120; d += 10) await touch('touchMove', d)
    await touch('touchEnd', 0)
    await page.waitForTimeout(200)
    const pinched = await contentWidth(page)
    expect(pinched).toBeGreaterThan(fitted * 1.8)

    await page.getByRole('button', { name: /Phóng to/ }).click()
    await page.waitForTimeout(200)
    expect(await contentWidth(page)).toBeGreaterThan(pinched * 1.3)
    // Zoomed in, finer tiles than the overview are drawn, and every one of them loads.
    await expect.poll(() => loadedTiles(page), { timeout: 10_000 }).toBeGreaterThan(1)
    expect(await page.locator('.zoom-content img').count()).toBe(await loadedTiles(page))

    // Choose the first line with a region: its box on the photo is highlighted where it belongs.
    const show = page.locator('[data-show-line]').first()
    const n = Number(await show.getAttribute('data-show-line'))
    await show.click()
    const region = page.locator(`.zoom-region[data-region="${n}"]`)
    await expect(region.getAttribute('class')).resolves.toContain('selected')
    await page.waitForTimeout(300)
    const drawn = await region.boundingBox()
    if (!drawn) throw new Error('region not drawn')
    near(drawn, await expectedBox(page, n))
    // In view: inside the stage.
    const stageBox = await stage.boundingBox()
    if (!stageBox) throw new Error('no stage')
    expect(drawn.x).toBeGreaterThanOrEqual(stageBox.x - 1)
    expect(drawn.x + drawn.width).toBeLessThanOrEqual(stageBox.x + stageBox.width + 1)
    await expect(page.locator(`#line-${n}`).getAttribute('class')).resolves.toContain('selected')
    await stage.screenshot({ path: path.join(SHOTS, 'inscription-phone-region.png') })

    // Fit again, tap another line's region: its line is selected.
    await page.getByRole('button', { name: /Về kích thước ban đầu/ }).click()
    await page.waitForTimeout(200)
    const other = await page.locator('.zoom-region').last().getAttribute('data-region')
    const target = await page.locator(`.zoom-region[data-region="${other}"]`).boundingBox()
    if (!target) throw new Error('no region')
    await page.touchscreen.tap(target.x + target.width / 2, target.y + target.height / 2)
    await page.waitForTimeout(600)
    await expect(page.locator(`#line-${other}`).getAttribute('class')).resolves.toContain('selected')
    await page.screenshot({ path: path.join(SHOTS, 'inscription-phone.png'), fullPage: true })
    await context.close()
  })

  it('from the keyboard alone: Tab to the viewer, + zooms, Tab to a line, Enter shows its region', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.goto(`${siteUrl}${pagePath}`)
    await page.locator('.zoom-stage').waitFor()
    const fitted = await contentWidth(page)
    let guard = 0
    while (!(await page.evaluate(() => document.activeElement?.classList.contains('zoom-stage')))) {
      await page.keyboard.press('Tab')
      if (++guard > 60) throw new Error('the viewer is not reachable with Tab')
    }
    // A visible focus ring.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)
    expect(outline).not.toBe('none')
    await page.keyboard.press('+')
    await page.waitForTimeout(150)
    expect(await contentWidth(page)).toBeGreaterThan(fitted * 1.4)
    await page.keyboard.press('0')
    await page.waitForTimeout(150)
    expect(Math.abs((await contentWidth(page)) - fitted)).toBeLessThan(2)

    guard = 0
    while (!(await page.evaluate(() => document.activeElement?.hasAttribute('data-show-line')))) {
      await page.keyboard.press('Tab')
      if (++guard > 20) throw new Error('no line reachable with Tab after the viewer')
    }
    const n = Number(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.showLine))
    await page.keyboard.press('Enter')
    await page.waitForTimeout(300)
    const region = page.locator(`.zoom-region[data-region="${n}"]`)
    await expect(region.getAttribute('class')).resolves.toContain('selected')
    const drawn = await region.boundingBox()
    if (!drawn) throw new Error('region not drawn')
    near(drawn, await expectedBox(page, n))
    await page.screenshot({ path: path.join(SHOTS, 'inscription-desktop.png'), fullPage: true })
    await context.close()
  })
})
