/**
 * An installation served over https (CMS_PUBLIC_URL=https://…): the sign-in cookie is Secure and,
 * in production, every admin page sends HSTS (issue 15, item 12). Over http (the demo, see
 * auth-signin.test.ts) neither, or nobody could sign in.
 */
import { NextRequest } from 'next/server'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { httpClient } from './http'
import { bootPayload } from './payload'

const PASSWORD = 'mat-khau-https-du-dai'
process.env.CMS_PUBLIC_URL = 'https://quantri.disan.example.vn'

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('served over https', () => {
  let http: Awaited<ReturnType<typeof httpClient>>
  beforeAll(async () => {
    const payload = await bootPayload()
    http = await httpClient()
    await payload.create({
      collection: 'users',
      data: { email: 'https@disan.vn', name: 'https', password: PASSWORD, roles: ['editor'] } as never,
      overrideAccess: true,
    })
  })

  it('the sign-in cookie is Secure (GraphQL sign-in still works)', async () => {
    const rest = await http.rest('POST', 'users/login', { body: { email: 'https@disan.vn', password: PASSWORD } })
    expect(rest.status).toBe(200)
    expect(rest.headers.get('set-cookie')).toMatch(/payload-token=[^;]+;.*Secure/i)
    const gql = await http.gql(`mutation { loginUser(email: "https@disan.vn", password: "${PASSWORD}") { token } }`)
    expect(gql.json.data.loginUser.token).toBeTruthy()
  })

  it('admin pages send HSTS in production, and not in development', async () => {
    const { proxy } = await import('../src/proxy')
    const page = () => new NextRequest('https://quantri.disan.example.vn/admin/collections/relics')
    vi.stubEnv('NODE_ENV', 'production')
    expect(proxy(page()).headers.get('strict-transport-security')).toBe('max-age=31536000')
    const returning = page()
    returning.cookies.set('payload-lng', 'en')
    expect(proxy(returning).headers.get('strict-transport-security')).toBe('max-age=31536000')
    vi.stubEnv('NODE_ENV', 'development')
    expect(proxy(page()).headers.get('strict-transport-security')).toBeNull()
  })

  it('over http, in production, no HSTS', async () => {
    const { proxy } = await import('../src/proxy')
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('CMS_PUBLIC_URL', 'http://192.168.1.10:3000')
    expect(proxy(new NextRequest('http://192.168.1.10:3000/admin')).headers.get('strict-transport-security')).toBeNull()
  })
})
