/**
 * The review workflow as people use it, in the admin in Chromium: a commune contributor submits
 * an entry, a province editor returns it with a comment, the contributor fixes and resubmits, the
 * editor publishes, and the entry appears on the public site (without the comment).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium, logIn, sameOrigin } from './browser'

const baseUrl = inject('baseUrl')
const siteUrl = inject('siteUrl')
const adminUrl = `${baseUrl}/admin`
const BUILD_TIMEOUT = 180_000
const PASSWORD = 'heritage-demo'
const CONTRIBUTOR = { email: 'congtacvien@example.vn', password: PASSWORD }
const EDITOR = { email: 'editor@example.vn', password: PASSWORD }

const run = Date.now().toString(36)
const TITLE = `Miếu Thử Quy Trình ${run}`
const FIXED = `${TITLE} (đã sửa)`
const COMMENT = `Thiếu nguồn tư liệu: hãy thêm số quyết định xếp hạng (${run}).`

let browser: Browser
const contexts: BrowserContext[] = []
let contributor: Page
let editor: Page
let id: string

interface Review {
  state: string | null
  comment: string | null
}

const pickOption = async (page: Page, field: string, option: string, search?: string) => {
  await page.locator(`#field-${field} .rs__control`).click()
  if (search) await page.keyboard.type(search)
  await page.locator('.rs__option', { hasText: option }).first().click()
}

/** The entry as the given person's session reads it (the latest draft). */
const stored = async (page: Page) =>
  (await (
    await page.request.get(`${baseUrl}/api/relics/${id}?draft=true&depth=0`, { headers: sameOrigin(baseUrl) })
  ).json()) as {
    title: string
    slug: string
    _status: string
    review: Review
  }

/**
 * Opens the entry. Payload locks a document while someone edits it; the other person's page is
 * left first (see leave()), and if the lock has not been released yet, the page is reloaded.
 */
const openEntry = async (page: Page) => {
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.goto(`${adminUrl}/collections/relics/${id}`)
    await page.locator('#field-title').waitFor()
    await page.waitForTimeout(500)
    if (!(await page.locator('#document-locked').isVisible())) return
    await page.waitForTimeout(1000)
  }
  throw new Error('The entry stayed locked by another user.')
}

/** Leaves the entry (as a person would after saving), which releases Payload's edit lock. */
const leave = async (page: Page) => {
  await page.goto(`${adminUrl}/collections/relics`)
  await page.locator('.collection-list, .list-controls').first().waitFor()
}

const historyActions = async (page: Page) =>
  page
    .locator('[data-testid="review-history"] li')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-action')))

const saveDraft = async (page: Page) => {
  await page.click('#action-save-draft')
}

async function signedIn(account: { email: string; password: string }) {
  const context = await browser.newContext({ locale: 'vi-VN' })
  contexts.push(context)
  const page = await context.newPage()
  await logIn(page, adminUrl, account)
  return page
}

beforeAll(async () => {
  browser = await launchChromium()
  contributor = await signedIn(CONTRIBUTOR)
  editor = await signedIn(EDITOR)
})

afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
})

describe('review workflow in the admin', () => {
  it('a contributor drafts an entry of their commune and submits it, with no way to publish', async () => {
    await contributor.goto(`${adminUrl}/collections/relics/create`)
    await contributor.fill('#field-title', TITLE)
    await contributor.getByRole('button', { name: 'Vị trí' }).click()
    await pickOption(contributor, 'commune', 'Xã Bát Tràng', 'Bát Tràng')
    await pickOption(contributor, 'review__state', 'Chờ duyệt')
    await contributor.getByRole('button', { name: 'Xếp hạng & tham quan' }).click()
    await pickOption(contributor, 'types', 'Di tích lịch sử')
    await pickOption(contributor, 'rank', 'Di tích cấp tỉnh')
    expect(await contributor.locator('#action-save').count()).toBe(0)
    await saveDraft(contributor)
    await contributor.waitForURL(/\/collections\/relics\/\d+/)
    id = /\/collections\/relics\/(\d+)/.exec(contributor.url())?.[1] ?? ''
    expect(id).not.toBe('')
    await expect.poll(async () => (await stored(contributor)).review.state).toBe('submitted')
    // Still no Publish button once saved, and the reviewer's comment cannot be written.
    await openEntry(contributor)
    expect(await contributor.locator('#action-save').count()).toBe(0)
    expect(await contributor.locator('#field-review__comment').isDisabled()).toBe(true)
    await leave(contributor)
  })

  it('an editor returns it with a comment (a return without one is refused)', async () => {
    await openEntry(editor)
    await expect.poll(() => editor.locator('#field-review__state').textContent()).toContain('Chờ duyệt')
    await pickOption(editor, 'review__state', 'Trả lại để sửa')
    await saveDraft(editor)
    await expect.poll(() => editor.locator('body').textContent(), { timeout: 15_000 }).toContain('Hãy ghi nhận xét')
    expect((await stored(editor)).review.state).toBe('submitted')

    await editor.fill('#field-review__comment', COMMENT)
    await saveDraft(editor)
    await expect.poll(async () => (await stored(editor)).review).toEqual({ state: 'returned', comment: COMMENT })
    await leave(editor)
  })

  it('the contributor sees the comment, fixes the entry and resubmits', async () => {
    await openEntry(contributor)
    expect(await contributor.locator('#field-review__comment').inputValue()).toBe(COMMENT)
    await expect.poll(() => historyActions(contributor)).toEqual(['return', 'submit', 'create'])
    expect(await contributor.locator('[data-testid="review-history"]').textContent()).toContain(COMMENT)

    await contributor.fill('#field-title', FIXED)
    await pickOption(contributor, 'review__state', 'Chờ duyệt')
    await saveDraft(contributor)
    await expect
      .poll(async () => {
        const doc = await stored(contributor)
        return [doc.title, doc.review.state]
      })
      .toEqual([FIXED, 'submitted'])
    await leave(contributor)
  })

  it('the editor publishes it and it appears on the public site, without the comment', async () => {
    await openEntry(editor)
    expect(await editor.locator('#field-title').inputValue()).toBe(FIXED)
    await editor.click('#action-save')
    await expect.poll(async () => (await stored(editor))._status).toBe('published')
    const { slug, review } = await stored(editor)
    expect(review).toEqual({ state: 'published', comment: null })

    let html = ''
    await expect
      .poll(
        async () => {
          const response = await fetch(`${siteUrl}/di-tich/${slug}/`)
          html = await response.text()
          return response.status
        },
        { timeout: BUILD_TIMEOUT, interval: 1000 },
      )
      .toBe(200)
    expect(html).toContain(FIXED)
    expect(html).not.toContain('Thiếu nguồn tư liệu')

    await openEntry(editor)
    await expect.poll(() => historyActions(editor)).toEqual(['publish', 'submit', 'return', 'submit', 'create'])
  })

  it('the editor downloads the list as Excel from the list view', async () => {
    await editor.goto(`${adminUrl}/collections/relics`)
    const link = editor.getByRole('link', { name: 'Excel (.xlsx)' })
    await link.waitFor()
    const href = await link.getAttribute('href')
    expect(href).toMatch(/^\/api\/export\/relics\?format=xlsx/)
    const file = await editor.request.get(`${baseUrl}${href}`, { headers: sameOrigin(baseUrl) })
    expect(file.status()).toBe(200)
    expect(file.headers()['content-type']).toContain('spreadsheetml')
    const body = await file.body()
    expect(body.subarray(0, 2).toString()).toBe('PK')
  })
})
