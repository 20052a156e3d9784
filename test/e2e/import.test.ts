/**
 * The import screen in the admin, in Chromium: an editor uploads a spreadsheet, reads the dry
 * run's report, maps an unknown column, imports, and watches it finish.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium, logIn, sameOrigin } from './browser'

const baseUrl = inject('baseUrl')
const adminUrl = `${baseUrl}/admin`
const run = Date.now().toString(36)

let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchChromium()
  const context = await browser.newContext({ locale: 'vi-VN' })
  page = await context.newPage()
  await logIn(page, adminUrl, { email: 'editor@example.vn', password: 'heritage-demo' })
})

afterAll(async () => {
  await browser?.close()
})

describe('importing a spreadsheet in the admin', () => {
  it('shows the dry run, maps a column, imports and reports the result', async () => {
    await page.goto(adminUrl)
    // The navigation offers the screen (the collapsible nav may be closed at this width).
    expect(await page.locator('#nav-import').getAttribute('href')).toBe('/admin/import')
    await page.goto(`${adminUrl}/import`)
    // "Cấp" is not a header the importer knows: the editor maps it to the rank.
    const csv = [
      'Tên di tích,Cấp,Loại hình,Xã / phường,Tọa độ',
      `Đình Nhập ${run},Cấp TP,Lịch sử,Xã Bát Tràng,"20.975, 105.912"`,
      `Miếu Sai ${run},Cấp huyện,Lịch sử,Xã Bát Tràng,"48.85, 2.35"`,
    ].join('\n')
    await page.setInputFiles('#import-file', { name: 'di-tich.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
    await page.click('#import-preview')
    await page.locator('#import-summary').waitFor()
    expect(await page.locator('body').textContent()).toContain('Thiếu cột bắt buộc "Xếp hạng"')
    await page.locator('fieldset select').first().selectOption('rank')
    await page.getByRole('button', { name: 'Xem trước lại' }).click()
    const rejected = page.locator('#import-rows tr[data-action="reject"]')
    // Once the new preview is in, the mapped column is checked too.
    await expect.poll(() => rejected.textContent()).toContain('"Cấp huyện" không phải giá trị cho phép')
    expect(await page.locator('#import-counts').textContent()).toContain('Từ chối: 1')
    expect(await page.locator('body').textContent()).not.toContain('Thiếu cột bắt buộc')
    expect(await rejected.textContent()).toContain('nằm ngoài Việt Nam')
    expect(await page.locator('#import-commit').isDisabled()).toBe(true)

    // Fixed file: everything goes in.
    const fixed = csv.split('\n').slice(0, 2).join('\n')
    await page.setInputFiles('#import-file', { name: 'di-tich.csv', mimeType: 'text/csv', buffer: Buffer.from(fixed) })
    await page.click('#import-preview')
    await page.locator('#import-summary').waitFor()
    await page.locator('fieldset select').first().selectOption('rank')
    await page.getByRole('button', { name: 'Xem trước lại' }).click()
    await expect
      .poll(() => page.locator('#import-counts').textContent())
      .toContain('Tạo mới: 1 · Cập nhật: 0 · Không đổi: 0 · Từ chối: 0')
    await page.click('#import-commit')
    await expect
      .poll(() => page.locator('#import-result').textContent(), { timeout: 30_000 })
      .toContain('Đã nhập: 1 mới')

    const response = await page.request.get(
      `${baseUrl}/api/relics?draft=true&depth=0&where[title][equals]=${encodeURIComponent(`Đình Nhập ${run}`)}`,
      { headers: sameOrigin(baseUrl) },
    )
    const [doc] = ((await response.json()) as { docs: { rank: string; _status: string; location: { lat: number } }[] })
      .docs
    expect(doc).toMatchObject({ rank: 'provincial', _status: 'draft' })
    expect(doc?.location.lat).toBeCloseTo(20.975, 3)
  })
})
