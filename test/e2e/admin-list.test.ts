/**
 * The admin's list of entries in Chromium, since it reads only the columns it shows (issue 21:
 * admin.enableListViewSelectAPI, collections/entry.ts): an editor sees the rows the REST API gives
 * as whole records, in the same order (sorted by title both ways, searched, on two pages), and the
 * cells that read fields other than their own still show them: the translation badges (from the
 * translation state) and "bản trước đang công khai" beside a draft of a published entry (from
 * Payload's draft status).
 */
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { browserSession, EDITOR, pageApi } from './browser'

const baseUrl = inject('baseUrl')
const adminUrl = `${baseUrl}/admin`
const api = pageApi(baseUrl)
const session = browserSession(adminUrl, { locale: 'vi-VN', viewport: { width: 1600, height: 900 } })

const run = Date.now().toString(36)
/** Twelve entries: two pages of ten. */
const TITLES = Array.from({ length: 12 }, (_, i) => `Đình Danh Sách ${run} ${String(i + 1).padStart(2, '0')}`)
const CHANGED = 2
const TRANSLATED = 4

let editor: Page
const ids: number[] = []

async function call(method: 'GET' | 'POST' | 'PATCH', path: string, data?: unknown) {
  const { status, json } = await api(editor, method, path, data)
  if (status >= 400) throw new Error(`${method} ${path}: ${status} ${JSON.stringify(json)}`)
  return json as Record<string, unknown>
}

/** The admin's search (title or slug contains), as REST parameters. */
const searched = `where[or][0][title][like]=${run}&where[or][1][slug][like]=${run}`

/** Titles of a page of the list through REST, whole records (no select). */
async function restTitles(sort: string, page: number) {
  const found = await call('GET', `relics?draft=true&depth=0&locale=vi&limit=10&page=${page}&sort=${sort}&${searched}`)
  return (found.docs as { title: string }[]).map((doc) => doc.title)
}

/** Opens the admin's list and reads its rows' titles. */
async function listTitles(sort: string, page: number) {
  await editor.goto(`${adminUrl}/collections/relics?search=${run}&sort=${sort}&limit=10&page=${page}`)
  await editor.locator('table tbody tr').first().waitFor()
  return (await editor.locator('table tbody tr td.cell-title').allTextContents()).map((text) => text.trim())
}

const row = (title: string) => editor.locator('table tbody tr', { hasText: title })

describe('the admin list of relics (columns only)', () => {
  beforeAll(async () => {
    editor = await session.signedIn(EDITOR)
    const commune = (
      (await call('GET', 'admin-units?depth=0&limit=1&where[code][equals]=00577')).docs as { id: number }[]
    )[0]?.id
    for (const title of TITLES) {
      const { doc } = (await call('POST', 'relics?draft=true&depth=0', {
        title,
        rank: 'provincial',
        types: ['historical'],
        commune,
        _status: 'draft',
      })) as { doc: { id: number } }
      ids.push(doc.id)
    }
    // Published, then a newer draft: the list says the earlier version is live.
    await call('PATCH', `relics/${ids[CHANGED]}?depth=0`, { _status: 'published' })
    await call('PATCH', `relics/${ids[CHANGED]}?draft=true&depth=0`, {
      summary: `Bản nháp mới ${run}`,
      _status: 'draft',
    })
    // An English title saved by an editor: reviewed.
    await call('PATCH', `relics/${ids[TRANSLATED]}?draft=true&depth=0&locale=en`, {
      title: `Communal house ${run}`,
      _status: 'draft',
    })
  })

  it('shows the rows REST gives as whole records, sorted both ways, searched, on two pages', async () => {
    for (const sort of ['title', '-title']) {
      const first = await listTitles(sort, 1)
      expect(first).toHaveLength(10)
      expect(first).toEqual(await restTitles(sort, 1))
      const second = await listTitles(sort, 2)
      expect(second).toHaveLength(2)
      expect(second).toEqual(await restTitles(sort, 2))
      expect(new Set([...first, ...second])).toEqual(new Set(TITLES))
    }
    expect((await listTitles('title', 1))[0]).toBe(TITLES[0])
    expect((await listTitles('-title', 1))[0]).toBe(TITLES[11])
  })

  it('draws the translation badges and the draft-of-published note from fields outside the columns', async () => {
    const stored = await call('GET', `relics/${ids[TRANSLATED]}?draft=true&depth=0&locale=vi`)
    expect((stored.translationState as Record<string, { status: string }>).en?.status).toBe('reviewed')
    await listTitles('title', 1)
    const badge = (title: string) =>
      row(title).locator('[data-testid="translation-badges"] [data-locale="en"]').getAttribute('data-badge')
    expect(await badge(TITLES[TRANSLATED] as string)).toBe('reviewed')
    expect(await badge(TITLES[0] as string)).toBe('missing')
    expect(await row(TITLES[CHANGED] as string).textContent()).toContain('bản trước đang công khai')
    expect(await row(TITLES[0] as string).textContent()).not.toContain('bản trước đang công khai')
    expect(await row(TITLES[0] as string).textContent()).toContain('Đang soạn')
  })
})
