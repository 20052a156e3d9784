/**
 * Deletion safety (an entry in use is not deleted; published entries go to the trash first) and
 * publication staying with editors whatever a contributor's request says (security review).
 */
import { describe, expect, it } from 'vitest'
import { countEverything } from './payload'
import { commune, exportedRelicIds, http, lines, payload, publishedRelic, token } from './workflowWorld'

describe('deletion safety', () => {
  it('refuses to trash or delete an entry a route stops at, naming the route', async () => {
    const a = await publishedRelic('Chùa Được Dùng')
    const b = await publishedRelic('Chùa Bên Cạnh')
    await payload.create({
      collection: 'routes',
      data: {
        title: 'Tuyến Hai Chùa',
        stops: [{ place: { relationTo: 'relics', value: a.id } }, { place: { relationTo: 'relics', value: b.id } }],
        _status: 'published',
      },
    })
    const before = await countEverything(payload, 'relics')
    const trash = await http.rest('PATCH', `relics/${a.id}`, {
      token: token.editor,
      body: { deletedAt: new Date().toISOString() },
    })
    expect(trash.status).toBe(409)
    expect(trash.text).toContain('Tuyến tham quan «Tuyến Hai Chùa»')
    const stored = await payload.findByID({ collection: 'relics', id: a.id, depth: 0, trash: true })
    expect(stored.deletedAt ?? null).toBeNull()
    expect(await countEverything(payload, 'relics')).toBe(before)
  })

  it('refuses to delete a product that has batches, naming them', async () => {
    const producer = await payload.create({
      collection: 'producers',
      data: { title: 'HTX Có Lô', kind: 'cooperative', commune, _status: 'published' },
    })
    const product = await payload.create({
      collection: 'ocop-products',
      draft: true,
      data: { title: 'Chè Có Lô', group: 'food', producer: producer.id, commune, _status: 'draft' },
    })
    await payload.create({
      collection: 'batches',
      data: { lotCode: 'LO-GIU-LAI', product: product.id, productionDate: '2026-01-01T00:00:00.000Z' },
    })
    const res = await http.rest('DELETE', `ocop-products/${product.id}`, { token: token.editor })
    expect(res.status).toBe(409)
    expect(res.text).toContain('Lô sản xuất «LO-GIU-LAI»')
    expect(await payload.findByID({ collection: 'ocop-products', id: product.id, draft: true })).toBeTruthy()
  })

  it('a published entry goes to the trash first, can be restored, and its log outlives it', async () => {
    const doc = await publishedRelic('Miếu Thùng Rác')
    const direct = await http.rest('DELETE', `relics/${doc.id}`, { token: token.editor })
    expect(direct.status).toBe(409)
    expect(direct.text).toContain('chuyển vào thùng rác trước')
    expect(await exportedRelicIds()).toContain(String(doc.id))

    const trashed = await http.rest('PATCH', `relics/${doc.id}`, {
      token: token.editor,
      body: { deletedAt: new Date().toISOString() },
    })
    expect(trashed.status).toBe(200)
    expect(await exportedRelicIds()).not.toContain(String(doc.id))
    const anonymous = await http.rest('GET', `relics/${doc.id}`)
    expect(anonymous.status).toBe(404)

    const restored = await http.rest('PATCH', `relics/${doc.id}?trash=true`, {
      token: token.editor,
      body: { deletedAt: null },
    })
    expect(restored.status).toBe(200)
    expect(await exportedRelicIds()).toContain(String(doc.id))

    await http.rest('PATCH', `relics/${doc.id}`, { token: token.editor, body: { deletedAt: new Date().toISOString() } })
    const gone = await http.rest('DELETE', `relics/${doc.id}?trash=true`, { token: token.editor })
    expect(gone.status).toBe(200)
    expect(await payload.count({ collection: 'relics', where: { id: { equals: doc.id } }, trash: true })).toEqual({
      totalDocs: 0,
    })
    const history = await lines({ targetCollection: { equals: 'relics' }, targetId: { equals: String(doc.id) } })
    expect(history.map((l) => l.action)).toEqual(['create', 'publish', 'trash', 'restore', 'trash', 'delete'])
    expect(history.at(-1)?.targetTitle).toBe('Miếu Thùng Rác')
  })
})

describe('publication stays with editors, whatever the request says (security review)', () => {
  const live = async (id: number) =>
    payload.db.findOne<{ id: number; title: unknown; _status: string; deletedAt?: string | null }>({
      collection: 'relics',
      where: { id: { equals: id } },
    })

  it('a contributor’s save without draft=true stays a draft: the live entry is unchanged', async () => {
    const doc = await publishedRelic('Đình Trực Tiếp')
    const res = await http.rest('PATCH', `relics/${doc.id}`, {
      token: token.contributor,
      body: { title: 'Đã đổi thẳng' },
    })
    expect(res.status).toBe(200)
    expect(await live(doc.id)).toMatchObject({ title: { vi: 'Đình Trực Tiếp' }, _status: 'published' })
    const latest = await payload.findByID({ collection: 'relics', id: doc.id, draft: true, depth: 0 })
    expect(latest.title).toBe('Đã đổi thẳng')
    // An empty save after it does not unpublish either.
    await http.rest('PATCH', `relics/${doc.id}`, { token: token.contributor, body: {} })
    expect((await live(doc.id))?._status).toBe('published')
  })

  it('a contributor can neither trash nor restore a published entry', async () => {
    const doc = await publishedRelic('Đình Thùng Rác Hai')
    const trash = await http.rest('PATCH', `relics/${doc.id}`, {
      token: token.contributor,
      body: { deletedAt: new Date().toISOString() },
    })
    expect(trash.status).toBe(403)
    expect((await live(doc.id))?.deletedAt ?? null).toBeNull()
    await http.rest('PATCH', `relics/${doc.id}`, { token: token.editor, body: { deletedAt: new Date().toISOString() } })
    const restore = await http.rest('PATCH', `relics/${doc.id}?trash=true`, {
      token: token.contributor,
      body: { deletedAt: null },
    })
    expect(restore.status).toBe(403)
    expect((await live(doc.id))?.deletedAt).toBeTruthy()
  })

  it('a contributor’s duplicate of a published entry is a draft', async () => {
    const doc = await publishedRelic('Đình Bản Gốc')
    const copy = await http.rest('POST', `relics/${doc.id}/duplicate`, {
      token: token.contributor,
      body: { title: 'Đình Bản Sao', slug: 'dinh-ban-sao', commune },
    })
    expect(copy.status).toBeLessThan(300)
    expect((await live(copy.json.doc.id))?._status).toBe('draft')
    expect((await http.rest('GET', `relics/${copy.json.doc.id}`)).status).toBe(404)
  })

  it('editors cannot rewire administrative units; nobody but an administrator unlocks accounts', async () => {
    const units = await payload.find({ collection: 'admin-units', where: { name: { equals: 'Xã Bên' } } })
    const other = await payload.create({ collection: 'admin-units', data: { name: 'Tỉnh Khác', level: 'province' } })
    const move = await http.rest('PATCH', `admin-units/${units.docs[0]?.id}`, {
      token: token.editor,
      body: { parent: other.id },
    })
    expect(move.status).toBe(403)
    const unlock = await http.rest('POST', 'users/unlock', {
      token: token.contributor,
      body: { email: 'admin@quytrinh.vn' },
    })
    expect(unlock.status).toBe(403)
  })
})
