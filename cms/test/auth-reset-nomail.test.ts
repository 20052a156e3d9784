/**
 * A forgotten password with no SMTP server set (the demo): the request is answered as always, no
 * mail is sent, the log says who asked and that no mail went out, never a reset link, and the
 * audit log says why.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { PASSWORD_RESET } from '../src/audit/details'
import { whenResetRequestsDone } from '../src/auth/passwordReset'
import type { User } from '../src/payload-types'
import { httpClient } from './http'
import { bootPayload } from './payload'

let payload: Payload
let http: Awaited<ReturnType<typeof httpClient>>
const logged: string[] = []

beforeAll(async () => {
  delete process.env.SMTP_HOST
  payload = await bootPayload()
  http = await httpClient()
  for (const level of ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const) {
    const original = payload.logger[level].bind(payload.logger)
    payload.logger[level] = ((...args: unknown[]) => {
      logged.push(JSON.stringify(args))
      return (original as (...a: unknown[]) => void)(...args)
    }) as typeof payload.logger.info
  }
})

describe('no SMTP_HOST', () => {
  it('answers as always; no link in the log, who asked and why no mail is', async () => {
    await payload.create({
      collection: 'users',
      data: { email: 'demo@disan.vn', name: 'demo', password: 'mat-khau-demo', roles: ['contributor'] } as never,
      overrideAccess: true,
    })
    const known = await http.rest('POST', 'users/forgot-password', { body: { email: 'demo@disan.vn' } })
    const unknown = await http.rest('POST', 'users/forgot-password', { body: { email: 'khong-co@disan.vn' } })
    expect(known.status).toBe(200)
    expect(unknown.text).toBe(known.text)
    await whenResetRequestsDone()
    const account = await payload.db.findOne<User>({
      collection: 'users',
      where: { email: { equals: 'demo@disan.vn' } },
    })
    const lines = logged.filter((line) => line.includes('demo@disan.vn'))
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/no mail sent: no SMTP_HOST is set/)
    if (account?.resetPasswordToken) expect(logged.join('\n')).not.toContain(account.resetPasswordToken)
    expect(logged.join('\n')).not.toMatch(/\/admin\/reset\//)
    const audit = await payload.find({
      collection: 'audit-log',
      where: { action: { equals: 'password-reset' } },
      sort: 'id',
      overrideAccess: true,
      pagination: false,
    })
    expect(audit.docs.map((line) => [line.targetTitle, line.detail])).toEqual([
      ['demo@disan.vn', PASSWORD_RESET.notConfigured],
      ['khong-co@disan.vn', PASSWORD_RESET.unknown],
    ])
  })
})
