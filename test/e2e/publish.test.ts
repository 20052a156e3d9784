import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium, logIn, sameOrigin } from './browser'

const baseUrl = inject('baseUrl')
const siteUrl = inject('siteUrl')
const adminUrl = `${baseUrl}/admin`
const BUILD_TIMEOUT = 120_000

let browser: Browser
let page: Page
let relic: { id: number; slug: string }

interface SiteStatus {
  state: string
  buildId: string | null
  message: string | null
}

/** The public site as a visitor gets it. */
const visit = async (urlPath: string) => {
  const response = await fetch(`${siteUrl}${urlPath}`)
  return { status: response.status, text: await response.text() }
}

/** The status global, read with the signed-in officer's session. */
const siteStatus = async (): Promise<SiteStatus> =>
  (await (
    await page.request.get(`${baseUrl}/api/globals/site-status`, { headers: sameOrigin(baseUrl) })
  ).json()) as SiteStatus

const pickOption = async (field: string, option: string) => {
  await page.locator(`#field-${field} .rs__control`).click()
  await page.locator('.rs__option', { hasText: option }).first().click()
}

/** Edits the relic's Vietnamese summary in the admin and publishes the change. */
async function publishSummary(summary: string) {
  await page.goto(`${adminUrl}/collections/relics/${relic.id}`)
  await page.fill('#field-summary', summary)
  await page.click('#action-save')
  await page.locator('.heritage-publish-modal #confirm-action').click()
  await expect
    .poll(async () => {
      const response = await fetch(`${baseUrl}/api/relics/${relic.id}?locale=vi`)
      return ((await response.json()) as { summary?: string }).summary
    })
    .toBe(summary)
}

beforeAll(async () => {
  browser = await launchChromium()
  page = await browser.newPage()
  await logIn(page, adminUrl)
  const response = await fetch(`${baseUrl}/api/relics?limit=1&sort=id&depth=0`)
  const [first] = ((await response.json()) as { docs: { id: number; slug: string }[] }).docs
  if (!first) throw new Error('The demo has no published relic.')
  relic = first
})

afterAll(async () => {
  await browser?.close()
})

describe('publishing from the admin to the public site', () => {
  it('serves the demo site built at start', async () => {
    const home = await visit('/')
    expect(home.status).toBe(200)
    expect(home.text).toContain('<html lang="vi"')
    expect((await visit(`/di-tich/${relic.slug}/`)).status).toBe(200)
  })

  it('shows an edited, published summary on the public site without any manual step', async () => {
    const summary = `Bản tóm tắt đã sửa lúc ${new Date().toISOString()}.`
    await publishSummary(summary)
    await expect
      .poll(async () => (await visit(`/di-tich/${relic.slug}/`)).text, { timeout: BUILD_TIMEOUT, interval: 1000 })
      .toContain(summary)
    await expect.poll(async () => (await siteStatus()).state, { timeout: BUILD_TIMEOUT }).toBe('ok')
  })

  it('never puts a draft on the public site', async () => {
    const run = Date.now().toString(36)
    await page.goto(`${adminUrl}/collections/relics/create`)
    await page.fill('#field-title', `Đình Nháp ${run}`)
    await page.getByRole('button', { name: 'Xếp hạng & tham quan' }).click()
    await pickOption('types', 'Di tích lịch sử')
    await pickOption('rank', 'Di tích cấp tỉnh')
    await page.click('#action-save-draft')
    await page.waitForURL(/\/collections\/relics\/\d+/)

    // A draft asks for no build: publish something else and wait for that build to be live.
    const before = await siteStatus()
    const summary = `Bản tóm tắt sau bản nháp ${run}.`
    await publishSummary(summary)
    await expect
      .poll(
        async () => {
          const status = await siteStatus()
          return status.state === 'ok' && status.buildId !== before.buildId
        },
        { timeout: BUILD_TIMEOUT, interval: 1000 },
      )
      .toBe(true)
    expect((await visit(`/di-tich/${relic.slug}/`)).text).toContain(summary)
    expect((await visit(`/di-tich/dinh-nhap-${run}/`)).status).toBe(404)
  })

  it('tells the officer in the admin header that the public site is up to date, with a link to the page', async () => {
    // The last publish was the relic's (above): the badge links to its page on the public site.
    await page.goto(adminUrl)
    const badge = page.locator('.heritage-site-status[role=status]')
    await expect
      .poll(() => badge.textContent(), { timeout: 30_000 })
      .toMatch(/^Trang công khai đã cập nhật lúc \d{2}:\d{2} · Xem trang$/)
    const view = badge.getByRole('link', { name: 'Xem trang' })
    expect(await view.getAttribute('href')).toBe(`${siteUrl}/di-tich/${relic.slug}/`)
    // It opens in a new tab, as the public page the visitor gets.
    const [opened] = await Promise.all([page.context().waitForEvent('page'), view.click()])
    await opened.waitForLoadState()
    expect(opened.url()).toBe(`${siteUrl}/di-tich/${relic.slug}/`)
    expect((await visit(`/di-tich/${relic.slug}/`)).status).toBe(200)
    const title = (
      (await (await fetch(`${baseUrl}/api/relics/${relic.id}?locale=vi&depth=0`)).json()) as { title: string }
    ).title
    expect(await opened.locator('h1').first().textContent()).toContain(title)
    await opened.close()
  })
})
