/**
 * The commune of an entry and its slug (issue 17, items 4 and 5): the commune pre-filled for a
 * contributor with one commune, the picker limited to the scope, a commune outside it refused on
 * every route; a slug that a title alone provides, in the form state as in the save. The world is
 * ./scopedChoices.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { countEverything } from './payload'
import * as world from './scopedChoices'

beforeAll(world.arrangeChoices)

describe('the commune of an entry', () => {
  it('is pre-filled for a contributor with one commune, and the picker offers only the scope', async () => {
    const one = await world.newForm('contributor', 'relics')
    expect(one.commune?.value).toBe(world.units.c1)
    expect(await world.offered('contributor', one.commune, 'admin-units')).toEqual([world.units.c1])
    const two = await world.newForm('contributor2', 'relics')
    expect(two.commune?.value ?? null).toBeNull()
    expect(await world.offered('contributor2', two.commune, 'admin-units')).toEqual(
      world.sorted(world.units.c1, world.units.c2),
    )
    // Editors: their province's communes (the province itself is no commune).
    const editor = await world.newForm('editor', 'intangible-heritage')
    expect(editor.commune?.value ?? null).toBeNull()
    expect(await world.offered('editor', editor.commune, 'admin-units')).toEqual(
      world.sorted(world.units.c1, world.units.c2),
    )
    // Sites of a relic cluster are chosen in the same scope (a row as the admin sends it).
    const site = await world.newForm('contributor', 'relics', { 'sites.0.id': 'row-1', 'sites.0.name': 'Điểm một' })
    const siteCommune = site['sites.0.commune']
    expect(await world.offered('contributor', siteCommune, 'admin-units')).toEqual([world.units.c1])
  })

  it('is filled on a save through the API as well; a contributor with several communes is asked to choose', async () => {
    const res = await world.http.rest('POST', 'relics?draft=true', {
      token: world.tokens.contributor,
      body: { title: 'Đình Mặc Định', types: ['historical'] },
    })
    expect(res.status).toBe(201)
    expect(res.json.doc.commune).toMatchObject({ id: world.units.c1 })
    const two = await world.http.rest('POST', 'relics?draft=true', {
      token: world.tokens.contributor2,
      body: { title: 'Đình Chưa Chọn', types: ['historical'] },
    })
    expect(two.status).toBe(400)
    expect(world.fieldError(two.json, 'commune')).toMatch(/Hãy chọn xã \/ phường/)
  })

  it('an old address of another commune is refused, not placed in the default commune', async () => {
    const res = await world.http.rest('POST', 'relics?draft=true', {
      token: world.tokens.contributor,
      body: {
        title: 'Đình Địa Chỉ Cũ',
        types: ['historical'],
        formerAddress: { commune: 'Xã Cũ Ngoài', district: 'Huyện Cũ' },
      },
    })
    expect(res.status).toBe(400)
    expect(world.fieldError(res.json, 'commune')).toMatch(/không thuộc phạm vi bạn phụ trách/)
  })

  it('a commune outside the scope is refused on REST, GraphQL, bulk update, duplicate and version restore', async () => {
    const outside = /không thuộc phạm vi bạn phụ trách/
    const before = await countEverything(world.payload, 'relics')
    const post = await world.http.rest('POST', 'relics?draft=true', {
      token: world.tokens.contributor,
      body: { title: 'Đình Xã Khác', types: ['historical'], commune: world.units.c2 },
    })
    expect(world.fieldError(post.json, 'commune')).toMatch(outside)
    const gql = await world.http.gql(
      `mutation { createRelic(draft: true, data: { title: "Đình GQL", rank: inventoried, types: [historical], commune: ${world.units.c3} }) { id } }`,
      world.tokens.contributor,
    )
    expect(gql.text).toMatch(outside)
    const site = await world.http.rest('POST', 'relics?draft=true', {
      token: world.tokens.contributor,
      body: { title: 'Cụm Đình', types: ['historical'], sites: [{ name: 'Điểm ngoài', commune: world.units.c3 }] },
    })
    expect(world.fieldError(site.json, 'sites.0.commune')).toMatch(outside)
    expect(await countEverything(world.payload, 'relics')).toBe(before)

    const mine = await world.create('relics', { title: 'Đình Của Tôi', types: ['historical'], commune: world.units.c1 })
    const bulk = await world.http.rest('PATCH', `relics?where[id][equals]=${mine.id}`, {
      token: world.tokens.contributor,
      body: { commune: world.units.c3 },
    })
    expect(bulk.json.errors?.[0]?.message).toMatch(/chưa hợp lệ: Vị trí > Xã \/ phường/)
    const published = await world.create('relics', {
      title: 'Đình Xã Ngoài',
      types: ['historical'],
      commune: world.units.c3,
      _status: 'published',
    })
    const copy = await world.http.rest('POST', `relics/${published.id}/duplicate`, {
      token: world.tokens.contributor,
      body: { title: 'Đình Bản Sao Ngoài', slug: 'dinh-ban-sao-ngoai' },
    })
    expect(copy.status).toBe(400)
    expect(world.fieldError(copy.json, 'commune')).toMatch(outside)
    // An entry moved into the contributor's commune; its old version was elsewhere.
    const moved = await world.create('relics', {
      title: 'Đình Chuyển Về',
      types: ['historical'],
      commune: world.units.c3,
    })
    const old = await world.versionBefore('relics', moved.id, { commune: world.units.c1 }, 'commune', world.units.c3)
    const restore = await world.http.rest('POST', `relics/versions/${old}`, {
      token: world.tokens.contributor,
    })
    expect(restore.status).toBeGreaterThanOrEqual(400)
    const after = await world.payload.findByID({ collection: 'relics', id: moved.id, depth: 0, overrideAccess: true })
    expect(after.commune).toBe(world.units.c1)
    const stored = await world.payload.findByID({ collection: 'relics', id: mine.id, depth: 0, overrideAccess: true })
    expect(stored.commune).toBe(world.units.c1)
  })
})

describe('the slug', () => {
  it('is not reported missing by the form state when the title gives one', async () => {
    const titled = await world.newForm('contributor', 'artisans', { title: 'Nghệ nhân Đỗ Thị Thử' }, true)
    expect(titled.slug?.valid).not.toBe(false)
    expect(titled.slug?.errorMessage).toBeUndefined()
    const empty = await world.newForm('contributor', 'artisans', {}, true)
    expect(empty.slug?.valid).toBe(false)
    expect(empty.slug?.errorMessage).toMatch(/Cần có đường dẫn \(slug\)/)
  })

  it('a title alone saves, as a draft and published, with the slug made from it', async () => {
    const draft = await world.http.rest('POST', 'artisans?draft=true', {
      token: world.tokens.contributor,
      body: { title: 'Nghệ nhân Đặng Văn Lưu', _status: 'draft' },
    })
    expect(draft.status).toBe(201)
    expect(draft.json.doc.slug).toBe('nghe-nhan-dang-van-luu')
    const published = await world.http.rest('POST', 'artisans', {
      token: world.tokens.editor,
      body: { title: 'Nghệ nhân Phạm Thị Đào', _status: 'published' },
    })
    expect(published.status).toBe(201)
    expect(published.json.doc.slug).toBe('nghe-nhan-pham-thi-dao')
  })
})
