/**
 * Issue 22, in the admin: a contributor marks where a line of an inscription is by dragging a box
 * on its photo (RegionPicker), not by typing fractions. The box lands in the line's x, y, width and
 * height as fractions of the photo, is saved with the draft, and is drawn again when the form opens.
 */
import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { browserSession, CONTRIBUTOR, formReady, pageApi } from './browser'

const baseUrl = inject('baseUrl')
const adminUrl = `${baseUrl}/admin`
const SHOTS = process.env.E2E_SHOTS ?? '/tmp/e2e-shots'
const api = pageApi(baseUrl)
const run = Date.now().toString(36)

const session = browserSession(adminUrl, { viewport: { width: 1366, height: 900 } })
let page: Page
let inscriptionId: number

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  page = await session.signedIn(CONTRIBUTOR)
  // The demo stele's photo (its web versions are made) and its relic, in the contributor's commune.
  const stele = await api(page, 'GET', 'inscriptions?where[inscriptionType][equals]=stele&depth=0&limit=1')
  const demo = (stele.json as { docs: { gallery: number[]; attachedTo: unknown }[] }).docs[0]
  if (!demo) throw new Error('The demo has no stele.')
  const created = await api(page, 'POST', 'inscriptions?draft=true', {
    title: `Bia thử khoanh vùng (${run})`,
    inscriptionType: 'stele',
    transcription: 'illustrative',
    attachedTo: demo.attachedTo,
    gallery: [demo.gallery[0]],
    lines: [{ original: '示例碑文', reading: 'Thị lệ bi văn' }],
    _status: 'draft',
  })
  expect(created.status, JSON.stringify(created.json)).toBe(201)
  inscriptionId = (created.json as { doc: { id: number } }).doc.id
})

const field = (name: string) => page.locator(`[id="field-lines__0__region__${name}"]`)

describe('the region of an inscription line', () => {
  it('is drawn on the photo with the mouse, saved as fractions with the draft, and shown again', async () => {
    await page.goto(`${adminUrl}/collections/inscriptions/${inscriptionId}`)
    await formReady(page)
    await page.locator('.tabs-field__tab-button', { hasText: 'Văn bản & niên đại' }).click()
    const photo = page.locator('.heritage-region__frame img')
    await photo.waitFor({ timeout: 30_000 })
    await expect
      .poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth), { timeout: 30_000 })
      .toBeGreaterThan(0)
    await photo.scrollIntoViewIfNeeded()
    const box = await photo.boundingBox()
    if (!box) throw new Error('The photo has no box.')
    // From 20 % across and 10 % down to 35 % across and 80 % down.
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.1)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5, { steps: 5 })
    await page.mouse.move(box.x + box.width * 0.35, box.y + box.height * 0.8, { steps: 5 })
    await page.mouse.up()
    const value = async (name: string) => Number(await field(name).inputValue())
    await expect.poll(() => value('x')).toBeCloseTo(0.2, 2)
    expect(await value('y')).toBeCloseTo(0.1, 2)
    expect(await value('w')).toBeCloseTo(0.15, 2)
    expect(await value('h')).toBeCloseTo(0.7, 2)
    const drawn = await page.locator('.heritage-region__box:not(.heritage-region__box--other)').boundingBox()
    expect(drawn?.width).toBeCloseTo(box.width * 0.15, -1)
    await page.screenshot({ path: `${SHOTS}/inscription-region-drawn.png`, fullPage: true })

    await page.getByRole('button', { name: 'Lưu bản nháp' }).click()
    await expect
      .poll(
        async () => {
          const saved = await api(page, 'GET', `inscriptions/${inscriptionId}?draft=true&depth=0`)
          return (saved.json as { lines?: { region?: { x?: number } }[] }).lines?.[0]?.region?.x
        },
        { timeout: 30_000 },
      )
      .toBeCloseTo(0.2, 2)
    const saved = await api(page, 'GET', `inscriptions/${inscriptionId}?draft=true&depth=0`)
    const region = (saved.json as { gallery: number[]; lines: { region: Record<string, number> }[] }).lines[0]?.region
    expect(region?.photo).toBe((saved.json as { gallery: number[] }).gallery[0])
    expect(region?.h).toBeCloseTo(0.7, 2)

    // Opened again, the saved box is drawn where it was.
    await page.reload()
    await formReady(page)
    await page.locator('.tabs-field__tab-button', { hasText: 'Văn bản & niên đại' }).click()
    const again = page.locator('.heritage-region__box:not(.heritage-region__box--other)')
    await again.waitFor({ timeout: 30_000 })
    const frame = await page.locator('.heritage-region__frame img').boundingBox()
    const shown = await again.boundingBox()
    if (!frame || !shown) throw new Error('No box drawn again.')
    expect((shown.x - frame.x) / frame.width).toBeCloseTo(0.2, 1)
    expect((shown.y - frame.y) / frame.height).toBeCloseTo(0.1, 1)
  })
})
