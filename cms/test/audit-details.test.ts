/**
 * The audit log reads in Vietnamese (issue 17, item 6): its lines named the export as "28 entries
 * (0 written, 0 removed), 194 media files; site publish", role changes as "roles: contributor →
 * editor; communes: — → 12", a list download as "3 rows, csv, from the admin", and a failed
 * sign-in half in English. Each line here is written by the code that writes it in production,
 * and read back as the administrator reads it.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload, Where } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CollectionCell } from '../src/audit/CollectionCell'
import { SIGN_IN_FAILURES, SNAPSHOT_TITLE, SYSTEM_ACTOR } from '../src/audit/details'
import { exportSnapshot } from '../src/snapshot/export'
import { httpClient } from './http'
import { bootPayload } from './payload'
import { makeProvince } from './people'
import { findEnglish } from './untranslated'

const PASSWORD = 'mat-khau-nhat-ky'
let payload: Payload
let http: Awaited<ReturnType<typeof httpClient>>
let adminToken: string
let commune: number
const dir = mkdtempSync(path.join(tmpdir(), 'heritage-audit-details-'))

const lastLine = async (where: Where) =>
  (await payload.find({ collection: 'audit-log', where, sort: '-id', limit: 1, overrideAccess: true, depth: 0 }))
    .docs[0]

/** English a Vietnamese reader would meet: Payload's untranslated words, or whole English words. */
const english = (text: string | null | undefined) => [
  ...findEnglish(text ?? ''),
  ...((text ?? '').match(
    /\b(entries|written|removed|media|files|rows|from|admin|locked|wrong|new|account|roles?|communes?|province|producer|site|publish)\b/g,
  ) ?? []),
]

beforeAll(async () => {
  payload = await bootPayload()
  http = await httpClient()
  ;[commune = 0] = (await makeProvince(payload, 'Tỉnh Nhật Ký', ['Xã Nhật Ký'])).communes
  await payload.create({
    collection: 'users',
    data: { email: 'admin@nhatky.vn', name: 'Quản trị Nhật Ký', password: PASSWORD, roles: ['admin'] } as never,
  })
  adminToken = await http.login('admin@nhatky.vn', PASSWORD)
  await payload.create({
    collection: 'relics',
    data: { title: 'Đình Nhật Ký', rank: 'provincial', types: ['historical'], commune, _status: 'published' },
  })
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('audit lines in Vietnamese', () => {
  it('a role and scope change names the fields as the account form does, and the commune by its name', async () => {
    const res = await http.rest('POST', 'users', {
      token: adminToken,
      body: { email: 'ctv@nhatky.vn', name: 'Cộng tác', password: PASSWORD, roles: ['contributor'] },
    })
    expect(res.status).toBe(201)
    const id = res.json.doc.id
    const created = await lastLine({ action: { equals: 'role-change' }, targetId: { equals: String(id) } })
    expect(created?.detail).toBe(
      'Tài khoản mới; Vai trò: Cộng tác viên (xã); Tỉnh / thành phố phụ trách: —; Xã / phường phụ trách: —; Chủ thể OCOP (tài khoản chủ thể): —',
    )
    await http.rest('PATCH', `users/${id}`, { token: adminToken, body: { roles: ['editor'], communes: [commune] } })
    const changed = await lastLine({ action: { equals: 'role-change' }, targetId: { equals: String(id) } })
    expect(changed?.detail).toBe(
      'Vai trò: Cộng tác viên (xã) → Biên tập viên (Sở); Xã / phường phụ trách: — → Xã Nhật Ký',
    )
    expect(english(changed?.detail)).toEqual([])
  })

  it('an export of the public data counts entries and files in Vietnamese, with its reason, by the system', async () => {
    await exportSnapshot(payload, { dir, reason: 'site publish' })
    const line = await lastLine({ action: { equals: 'export' }, targetCollection: { equals: 'snapshot' } })
    expect(line?.targetTitle).toBe(SNAPSHOT_TITLE)
    expect(line?.actorLabel).toBe(SYSTEM_ACTOR)
    expect(line?.detail).toMatch(
      /^1 mục \(1 mục mới hoặc đã sửa, 0 mục gỡ khỏi trang\), \d+ tệp ảnh và tư liệu; lý do: cập nhật trang công khai$/,
    )
    expect(english(line?.detail)).toEqual([])
  })

  it('a list downloaded from the admin says how many rows, in which file type', async () => {
    const response = await http.raw('GET', 'export/relics?format=csv', adminToken)
    expect(response.status).toBe(200)
    const line = await lastLine({ action: { equals: 'export' }, targetCollection: { equals: 'relics' } })
    expect(line?.detail).toBe('1 dòng, tệp csv, tải về từ trang quản trị')
  })

  it('a failed sign-in gives its reason in Vietnamese only', async () => {
    await http.rest('POST', 'users/login', { body: { email: 'admin@nhatky.vn', password: 'sai' } })
    const line = await lastLine({ action: { equals: 'login-failed' }, targetTitle: { equals: 'admin@nhatky.vn' } })
    expect(line?.detail).toBe(SIGN_IN_FAILURES.wrong)
    expect(english(line?.detail)).toEqual([])
  })

  it('the kind of entry ("Loại mục") is named as the navigation names it, not by its slug', () => {
    const kind = (slug: string, language: 'vi' | 'en') =>
      renderToStaticMarkup(
        CollectionCell({ cellData: slug, payload, i18n: { language, fallbackLanguage: 'vi' } } as never),
      )
    expect(kind('users', 'vi')).toBe('Tài khoản')
    expect(kind('ocop-products', 'vi')).toBe('Sản phẩm OCOP')
    expect(kind('snapshot', 'vi')).toBe('Dữ liệu công khai')
    expect(kind('relics', 'en')).toBe('Relics')
  })
})
