/**
 * The review workflow as people use it, in the admin in Chromium: a commune contributor submits
 * an entry, a province editor returns it with a comment, the contributor fixes and resubmits, the
 * editor publishes, and the entry appears on the public site (without the comment).
 */
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  BUILD_TIMEOUT,
  browserSession,
  CONTRIBUTOR,
  EDITOR,
  formReady,
  productUrls,
  sameOrigin,
  settle,
  toasts,
} from './browser'

const { baseUrl, siteUrl, adminUrl } = productUrls()

const run = Date.now().toString(36)
const TITLE = `Miếu Thử Quy Trình ${run}`
const FIXED = `${TITLE} (đã sửa)`
const COMMENT = `Thiếu nguồn tư liệu: hãy thêm số quyết định xếp hạng (${run}).`

const { signedIn } = browserSession(adminUrl, { locale: 'vi-VN', track: true })
let contributor: Page
let editor: Page
let id: string
let slug: string

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

/** The public site as a visitor gets it. */
const visit = async (urlPath: string) => {
  const response = await fetch(`${siteUrl}${urlPath}`)
  return { status: response.status, text: await response.text() }
}

/** Opens the entry, which nobody else holds: each step leaves it after saving (see leave()). */
const openEntry = async (page: Page) => {
  // In Vietnamese whatever language the account last worked in: the admin keeps each person's last
  // language, and another file (translator-form) leaves the editor's in Korean, where this entry
  // has no title.
  await page.goto(`${adminUrl}/collections/relics/${id}?locale=vi`)
  await page.locator('#field-title').waitFor()
  await formReady(page)
  expect(await page.locator('#document-locked').isVisible(), 'the entry is locked by another person').toBe(false)
}

/** Leaves the entry (as a person does after saving), so that it is not held for the next one. */
const leave = async (page: Page) => {
  await page.goto(`${adminUrl}/collections/relics`)
  await page.locator('.collection-list, .list-controls').first().waitFor()
}

/**
 * The review state the select shows. Payload's select draws a placeholder until it has mounted,
 * which can be after the form says it is ready: wait for the value itself.
 */
const reviewState = async (page: Page) => {
  const value = page.locator('#field-review__state .rs__single-value')
  await value.waitFor()
  return (await value.textContent())?.trim()
}

const historyActions = async (page: Page) =>
  page
    .locator('[data-testid="review-history"] li')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-action')))

/** Clicks "Lưu bản nháp" (save draft) once the form has taken in the last change. */
const saveDraft = async (page: Page) => {
  await settle(page)
  expect(await page.locator('#action-save-draft').textContent()).toContain('Lưu bản nháp')
  await page.click('#action-save-draft')
}

beforeAll(async () => {
  contributor = await signedIn(CONTRIBUTOR)
  editor = await signedIn(EDITOR)
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
    await expect
      .poll(() => toasts(contributor), { timeout: 15_000 })
      .toEqual(expect.arrayContaining([expect.stringContaining(`Đã gửi duyệt “${TITLE}”`)]))
    const saved = await stored(contributor)
    expect(saved).toEqual(
      expect.objectContaining({ title: TITLE, _status: 'draft', review: { state: 'submitted', comment: null } }),
    )
    slug = saved.slug
    expect(slug).toMatch(/^mieu-thu-quy-trinh-/)
    await leave(contributor)

    // Once saved: the state reads "Chờ duyệt", still no Publish button, the comment is read-only.
    await openEntry(contributor)
    expect(await reviewState(contributor)).toBe('Chờ duyệt')
    expect(await contributor.locator('#action-save').count()).toBe(0)
    expect(await contributor.locator('#field-review__comment').isDisabled()).toBe(true)
    await expect.poll(() => historyActions(contributor)).toEqual(['submit', 'create'])
    await leave(contributor)
    // A submitted draft is not public.
    expect((await visit(`/di-tich/${slug}/`)).status).toBe(404)
  })

  it('an editor returns it with a comment (a return without one is refused)', async () => {
    await openEntry(editor)
    expect(await reviewState(editor)).toBe('Chờ duyệt')
    expect(await editor.locator('#field-review__comment').isDisabled()).toBe(false)
    await pickOption(editor, 'review__state', 'Trả lại để sửa')
    await saveDraft(editor)
    // On the comment field itself, and a toast in Vietnamese naming it (issue 17: the field showed
    // nothing, and the toast read "Lỗi - Field sau không hợp lệ: review.comment").
    const fieldError = editor.locator('.field-type__wrap:has(#field-review__comment) .field-error')
    await expect.poll(() => fieldError.textContent(), { timeout: 15_000 }).toContain('Hãy ghi nhận xét')
    await expect
      .poll(() => toasts(editor), { timeout: 15_000 })
      .toEqual(expect.arrayContaining([expect.stringContaining('Trường sau chưa hợp lệ: Xét duyệt')]))
    // Payload's toast cuts the message at its first colon: the heading is the whole sentence, and
    // the one field is the comment, named by its labels.
    await editor.screenshot({ path: '/tmp/review-e2e-returned-without-comment.png' })
    const toast = editor.locator('.payload-toast-item').filter({ hasText: 'Trường sau chưa hợp lệ' }).first()
    expect((await toast.locator('[data-testid="field-error"]').textContent())?.trim()).toBe(
      'Xét duyệt → Nhận xét của người duyệt',
    )
    expect((await toasts(editor)).join(' ')).not.toMatch(/\bFields?\b|review\.comment/)
    expect((await stored(editor)).review).toEqual({ state: 'submitted', comment: null })

    await editor.fill('#field-review__comment', COMMENT)
    await saveDraft(editor)
    // The step's own message, not Payload's "draft saved" (issue 17, item 7).
    await expect
      .poll(() => toasts(editor), { timeout: 15_000 })
      .toEqual(expect.arrayContaining([expect.stringContaining(`Đã trả lại “${TITLE}”`)]))
    await expect.poll(async () => (await stored(editor)).review).toEqual({ state: 'returned', comment: COMMENT })
    await leave(editor)
  })

  it('the contributor sees the comment, fixes the entry and resubmits', async () => {
    await openEntry(contributor)
    expect(await reviewState(contributor)).toBe('Trả lại để sửa')
    const comment = contributor.locator('#field-review__comment')
    expect(await comment.isVisible()).toBe(true)
    expect(await comment.inputValue()).toBe(COMMENT)
    await expect.poll(() => historyActions(contributor)).toEqual(['return', 'submit', 'create'])
    const history = contributor.locator('[data-testid="review-history"]')
    expect(await history.locator('li[data-action="return"]').textContent()).toContain(COMMENT)

    await contributor.fill('#field-title', FIXED)
    await pickOption(contributor, 'review__state', 'Chờ duyệt')
    await saveDraft(contributor)
    await expect
      .poll(() => toasts(contributor), { timeout: 15_000 })
      .toEqual(expect.arrayContaining([expect.stringContaining(`Đã gửi duyệt “${FIXED}”`)]))
    await expect
      .poll(async () => {
        const doc = await stored(contributor)
        return [doc.title, doc._status, doc.review.state]
      })
      .toEqual([FIXED, 'draft', 'submitted'])
    await leave(contributor)
    expect((await visit(`/di-tich/${slug}/`)).status).toBe(404)
  })

  it(
    'the editor publishes it and it appears on the public site, without the comment',
    async () => {
      await openEntry(editor)
      expect(await editor.locator('#field-title').inputValue()).toBe(FIXED)
      expect(await reviewState(editor)).toBe('Chờ duyệt')
      expect(await editor.locator('#action-save').textContent()).toContain('Xuất bản')
      await settle(editor)
      await editor.click('#action-save')
      // Publishing asks first (ConfirmedPublishButton).
      await editor.locator('.heritage-publish-modal #confirm-action').click()
      await expect.poll(async () => (await stored(editor))._status, { timeout: 15_000 }).toBe('published')
      const published = await stored(editor)
      expect(published.title).toBe(FIXED)
      expect(published.slug).toBe(slug)
      expect(published.review).toEqual({ state: 'published', comment: null })

      // The site is rebuilt in the background after publishing.
      let page = { status: 0, text: '' }
      await expect
        .poll(
          async () => {
            page = await visit(`/di-tich/${slug}/`)
            return page.status
          },
          { timeout: BUILD_TIMEOUT, interval: 1000 },
        )
        .toBe(200)
      expect(page.text).toContain(FIXED)
      expect(page.text).not.toContain(COMMENT)
      expect(page.text).not.toContain('Thiếu nguồn tư liệu')

      await leave(editor)
      await openEntry(editor)
      expect(await reviewState(editor)).toBe('Đã xuất bản')
      await expect.poll(() => historyActions(editor)).toEqual(['publish', 'submit', 'return', 'submit', 'create'])
    },
    BUILD_TIMEOUT + 60_000,
  )

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
