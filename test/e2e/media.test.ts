import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
// Generated in code by media-tools' own test fixtures: nothing binary is committed.
import { gpsPhoto, HOAN_KIEM } from '../../media-tools/test/fixtures/images.ts'
import { cubeGlb } from '../../media-tools/test/fixtures/models.ts'
import { launchChromium, logIn, sameOrigin } from './browser'

const baseUrl = inject('baseUrl')
const adminUrl = `${baseUrl}/admin`

let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchChromium()
  page = await browser.newPage()
  await logIn(page, adminUrl)
})

afterAll(async () => {
  await browser?.close()
})

const docId = () => Number(new URL(page.url()).pathname.split('/').at(-1))

/** Uploads `file` on the collection's create page with its fields filled in, saves, and waits for the saved document. */
async function uploadInAdmin(
  collection: string,
  file: { name: string; mimeType: string; buffer: Buffer },
  fields: Record<string, string>,
) {
  await page.goto(`${adminUrl}/collections/${collection}/create`)
  await page.setInputFiles('input[type=file]', file)
  for (const [field, value] of Object.entries(fields)) await page.fill(`#field-${field}`, value)
  await page.click('#action-save')
  await page.waitForURL(new RegExp(`/collections/${collection}/\\d+$`), { timeout: 60_000 })
}

describe('media in the admin', () => {
  let photoId: number

  it('uploads a phone photo, says when its web versions are made, then shows them, the placeholder and GPS position', async () => {
    const photo = { name: 'ho-guom.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(await gpsPhoto()) }
    await uploadInAdmin('media', photo, { alt: 'Hồ Hoàn Kiếm nhìn từ bờ đông' })
    photoId = docId()
    // Saved at once; the server makes the web versions afterwards, and the sidebar says when.
    const state = page.locator('.heritage-web-versions-field')
    await expect.poll(() => state.getAttribute('data-state'), { timeout: 90_000 }).toBe('ready')
    // The officer goes on in the same form after they land: no "modified meanwhile" notice (the
    // worker's write is not a person's change), and the save goes through.
    await page.fill('#field-alt', 'Hồ Hoàn Kiếm nhìn từ bờ đông, buổi sáng')
    await page.waitForTimeout(1500)
    await page.screenshot({ path: '/tmp/media-e2e-after-web-versions.png' })
    expect(await page.locator('.document-stale-data').count()).toBe(0)
    await page.click('#action-save')
    await expect
      .poll(
        async () =>
          (
            (await (
              await page.request.get(`${baseUrl}/api/media/${photoId}?depth=0`, { headers: sameOrigin(baseUrl) })
            ).json()) as { alt?: string }
          ).alt,
        { timeout: 30_000 },
      )
      .toBe('Hồ Hoàn Kiếm nhìn từ bờ đông, buổi sáng')
    await page.reload()
    const panel = page.locator('.heritage-derivatives')
    await expect.poll(() => panel.textContent(), { timeout: 30_000 }).toContain('Bản cho trang công khai')
    const text = (await panel.textContent()) ?? ''
    for (const format of ['AVIF', 'WEBP', 'JPEG']) expect(text).toContain(format)
    expect(text).toMatch(/Màu chủ đạo #[0-9a-f]{6}/)
    expect(await panel.locator('img').getAttribute('src')).toMatch(/^data:image\/webp;base64,/)
    expect(Number(await page.inputValue('#field-photo__gpsLat'))).toBeCloseTo(HOAN_KIEM.lat, 4)
  })

  it('offers the photo’s GPS position as a relic’s location', async () => {
    const created = await page.request.post(`${baseUrl}/api/relics?draft=true`, {
      headers: sameOrigin(baseUrl),
      data: { title: 'Đình Có Ảnh GPS', rank: 'provincial', types: ['historical'], gallery: [photoId] },
    })
    expect(created.status()).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number } }
    await page.goto(`${adminUrl}/collections/relics/${doc.id}`)
    await page.getByRole('button', { name: 'Vị trí', exact: true }).click()
    const suggestion = page.locator('.heritage-gps')
    await expect.poll(() => suggestion.textContent(), { timeout: 30_000 }).toContain('21.02850')
    await suggestion.getByRole('button', { name: 'Dùng tọa độ này' }).click()
    expect(Number(await page.inputValue('#field-location__lat'))).toBeCloseTo(HOAN_KIEM.lat, 5)
    expect(Number(await page.inputValue('#field-location__lng'))).toBeCloseTo(HOAN_KIEM.lng, 5)
    await page.click('#action-save-draft')
    await expect
      .poll(async () => {
        const res = await page.request.get(`${baseUrl}/api/relics/${doc.id}?draft=true&depth=0`, {
          headers: sameOrigin(baseUrl),
        })
        return ((await res.json()) as { location?: { lat?: number } }).location?.lat
      })
      .toBeCloseTo(HOAN_KIEM.lat, 5)

    // The sidebar's print action gives the plaque.
    const href = await page.getByRole('link', { name: 'In biển QR (PDF)' }).getAttribute('href')
    const pdf = await page.request.get(`${baseUrl}${href}`, { headers: sameOrigin(baseUrl) })
    expect(pdf.status()).toBe(200)
    expect(pdf.headers()['content-type']).toBe('application/pdf')
  })

  it('uploads a 3D scan and shows the optimisation report', async () => {
    const scan = { name: 'khoi-thu.glb', mimeType: 'model/gltf-binary', buffer: Buffer.from(await cubeGlb()) }
    await uploadInAdmin('models', scan, { title: 'Khối thử nghiệm' })
    const report = page.locator('.heritage-derivatives')
    await expect.poll(() => report.textContent(), { timeout: 30_000 }).toContain('Báo cáo mô hình 3D')
    expect(await report.textContent()).toMatch(/Số tam giác\s*12/)
    expect(await report.textContent()).toMatch(/Kiểm tra Khronos\s*0 lỗi/)
  })
})
