/**
 * Choices and defaults scoped to the user (issue 17, items 4 and 5), as people see them in the
 * admin in Chromium:
 *
 * - the demo producer (Gốm Men Lam) opens its batches: the list holds only its own lots, and the
 *   product picker of a new batch offers only its own products;
 * - the demo contributor (one commune, Bát Tràng) opens a new relic: the commune is already
 *   chosen, its picker offers Bát Tràng alone, and saving with only a title complains about the
 *   missing type but not about the slug (nor the commune); with the type chosen it saves.
 *
 * Screenshots of each step go to /tmp (scoped-*.png). The relic is deleted at the end.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { CONTRIBUTOR, formReady, launchChromium, sameOrigin, settle, signedInPage } from './browser'

const baseUrl = inject('baseUrl')
const adminUrl = `${baseUrl}/admin`
const PASSWORD = 'heritage-demo'
const PRODUCER = { email: 'chuthe@example.vn', password: PASSWORD }
const run = Date.now().toString(36)
const TITLE = `Miếu Thử Lựa Chọn ${run}`

// The demo data (cms/src/seed): the producer's lots and products, and those of other producers.
const OWN_LOTS = ['BL-0001', 'BL-0002', 'AC-0001']
const OTHER_LOTS = ['TV-0001', 'TS-0001']
const OWN_PRODUCTS = ['Bình gốm men lam vẽ tay', 'Bộ ấm chén men rạn', 'Trải nghiệm làm gốm nửa ngày']
const OTHER_PRODUCTS = ['Tranh sơn thếp vàng quỳ', 'Trà ướp hoa sen']

let browser: Browser
const contexts: BrowserContext[] = []
let relicId: string | undefined
let contributor: Page

const signedIn = (account: { email: string; password: string }) =>
  signedInPage(browser, contexts, adminUrl, account, {
    locale: 'vi-VN',
    viewport: { width: 1366, height: 768 },
    track: true,
  })

/** The slug field shows no complaint, and no field error speaks of the slug or the commune. */
const noSlugComplaint = async (page: Page) => {
  expect(await page.locator('#field-slug').evaluate((el) => Boolean(el.closest('.error')))).toBe(false)
  expect((await page.locator('.field-error').allTextContents()).join('\n')).not.toMatch(/đường dẫn|slug|xã \/ phường/i)
  expect(await page.locator('.document-fields__sidebar').textContent()).not.toMatch(/Cần có đường dẫn/)
}

/** Opens a relationship picker and reads what it offers. */
const pickerOptions = async (page: Page, field: string) => {
  await page.locator(`#field-${field} .rs__control`).click()
  await page.locator('.rs__option').first().waitFor()
  // The first page of options arrives at once; wait until the list stops growing.
  let count = -1
  while (count !== (await page.locator('.rs__option').count())) {
    count = await page.locator('.rs__option').count()
    await page.waitForTimeout(300)
  }
  return page.locator('.rs__option').allTextContents()
}

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  if (relicId && contributor) {
    await contributor.request.delete(`${baseUrl}/api/relics/${relicId}`, { headers: sameOrigin(baseUrl) })
  }
  for (const context of contexts) await context.close()
  await browser?.close()
})

describe('choices scoped to the user', () => {
  it("a producer's batch list holds its own lots and the product picker its own products", async () => {
    const producer = await signedIn(PRODUCER)
    await producer.goto(`${adminUrl}/collections/batches`)
    await producer.locator('.table tbody tr').first().waitFor()
    const rows = (await producer.locator('.table tbody tr').allTextContents()).join('\n')
    for (const lot of OWN_LOTS) expect(rows).toContain(lot)
    for (const lot of OTHER_LOTS) expect(rows).not.toContain(lot)
    await producer.screenshot({ path: '/tmp/scoped-batch-list.png' })

    await producer.goto(`${adminUrl}/collections/batches/create`)
    await formReady(producer)
    const offered = (await pickerOptions(producer, 'product')).join('\n')
    for (const title of OWN_PRODUCTS) expect(offered).toContain(title)
    for (const title of OTHER_PRODUCTS) expect(offered).not.toContain(title)
    await producer.screenshot({ path: '/tmp/scoped-batch-products.png' })
  })

  it("a contributor's new relic has its commune chosen, offers only its commune, and a title needs no slug", async () => {
    contributor = await signedIn(CONTRIBUTOR)
    await contributor.goto(`${adminUrl}/collections/relics/create`)
    await formReady(contributor)
    await contributor.fill('#field-title', TITLE)

    await contributor.locator('.tabs-field__tab-button', { hasText: 'Vị trí' }).click()
    const chosen = contributor.locator('#field-commune .rs__single-value')
    await chosen.waitFor()
    expect(await chosen.textContent()).toContain('Bát Tràng')
    const communes = await pickerOptions(contributor, 'commune')
    expect(communes).toHaveLength(1)
    expect(communes[0]).toContain('Bát Tràng')
    await contributor.screenshot({ path: '/tmp/scoped-relic-commune.png' })
    await contributor.keyboard.press('Escape')

    // Saved with only a title: the type is missing, the slug and the commune are not.
    await settle(contributor)
    await contributor.click('#action-save-draft')
    await contributor.locator('.payload-toast-item').first().waitFor()
    await settle(contributor)
    await contributor.screenshot({ path: '/tmp/scoped-relic-refused.png' })
    expect(contributor.url()).toContain('/create')
    await noSlugComplaint(contributor)

    // The type's own complaint is shown whole on its tab, between its label and the select.
    await contributor.locator('.tabs-field__tab-button', { hasText: 'Xếp hạng' }).click()
    const typeError = contributor.locator('.field-type:has(#field-types) .field-error')
    await typeError.waitFor()
    await contributor.screenshot({ path: '/tmp/scoped-relic-type-error.png' })
    expect(await typeError.isVisible()).toBe(true)

    // Choosing the type re-checks the form (as after every change once a save was refused): still
    // no complaint about the slug; then the same form saves, the slug made from the title.
    await contributor.locator('#field-types .rs__control').click()
    await contributor.locator('.rs__option', { hasText: 'Di tích lịch sử' }).first().click()
    await contributor.keyboard.press('Escape')
    await settle(contributor)
    await contributor.screenshot({ path: '/tmp/scoped-relic-retyped.png' })
    await noSlugComplaint(contributor)
    await contributor.click('#action-save-draft')
    await contributor.waitForURL((url) => /\/collections\/relics\/\d+/.test(url.pathname))
    relicId = contributor.url().match(/relics\/(\d+)/)?.[1]
    await formReady(contributor)
    const stored = (await (
      await contributor.request.get(`${baseUrl}/api/relics/${relicId}?draft=true&depth=0`, {
        headers: sameOrigin(baseUrl),
      })
    ).json()) as { slug: string; commune: number }
    expect(stored.slug).toBe(`mieu-thu-lua-chon-${run}`)
    expect(stored.commune).toBeTypeOf('number')
  })
})
