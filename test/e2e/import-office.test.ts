/**
 * An office's own relic list, as a culture office keeps it (.xls, title block, two-row header with
 * x-marked ranks, column numbers, sections per rank and commune, subtotals, signatures), imported
 * through the admin screen in Chromium: the structure found is shown in Vietnamese before anything
 * is written, a section the engine did not understand is given its meaning by the officer, and the
 * relics arrive as drafts with the former commune resolved.
 */
import { mkdirSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { officeRelicList, relic } from '../../cms/test/office'
import { writeWorkbook } from '../../cms/test/workbooks'
import { launchChromium, logIn, sameOrigin } from './browser'

const baseUrl = inject('baseUrl')
const adminUrl = `${baseUrl}/admin`
const run = Date.now().toString(36)
/** Screenshots to look at, not committed. */
const SHOTS = process.env.E2E_SHOTS ?? '/tmp/e2e-shots'

let browser: Browser
let page: Page

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  browser = await launchChromium()
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 768 } })
  page = await context.newPage()
  await logIn(page, adminUrl, { email: 'editor@example.vn', password: 'heritage-demo' })
})

afterAll(async () => {
  await browser?.close()
})

interface StoredRelic {
  title: string
  rank: string
  _status: string
  commune: { name: string } | null
  formerAddress?: { commune?: string | null; district?: string | null }
  rankingDecision?: { number?: string | null; issuer?: string | null }
}

/** The relic with this title, as the page's session reads it (drafts included). */
async function stored(title: string): Promise<StoredRelic | undefined> {
  const response = await page.request.get(
    `${baseUrl}/api/relics?draft=true&depth=1&where[title][equals]=${encodeURIComponent(title)}`,
    { headers: sameOrigin(baseUrl) },
  )
  expect(response.ok()).toBe(true)
  return ((await response.json()) as { docs: StoredRelic[] }).docs[0]
}

const upload = async (name: string, buffer: Uint8Array) => {
  await page.goto(`${adminUrl}/import`)
  await page.selectOption('#import-kind', { label: 'Di tích' })
  await page.setInputFiles('#import-file', {
    name,
    mimeType: 'application/vnd.ms-excel',
    buffer: Buffer.from(buffer),
  })
  await page.click('#import-preview')
  await page.locator('#import-summary').waitFor()
}

const rowOf = (title: string) => page.locator('#import-rows tbody tr', { hasText: title })

describe('importing an office’s relic list (.xls) in the admin', () => {
  it('shows the structure it found in Vietnamese, then imports the relics as drafts', async () => {
    const titles = {
      ninhHiep: `Đình Ninh Hiệp ${run}`,
      ninhHiepCity: `Chùa Ninh Hiệp ${run}`,
      batTrang: `Miếu Bát Tràng ${run}`,
    }
    // Ninh Hiệp was a commune of Gia Lâm district until 1 July 2025, now part of Xã Phù Đổng.
    const list = officeRelicList(
      [
        {
          commune: 'XÃ NINH HIỆP',
          relics: [
            relic(1, 'national', { title: titles.ninhHiep, coordinates: '21.0795, 105.9460' }),
            relic(2, 'provincial', { title: titles.ninhHiepCity }),
          ],
        },
      ],
      [{ commune: 'Xã Bát Tràng', relics: [relic(6, 'inventoried', { title: titles.batTrang })] }],
      { headerRows: 2 },
    )
    const started = Date.now()
    await upload('danh-muc.xls', writeWorkbook([list.sheet], 'xls'))

    const structure = page.locator('#import-structure')
    expect(await structure.getAttribute('open')).not.toBeNull()
    const text = (await structure.textContent()) ?? ''
    expect(text).toContain('Cấu trúc tìm thấy trong tệp')
    const [top, bottom] = [list.rows.header[0], list.rows.header.at(-1)]
    expect(`${top}–${bottom}`).toBe('7–8')
    // Header over two rows below the title block, and the row of column numbers.
    expect(text).toContain(`dòng tiêu đề 7–8, dòng ${list.rows.numbers} đánh số cột (bỏ qua)`)
    expect(text).toContain('phía trên là phần đầu văn bản (dòng 1–2, 4–5), bỏ qua')
    expect(text).toContain('3 dòng dữ liệu')
    // Ranks marked with an "x" under the merged "Xếp hạng" group.
    expect(text).toContain('Cột E "Xếp hạng / Cấp quốc gia" → Xếp hạng = Cấp quốc gia (đánh dấu x)')
    expect(text).toContain('Cột F "Xếp hạng / Cấp thành phố" → Xếp hạng = Cấp thành phố (đánh dấu x)')
    expect(text).toContain('Cột G "Xếp hạng / Số, ngày quyết định" → Số, ngày quyết định xếp hạng')
    expect(text).toContain('Cột A "STT" → số thứ tự (bỏ qua)')
    expect(text).toContain('Cột C "Địa điểm" → bỏ qua (không khớp trường nào)')
    // Sections per commune and per rank.
    const [, ninhHiepRow, , batTrangRow] = list.rows.sections
    expect(text).toContain(`Mục dòng ${ninhHiepRow} "XÃ NINH HIỆP" → Xã / phường cho các dòng bên dưới`)
    expect(text).toContain(`Mục dòng ${batTrangRow} "Xã Bát Tràng" → Xã / phường cho các dòng bên dưới`)
    expect(text).toMatch(/"DI TÍCH CHƯA XẾP HẠNG \(DANH MỤC KIỂM KÊ\)" → Xếp hạng cho các dòng bên dưới/)
    // Subtotals and the signature footer are left out.
    expect(text).toContain(`Bỏ qua ${list.rows.subtotals.length} dòng cộng`)
    expect(text).toContain(`Bỏ qua ${list.rows.footer.length} phần cuối (chữ ký, ghi chú)`)
    // Nothing the officer reads is a raw key or in English.
    expect(text).not.toMatch(/#index|#district|\bSheet\b|\bColumn\b|\bheader\b|undefined|null/)

    // Every row: created, the former commune resolved to the commune it is part of now.
    expect(await page.locator('#import-counts').textContent()).toBe(
      'Tạo mới: 3 · Cập nhật: 0 · Không đổi: 0 · Từ chối: 0',
    )
    const ninhHiep = rowOf(titles.ninhHiep)
    expect(await ninhHiep.getAttribute('data-action')).toBe('create')
    expect(await ninhHiep.textContent()).toContain(
      '"XÃ NINH HIỆP" là tên cũ (trước 1/7/2025): nay thuộc Xã Phù Đổng; tên cũ được giữ ở mục địa chỉ cũ.',
    )
    expect(await rowOf(titles.ninhHiepCity).textContent()).toContain('nay thuộc Xã Phù Đổng')
    expect(await rowOf(titles.batTrang).textContent()).not.toContain('tên cũ')
    expect(await page.locator('#import-commit').isDisabled()).toBe(false)
    expect(await page.locator('#import-commit').textContent()).toContain('Nhập (3)')
    // The column left out is offered for mapping in the same corrections, under one button.
    expect(await page.locator('#import-mapping').textContent()).toContain('Cột C “Địa điểm”')
    expect(await page.getByRole('button', { name: 'Xem trước lại' }).count()).toBe(1)
    expect(await page.locator('#import-summary').textContent()).not.toContain('C: Cột C')

    await structure.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/office-preview.png` })
    await page.screenshot({ path: `${SHOTS}/office-preview-full.png`, fullPage: true })
    await page.setViewportSize({ width: 390, height: 844 })
    await page.screenshot({ path: `${SHOTS}/office-preview-phone.png`, fullPage: true })
    // On a phone the rows scroll inside their box; the page itself does not scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await page.setViewportSize({ width: 1366, height: 768 })

    await page.click('#import-commit')
    await expect
      .poll(() => page.locator('#import-result').textContent(), { timeout: 60_000 })
      .toContain('Đã nhập: 3 mới, 0 cập nhật, 0 không đổi')
    await page.screenshot({ path: `${SHOTS}/office-imported.png` })
    console.log(`office list: preview and import in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    // The file's name is shown in Vietnamese next to the admin's own button, not the browser's.
    expect(await page.locator('label[for="import-file"]').textContent()).toContain('Chọn tệp…danh-muc.xls')
    // From the result straight to the drafts just imported.
    await page.click('#import-drafts')
    await expect.poll(() => page.locator('.table').textContent(), { timeout: 30_000 }).toContain(titles.ninhHiep)
    expect(await page.locator('.table').textContent()).toContain(titles.batTrang)

    expect(await stored(titles.ninhHiep)).toMatchObject({
      _status: 'draft',
      rank: 'national',
      commune: { name: 'Xã Phù Đổng' },
      formerAddress: { commune: 'Xã Ninh Hiệp', district: 'Huyện Gia Lâm' },
      rankingDecision: { number: '1001/QĐ-BVHTT', issuer: 'Bộ Văn hóa - Thông tin' },
    })
    expect(await stored(titles.ninhHiepCity)).toMatchObject({
      _status: 'draft',
      rank: 'provincial',
      commune: { name: 'Xã Phù Đổng' },
      formerAddress: { commune: 'Xã Ninh Hiệp' },
      rankingDecision: { number: '1002/QĐ-BVHTT' },
    })
    const batTrang = await stored(titles.batTrang)
    expect(batTrang).toMatchObject({ _status: 'draft', rank: 'inventoried', commune: { name: 'Xã Bát Tràng' } })
    expect(batTrang?.formerAddress?.commune ?? null).toBeNull()
  })

  it('lets the officer say what a section means, and previews again with it', async () => {
    // A sheet per former district; its communes written without "Xã". Two former communes of
    // Hà Nội were called Thái Hòa (Ba Vì → Xã Vật Lại, Ứng Hòa → Xã Hoà Xá): the sheet's district
    // tells which one. The officer first says the section means nothing, then the commune again.
    const title = `Đình Thái Hòa ${run}`
    const list = officeRelicList([{ commune: 'Thái Hòa', relics: [relic(11, 'national', { title })] }], [], {
      headerRows: 2,
      name: 'Huyện Ba Vì',
    })
    await upload('ba-vi.xls', writeWorkbook([list.sheet], 'xls'))
    const sectionRow = list.rows.sections[1]
    const structure = page.locator('#import-structure')
    expect(await structure.textContent()).toContain('Mục tên trang "Huyện Ba Vì" → huyện / quận cũ')
    expect(await structure.textContent()).toContain(
      `Mục dòng ${sectionRow} "Thái Hòa" → Xã / phường cho các dòng bên dưới`,
    )
    const select = page.locator('select[data-section="Thái Hòa"]')
    expect(await select.inputValue()).toBe('commune')
    const vatLai = '"Thái Hòa, Huyện Ba Vì" là tên cũ (trước 1/7/2025): nay thuộc Xã Vật Lại'
    expect(await rowOf(title).textContent()).toContain(vatLai)

    await select.selectOption('none')
    await page.click('#import-relayout')
    await expect
      .poll(() => structure.textContent())
      .toContain(`Mục dòng ${sectionRow} "Thái Hòa" → chỉ là tiêu đề, không gán giá trị cho các dòng`)
    expect(await rowOf(title).textContent()).not.toContain('Vật Lại')

    await select.selectOption({ label: 'Xã / phường' })
    await page.click('#import-relayout')
    await expect.poll(() => rowOf(title).textContent()).toContain(vatLai)
    expect(await structure.textContent()).toContain(
      `Mục dòng ${sectionRow} "Thái Hòa" → Xã / phường cho các dòng bên dưới`,
    )
    // The officer's choice is kept on screen and sent with the import.
    expect(await select.inputValue()).toBe('commune')
    expect(await page.locator('#import-counts').textContent()).toContain('Tạo mới: 1')
    await structure.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/office-section-override.png` })

    await page.click('#import-commit')
    await expect
      .poll(() => page.locator('#import-result').textContent(), { timeout: 60_000 })
      .toContain('Đã nhập: 1 mới')
    expect(await stored(title)).toMatchObject({
      _status: 'draft',
      rank: 'national',
      commune: { name: 'Xã Vật Lại' },
      formerAddress: { commune: 'Xã Thái Hòa', district: 'Huyện Ba Vì' },
    })
  })
})
