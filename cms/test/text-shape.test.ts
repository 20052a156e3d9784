/**
 * A text field sent something that is not text (an object, a list) is refused with a 400 naming
 * the field, in Vietnamese and English, on every route, for every collection with a translation
 * (their fields come from the shared builders): a title, a summary (text area) and a list row's
 * text, in Korean, in Vietnamese, in bulk, on creation and through GraphQL. Before, SQLite was
 * handed the object: a 500 "Something went wrong", or the object's JSON kept as the title. So are
 * a choice (a 500 before), a list of choices (emptied) and a rich-text body (`"x"` was stored).
 * Nothing is ever written. The world is ./accessMatrix.ts.
 */
import type { CollectionSlug, FlattenedField } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { arrangeMatrix, body, create, http, payload, tokens } from './accessMatrix'

beforeAll(arrangeMatrix)

const KINDS: CollectionSlug[] = [
  'relics',
  'intangible-heritage',
  'craft-villages',
  'artisans',
  'routes',
  'producers',
  'ocop-products',
  'batches',
]

const BAD: [string, unknown][] = [
  ['an object', { x: 1 }],
  ['a list', ['một', 'hai']],
]

/** A list of the collection with a localized text in its rows: its name and the text's. */
function rowText(collection: CollectionSlug): [string, string] {
  const lists = payload.collections[collection].config.flattenedFields.filter(
    (f): f is Extract<FlattenedField, { type: 'array' }> => f.type === 'array',
  )
  for (const list of lists) {
    const leaf = list.flattenedFields.find((f) => (f.type === 'text' || f.type === 'textarea') && f.localized)
    if (leaf) return [list.name, leaf.name]
  }
  throw new Error(`${collection} has no list with a localized text`)
}

type Target = [path: string, data: (bad: unknown) => Record<string, unknown>]

/** The fields to spoil in `collection`: a text, a text area and a list row's text (when it has them). */
function targets(collection: CollectionSlug): Target[] {
  const fields = payload.collections[collection].config.flattenedFields
  const has = (name: string, type: string) => fields.some((f) => f.name === name && f.type === type)
  const [list, leaf] = rowText(collection)
  const found: Target[] = []
  if (has('title', 'text')) found.push(['title', (bad) => ({ title: bad })])
  if (has('summary', 'textarea')) found.push(['summary', (bad) => ({ summary: bad })])
  found.push([`${list}.0.${leaf}`, (bad) => ({ [list]: [{ [leaf]: bad }] })])
  return found
}

/**
 * Whether a refusal names `path` and says what to send, in `language`. A bulk update answers with
 * Payload's summary per document, which names the field only.
 */
function explains(error: unknown, path: string, language: 'vi' | 'en', bulk: boolean): boolean {
  const { message = '', data } = (error ?? {}) as {
    message?: string
    data?: { errors?: { path: string; message: string }[] }
  }
  if (bulk) return message.includes(path)
  const hit = data?.errors?.find((e) => e.path === path)
  const named = language === 'vi' ? /là (một đoạn chữ|danh sách chữ): hãy gửi/ : /is (a text|a list of texts): send/
  return hit !== undefined && named.test(hit.message) && hit.message.includes(`(${path})`)
}

/** Everything stored about a document: every locale of its newest and published versions, its versions. */
async function everything(collection: CollectionSlug, id: number) {
  const read = (draft: boolean) => payload.findByID({ collection, id, locale: 'all', depth: 0, draft })
  const versions = await payload.countVersions({ collection, where: { parent: { equals: id } } })
  return JSON.stringify([await read(false), await read(true), versions.totalDocs])
}

describe('a text sent as an object or a list', () => {
  for (const collection of KINDS) {
    it(`${collection}: 400 naming the field, in both languages, on every route; nothing written`, async () => {
      const doc = await create(collection, { ...body(collection, 'c1'), _status: 'published' })
      const wrong: string[] = []
      for (const [path, data] of targets(collection)) {
        for (const [what, bad] of BAD) {
          const routes: [string, string, 'PATCH' | 'POST', unknown][] = [
            ['PATCH in Korean', `${collection}/${doc.id}?locale=ko`, 'PATCH', data(bad)],
            ['PATCH in Vietnamese', `${collection}/${doc.id}`, 'PATCH', data(bad)],
            ['PATCH a draft in Korean', `${collection}/${doc.id}?locale=ko&draft=true`, 'PATCH', data(bad)],
            ['bulk PATCH', `${collection}?where[id][equals]=${doc.id}&locale=ko`, 'PATCH', data(bad)],
            ['POST', `${collection}?locale=ko`, 'POST', { ...body(collection, 'c1'), ...data(bad) }],
          ]
          for (const [route, url, method, sent] of routes) {
            const before = await everything(collection, doc.id)
            const count = (await payload.count({ collection })).totalDocs
            for (const language of ['vi', 'en'] as const) {
              const res = await http.rest(method, url, { token: tokens.admin, body: sent, language })
              if (res.status !== 400 || !explains(res.json?.errors?.[0], path, language, route === 'bulk PATCH')) {
                wrong.push(`${route} ${path} ${what} (${language}): ${res.status} ${res.text.slice(0, 300)}`)
              }
            }
            if ((await everything(collection, doc.id)) !== before) wrong.push(`${route} ${path} ${what}: changed`)
            if ((await payload.count({ collection })).totalDocs !== count) wrong.push(`${route} ${path}: created`)
          }
        }
      }
      expect(wrong).toEqual([])
    })
  }

  it('a choice, a list of choices and a rich-text body: 400 naming the field; a real body passes', async () => {
    const doc = await create('relics', { ...body('relics', 'c1'), _status: 'published' })
    const cases: [path: string, sent: Record<string, unknown>, said: RegExp][] = [
      ['rank', { rank: { x: 1 } }, /là một lựa chọn: hãy gửi/],
      ['rank', { rank: ['national'] }, /là một lựa chọn: hãy gửi/],
      ['types', { types: { x: 1 } }, /là danh sách lựa chọn: hãy gửi/],
      ['body', { body: 'Đền thờ Thánh Gióng' }, /là văn bản định dạng: hãy gửi/],
      ['body', { body: [1] }, /là văn bản định dạng: hãy gửi/],
      ['body', { body: { root: 'x' } }, /là văn bản định dạng: hãy gửi/],
    ]
    const wrong: string[] = []
    for (const [path, sent, said] of cases) {
      for (const locale of ['ko', 'vi']) {
        const before = await everything('relics', doc.id)
        const res = await http.rest('PATCH', `relics/${doc.id}?locale=${locale}`, { token: tokens.admin, body: sent })
        const hit = res.json?.errors?.[0]?.data?.errors?.find((e: { path: string }) => e.path === path)
        if (res.status !== 400 || !said.test(hit?.message ?? ''))
          wrong.push(`${JSON.stringify(sent)} ${locale}: ${res.status} ${res.text.slice(0, 200)}`)
        if ((await everything('relics', doc.id)) !== before) wrong.push(`${JSON.stringify(sent)} ${locale}: changed`)
      }
    }
    expect(wrong).toEqual([])
    const paragraph = { type: 'paragraph', version: 1, children: [{ type: 'text', text: '사당', version: 1 }] }
    const fine = await http.rest('PATCH', `relics/${doc.id}?locale=ko`, {
      token: tokens.admin,
      body: {
        rank: 'national',
        types: ['historical'],
        body: { root: { type: 'root', version: 1, children: [paragraph] } },
      },
    })
    expect(fine.status, fine.text).toBe(200)
  })

  it('GraphQL: refused without a server error, nothing written', async () => {
    const doc = await create('relics', { ...body('relics', 'c1'), _status: 'published' })
    const before = await everything('relics', doc.id)
    for (const value of ['{ x: 1 }', '["một", "hai"]']) {
      for (const field of ['title', 'summary']) {
        const res = await http.gql(
          `mutation { updateRelic(id: ${doc.id}, locale: ko, data: { ${field}: ${value} }) { id } }`,
          tokens.admin,
        )
        expect(res.status, res.text).not.toBe(500)
        expect(res.text).toMatch(/String cannot represent a non string value/)
      }
    }
    expect(await everything('relics', doc.id)).toBe(before)
  })

  it('the Local API and every locale at once (locale=all) are checked too; text in each locale passes', async () => {
    const doc = await create('relics', { ...body('relics', 'c1'), _status: 'published' })
    const refused = await payload
      .update({ collection: 'relics', id: doc.id, locale: 'ko', data: { title: { x: 1 } as never } })
      .catch((e: unknown) => e)
    expect(refused).toMatchObject({ status: 400, data: { errors: [{ path: 'title' }] } })
    const all = await http.rest('PATCH', `relics/${doc.id}?locale=all`, {
      token: tokens.admin,
      body: { summary: { vi: 'Tóm tắt', ko: { x: 1 } } },
    })
    expect(all.status, all.text).toBe(400)
    const fine = await http.rest('PATCH', `relics/${doc.id}?locale=ko`, {
      token: tokens.admin,
      body: { title: '사당', summary: '요약' },
    })
    expect(fine.status, fine.text).toBe(200)
    expect(fine.json.doc.title).toBe('사당')
  })
})
