/**
 * Export from the admin: the user's scope and field rights decide what comes out; cells that a
 * spreadsheet would run as formulas come out as text; every export is in the audit log.
 */
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { readWorkbook } from '../src/import/workbook'
import { httpClient } from './http'
import { bootPayload } from './payload'

let payload: Payload
let http: Awaited<ReturnType<typeof httpClient>>
const PASSWORD = 'mat-khau-xuat-du-lieu'
const EVIL = '=HYPERLINK("http://lua-dao.invalid","Bấm vào đây")'
const tokens: Record<string, string> = {}

beforeAll(async () => {
  payload = await bootPayload()
  http = await httpClient()
  const province = await payload.create({ collection: 'admin-units', data: { name: 'Tỉnh Xuất', level: 'province' } })
  const mine = await payload.create({
    collection: 'admin-units',
    data: { name: 'Xã Của Tôi', level: 'commune', parent: province.id },
  })
  const other = await payload.create({
    collection: 'admin-units',
    data: { name: 'Xã Khác', level: 'commune', parent: province.id },
  })
  const relic = (title: string, commune: number, status: 'draft' | 'published', notes?: string) =>
    payload.create({
      collection: 'relics',
      draft: status === 'draft',
      data: { title, rank: 'provincial', types: ['historical'], commune, internalNotes: notes, _status: status },
    })
  await relic(EVIL, mine.id, 'draft', 'Ghi chú nội bộ bí mật')
  await relic('Đình Nháp Xã Khác', other.id, 'draft')
  await relic('Đình Công Khai Xã Khác', other.id, 'published')
  // The first account of an installation becomes its administrator: make that one first.
  await payload.create({
    collection: 'users',
    data: { email: 'admin@xuat.vn', name: 'admin', password: PASSWORD, roles: ['admin'] } as never,
  })
  for (const [role, extra] of [
    ['contributor', { communes: [mine.id] }],
    ['producer', {}],
  ] as const) {
    await payload.create({
      collection: 'users',
      data: { email: `${role}@xuat.vn`, name: role, password: PASSWORD, roles: [role], ...extra } as never,
    })
    tokens[role] = await http.login(`${role}@xuat.vn`, PASSWORD)
  }
})

async function download(path: string, token?: string) {
  const response = await http.raw('GET', path, token)
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: new Uint8Array(await response.arrayBuffer()),
  }
}

/** The first sheet of an exported file as a header row and data rows. */
async function readSheet(data: Uint8Array, name: string) {
  const [first] = (await readWorkbook(data, name)).sheets
  const [header = [], ...rows] = first?.rows ?? []
  return { headers: header.map((cell) => cell.text), rows: rows.map((cells) => ({ cells })) }
}

describe('export from the admin', () => {
  it('gives the contributor their commune’s drafts and what is public, nothing else', async () => {
    const file = await download('export/relics?format=xlsx&draft=true', tokens.contributor)
    expect(file.status).toBe(200)
    const sheet = await readSheet(file.body, 'relics.xlsx')
    const titleColumn = sheet.headers.indexOf('Tên di tích (vi)')
    expect(titleColumn, sheet.headers.join(' | ')).toBeGreaterThanOrEqual(0)
    const titles = sheet.rows.map((row) => row.cells[titleColumn]?.text).sort()
    expect(titles).toEqual([EVIL, 'Đình Công Khai Xã Khác'].sort())
    expect(sheet.headers.some((h) => h.startsWith('Ghi chú nội bộ'))).toBe(true)
  })

  it('never gives a producer internal notes, and refuses anonymous requests', async () => {
    const file = await download('export/relics?format=csv', tokens.producer)
    expect(file.status).toBe(200)
    const text = new TextDecoder().decode(file.body)
    expect(text).not.toContain('Ghi chú nội bộ bí mật')
    expect(text).toContain('Đình Công Khai Xã Khác')
    expect(text).not.toContain('Đình Nháp Xã Khác')
    expect((await download('export/relics?format=csv')).status).toBe(401)
    expect((await download('export/payload-preferences?format=csv', tokens.producer)).status).toBe(404)
  })

  it('writes a field holding =HYPERLINK(…) as text in XLSX and as an escaped cell in CSV', async () => {
    const xlsx = await download('export/relics?format=xlsx&draft=true', tokens.contributor)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer)
    const cells: ExcelJS.Cell[] = []
    workbook.worksheets[0]?.eachRow((row) => row.eachCell((cell) => cells.push(cell)))
    const evil = cells.find((cell) => String(cell.value).startsWith('=HYPERLINK'))
    expect(evil?.type).toBe(ExcelJS.ValueType.String)
    expect(evil?.value).toBe(EVIL)
    // No formula anywhere in the sheet's XML.
    const zip = await JSZip.loadAsync(xlsx.body)
    const sheetXml = await zip.file('xl/worksheets/sheet1.xml')?.async('string')
    expect(sheetXml).toBeDefined()
    expect(sheetXml).not.toMatch(/<f[ >]/)

    const csv = new TextDecoder().decode(
      (await download('export/relics?format=csv&draft=true', tokens.contributor)).body,
    )
    expect(csv).toContain(`"'=HYPERLINK(""http://lua-dao.invalid"",""Bấm vào đây"")"`)
    // Read back, the apostrophe is dropped again: the text survives the round trip.
    const back = await readSheet(new TextEncoder().encode(csv), 'back.csv')
    expect(back.rows.some((row) => row.cells.some((cell) => cell.text === EVIL))).toBe(true)
  })

  it('leaves out fields that are never stored (the current password of the account page)', async () => {
    const admin = await http.login('admin@xuat.vn', PASSWORD)
    const file = await download('export/users?format=xlsx', admin)
    expect(file.status).toBe(200)
    const sheet = await readSheet(file.body, 'users.xlsx')
    expect(sheet.headers).toContain('Họ và tên')
    expect(sheet.headers.join('|')).not.toMatch(/Mật khẩu hiện tại|currentPassword/)
  })

  it('writes every export to the audit log', async () => {
    const lines = await payload.find({ collection: 'audit-log', where: { action: { equals: 'export' } }, limit: 50 })
    expect(lines.docs.length).toBeGreaterThanOrEqual(4)
    expect(lines.docs.map((l) => l.actorLabel)).toContainEqual(expect.stringContaining('contributor@xuat.vn'))
  })
})
