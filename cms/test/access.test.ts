import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Relic } from '../src/payload-types'
import { draftRelic } from './accounts'
import { httpClient } from './http'
import { bootPayload, countEverything } from './payload'
import { producerWithSecretPhone, SECRET } from './secrets'

let payload: Payload
let http: Awaited<ReturnType<typeof httpClient>>
let docs: Awaited<ReturnType<typeof arrangeDocuments>>

const PASSWORD = 'mat-khau-thu-nghiem'

/** The entries the tests read: published and draft, with private values, and their producers. */
async function arrangeDocuments() {
  const published = await payload.create({
    collection: 'relics',
    data: {
      title: 'Đền Công Bố',
      rank: 'national',
      types: ['historical'],
      internalNotes: SECRET.note,
      _status: 'published',
    },
  })
  const draft = await draftRelic(payload, 'Đền Bản Nháp Bí Mật')
  const producerA = await producerWithSecretPhone(payload, 'HTX A', { person: 'Bà A' })
  const producerB = await payload.create({
    collection: 'producers',
    data: { title: 'HTX B', kind: 'household', contact: { phone: '0987 000 111' }, _status: 'published' },
  })
  const productB = await payload.create({
    collection: 'ocop-products',
    data: { title: 'Sản phẩm B', group: 'food', producer: producerB.id, score: 75, _status: 'published' },
  })
  const batchDraft = await payload.create({
    collection: 'batches',
    draft: true,
    data: { lotCode: 'NHAP-1', product: productB.id, productionDate: '2026-01-01T00:00:00.000Z', _status: 'draft' },
  })
  return { published, draft, producerA, producerB, productB, batchDraft }
}

beforeAll(async () => {
  payload = await bootPayload()
  http = await httpClient()
  docs = await arrangeDocuments()
  const province = await payload.create({ collection: 'admin-units', data: { name: 'Tỉnh Thử', level: 'province' } })
  const users = [
    { email: 'admin@test.vn', roles: ['admin'] },
    { email: 'editor@test.vn', roles: ['editor'], province: province.id },
    { email: 'contributor@test.vn', roles: ['contributor'] },
    { email: 'producer-a@test.vn', roles: ['producer'], producer: docs.producerA.id },
  ] as const
  for (const user of users) {
    await payload.create({
      collection: 'users',
      data: { ...user, roles: [...user.roles], name: user.email, password: PASSWORD },
    })
  }
})

describe('anonymous REST reads', () => {
  it('list only published entries, even when asking for drafts', async () => {
    for (const query of ['relics', 'relics?draft=true']) {
      const res = await http.rest('GET', query)
      expect(res.status).toBe(200)
      expect(res.json.docs.map((d: Relic) => d.title)).toEqual(['Đền Công Bố'])
    }
    const asked = await http.rest('GET', 'relics?draft=true&where[_status][equals]=draft')
    expect(asked.json.docs).toEqual([])
    expect(asked.text).not.toContain('Bản Nháp Bí Mật')
  })

  it('cannot fetch a draft by id or read version history', async () => {
    const byId = await http.rest('GET', `relics/${docs.draft.id}?draft=true`)
    expect([403, 404]).toContain(byId.status)
    expect(byId.text).not.toContain('Bản Nháp Bí Mật')
    const versions = await http.rest('GET', 'relics/versions')
    expect(versions.status).toBe(403)
    const batchVersions = await http.rest('GET', `batches/${docs.batchDraft.id}?draft=true`)
    expect([403, 404]).toContain(batchVersions.status)
  })

  it('never return internal notes or producer contact details', async () => {
    const relic = await http.rest('GET', `relics/${docs.published.id}`)
    expect(relic.status).toBe(200)
    expect(relic.json.title).toBe('Đền Công Bố')
    expect(relic.json).not.toHaveProperty('internalNotes')
    expect(relic.text).not.toContain(SECRET.note)
    const producers = await http.rest('GET', 'producers?depth=0')
    expect(producers.json.docs).toHaveLength(2)
    expect(producers.text).not.toContain(SECRET.phone)
    expect(producers.json.docs[0]).not.toHaveProperty('contact')
    // Not through a relationship either.
    const products = await http.rest('GET', 'ocop-products?depth=2')
    expect(products.json.docs[0].producer.title).toBe('HTX B')
    expect(products.text).not.toContain('0987 000 111')
  })

  it('cannot write', async () => {
    const before = await countEverything(payload, 'relics')
    const res = await http.rest('POST', 'relics', {
      body: { title: 'Đền Lạ', rank: 'national', types: ['historical'] },
    })
    expect(res.status).toBe(403)
    const patch = await http.rest('PATCH', `relics/${docs.published.id}`, { body: { title: 'Bị sửa' } })
    expect(patch.status).toBe(403)
    const del = await http.rest('DELETE', `relics/${docs.published.id}`)
    expect(del.status).toBe(403)
    expect(await countEverything(payload, 'relics')).toBe(before)
    expect((await payload.findByID({ collection: 'relics', id: docs.published.id })).title).toBe('Đền Công Bố')
  })

  it('cannot list users', async () => {
    const res = await http.rest('GET', 'users')
    expect(res.status).toBe(403)
    expect(res.text).not.toContain('admin@test.vn')
  })
})

describe('anonymous GraphQL reads', () => {
  it('see published entries only, with private fields null', async () => {
    const res = await http.gql('{ Relics(draft: true) { docs { title internalNotes _status } } }')
    expect(res.status).toBe(200)
    expect(res.json.data.Relics.docs).toEqual([{ title: 'Đền Công Bố', internalNotes: null, _status: 'published' }])
    const producers = await http.gql('{ Producers { docs { title contact { phone person } } } }')
    expect(producers.text).not.toContain(SECRET.phone)
    expect(producers.json.data.Producers.docs).toHaveLength(2)
    for (const doc of producers.json.data.Producers.docs) expect(doc.contact?.phone ?? null).toBeNull()
  })

  it('cannot read drafts of batches or version history', async () => {
    const batches = await http.gql('{ Batches(draft: true) { docs { lotCode } } }')
    expect(batches.text).not.toContain('NHAP-1')
    const versions = await http.gql('{ versionsRelics { docs { version { title } } } }')
    expect(versions.text).not.toContain('Bản Nháp Bí Mật')
    expect(versions.json.errors?.[0]?.message).toMatch(/không có quyền/)
  })
})

describe('signed-in access', () => {
  it('staff see drafts and internal notes', async () => {
    const token = await http.login('editor@test.vn', PASSWORD)
    const res = await http.rest('GET', 'relics?draft=true', { token })
    expect(res.text).toContain('Bản Nháp Bí Mật')
    const one = await http.rest('GET', `relics/${docs.published.id}`, { token })
    expect(one.json.internalNotes).toBe(SECRET.note)
  })

  it('a producer reads its own contact details but not another producer’s', async () => {
    const token = await http.login('producer-a@test.vn', PASSWORD)
    const own = await http.rest('GET', `producers/${docs.producerA.id}`, { token })
    expect(own.json.contact.phone).toBe(SECRET.phone)
    const other = await http.rest('GET', `producers/${docs.producerB.id}`, { token })
    expect(other.status).toBe(200)
    expect(other.json).not.toHaveProperty('contact')
  })

  it('a producer cannot edit another producer’s product, nor anyone’s OCOP stars', async () => {
    const token = await http.login('producer-a@test.vn', PASSWORD)
    const res = await http.rest('PATCH', `ocop-products/${docs.productB.id}`, {
      token,
      body: { packaging: 'Hộp 1 kg' },
    })
    expect(res.status).toBe(403)
    const own = await payload.create({
      collection: 'ocop-products',
      data: { title: 'Sản phẩm A', group: 'food', producer: docs.producerA.id, score: 60, _status: 'published' },
    })
    const edit = await http.rest('PATCH', `ocop-products/${own.id}`, {
      token,
      body: { packaging: 'Hộp 500 g', score: 95, stars: '5' },
    })
    expect(edit.status).toBe(200)
    // The producer's change is a draft for the province to review; stars and score are untouched.
    const after = await payload.findByID({ collection: 'ocop-products', id: own.id, draft: true })
    expect(after.packaging).toBe('Hộp 500 g')
    expect(after.score).toBe(60)
    expect(after.stars).toBe('3')
    const live = await payload.findByID({ collection: 'ocop-products', id: own.id })
    expect(live.packaging ?? null).toBeNull()
  })

  it('a signed-in request reads its account without populating its province, communes or producer', async () => {
    // Every request reads the account (auth.depth): the scope needs the ids only.
    const token = await http.login('producer-a@test.vn', PASSWORD)
    const me = await http.rest('GET', 'users/me', { token })
    expect(me.json.user.producer).toBe(docs.producerA.id)
    const own = await http.rest('GET', `producers/${docs.producerA.id}`, { token })
    expect(own.status).toBe(200)
  })

  it('a contributor cannot give themselves a role', async () => {
    const token = await http.login('contributor@test.vn', PASSWORD)
    const me = await http.rest('GET', 'users/me', { token })
    const res = await http.rest('PATCH', `users/${me.json.user.id}`, { token, body: { roles: ['admin'] } })
    expect(res.status).toBe(200)
    const after = await payload.findByID({ collection: 'users', id: me.json.user.id })
    expect(after.roles).toEqual(['contributor'])
  })

  it('validation errors come back in the language of the request', async () => {
    const token = await http.login('editor@test.vn', PASSWORD)
    const vi = await http.rest('POST', 'relics', { token, body: { rank: 'national', types: ['historical'] } })
    expect(vi.status).toBe(400)
    expect(vi.text).toContain('Chưa có tiêu đề tiếng Việt')
    const en = await http.rest('POST', 'relics', {
      token,
      language: 'en',
      body: { title: 'X', rank: 'national', types: ['historical'], location: { lat: 1, lng: 1 } },
    })
    expect(en.status).toBe(400)
    expect(en.text).toContain('are outside Vietnam')
  })
})
