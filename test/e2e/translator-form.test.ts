/**
 * What the translator sees in the editor (cms/src/access/translatorView.ts), in Chromium: the demo
 * translator (bienphiendich@example.vn, Hà Nội) opens a published relic of its province.
 *
 * - in Korean, the Korean title and the texts of a list's rows are editable; what every language
 *   shares (the slug, the coordinates, a row's citation) is read-only, the list offers no row to
 *   add and no row menu (remove, move, duplicate), and there is no publish, submit, duplicate or
 *   delete control;
 * - in Vietnamese, the whole form is read-only;
 * - a Korean title typed in a draft entry saves, as a draft, in Korean only;
 * - the editor opening the same relic in Korean still has all of it editable, and publishes.
 *
 * Screenshots (1366×768 and 390 px wide) go to /tmp (translator-form-*.png).
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { browserSession, EDITOR, formReady, pageApi, productUrls, settle, TRANSLATOR } from './browser'

const { baseUrl, adminUrl } = productUrls()

const api = pageApi(baseUrl)

const { signedIn } = browserSession(adminUrl, { locale: 'vi-VN', viewport: { width: 1366, height: 768 }, track: true })
let translator: Page
let editor: Page

interface Relic {
  id: number
  title?: string
  _status?: string
  commune?: number
  sources?: unknown[]
}

/** The relics of the translator's scope in a language, as its REST API lists them (drafts too). */
async function relics(locale: string, where: string): Promise<Relic[]> {
  const found = await api(
    translator,
    'GET',
    `relics?draft=true&depth=0&limit=100&locale=${locale}&fallback-locale=null&${where}`,
  )
  if (!Array.isArray(found.json?.docs)) throw new Error(`relics: ${found.status} ${JSON.stringify(found.json)}`)
  return found.json.docs
}

const one = (docs: Relic[], what: string): Relic => {
  const doc = docs[0]
  if (!doc) throw new Error(`no relic ${what} in the translator's scope`)
  return doc
}

let published: Relic
const drafts: number[] = []

const tab = async (page: Page, name: string) => {
  await page.locator('.tabs-field__tab-button', { hasText: name }).click()
  await page.locator('.tabs-field__tab-button--active', { hasText: name }).waitFor()
}

/** An entry's editor in a language, on its first tab (the admin reopens the tab last shown). */
const open = async (page: Page, id: number, locale: string) => {
  await page.goto(`${adminUrl}/collections/relics/${id}?locale=${locale}`)
  await formReady(page)
  await settle(page)
  await tab(page, 'Nội dung')
}

const editable = (page: Page, selector: string) => page.locator(selector).first().isEditable()

/** Which of the fields (by their input's id) take input, as `expected` says. */
async function expectEditable(page: Page, expected: Record<string, boolean>) {
  const seen: Record<string, boolean> = {}
  for (const selector of Object.keys(expected)) seen[selector] = await editable(page, `#field-${selector}`)
  expect(seen).toEqual(expected)
}

afterAll(async () => {
  for (const id of drafts) await api(editor, 'DELETE', `relics/${id}`)
  // The admin keeps each person's last language: give the editor back Vietnamese for the files after.
  await editor.goto(`${adminUrl}/collections/relics?locale=vi`)
  await settle(editor)
})

beforeAll(async () => {
  translator = await signedIn(TRANSLATOR)
  editor = await signedIn(EDITOR)
  // Published, translated into Korean, with a list of sources (a shared citation, a text per language).
  published = one(
    (await relics('ko', 'sort=id')).filter(
      (doc) => doc._status === 'published' && doc.title && (doc.sources?.length ?? 0) > 0,
    ),
    'published in Korean with sources',
  )
})

describe('the translator', () => {
  it('in Korean: edits the texts, sees shared values and list rows read-only, and cannot publish', async () => {
    await open(translator, published.id, 'ko')
    await translator.screenshot({ path: '/tmp/translator-form-ko-1366.png' })
    await expectEditable(translator, { title: true, summary: true, slug: false })
    // No publishing, no "submit for review" (the review state is shared), no duplicate or delete menu.
    expect(await translator.locator('#action-save').count()).toBe(0)
    expect(await translator.locator('#action-submit-review').count()).toBe(0)
    expect(await translator.locator('.doc-controls__popup').count()).toBe(0)
    await expect.poll(() => translator.locator('#action-save-draft').count()).toBe(1)
    // The banner says what a translator does, not "press Submit for review".
    await expect
      .poll(() => translator.locator('[data-testid="review-banner"]').textContent())
      .toMatch(/Bạn đang dịch.*Lưu bản nháp/)

    await tab(translator, 'Vị trí')
    await expectEditable(translator, { location__lat: false, location__lng: false })
    await translator.screenshot({ path: '/tmp/translator-form-ko-location.png' })

    await tab(translator, 'Nguồn tư liệu')
    await translator.locator('#field-sources__0__citation').waitFor()
    await expectEditable(translator, { sources__0__citation: false, sources__0__note: true })
    expect(await translator.locator('#field-sources .array-field__add-row').count()).toBe(0)
    expect(await translator.locator('#field-sources .array-actions').count()).toBe(0)
    await translator.screenshot({ path: '/tmp/translator-form-ko-sources.png' })

    await translator.setViewportSize({ width: 390, height: 844 })
    await open(translator, published.id, 'ko')
    await expectEditable(translator, { title: true, slug: false })
    await translator.screenshot({ path: '/tmp/translator-form-ko-390.png', fullPage: true })
    await translator.setViewportSize({ width: 1366, height: 768 })
  })

  it('in Vietnamese: the whole form is read-only', async () => {
    await open(translator, published.id, 'vi')
    await translator.screenshot({ path: '/tmp/translator-form-vi-1366.png' })
    await expectEditable(translator, { title: false, summary: false, slug: false })
    expect(await translator.locator('#action-save').count()).toBe(0)
    expect(await translator.locator('[data-testid="review-banner"]').textContent()).toMatch(/bản gốc, chỉ để xem/)
    await tab(translator, 'Nguồn tư liệu')
    await translator.locator('#field-sources__0__note').waitFor()
    await expectEditable(translator, { sources__0__note: false })
    expect(await translator.locator('#field-sources .array-field__add-row').count()).toBe(0)
  })

  it('saves a Korean title as a draft, leaving the Vietnamese one as it was', async () => {
    // A new draft of the editor's, in the published relic's commune (deleted at the end).
    const created = await api(editor, 'POST', 'relics?locale=vi&draft=true&depth=0', {
      title: `Miếu Thử Bản Dịch ${Date.now().toString(36)}`,
      types: ['historical'],
      commune: published.commune,
      _status: 'draft',
    })
    expect(created.status, JSON.stringify(created.json)).toBe(201)
    const draft: Relic = created.json.doc
    drafts.push(draft.id)
    const korean = `초안 제목 ${Date.now().toString(36)}`
    await open(translator, draft.id, 'ko')
    await translator.fill('#field-title', korean)
    await settle(translator)
    await translator.click('#action-save-draft')
    await expect
      .poll(async () => (await api(translator, 'GET', `relics/${draft.id}?draft=true&depth=0&locale=ko`)).json?.title)
      .toBe(korean)
    await translator.screenshot({ path: '/tmp/translator-form-saved.png' })
    const after = (await api(translator, 'GET', `relics/${draft.id}?draft=true&depth=0&locale=vi`)).json
    expect(after?.title).toBe(draft.title)
    expect(after?._status).toBe('draft')
  })

  it('is refused a change of a shared value with the whole message, not cut into a list at its colon', async () => {
    const id = drafts[0]
    if (id === undefined) throw new Error('the draft of the test before is missing')
    await open(translator, id, 'ko')
    await translator.fill('#field-title', `초안 제목 ${Date.now().toString(36)}`)
    await settle(translator)
    // The form shows shared values read-only; a request can still carry a change (as a stale tab or
    // an API client would): the server's refusal (cms/src/access/translator.ts) is what is shown.
    await translator.route(`**/api/relics/${id}?**`, (route) => {
      const body = route.request().postData() ?? ''
      const changed = body.replace('"types":["historical"]', '"types":["historical","mixed"]')
      return route.continue(changed === body ? {} : { postData: changed })
    })
    await translator.click('#action-save-draft')
    const toast = translator.locator('.payload-toast-item').filter({ hasText: 'Biên dịch viên chỉ sửa nội dung dịch' })
    await toast.first().waitFor({ timeout: 15_000 })
    await translator.screenshot({ path: '/tmp/translator-form-refused.png' })
    await translator.unrouteAll()
    // Payload's field-errors toast would show "…không được đổi" with the rest as a list.
    expect(await toast.first().textContent()).toMatch(
      /^Biên dịch viên chỉ sửa nội dung dịch; các giá trị dùng chung cho mọi ngôn ngữ không được đổi: .+\.$/,
    )
    expect(await toast.first().locator('[data-testid="field-error"], [data-testid="field-errors"]').count()).toBe(0)
  })
})

/** The list of relics with one row selected: the selection's actions shown (edit many, publish, …). */
async function selectionActions(page: Page): Promise<string[]> {
  await page.goto(`${adminUrl}/collections/relics?locale=ko`)
  await page.locator('.table input[type=checkbox]').nth(1).check()
  await page.locator('.list-selection').waitFor()
  return page.locator('.list-selection button:visible').allTextContents()
}

describe('the list', () => {
  it('offers a translator no bulk edit, publish or unpublish; an editor has them', async () => {
    expect((await selectionActions(translator)).join(' ')).not.toMatch(/Chỉnh sửa|Xuất bản|Gỡ xuất bản|Xóa/)
    await translator.screenshot({ path: '/tmp/translator-form-list.png' })
    expect((await selectionActions(editor)).join(' ')).toMatch(/Xuất bản/)
  })
})

describe('the editor', () => {
  it('still edits everything of the same relic in Korean, and publishes', async () => {
    await open(editor, published.id, 'ko')
    await editor.screenshot({ path: '/tmp/translator-form-editor-ko-1366.png' })
    await expectEditable(editor, { title: true, slug: true })
    expect(await editor.locator('#action-save').count()).toBe(1)
    await tab(editor, 'Vị trí')
    await expectEditable(editor, { location__lat: true })
    await tab(editor, 'Nguồn tư liệu')
    await editor.locator('#field-sources__0__citation').waitFor()
    await expectEditable(editor, { sources__0__citation: true })
    expect(await editor.locator('#field-sources .array-field__add-row').count()).toBe(1)
    expect(await editor.locator('#field-sources .array-actions').count()).toBeGreaterThan(0)
  })
})
