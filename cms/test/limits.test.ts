/**
 * Every text has a length limit on every route (issue 15, item 11): a 5 MB title was accepted.
 * Each refusal names the field, says the limit in the user's language, and writes nothing.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { RICH_TEXT_LIMIT, TEXT_LIMIT, TEXTAREA_LIMIT } from '../src/fields/limits'
import { adminToken } from './accounts'
import { httpClient } from './http'
import { bootPayload, countEverything, expectCreateRefused } from './payload'

let payload: Payload
let http: Awaited<ReturnType<typeof httpClient>>
let token: string
const FIVE_MB = 'Đ'.repeat(5 * 1024 * 1024)
const relic = (extra: Record<string, unknown>) => ({
  rank: 'provincial',
  types: ['historical'],
  title: 'Đình Dài',
  ...extra,
})
const paragraph = (text: string) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text, format: 0, version: 1 }] }],
  },
})

beforeAll(async () => {
  payload = await bootPayload()
  http = await httpClient()
  token = await adminToken(payload, http, 'gioihan.vn')
})

describe('length limits', () => {
  it('refuses a 5 MB title through the Local API, naming the field, and writes nothing', async () => {
    const message = await expectCreateRefused(
      payload,
      'relics',
      relic({ title: FIVE_MB }),
      'title',
      /^Dài quá 1\.000 ký tự \(đang có 5\.242\.880\)\. Hãy rút gọn\.$/,
    )
    expect(message.length).toBeLessThan(200)
  })

  it('refuses it through REST and GraphQL too', async () => {
    const before = await countEverything(payload, 'relics')
    const rest = await http.rest('POST', 'relics', { token, body: relic({ title: FIVE_MB }) })
    expect(rest.status).toBe(400)
    expect(rest.text).toContain('Dài quá 1.000 ký tự')
    const graphql = await http.gql(
      `mutation { createRelic(data: { title: "${'x'.repeat(TEXT_LIMIT + 1)}", rank: provincial, types: [historical] }) { id } }`,
      token,
    )
    expect(JSON.stringify(graphql.json.errors)).toContain('Dài quá 1.000 ký tự')
    expect(await countEverything(payload, 'relics')).toBe(before)
  })

  it('limits text areas, rich text, and fields with their own rules (a web address)', async () => {
    await expectCreateRefused(
      payload,
      'relics',
      relic({ internalNotes: 'x'.repeat(TEXTAREA_LIMIT + 1) }),
      'internalNotes',
      /10000/,
    )
    await expectCreateRefused(
      payload,
      'relics',
      relic({ body: paragraph('y'.repeat(RICH_TEXT_LIMIT + 1)) }),
      'body',
      /^Dài quá 500\.000 ký tự/,
    )
    await expectCreateRefused(
      payload,
      'relics',
      relic({
        sources: [{ citation: 'Hồ sơ', url: `https://vi.example/${'a'.repeat(TEXT_LIMIT)}` }],
      }),
      'sources.0.url',
      /^Dài quá 1\.000 ký tự/,
    )
  })

  it('accepts what real records hold: a long official name, a full body', async () => {
    const name = `Di tích lịch sử và kiến trúc nghệ thuật ${'đình, chùa, miếu '.repeat(15)}`.slice(0, 300)
    const doc = await payload.create({
      collection: 'relics',
      data: relic({ title: name, body: paragraph('Lịch sử. '.repeat(20_000)) }) as never,
    })
    expect(doc.title).toBe(name)
  })
})
