/**
 * What a commune officer sees when entering an inscription (issue 22): signs in as the demo
 * contributor on a running CMS (ADMIN_URL, default http://localhost:3400/admin), opens a new
 * inscription, fills two lines with a date that contradicts its reign and a box that leaves the
 * photo, saves, and keeps screenshots of the refusals and of the corrected save in OUT (default
 * /tmp/inscription-admin). Prints the field errors it read.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { chromiumPath, HEADLESS_FLAGS } from '../site/tools/chromium.ts'

const adminUrl = process.env.ADMIN_URL ?? 'http://localhost:3400/admin'
const out = process.env.OUT ?? '/tmp/inscription-admin'
mkdirSync(out, { recursive: true })

const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...HEADLESS_FLAGS] })
const page: Page = await browser.newPage({ viewport: { width: 1400, height: 1800 }, locale: 'vi-VN' })
const shot = (name: string) => page.screenshot({ path: path.join(out, `${name}.png`), fullPage: true })

const pick = async (field: string, option: string) => {
  await page.locator(`#field-${field} .rs__control`).click()
  await page.locator('.rs__option', { hasText: option }).first().click()
}

try {
  await page.goto(`${adminUrl}/login`)
  await page.fill('#field-email', 'congtacvien@example.vn')
  await page.fill('#field-password', 'heritage-demo')
  await page.click('button[type=submit]')
  await page.waitForURL((url) => !url.pathname.includes('/login'))

  await page.goto(`${adminUrl}/collections/inscriptions/create`)
  await page.locator('form[data-form-ready="true"]').first().waitFor()
  await page.fill('#field-title', 'Bia thử của cán bộ xã')
  await page.getByRole('button', { name: 'Văn bản & niên đại' }).click()
  await pick('inscriptionType', 'Bia đá')
  await pick('script', 'Chữ Hán')
  await pick('attachedTo', 'Đình Bát Tràng')
  await page.fill('#field-dating__reign', 'Cảnh Hưng')
  await page.fill('#field-dating__reignYear', '44')
  await page.fill('#field-dating__year', '1790')
  for (let i = 0; i < 2; i++)
    await page
      .getByRole('button', { name: /Thêm: Dòng/ })
      .first()
      .click()
  await page.fill('#field-lines__0__original', '示例碑文')
  await page.fill('#field-lines__0__reading', 'Thị lệ bi văn')
  await page.fill('#field-lines__0__translation', 'Bài văn bia mẫu')
  await page.fill('#field-lines__1__original', '𡨸喃並刻')
  await page.fill('#field-lines__1__reading', 'Chữ Nôm tịnh khắc')
  await page.fill('#field-lines__1__region__x', '0.9')
  await page.fill('#field-lines__1__region__y', '0.1')
  await page.fill('#field-lines__1__region__w', '0.3')
  await page.fill('#field-lines__1__region__h', '0.5')
  await shot('1-filled')
  await page.click('#action-save-draft')
  await page.locator('.field-error, .tooltip--show, [class*="field-error"]').first().waitFor({ timeout: 20_000 })
  await page.waitForTimeout(1000)
  await shot('2-refused')
  const errors = await page.locator('.field-error .tooltip-content, .tooltip-content').allTextContents()
  const toasts = await page.locator('.payload-toast-container, [data-sonner-toaster]').allTextContents()
  console.log('field errors:', JSON.stringify(errors, null, 1))
  console.log('toasts:', JSON.stringify(toasts))

  // The officer follows the messages: clears the year, puts the box inside the photo without a photo's position.
  await page.fill('#field-dating__year', '')
  for (const axis of ['x', 'y', 'w', 'h']) await page.fill(`#field-lines__1__region__${axis}`, '')
  await page.click('#action-save-draft')
  await page.waitForURL(/\/collections\/inscriptions\/\d+/, { timeout: 30_000 })
  await page.locator('form[data-form-ready="true"]').first().waitFor()
  await page.getByRole('button', { name: 'Văn bản & niên đại' }).click()
  console.log('saved; Gregorian year now:', await page.inputValue('#field-dating__year'))
  await shot('3-saved')
} catch (error) {
  await shot('error')
  throw error
} finally {
  await browser.close()
}
