/**
 * The translator role on every route Payload offers (REST, bulk REST, GraphQL, version restore,
 * duplicate, the admin's scheduled publishing, the translation endpoints): it writes the texts of
 * a published language other than Vietnamese in the entries of its province, as drafts, and
 * nothing else. Every refused attempt must leave the entry exactly as it was, every locale and
 * every version.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { readState } from '../src/translate/status'
import { readXliff, writeXliff } from '../src/translate/xliff'
import { signInAccounts } from './accounts'
import { httpClient } from './http'
import { bootPayload } from './payload'
import { makeProvince } from './people'
import { serverFunctionClient } from './serverFunctionClient'

let payload: Payload
let http: Awaited<ReturnType<typeof httpClient>>
let tokens: Record<'admin' | 'editor' | 'translator', string>
let mine: { id: number; sites: string[] }
let other: { id: number; sites: string[] }

/** A published relic of `commune` with two sites, its title and sites in English and Korean. */
async function arrange(title: string, commune: number) {
  const created = await payload.create({
    collection: 'relics',
    data: {
      title,
      rank: 'provincial',
      types: ['historical'],
      commune,
      sites: [{ name: 'Đền Thượng', commune }, { name: 'Đền Hạ' }],
      _status: 'published',
    },
  })
  const sites = (created.sites ?? []).map((s) => s.id ?? '')
  for (const [locale, words] of [
    ['en', ['Temple', 'Upper', 'Lower']],
    ['ko', ['사당', '상사', '하사']],
  ] as const) {
    await payload.update({
      collection: 'relics',
      id: created.id,
      locale,
      data: {
        title: `${title} ${words[0]}`,
        sites: [
          { id: sites[0], name: words[1] },
          { id: sites[1], name: words[2] },
        ],
      },
    })
  }
  return { id: created.id, sites }
}

/** Everything stored about a relic: its published and newest versions in every locale, its versions. */
async function everything(id: number) {
  const read = (draft: boolean) => payload.findByID({ collection: 'relics', id, locale: 'all', depth: 0, draft })
  const versions = await payload.countVersions({ collection: 'relics', where: { parent: { equals: id } } })
  return JSON.stringify({ published: await read(false), newest: await read(true), versions: versions.totalDocs })
}

beforeAll(async () => {
  payload = await bootPayload()
  http = await httpClient()
  const p1 = await makeProvince(payload, 'Tỉnh Dịch Một', ['Xã Dịch Một'])
  const p2 = await makeProvince(payload, 'Tỉnh Dịch Hai', ['Xã Dịch Hai'])
  ;({ tokens } = await signInAccounts(payload, http, 'dich.example.vn', {
    admin: { roles: ['admin'] },
    editor: { roles: ['editor'], province: p1.province },
    translator: { roles: ['translator'], province: p1.province },
  }))
  mine = await arrange('Đền Của Tỉnh', p1.communes[0] ?? 0)
  other = await arrange('Đền Tỉnh Khác', p2.communes[0] ?? 0)
})

const rest = (method: 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown) =>
  http.rest(method, path, { token: tokens.translator, ...(body === undefined ? {} : { body }) })
const gql = (query: string) => http.gql(query, tokens.translator)

describe('translator', () => {
  it('is refused every change but its own language’s texts, on every route, and nothing is written', async () => {
    const version = (await payload.findVersions({ collection: 'relics', where: { parent: { equals: mine.id } } }))
      .docs[0]
    const attempts: [string, () => Promise<{ status: number; text: string }>][] = [
      ['PATCH in Vietnamese', () => rest('PATCH', `relics/${mine.id}?locale=vi`, { title: 'Đổi tên' })],
      ['PATCH without a locale (Vietnamese)', () => rest('PATCH', `relics/${mine.id}`, { title: 'Đổi tên' })],
      ['PATCH in every locale', () => rest('PATCH', `relics/${mine.id}?locale=all`, { title: 'Đổi tên' })],
      ['PATCH in French (not published)', () => rest('PATCH', `relics/${mine.id}?locale=fr`, { title: 'Temple' })],
      ['PATCH a shared value', () => rest('PATCH', `relics/${mine.id}?locale=ko`, { rank: 'national' })],
      [
        'PATCH rows without ids',
        () => rest('PATCH', `relics/${mine.id}?locale=ko`, { sites: [{ name: '새 사당' }, { name: '둘' }] }),
      ],
      [
        'PATCH with a row left out',
        () => rest('PATCH', `relics/${mine.id}?locale=ko`, { sites: [{ id: mine.sites[0], name: '상사' }] }),
      ],
      [
        'PATCH rows reordered',
        () =>
          rest('PATCH', `relics/${mine.id}?locale=ko`, {
            sites: [
              { id: mine.sites[1], name: '하사' },
              { id: mine.sites[0], name: '상사' },
            ],
          }),
      ],
      ['PATCH to publish', () => rest('PATCH', `relics/${mine.id}?locale=ko`, { title: '새', _status: 'published' })],
      ['PATCH to trash', () => rest('PATCH', `relics/${mine.id}?locale=ko`, { deletedAt: new Date().toISOString() })],
      ['PATCH another province', () => rest('PATCH', `relics/${other.id}?locale=ko`, { title: '다른' })],
      [
        'bulk PATCH in Korean',
        () => rest('PATCH', `relics?where[id][in]=${mine.id},${other.id}&locale=ko`, { rank: 'national' }),
      ],
      ['bulk PATCH in Vietnamese', () => rest('PATCH', `relics?where[id][equals]=${mine.id}`, { title: 'Đổi' })],
      [
        'POST (create)',
        () => rest('POST', 'relics?locale=ko', { title: 'Mới', rank: 'provincial', types: ['historical'] }),
      ],
      ['duplicate', () => rest('POST', `relics/${mine.id}/duplicate?locale=ko`)],
      ['restore a version', () => rest('POST', `relics/versions/${version?.id}?locale=ko`)],
      ['DELETE', () => rest('DELETE', `relics/${mine.id}`)],
      ['bulk DELETE', () => rest('DELETE', `relics?where[id][equals]=${mine.id}`)],
      [
        'GraphQL update in Vietnamese',
        () => gql(`mutation { updateRelic(id: ${mine.id}, data: { title: "Đổi" }) { id } }`),
      ],
      [
        'GraphQL update of a shared value',
        () => gql(`mutation { updateRelic(id: ${mine.id}, locale: ko, draft: true, data: { slug: "doi" }) { id } }`),
      ],
      [
        'GraphQL update in French',
        () => gql(`mutation { updateRelic(id: ${mine.id}, locale: fr, data: { title: "T" }) { id } }`),
      ],
      ['GraphQL delete', () => gql(`mutation { deleteRelic(id: ${mine.id}) { id } }`)],
      ['GraphQL duplicate', () => gql(`mutation { duplicateRelic(id: ${mine.id}) { id } }`)],
    ]
    const wrong: string[] = []
    for (const [name, attempt] of attempts) {
      const before = [await everything(mine.id), await everything(other.id)]
      const res = await attempt()
      const gqlErrors = /"errors"\s*:\s*\[\s*\{/.test(res.text)
      const bulkErrors = /"errors"\s*:\s*\[\s*\{/.test(res.text) || /"docs"\s*:\s*\[\s*\]/.test(res.text)
      const refused = res.status >= 400 || gqlErrors || bulkErrors
      const after = [await everything(mine.id), await everything(other.id)]
      if (!refused) wrong.push(`${name}: answered ${res.status} ${res.text.slice(0, 200)}`)
      if (after[0] !== before[0] || after[1] !== before[1]) wrong.push(`${name}: the entry changed`)
    }
    expect(wrong).toEqual([])
  })

  it('the refusal says why, in the language of the request', async () => {
    const vi = await rest('PATCH', `relics/${mine.id}?locale=vi`, { title: 'Đổi tên' })
    expect(vi.status).toBe(403)
    expect(vi.json.errors[0].message).toMatch(/không sửa bản tiếng Việt/)
    const fr = await http.rest('PATCH', `relics/${mine.id}?locale=fr`, {
      token: tokens.translator,
      language: 'en',
      body: { title: 'Temple' },
    })
    expect(fr.json.errors[0].message).toMatch(/“fr” is not published on this site/)
    const shared = await rest('PATCH', `relics/${mine.id}?locale=ko`, { rank: 'national' })
    // Named by its label, as the form shows it (not the internal name "rank").
    expect(shared.json.errors[0].message).toMatch(/giá trị dùng chung .*: «Xếp hạng»\./)
  })

  it('cannot schedule a publication from the admin', async () => {
    const call = await serverFunctionClient()
    const doc = { relationTo: 'relics', value: String(mine.id) }
    const date = new Date(Date.now() + 30 * 24 * 3600 * 1000)
    const answer = await call(tokens.translator, 'schedule-publish', { type: 'publish', date, doc }).catch((e) => e)
    expect(answer instanceof Error || (typeof answer === 'object' && answer !== null && 'error' in answer)).toBe(true)
    expect((await payload.count({ collection: 'payload-jobs', overrideAccess: true })).totalDocs).toBe(0)
  })

  it('saves its Korean as the admin form sends it (every field), as a draft; Vietnamese and English untouched', async () => {
    const form = await http.rest('GET', `relics/${mine.id}?locale=ko&draft=true&depth=0`, {
      token: tokens.translator,
    })
    expect(form.status).toBe(200)
    const before = await payload.findByID({ collection: 'relics', id: mine.id, locale: 'all', depth: 0 })
    // The admin's form holds the fields, not the system's own values (id, dates, trash).
    const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...fields } = form.json
    const res = await rest('PATCH', `relics/${mine.id}?locale=ko&draft=true`, {
      ...fields,
      // "Lưu bản nháp", the only save the admin offers a translator.
      _status: 'draft',
      title: '부동 사당 (검토 중)',
    })
    expect(res.status, res.text).toBe(200)
    const newest = await payload.findByID({ collection: 'relics', id: mine.id, locale: 'all', depth: 0, draft: true })
    const published = await payload.findByID({ collection: 'relics', id: mine.id, locale: 'all', depth: 0 })
    expect(published).toEqual(before)
    expect(newest._status).toBe('draft')
    expect(newest.title).toEqual({ vi: 'Đền Của Tỉnh', en: 'Đền Của Tỉnh Temple', ko: '부동 사당 (검토 중)' })
    expect(newest.sites).toEqual(before.sites)
    expect(readState(newest.translationState).ko?.status).toBe('draft')
  })

  it('imports a file into its language and scope only; an editor marks the translation reviewed', async () => {
    const exported = await http.raw('GET', 'translations/relics/export?locale=ko', tokens.translator)
    expect(exported.status).toBe(200)
    const file = readXliff(await exported.text())
    const ids = new Set(file.units.map((u) => u.id.split('/')[1]))
    expect([...ids]).toEqual([String(mine.id)])
    const units = [...file.units, { id: `relics/${other.id}/title`, source: 'Đền Tỉnh Khác', target: '' }].map((u) => ({
      ...u,
      target: `KO ${u.source}`,
      label: { vi: '', en: '' },
    }))
    const xml = writeXliff({ target: 'ko', entries: [{ collection: 'relics', id: '', title: '', units }] })
    const upload = (locale: string, token = tokens.translator) => {
      const body = new FormData()
      body.set('file', new Blob([xml], { type: 'application/xliff+xml' }), 'dich.xlf')
      return http.form(`translations/relics/import?locale=${locale}`, body, token, true)
    }
    for (const locale of ['vi', 'fr']) {
      const before = await everything(mine.id)
      expect((await upload(locale)).status, locale).toBe(400)
      expect(await everything(mine.id)).toBe(before)
    }
    const otherBefore = await everything(other.id)
    const answer = await upload('ko')
    const report = await answer.json()
    expect(answer.status, JSON.stringify(report)).toBe(200)
    expect(report.applied.length).toBe(file.units.length)
    expect(report.skipped.map((s: { id: string }) => s.id)).toEqual([`relics/${other.id}/title`])
    expect(await everything(other.id)).toBe(otherBefore)

    const refused = await http.rest('POST', `translations/relics/${mine.id}/reviewed?locale=ko`, {
      token: tokens.translator,
    })
    expect(refused.status).toBe(403)
    const reviewed = await http.rest('POST', `translations/relics/${mine.id}/reviewed?locale=ko`, {
      token: tokens.editor,
    })
    expect(reviewed.status, reviewed.text).toBe(200)
    const newest = await payload.findByID({ collection: 'relics', id: mine.id, locale: 'all', depth: 0, draft: true })
    expect(readState(newest.translationState).ko?.status).toBe('reviewed')
    expect(newest._status).toBe('draft')
  })
})
