import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { ADMIN, formReady, launchChromium, settle, toasts, track } from './browser'

const baseUrl = inject('baseUrl')
const product = { baseUrl, adminUrl: `${baseUrl}/admin` }
let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchChromium()
  page = await browser.newPage({ locale: 'en-US' })
  track(page)
})

afterAll(async () => {
  await browser?.close()
})

/** What an anonymous visitor gets from the public REST API for a slug. */
const publicRelic = async (slug: string) => {
  const response = await fetch(`${product.baseUrl}/api/relics?where[slug][equals]=${slug}&draft=true`)
  const body = (await response.json()) as { docs: { title: string; _status: string }[] }
  return body.docs[0] ?? null
}

/** Types `value` into `selector` until the field holds it (the admin may re-render it once hydrated). */
const fillUntilKept = async (selector: string, value: string) => {
  await expect
    .poll(
      async () => {
        if ((await page.locator(selector).inputValue()) !== value) await page.fill(selector, value)
        return page.locator(selector).inputValue()
      },
      { timeout: 15_000 },
    )
    .toBe(value)
}

const pickOption = async (field: string, option: string) => {
  await page.locator(`#field-${field} .rs__control`).click()
  await page.locator('.rs__option', { hasText: option }).first().click()
}

describe('a culture officer in the admin', () => {
  it('sees the admin in Vietnamese (even with an English browser) and logs in', async () => {
    await page.goto(product.adminUrl)
    await page.waitForURL(/\/admin\/login/)
    expect(await page.locator('html').getAttribute('lang')).toBe('vi')
    await expect.poll(() => page.locator('button[type=submit]').textContent()).toContain('Đăng nhập')
    await page.fill('#field-email', ADMIN.email)
    await page.fill('#field-password', ADMIN.password)
    await page.click('button[type=submit]')
    await page.waitForURL((url) => !url.pathname.includes('/login'))
    await expect.poll(() => page.locator('nav.nav__wrap').textContent()).toContain('Di tích')
  })

  it('finds the demo content', async () => {
    // A page long enough for the demo's relics whatever other browser tests added before this one.
    await page.goto(`${product.adminUrl}/collections/relics?limit=100`)
    await expect.poll(() => page.locator('.table').textContent(), { timeout: 30_000 }).toContain('Đền Phù Đổng')
  })

  it('creates a relic as a draft, edits it and publishes it', async () => {
    const run = Date.now().toString(36)
    const slug = `dinh-thu-nghiem-${run}`
    await page.goto(`${product.adminUrl}/collections/relics/create`)
    await page.fill('#field-title', `Đình Thử Nghiệm ${run}`)
    await page.fill('#field-summary', 'Một ngôi đình dùng để kiểm thử.')
    await page.getByRole('button', { name: 'Xếp hạng & tham quan' }).click()
    await pickOption('types', 'Di tích lịch sử')
    await pickOption('rank', 'Di tích cấp tỉnh')
    await page.click('#action-save-draft')
    await page.waitForURL(/\/collections\/relics\/\d+/)
    const editUrl = page.url()

    // A draft is invisible to the public API.
    await expect.poll(() => publicRelic(slug)).toBeNull()

    await page.goto(editUrl)
    await page.fill('#field-title', `Đình Thử Nghiệm ${run} (đã sửa)`)
    await page.click('#action-save-draft')
    await expect.poll(() => page.locator('#field-title').inputValue()).toBe(`Đình Thử Nghiệm ${run} (đã sửa)`)
    await expect.poll(() => publicRelic(slug)).toBeNull()

    await page.click('#action-save')
    await page.locator('.heritage-publish-modal #confirm-action').click()
    await expect
      .poll(() => publicRelic(slug), { timeout: 30_000 })
      .toEqual(expect.objectContaining({ title: `Đình Thử Nghiệm ${run} (đã sửa)`, _status: 'published' }))
  })

  it('is told in Vietnamese what is wrong with coordinates outside Vietnam', async () => {
    await page.goto(`${product.adminUrl}/collections/relics/create`)
    await formReady(page)
    // What is typed must stick (a fill during a re-render of the form is lost).
    await fillUntilKept('#field-title', 'Đình Tọa Độ Sai')
    await page.getByRole('button', { name: 'Xếp hạng & tham quan' }).click()
    await pickOption('types', 'Di tích lịch sử')
    await page.getByRole('button', { name: 'Vị trí', exact: true }).click()
    await fillUntilKept('#field-location__lat', '48.8584')
    await fillUntilKept('#field-location__lng', '2.2945')
    // The form sends its state after each change; a save clicked before that is overtaken by it.
    await settle(page)
    await page.click('#action-save')
    await page.locator('.heritage-publish-modal #confirm-action').click()
    // On failure the whole screen state is in the diff: the field errors, the toasts, the address.
    const screen = async () => ({
      fieldErrors: await page.locator('.field-error').allTextContents(),
      toasts: await toasts(page),
      url: page.url(),
    })
    await expect.poll(screen, { timeout: 20_000 }).toEqual({
      fieldErrors: expect.arrayContaining([expect.stringMatching(/nằm ngoài Việt Nam/)]),
      toasts: expect.anything(),
      url: expect.stringMatching(/\/create$/),
    })
  })
})
