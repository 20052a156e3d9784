/**
 * The officer's home page and the review's feedback, in Chromium (issue 17, items 1 and 7): each
 * role's home counts and lists what waits for it (editors "Chờ duyệt (n)", contributors what was
 * returned with the comment and their drafts, producers their products and batches), never what
 * lies outside its scope; an entry shows its state and the returned comment in a banner; the
 * steps have their own buttons and messages; the state select offers each role what it may do;
 * lists show the review state as a column and filter on it; publishing asks first, naming the
 * entry; an editor may go back from a newer draft to the published version.
 */
import { mkdirSync } from 'node:fs'
import { STANDALONE_KINDS } from '@heritage/contract'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { formReady, launchChromium, logIn, sameOrigin, settle, toasts, track } from './browser'

const baseUrl = inject('baseUrl')
const adminUrl = `${baseUrl}/admin`
const SHOTS = process.env.E2E_SHOTS ?? '/tmp/e2e-shots'
const PASSWORD = 'heritage-demo'
const ACCOUNTS = {
  admin: { email: 'admin@example.vn', password: PASSWORD },
  editor: { email: 'editor@example.vn', password: PASSWORD },
  contributor: { email: 'congtacvien@example.vn', password: PASSWORD },
  producer: { email: 'chuthe@example.vn', password: PASSWORD },
}
/** The kinds an officer edits and reviews as entries of their own. */
const ENTRY_KINDS = STANDALONE_KINDS

const run = Date.now().toString(36)
const TITLE = {
  draft: `Miếu Nháp ${run}`,
  toPublish: `Đình Gửi Duyệt ${run}`,
  toReturn: `Đình Trả Lại ${run}`,
  waiting: `Nghè Chờ Duyệt ${run}`,
  neighbour: `Chùa Xã Bên ${run}`,
  farAway: `Đền Tỉnh Khác ${run}`,
}
const COMMENT = `Thiếu số quyết định xếp hạng và ảnh mặt tiền (${run}).`
const NEIGHBOUR_COMMENT = `Nhận xét riêng của xã Phù Đổng (${run}).`

let browser: Browser
const contexts: BrowserContext[] = []
const pages = {} as Record<keyof typeof ACCOUNTS, Page>
const ids = {} as Record<keyof typeof TITLE, string>

async function api(page: Page, method: 'GET' | 'POST' | 'PATCH', path: string, data?: unknown) {
  const response = await page.request.fetch(`${baseUrl}/api/${path}`, {
    method,
    headers: sameOrigin(baseUrl),
    ...(data === undefined ? {} : { data }),
  })
  const json = (await response.json()) as Record<string, unknown>
  if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${JSON.stringify(json)}`)
  return json
}

const unitId = async (page: Page, where: string) =>
  String(((await api(page, 'GET', `admin-units?depth=0&limit=1&${where}`)).docs as { id: number }[])[0]?.id)

async function relic(page: Page, title: string, commune: string, state?: 'submitted') {
  const { doc } = (await api(page, 'POST', 'relics?draft=true&depth=0', {
    title,
    rank: 'provincial',
    types: ['historical'],
    commune,
    _status: 'draft',
    ...(state ? { review: { state } } : {}),
  })) as { doc: { id: number } }
  return String(doc.id)
}

/** Entries in a review state across every kind, counted through REST with the person's session. */
async function countFor(page: Page, state: 'submitted' | 'returned') {
  let total = 0
  for (const kind of ENTRY_KINDS) {
    const found = await api(page, 'GET', `${kind}?draft=true&depth=0&limit=1&where[review.state][equals]=${state}`)
    total += Number(found.totalDocs)
  }
  return total
}

const home = async (page: Page) => {
  await page.goto(adminUrl)
  await page.locator('[data-testid="home"]').waitFor()
}
const section = (page: Page, id: string) => page.locator(`[data-testid="home-${id}"]`)
const heading = async (page: Page, id: string) => (await section(page, id).locator('h2').textContent())?.trim()

async function openEntry(page: Page, id: string) {
  await page.goto(`${adminUrl}/collections/relics/${id}`)
  await formReady(page)
  await page.locator('[data-testid="review-banner"]').waitFor()
}
/** Leaves the entry after saving, so that its edit lock does not stop the next person. */
const leave = async (page: Page) => {
  await page.goto(`${adminUrl}/collections/relics`)
  await page.locator('.collection-list, .list-controls').first().waitFor()
}

async function stateOptions(page: Page) {
  await page.locator('#field-review__state .rs__control').click()
  const options = (await page.locator('.rs__option').allTextContents()).map((t) => t.trim())
  await page.keyboard.press('Escape')
  return options
}

const shoot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png` })

async function signedIn(account: keyof typeof ACCOUNTS) {
  const context = await browser.newContext({
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1366, height: 768 },
  })
  contexts.push(context)
  const page = await context.newPage()
  track(page)
  await logIn(page, adminUrl, ACCOUNTS[account])
  pages[account] = page
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  browser = await launchChromium()
  for (const account of Object.keys(ACCOUNTS) as (keyof typeof ACCOUNTS)[]) await signedIn(account)
  const { contributor, admin } = pages
  const batTrang = await unitId(admin, 'where[code][equals]=00577')
  const phuDong = await unitId(admin, 'where[code][equals]=00541')
  const otherProvince = await unitId(admin, 'where[level][equals]=province&where[code][not_equals]=01')
  const farCommune = await unitId(admin, `where[parent][equals]=${otherProvince}`)
  // The contributor's own: a draft, and two submitted for review.
  ids.draft = await relic(contributor, TITLE.draft, batTrang)
  ids.toPublish = await relic(contributor, TITLE.toPublish, batTrang, 'submitted')
  ids.toReturn = await relic(contributor, TITLE.toReturn, batTrang, 'submitted')
  ids.waiting = await relic(contributor, TITLE.waiting, batTrang, 'submitted')
  // Outside the contributor's commune: returned with a comment it must not see.
  ids.neighbour = await relic(admin, TITLE.neighbour, phuDong, 'submitted')
  await api(admin, 'PATCH', `relics/${ids.neighbour}?draft=true&depth=0`, {
    review: { state: 'returned', comment: NEIGHBOUR_COMMENT },
    _status: 'draft',
  })
  // Outside the editor's province: submitted, not for this editor.
  ids.farAway = await relic(admin, TITLE.farAway, farCommune, 'submitted')
}, 120_000)

afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
})

describe("the officer's home page and the review's feedback", () => {
  it('an editor publishes and returns with the explicit actions, and its home counts what waits in its province', async () => {
    const { editor } = pages
    await openEntry(editor, ids.toPublish)
    expect(await editor.locator('[data-testid="review-banner"]').getAttribute('data-state')).toBe('submitted')
    expect(await editor.locator('[data-testid="review-status"]').textContent()).toContain('Chờ duyệt')
    expect(await stateOptions(editor)).toEqual(['Đang soạn', 'Chờ duyệt', 'Trả lại để sửa'])
    await settle(editor)
    // Publishing asks first, naming the entry; cancelling leaves it unpublished.
    expect(await editor.locator('#action-save').textContent()).toBe('Xuất bản…')
    await editor.click('#action-save')
    const question = editor.locator('.heritage-publish-modal')
    await question.waitFor()
    expect(await question.locator('h1').textContent()).toBe(`Xuất bản “${TITLE.toPublish}”?`)
    expect(await question.textContent()).toContain('Trang sẽ hiện công khai trên trang du lịch')
    await shoot(editor, 'entry-publish-question')
    await question.locator('#confirm-cancel').click()
    await question.waitFor({ state: 'detached' })
    expect(await editor.locator('#action-save-popup').count()).toBe(1) // scheduled publishing is still offered
    await settle(editor)
    expect((await api(editor, 'GET', `relics/${ids.toPublish}?draft=true&depth=0`))._status).toBe('draft')
    expect(await toasts(editor)).toEqual([])
    await editor.click('#action-save')
    await question.locator('#confirm-action').click()
    await expect
      .poll(() => toasts(editor), { timeout: 15_000 })
      .toEqual(expect.arrayContaining([expect.stringContaining(`Đã xuất bản “${TITLE.toPublish}”`)]))
    expect((await api(editor, 'GET', `relics/${ids.toPublish}?draft=true&depth=0`))._status).toBe('published')
    await leave(editor)

    await openEntry(editor, ids.toReturn)
    await settle(editor)
    await shoot(editor, 'entry-submitted')
    await editor.click('#action-return-review')
    await editor.locator('#confirm-return').click()
    // Without a comment the dialog stays, saying what is missing; nothing is saved.
    await expect
      .poll(() => editor.locator('.heritage-return-modal [role="alert"]').textContent())
      .toContain('Hãy ghi nhận xét')
    await editor.locator('[data-testid="return-comment"]').fill(COMMENT)
    await shoot(editor, 'entry-return-dialog')
    await editor.locator('#confirm-return').click()
    await expect
      .poll(() => toasts(editor), { timeout: 15_000 })
      .toEqual(expect.arrayContaining([expect.stringContaining(`Đã trả lại “${TITLE.toReturn}”`)]))
    await expect.poll(() => editor.locator('[data-testid="review-banner"]').getAttribute('data-state')).toBe('returned')
    expect(await editor.locator('[data-testid="review-banner-comment"]').textContent()).toContain(COMMENT)
    await leave(editor)

    await home(editor)
    const waiting = await countFor(editor, 'submitted')
    expect(waiting).toBeGreaterThanOrEqual(1)
    expect(await heading(editor, 'review')).toBe(`Chờ duyệt (${waiting})`)
    const review = await section(editor, 'review').textContent()
    expect(review).toContain(TITLE.waiting)
    expect(review).not.toContain(TITLE.farAway)
    // Each row opens the entry.
    const published = section(editor, 'published').locator(`li[data-id="${ids.toPublish}"]`)
    expect(await published.locator('a').first().getAttribute('href')).toBe(`/admin/collections/relics/${ids.toPublish}`)
    expect(await published.locator('[data-testid="home-public-link"]').getAttribute('href')).toMatch(
      /\/p\/[0-9A-Z]{8}\/$/,
    )
    expect(await section(editor, 'review').locator('a[href*="review.state"]').count()).toBeGreaterThan(0)
    await shoot(editor, 'dashboard-editor')
    // The administrator, who sees every province, has it in its queue: the editor does not.
    await home(pages.admin)
    expect(await section(pages.admin, 'review').textContent()).toContain(TITLE.farAway)
  })

  it('a contributor sees what was returned with the comment and its drafts, nothing of other communes', async () => {
    const { contributor } = pages
    await home(contributor)
    expect(await section(contributor, 'review').count()).toBe(0)
    const returned = section(contributor, 'returned')
    expect(await heading(contributor, 'returned')).toBe(`Bị trả lại (${await countFor(contributor, 'returned')})`)
    const row = returned.locator(`li[data-id="${ids.toReturn}"]`)
    expect(await row.locator('[data-testid="home-comment"]').textContent()).toContain(COMMENT)
    expect(await section(contributor, 'drafts').textContent()).toContain(TITLE.draft)
    expect(await heading(contributor, 'drafts')).toMatch(/^Bản nháp của tôi \(\d+\)$/)
    const page = await contributor.locator('[data-testid="home"]').textContent()
    expect(page).not.toContain(TITLE.neighbour)
    expect(page).not.toContain(NEIGHBOUR_COMMENT)
    expect(page).not.toContain(TITLE.farAway)
    await shoot(contributor, 'dashboard-contributor')

    // The entry: the comment at the top, the choices of an author, its own button and message.
    await row.locator('a').first().click()
    await formReady(contributor)
    const banner = contributor.locator('[data-testid="review-banner"]')
    expect(await banner.getAttribute('data-state')).toBe('returned')
    expect(await banner.locator('[data-testid="review-banner-comment"]').textContent()).toContain(COMMENT)
    expect(await contributor.locator('[data-testid="review-status"]').textContent()).toContain('Trả lại để sửa')
    const offered = await stateOptions(contributor)
    expect(offered).not.toContain('Đã xuất bản')
    expect(offered).toEqual(expect.arrayContaining(['Đang soạn', 'Chờ duyệt']))
    await shoot(contributor, 'entry-returned')
    await settle(contributor)
    await contributor.click('#action-submit-review')
    await expect
      .poll(() => toasts(contributor), { timeout: 15_000 })
      .toEqual(expect.arrayContaining([expect.stringContaining(`Đã gửi duyệt “${TITLE.toReturn}”`)]))
    expect((await toasts(contributor)).join(' ')).not.toContain('Bản nháp đã được lưu')
    await expect.poll(() => contributor.locator('[data-testid="review-status"]').textContent()).toContain('Chờ duyệt')
    await leave(contributor)

    // A draft: only "Đang soạn" and "Chờ duyệt" are offered.
    await openEntry(contributor, ids.draft)
    expect(await stateOptions(contributor)).toEqual(['Đang soạn', 'Chờ duyệt'])
    await leave(contributor)
  })

  it('lists show the review state as a column, and filter on it', async () => {
    const { contributor } = pages
    await contributor.goto(`${adminUrl}/collections/relics?search=${encodeURIComponent(run)}`)
    await contributor.locator('table tbody tr').first().waitFor()
    const headers = (await contributor.locator('table thead th').allTextContents()).join(' | ')
    expect(headers).toContain('Xét duyệt > Trạng thái')
    expect(headers).not.toMatch(/Print Qr|Review History|Review Banner/)
    await shoot(contributor, 'list-review-state')
    const rowOf = (title: string) => contributor.locator('table tbody tr', { hasText: title })
    expect(await rowOf(TITLE.draft).textContent()).toContain('Đang soạn')
    expect(await rowOf(TITLE.toReturn).textContent()).toContain('Chờ duyệt')
    expect(await rowOf(TITLE.toPublish).textContent()).toContain('Đã xuất bản')

    await contributor.goto(
      `${adminUrl}/collections/relics?search=${encodeURIComponent(run)}&where[or][0][and][0][review.state][equals]=submitted`,
    )
    await contributor.locator('table tbody tr').first().waitFor()
    const titles = await contributor.locator('table tbody tr').allTextContents()
    expect(titles.join(' ')).toContain(TITLE.toReturn)
    expect(titles.join(' ')).not.toContain(TITLE.draft)
    expect(titles.join(' ')).not.toContain(TITLE.toPublish)
  })

  it('an editor goes back from a newer draft to the published version; a contributor is not offered it', async () => {
    const { editor, contributor } = pages
    const changed = `${TITLE.toPublish} (bản nháp mới)`
    await api(editor, 'PATCH', `relics/${ids.toPublish}?draft=true&depth=0`, { title: changed, _status: 'draft' })
    await openEntry(contributor, ids.toPublish)
    expect(await contributor.locator('[data-testid="review-status"]').textContent()).toContain(
      'bản trước đang công khai',
    )
    expect(await contributor.locator('#action-revert-to-published').count()).toBe(0)
    await leave(contributor)

    await openEntry(editor, ids.toPublish)
    expect(await editor.locator('#field-title').inputValue()).toBe(changed)
    const link = editor.locator('#action-revert-to-published')
    expect(await link.textContent()).toBe('Quay về bản đã xuất bản')
    await settle(editor)
    await link.click()
    const question = editor.locator('.heritage-revert-modal')
    await question.waitFor()
    expect(await question.locator('h1').textContent()).toBe(`Quay về bản đã xuất bản của “${changed}”?`)
    await shoot(editor, 'entry-revert-question')
    await question.locator('#confirm-action').click()
    await expect.poll(() => editor.locator('#field-title').inputValue(), { timeout: 15_000 }).toBe(TITLE.toPublish)
    await expect.poll(() => link.count()).toBe(0)
    const stored = await api(editor, 'GET', `relics/${ids.toPublish}?draft=true&depth=0`)
    expect(stored).toEqual(expect.objectContaining({ title: TITLE.toPublish, _status: 'published' }))
    expect(await editor.locator('[data-testid="review-status"]').getAttribute('data-state')).toBe('published')
    await leave(editor)
  })

  it('a producer sees its products and batches', async () => {
    const { producer } = pages
    const me = (await api(producer, 'GET', 'users/me')) as { user: { producer: number | { id: number } } }
    const own = typeof me.user.producer === 'object' ? me.user.producer.id : me.user.producer
    const products = await api(
      producer,
      'GET',
      `ocop-products?draft=true&depth=0&limit=100&where[producer][equals]=${own}`,
    )
    const productIds = (products.docs as { id: number }[]).map((p) => p.id)
    const batches = await api(
      producer,
      'GET',
      `batches?draft=true&depth=0&limit=1&where[product][in]=${productIds.join(',')}`,
    )
    expect(productIds.length).toBeGreaterThan(0)
    await home(producer)
    expect(await heading(producer, 'products')).toBe(`Sản phẩm của tôi (${products.totalDocs})`)
    expect(await heading(producer, 'batches')).toBe(`Lô sản xuất của tôi (${batches.totalDocs})`)
    expect(await section(producer, 'review').count()).toBe(0)
    await shoot(producer, 'dashboard-producer')
  })
})
