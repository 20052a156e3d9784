/**
 * Issue 15, item 3, end to end in Chromium: a QR plaque printed for a relic still opens that relic
 * after a contributor tries to take its code. The province editor prints the plaque of Đình Bát
 * Tràng (the PDF the admin's "In biển QR" link serves; the address is read from the PDF itself),
 * the Bát Tràng contributor creates an artisan with that code through the API and duplicates the
 * relic in the admin, the editor publishes both, the site is rebuilt, and the printed address,
 * opened in the browser, still shows Đình Bát Tràng.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BUILD_TIMEOUT, browserSession, CONTRIBUTOR, EDITOR, pageApi, productUrls, sameOrigin } from './browser'

const { baseUrl, siteUrl, adminUrl } = productUrls()
const RELIC_SLUG = 'dinh-bat-trang'
const run = Date.now().toString(36)

const session = browserSession(adminUrl)
let editor: Page
let contributor: Page
let scratch: string
let relic: { id: number; code: string; title: string; commune: number }
let printedUrl: string
let artisanId: number
let copyId: string

interface SiteStatus {
  state: string
  buildId: string | null
}

const api = pageApi(baseUrl)

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'heritage-qr-e2e-'))
  editor = await session.signedIn(EDITOR)
  contributor = await session.signedIn(CONTRIBUTOR)
  const found = await fetch(`${baseUrl}/api/relics?where[slug][equals]=${RELIC_SLUG}&depth=0&locale=vi`)
  const [doc] = ((await found.json()) as { docs: { id: number; code: string; title: string; commune: number }[] }).docs
  if (!doc) throw new Error(`The demo has no published relic ${RELIC_SLUG}.`)
  relic = doc
})

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

describe('a printed QR plaque keeps opening its relic', () => {
  it('the editor prints the plaque; the PDF carries the relic short address', async () => {
    const response = await editor.request.get(`${baseUrl}/api/relics/${relic.id}/plaque.pdf`, {
      headers: sameOrigin(baseUrl),
    })
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('application/pdf')
    const file = path.join(scratch, 'plaque.pdf')
    await writeFile(file, await response.body())
    const { stdout } = await promisify(execFile)('pdftotext', [file, '-'])
    // The address as printed under the QR code (the code is the 8 characters after /p/).
    const printed = stdout.match(/https?:\/\/\S+?\/p\/([0-9A-Z]{8})(?![0-9A-Z])/)
    expect(printed, stdout).not.toBeNull()
    printedUrl = printed?.[0] ?? ''
    expect(printed?.[1]).toBe(relic.code)
    expect(printedUrl).toBe(`${siteUrl}/p/${relic.code}`)
  })

  it('the contributor sees the code read-only on the relic, and cannot give it to an artisan through the API', async () => {
    await contributor.goto(`${adminUrl}/collections/relics/${relic.id}`)
    const field = contributor.locator('#field-code')
    await expect.poll(() => field.inputValue(), { timeout: 30_000 }).toBe(relic.code)
    expect(await field.isEditable()).toBe(false)

    const created = await api(contributor, 'POST', 'artisans?draft=true', {
      title: `Nghệ nhân Chiếm Mã ${run}`,
      commune: relic.commune,
      code: relic.code,
      _status: 'draft',
    })
    expect(created.status, JSON.stringify(created.json)).toBe(201)
    expect(created.json.doc.code).not.toBe(relic.code)
    artisanId = created.json.doc.id
  })

  it('the contributor duplicates the relic in the admin; the copy gets a code of its own', async () => {
    await contributor.goto(`${adminUrl}/collections/relics/${relic.id}`)
    await expect.poll(() => contributor.locator('#field-code').inputValue(), { timeout: 30_000 }).toBe(relic.code)
    await contributor.locator('.doc-controls__dots').click()
    await contributor.locator('#action-duplicate').click()
    await contributor.waitForURL((url) => {
      const match = url.pathname.match(/\/collections\/relics\/(\d+)$/)
      return Boolean(match && match[1] !== String(relic.id))
    })
    copyId = contributor.url().split('/').pop() ?? ''
    const copyField = contributor.locator('#field-code')
    await expect.poll(() => copyField.inputValue(), { timeout: 30_000 }).toMatch(/^[0-9A-Z]{8}$/)
    expect(await copyField.inputValue()).not.toBe(relic.code)
    const copy = await api(contributor, 'GET', `relics/${copyId}?draft=true&depth=0`)
    expect(copy.json.code).not.toBe(relic.code)
  })

  it('the editor publishes both; after the rebuild the printed address still opens the relic', async () => {
    const before = (await api(editor, 'GET', 'globals/site-status')).json as SiteStatus
    for (const [collection, id] of [
      ['artisans', artisanId],
      ['relics', copyId],
    ] as const) {
      const published = await api(editor, 'PATCH', `${collection}/${id}`, { _status: 'published' })
      expect(published.status, JSON.stringify(published.json)).toBe(200)
      expect(published.json.doc.code).not.toBe(relic.code)
    }
    const copySlug = ((await api(editor, 'GET', `relics/${copyId}?depth=0`)).json as { slug: string }).slug
    await expect
      .poll(
        async () => {
          const status = (await api(editor, 'GET', 'globals/site-status')).json as SiteStatus
          const copyPage = await fetch(`${siteUrl}/di-tich/${copySlug}/`)
          return status.state === 'ok' && status.buildId !== before.buildId && copyPage.status === 200
        },
        { timeout: BUILD_TIMEOUT, interval: 1000 },
      )
      .toBe(true)

    // A phone set to Vietnamese: a QR address sends other languages to their translation (serve.ts).
    const visitor = await session.browser().newContext({ locale: 'vi-VN' })
    session.contexts.push(visitor)
    const page = await visitor.newPage()
    const response = await page.goto(printedUrl)
    expect(response?.status()).toBe(200)
    expect(await page.locator('h1').first().textContent()).toContain(relic.title)
    expect(await page.locator('link[rel=canonical]').getAttribute('href')).toMatch(
      new RegExp(`/di-tich/${RELIC_SLUG}/$`),
    )
  })
})
