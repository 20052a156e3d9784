/**
 * One shape for every refusal (issue 18): each custom endpoint, called without the right to, and a
 * refusal a hook throws answer `{ errors: [{ name: 'Refusal', message, data: { vi, en } }] }` with
 * the message in the caller's language (Vietnamese by default) and the status the case calls for.
 * The admin screens (import, export, QR printing) read `errors[0].message`.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Relic } from '../src/payload-types'
import { makeOffice, officeAccounts, signInAccounts } from './accounts'
import { httpClient } from './http'
import { bootPayload } from './payload'

let payload: Payload
let http: Awaited<ReturnType<typeof httpClient>>
let tokens: Record<'editor' | 'producer', string>
const ids = {} as Record<'relic' | 'published' | 'batch', number>

beforeAll(async () => {
  payload = await bootPayload()
  http = await httpClient()
  const office = await makeOffice(payload, 'Từ Chối')
  const { commune, producer } = office
  const product = await payload.create({
    collection: 'ocop-products',
    data: { title: 'Chè Từ Chối', group: 'food', producer, commune, _status: 'published' },
  })
  const relic: Pick<Relic, 'rank' | 'types' | 'commune'> = {
    rank: 'provincial',
    types: ['historical'],
    commune,
  }
  ids.relic = (await payload.create({ collection: 'relics', data: { ...relic, title: 'Đình Từ Chối' } })).id
  ids.published = (
    await payload.create({ collection: 'relics', data: { ...relic, title: 'Đình Công Khai', _status: 'published' } })
  ).id
  ids.batch = (
    await payload.create({
      collection: 'batches',
      data: { lotCode: 'TC-001', product: product.id, productionDate: '2026-03-01T00:00:00.000Z' },
    })
  ).id
  const { editor, producer: owner } = officeAccounts(office)
  ;({ tokens } = await signInAccounts(payload, http, 'tuchoi.vn', { editor, producer: owner }))
})

type Method = 'GET' | 'POST' | 'DELETE'

// What is asked, how, where, as whom (null: signed out), and the status of the refusal.
const CASES: [what: string, method: Method, path: () => string, as: keyof typeof tokens | null, status: number][] = [
  ['export, signed out', 'GET', () => 'export/relics?format=csv', null, 401],
  ['export, unknown list', 'GET', () => 'export/khong-co', 'editor', 404],
  ['import template, signed out', 'GET', () => 'import/relics/template.xlsx', null, 401],
  ['import template, unknown kind', 'GET', () => 'import/x/template.xlsx', 'editor', 404],
  ['import preview, signed out', 'POST', () => 'import/relics/preview', null, 401],
  ['import preview, not allowed', 'POST', () => 'import/relics/preview', 'producer', 403],
  ['import commit, signed out', 'POST', () => 'import/relics/commit', null, 401],
  ['QR plaque, signed out', 'GET', () => `relics/${ids.relic}/plaque.pdf`, null, 403],
  ['QR plaque, producer', 'GET', () => `relics/${ids.relic}/plaque.pdf`, 'producer', 403],
  ['QR labels, signed out', 'GET', () => `batches/${ids.batch}/labels.pdf`, null, 403],
  ['web version, no such file', 'GET', () => `media/derivatives/${'a'.repeat(64)}/x.jpg`, null, 404],
  ['upload, no such file', 'GET', () => 'media/file/khong-co.jpg', 'editor', 404],
  // A hook's refusal (a published entry is moved to the trash before it is deleted), as Payload answers it.
  ['delete a published entry', 'DELETE', () => `relics/${ids.published}`, 'editor', 409],
]

describe('every refusal has one shape', () => {
  for (const [what, method, path, as, status] of CASES) {
    it(`${what}: ${status}, in the caller's language`, async () => {
      const token = as ? tokens[as] : undefined
      for (const language of ['vi', 'en'] as const) {
        const res = await http.rest(method, path(), { token, language })
        expect(res.status, res.text).toBe(status)
        expect(res.json, res.text).toEqual({
          errors: [
            {
              name: 'Refusal',
              message: expect.any(String),
              data: expect.objectContaining({ vi: expect.any(String), en: expect.any(String) }),
            },
          ],
        })
        const [error] = res.json.errors
        expect(error.message).toBe(error.data[language])
        expect(error.data.vi).not.toBe(error.data.en)
      }
    })
  }
})
