/**
 * Issue 17, items 3 and 10, in Chromium:
 *
 * - The admin on a 390×844 phone: the dashboard, a list, an entry's edit view (its tabs and
 *   sidebar) and the status page fit the screen (no sideways scrolling), every tab of the entry is
 *   on screen, and the header's badge covers neither the language switch nor the account.
 * - A failed site build (the build folder's `meta` made a file, so the build script cannot write
 *   there) is told to a commune contributor in Vietnamese, naming the entry and what to do, with
 *   no trace of the build's own English output, in the badge, on the status page and in the API;
 *   the administrator reads the build's message and log on the status page. The folder is put
 *   back and the site rebuilt at the end.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { ADMIN, BUILD_TIMEOUT, CONTRIBUTOR, launchChromium, sameOrigin, signedInPage } from './browser'
import { dataDir } from './data-dir'

const baseUrl = inject('baseUrl')
const adminUrl = `${baseUrl}/admin`
const PHONE = { width: 390, height: 844 }
// A published demo relic no other browser test edits.
const RELIC_SLUG = 'chua-ba-tam'

let browser: Browser
const contexts: BrowserContext[] = []
let admin: Page
let phone: Page
let contributor: Page
let relic: { id: number; title: string; summary: string }

interface SiteStatus {
  state: string
  buildId: string | null
  entry?: { id: string } | null
}

const signedIn = (account: { email: string; password: string }, viewport?: typeof PHONE) =>
  signedInPage(browser, contexts, adminUrl, account, { locale: 'vi-VN', ...(viewport ? { viewport } : {}) })

const api = async (page: Page, method: 'GET' | 'PATCH', urlPath: string, data?: unknown) => {
  const response = await page.request.fetch(`${baseUrl}/api/${urlPath}`, {
    method,
    headers: sameOrigin(baseUrl),
    ...(data === undefined ? {} : { data }),
  })
  return { status: response.status(), json: (await response.json().catch(() => null)) as Record<string, unknown> }
}

const siteStatus = async (page = admin) => (await api(page, 'GET', 'globals/site-status')).json as unknown as SiteStatus

/** Saves the relic's summary as the administrator: a publish about this relic is queued. */
async function publishRelic(summary: string) {
  const saved = await api(admin, 'PATCH', `relics/${relic.id}?locale=vi`, { summary, _status: 'published' })
  expect(saved.status, JSON.stringify(saved.json)).toBe(200)
}

/** Waits until a publish later than `before` has ended in `state`, about the relic (also in hooks). */
async function settled(before: SiteStatus, state: 'ok' | 'failed') {
  const deadline = Date.now() + BUILD_TIMEOUT
  for (;;) {
    const status = await siteStatus()
    if (
      status.state === state &&
      status.entry?.id === String(relic.id) &&
      JSON.stringify(status) !== JSON.stringify(before)
    )
      return
    if (Date.now() > deadline) throw new Error(`The publish did not end in ${state}: ${JSON.stringify(status)}`)
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}

beforeAll(async () => {
  browser = await launchChromium()
  admin = await signedIn(ADMIN)
  phone = await signedIn(ADMIN, PHONE)
  contributor = await signedIn(CONTRIBUTOR)
  const { json } = await api(admin, 'GET', `relics?where[slug][equals]=${RELIC_SLUG}&depth=0&locale=vi`)
  const found = (json.docs as { id: number; title: string; summary: string }[])[0]
  if (!found) throw new Error(`The demo has no relic ${RELIC_SLUG}.`)
  relic = found
})

afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
})

describe('the admin on a 390 px phone', () => {
  const views = () => [
    ['dashboard', adminUrl],
    ['list', `${adminUrl}/collections/relics`],
    ['edit view', `${adminUrl}/collections/relics/${relic.id}`],
    ['status page', `${adminUrl}/globals/site-status`],
  ]

  it('fits the screen, with the badge clear of the language switch and the account', async () => {
    for (const [name, url] of views()) {
      await phone.goto(url as string)
      const badge = phone.locator('.heritage-site-status[role=status]')
      await badge.waitFor({ timeout: 30_000 })
      await phone.locator('.app-header__localizer .localizer-button, .app-header__localizer').first().waitFor()
      if (name === 'edit view') await phone.locator('.tabs-field__tab-button').first().waitFor()
      await phone.screenshot({ path: `/tmp/heritage-phone-${String(name).replace(' ', '-')}.png` })

      const width = await phone.evaluate(() => document.documentElement.scrollWidth)
      expect(width, `${name} is ${width} px wide`).toBeLessThanOrEqual(PHONE.width)
      const box = await badge.boundingBox()
      for (const control of ['.app-header__localizer', '.app-header__account']) {
        const other = await phone.locator(control).first().boundingBox()
        if (!box || !other) throw new Error(`${name}: no box for the badge or ${control}`)
        const apart =
          box.x + box.width <= other.x ||
          other.x + other.width <= box.x ||
          box.y + box.height <= other.y ||
          other.y + other.height <= box.y
        expect(apart, `${name}: the badge ${JSON.stringify(box)} covers ${control} ${JSON.stringify(other)}`).toBe(true)
      }
      // The badge stays readable: a short word, not text cut off mid-way.
      expect(await badge.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true)

      if (name === 'edit view') {
        // Every tab can be seen and tapped: none runs off the screen.
        const tabs = await phone.locator('.tabs-field__tab-button').evaluateAll((buttons) =>
          buttons.map((b) => {
            const r = b.getBoundingClientRect()
            return { text: b.textContent, left: r.left, right: r.right }
          }),
        )
        expect(tabs.length).toBeGreaterThan(2)
        for (const tab of tabs) expect(tab.right, `tab ${tab.text}`).toBeLessThanOrEqual(PHONE.width)
        for (const tab of tabs) expect(tab.left, `tab ${tab.text}`).toBeGreaterThanOrEqual(0)
      }
    }
  })
})

describe('a failed build', () => {
  let meta = ''
  let broken = false

  afterAll(async () => {
    if (!broken) return
    rmSync(meta, { force: true })
    renameSync(`${meta}.moved`, meta)
    const before = await siteStatus()
    await publishRelic(relic.summary)
    await settled(before, 'ok')
  })

  it('is told to a contributor in Vietnamese, naming the entry and what to do, without the build log', async () => {
    const before = await siteStatus()
    expect(before.state).toBe('ok')
    // The build script cannot write its records: the build fails, the live site stays.
    meta = path.join(dataDir(before.buildId ?? ''), 'site', 'meta')
    renameSync(meta, `${meta}.moved`)
    writeFileSync(meta, '')
    broken = true
    await publishRelic(`${relic.summary} (sửa lúc ${Date.now().toString(36)})`)
    await settled(before, 'failed')

    // The administrator's view: the build's own message and log.
    await admin.goto(`${adminUrl}/globals/site-status`)
    const log = admin.locator('#field-log')
    await log.waitFor({ timeout: 30_000 })
    const message = await admin.locator('#field-message').inputValue()
    expect(message.length).toBeGreaterThan(0)
    expect(await log.inputValue()).toContain(message)
    await admin.screenshot({ path: '/tmp/heritage-status-failed-admin.png', fullPage: true })

    // The contributor's: in the header, which entry did not reach the site and where to read more.
    await contributor.goto(adminUrl)
    const badge = contributor.locator('.heritage-site-status[role=status]')
    await expect
      .poll(() => badge.textContent(), { timeout: 30_000 })
      .toBe(`Chưa đưa được «${relic.title}» lên trang công khai · Xem cách xử lý`)
    const tooltip = (await badge.getAttribute('title')) ?? ''
    expect(tooltip).toContain('Trang đang chạy vẫn là bản trước')
    expect(tooltip).toContain('Hãy báo quản trị viên hoặc biên tập viên')
    // A long title is cut to fit the header, the link after it is not.
    const details = badge.getByRole('link', { name: 'Xem cách xử lý' })
    const [link, pill] = [await details.boundingBox(), await badge.boundingBox()]
    expect(link && pill && link.x + link.width <= pill.x + pill.width + 1).toBe(true)
    // On the status page: the same in full, what to do, and nothing of the build's output.
    await details.click()
    await contributor.waitForURL('**/admin/globals/site-status')
    const summary = contributor.getByTestId('site-status-summary')
    await expect.poll(() => summary.textContent(), { timeout: 30_000 }).toContain(`«${relic.title}» (Di tích)`)
    expect(await summary.textContent()).toContain('Nội dung đã lưu không bị mất')
    await contributor.screenshot({ path: '/tmp/heritage-status-failed-contributor.png', fullPage: true })
    const page = (await contributor.locator('main').textContent()) ?? ''
    expect(page).not.toContain(message)
    expect(page).not.toMatch(/Nhật ký dựng|Error|error|failed|ENOTDIR|EEXIST|ENOENT/)
    expect(await contributor.locator('#field-log, #field-message').count()).toBe(0)
    // Nor through the API the admin reads it with.
    const seen = await siteStatus(contributor)
    expect(seen).toMatchObject({ state: 'failed', failure: 'build' })
    expect(seen).not.toHaveProperty('log')
    expect(seen).not.toHaveProperty('message')
  })
})
