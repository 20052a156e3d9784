/**
 * A decimal in a whole-number field (households, workers, years, lunar dates) was stored and then
 * stopped the site's export, whose schema requires whole numbers. It is refused at save, with a
 * message naming the value, on the Local API, REST and GraphQL; nothing is written.
 */
import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { adminToken } from './accounts'
import { httpClient } from './http'
import { bootPayload, expectCreateRefused, expectRefused } from './payload'
import { makeProvince } from './people'

let payload: Payload
let http: Awaited<ReturnType<typeof httpClient>>
let token = ''
let commune: number

beforeAll(async () => {
  payload = await bootPayload()
  http = await httpClient()
  token = await adminToken(payload, http, 'songuyen.vn')
  ;[commune = 0] = (await makeProvince(payload, 'Tỉnh Số', ['Xã Số'])).communes
})

let serial = 0
const CASES: [CollectionSlug, string, () => Record<string, unknown>, string][] = [
  ['craft-villages', 'households', () => ({ crafts: [{ name: 'Gốm' }], households: 12.5 }), 'households'],
  ['craft-villages', 'workers', () => ({ crafts: [{ name: 'Gốm' }], workers: 300.2 }), 'workers'],
  ['artisans', 'birthYear', () => ({ birthYear: 1960.5 }), 'birthYear'],
  ['artisans', 'honourYear', () => ({ honourYear: 2015.25 }), 'honourYear'],
  [
    'intangible-heritage',
    'lunarDay',
    () => ({ type: 'traditional-festivals', festivalDates: [{ lunarDay: 6.5, lunarMonth: 4 }] }),
    'festivalDates.0.lunarDay',
  ],
  [
    'intangible-heritage',
    'durationDays',
    () => ({ type: 'traditional-festivals', festivalDates: [{ lunarDay: 6, lunarMonth: 4, durationDays: 2.5 }] }),
    'festivalDates.0.durationDays',
  ],
]

describe('whole-number fields refuse decimals at save', () => {
  for (const [collection, field, data, path] of CASES) {
    it(`${collection}.${field}: Local API and REST`, async () => {
      const body = () => ({ title: `Mục số ${++serial}`, commune, ...data() })
      const message = await expectRefused(
        payload,
        collection,
        () => payload.create({ collection, data: body() as never, draft: true }),
        path,
        /không phải số nguyên: ô này chỉ nhận số nguyên/,
      )
      expect(message).toMatch(/\d+,\d+ không phải số nguyên/)
      const res = await http.rest('POST', `${collection}?draft=true`, { body: body(), token })
      expect(res.status).toBe(400)
      expect(res.text).toMatch(/không phải số nguyên/)
      const en = await http.rest('POST', `${collection}?draft=true`, { body: body(), token, language: 'en' })
      expect(en.text).toMatch(/is not a whole number/)
    })
  }

  it('GraphQL too, and whole numbers (and min/max) still behave as before', async () => {
    const gql = await http.gql(
      `mutation { createCraftVillage(draft: true, data: { title: "Làng số GraphQL", commune: ${commune}, crafts: [{ name: "Gốm" }], households: 7.5 }) { id } }`,
      token,
    )
    expect(gql.text).toMatch(/không phải số nguyên/)
    expect((await payload.count({ collection: 'craft-villages' })).totalDocs).toBe(0)
    const ok = await payload.create({
      collection: 'craft-villages',
      data: { title: 'Làng số nguyên', commune, crafts: [{ name: 'Gốm' }], households: 12, workers: 300 },
      draft: true,
    })
    expect(ok.households).toBe(12)
    await expectCreateRefused(
      payload,
      'craft-villages',
      { title: 'Làng âm', commune, crafts: [{ name: 'Gốm' }], households: -3 },
      'households',
      /./,
      { draft: true },
    )
  })
})
