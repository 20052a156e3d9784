import { type Browser, chromium, type Page } from 'playwright-core'

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

// The demo administrator printed by `npm start` (cms/src/seed/accounts.ts).
export const ADMIN = { email: 'admin@example.vn', password: 'heritage-demo' }

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
