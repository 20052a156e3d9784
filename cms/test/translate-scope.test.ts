/**
 * Whose entries a translation reaches, attacked with every account: the public, a translator of
 * the province, one of another province, one of a single commune, a contributor, a producer and an
 * editor. An entry without a commune names no province: no translator reads its draft or writes
 * it, on any route (REST by id, in lists and in bulk, GraphQL, the admin’s edit form); editors and
 * administrators keep it.
 * The exchange endpoints (/api/translations/…) export the entries an account may translate and
 * nothing else (no other draft's text), and import only into those, never into Vietnamese.
 * The world is ./accessMatrix.ts (province P1: communes c1, c2; P2: c3).
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { readXliff, writeXliff } from '../src/translate/xliff'
import { create, http, arrangeMatrix as matrix, payload, published, tokens, units } from './accessMatrix'
import { signInAccounts } from './accounts'
import { editFormArgs, serverFunctionClient } from './serverFunctionClient'

type Account = 'anonymous' | 'p1' | 'p2' | 'c1' | 'contributor' | 'producer' | 'editor' | 'admin'
const ACCOUNTS: Account[] = ['anonymous', 'p1', 'p2', 'c1', 'contributor', 'producer', 'editor', 'admin']
type Entry = 'inP1' | 'inP2' | 'noCommune' | 'noCommuneDraft'
const ENTRIES: Entry[] = ['inP1', 'inP2', 'noCommune', 'noCommuneDraft']

const token = {} as Record<Account, string | undefined>
const ids = {} as Record<Entry, number>
/** Vietnamese only in each entry's newest draft, never published. */
const unpublished = (entry: Entry) => `Bản nháp chưa công bố ${entry}`

/** What each account may translate: its scope, which an entry without a commune is in for staff only. */
const MAY_TRANSLATE: Record<Account, Entry[]> = {
  anonymous: [],
  p1: ['inP1'],
  p2: ['inP2'],
  c1: ['inP1'],
  contributor: ['inP1'],
  producer: [],
  editor: ['inP1', 'noCommune', 'noCommuneDraft'],
  admin: ENTRIES,
}

beforeAll(async () => {
  await matrix()
  const p1 = (await payload.findByID({ collection: 'admin-units', id: units.c1, depth: 0 })).parent
  const p2 = (await payload.findByID({ collection: 'admin-units', id: units.c3, depth: 0 })).parent
  const translators = await signInAccounts(payload, http, 'dich.matran.vn', {
    p1: { roles: ['translator'], province: p1 },
    p2: { roles: ['translator'], province: p2 },
    c1: { roles: ['translator'], communes: [units.c1] },
  })
  Object.assign(token, translators.tokens, { ...tokens, anonymous: undefined })
  const relic = async (entry: Entry, commune: number | undefined, published: boolean) => {
    const data = { title: `Đền ${entry}`, rank: 'provincial', types: ['historical'], summary: `Tóm tắt ${entry}` }
    const made = await create('relics', { ...data, commune, _status: published ? 'published' : 'draft' }, !published)
    await payload.update({
      collection: 'relics',
      id: made.id,
      draft: true,
      data: { summary: unpublished(entry), _status: 'draft' },
    })
    ids[entry] = made.id
  }
  await relic('inP1', units.c1, true)
  await relic('inP2', units.c3, true)
  await relic('noCommune', undefined, true)
  await relic('noCommuneDraft', undefined, false)
})

/** Everything stored about the entries: every locale of their published and newest versions, and versions. */
async function everything(): Promise<string> {
  const all: unknown[] = []
  for (const entry of ENTRIES) {
    const read = (draft: boolean) => payload.findByID({ collection: 'relics', id: ids[entry], locale: 'all', draft })
    const versions = await payload.countVersions({ collection: 'relics', where: { parent: { equals: ids[entry] } } })
    all.push(await read(false), await read(true), versions.totalDocs)
  }
  return JSON.stringify(all)
}

/** The Vietnamese of every entry, newest and published: what no translation may change. */
async function vietnamese(): Promise<string> {
  const all: unknown[] = []
  for (const entry of ENTRIES) {
    for (const draft of [false, true]) {
      const doc = await payload.findByID({ collection: 'relics', id: ids[entry], locale: 'vi', draft, depth: 0 })
      all.push(doc.title, doc.summary, doc.updatedAt && doc._status)
    }
  }
  return JSON.stringify(all)
}

const leaked = (text: string, allowed: Entry[]) =>
  ENTRIES.filter((entry) => !allowed.includes(entry) && text.includes(unpublished(entry)))

describe('an entry without a commune and the translator', () => {
  it('no translator reads its draft, by id, in a list or through GraphQL; editors do', async () => {
    const wrong: string[] = []
    for (const account of ['p1', 'p2', 'c1'] as const) {
      const t = token[account]
      const own = MAY_TRANSLATE[account]
      const one = await http.rest('GET', `relics/${ids.noCommuneDraft}?draft=true`, { token: t })
      if (one.status !== 404 && one.status !== 403) wrong.push(`${account} read the draft-only entry: ${one.status}`)
      const reads = [
        (await http.rest('GET', `relics/${ids.noCommune}?draft=true&locale=all`, { token: t })).text,
        (await http.rest('GET', 'relics?draft=true&limit=100&locale=all', { token: t })).text,
        (await http.gql(`{ Relic(id: ${ids.noCommune}, draft: true) { summary } }`, t)).text,
        (await http.gql('{ Relics(draft: true, limit: 100) { docs { id title summary } } }', t)).text,
      ]
      for (const [i, text] of reads.entries()) {
        const seen = leaked(text, own)
        if (seen.length) wrong.push(`${account} read ${seen.join(', ')} (route ${i})`)
      }
      const list = await http.rest('GET', 'relics?draft=true&limit=100&depth=0', { token: t })
      const listed = list.json.docs.map((d: { id: number }) => d.id)
      if (listed.includes(ids.noCommuneDraft)) wrong.push(`${account} listed the draft-only entry`)
    }
    expect(wrong).toEqual([])
    const editor = await http.rest('GET', `relics/${ids.noCommuneDraft}?draft=true`, { token: token.editor })
    expect(editor.status).toBe(200)
    expect(editor.json.summary).toBe(unpublished('noCommuneDraft'))
  })

  it('the admin’s edit form (form-state) opens it for no translator; for an editor it does', async () => {
    const call = await serverFunctionClient()
    const opened = async (account: Account) => {
      const args = editFormArgs('relics', ids.noCommuneDraft, { docPermissions: undefined, renderAllFields: false })
      const result = (await call(token[account], 'form-state', args).catch(() => null)) as {
        state?: Record<string, { value?: unknown }>
      } | null
      return Object.keys(result?.state ?? {}).length > 0
    }
    for (const account of ['p1', 'p2', 'c1'] as const) expect(await opened(account), account).toBe(false)
    expect(await opened('editor')).toBe(true)
  })

  it('no translator writes it, in REST, in bulk or through GraphQL; nothing changes', async () => {
    const wrong: string[] = []
    for (const account of ['p1', 'p2', 'c1'] as const) {
      const t = token[account]
      for (const entry of ['noCommune', 'noCommuneDraft'] as const) {
        const before = await everything()
        const answers = [
          await http.rest('PATCH', `relics/${ids[entry]}?locale=ko&draft=true`, { token: t, body: { title: '사당' } }),
          await http.rest('PATCH', `relics?where[id][equals]=${ids[entry]}&locale=ko&draft=true`, {
            token: t,
            body: { title: '사당' },
          }),
          await http.gql(
            `mutation { updateRelic(id: ${ids[entry]}, locale: ko, draft: true, data: { title: "사당" }) { id } }`,
            t,
          ),
        ]
        for (const [i, res] of answers.entries()) {
          const refused = res.status >= 400 || /"errors"\s*:\s*\[\s*\{/.test(res.text) || /"docs":\[\]/.test(res.text)
          if (!refused) wrong.push(`${account} wrote ${entry} (route ${i}): ${res.status}`)
        }
        if ((await everything()) !== before) wrong.push(`${account}: ${entry} changed`)
      }
    }
    expect(wrong).toEqual([])
    // The same translator still translates an entry of its province.
    const own = await http.rest('PATCH', `relics/${ids.inP1}?locale=ko&draft=true`, {
      token: token.p1,
      body: { title: '사당 P1' },
    })
    expect(own.status, own.text).toBe(200)
  })
})

describe('the translation exchange, attacked by every account', () => {
  const exportFor = (account: Account, locale = 'ko', kind = 'relics') =>
    http.raw('GET', `translations/${kind}/export?locale=${locale}`, token[account])

  it('export: the entries the account may translate, their drafts, and no other draft’s text', async () => {
    const wrong: string[] = []
    for (const account of ACCOUNTS) {
      const res = await exportFor(account)
      const text = await res.text()
      if (account === 'anonymous') {
        if (res.status !== 401 || leaked(text, []).length) wrong.push(`anonymous: ${res.status}`)
        continue
      }
      const listed = new Set(readXliff(text).units.map((u) => Number(u.id.split('/')[1])))
      // The matrix's two published places have no commune either: staff's, no translator's.
      const places = account === 'editor' || account === 'admin' ? [published.a, published.b] : []
      const expected = [...MAY_TRANSLATE[account].map((entry) => ids[entry]), ...places]
      if (JSON.stringify([...listed].sort()) !== JSON.stringify([...expected].sort())) {
        wrong.push(`${account} exported ${[...listed]} (expected ${expected})`)
      }
      const seen = leaked(text, MAY_TRANSLATE[account])
      if (seen.length) wrong.push(`${account} got the draft text of ${seen.join(', ')}`)
      const xlsx = await http.raw('GET', 'translations/relics/export?locale=ko&format=xlsx', token[account])
      if (xlsx.status !== 200) wrong.push(`${account} xlsx: ${xlsx.status}`)
    }
    expect(wrong).toEqual([])
  })

  it('export of OCOP products: a producer its own, a contributor its commune’s, a translator its province’s', async () => {
    const products = async (account: Account) => {
      const res = await exportFor(account, 'ko', 'ocop-products')
      return [...new Set(readXliff(await res.text()).units.map((u) => u.id.split('/')[1] ?? ''))]
    }
    const titleOf = async (id: string) =>
      (await payload.findByID({ collection: 'ocop-products', id: Number(id), depth: 0 })).title
    const titles = async (account: Account) => (await Promise.all((await products(account)).map(titleOf))).sort()
    expect(await titles('producer')).toEqual(['Sản phẩm c1'])
    expect(await titles('contributor')).toEqual(['Sản phẩm c1'])
    expect(await titles('p2')).toEqual(['Sản phẩm c3'])
    expect(await titles('p1')).toEqual(['Sản phẩm c1', 'Sản phẩm c2'])
  })

  it('import: into the account’s entries in the file’s language only, never Vietnamese, never another’s', async () => {
    const wrong: string[] = []
    for (const account of ACCOUNTS) {
      const units: { id: string; source: string; target: string }[] = []
      for (const entry of ENTRIES) {
        const doc = await payload.findByID({ collection: 'relics', id: ids[entry], locale: 'vi', draft: true })
        units.push({ id: `relics/${ids[entry]}/title`, source: doc.title ?? '', target: `KO ${account} ${entry}` })
        units.push({ id: `relics/${ids[entry]}/summary`, source: doc.summary ?? '', target: `KO ${account}` })
      }
      const file = (target: string) =>
        writeXliff({
          target,
          entries: [
            { collection: 'relics', id: '', title: '', units: units.map((u) => ({ ...u, label: { vi: '', en: '' } })) },
          ],
        })
      const send = (xml: string, locale: string) => {
        const body = new FormData()
        body.set('file', new Blob([xml], { type: 'application/xliff+xml' }), 'dich.xlf')
        return http.form(`translations/relics/import?locale=${locale}`, body, token[account], true)
      }
      const before = await vietnamese()
      for (const [xml, locale] of [
        [file('ko'), 'vi'],
        [file('vi'), 'vi'],
        [file('vi'), 'ko'],
        [file('ko'), 'fr'],
      ] as const) {
        const everythingBefore = await everything()
        const res = await send(xml, locale)
        const expected = account === 'anonymous' ? 401 : 400
        if (res.status !== expected) wrong.push(`${account} ${locale}: ${res.status}`)
        if ((await everything()) !== everythingBefore) wrong.push(`${account} ${locale}: something changed`)
      }
      const res = await send(file('ko'), 'ko')
      if (account === 'anonymous') {
        if (res.status !== 401) wrong.push(`anonymous: ${res.status}`)
        continue
      }
      const report = await res.json()
      const written = new Set(report.applied.map((id: string) => Number(id.split('/')[1])))
      const expected = MAY_TRANSLATE[account].map((entry) => ids[entry])
      if (JSON.stringify([...written].sort()) !== JSON.stringify([...expected].sort())) {
        wrong.push(`${account} wrote ${[...written]} (expected ${expected})`)
      }
      if ((await vietnamese()) !== before) wrong.push(`${account}: the Vietnamese changed`)
      for (const entry of ENTRIES) {
        const doc = await payload.findByID({ collection: 'relics', id: ids[entry], locale: 'ko', draft: true })
        const mine = doc.title === `KO ${account} ${entry}`
        if (mine !== MAY_TRANSLATE[account].includes(entry)) wrong.push(`${account} ${entry}: Korean ${doc.title}`)
      }
    }
    expect(wrong).toEqual([])
  })

  it('marking a translation reviewed: editors in their scope only', async () => {
    const wrong: string[] = []
    for (const account of ACCOUNTS) {
      for (const entry of ['inP1', 'inP2', 'noCommune'] as const) {
        const before = await everything()
        const res = await http.rest('POST', `translations/relics/${ids[entry]}/reviewed?locale=ko`, {
          token: token[account],
        })
        const allowed = (account === 'editor' || account === 'admin') && MAY_TRANSLATE[account].includes(entry)
        if ((res.status === 200) !== allowed) wrong.push(`${account} ${entry}: ${res.status}`)
        if (!allowed && (await everything()) !== before) wrong.push(`${account} ${entry}: changed`)
      }
    }
    expect(wrong).toEqual([])
  })
})
