/**
 * One shape for every refusal (issue 18): each custom endpoint, called without the right to, and a
 * refusal a hook throws answer `{ errors: [{ name: 'Refusal', message, data: { vi, en } }] }` with
 * the message in the caller's language (Vietnamese by default) and the status the case calls for.
 * The admin screens (import, export, QR printing) read `errors[0].message`.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Relic } from '../src/payload-types'
import { signInAccounts } from './accounts'
import { httpClient } from './http'
import { bootPayload } from './payload'

let payload: Payload
let http: Awaited<ReturnType<typeof httpClient>>
let tokens: Record<'editor' | 'producer', string>
const ids = {} as Record<'relic' | 'published' | 'batch', number>

beforeAll(async () => {
  payload = await bootPayload()
  http = await httpClient()
  const province = await payload.create({
    collection: 'admin-units',
    data: { name: 'Tỉnh Từ Chối', level: 'province' },
  })
  const commune = await payload.create({
    collection: 'admin-units',
    data: { name: 'Xã Từ Chối', level: 'commune', parent: province.id },
  })
  const producer = await payload.create({
    collection: 'producers',
    data: { title: 'HTX Từ Chối', kind: 'cooperative', commune: commune.id, _status: 'published' },
  })
  const product = await payload.create({
    collection: 'ocop-products',
    data: { title: 'Chè Từ Chối', group: 'food', producer: producer.id, commune: commune.id, _status: 'published' },
  })
  const relic: Pick<Relic, 'rank' | 'types' | 'commune'> = {
    rank: 'provincial',
    types: ['historical'],
    commune: commune.id,
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
  ;({ tokens } = await signInAccounts(payload, http, 'tuchoi.vn', {
    editor: { roles: ['editor'], province: province.id },
    producer: { roles: ['producer'], producer: producer.id },
  }))
})

interface Case {
  what: string
  method: 'GET' | 'POST' | 'DELETE'
  path: () => string
  as?: keyof typeof tokens
  status: number
}

const CASES: Case[] = [
  { what: 'export, signed out', method: 'GET', path: () => 'export/relics?format=csv', status: 401 },
  { what: 'export, unknown list', method: 'GET', path: () => 'export/khong-co', as: 'editor', status: 404 },
  { what: 'import template, signed out', method: 'GET', path: () => 'import/relics/template.xlsx', status: 401 },
  {
    what: 'import template, unknown kind',
    method: 'GET',
    path: () => 'import/x/template.xlsx',
    as: 'editor',
    status: 404,
  },
  { what: 'import preview, signed out', method: 'POST', path: () => 'import/relics/preview', status: 401 },
  {
    what: 'import preview, not allowed',
    method: 'POST',
    path: () => 'import/relics/preview',
    as: 'producer',
    status: 403,
  },
  { what: 'import commit, signed out', method: 'POST', path: () => 'import/relics/commit', status: 401 },
  { what: 'QR plaque, signed out', method: 'GET', path: () => `relics/${ids.relic}/plaque.pdf`, status: 403 },
  {
    what: 'QR plaque, producer',
    method: 'GET',
    path: () => `relics/${ids.relic}/plaque.pdf`,
    as: 'producer',
    status: 403,
  },
  { what: 'QR labels, signed out', method: 'GET', path: () => `batches/${ids.batch}/labels.pdf`, status: 403 },
  {
    what: 'web version, no such file',
    method: 'GET',
    path: () => `media/derivatives/${'a'.repeat(64)}/x.jpg`,
    status: 404,
  },
  { what: 'upload, no such file', method: 'GET', path: () => 'media/file/khong-co.jpg', as: 'editor', status: 404 },
  // A hook's refusal (a published entry is moved to the trash before it is deleted), as Payload answers it.
  {
    what: 'delete a published entry',
    method: 'DELETE',
    path: () => `relics/${ids.published}`,
    as: 'editor',
    status: 409,
  },
]

describe('every refusal has one shape', () => {
  for (const { what, method, path, as, status } of CASES) {
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
