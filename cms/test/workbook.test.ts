import { randomBytes } from 'node:crypto'
import { constants, deflateRawSync } from 'node:zlib'
import * as XLSX from '@e965/xlsx'
import { describe, expect, it } from 'vitest'
import { MAX_BYTES, SheetError } from '../src/import/sheet'
import { MACRO_NOTE, type RawSheet, readWorkbook, WINDOWS_1258_NOTE, type Workbook } from '../src/import/workbook'
import {
  BOMB_BYTES,
  deflatedBomb,
  encryptedOds,
  encryptedXlsx,
  passwordXls,
  xlsxEntries,
  xlsxWith,
  zip,
} from './refusedFiles'
import { encodeWindows1258, type FixtureSheet, writeWorkbook } from './workbooks'

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d))

const sheets: FixtureSheet[] = [
  {
    name: 'Di tích',
    rows: [
      ['Danh sách di tích', null, null, null],
      ['Tên', 'Ngày xếp hạng', 'Số', 'Công thức'],
      ['Đình Bảng', day(2024, 1, 15), 45123, { formula: 'C3+1' }],
      ['Chùa Một Cột', day(1962, 4, 28), 21.0285, { formula: 'SUM(C3:C4)' }],
      ['Ẩn', day(2000, 2, 29), -3, 'x'],
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
    hiddenRows: [4],
    hiddenColumns: [2],
  },
  { name: 'Ghi chú', rows: [['Không dùng']], hidden: true },
  {
    name: 'Làng nghề',
    rows: [
      ['Tên', 'Xã'],
      ['Gốm Bát Tràng', 'Bát Tràng'],
      [null, null, null],
    ],
  },
]

async function refusal(data: Uint8Array, filename: string): Promise<SheetError> {
  try {
    await readWorkbook(data, filename)
  } catch (error) {
    expect(error).toBeInstanceOf(SheetError)
    return error as SheetError
  }
  throw new Error(`${filename} was read`)
}

function expectRoundTrip(book: Workbook, formulas = true) {
  expect(book.sheets.map((s) => [s.name, s.hidden])).toEqual([
    ['Di tích', false],
    ['Ghi chú', true],
    ['Làng nghề', false],
  ])
  const [relics, , villages] = book.sheets as [RawSheet, RawSheet, RawSheet]
  const at = (r: number, c: number) => relics.rows[r]?.[c]
  expect(relics.rows[0]).toEqual([{ text: 'Danh sách di tích' }])
  expect(relics.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }])
  expect(relics.rows[1]?.map((c) => c.text)).toEqual(['Tên', 'Ngày xếp hạng', 'Số', 'Công thức'])
  expect(at(2, 0)).toEqual({ text: 'Đình Bảng' })
  expect(at(2, 1)).toEqual({ text: '15/01/2024', date: day(2024, 1, 15) })
  expect(at(3, 1)?.date).toEqual(day(1962, 4, 28))
  expect(at(4, 1)?.date).toEqual(day(2000, 2, 29))
  expect(at(2, 2)).toEqual({ text: '45123', number: 45123 })
  expect(at(3, 2)?.number).toBe(21.0285)
  expect(at(4, 2)?.number).toBe(-3)
  if (formulas) {
    expect(at(2, 3)).toEqual({ text: '=C3+1', formula: true })
    expect(at(3, 3)).toEqual({ text: '=SUM(C3:C4)', formula: true })
  }
  expect(relics.rows).toHaveLength(5)
  expect(relics.hiddenRows).toEqual([4])
  expect(relics.hiddenColumns).toEqual([2])
  expect(villages.rows).toEqual([
    [{ text: 'Tên' }, { text: 'Xã' }],
    [{ text: 'Gốm Bát Tràng' }, { text: 'Bát Tràng' }],
  ])
  expect(villages.hiddenRows).toEqual([])
}

describe('readWorkbook: every format round-trips', () => {
  for (const format of ['xlsx', 'xlsm', 'xls', 'ods'] as const) {
    it(`${format}: values, dates, numbers, formulas, merges, hidden rows/columns/sheets`, async () => {
      const book = await readWorkbook(writeWorkbook(sheets, format), `danh-sach.${format}`)
      expect(book.format).toBe(format)
      expectRoundTrip(book)
      expect(book.notes).toEqual(format === 'xlsm' ? [MACRO_NOTE] : [])
    })
    it(`${format}: told by its content, not its name`, async () => {
      const book = await readWorkbook(writeWorkbook(sheets, format), 'tai-ve.bin')
      expect(book.format).toBe(format)
    })
  }

  it('a merged range keeps its value in its top-left cell only, even if the file holds more', async () => {
    const rows = [
      ['Gộp', 'còn sót', 'x'],
      ['y', 'cũng sót', 'z'],
    ]
    const merges = [{ top: 0, left: 0, bottom: 1, right: 1 }]
    for (const format of ['xlsx', 'xls', 'ods'] as const) {
      const book = await readWorkbook(writeWorkbook([{ name: 'S', rows, merges }], format), `a.${format}`)
      expect(book.sheets[0]?.rows.map((r) => r.map((c) => c.text))).toEqual([
        ['Gộp', '', 'x'],
        ['', '', 'z'],
      ])
    }
  })

  it('xlsm: the VBA project is there, and only values are read', async () => {
    const data = writeWorkbook([{ name: 'S', rows: [['a']] }], 'xlsm')
    const container = XLSX.CFB.read(data, { type: 'array' })
    expect(container.FullPaths.filter((path: string) => path.endsWith('/vbaProject.bin'))).toHaveLength(1)
    const book = await readWorkbook(data, 'macro.xlsm')
    expect(book.notes).toEqual([MACRO_NOTE])
    expect(book.sheets[0]?.rows).toEqual([[{ text: 'a' }]])
  })

  it('a serial number in a General cell stays a number; strings are NFC', async () => {
    const decomposed = 'Hà Nội'.normalize('NFD')
    const book = await readWorkbook(writeWorkbook([{ name: 'S', rows: [[45306, decomposed]] }], 'xlsx'), 'a.xlsx')
    expect(book.sheets[0]?.rows[0]).toEqual([{ text: '45306', number: 45306 }, { text: 'Hà Nội'.normalize('NFC') }])
  })
})

describe('readWorkbook: CSV', () => {
  const csv = 'Tên,Ngày\r\nĐình Bảng,15/01/2024\r\n\'=1+1,"a, b"\r\n,\r\n'
  it('UTF-8 without BOM', async () => {
    const book = await readWorkbook(new TextEncoder().encode(csv), 'a.csv')
    expect(book.format).toBe('csv')
    expect(book.notes).toEqual([])
    expect(book.sheets[0]?.name).toBe('a')
    expect(book.sheets[0]?.rows).toEqual([
      [{ text: 'Tên' }, { text: 'Ngày' }],
      [{ text: 'Đình Bảng' }, { text: '15/01/2024' }],
      [{ text: '=1+1' }, { text: 'a, b' }],
    ])
  })
  it('UTF-8 with BOM, semicolons', async () => {
    const book = await readWorkbook(new TextEncoder().encode(`\uFEFFTên;Xã\nĐình Bảng;Từ Sơn\n`), 'a.txt')
    expect(book.sheets[0]?.rows).toEqual([
      [{ text: 'Tên' }, { text: 'Xã' }],
      [{ text: 'Đình Bảng' }, { text: 'Từ Sơn' }],
    ])
  })
  it('Windows-1258, every tone on every vowel', async () => {
    const vowels = 'aăâeêioôơuưyAĂÂEÊIOÔƠUƯY'
    const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323']
    const all = [...vowels].map((v) => tones.map((t) => (v + t).normalize('NFC')).join('')).join(' ')
    const text = `Tên;Ghi chú\nĐình Bảng;${all}\nđĐ;Nguyễn Thị Ánh Tuyết\n`
    const bytes = encodeWindows1258(text)
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow()
    const book = await readWorkbook(bytes, 'cu.csv')
    expect(book.notes).toEqual([WINDOWS_1258_NOTE])
    expect(book.sheets[0]?.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Tên', 'Ghi chú'],
      ['Đình Bảng', all],
      ['đĐ', 'Nguyễn Thị Ánh Tuyết'],
    ])
  })
})

// ————————————————————————————————————— refusals —————————————————————————————————————

describe('readWorkbook: refusals', () => {
  const vi = async (data: Uint8Array, name: string) => (await refusal(data, name)).bilingual.vi

  it('an encrypted .xlsx (an OLE2 container with EncryptionInfo)', async () => {
    expect(await vi(encryptedXlsx(), 'danh-sach.xlsx')).toMatch(/^Tệp được đặt mật khẩu.*bỏ mật khẩu.*lưu lại/)
  })

  it('an .xls with a FILEPASS record', async () => {
    const data = passwordXls()
    expect(await vi(data, 'cu.xls')).toMatch(/^Tệp được đặt mật khẩu/)
  })

  it('an .ods with encryption-data in its manifest', async () => {
    const data = encryptedOds()
    expect(await vi(data, 'danh-sach.ods')).toMatch(/^Tệp được đặt mật khẩu/)
  })

  it('a file over MAX_BYTES, before any parsing', async () => {
    expect(await vi(new Uint8Array(MAX_BYTES + 1), 'lon.xlsx')).toMatch(/^Tệp quá lớn/)
  })

  /** The process's memory growth while reading: resident after, and peak (maxRSS) during. */
  async function bounded(data: Uint8Array, label: string) {
    const rss = process.memoryUsage().rss
    const peak = process.resourceUsage().maxRSS * 1024
    const message = await vi(data, 'bom.xlsx')
    const grown = process.memoryUsage().rss - rss
    const peakGrown = process.resourceUsage().maxRSS * 1024 - peak
    console.log(
      `${label} (${data.length} bytes): rss +${Math.round(grown / 1048576)} MB, peak +${Math.round(peakGrown / 1048576)} MB`,
    )
    expect(grown).toBeLessThan(200 * 1024 * 1024)
    expect(peakGrown).toBeLessThan(200 * 1024 * 1024)
    return message
  }

  it('a zip bomb: 300 MB of shared strings, honestly declared', async () => {
    const data = xlsxWith('xl/sharedStrings.xml', deflatedBomb(), BOMB_BYTES)
    expect(data.length).toBeLessThan(MAX_BYTES)
    expect(await bounded(data, 'honest bomb')).toMatch(/^Tệp nén bất thường/)
  })

  it('an entry under 50 MiB that compresses more than 200 times', async () => {
    const data = xlsxWith('xl/worksheets/sheet1.xml', deflatedBomb(40 * 1024 * 1024), 40 * 1024 * 1024)
    expect(await bounded(data, 'ratio bomb')).toMatch(/^Tệp nén bất thường/)
  })

  it('a zip bomb whose central directory lies about its size', async () => {
    // 1 MB declared, 300 MB inside, a ratio of ~3 on paper: only inflating it shows the lie.
    const data = xlsxWith('xl/worksheets/sheet1.xml', deflatedBomb(), 1024 * 1024)
    expect(await bounded(data, 'lying bomb')).toMatch(/^Tệp nén bất thường/)
    // The same lie in a stored (uncompressed) entry.
    const stored = zip([...xlsxEntries(), { name: 'xl/extra.xml', data: new Uint8Array(4096), stored: true }])
    const view = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength)
    const central = view.lastIndexOf(Buffer.from('xl/extra.xml')) - 46
    view.writeUInt32LE(1024, central + 24)
    expect(await vi(stored, 'bom.xlsx')).toMatch(/^Tệp nén bất thường/)
  })

  it('an entry over 50 MiB, or 100 MiB in all, even at an ordinary compression ratio', async () => {
    // 16 KiB of noise per MiB keeps the ratio near 60, under the 200 that flags a bomb.
    const piece = Buffer.alloc(1024 * 1024, '<c><v>1</v></c>')
    randomBytes(16384).copy(piece)
    const block = deflateRawSync(piece, { level: 9, finishFlush: constants.Z_FULL_FLUSH })
    const end = deflateRawSync(Buffer.alloc(0))
    const body = (mib: number) => Buffer.concat([...Array.from({ length: mib }, () => block), end])
    expect(piece.length / block.length).toBeLessThan(200)
    expect(await bounded(xlsxWith('xl/worksheets/sheet1.xml', body(60), 60 * 1024 * 1024), 'one 60 MiB entry')).toMatch(
      /^Tệp nén bất thường/,
    )
    const three = zip([
      ...xlsxEntries(),
      ...[1, 2, 3].map((n) => ({ name: `xl/media/big${n}.xml`, body: body(40), size: 40 * 1024 * 1024 })),
    ])
    expect(await bounded(three, 'three 40 MiB entries')).toMatch(/^Tệp nén bất thường/)
  })

  it('a zip64 archive', async () => {
    const data = zip(xlsxEntries())
    const view = Buffer.from(data.buffer, data.byteOffset, data.byteLength)
    view.writeUInt16LE(0xffff, data.length - 22 + 10)
    expect(await vi(data, 'a.xlsx')).toMatch(/^Tệp nén bất thường/)
  })

  it('a binary .xlsb workbook', async () => {
    const workbook = XLSX.utils.book_new()
    XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet([['a']]), 'S')
    const data = new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsb' }) as ArrayBuffer)
    expect(await vi(data, 'a.xlsb')).toMatch(/^Tệp Excel dạng nhị phân \(\.xlsb\)/)
  })

  it('a UTF-16 "Unicode Text" file', async () => {
    const utf16 = Buffer.from('\uFEFFTên\tXã\r\n', 'utf16le')
    expect(await vi(new Uint8Array(utf16), 'danh-sach.txt')).toMatch(/^Tệp văn bản mã UTF-16.*CSV UTF-8/)
  })

  it('garbage bytes and an empty file', async () => {
    const garbage = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)
    expect(await vi(garbage, 'danh-sach.xlsx')).toMatch(/^Không đọc được tệp.*lưu lại dạng "Excel Workbook \(\.xlsx\)"/)
    expect(await vi(garbage, 'danh-sach.pdf')).toMatch(/^Không nhận dạng được tệp/)
    // Random bytes named .csv used to be read as Windows-1258 text (issue 16).
    expect(await vi(garbage, 'danh-sach.csv')).toMatch(/^Tệp "danh-sach\.csv" không phải tệp văn bản CSV/)
    const pk = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...garbage])
    expect(await vi(pk, 'danh-sach.xlsx')).toMatch(/^Không đọc được tệp/)
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, ...garbage])
    expect(await vi(ole, 'danh-sach.xls')).toMatch(/^Không đọc được tệp/)
    expect(await vi(new Uint8Array(0), 'danh-sach.xlsx')).toMatch(/^Tệp rỗng/)
  })
})

// Last, so that the memory it takes does not hide the bombs' peak above.
describe('readWorkbook: size', () => {
  it('a list of 20,000 rows reads in reasonable time', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => [`Di tích ${i}`, i, day(2000, 1, 1 + (i % 28))])
    for (const format of ['xlsx', 'xls', 'ods'] as const) {
      const data = writeWorkbook([{ name: 'S', rows }], format)
      const start = performance.now()
      const book = await readWorkbook(data, `a.${format}`)
      console.log(`${format}: 20,000 rows, ${data.length} bytes, read in ${Math.round(performance.now() - start)} ms`)
      expect(book.sheets[0]?.rows).toHaveLength(20_000)
      expect(book.sheets[0]?.rows[19_999]).toEqual([
        { text: 'Di tích 19999' },
        { text: '19999', number: 19999 },
        { text: '08/01/2000', date: day(2000, 1, 8) },
      ])
    }
  })
})
