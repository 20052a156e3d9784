/**
 * The admin header's content-language picker ("Ngôn ngữ: Tiếng Việt") names a real language at
 * every moment, in Chromium: right after signing in through the sign-in screen (when Payload's
 * locale provider still holds the sign-in screen's empty locale until the preferences answer, and
 * the header read "Ngôn ngữ: undefined"; the answer is held back here so that moment lasts), on a
 * fresh load, with ?locale= in the address, and after switching language and signing in again.
 * Every text the label shows is recorded in the page as it changes (a MutationObserver).
 */
import { LOCALE_TABLE } from '@heritage/contract'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { ADMIN, apiToken, browserSession, productUrls } from './browser'

const { adminUrl, baseUrl } = productUrls()
/** A fresh contributor: no preference saved yet (its language preference changes in the second test). */
const OFFICER = {
  email: `ngon-ngu-${Date.now().toString(36)}@example.vn`,
  name: 'Cộng tác viên ngôn ngữ (thử)',
  password: 'mat-khau-ngon-ngu-e2e',
}
/** Where signing in leads: a list, whose header shows the language picker (the dashboard hides it). */
const LANDING = '/admin/collections/relics'
const NAMES: readonly string[] = LOCALE_TABLE.map((l) => l.name)
/** How long the preferences' answer is held back after signing in. */
const HOLD_MS = 3000

const { browser, contexts } = browserSession(adminUrl)

/** A Vietnamese browser page whose every label text is kept in `window.heritageLabels`. */
async function recordingPage(): Promise<Page> {
  const context = await browser().newContext({ locale: 'vi-VN' })
  contexts.push(context)
  await context.addInitScript(() => {
    const seen: string[] = []
    Object.assign(window, { heritageLabels: seen })
    const record = () => {
      for (const label of Array.from(document.querySelectorAll('.localizer-button__current-label'))) {
        const text = label.textContent ?? ''
        if (seen.at(-1) !== text) seen.push(text)
      }
    }
    new MutationObserver(record).observe(document, { subtree: true, childList: true, characterData: true })
  })
  // The locale preference answers late, as on a slow connection.
  await context.route('**/api/payload-preferences/locale', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, HOLD_MS))
    await route.continue()
  })
  return context.newPage()
}

const labels = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { heritageLabels: string[] }).heritageLabels)
const visibleLabel = (page: Page) =>
  page.locator('.app-header .localizer-button__current-label').filter({ visible: true })
const shown = (page: Page) => visibleLabel(page).first().textContent()

async function signIn(page: Page): Promise<void> {
  await page.goto(`${adminUrl}/login?redirect=${encodeURIComponent(LANDING)}`, { waitUntil: 'networkidle' })
  await page.fill('#field-email', OFFICER.email)
  await page.fill('#field-password', OFFICER.password)
  await page.click('button[type=submit]')
  await page.waitForURL((url) => url.pathname === LANDING)
  await visibleLabel(page).first().waitFor()
}

beforeAll(async () => {
  const created = await fetch(`${baseUrl}/api/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${await apiToken(baseUrl, ADMIN)}` },
    body: JSON.stringify({ ...OFFICER, roles: ['contributor'] }),
  })
  expect(created.status).toBe(201)
})

describe('Ngôn ngữ: the header names a real language', () => {
  it('right after signing in, while the preferences have not answered, on a fresh load and with ?locale=', async () => {
    const page = await recordingPage()
    await signIn(page)
    // The preferences are still held back here.
    expect(await shown(page)).toBe('Tiếng Việt')
    await page.screenshot({ path: `${process.env.E2E_SHOTS ?? '/tmp/e2e-shots'}/language-label-signed-in.png` })
    await page.waitForTimeout(HOLD_MS + 1000)
    expect(await shown(page)).toBe('Tiếng Việt')
    const afterSignIn = await labels(page)
    expect(afterSignIn.length).toBeGreaterThan(0)
    expect(afterSignIn.filter((text) => !NAMES.includes(text))).toEqual([])

    await page.goto(`${adminUrl}/collections/relics?locale=ko`, { waitUntil: 'networkidle' })
    expect(await shown(page)).toBe('한국어')
    await page.goto(`${baseUrl}${LANDING}?locale=vi`, { waitUntil: 'networkidle' })
    expect(await shown(page)).toBe('Tiếng Việt')
    expect((await labels(page)).filter((text) => !NAMES.includes(text))).toEqual([])
  })

  it('after switching to English and signing in again', async () => {
    const page = await recordingPage()
    await signIn(page)
    await page.waitForTimeout(HOLD_MS + 1000)
    await page.locator('.app-header .localizer-button').filter({ visible: true }).first().click()
    await page.locator('.localizer__locale-code[data-locale="en"]').filter({ visible: true }).first().click()
    await expect.poll(() => shown(page)).toBe('English')
    await page.waitForTimeout(1000)
    await page.goto(`${adminUrl}/logout`, { waitUntil: 'networkidle' })
    await page.waitForURL((url) => url.pathname.includes('/login'))
    await signIn(page)
    await expect.poll(() => shown(page), { timeout: HOLD_MS + 10_000 }).toBe('English')
    expect((await labels(page)).filter((text) => !NAMES.includes(text))).toEqual([])
  })
})
