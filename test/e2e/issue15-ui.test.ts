/**
 * Issue 15 as people see it in the admin, in Chromium:
 *
 * - A commune contributor changes the alt text of their own photo that a published relic shows
 *   and presses Save: the admin says in Vietnamese that the file is used by a published entry,
 *   naming it, and tells them what to do instead (not Payload's generic English toast), and the
 *   photo is unchanged.
 * - A published batch whose lot would break the public site (written straight into the database:
 *   the admin and the API refuse such a lot) is left out of the next publish, and the admin
 *   header's badge names it, with its kind in Vietnamese and a link to it; the rest of the site
 *   is published and the batch's QR label opens the "withdrawn" page.
 *
 * Everything changed is put back at the end (the photo leaves the relic and is deleted, the
 * batch gets its lot back and the site is rebuilt without exclusions).
 */
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { standardPhoto } from '../../media-tools/test/fixtures/images.ts'
import {
  ADMIN,
  BUILD_TIMEOUT,
  browserSession,
  CONTRIBUTOR,
  EDITOR,
  formReady,
  pageApi,
  productUrls,
  sameOrigin,
  toasts,
} from './browser'
import { dataDir } from './data-dir'

const { baseUrl, siteUrl, adminUrl } = productUrls()
const RELIC_SLUG = 'dinh-bat-trang'
const RELIC_TITLE = 'Đình Bát Tràng'
// A published demo batch no other browser test names (site.test.ts uses BL-0001 and TV-0001).
const LOT = 'AC-0001'
const BAD_LOT = 'SECP/'
const run = Date.now().toString(36)

const { signedIn } = browserSession(adminUrl, { locale: 'vi-VN' })
let admin: Page
let editor: Page
let contributor: Page

interface SiteStatus {
  state: string
  buildId: string | null
  excluded?: { collection: string; id: string; title: string; adminUrl: string }[] | null
}

const api = pageApi(baseUrl)

const siteStatus = async () => (await api(editor, 'GET', 'globals/site-status')).json as SiteStatus

/** The public site as a visitor gets it. */
const visit = async (urlPath: string) => {
  const response = await fetch(`${siteUrl}${urlPath}`)
  return { status: response.status, text: await response.text() }
}

/** Writes a lot the admin would refuse straight into the batch and its published version. */
function writeLot(dir: string, batchId: number, lot: string) {
  const db = new DatabaseSync(path.join(dir, 'heritage.db'))
  try {
    db.exec('PRAGMA busy_timeout = 10000')
    // A later save time, so that the incremental export reads the batch again.
    const now = new Date().toISOString()
    db.prepare('UPDATE batches SET lot_code = ?, updated_at = ? WHERE id = ?').run(lot, now, batchId)
    db.prepare(
      'UPDATE _batches_v SET version_lot_code = ?, version_updated_at = ?, updated_at = ? WHERE parent_id = ? AND latest = 1',
    ).run(lot, now, now, batchId)
  } finally {
    db.close()
  }
}

/** Saves a published relic unchanged as the editor: a publish is queued, as after any such save. */
async function requestPublish() {
  const { json } = await api(editor, 'GET', `relics?where[slug][equals]=chua-kien-so&depth=0&locale=vi`)
  const relic = (json as { docs: { id: number; summary?: string }[] }).docs[0]
  if (!relic) throw new Error('The demo has no Chùa Kiến Sơ.')
  const saved = await api(editor, 'PATCH', `relics/${relic.id}?locale=vi`, {
    summary: relic.summary,
    _status: 'published',
  })
  expect(saved.status, JSON.stringify(saved.json)).toBe(200)
}

beforeAll(async () => {
  admin = await signedIn(ADMIN)
  editor = await signedIn(EDITOR)
  contributor = await signedIn(CONTRIBUTOR)
})

describe('a photo used by a published entry, as its contributor sees it', () => {
  let relic: { id: number; gallery: number[] }
  let photoId: number | undefined

  afterAll(async () => {
    // Put the relic's gallery back and remove the photo.
    if (relic) {
      const restored = await api(admin, 'PATCH', `relics/${relic.id}`, { gallery: relic.gallery, _status: 'published' })
      expect(restored.status, JSON.stringify(restored.json)).toBe(200)
    }
    if (photoId !== undefined) {
      // By its uploader, who still holds the photo's edit lock from the form.
      const deleted = await api(contributor, 'DELETE', `media/${photoId}`)
      expect(deleted.status, JSON.stringify(deleted.json)).toBe(200)
    }
  })

  it('Save is refused with a Vietnamese message naming the published entry, and nothing changes', async () => {
    const uploaded = await contributor.request.post(`${baseUrl}/api/media`, {
      headers: sameOrigin(baseUrl),
      multipart: {
        file: { name: `gom-ctv-${run}.jpg`, mimeType: 'image/jpeg', buffer: await standardPhoto() },
        _payload: JSON.stringify({ alt: `Gốm Bát Tràng do cộng tác viên chụp (${run})` }),
      },
    })
    expect(uploaded.status(), await uploaded.text()).toBe(201)
    const photo = ((await uploaded.json()) as { doc: { id: number; alt: string } }).doc
    photoId = photo.id
    // The editor's side: the photo goes into the gallery of a published relic of Bát Tràng.
    const { json } = await api(admin, 'GET', `relics?where[slug][equals]=${RELIC_SLUG}&depth=0`)
    const found = (json as { docs: { id: number; gallery?: number[] | null }[] }).docs[0]
    if (!found) throw new Error(`The demo has no ${RELIC_TITLE}.`)
    relic = { id: found.id, gallery: found.gallery ?? [] }
    const attached = await api(admin, 'PATCH', `relics/${relic.id}`, {
      gallery: [...relic.gallery, photo.id],
      _status: 'published',
    })
    expect(attached.status, JSON.stringify(attached.json)).toBe(200)

    await contributor.goto(`${adminUrl}/collections/media/${photo.id}`)
    await formReady(contributor)
    const alt = contributor.locator('#field-alt')
    await expect.poll(() => alt.inputValue(), { timeout: 30_000 }).toBe(photo.alt)
    await alt.fill(`Chú thích đã sửa (${run})`)
    // The form sends its state shortly after a change; save as a person would, a moment later.
    await contributor.waitForTimeout(1000)
    await contributor.click('#action-save')
    await expect
      .poll(() => toasts(contributor), { timeout: 15_000 })
      .toEqual(
        expect.arrayContaining([
          expect.stringContaining(`Tệp này đang dùng trong bài đã xuất bản (Di tích «${RELIC_TITLE}»)`),
        ]),
      )
    const shown = (await toasts(contributor)).join('\n')
    expect(shown).toContain('Hãy tải lên tệp mới')
    // Not Payload's generic English refusal.
    expect(shown).not.toMatch(/not allowed|Forbidden|Something went wrong/i)
    const stored = await api(admin, 'GET', `media/${photo.id}?depth=0`)
    expect((stored.json as { alt: string }).alt).toBe(photo.alt)
  })
})

describe('an entry left out of the public site, in the admin header', () => {
  let batch: { id: number; code: string }
  let broken = false

  afterAll(async () => {
    if (!broken) return
    // The fix an editor makes: the lot as printed, saved; the next publish has no exclusions.
    const before = await siteStatus()
    const fixed = await api(editor, 'PATCH', `batches/${batch.id}`, { lotCode: LOT, _status: 'published' })
    expect(fixed.status, JSON.stringify(fixed.json)).toBe(200)
    // (expect.poll is for tests only.)
    const deadline = Date.now() + BUILD_TIMEOUT
    let status = await siteStatus()
    while (!(status.state === 'ok' && status.buildId !== before.buildId && !status.excluded?.length)) {
      if (Date.now() > deadline)
        throw new Error(`The site was not rebuilt without exclusions: ${JSON.stringify(status)}`)
      await new Promise((resolve) => setTimeout(resolve, 1000))
      status = await siteStatus()
    }
    expect((await visit(`/t/${batch.code}/`)).text).toContain(LOT)
  })

  it('names the batch, with its kind in Vietnamese and a link to it; the rest of the site is published', async () => {
    const { json } = await api(editor, 'GET', `batches?where[lotCode][equals]=${LOT}&depth=0`)
    const found = (json as { docs: { id: number; code: string; _status: string }[] }).docs[0]
    if (!found) throw new Error(`The demo has no batch ${LOT}.`)
    expect(found._status).toBe('published')
    batch = { id: found.id, code: found.code }

    // The admin refuses such a lot (see the validation tests): it can only come from elsewhere.
    const refused = await api(editor, 'PATCH', `batches/${batch.id}`, { lotCode: BAD_LOT })
    expect(refused.status).toBe(400)

    await expect.poll(async () => (await siteStatus()).state, { timeout: BUILD_TIMEOUT }).toBe('ok')
    const live = await siteStatus()
    writeLot(dataDir(live.buildId ?? ''), batch.id, BAD_LOT)
    broken = true
    await requestPublish()
    await expect
      .poll(
        async () => {
          const status = await siteStatus()
          return (
            status.state === 'ok' &&
            status.buildId !== live.buildId &&
            (status.excluded ?? []).some((entry) => entry.collection === 'batches' && entry.id === String(batch.id))
          )
        },
        { timeout: BUILD_TIMEOUT, interval: 1000 },
      )
      .toBe(true)

    await editor.goto(adminUrl)
    const badge = editor.locator('.heritage-site-status[role=status]')
    const excluded = editor.locator('[data-excluded]')
    await expect.poll(() => excluded.count(), { timeout: 30_000 }).toBe(1)
    expect(await badge.textContent()).toMatch(/^Trang công khai đã cập nhật lúc \d{2}:\d{2} · Xem trang$/)
    expect(await excluded.textContent()).toBe(`Bị bỏ ra khỏi trang, hãy sửa: ${BAD_LOT} (Lô sản xuất)`)
    // What the person sees: the entry's name is on screen, not cut off, and its link opens it.
    const link = excluded.locator('a')
    expect(await link.textContent()).toBe(BAD_LOT)
    expect(await link.getAttribute('href')).toBe(`/admin/collections/batches/${batch.id}`)
    const box = await link.boundingBox()
    const pill = await excluded.boundingBox()
    expect(box && pill && box.x + box.width <= pill.x + pill.width + 1).toBe(true)
    expect(await excluded.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true)
    await link.click()
    await editor.waitForURL(`**/admin/collections/batches/${batch.id}`)
    // The status page lists it as a link too (not as JSON in a code editor).
    await editor.goto(`${adminUrl}/globals/site-status`)
    const list = editor.getByTestId('excluded-entries')
    await expect.poll(() => list.textContent(), { timeout: 30_000 }).toContain(`${BAD_LOT} (Lô sản xuất)`)
    expect(await list.locator('a').getAttribute('href')).toBe(`/admin/collections/batches/${batch.id}`)

    // The public site: the batch's label opens the "withdrawn" page, everything else is there.
    const label = await visit(`/t/${batch.code}/`)
    expect(label.status).toBe(200)
    expect(label.text).toContain('đã được rút xuống')
    expect(label.text).not.toContain(BAD_LOT)
    expect((await visit('/')).status).toBe(200)
    expect((await visit(`/di-tich/${RELIC_SLUG}/`)).status).toBe(200)
  })
})
