import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { commitImport, ImportRefused } from '../src/import/commit'
import { IMPORT_KINDS, type ImportKindName } from '../src/import/kinds'
import { type ImportPlan, planImport } from '../src/import/plan'
import { importTemplate } from '../src/import/template'
import { readWorkbook } from '../src/import/workbook'
import { failOnWrite } from './failingWrites'
import { httpClient } from './http'
import { bootPayload, countEverything } from './payload'
import { cleanRow, ROWS, rowsWithMistakes, type Value, workbook } from './relicList'
import { encodeWindows1258 } from './workbooks'

let payload: Payload
const plan = async (data: Uint8Array, name = 'di-tich.xlsx', kind: keyof typeof IMPORT_KINDS = 'relics') =>
  planImport(payload, { kind, workbook: await readWorkbook(data, name) })

const issuesOf = (result: ImportPlan) =>
  result.rows.flatMap((row) => row.issues.map((issue) => `${issue.row}${issue.column}: ${issue.message.vi}`))

beforeAll(async () => {
  payload = await bootPayload()
  const city = await payload.create({ collection: 'admin-units', data: { name: 'Thành phố Thử', level: 'province' } })
  for (const name of ['Xã Bát Tràng', 'Phường Hoàn Kiếm']) {
    await payload.create({ collection: 'admin-units', data: { name, level: 'commune', parent: city.id } })
  }
})

describe('importing relics from a 500-row workbook', () => {
  it('reports every mistake by row and column, and nothing else', async () => {
    const result = await plan(await workbook(rowsWithMistakes(), { trailingEmpty: 5 }))
    // Data starts on spreadsheet row 2.
    const expected: [string, RegExp][] = [
      ['11B', /"Cấp huyện" không phải giá trị cho phép.*Di tích cấp tỉnh/],
      ['21G', /31\/02\/2020 không có thật/],
      ['31', /Trùng với dòng 4/],
      ['41E', /nằm ngoài Việt Nam/],
      ['51A', /Thiếu Tên di tích/],
      ['61E', /Ô chứa công thức \(=B2\*2\)/],
      ['71D', /Không có xã \/ phường "Xã Không Có"/],
      ['81C', /"Đền thờ" không phải giá trị cho phép/],
      ['91E', /phút và giây phải nhỏ hơn 60/],
      ['101E', /nằm ngoài Việt Nam\. Có vẻ vĩ độ và kinh độ bị đảo chỗ/],
      ['111G', /Ngày 40\/13\/2021 không có thật/],
      ['121B', /Thiếu Xếp hạng/],
    ]
    const issues = issuesOf(result)
    expect(issues).toHaveLength(expected.length)
    for (const [where, message] of expected) {
      const hit = issues.find((line) => line.startsWith(`${where}: `))
      expect(hit, `expected an issue at ${where}; got\n${issues.join('\n')}`).toMatch(message)
    }
    expect(result.counts).toEqual({ create: ROWS - expected.length, update: 0, unchanged: 0, reject: expected.length })
    expect(result.problems.filter((p) => p.blocking)).toEqual([])
    expect(result.canCommit).toBe(false)
  })

  it('writes nothing when the commit is refused', async () => {
    const before = await countEverything(payload, 'relics')
    const audit = await payload.count({ collection: 'audit-log' })
    const error = await commitImport(payload, {
      kind: 'relics',
      workbook: await readWorkbook(await workbook(rowsWithMistakes()), 'di-tich.xlsx'),
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ImportRefused)
    expect(await countEverything(payload, 'relics')).toBe(before)
    expect(await payload.count({ collection: 'audit-log' })).toEqual(audit)
  })

  it('refuses a sheet whose header cell spans two data columns, naming them', async () => {
    const result = await plan(await workbook(rowsWithMistakes().slice(0, 3), { mergeHeader: true }))
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        at: 'E, F',
        blocking: true,
        message: expect.objectContaining({ vi: expect.stringMatching(/Các cột E, F cùng là "Vĩ độ"/) }),
      }),
    )
    expect(result.canCommit).toBe(false)
  })

  it('imports a clean file fully, as drafts, with formulas kept as text; importing it again changes nothing', async () => {
    const rows = Array.from({ length: ROWS }, (_, i) => cleanRow(i))
    rows[7] = [{ formula: 'HYPERLINK("http://vi-du.invalid","bấm")' }, ...(rows[7] ?? []).slice(1)] as Value[]
    const data = await workbook(rows, { trailingEmpty: 3 })
    const before = await payload.count({ collection: 'relics' })
    const result = await commitImport(payload, {
      kind: 'relics',
      workbook: await readWorkbook(data, 'sach.xlsx'),
      publish: false,
    })
    expect(result).toEqual({ created: ROWS, updated: 0, unchanged: 0 })
    expect((await payload.count({ collection: 'relics' })).totalDocs).toBe(before.totalDocs + ROWS)

    const special = (
      await payload.find({ collection: 'relics', where: { slug: { equals: 'dinh-thu-so-3' } }, draft: true })
    ).docs[0]
    expect(special?.rank).toBe('special-national')
    expect(special?._status).toBe('draft')
    const dms = (
      await payload.find({ collection: 'relics', where: { slug: { equals: 'dinh-thu-so-10' } }, draft: true })
    ).docs[0]
    expect(dms?.location?.lat).toBeCloseTo(20.92, 3)
    const dated = (
      await payload.find({ collection: 'relics', where: { slug: { equals: 'dinh-thu-so-4' } }, draft: true })
    ).docs[0]
    expect(dated?.rankingDecision?.date?.slice(0, 10)).toBe('2014-05-05')
    const formula = (await payload.find({ collection: 'relics', where: { title: { like: 'HYPERLINK' } }, draft: true }))
      .docs[0]
    expect(formula?.title).toBe('=HYPERLINK("http://vi-du.invalid","bấm")')

    const versions = await countEverything(payload, 'relics')
    const again = await plan(data, 'sach.xlsx')
    expect(again.counts).toEqual({ create: 0, update: 0, unchanged: ROWS, reject: 0 })
    expect(
      await commitImport(payload, { kind: 'relics', workbook: await readWorkbook(data, 'sach.xlsx'), publish: false }),
    ).toEqual({
      created: 0,
      updated: 0,
      unchanged: ROWS,
    })
    expect(await countEverything(payload, 'relics')).toBe(versions)
  }, 240_000)

  it('leaves nothing when a write fails half-way (one transaction; every write: transactions.test.ts)', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => cleanRow(1000 + i))
    const existing = cleanRow(5)
    existing[7] = 'sửa-lần-hai/QĐ'
    rows.unshift(existing) // an update, written first, gone too
    const data = await workbook(rows)
    const before = await countEverything(payload, 'relics')
    const audit = await payload.count({ collection: 'audit-log' })
    const beforeDoc = (
      await payload.find({ collection: 'relics', where: { slug: { equals: 'dinh-thu-so-5' } }, draft: true })
    ).docs[0]
    // The database refuses the 32nd row's first write (the 31st relic created after the update).
    const inject = failOnWrite(payload, 0)
    const error = await commitImport(payload, {
      kind: 'relics',
      workbook: await readWorkbook(data, 'giua-chung.xlsx'),
      publish: false,
      onProgress: (done) => {
        if (done === 31) inject.failNext()
      },
    })
      .catch((e: unknown) => e)
      .finally(inject.restore)
    expect(error).toBeInstanceOf(ImportRefused)
    expect((error as ImportRefused).message).toMatch(/row 33 failed \(injected failure.*nothing was written/)
    expect(await countEverything(payload, 'relics')).toBe(before)
    expect(await payload.count({ collection: 'audit-log' })).toEqual(audit)
    expect(
      await payload.count({ collection: 'relics', where: { slug: { equals: 'dinh-thu-so-1000' } }, trash: true }),
    ).toEqual({
      totalDocs: 0,
    })
    const afterDoc = (
      await payload.find({ collection: 'relics', where: { slug: { equals: 'dinh-thu-so-5' } }, draft: true })
    ).docs[0]
    expect(afterDoc?.rankingDecision?.number).toBe(beforeDoc?.rankingDecision?.number)
  })

  it('updates only what changed, and says which columns', async () => {
    const row = cleanRow(5)
    row[7] = '5b/QĐ-UBND'
    const rows = [row]
    const result = await plan(await workbook(rows))
    expect(result.rows[0]).toMatchObject({ action: 'update', changes: ['Số quyết định xếp hạng'] })
  })
})

describe('other kinds and formats', () => {
  it('reads CSV with semicolons and a byte-order mark, and maps headers it does not know', async () => {
    const csv = '\uFEFFTên;Cấp;Loại hình di tích\nĐình CSV;Quốc gia;Lịch sử\n'
    const workbook = await readWorkbook(new TextEncoder().encode(csv), 'tep.csv')
    const unmapped = await planImport(payload, { kind: 'relics', workbook })
    expect(unmapped.problems.map((p) => p.message.vi)).toContainEqual(
      expect.stringMatching(/Thiếu cột bắt buộc "Xếp hạng"/),
    )
    const mapped = await planImport(payload, { kind: 'relics', workbook, mapping: { Cấp: 'rank' } })
    expect(mapped.canCommit).toBe(true)
    expect(mapped.rows[0]?.data).toMatchObject({ title: 'Đình CSV', rank: 'national', types: ['historical'] })
  })

  it('rejects a bad GTIN and stars that do not match the score, per cell', async () => {
    await payload.create({
      collection: 'producers',
      data: { title: 'HTX Nhập Liệu', kind: 'cooperative', _status: 'published' },
    })
    const csv = [
      'Tên sản phẩm,Nhóm sản phẩm,Chủ thể,Điểm,Hạng sao,Mã GTIN',
      'Chè Một,Đồ uống,HTX Nhập Liệu,75,4 sao,8930000000019',
      'Chè Hai,Đồ uống,HTX Nhập Liệu,75,4 sao,8930000000018',
      'Chè Ba,Đồ uống,HTX Nhập Liệu,60,4 sao,',
      'Chè Bốn,Đồ ăn vặt,HTX Không Có,,,',
    ].join('\n')
    const result = await planImport(payload, {
      kind: 'ocop-products',
      workbook: await readWorkbook(new TextEncoder().encode(csv), 'ocop.csv'),
    })
    const issues = issuesOf(result)
    expect(issues.find((l) => l.startsWith('3F: '))).toMatch(/GTIN|kiểm tra/i)
    expect(issues.find((l) => l.startsWith('4E: '))).toMatch(/không khớp với 60 điểm/)
    expect(issues.find((l) => l.startsWith('5B: '))).toMatch(/"Đồ ăn vặt" không phải giá trị cho phép/)
    expect(issues.find((l) => l.startsWith('5C: '))).toMatch(/Chưa có chủ thể "HTX Không Có"/)
    expect(result.rows[0]?.action).toBe('create')
  })

  it('imports producers, then their products, then batches by GTIN, then heritage and villages', async () => {
    const commitCsv = async (kind: ImportKindName, lines: string[]) =>
      commitImport(payload, {
        kind,
        workbook: await readWorkbook(new TextEncoder().encode(lines.join('\n')), `${kind}.csv`),
        publish: false,
      })
    const files: [ImportKindName, string[]][] = [
      [
        'producers',
        [
          'Tên chủ thể,Loại hình chủ thể,Xã / phường,Trang web,Điện thoại',
          'HTX Chuỗi Nhập,HTX,Xã Bát Tràng,https://htx.example.vn,0900 000 333',
        ],
      ],
      [
        'ocop-products',
        [
          'Tên sản phẩm,Nhóm sản phẩm,Chủ thể,Điểm,Hạng sao,Mã GTIN,Ngày công nhận',
          'Gốm Chuỗi,Thủ công mỹ nghệ,HTX Chuỗi Nhập,82,4 sao,8930000000019,15/06/2024',
        ],
      ],
      [
        'batches',
        [
          'Số lô,Sản phẩm,Ngày sản xuất,Hạn sử dụng,Số lượng,Đơn vị',
          'L-01,8930000000019,01/03/2026,01/03/2031,"1.200",hộp',
        ],
      ],
      ['intangible-heritage', ['Tên di sản,Loại hình,Cấp ghi danh', 'Hát thử nghiệm,Lễ hội,Danh mục kiểm kê cấp tỉnh']],
      ['craft-villages', ['Tên làng nghề,Nghề,Số hộ làm nghề', 'Làng Thử Nghề,Gốm; Sơn mài,120']],
    ]
    for (const [kind, lines] of files) {
      expect(await commitCsv(kind, lines), kind).toEqual({ created: 1, updated: 0, unchanged: 0 })
    }

    const product = (
      await payload.find({ collection: 'ocop-products', where: { gtin: { equals: '08930000000019' } }, draft: true })
    ).docs[0]
    expect(product).toMatchObject({ stars: '4', group: 'handicrafts' })
    expect(product?.certificate?.expiryDate?.slice(0, 10)).toBe('2027-06-15')
    const batch = (
      await payload.find({ collection: 'batches', where: { lotCode: { equals: 'L-01' } }, draft: true, depth: 0 })
    ).docs[0]
    expect(batch).toMatchObject({ product: product?.id, quantity: { amount: 1200 } })
    const heritage = (
      await payload.find({
        collection: 'intangible-heritage',
        where: { title: { equals: 'Hát thử nghiệm' } },
        draft: true,
      })
    ).docs[0]
    expect(heritage).toMatchObject({ type: 'festivals', listLevel: 'provincial-inventory' })
    const village = (
      await payload.find({ collection: 'craft-villages', where: { title: { equals: 'Làng Thử Nghề' } }, draft: true })
    ).docs[0]
    expect(village?.crafts?.map((c) => c.name)).toEqual(['Gốm', 'Sơn mài'])
    expect(village?.households).toBe(120)
  })

  it('keeps the other languages of a list’s rows when a file updates the record', async () => {
    const importVillage = async (line: string) =>
      commitImport(payload, {
        kind: 'craft-villages',
        workbook: await readWorkbook(
          new TextEncoder().encode(['Tên làng nghề,Nghề,Số hộ làm nghề', line].join('\n')),
          'lang-nghe.csv',
        ),
        publish: false,
      })
    const read = async () => {
      const found = await payload.find({
        collection: 'craft-villages',
        where: { title: { equals: 'Làng Giữ Tên' } },
        draft: true,
        locale: 'all',
        depth: 0,
      })
      const crafts = found.docs[0]?.crafts ?? []
      return { doc: found.docs[0], crafts: crafts.map((c) => ({ id: c.id, name: c.name })) }
    }
    expect(await importVillage('Làng Giữ Tên,Gốm; Sơn mài,120')).toMatchObject({ created: 1 })
    const made = await read()
    const [pottery, lacquer] = made.crafts
    // An officer translates the crafts in the admin (rows keep their ids there).
    await payload.update({
      collection: 'craft-villages',
      id: made.doc?.id ?? '',
      locale: 'en',
      draft: true,
      data: {
        crafts: [
          { id: pottery?.id, name: 'Pottery' },
          { id: lacquer?.id, name: 'Lacquerware' },
        ],
      },
    })

    // The office's next file adds a craft and a few households.
    expect(await importVillage('Làng Giữ Tên,Gốm; Sơn mài; Mây tre,150')).toMatchObject({ updated: 1 })
    const grown = await read()
    expect(grown.doc?.households).toBe(150)
    expect(grown.crafts).toEqual([
      { id: pottery?.id, name: { vi: 'Gốm', en: 'Pottery' } },
      { id: lacquer?.id, name: { vi: 'Sơn mài', en: 'Lacquerware' } },
      { id: expect.any(String), name: { vi: 'Mây tre' } },
    ])

    // A later file no longer names pottery and lists lacquer first: pottery goes, lacquer keeps its English.
    expect(await importVillage('Làng Giữ Tên,Sơn mài; Mây tre,150')).toMatchObject({ updated: 1 })
    const later = await read()
    expect(later.crafts).toEqual([
      { id: lacquer?.id, name: { vi: 'Sơn mài', en: 'Lacquerware' } },
      { id: grown.crafts[2]?.id, name: { vi: 'Mây tre' } },
    ])
  })

  it('gives a template per kind with the headers it reads back', async () => {
    for (const kind of Object.keys(IMPORT_KINDS) as (keyof typeof IMPORT_KINDS)[]) {
      const result = await planImport(payload, {
        kind,
        workbook: await readWorkbook(new Uint8Array(await importTemplate(kind)), `${kind}.xlsx`),
      })
      const columns = IMPORT_KINDS[kind].columns.filter((c) => c.template !== false)
      expect(result.columns.map((c) => c.header)).toEqual(columns.map((c) => c.header))
      expect(result.columns.map((c) => c.key)).toEqual(columns.map((c) => c.key))
      expect(result.sheets.map((s) => [s.sheet, s.headerRows, s.dataRows])).toEqual([['Dữ liệu', [1], 1]])
    }
  })

  it('says clearly when a file is not a spreadsheet', async () => {
    await expect(readWorkbook(new Uint8Array([0x50, 0x4b, 1, 2, 3]), 'hong.xlsx')).rejects.toMatchObject({
      bilingual: { vi: expect.stringMatching(/Không đọc được tệp "hong.xlsx"/) },
    })
    // Not UTF-8: read as Windows-1258 (old Vietnamese Windows), and said so.
    const legacy = await readWorkbook(encodeWindows1258('Đình'), 'latin.csv')
    expect(legacy.notes.map((note) => note.vi).join(' ')).toMatch(/Windows-1258/)
    expect(legacy.sheets[0]?.rows[0]?.[0]?.text).toBe('Đình')
    await expect(readWorkbook(new Uint8Array([0xff, 0xfe, 0x41, 0]), 'unicode.txt')).rejects.toMatchObject({
      bilingual: { vi: expect.stringMatching(/UTF-16/) },
    })
  })
})

describe('the admin import screen’s endpoints', () => {
  it('preview as a contributor, then import with progress; a producer may not import relics', async () => {
    const http = await httpClient()
    const units = await payload.find({ collection: 'admin-units', where: { name: { equals: 'Xã Bát Tràng' } } })
    const password = 'mat-khau-man-hinh-nhap'
    // The first account of an installation becomes its administrator.
    await payload.create({
      collection: 'users',
      data: { email: 'qtv-nhap@test.vn', name: 'QTV', password, roles: ['admin'] } as never,
    })
    await payload.create({
      collection: 'users',
      data: {
        email: 'ctv-nhap@test.vn',
        name: 'CTV',
        password,
        roles: ['contributor'],
        communes: [units.docs[0]?.id],
      } as never,
    })
    await payload.create({
      collection: 'users',
      data: { email: 'chuthe-nhap@test.vn', name: 'CT', password, roles: ['producer'] } as never,
    })
    const csv =
      'Tên di tích,Xếp hạng,Loại hình,Nơi\nMiếu Màn Hình,Cấp tỉnh,Lịch sử,Xã Bát Tràng\nMiếu Xã Khác,Cấp tỉnh,Lịch sử,Phường Hoàn Kiếm\n'
    const upload = (text: string) => {
      const body = new FormData()
      body.set('file', new Blob([text], { type: 'text/csv' }), 'man-hinh.csv')
      body.set('_payload', JSON.stringify({ mapping: { Nơi: 'commune' } }))
      return body
    }
    const token = await http.login('ctv-nhap@test.vn', password)
    const preview = await http.form('import/relics/preview', upload(csv), token)
    expect(preview.status).toBe(200)
    const summary = await preview.json()
    expect(summary.counts).toEqual({ create: 1, update: 0, unchanged: 0, reject: 1 })
    expect(summary.rows[1].issues[0].message.vi).toContain('không thuộc phạm vi bạn phụ trách')

    const refused = await http.form('import/relics/commit', upload(csv), token)
    const refusedLines = (await refused.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(refusedLines.at(-1).refused).toMatch(/Nothing was imported/)
    expect(
      (await payload.count({ collection: 'relics', where: { title: { equals: 'Miếu Màn Hình' } } })).totalDocs,
    ).toBe(0)

    const clean = csv.split('\n').slice(0, 2).join('\n')
    const committed = await http.form('import/relics/commit', upload(clean), token)
    const lines = (await committed.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(lines.filter((l) => l.progress).at(-1).progress).toEqual({ done: 1, total: 1 })
    expect(lines.at(-1).result).toEqual({ created: 1, updated: 0, unchanged: 0 })
    const created = await payload.find({
      collection: 'relics',
      where: { title: { equals: 'Miếu Màn Hình' } },
      draft: true,
    })
    expect(created.docs[0]?._status).toBe('draft')

    // A record the contributor may not read is not compared: the row is refused, revealing nothing.
    const hidden = await payload.find({ collection: 'admin-units', where: { name: { equals: 'Phường Hoàn Kiếm' } } })
    await payload.create({
      collection: 'producers',
      draft: true,
      data: {
        title: 'HTX Ngoài Phạm Vi',
        kind: 'household',
        commune: hidden.docs[0]?.id,
        contact: { phone: '0911' },
        _status: 'draft',
      },
    })
    const probe = new FormData()
    probe.set(
      'file',
      new Blob(['Tên chủ thể,Loại hình chủ thể,Xã / phường,Điện thoại\nHTX Ngoài Phạm Vi,Hộ,Xã Bát Tràng,0911\n'], {
        type: 'text/csv',
      }),
      'do.csv',
    )
    const probed = await (await http.form('import/producers/preview', probe, token)).json()
    expect(probed.rows[0].action).toBe('reject')
    expect(probed.rows[0].issues[0].message.vi).toContain('không được sửa')

    const producer = await http.login('chuthe-nhap@test.vn', password)
    const forbidden = await http.form('import/relics/preview', upload(clean), producer)
    expect(forbidden.status).toBe(403)
    expect((await http.form('import/relics/preview', upload(clean))).status).toBe(401)
  })
})
