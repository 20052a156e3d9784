/**
 * Files the import cannot read are refused through the admin screen's endpoints with a clear
 * Vietnamese message, and leave everything as it was: every collection (versions included), the
 * audit log and the upload folders. A macro workbook is read (values only) and says so.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_BYTES } from '../src/import/sheet'
import { dataDir } from '../src/paths'
import { httpClient } from './http'
import { bootPayload, countEverything } from './payload'
import { BOMB_BYTES, deflatedBomb, encryptedOds, encryptedXlsx, passwordXls, xlsxWith } from './refusedFiles'
import { writeWorkbook } from './workbooks'

let payload: Payload
let http: Awaited<ReturnType<typeof httpClient>>
let token: string

/** Everything an import could write: rows and versions of every collection, and uploaded files. */
async function state() {
  const counts: Record<string, number> = {}
  for (const slug of Object.keys(payload.collections) as CollectionSlug[]) {
    if (slug.startsWith('payload-')) continue
    counts[slug] = await countEverything(payload, slug)
  }
  const files = await readdir(dataDir(), { recursive: true }).catch(() => [] as string[])
  return { counts, files: files.map(String).sort() }
}

const send = async (step: 'preview' | 'commit', data: Uint8Array, name: string, withLength = false) => {
  const body = new FormData()
  body.set('file', new Blob([new Uint8Array(data)]), name)
  body.set('_payload', JSON.stringify({}))
  const response = await http.form(`import/relics/${step}`, body, token, withLength)
  const text = await response.text()
  return { status: response.status, text, json: text.startsWith('{') ? JSON.parse(text) : null }
}

beforeAll(async () => {
  // A data folder of this file's own: other test files upload into the shared one meanwhile.
  process.env.DATA_DIR = await mkdtemp(path.join(tmpdir(), 'heritage-refusals-'))
  payload = await bootPayload()
  http = await httpClient()
  const province = await payload.create({ collection: 'admin-units', data: { name: 'Tỉnh Thử', level: 'province' } })
  await payload.create({
    collection: 'admin-units',
    data: { name: 'Xã Bát Tràng', level: 'commune', parent: province.id },
  })
  await payload.create({
    collection: 'users',
    data: { email: 'quantri@tuchoi.vn', name: 'Quản trị', password: 'mat-khau-tu-choi-1', roles: ['admin'] } as never,
  })
  await payload.create({
    collection: 'users',
    data: {
      email: 'bientap@tuchoi.vn',
      name: 'Biên tập',
      password: 'mat-khau-tu-choi-1',
      roles: ['editor'],
      province: province.id,
    } as never,
  })
  token = await http.login('bientap@tuchoi.vn', 'mat-khau-tu-choi-1')
  // Something to lose: a relic already there.
  await payload.create({
    collection: 'relics',
    data: { title: 'Đình Có Sẵn', rank: 'provincial', types: ['historical'], _status: 'published' },
  })
})

afterAll(async () => {
  await payload?.destroy()
  await rm(dataDir(), { recursive: true, force: true })
})

const REFUSED: [string, () => Uint8Array, string, RegExp][] = [
  ['an encrypted .xlsx', encryptedXlsx, 'danh-sach.xlsx', /^Tệp được đặt mật khẩu/],
  ['a password-protected .xls', passwordXls, 'cu.xls', /^Tệp được đặt mật khẩu/],
  ['an encrypted .ods', encryptedOds, 'danh-sach.ods', /^Tệp được đặt mật khẩu/],
  [
    'a zip bomb (300 MB of shared strings)',
    () => xlsxWith('xl/sharedStrings.xml', deflatedBomb(), BOMB_BYTES),
    'bom.xlsx',
    /^Tệp nén bất thường/,
  ],
  [
    'a zip bomb that lies about its size',
    () => xlsxWith('xl/worksheets/sheet1.xml', deflatedBomb(), 1024 * 1024),
    'bom.xlsx',
    /^Tệp nén bất thường/,
  ],
  ['a damaged file', () => new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9, 9]), 'hong.xlsx', /^Không đọc được tệp/],
]

describe('refused files change nothing', () => {
  for (const [what, make, name, message] of REFUSED) {
    it(`${what}: a Vietnamese reason, on preview and on import`, async () => {
      const data = make()
      const before = await state()
      for (const step of ['preview', 'commit'] as const) {
        const response = await send(step, data, name)
        expect(response.status, response.text).toBe(400)
        expect(response.json.errors[0].message).toMatch(message)
      }
      expect(await state()).toEqual(before)
    })
  }

  it('a file over the size limit: refused from its announced length before it is read, else before parsing', async () => {
    const before = await state()
    const big = new Uint8Array(MAX_BYTES + 200 * 1024)
    const announced = await send('preview', big, 'lon.xlsx', true)
    expect(announced.status).toBe(413)
    expect(announced.json.errors[0].message).toMatch(/^Tệp quá lớn .*tối đa 20 MB/)
    const streamed = await send('commit', big, 'lon.xlsx')
    expect(streamed.status).toBe(400)
    expect(streamed.json.errors[0].message).toMatch(/^Tệp quá lớn .*tối đa 20 MB/)
    expect(await state()).toEqual(before)
  })

  it('a list with a rejected row imports nothing at all', async () => {
    const before = await state()
    const data = writeWorkbook(
      [
        {
          name: 'DS',
          rows: [
            ['Tên di tích', 'Xếp hạng', 'Loại hình'],
            ['Đình Tốt', 'Cấp tỉnh', 'Lịch sử'],
            ['Đình Hỏng', 'Cấp huyện', 'Lịch sử'],
          ],
        },
      ],
      'xls',
    )
    const response = await send('commit', data, 'mot-dong-loi.xls')
    expect(response.text).toMatch(/"refused"/)
    expect(response.text).toMatch(/Cấp huyện/)
    expect(await state()).toEqual(before)
  })
})

describe('a macro workbook', () => {
  it('is read for its values only, and the preview says the macros were not run', async () => {
    const data = writeWorkbook(
      [
        {
          name: 'DS',
          rows: [
            ['Tên di tích', 'Xếp hạng', 'Loại hình'],
            ['Đình Macro', 'Cấp tỉnh', 'Lịch sử'],
          ],
        },
      ],
      'xlsm',
    )
    const before = await state()
    const response = await send('preview', data, 'co-macro.xlsm')
    expect(response.status).toBe(200)
    expect(response.json.problems.map((p: { message: { vi: string } }) => p.message.vi).join(' ')).toMatch(
      /macro không được chạy/,
    )
    expect(response.json.counts).toEqual({ create: 1, update: 0, unchanged: 0, reject: 0 })
    expect(await state()).toEqual(before)
  })
})
