/**
 * Office spreadsheets as culture offices keep them go in unchanged: title blocks, headers over two
 * or three rows with merged group cells, column numbers, sections per rank and commune, subtotals,
 * signature footers, x-marked ranks and types, decisions written in one cell, several sheets,
 * hidden rows and sheets, .xls, .ods, CSV in Windows-1258, text typed in the TCVN3 and VNI fonts.
 * Every workbook is a real file written here by a spreadsheet library and read back through the
 * same path the admin screen and the command line use; communes are the country's real units.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadAdministrativeUnits } from '../src/adminUnits/load'
import { commitImport } from '../src/import/commit'
import { toLegacy } from '../src/import/legacy'
import { type ImportOptions, type ImportPlan, planImport } from '../src/import/plan'
import { planReport } from '../src/import/report'
import type { RowPlan } from '../src/import/rows'
import { readWorkbook } from '../src/import/workbook'
import { type OfficeGroup, officeRelicList, relic } from './office'
import { bootPayload } from './payload'
import { encodeWindows1258, type FixtureSheet, writeWorkbook } from './workbooks'

let payload: Payload
const communeId: Record<string, number> = {}

beforeAll(async () => {
  payload = await bootPayload()
  await loadAdministrativeUnits(payload)
  const hanoi = (await payload.find({ collection: 'admin-units', where: { code: { equals: '01' } }, limit: 1 })).docs[0]
  await payload.updateGlobal({ slug: 'installation', data: { province: hanoi?.id }, overrideAccess: true })
  for (const name of ['Xã Phù Đổng', 'Xã Gia Lâm', 'Xã Bát Tràng', 'Xã Thuận An']) {
    const found = await payload.find({
      collection: 'admin-units',
      where: { and: [{ name: { equals: name } }, { parent: { equals: hanoi?.id } }] },
      limit: 1,
    })
    communeId[name] = found.docs[0]?.id as number
  }
})

const plan = async (data: Uint8Array, name: string, extra: Partial<ImportOptions> = {}) =>
  planImport(payload, { kind: 'relics', workbook: await readWorkbook(data, name), ...extra })

const rowAt = (result: ImportPlan, row: number, sheet?: string): RowPlan => {
  const found = result.rows.find((r) => r.row === row && (!sheet || r.sheet === sheet))
  if (!found) throw new Error(`no row ${row}; rows: ${result.rows.map((r) => r.row).join(', ')}`)
  return found
}

const issuesOf = (result: ImportPlan) => result.rows.flatMap((r) => r.issues.map((i) => `${r.row}: ${i.message.vi}`))

/** Ninh Hiệp and Kiêu Kỵ were communes of Gia Lâm district until 1 July 2025. */
const RANKED: OfficeGroup[] = [
  {
    commune: 'XÃ NINH HIỆP',
    relics: [
      relic(1, 'national', { coordinates: '21.0795, 105.9460', note: 'Đang trùng tu' }),
      relic(2, 'provincial'),
      relic(3, 'national', { hidden: true }),
    ],
  },
  { commune: 'XÃ KIÊU KỴ', relics: [relic(4, 'provincial'), relic(5, 'national')] },
]
const UNRANKED: OfficeGroup[] = [
  { commune: 'Xã Bát Tràng', relics: [relic(6, 'inventoried'), relic(7, 'inventoried')] },
]

describe('a district office’s relic list with a two-row header', () => {
  const list = officeRelicList(RANKED, UNRANKED)
  let result: ImportPlan

  beforeAll(async () => {
    result = await plan(writeWorkbook([list.sheet], 'xlsx'), 'danh-muc.xlsx')
  })

  it('finds the header below the title block, skips column numbers, subtotals and the footer', () => {
    expect(result.problems.filter((p) => p.blocking)).toEqual([])
    const [sheet] = result.sheets
    expect(sheet?.headerRows).toEqual(list.rows.header)
    expect(sheet?.numberRow).toBe(list.rows.numbers)
    expect(sheet?.titleRows).toEqual([1, 2, 4, 5])
    const skipped = (reason: string) => sheet?.skipped.filter((s) => s.reason === reason).map((s) => s.row)
    expect(skipped('subtotal')).toEqual(list.rows.subtotals)
    expect(skipped('footer')).toEqual(list.rows.footer)
    expect(skipped('hidden')).toEqual([list.rowOf.get('Đình Thử 003')])
    expect(sheet?.sections.map((s) => [s.row, s.key])).toEqual(
      list.rows.sections
        .map((row, i) => [row, ['rank-none', 'commune', 'commune', 'rank', 'commune'][i]])
        .map(([row, key]) => [row, key === 'rank-none' ? null : key]),
    )
    expect(result.rows.map((r) => r.title)).toEqual([
      'Đình Thử 001',
      'Đình Thử 002',
      'Đình Thử 004',
      'Đình Thử 005',
      'Đình Thử 006',
      'Đình Thử 007',
    ])
    expect(sheet?.columns.map((c) => [c.letter, c.key, c.marker ?? null])).toEqual([
      ['A', '#index', null],
      ['B', 'title', null],
      ['C', null, null],
      ['D', 'types', null],
      ['E', 'rank', 'national'],
      ['F', 'rank', 'provincial'],
      ['G', 'rankingDecision', null],
      ['H', 'coordinates', null],
      ['I', 'internalNotes', null],
    ])
  })

  it('reads every row field by field: sections, x-marks, decisions in one cell, former communes', () => {
    expect(issuesOf(result)).toEqual([])
    const first = rowAt(result, list.rowOf.get('Đình Thử 001') as number)
    expect(first.data).toEqual({
      title: 'Đình Thử 001',
      types: ['historical'],
      rank: 'national',
      rankingDecision: {
        number: '1001/QĐ-BVHTT',
        issuer: 'Bộ Văn hóa - Thông tin',
        date: '1981-02-02T00:00:00.000Z',
      },
      location: { lat: 21.0795, lng: 105.946 },
      internalNotes: 'Đang trùng tu',
      commune: communeId['Xã Phù Đổng'],
      formerAddress: { commune: 'Xã Ninh Hiệp', district: 'Huyện Gia Lâm' },
      slug: 'dinh-thu-001',
    })
    expect(first.notes.map((n) => n.vi).join(' ')).toMatch(/tên cũ.*Xã Phù Đổng/)
    const third = rowAt(result, list.rowOf.get('Đình Thử 004') as number)
    expect(third.data).toMatchObject({
      types: ['historical'],
      rank: 'provincial',
      commune: communeId['Xã Gia Lâm'],
      formerAddress: { commune: 'Xã Kiêu Kỵ' },
    })
    const sixth = rowAt(result, list.rowOf.get('Đình Thử 006') as number)
    expect(sixth.data).toMatchObject({
      types: ['historical', 'architectural-artistic'],
      rank: 'inventoried',
      commune: communeId['Xã Bát Tràng'],
    })
    expect(sixth.data.formerAddress).toBeUndefined()
    expect(result.canCommit).toBe(true)
    expect(result.counts).toEqual({ create: 6, update: 0, unchanged: 0, reject: 0 })
  })

  it('says what it understood in the report', () => {
    const report = planReport(result)
    expect(report).toContain(`dòng tiêu đề ${list.rows.header.join('–')}`)
    expect(report).toMatch(/Mục dòng \d+ "XÃ NINH HIỆP" → Xã \/ phường cho các dòng bên dưới/)
    expect(report).toMatch(/Bỏ qua 4 dòng cộng/)
    expect(report).toMatch(/Bỏ qua 1 dòng bị ẩn/)
    expect(report).toMatch(/Cột C "Địa điểm" → bỏ qua/)
    expect(report).toContain('6 dòng: 6 tạo mới')
  })

  it('imports it, and a second import changes nothing', async () => {
    const workbook = await readWorkbook(writeWorkbook([list.sheet], 'xlsx'), 'danh-muc.xlsx')
    expect(await commitImport(payload, { kind: 'relics', workbook, publish: false })).toEqual({
      created: 6,
      updated: 0,
      unchanged: 0,
    })
    const stored = (
      await payload.find({ collection: 'relics', where: { slug: { equals: 'dinh-thu-001' } }, draft: true, depth: 0 })
    ).docs[0]
    expect(stored).toMatchObject({
      rank: 'national',
      commune: communeId['Xã Phù Đổng'],
      formerAddress: { commune: 'Xã Ninh Hiệp', district: 'Huyện Gia Lâm' },
      rankingDecision: { number: '1001/QĐ-BVHTT', issuer: 'Bộ Văn hóa - Thông tin' },
    })
    const again = await planImport(payload, { kind: 'relics', workbook })
    expect(again.counts).toEqual({ create: 0, update: 0, unchanged: 6, reject: 0 })
  })
})

describe('a three-row header with one column per type and per rank', () => {
  it('reads x-marked types and ranks, "Chưa xếp hạng" included', async () => {
    const list = officeRelicList(
      [{ commune: 'XÃ PHÙ ĐỔNG', relics: [relic(21, 'national'), relic(23, 'provincial')] }],
      [{ commune: 'XÃ LỆ CHI', relics: [relic(24, 'inventoried', { types: 'Danh lam thắng cảnh' })] }],
      { headerRows: 3 },
    )
    const result = await plan(writeWorkbook([list.sheet], 'xlsx'), 'ba-dong.xlsx')
    expect(issuesOf(result)).toEqual([])
    expect(result.sheets[0]?.headerRows).toEqual(list.rows.header)
    expect(result.sheets[0]?.columns.filter((c) => c.marker).map((c) => [c.letter, c.key, c.marker])).toEqual([
      ['D', 'types', 'historical'],
      ['E', 'types', 'architectural-artistic'],
      ['F', 'types', 'archaeological'],
      ['G', 'types', 'scenic-landscape'],
      ['H', 'rank', 'national'],
      ['I', 'rank', 'provincial'],
      ['K', 'rank', 'inventoried'],
    ])
    expect(rowAt(result, list.rowOf.get('Đình Thử 021') as number).data).toMatchObject({
      types: ['historical', 'architectural-artistic'],
      rank: 'national',
    })
    expect(rowAt(result, list.rowOf.get('Đình Thử 023') as number).data).toMatchObject({
      types: ['historical'],
      rank: 'provincial',
      commune: communeId['Xã Phù Đổng'],
      rankingDecision: { number: '1023/QĐ-BVHTT' },
    })
    expect(rowAt(result, list.rowOf.get('Đình Thử 024') as number).data).toMatchObject({
      types: ['scenic-landscape'],
      rank: 'inventoried',
      commune: communeId['Xã Thuận An'],
      formerAddress: { commune: 'Xã Lệ Chi' },
    })
  })

  it('refuses two ranks marked on one row, naming the columns', async () => {
    const list = officeRelicList([{ commune: 'XÃ PHÙ ĐỔNG', relics: [relic(25, 'national')] }], [], {
      headerRows: 3,
    })
    const row = list.sheet.rows[(list.rowOf.get('Đình Thử 025') as number) - 1] as unknown[]
    row[8] = 'x'
    const result = await plan(writeWorkbook([list.sheet], 'xlsx'), 'hai-hang.xlsx')
    expect(issuesOf(result)).toEqual([
      expect.stringMatching(/Đánh dấu ở nhiều cột \(Quốc gia, Cấp TP\): chỉ được chọn một xếp hạng/),
    ])
  })
})

describe('old communes', () => {
  it('flags a commune split between new ones for the officer, never guessing', async () => {
    const list = officeRelicList([{ commune: 'THỊ TRẤN TRÂU QUỲ', relics: [relic(31, 'provincial')] }], [])
    const result = await plan(writeWorkbook([list.sheet], 'xlsx'), 'trau-quy.xlsx')
    const row = rowAt(result, list.rowOf.get('Đình Thử 031') as number)
    expect(row.action).toBe('reject')
    expect(row.issues.map((i) => i.message.vi).join(' ')).toMatch(
      /Trâu Quỳ.*nay được chia cho nhiều xã \/ phường: .*(Xã Gia Lâm.*Xã Bát Tràng|Xã Bát Tràng.*Xã Gia Lâm)/,
    )
    expect(row.data.commune).toBeUndefined()
    expect(result.canCommit).toBe(false)
  })
})

describe('sections end where the list says so', () => {
  it('a new part ends the commune of the part before; long Roman and Arabic numbers are sections', async () => {
    const sheet: FixtureSheet = {
      name: 'DS',
      rows: [
        ['STT', 'Tên di tích', 'Xếp hạng', 'Loại hình'],
        ['A', 'DI TÍCH CẤP THÀNH PHỐ'],
        ['XXXVIII', 'XÃ NINH HIỆP'],
        [1, 'Đình Thử 071', null, 'Lịch sử'],
        [11, 'XÃ KIÊU KỴ'],
        [2, 'Đình Thử 072', null, 'Lịch sử'],
        ['B', 'DI TÍCH KHÁC'],
        [3, 'Đình Thử 073', 'Cấp tỉnh', 'Lịch sử'],
      ],
    }
    const result = await plan(writeWorkbook([sheet], 'xlsx'), 'phan.xlsx')
    expect(result.sheets[0]?.sections.map((s) => [s.row, s.key])).toEqual([
      [2, 'rank'],
      [3, 'commune'],
      [5, 'commune'],
      [7, null],
    ])
    expect(result.rows.map((r) => [r.title, r.data.rank, r.data.commune ?? null])).toEqual([
      ['Đình Thử 071', 'provincial', communeId['Xã Phù Đổng']],
      ['Đình Thử 072', 'provincial', communeId['Xã Gia Lâm']],
      // Part B: neither part A's rank nor its last commune carries over.
      ['Đình Thử 073', 'provincial', null],
    ])
  })

  it('reads a bare commune name with the former district the sheet names', async () => {
    const list = officeRelicList([{ commune: 'Thái Hòa', relics: [relic(81, 'national')] }], [], {
      name: 'Huyện Ba Vì',
    })
    const result = await plan(writeWorkbook([list.sheet], 'xlsx'), 'ba-vi.xlsx')
    expect(issuesOf(result)).toEqual([])
    const row = rowAt(result, list.rowOf.get('Đình Thử 081') as number)
    expect(row.data.formerAddress).toEqual({ commune: 'Xã Thái Hòa', district: 'Huyện Ba Vì' })
    // Without the district, two former communes had that name: never guessed.
    const alone = officeRelicList([{ commune: 'Thái Hòa', relics: [relic(82, 'national')] }], [])
    const guessed = await plan(writeWorkbook([alone.sheet], 'xlsx'), 'thai-hoa.xlsx')
    expect(rowAt(guessed, alone.rowOf.get('Đình Thử 082') as number).data.commune).toBeUndefined()
  })

  it('takes the officer’s meaning for a section, the same one it found included', async () => {
    const list = officeRelicList([], UNRANKED)
    const data = writeWorkbook([list.sheet], 'xlsx')
    const heading = 'DI TÍCH CHƯA XẾP HẠNG (DANH MỤC KIỂM KÊ)'
    const same = await plan(data, 'lai.xlsx', { layout: { sections: { [heading]: 'rank' } } })
    expect(issuesOf(same)).toEqual([])
    expect(same.rows.map((r) => r.data.rank)).toEqual(['inventoried', 'inventoried'])
    const none = await plan(data, 'lai.xlsx', { layout: { sections: { [heading]: 'none' } } })
    expect(issuesOf(none)).toEqual([expect.stringMatching(/Thiếu Xếp hạng/), expect.stringMatching(/Thiếu Xếp hạng/)])
  })
})

describe('workbooks with several sheets', () => {
  const sheets = (): FixtureSheet[] => [
    { name: 'Hướng dẫn', rows: [['Danh mục gồm một trang cho mỗi xã.'], ['Liên hệ: Phòng Văn hóa']] },
    {
      ...officeRelicList([], [{ commune: 'XÃ PHÙ ĐỔNG', relics: [relic(41, 'inventoried')] }]).sheet,
      name: 'Phù Đổng',
    },
    {
      name: 'Xã Bát Tràng',
      rows: [
        ['Tên di tích', 'Xếp hạng', 'Loại hình'],
        ['Đình Thử 042', 'Cấp thành phố', 'Lịch sử'],
      ],
    },
    {
      name: 'Cũ (không dùng)',
      hidden: true,
      rows: [
        ['Tên di tích', 'Xếp hạng', 'Loại hình'],
        ['Đình Bỏ', 'x', 'y'],
      ],
    },
  ]

  it('reads every visible sheet with a header, the sheet name giving the commune', async () => {
    const result = await plan(writeWorkbook(sheets(), 'xlsx'), 'nhieu-trang.xlsx')
    expect(result.sheets.map((s) => s.sheet)).toEqual(['Phù Đổng', 'Xã Bát Tràng'])
    expect(result.ignoredSheets.map((s) => [s.sheet, s.reason.vi])).toEqual([
      ['Hướng dẫn', expect.stringMatching(/Không tìm thấy dòng tiêu đề/)],
      ['Cũ (không dùng)', expect.stringMatching(/bị ẩn/)],
    ])
    expect(issuesOf(result)).toEqual([])
    expect(result.rows.map((r) => [r.sheet, r.title, r.data.commune])).toEqual([
      ['Phù Đổng', 'Đình Thử 041', communeId['Xã Phù Đổng']],
      ['Xã Bát Tràng', 'Đình Thử 042', communeId['Xã Bát Tràng']],
    ])
    expect(result.sheets[1]?.sections).toEqual([{ row: 0, text: 'Xã Bát Tràng', key: 'commune', by: 'sheet name' }])
  })

  it('reads only the sheets the officer chooses', async () => {
    const result = await plan(writeWorkbook(sheets(), 'xlsx'), 'nhieu-trang.xlsx', {
      layout: { sheets: ['Xã Bát Tràng'] },
    })
    expect(result.rows.map((r) => r.title)).toEqual(['Đình Thử 042'])
  })
})

describe('the officer corrects what was found', () => {
  it('chooses the header row and what a section means', async () => {
    // A title row that also looks like a header (it names two columns) above the real one.
    const sheet: FixtureSheet = {
      name: 'DS',
      rows: [
        ['Tên di tích và xếp hạng', null, 'Loại hình'],
        [null, null, null],
        ['Tên di tích', 'Xếp hạng', 'Loại hình'],
        ['KHU VỰC ĐỒNG BẰNG'],
        ['Đình Thử 051', 'Cấp tỉnh', 'Lịch sử'],
      ],
    }
    const data = writeWorkbook([sheet], 'xlsx')
    const found = await plan(data, 'ds.xlsx')
    expect(found.sheets[0]?.headerRows).toEqual([3])
    expect(found.sheets[0]?.sections).toEqual([{ row: 4, text: 'KHU VỰC ĐỒNG BẰNG', key: null, by: 'text' }])
    const corrected = await plan(data, 'ds.xlsx', {
      layout: { headerRow: { DS: 3 }, sections: { 'KHU VỰC ĐỒNG BẰNG': 'commune' } },
    })
    expect(corrected.sheets[0]?.sections[0]).toMatchObject({ key: 'commune', by: 'officer' })
    expect(issuesOf(corrected)).toEqual([expect.stringMatching(/Mục "KHU VỰC ĐỒNG BẰNG" \(dòng 4\): Không có xã/)])
    const wrong = await plan(data, 'ds.xlsx', { layout: { headerRow: { DS: 5 } } })
    expect(wrong.problems.map((p) => p.message.vi).join(' ')).toMatch(/Dòng 5 không phải dòng tiêu đề/)
    expect(wrong.canCommit).toBe(false)
  })
})

describe('other formats and legacy encodings', () => {
  const list = officeRelicList(RANKED.slice(0, 1), UNRANKED)
  const dataOf = (result: ImportPlan) => result.rows.map((r) => ({ row: r.row, data: r.data }))

  it('reads the same list from .xls (Excel 97–2003) and .ods as from .xlsx', async () => {
    const xlsx = await plan(writeWorkbook([list.sheet], 'xlsx'), 'danh-muc.xlsx')
    for (const format of ['xls', 'ods'] as const) {
      const other = await plan(writeWorkbook([list.sheet], format), `danh-muc.${format}`)
      expect(issuesOf(other), format).toEqual([])
      expect(dataOf(other), format).toEqual(dataOf(xlsx))
      expect(other.sheets[0]?.skipped, format).toEqual(xlsx.sheets[0]?.skipped)
    }
  })

  it('reads an office CSV saved in Windows-1258, with its title line and sections', async () => {
    const csv = [
      'DANH MỤC DI TÍCH TRÊN ĐỊA BÀN XÃ',
      '',
      'STT;Tên di tích;Xếp hạng;Loại hình;Số, ngày quyết định xếp hạng',
      'I;XÃ NINH HIỆP;;;',
      '1;Đình Thử 061;Cấp quốc gia;Lịch sử;Số 1288/QĐ-BVHTT ngày 16/11/1988',
      '2;Chùa Thử Ướt Mưa;Cấp thành phố;Kiến trúc nghệ thuật;54/QĐ-UBND (2019)',
      ';Cộng: 2 di tích;;;',
    ].join('\r\n')
    const result = await plan(encodeWindows1258(csv), 'danh-muc.csv')
    expect(result.problems.map((p) => p.message.vi).join(' ')).toMatch(/Windows-1258/)
    expect(issuesOf(result)).toEqual([])
    expect(result.rows.map((r) => r.data)).toEqual([
      expect.objectContaining({
        title: 'Đình Thử 061',
        rank: 'national',
        commune: communeId['Xã Phù Đổng'],
        rankingDecision: expect.objectContaining({ number: '1288/QĐ-BVHTT', date: '1988-11-16T00:00:00.000Z' }),
      }),
      expect.objectContaining({
        title: 'Chùa Thử Ướt Mưa',
        rankingDecision: { number: '54/QĐ-UBND', date: '2019-01-01T00:00:00.000Z', datePrecision: 'year' },
      }),
    ])
  })

  it('converts cells typed in the TCVN3 and VNI fonts, and says so', async () => {
    const tcvn = (text: string) => toLegacy(text, 'tcvn3')
    const vni = (text: string) => toLegacy(text, 'vni')
    const sheet: FixtureSheet = {
      name: 'Cu',
      rows: [
        [tcvn('DANH MỤC DI TÍCH')],
        [tcvn('Tên di tích'), tcvn('Xếp hạng'), tcvn('Loại hình'), tcvn('Xã / phường')],
        [tcvn('Đình Thử Nguyễn Xá'), tcvn('Cấp tỉnh'), tcvn('Lịch sử'), tcvn('Xã Phù Đổng')],
        [tcvn('Miếu Thử Hữu Bằng'), tcvn('Quốc gia'), tcvn('Kiến trúc nghệ thuật'), vni('Xã Bát Tràng')],
        ['Đình Thử Unicode', 'Cấp tỉnh', 'Lịch sử', 'Xã Gia Lâm'],
      ],
    }
    const result = await plan(writeWorkbook([sheet], 'xls'), 'cu.xls')
    expect(issuesOf(result)).toEqual([])
    expect(result.rows.map((r) => [r.title, r.data.rank, r.data.commune])).toEqual([
      ['Đình Thử Nguyễn Xá', 'provincial', communeId['Xã Phù Đổng']],
      ['Miếu Thử Hữu Bằng', 'national', communeId['Xã Bát Tràng']],
      ['Đình Thử Unicode', 'provincial', communeId['Xã Gia Lâm']],
    ])
    expect(result.sheets[0]?.legacy).toEqual(
      expect.arrayContaining([
        { column: 'A', encoding: 'tcvn3', cells: 4 },
        { column: 'D', encoding: 'vni', cells: 1 },
      ]),
    )
    expect(planReport(result)).toMatch(/Cột A: 4 ô gõ bằng phông TCVN3 \(\.VnTime\) đã được chuyển sang Unicode/)
  })
})
