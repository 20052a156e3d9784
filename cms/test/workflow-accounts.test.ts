/**
 * Sign-in (logged, locked after repeated failures), account changes in the audit log, and CSRF:
 * through the real REST handlers as the admin uses them.
 */
import { AuthenticationError, createLocalReq, LockedAuth } from 'payload'
import { describe, expect, it } from 'vitest'
import { SIGN_IN_FAILURES } from '../src/audit/details'
import { auditFailedLogin } from '../src/audit/userHooks'
import { MAX_LOGIN_ATTEMPTS } from '../src/collections/Users'
import { commune, http, lines, PASSWORD, payload, token } from './workflowWorld'

describe('sign-in', () => {
  it('logs successful and failed sign-ins, and locks the account after repeated failures', async () => {
    await payload.create({
      collection: 'users',
      data: { email: 'khoa@quytrinh.vn', name: 'Khóa', password: PASSWORD, roles: ['contributor'] } as never,
    })
    const ok = await http.rest('POST', 'users/login', { body: { email: 'khoa@quytrinh.vn', password: PASSWORD } })
    expect(ok.status).toBe(200)
    for (let i = 0; i < MAX_LOGIN_ATTEMPTS; i++) {
      const wrong = await http.rest('POST', 'users/login', { body: { email: 'khoa@quytrinh.vn', password: 'sai' } })
      expect(wrong.status).toBe(401)
    }
    const locked = await http.rest('POST', 'users/login', { body: { email: 'khoa@quytrinh.vn', password: PASSWORD } })
    expect(locked.status).toBe(401)
    expect(locked.json.token).toBeUndefined()
    const user = await payload.db.findOne<{ id: number; lockUntil?: string }>({
      collection: 'users',
      where: { email: { equals: 'khoa@quytrinh.vn' } },
    })
    expect(new Date(user?.lockUntil ?? 0).getTime()).toBeGreaterThan(Date.now())

    const logged = await lines({ targetTitle: { equals: 'khoa@quytrinh.vn' } })
    expect(logged.map((l) => l.action)).toEqual([
      'role-change', // the account was created
      'login',
      ...Array(MAX_LOGIN_ATTEMPTS + 1).fill('login-failed'),
    ])
    expect(logged.at(-1)?.detail).toBe(SIGN_IN_FAILURES.locked)
    expect(logged[2]?.detail).toBe(SIGN_IN_FAILURES.wrong)
  })

  it('says why a sign-in failed in words even when the production build has minified the error names', async () => {
    const req = Object.assign(await createLocalReq({}, payload), {
      url: 'http://localhost/api/users/login',
      data: { email: 'rut-gon@quytrinh.vn' },
    })
    for (const error of [new AuthenticationError(), new LockedAuth()]) {
      Object.defineProperty(error, 'name', { value: 'l' })
      await auditFailedLogin({ error, req, collection: payload.collections.users.config } as never)
    }
    const logged = await lines({ targetTitle: { equals: 'rut-gon@quytrinh.vn' } })
    expect(logged.map((l) => l.detail)).toEqual([SIGN_IN_FAILURES.wrong, SIGN_IN_FAILURES.locked])
  })
})

describe('accounts', () => {
  it('role and scope changes are logged with before and after', async () => {
    const user = await payload.create({
      collection: 'users',
      data: { email: 'doivaitro@quytrinh.vn', name: 'Đổi', password: PASSWORD, roles: ['contributor'] } as never,
    })
    const res = await http.rest('PATCH', `users/${user.id}`, {
      token: token.admin,
      body: { roles: ['editor'], communes: [commune] },
    })
    expect(res.status).toBe(200)
    const change = (await lines({ action: { equals: 'role-change' }, targetId: { equals: String(user.id) } })).at(-1)
    // Named as on the account form, in Vietnamese (../src/audit/details.ts).
    expect(change?.detail).toBe('Vai trò: Cộng tác viên (xã) → Biên tập viên (Sở); Xã / phường phụ trách: — → Xã Soạn')
    expect(change?.actorLabel).toContain('admin@quytrinh.vn')
  })
})

describe('cross-site requests', () => {
  it('accept the sign-in cookie only from the admin’s own origin', async () => {
    const login = await http.rest('POST', 'users/login', {
      body: { email: 'editor@quytrinh.vn', password: PASSWORD },
    })
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string
    expect(cookie).toMatch(/^payload-token=/)
    const own = await http.rest('GET', 'users/me', { headers: { cookie, origin: 'http://localhost:3000' } })
    expect(own.json.user?.email).toBe('editor@quytrinh.vn')
    const foreign = await http.rest('GET', 'users/me', { headers: { cookie, origin: 'https://evil.example' } })
    expect(foreign.json.user).toBeNull()
    const write = await http.rest('POST', 'relics', {
      headers: { cookie, origin: 'https://evil.example' },
      body: { title: 'Giả mạo', rank: 'provincial', types: ['historical'] },
    })
    expect(write.status).toBe(403)
    expect(own.headers.get('access-control-allow-origin')).toBe('http://localhost:3000')
    expect(foreign.headers.get('access-control-allow-origin')).not.toBe('https://evil.example')
  })
})
