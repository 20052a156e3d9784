import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'

/** Debian's Chromium (installed by .ci/run); Playwright's own browser download is not possible here. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      // WebGL without a GPU (the 3D and 360° viewers): ANGLE on SwiftShader, asked for explicitly
      // rather than left to Chromium's deprecated automatic fallback.
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })

/** Where the suite's product runs (test/e2e/setup.ts): the CMS, its admin and the public site. */
export function productUrls(): { baseUrl: string; adminUrl: string; siteUrl: string } {
  const baseUrl = inject('baseUrl')
  return { baseUrl, adminUrl: `${baseUrl}/admin`, siteUrl: inject('siteUrl') }
}

// The demo administrator printed by `npm start` (cms/src/seed/accounts.ts).
export const ADMIN = { email: 'admin@example.vn', password: 'heritage-demo' }
/** The demo province's editor and a contributor of one of its communes (same seed). */
export const EDITOR = { email: 'editor@example.vn', password: 'heritage-demo' }
export const CONTRIBUTOR = { email: 'congtacvien@example.vn', password: 'heritage-demo' }
/** The demo translator (role `translator`, Hà Nội province; same seed). */
export const TRANSLATOR = { email: 'bienphiendich@example.vn', password: 'heritage-demo' }

/** A REST token for an account, signed in through the API (no browser). */
export async function apiToken(baseUrl: string, account = ADMIN): Promise<string> {
  const login = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(account),
  })
  return ((await login.json()) as { token: string }).token
}

/** How long a publish may take to reach the built site in these tests. */
export const BUILD_TIMEOUT = 180_000

export async function logIn(page: Page, adminUrl: string, account = ADMIN): Promise<void> {
  await page.goto(`${adminUrl}/login`)
  await page.fill('#field-email', account.email)
  await page.fill('#field-password', account.password)
  await page.click('button[type=submit]')
  await page.waitForURL((url) => !url.pathname.includes('/login'))
}

/**
 * Headers for API calls made with a page's session outside the page (`page.request`): the CMS
 * accepts its sign-in cookie only from its own origin (CSRF), as a browser would send it.
 */
export const sameOrigin = (baseUrl: string) => ({ origin: new URL(baseUrl).origin })

/** Server actions in flight per page: the admin form sends its state this way after each change. */
const inFlight = new Map<Page, number>()
const isServerAction = (request: { method(): string; headers(): Record<string, string> }) =>
  request.method() === 'POST' && 'next-action' in request.headers()

/** Counts the page's server actions in flight, for settle(); call once, before the page is used. */
export function track(page: Page): void {
  inFlight.set(page, 0)
  page.on('request', (request) => {
    if (isServerAction(request)) inFlight.set(page, (inFlight.get(page) ?? 0) + 1)
  })
  const done = (request: Parameters<typeof isServerAction>[0]) => {
    if (isServerAction(request)) inFlight.set(page, Math.max(0, (inFlight.get(page) ?? 0) - 1))
  }
  page.on('requestfinished', done)
  page.on('requestfailed', done)
}

/**
 * Waits as a person pauses before clicking a button: the form sends its state 250 ms after the
 * last change, and that request takes Payload's edit lock. A save clicked before it is overtaken
 * by it, and the lock it takes back stays for five minutes after the person has left.
 */
export async function settle(page: Page): Promise<void> {
  let quiet = 0
  while (quiet < 4) {
    await page.waitForTimeout(150)
    quiet = inFlight.get(page) ? 0 : quiet + 1
  }
}

/** The admin's toasts on screen now, as text. */
export const toasts = (page: Page): Promise<string[]> => page.locator('.payload-toast-item').allTextContents()

/**
 * Waits until the admin's edit form has loaded its state and takes input. When it does not, the
 * error says where the page is and what it shows (a dialog, an error page, a list the click did not
 * leave), which a bare timeout in CI's log does not.
 */
export async function formReady(page: Page, timeout = 30_000): Promise<void> {
  try {
    await page.locator('form[data-form-ready="true"]').first().waitFor({ timeout })
  } catch (error) {
    const forms = await page
      .locator('form')
      .evaluateAll((found) => found.map((form) => `${form.className} ready=${form.getAttribute('data-form-ready')}`))
      .catch(() => [])
    const shown = await page
      .locator('body')
      // biome-ignore lint/performance/useDomNodeTextContent: what is on screen, not the hidden text
      .innerText({ timeout: 2000 })
      .catch(() => '')
    throw new Error(
      `The edit form at ${page.url()} was not ready after ${timeout / 1000} s (forms: ${forms.join('; ') || 'none'}). ` +
        `The page shows: ${shown.replace(/\s+/g, ' ').slice(0, 600)}`,
      { cause: error },
    )
  }
}

/**
 * The CMS's REST API at `baseUrl`, called with a page's session: the status and the JSON answer
 * (null when the answer is not JSON).
 */
export const pageApi =
  (baseUrl: string) =>
  async (page: Page, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', urlPath: string, data?: unknown) => {
    const response = await page.request.fetch(`${baseUrl}/api/${urlPath}`, {
      method,
      headers: sameOrigin(baseUrl),
      ...(data === undefined ? {} : { data }),
    })
    return { status: response.status(), json: await response.json().catch(() => null) }
  }

/**
 * A page in a browser context of its own, signed in to the admin as `account`; the context is
 * added to `contexts` for the test file to close. `track` counts its server actions for settle().
 */
export async function signedInPage(
  browser: Browser,
  contexts: BrowserContext[],
  adminUrl: string,
  account: { email: string; password: string },
  options: BrowserContextOptions & { track?: boolean } = {},
): Promise<Page> {
  const { track: tracked, ...contextOptions } = options
  const context = await browser.newContext(contextOptions)
  contexts.push(context)
  const page = await context.newPage()
  if (tracked) track(page)
  await logIn(page, adminUrl, account)
  return page
}

/** Closes the contexts a test file opened, then its browser (if it was launched). */
export async function closeBrowser(browser: Browser | undefined, contexts: BrowserContext[]): Promise<void> {
  for (const context of contexts) await context.close()
  await browser?.close()
}

/**
 * A test file's browser: launched before its tests and closed after them, with every context it
 * opened (`contexts`, for one opened by hand). `signedIn` opens a page signed in to the admin.
 */
export function browserSession(adminUrl: string, options: BrowserContextOptions & { track?: boolean } = {}) {
  let launched: Browser | undefined
  const contexts: BrowserContext[] = []
  beforeAll(async () => {
    launched = await launchChromium()
  })
  afterAll(() => closeBrowser(launched, contexts))
  const browser = (): Browser => {
    if (!launched) throw new Error('The browser is launched before the tests, not when the file loads.')
    return launched
  }
  return {
    browser,
    contexts,
    signedIn: (account: { email: string; password: string }) =>
      signedInPage(browser(), contexts, adminUrl, account, options),
  }
}
