/**
 * Changing one's own e-mail or password asks for the current password (issue 15, item 12), on
 * REST and GraphQL: the attack is a session left open (or a stolen token) used to take the
 * account over for good. An administrator resetting someone else's, and the forgotten-password
 * flow, are not asked.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { httpClient } from './http'
import { bootPayload } from './payload'

const PASSWORD = 'mat-khau-hien-tai-dung'
const NEW_PASSWORD = 'mat-khau-moi-hoan-toan'
let payload: Payload
let http: Awaited<ReturnType<typeof httpClient>>
let adminToken: string
let adminId: number

const account = async (email: string, roles = ['contributor']) => {
  const user = (await payload.create({
    collection: 'users',
    data: { email, name: email, password: PASSWORD, roles } as never,
    overrideAccess: true,
  })) as unknown as { id: number }
  return { id: user.id, token: await http.login(email, PASSWORD) }
}
/** The stored account, hash included: nothing about it may change when a change is refused. */
const stored = (id: number) =>
  payload.db.findOne<{ id: number; email: string; hash: string; salt: string }>({
    collection: 'users',
    where: { id: { equals: id } },
  })
const signsIn = async (email: string, password: string) =>
  (await http.rest('POST', 'users/login', { body: { email, password } })).status === 200

beforeAll(async () => {
  payload = await bootPayload()
  http = await httpClient()
  const admin = await account('quantri@taikhoan.vn', ['admin'])
  adminToken = admin.token
  adminId = admin.id
})

describe('one’s own e-mail and password', () => {
  it('are not changed without the current password, nor with a wrong one (REST)', async () => {
    const me = await account('toi@taikhoan.vn')
    const before = await stored(me.id)
    for (const change of [{ email: 'ke-gian@taikhoan.vn' }, { password: NEW_PASSWORD }]) {
      const missing = await http.rest('PATCH', `users/${me.id}`, { token: me.token, body: change })
      expect(missing.status).toBe(400)
      expect(missing.json.errors[0].message).toMatch(/Mật khẩu hiện tại$/)
      expect(missing.json.errors[0].data.errors).toEqual([
        expect.objectContaining({
          path: 'currentPassword',
          message: 'Nhập mật khẩu hiện tại để đổi thư điện tử hoặc mật khẩu của bạn.',
        }),
      ])
      const wrong = await http.rest('PATCH', `users/${me.id}`, {
        token: me.token,
        body: { ...change, currentPassword: 'doan-bua' },
      })
      expect(wrong.status).toBe(400)
      expect(wrong.json.errors[0].data.errors[0]).toMatchObject({
        path: 'currentPassword',
        message: expect.stringMatching(/^Mật khẩu hiện tại không đúng/),
      })
    }
    const after = await stored(me.id)
    expect({ email: after?.email, hash: after?.hash }).toEqual({ email: before?.email, hash: before?.hash })
    expect(await signsIn('toi@taikhoan.vn', PASSWORD)).toBe(true)
    const failed = await payload.find({
      collection: 'audit-log',
      where: { and: [{ targetTitle: { equals: 'toi@taikhoan.vn' } }, { action: { equals: 'login-failed' } }] },
      overrideAccess: true,
    })
    expect(failed.totalDocs).toBe(2)
  })

  it('nor through GraphQL', async () => {
    const me = await account('toigql@taikhoan.vn')
    const res = await http.gql(
      `mutation { updateUser(id: ${me.id}, data: { password: "${NEW_PASSWORD}" }) { id } }`,
      me.token,
    )
    expect(res.json.errors?.[0]?.message).toBeTruthy()
    expect(await signsIn('toigql@taikhoan.vn', NEW_PASSWORD)).toBe(false)
    expect(await signsIn('toigql@taikhoan.vn', PASSWORD)).toBe(true)
  })

  it('wrong current passwords count towards the lockout, so they cannot be guessed this way', async () => {
    const me = await account('doan@taikhoan.vn')
    for (let i = 0; i < 5; i++) {
      await http.rest('PATCH', `users/${me.id}`, {
        token: me.token,
        body: { password: NEW_PASSWORD, currentPassword: `doan-${i}` },
      })
    }
    const right = await http.rest('PATCH', `users/${me.id}`, {
      token: me.token,
      body: { password: NEW_PASSWORD, currentPassword: PASSWORD },
    })
    expect(right.status).toBe(400)
    expect(await signsIn('doan@taikhoan.vn', PASSWORD)).toBe(false)
  })

  it('change with the current password; the field is never stored or shown', async () => {
    const me = await account('doi@taikhoan.vn')
    const res = await http.rest('PATCH', `users/${me.id}`, {
      token: me.token,
      body: { email: 'doi-moi@taikhoan.vn', password: NEW_PASSWORD, currentPassword: PASSWORD },
    })
    expect(res.status, res.text).toBe(200)
    expect(res.text).not.toContain(PASSWORD)
    expect(await signsIn('doi-moi@taikhoan.vn', NEW_PASSWORD)).toBe(true)
    const read = await http.rest('GET', `users/${me.id}`, { token: adminToken })
    expect(read.json.currentPassword).toBeUndefined()
  })

  it('other changes to one’s account need no password', async () => {
    const me = await account('ten@taikhoan.vn')
    const res = await http.rest('PATCH', `users/${me.id}`, {
      token: me.token,
      body: { name: 'Tên mới', email: 'TEN@taikhoan.vn' },
    })
    expect(res.status, res.text).toBe(200)
    expect(res.json.doc.name).toBe('Tên mới')
  })

  it('an administrator changing their own needs theirs too', async () => {
    const res = await http.rest('PATCH', `users/${adminId}`, {
      token: adminToken,
      body: { password: NEW_PASSWORD },
    })
    expect(res.status).toBe(400)
    expect(await signsIn('quantri@taikhoan.vn', PASSWORD)).toBe(true)
  })
})

describe('someone else’s, and the forgotten password', () => {
  it('an administrator sets another account’s e-mail and password without knowing it', async () => {
    const other = await account('quen@taikhoan.vn')
    const res = await http.rest('PATCH', `users/${other.id}`, {
      token: adminToken,
      body: { email: 'quen-moi@taikhoan.vn', password: NEW_PASSWORD },
    })
    expect(res.status, res.text).toBe(200)
    expect(await signsIn('quen-moi@taikhoan.vn', NEW_PASSWORD)).toBe(true)
  })

  it('the reset link sent by e-mail still sets a new password', async () => {
    await account('datlai@taikhoan.vn')
    const token = await payload.forgotPassword({
      collection: 'users',
      data: { email: 'datlai@taikhoan.vn' },
      disableEmail: true,
    })
    const res = await http.rest('POST', 'users/reset-password', { body: { token, password: NEW_PASSWORD } })
    expect(res.status, res.text).toBe(200)
    expect(await signsIn('datlai@taikhoan.vn', NEW_PASSWORD)).toBe(true)
  })
})
