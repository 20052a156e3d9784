import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium } from './browser'

// Against the demo data: Bát Tràng has the generated vase model, Phù Đổng temple the generated
// striped panorama. Their pages are found from the listing pages, not from their slugs.
const siteUrl = inject('siteUrl')

let browser: Browser
let context: BrowserContext | undefined

beforeAll(async () => {
  browser = await launchChromium()
})
afterEach(async () => {
  await context?.close()
  context = undefined
})
afterAll(async () => {
  await browser?.close()
})

/** A fresh phone-sized page with an empty cache, so every script it uses is seen arriving. */
async function phonePage(): Promise<Page> {
  context = await browser.newContext({ viewport: { width: 412, height: 860 }, deviceScaleFactor: 2 })
  return context.newPage()
}

/** The scripts a page has received so far, with their text. */
function recordScripts(page: Page): () => Promise<{ url: string; text: string }[]> {
  const scripts: Promise<{ url: string; text: string }>[] = []
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return
    scripts.push(
      response.text().then(
        (text) => ({ url: response.url(), text }),
        () => ({ url: response.url(), text: '' }),
      ),
    )
  })
  return () => Promise.all(scripts)
}

/** URLs of the scripts received so far that are (or contain) three.js. */
const threeJs = async (scripts: () => Promise<{ url: string; text: string }[]>) =>
  (await scripts()).filter((script) => script.text.includes('THREE.WebGLRenderer')).map((script) => script.url)

async function entryUrl(page: Page, listPath: string, title: RegExp): Promise<string> {
  await page.goto(new URL(listPath, siteUrl).href)
  const href = await page.locator(`a[href^="${listPath}"]`, { hasText: title }).first().getAttribute('href')
  if (!href) throw new Error(`No link to an entry titled ${title} on ${listPath}`)
  return new URL(href, siteUrl).href
}

/** The same page in English, through the language switch. */
async function englishUrl(page: Page, url: string): Promise<string> {
  await page.goto(url)
  const href = await page.locator('a[hreflang="en"]').first().getAttribute('href')
  if (!href) throw new Error(`No link to the English version of ${url}`)
  return new URL(href, siteUrl).href
}

/**
 * What the canvas shows on screen: how many distinct colours (16 levels per channel) and which
 * share of its pixels differ clearly from the most common colour. A canvas that drew nothing, or
 * only its background, has one colour and no share.
 */
async function pixels(page: Page, canvas: Locator): Promise<{ colours: number; offBackground: number; hash: string }> {
  const png = await canvas.screenshot()
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
    const draw = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')
    if (!draw) throw new Error('No 2D canvas to read the screenshot with')
    draw.drawImage(bitmap, 0, 0)
    const { data } = draw.getImageData(0, 0, bitmap.width, bitmap.height)
    const channel = (i: number) => data[i] ?? 0
    const counts = new Map<number, number>()
    let top = { key: 0, count: 0 }
    for (let i = 0; i < data.length; i += 4) {
      const key = ((channel(i) >> 4) << 8) | ((channel(i + 1) >> 4) << 4) | (channel(i + 2) >> 4)
      const count = (counts.get(key) ?? 0) + 1
      counts.set(key, count)
      if (count > top.count) top = { key, count }
    }
    const [r, g, b] = [(top.key >> 8) * 16, ((top.key >> 4) & 15) * 16, (top.key & 15) * 16]
    let off = 0
    for (let i = 0; i < data.length; i += 4) {
      const distance = Math.max(Math.abs(channel(i) - r), Math.abs(channel(i + 1) - g), Math.abs(channel(i + 2) - b))
      if (distance > 48) off++
    }
    const digest = await crypto.subtle.digest('SHA-256', data)
    return {
      colours: counts.size,
      offBackground: off / (data.length / 4),
      hash: [...new Uint8Array(digest)].map((x) => x.toString(16).padStart(2, '0')).join(''),
    }
  }, png.toString('base64'))
}

/**
 * Waits until the canvas shows a picture: many colours, a good part of them away from the background.
 * The demo vase, framed whole, covers about 5 % of a phone's stage (the 3D reset button, which used
 * to lie over the canvas and counted here, is now under it).
 */
async function expectRendered(page: Page, canvas: Locator): Promise<string> {
  let last = { colours: 0, offBackground: 0, hash: '' }
  await expect
    .poll(
      async () => {
        last = await pixels(page, canvas)
        return { colours: last.colours, offBackground: last.offBackground }
      },
      { timeout: 60_000 },
    )
    .toSatisfy(({ colours, offBackground }) => colours >= 16 && offBackground >= 0.03)
  return last.hash
}

// Opening a model is slow in SwiftShader (its environment lighting takes seconds to compile on the
// CPU), so each test below opens the model once and checks as much as it can.
describe('3D model viewer', () => {
  it('shows the poster, loads three.js only on the button press, draws the model and turns it by keyboard', async () => {
    const page = await phonePage()
    const url = await entryUrl(page, '/lang-nghe/', /Bát Tràng/)
    const scripts = recordScripts(page)
    await page.goto(url, { waitUntil: 'networkidle' })

    const figure = page.locator('[data-model-viewer]').first()
    const button = figure.getByRole('button', { name: /^Xem mô hình 3D \(\d+ KB\)$/ })
    await expect.poll(() => button.isVisible()).toBe(true)
    expect(await figure.locator('.poster img').isVisible()).toBe(true)
    expect(await figure.locator('a[download]').getAttribute('href')).toMatch(/^\/media\/.+\.glb$/)
    expect(await threeJs(scripts)).toEqual([])
    expect(await page.evaluate(() => '__THREE__' in window)).toBe(false)

    const model = page.waitForResponse((response) => response.url().endsWith('.glb'))
    await button.click()
    expect((await model).status()).toBe(200)
    const canvas = figure.locator('canvas')
    await canvas.waitFor({ timeout: 60_000 })
    expect(await canvas.getAttribute('aria-label')).toMatch(/^Mô hình 3D: /)
    const start = await expectRendered(page, canvas)
    expect((await threeJs(scripts)).length).toBeGreaterThan(0)
    expect(await figure.locator('.poster').isVisible()).toBe(false)

    await canvas.focus()
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight')
    await page.keyboard.press('+')
    await expect.poll(async () => (await pixels(page, canvas)).hash, { timeout: 15_000 }).not.toBe(start)
    await figure.getByRole('button', { name: 'Đặt lại góc nhìn' }).click()
    await expect.poll(async () => (await pixels(page, canvas)).hash, { timeout: 15_000 }).toBe(start)
  })

  it('says what went wrong in English and offers the file when the model cannot be downloaded; a retry works', async () => {
    const page = await phonePage()
    await page.goto(await englishUrl(page, await entryUrl(page, '/lang-nghe/', /Bát Tràng/)))
    await page.route('**/*.glb', (route) => route.abort('internetdisconnected'))
    const figure = page.locator('[data-model-viewer]').first()
    const button = figure.getByRole('button', { name: /^View the 3D model \(\d+ KB\)$/ })
    await button.click()
    const status = figure.locator('[data-status]')
    await expect.poll(() => status.textContent()).toMatch(/^The 3D model could not be loaded/)
    expect(await status.locator('a').getAttribute('href')).toMatch(/^\/media\/.+\.glb$/)
    expect(await figure.locator('canvas').count()).toBe(0)
    expect(await button.getAttribute('aria-disabled')).toBeNull()

    await page.unroute('**/*.glb')
    await button.click()
    const canvas = figure.locator('canvas')
    await canvas.waitFor({ timeout: 60_000 })
    expect(await canvas.getAttribute('aria-label')).toMatch(/^3D model: /)
    await expectRendered(page, canvas)
    expect(await status.textContent()).toBe('')
  })

  it('tells a browser without WebGL at once, without downloading three.js', async () => {
    const page = await phonePage()
    const url = await entryUrl(page, '/lang-nghe/', /Bát Tràng/)
    await page.addInitScript(() => {
      const getContext = HTMLCanvasElement.prototype.getContext
      // @ts-expect-error: the overloads of getContext cannot be restated for a stand-in
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        return type.startsWith('webgl') ? null : getContext.call(this, type as '2d', ...(rest as []))
      }
    })
    const scripts = recordScripts(page)
    await page.goto(url)
    const figure = page.locator('[data-model-viewer]').first()
    await figure.locator('[data-open]').click()
    const status = figure.locator('[data-status]')
    await expect.poll(() => status.textContent()).toMatch(/không hiển thị được đồ họa 3D/)
    expect(await status.locator('a').getAttribute('href')).toMatch(/\.glb$/)
    expect(await threeJs(scripts)).toEqual([])
  })
})

describe('360° panorama viewer', () => {
  it('shows the preview, loads three.js only on the button press, then shows the photo (WebP)', async () => {
    const page = await phonePage()
    const url = await entryUrl(page, '/di-tich/', /Phù Đổng/)
    const scripts = recordScripts(page)
    await page.goto(url, { waitUntil: 'networkidle' })

    const figure = page.locator('[data-panorama-viewer]').first()
    await figure.scrollIntoViewIfNeeded()
    expect(await figure.locator('img.preview').getAttribute('loading')).toBe('lazy')
    expect(await threeJs(scripts)).toEqual([])

    const photo = page.waitForResponse((response) => /\/media\/.+\.(webp|jpg)$/.test(response.url()))
    await figure.getByRole('button', { name: 'Xem ảnh 360°' }).click()
    expect((await photo).url()).toMatch(/\.webp$/)
    const canvas = figure.locator('canvas')
    await canvas.waitFor({ timeout: 60_000 })
    const start = await expectRendered(page, canvas)
    expect((await threeJs(scripts)).length).toBeGreaterThan(0)

    // Dragging looks around.
    const box = await canvas.boundingBox()
    if (!box) throw new Error('The panorama canvas has no size')
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width / 4, box.y + box.height / 3, { steps: 5 })
    await page.mouse.up()
    await expect.poll(async () => (await pixels(page, canvas)).hash, { timeout: 15_000 }).not.toBe(start)
  })

  it('works on the English page, with the credit and licence under it', async () => {
    const page = await phonePage()
    await page.goto(await englishUrl(page, await entryUrl(page, '/di-tich/', /Phù Đổng/)))
    const figure = page.locator('[data-panorama-viewer]').first()
    expect(await figure.locator('figcaption').textContent()).toMatch(/Licence: /)
    await figure.getByRole('button', { name: 'View the 360° photo' }).click()
    const canvas = figure.locator('canvas')
    await canvas.waitFor({ timeout: 60_000 })
    expect(await canvas.getAttribute('aria-label')).toMatch(/^360° photo: /)
    await expectRendered(page, canvas)
  })
})

describe('pages without a viewer', () => {
  it('load none of the viewers’ code', async () => {
    const page = await phonePage()
    const scripts = recordScripts(page)
    for (const path of ['/', '/lang-nghe/', '/di-tich/', '/en/'])
      await page.goto(new URL(path, siteUrl).href, { waitUntil: 'networkidle' })
    expect(await threeJs(scripts)).toEqual([])
    const viewers = (await scripts()).filter((script) => /data-(model|panorama)-viewer/.test(script.text))
    expect(viewers.map((script) => script.url)).toEqual([])
  })
})
