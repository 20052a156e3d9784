/**
 * Sign-in as an attacker probes it (issue 15, items 7, 8, 9 and 12):
 * - enumeration: the answer (status and body, REST and GraphQL) to an unknown e-mail is the same
 *   as to a wrong password and, after five tries, to a locked account; the password check's work
 *   is done for all three (counted here; the timings are measured by bench/login-timing.ts);
 * - failed GraphQL sign-ins are in the audit log with a readable reason, like REST ones;
 * - the audit log takes the address from X-Forwarded-For only as far as TRUST_PROXY says;
 * - over http (the demo), the sign-in cookie is not Secure, or nobody could sign in.
 */
import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { clientAddress, parseTrustProxy } from '../src/audit/clientAddress'
import { SIGN_IN_FAILURES } from '../src/audit/details'
import { dummyCheckCount, passwordMatches } from '../src/auth/passwords'
import { MAX_LOGIN_ATTEMPTS, SIGN_IN_REFUSED } from '../src/auth/signIn'
import { httpClient } from './http'
import { bootPayload } from './payload'

const PASSWORD = 'mat-khau-dang-nhap-dung'
let payload: Payload
let http: Awaited<ReturnType<typeof httpClient>>

const account = async (email: string) => {
  await payload.create({
    collection: 'users',
    data: { email, name: email, password: PASSWORD, roles: ['contributor'] } as never,
    overrideAccess: true,
  })
}
const restLogin = (email: string, password: string, headers?: Record<string, string>) =>
  http.rest('POST', 'users/login', { body: { email, password }, headers })
const gqlLogin = (email: string, password: string) =>
  http.gql(`mutation { loginUser(email: ${JSON.stringify(email)}, password: ${JSON.stringify(password)}) { token } }`)
const auditLines = async (email: string) =>
  (
    await payload.find({
      collection: 'audit-log',
      where: { targetTitle: { equals: email } },
      sort: 'id',
      overrideAccess: true,
      depth: 0,
      pagination: false,
    })
  ).docs
/** What a GraphQL client sees of a refused sign-in: everything but where in the query it was. */
const gqlAnswer = (res: Awaited<ReturnType<typeof gqlLogin>>) => {
  const { locations: _l, path: _p, ...error } = res.json.errors?.[0] ?? {}
  return { status: res.status, data: res.json.data, error }
}

beforeAll(async () => {
  payload = await bootPayload()
  http = await httpClient()
})

describe('account enumeration (item 9)', () => {
  it('Payload’s password hashing is what our checks assume', async () => {
    await account('bam@dangnhap.vn')
    const stored = await payload.db.findOne<{ id: number; hash: string; salt: string }>({
      collection: 'users',
      where: { email: { equals: 'bam@dangnhap.vn' } },
    })
    expect(await passwordMatches(stored ?? {}, PASSWORD)).toBe(true)
    expect(await passwordMatches(stored ?? {}, `${PASSWORD}x`)).toBe(false)
  })

  it('an unknown e-mail gets the same answer as a real account, before and after the lockout, on REST', async () => {
    await account('that@dangnhap.vn')
    for (let attempt = 1; attempt <= MAX_LOGIN_ATTEMPTS + 2; attempt++) {
      const real = await restLogin('that@dangnhap.vn', 'sai-mat-khau')
      const unknown = await restLogin('khongco@dangnhap.vn', 'sai-mat-khau')
      expect(real.status, `attempt ${attempt}`).toBe(401)
      expect(unknown.status, `attempt ${attempt}`).toBe(401)
      expect(unknown.json, `attempt ${attempt}`).toEqual(real.json)
    }
    // Locked now: even the right password gets the same answer as an unknown e-mail.
    const locked = await restLogin('that@dangnhap.vn', PASSWORD)
    expect(locked.json).toEqual((await restLogin('khongco@dangnhap.vn', PASSWORD)).json)
    expect(locked.json.errors[0].message).toBe(SIGN_IN_REFUSED.vi)
    const english = await http.rest('POST', 'users/login', {
      body: { email: 'that@dangnhap.vn', password: PASSWORD },
      language: 'en',
    })
    expect(english.json.errors[0].message).toBe(SIGN_IN_REFUSED.en)
    // The audit log still tells the administrator which it was.
    const reasons = (await auditLines('that@dangnhap.vn'))
      .filter((line) => line.action === 'login-failed')
      .map((line) => line.detail)
    expect(reasons.at(0)).toBe(SIGN_IN_FAILURES.wrong)
    expect(reasons.at(-1)).toBe(SIGN_IN_FAILURES.locked)
  })

  it('and on GraphQL', async () => {
    await account('thatgql@dangnhap.vn')
    for (let attempt = 1; attempt <= MAX_LOGIN_ATTEMPTS + 2; attempt++) {
      const real = gqlAnswer(await gqlLogin('thatgql@dangnhap.vn', 'sai-mat-khau'))
      const unknown = gqlAnswer(await gqlLogin('khongcogql@dangnhap.vn', 'sai-mat-khau'))
      expect(unknown, `attempt ${attempt}`).toEqual(real)
    }
  })

  it('the password check is done for an unknown e-mail and a locked account too, once each', async () => {
    await account('congviec@dangnhap.vn')
    const work = async (email: string, password: string) => {
      const before = dummyCheckCount()
      await restLogin(email, password)
      return dummyCheckCount() - before
    }
    expect(await work('khongco2@dangnhap.vn', 'sai-mat-khau')).toBe(1)
    // A real account: Payload checks the real hash; nothing added.
    expect(await work('congviec@dangnhap.vn', 'sai-mat-khau')).toBe(0)
    for (let i = 1; i < MAX_LOGIN_ATTEMPTS; i++) await restLogin('congviec@dangnhap.vn', 'sai-mat-khau')
    expect(await work('congviec@dangnhap.vn', PASSWORD)).toBe(1)
  })
})

describe('failed GraphQL sign-ins are audited (item 8)', () => {
  it('with the e-mail tried and a readable reason, and no line for a good one', async () => {
    await account('gql@dangnhap.vn')
    const bad = await gqlLogin('gql@dangnhap.vn', 'sai-mat-khau')
    expect(bad.json.errors?.[0]?.message).toBe(SIGN_IN_REFUSED.vi)
    await gqlLogin('khongco3@dangnhap.vn', 'sai')
    const good = await gqlLogin('gql@dangnhap.vn', PASSWORD)
    expect(good.json.data.loginUser.token).toBeTruthy()
    const signIns = (await auditLines('gql@dangnhap.vn')).filter((line) => line.action !== 'role-change')
    expect(signIns.map((line) => [line.action, line.detail ?? null])).toEqual([
      ['login-failed', SIGN_IN_FAILURES.wrong],
      ['login', null],
    ])
    expect((await auditLines('khongco3@dangnhap.vn')).map((line) => line.action)).toEqual(['login-failed'])
  })
})

describe('the address in the audit log (item 7)', () => {
  const saved = process.env.TRUST_PROXY
  afterEach(() => {
    if (saved === undefined) delete process.env.TRUST_PROXY
    else process.env.TRUST_PROXY = saved
  })
  const ipOfFailedLogin = async (email: string, forwardedFor: string) => {
    await restLogin(email, 'sai', { 'x-forwarded-for': forwardedFor, 'x-real-ip': '6.6.6.6' })
    return (await auditLines(email)).at(-1)?.ip ?? null
  }

  it('without TRUST_PROXY, a forged X-Forwarded-For (or X-Real-IP) is not recorded', async () => {
    delete process.env.TRUST_PROXY
    expect(await ipOfFailedLogin('ip1@dangnhap.vn', '6.6.6.6')).toBeNull()
  })

  it('behind one proxy (TRUST_PROXY=1), the address that proxy appended, not what the client wrote', async () => {
    process.env.TRUST_PROXY = '1'
    expect(await ipOfFailedLogin('ip2@dangnhap.vn', '6.6.6.6, 203.0.113.7')).toBe('203.0.113.7')
  })

  it('with a list of proxies, the right-most address that is not one of them', async () => {
    process.env.TRUST_PROXY = '10.0.0.0/8, 127.0.0.1'
    expect(await ipOfFailedLogin('ip3@dangnhap.vn', '6.6.6.6, 203.0.113.9, 10.1.2.3')).toBe('203.0.113.9')
  })

  it('reads every form of the setting, and refuses one it cannot read', () => {
    expect(clientAddress('1.1.1.1', parseTrustProxy(undefined))).toBeUndefined()
    expect(clientAddress('1.1.1.1', parseTrustProxy('false'))).toBeUndefined()
    expect(clientAddress('1.1.1.1, 2.2.2.2, 3.3.3.3', parseTrustProxy('2'))).toBe('2.2.2.2')
    expect(clientAddress('2.2.2.2', parseTrustProxy('3'))).toBe('2.2.2.2')
    expect(clientAddress('::ffff:9.9.9.9', parseTrustProxy('1'))).toBe('9.9.9.9')
    expect(clientAddress('2001:db8::1, fd00::5', parseTrustProxy('fd00::/8'))).toBe('2001:db8::1')
    expect(clientAddress('<script>', parseTrustProxy('1'))).toBeUndefined()
    expect(() => parseTrustProxy('yes please')).toThrow(/TRUST_PROXY/)
  })
})

describe('the sign-in cookie over http (item 12)', () => {
  it('is not Secure when the admin is served over plain http, as the demo is', async () => {
    await account('cookie@dangnhap.vn')
    const res = await restLogin('cookie@dangnhap.vn', PASSWORD)
    const cookie = res.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/payload-token=/)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).not.toMatch(/Secure/i)
  })
})
