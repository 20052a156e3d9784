import { describe, expect, it } from 'vitest'
import { batchLabelSheetPdf, type LabelInput, labelSheetPdf, relicPlaquePdf } from '../src/sheets.ts'
import {
  decodeCellCodes,
  decodeCells,
  decodePng,
  labelCells,
  pdfMediaBoxes,
  pdfText,
  pdfWords,
  renderPdf,
} from './fixtures/qr.ts'
import { asyncRefusal } from './fixtures/refusals.ts'

const RELIC_URL = 'https://disan.example.vn/vi/di-tich/den-phu-dong?nguon=bien-qr'
const PLAQUE = {
  url: RELIC_URL,
  shortUrl: 'https://disan.vn/t/PD01',
  name: { vi: 'Đền Phù Đổng', en: 'Phu Dong Temple' },
  subtitle: { vi: 'Di tích quốc gia đặc biệt', en: 'Special national relic' },
}
const DEFAULT_LAYOUT = { columns: 3, rows: 8, marginMm: 10, gapMm: 3 }
const PT_PER_MM = 72 / 25.4

/** pdftotext keeps line breaks of wrapped titles; compare text with whitespace folded. */
const folded = async (pdf: Uint8Array): Promise<string> => (await pdfText(pdf)).replace(/\s+/g, ' ')

/** Checks that the PDF's text (whitespace folded) contains every one of `parts`. */
async function expectText(pdf: Uint8Array, parts: string[]): Promise<void> {
  const text = await folded(pdf)
  for (const part of parts) expect(text).toContain(part)
}

describe('relicPlaquePdf', () => {
  it('is one A5 page by default, with the Vietnamese and English texts and a code that opens the URL', async () => {
    const pdf = await relicPlaquePdf(PLAQUE)
    const boxes = await pdfMediaBoxes(pdf)
    expect(boxes).toHaveLength(1)
    expect(boxes[0]?.width).toBeCloseTo(148 * PT_PER_MM, 0)
    expect(boxes[0]?.height).toBeCloseTo(210 * PT_PER_MM, 0)

    await expectText(pdf, [
      'Đền Phù Đổng',
      'Phu Dong Temple',
      'Di tích quốc gia đặc biệt',
      'Special national relic',
      'disan.vn/t/PD01',
      'Quét mã để xem thuyết minh / Scan for the guide',
    ])

    const [page] = await renderPdf(pdf)
    expect((await decodePng(page as Buffer))?.data).toBe(RELIC_URL)
  })

  it.each([
    ['A4', 210, 297],
    ['A5', 148, 210],
    ['A6', 105, 148],
  ] as const)('size %s gives one page of %i × %i mm whose code decodes', async (size, width, height) => {
    const pdf = await relicPlaquePdf({ ...PLAQUE, size })
    const boxes = await pdfMediaBoxes(pdf)
    expect(boxes).toHaveLength(1)
    expect(boxes[0]?.width).toBeCloseTo(width * PT_PER_MM, 0)
    expect(boxes[0]?.height).toBeCloseTo(height * PT_PER_MM, 0)
    const [page] = await renderPdf(pdf)
    expect((await decodePng(page as Buffer))?.data).toBe(RELIC_URL)
  })

  it('keeps every word at least 10 mm from the paper edge, even with a very long name', async () => {
    const name = {
      vi: 'Khu di tích lịch sử và kiến trúc nghệ thuật Đền Phù Đổng, Chùa Kiến Sơ và Đền Ủng Thiên Vương ở xã Phù Đổng',
      en: 'Historical and architectural-artistic relic complex of Phu Dong Temple, Kien So Pagoda and Ung Thien Vuong Temple',
    }
    for (const size of ['A4', 'A5', 'A6'] as const) {
      const pdf = await relicPlaquePdf({ ...PLAQUE, name, size })
      const [box] = await pdfMediaBoxes(pdf)
      const words = await pdfWords(pdf)
      expect(words.length).toBeGreaterThan(10)
      for (const word of words) {
        expect(word.xMin).toBeGreaterThanOrEqual(10 * PT_PER_MM)
        expect(word.yMin).toBeGreaterThanOrEqual(10 * PT_PER_MM)
        expect(word.xMax).toBeLessThanOrEqual((box?.width ?? 0) - 10 * PT_PER_MM)
        expect(word.yMax).toBeLessThanOrEqual((box?.height ?? 0) - 10 * PT_PER_MM)
      }
      const [page] = await renderPdf(pdf)
      expect((await decodePng(page as Buffer))?.data).toBe(RELIC_URL)
    }
  })

  it('prints the URL itself when there is no short URL', async () => {
    const text = await pdfText(await relicPlaquePdf({ url: 'https://disan.vn/t/CK02', name: { vi: 'Chùa Keo' } }))
    expect(text).toContain('Chùa Keo')
    expect(text).toContain('disan.vn/t/CK02')
  })

  it('refuses a short URL too long to print on one line', async () => {
    const error = await asyncRefusal(() =>
      relicPlaquePdf({ ...PLAQUE, size: 'A6', shortUrl: `https://disan.example.vn/t/${'A'.repeat(80)}` }),
    )
    expect(error.code).toBe('invalid-argument')
    expect(error.messageVi).toMatch(/quá dài/)
  })

  it('refuses bad arguments with Vietnamese messages', async () => {
    expect((await asyncRefusal(() => relicPlaquePdf({ ...PLAQUE, url: '/vi/di-tich/den-phu-dong' }))).code).toBe(
      'qr-content',
    )
    const short = await asyncRefusal(() => relicPlaquePdf({ ...PLAQUE, shortUrl: 'disan.vn/t/PD01' }))
    expect(short.code).toBe('qr-content')
    expect(short.details).toMatchObject({ parameter: 'shortUrl' })
    expect(short.messageVi).toMatch(/^Đường dẫn ngắn in dưới mã: /)
    const empty = await asyncRefusal(() => relicPlaquePdf({ ...PLAQUE, name: { vi: '  ' } }))
    expect(empty.messageVi).toMatch(/name\.vi/)
    expect((await asyncRefusal(() => relicPlaquePdf({ ...PLAQUE, size: 'A3' as 'A4' }))).message).toMatch(/size/)
    const emoji = await asyncRefusal(() => relicPlaquePdf({ ...PLAQUE, name: { vi: 'Đền 🏯 Phù Đổng' } }))
    expect(emoji.message).toContain('U+1F3EF')
    expect(emoji.messageVi).toMatch(/phông chữ/)
  })
})

describe('labelSheetPdf', () => {
  const labels = (count: number): LabelInput[] =>
    Array.from({ length: count }, (_, i) => ({
      url: `https://disan.example.vn/t/SP${String(i + 1).padStart(3, '0')}`,
      title: `Gốm Bát Tràng số ${i + 1}`,
      lines: [`Lô: L2026-${String(i + 1).padStart(2, '0')}`, 'HSD: 12/2027'],
    }))

  it('pages 30 labels onto 2 A4 pages of 3 × 8, each cell decoding to its own URL', async () => {
    const input = labels(30)
    const pdf = await labelSheetPdf({ labels: input })
    const boxes = await pdfMediaBoxes(pdf)
    expect(boxes).toHaveLength(2)
    for (const box of boxes) {
      expect(box.width).toBeCloseTo(210 * PT_PER_MM, 0)
      expect(box.height).toBeCloseTo(297 * PT_PER_MM, 0)
    }
    const pages = await renderPdf(pdf)
    const cells = labelCells(DEFAULT_LAYOUT)
    const decoded = [
      ...(await decodeCells(pages[0] as Buffer, cells)),
      ...(await decodeCells(pages[1] as Buffer, cells)),
    ]
    expect(decoded.slice(0, 30)).toEqual(input.map((label) => label.url))
    expect(decoded.slice(30)).toEqual(Array(18).fill(null))

    await expectText(pdf, ['Gốm Bát Tràng số 1', 'Gốm Bát Tràng số 30', 'Lô: L2026-30', 'HSD: 12/2027'])
  })

  it('follows columns, rows, marginMm and gapMm', async () => {
    const layout = { columns: 2, rows: 5, marginMm: 15, gapMm: 6 }
    const input = labels(21)
    const pdf = await labelSheetPdf({ labels: input, layout })
    expect(await pdfMediaBoxes(pdf)).toHaveLength(3)
    const pages = await renderPdf(pdf)
    const cells = labelCells(layout)
    const codes = []
    for (const page of pages) codes.push(...(await decodeCellCodes(page, cells)))
    expect(codes.slice(0, 21).map((code) => code?.data)).toEqual(input.map((label) => label.url))
    expect(codes.slice(21)).toEqual(Array(9).fill(null))
    // Each code sits where its cell is: centred on the cell's height, at its left edge.
    const pixelsPerMm = 150 / 25.4
    const cellHeight = (cells[0]?.height ?? 0) * (150 / 72)
    for (const code of codes.slice(0, 21)) {
      const { topLeftCorner, bottomLeftCorner, topRightCorner } = code?.location ?? {}
      const module = ((topRightCorner?.x ?? 0) - (topLeftCorner?.x ?? 0)) / ((code?.version ?? 0) * 4 + 17)
      expect(((topLeftCorner?.y ?? 0) + (bottomLeftCorner?.y ?? 0)) / 2).toBeCloseTo(cellHeight / 2, -0.5)
      expect(topLeftCorner?.x).toBeGreaterThanOrEqual(4 * module)
      expect(topLeftCorner?.x).toBeLessThanOrEqual(4 * module + 2 * pixelsPerMm)
    }
    // Words stay inside their cells: nothing is drawn in the margins or the gaps.
    for (const word of await pdfWords(pdf)) {
      const inside = cells.some(
        (cell) =>
          word.xMin >= cell.left - 0.5 &&
          word.xMax <= cell.left + cell.width + 0.5 &&
          word.yMin >= cell.top - 0.5 &&
          word.yMax <= cell.top + cell.height + 0.5,
      )
      expect(inside, `"${word.text}" at ${word.xMin},${word.yMin}`).toBe(true)
    }
  })

  it('lays out tall cells with the code above the text', async () => {
    const layout = { columns: 4, rows: 3, marginMm: 10, gapMm: 4 }
    const input = labels(5)
    const pdf = await labelSheetPdf({ labels: input, layout })
    const [page] = await renderPdf(pdf)
    expect((await decodeCells(page as Buffer, labelCells(layout))).slice(0, 5)).toEqual(input.map((l) => l.url))
    expect(await folded(pdf)).toContain('Gốm Bát Tràng số 5')
  })

  it('shrinks, then cuts long text with an ellipsis, never outside the cell', async () => {
    const long = {
      url: 'https://disan.example.vn/t/DAI01',
      title:
        'Nước mắm truyền thống Cát Hải thượng hạng ủ chượp chín tháng trong thùng gỗ, đóng chai thủy tinh 500 ml, sản phẩm OCOP 5 sao',
      lines: ['Cơ sở sản xuất: Hợp tác xã chế biến hải sản Cát Hải, thành phố Hải Phòng, Việt Nam', 'HSD: 12/2027'],
    }
    const pdf = await labelSheetPdf({ labels: [long, ...labels(2)] })
    await expectText(pdf, ['…', 'HSD: 12/2027'])
    const cells = labelCells(DEFAULT_LAYOUT)
    const first = cells[0]
    if (!first) throw new Error('no cell')
    const words = (await pdfWords(pdf)).filter(
      (word) => word.yMin < first.top + first.height && word.xMin < first.left + first.width,
    )
    expect(words.length).toBeGreaterThan(5)
    for (const word of words) {
      expect(word.xMin).toBeGreaterThanOrEqual(first.left)
      expect(word.xMax).toBeLessThanOrEqual(first.left + first.width)
      expect(word.yMin).toBeGreaterThanOrEqual(first.top)
      expect(word.yMax).toBeLessThanOrEqual(first.top + first.height)
      // Never below the smallest legible size (5 pt letters are about 5 pt tall boxes).
      expect(word.yMax - word.yMin).toBeGreaterThanOrEqual(4.9)
    }
    const [page] = await renderPdf(pdf)
    expect((await decodeCells(page as Buffer, cells)).slice(0, 3)).toEqual([
      long.url,
      'https://disan.example.vn/t/SP001',
      'https://disan.example.vn/t/SP002',
    ])
  })

  it('refuses more lines than the cell can hold', async () => {
    const lines = Array.from({ length: 12 }, (_, i) => `Dòng ${i + 1}`)
    const error = await asyncRefusal(() =>
      labelSheetPdf({ labels: [{ url: 'https://disan.vn/t/A1', title: 'Mật ong', lines }] }),
    )
    expect(error.code).toBe('invalid-argument')
    expect(error.messageVi).toMatch(/12 dòng/)
  })

  it('refuses empty or malformed labels, naming the label', async () => {
    expect((await asyncRefusal(() => labelSheetPdf({ labels: [] }))).message).toMatch(/labels.*non-empty/)
    const badUrl = await asyncRefusal(() =>
      labelSheetPdf({ labels: [...labels(1), { url: 'disan.vn/t/X', title: 'Trà' }] }),
    )
    expect(badUrl.code).toBe('qr-content')
    expect(badUrl.messageVi).toMatch(/^Nhãn 2:/)
    expect(badUrl.details).toMatchObject({ parameter: 'labels[1].url' })
    expect(
      (await asyncRefusal(() => labelSheetPdf({ labels: [{ url: 'https://disan.vn/t/A', title: '' }] }))).message,
    ).toMatch(/labels\[0\]\.title/)
    const badLine = await asyncRefusal(() =>
      labelSheetPdf({ labels: [{ url: 'https://disan.vn/t/A', title: 'Trà', lines: [42 as unknown as string] }] }),
    )
    expect(badLine.message).toMatch(/labels\[0\]\.lines\[0\]/)
  })

  it.each([
    [{ columns: 0 }, 'layout.columns'],
    [{ columns: 2.5 }, 'layout.columns'],
    [{ rows: 100 }, 'layout.rows'],
    [{ marginMm: -1 }, 'layout.marginMm'],
    [{ gapMm: Number.NaN }, 'layout.gapMm'],
  ])('refuses layout %o', async (layout, name) => {
    const error = await asyncRefusal(() => labelSheetPdf({ labels: labels(1), layout }))
    expect(error.code).toBe('invalid-argument')
    expect(error.message).toContain(name)
    expect(error.messageVi).toContain(name)
  })

  it('refuses a layout whose cells are too small for a code and text', async () => {
    const error = await asyncRefusal(() =>
      labelSheetPdf({ labels: labels(1), layout: { columns: 10, rows: 30, marginMm: 0 } }),
    )
    expect(error.code).toBe('invalid-argument')
    expect(error.messageVi).toMatch(/nhỏ hơn mức tối thiểu/)
  })

  it('refuses a URL so long that its modules would be too small to scan', async () => {
    const url = `https://disan.example.vn/t/${'a'.repeat(600)}`
    const error = await asyncRefusal(() => labelSheetPdf({ labels: [{ url, title: 'Trà' }] }))
    expect(error.code).toBe('invalid-argument')
    expect(error.message).toMatch(/modules of at least 0\.33 mm/)
  })
})

describe('batchLabelSheetPdf', () => {
  const batch = {
    baseUrl: 'https://disan.example.vn/',
    lot: 'L2026-01',
    productName: 'Chè Shan tuyết Suối Giàng',
    productionDate: '2026-01-15',
    expiryDate: '2027-12-31',
  }

  it('encodes the GS1 Digital Link when there is a GTIN, with lot and dates in Vietnamese', async () => {
    const pdf = await batchLabelSheetPdf({ ...batch, gtin: '4006381333931', count: 26 })
    expect(await pdfMediaBoxes(pdf)).toHaveLength(2)
    const pages = await renderPdf(pdf)
    const cells = labelCells(DEFAULT_LAYOUT)
    const expected = 'https://disan.example.vn/01/04006381333931/10/L2026-01'
    expect(await decodeCells(pages[0] as Buffer, cells)).toEqual(Array(24).fill(expected))
    expect(await decodeCells(pages[1] as Buffer, cells.slice(0, 3))).toEqual([expected, expected, null])
    await expectText(pdf, ['Chè Shan tuyết Suối Giàng', 'Lô: L2026-01', 'NSX: 15/01/2026', 'HSD: 31/12/2027'])
  })

  it('pads a GTIN-8 to 14 digits', async () => {
    const pdf = await batchLabelSheetPdf({ ...batch, gtin: '96385074', count: 1 })
    const [page] = await renderPdf(pdf)
    expect((await decodeCells(page as Buffer, labelCells(DEFAULT_LAYOUT).slice(0, 1)))[0]).toBe(
      'https://disan.example.vn/01/00000096385074/10/L2026-01',
    )
  })

  it('refuses a GTIN with a wrong check digit, in Vietnamese', async () => {
    const error = await asyncRefusal(() => batchLabelSheetPdf({ ...batch, gtin: '4006381333932', count: 1 }))
    expect(error.code).toBe('invalid-argument')
    expect(error.details).toMatchObject({ parameter: 'gtin', gs1: 'gtin-check-digit' })
    expect(error.messageVi).toMatch(/sai số kiểm tra.*phải là 1/)
  })

  it('refuses a lot that GS1 cannot encode when there is a GTIN', async () => {
    const error = await asyncRefusal(() =>
      batchLabelSheetPdf({ ...batch, lot: 'Lô 1', gtin: '4006381333931', count: 1 }),
    )
    expect(error.details).toMatchObject({ parameter: 'lot', gs1: 'batch-format' })
    expect(error.messageVi).toMatch(/Số lô/)
  })

  it('uses the short stable link without a GTIN, and reads Date objects in Vietnam time', async () => {
    const pdf = await batchLabelSheetPdf({
      ...batch,
      shortCode: 'CHE-SG-2601',
      // 20:00 UTC on 14 January is already 15 January in Vietnam.
      productionDate: new Date('2026-01-14T20:00:00Z'),
      expiryDate: undefined,
      count: 2,
    })
    const [page] = await renderPdf(pdf)
    expect(await decodeCells(page as Buffer, labelCells(DEFAULT_LAYOUT).slice(0, 3))).toEqual([
      'https://disan.example.vn/t/CHE-SG-2601',
      'https://disan.example.vn/t/CHE-SG-2601',
      null,
    ])
    const text = await folded(pdf)
    expect(text).toContain('NSX: 15/01/2026')
    expect(text).not.toContain('HSD')
  })

  it('prints the short address under every code, also when the code holds the GS1 link (issue 17)', async () => {
    const pdf = await batchLabelSheetPdf({ ...batch, gtin: '4006381333931', shortCode: 'CHE-SG-2601', count: 24 })
    const words = await pdfWords(pdf)
    // Too long for one line beside the code: split after the host, never cut.
    const hosts = words.filter((word) => word.text === 'disan.example.vn')
    const paths = words.filter((word) => word.text === '/t/CHE-SG-2601')
    expect(hosts).toHaveLength(24)
    expect(paths).toHaveLength(24)
    // One per cell, in the cell's text column (right of the code), the path right under the host.
    const cells = labelCells(DEFAULT_LAYOUT)
    for (const [index, host] of hosts.entries()) {
      const cell = cells[index] as { left: number; top: number; width: number; height: number }
      const path = paths[index] as typeof host
      for (const word of [host, path]) {
        expect(word.xMin).toBeGreaterThan(cell.left + cell.height * 0.8)
        expect(word.xMax).toBeLessThanOrEqual(cell.left + cell.width)
        expect(word.yMin).toBeGreaterThanOrEqual(cell.top)
        expect(word.yMax).toBeLessThanOrEqual(cell.top + cell.height)
      }
      expect(path.xMin).toBeCloseTo(host.xMin, 0)
      expect(path.yMin).toBeGreaterThan(host.yMin)
    }
  })

  it('prints a short address on one line where it fits, on three for a long host, and leaves out one that cannot fit', async () => {
    const wide = { columns: 2, rows: 8, marginMm: 10, gapMm: 3 }
    const pdf = await batchLabelSheetPdf({ ...batch, shortCode: 'CHE-SG-2601', count: 2, layout: wide })
    const text = (await pdfWords(pdf)).map((word) => word.text)
    expect(text.filter((word) => word === 'disan.example.vn/t/CHE-SG-2601')).toHaveLength(2)

    // A province's address: broken after dots of the host and before the path, every piece whole.
    const long = await batchLabelSheetPdf({
      ...batch,
      baseUrl: 'https://disan.sovhttdl.hanoi.gov.vn',
      shortCode: 'CHE-SG-2601',
      count: 1,
    })
    expect((await folded(long)).replace(/ /g, '')).toContain('disan.sovhttdl.hanoi.gov.vn/t/CHE-SG-2601')

    // Too long even for three lines: the labels are printed without it rather than with a cut address.
    const absurd = await batchLabelSheetPdf({
      ...batch,
      baseUrl: `https://${'rat-dai.'.repeat(12)}example.vn`,
      shortCode: 'CHE-SG-2601',
      count: 1,
    })
    const absurdText = await folded(absurd)
    expect(absurdText).toContain('Lô: L2026-01')
    expect(absurdText).not.toContain('CHE-SG-2601')
  })

  it('passes the layout on', async () => {
    const layout = { columns: 2, rows: 4, marginMm: 12, gapMm: 5 }
    const pdf = await batchLabelSheetPdf({ ...batch, shortCode: 'AB12', count: 9, layout })
    expect(await pdfMediaBoxes(pdf)).toHaveLength(2)
    const [, second] = await renderPdf(pdf)
    expect(await decodeCells(second as Buffer, labelCells(layout).slice(0, 2))).toEqual([
      'https://disan.example.vn/t/AB12',
      null,
    ])
  })

  it.each([
    [{ shortCode: undefined }, 'shortCode'],
    [{ shortCode: 'có dấu' }, 'shortCode'],
    [{ shortCode: 'A1', baseUrl: 'disan.example.vn' }, 'baseUrl'],
    [{ shortCode: 'A1', baseUrl: 'ftp://disan.example.vn' }, 'baseUrl'],
    [{ shortCode: 'A1', count: 0 }, 'count'],
    [{ shortCode: 'A1', count: 1.5 }, 'count'],
    [{ shortCode: 'A1', lot: '' }, 'lot'],
    [{ shortCode: 'A1', productName: ' ' }, 'productName'],
    [{ shortCode: 'A1', productionDate: '2026-02-30' }, 'productionDate'],
    [{ shortCode: 'A1', expiryDate: '31/12/2027' }, 'expiryDate'],
    [{ shortCode: 'A1', productionDate: '2027-01-01', expiryDate: '2026-12-31' }, 'expiryDate'],
  ])('refuses %o', async (change, name) => {
    const error = await asyncRefusal(() => batchLabelSheetPdf({ ...batch, count: 1, ...change }))
    expect(error.code).toBe('invalid-argument')
    expect(`${error.message} ${JSON.stringify(error.details ?? {})}`).toContain(name)
    expect(error.messageVi.length).toBeGreaterThan(10)
  })
})
