/**
 * The translations screen (/admin/translations, cms/src/components/TranslationForm.tsx) as the demo
 * translator uses it, in Chromium: it opens in the language the admin is set to, downloads the
 * XLIFF of what is left to translate with the browser's own download, sends back a file with one
 * Korean title filled in, and reads the report; a file that is not XLIFF gets a message in
 * Vietnamese. The controls speak the admin's language, not the browser's ("Chọn tệp…").
 *
 * Screenshots (1366×768 and 390 px wide) go to /tmp (translations-screen-*.png).
 */
import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { browserSession, EDITOR, pageApi, productUrls, settle, TRANSLATOR } from './browser'

const { baseUrl, adminUrl } = productUrls()
const api = pageApi(baseUrl)
const { signedIn } = browserSession(adminUrl, { locale: 'vi-VN', viewport: { width: 1366, height: 768 }, track: true })

let translator: Page
let editor: Page
let draft: { id: number; title: string }

beforeAll(async () => {
  translator = await signedIn(TRANSLATOR)
  editor = await signedIn(EDITOR)
  // A new Vietnamese draft of the editor's, in a commune of the translator's province.
  const mine = await api(translator, 'GET', 'relics?draft=true&depth=0&limit=1&where[commune][exists]=true')
  const commune = mine.json?.docs?.[0]?.commune
  if (typeof commune !== 'number') throw new Error(`no relic with a commune for the translator: ${mine.status}`)
  const title = `Miếu Thử Tệp Dịch ${Date.now().toString(36)}`
  const created = await api(editor, 'POST', 'relics?locale=vi&draft=true&depth=0', {
    title,
    types: ['historical'],
    commune,
    _status: 'draft',
  })
  if (created.status !== 201) throw new Error(`draft: ${created.status} ${JSON.stringify(created.json)}`)
  draft = { id: created.json.doc.id, title }
})

afterAll(async () => {
  if (draft) await api(editor, 'DELETE', `relics/${draft.id}`)
})

const screen = async (page: Page) => {
  await page.goto(`${adminUrl}/translations?locale=ko`)
  await page.locator('[data-testid="translation-exchange"]').waitFor()
  await settle(page)
}

/** The XLIFF the screen's download link gives, as the browser saved it. */
async function downloadXliff(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-testid="translation-exchange"] a[href*="format=xliff"]').click(),
  ])
  const file = await download.path()
  return readFile(file, 'utf8')
}

describe('the translations screen', () => {
  it('opens in the admin’s language, in Vietnamese words, and fits a phone', async () => {
    await screen(translator)
    expect(await translator.locator('select[name="locale"]').inputValue()).toBe('ko')
    const chooser = translator.locator('[data-testid="translation-file"]')
    expect(await chooser.textContent()).toContain('Chọn tệp…')
    expect(await translator.locator('[data-testid="translation-file-name"]').textContent()).toBe('Chưa chọn tệp')
    await translator.screenshot({ path: '/tmp/translations-screen-1366.png', fullPage: true })
    await translator.setViewportSize({ width: 390, height: 844 })
    await screen(translator)
    const overflow = await translator.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await translator.screenshot({ path: '/tmp/translations-screen-390.png', fullPage: true })
    await translator.setViewportSize({ width: 1366, height: 768 })
  })

  it('round trip: downloads the Korean XLIFF, sends one title back, and the report counts it', async () => {
    await screen(translator)
    await translator.locator('select[name="kind"]').selectOption('relics')
    const xliff = await downloadXliff(translator)
    expect(xliff).toContain('trgLang="ko"')
    const name = `name="relics/${draft.id}/title"`
    expect(xliff).toContain(name)
    const korean = `시험 사당 ${Date.now().toString(36)}`
    const at = xliff.indexOf(name)
    const filled = `${xliff.slice(0, at)}${xliff.slice(at).replace('<target></target>', `<target>${korean}</target>`)}`
    expect(filled).not.toBe(xliff)

    await translator.locator('input[name="file"]').setInputFiles({
      name: 'relics-ko.xlf',
      mimeType: 'application/xliff+xml',
      buffer: Buffer.from(filled),
    })
    expect(await translator.locator('[data-testid="translation-file-name"]').textContent()).toBe('relics-ko.xlf')
    await translator.getByRole('button', { name: 'Nhập bản dịch' }).click()
    const report = translator.locator('[data-testid="translation-report"]')
    await report.waitFor()
    await translator.screenshot({ path: '/tmp/translations-screen-report.png', fullPage: true })
    expect(await report.locator('[data-count="applied"]').textContent()).toBe('1')
    expect(await report.locator('[data-count="skipped"]').textContent()).toBe('0')

    const ko = (await api(editor, 'GET', `relics/${draft.id}?draft=true&depth=0&locale=ko&fallback-locale=null`)).json
    expect(ko?.title).toBe(korean)
    const vi = (await api(editor, 'GET', `relics/${draft.id}?draft=true&depth=0&locale=vi`)).json
    expect(vi?.title).toBe(draft.title)
    expect(vi?._status).toBe('draft')
  })

  it('a file that is not XLIFF or a spreadsheet is refused with a message in Vietnamese', async () => {
    await screen(translator)
    await translator.locator('input[name="file"]').setInputFiles({
      name: 'ghi-chu.xlf',
      mimeType: 'application/xliff+xml',
      buffer: Buffer.from('đây không phải tệp XLIFF'),
    })
    await translator.getByRole('button', { name: 'Nhập bản dịch' }).click()
    const alert = translator.locator('[data-testid="translation-error"]')
    await alert.waitFor()
    expect(await alert.textContent()).toMatch(/[ăâđêôơư]/)
    expect(await translator.locator('[data-testid="translation-report"]').count()).toBe(0)
  })
})
