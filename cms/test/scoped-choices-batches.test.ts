/**
 * A producer's batches (issue 17, items 4 and 5): the product picker offers its own products, its
 * lists hold its own records, and another producer's product is refused on every route (REST,
 * GraphQL, bulk update, duplicate, version restore) with the project's message on the field. The
 * world is ./scopedChoices.ts.
 */
import type { Where } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { countEverything } from './payload'
import * as world from './scopedChoices'

beforeAll(world.arrangeChoices)

const storedBatch = async (id: number) =>
  (await world.payload.findByID({ collection: 'batches', id, depth: 0, draft: true, overrideAccess: true })).product

describe("a producer's batches", () => {
  it("the product picker offers the producer's own products; an editor's, its province's", async () => {
    expect(await world.offers('batches', 'product', 'ocop-products', ['producer', 'editor'])).toEqual({
      producer: [world.products.a],
      editor: world.sorted(world.products.a, world.products.c),
    })
  })

  it("the producer's lists hold its own batches, products and producer record; the public still reads all published ones", async () => {
    const listed = async (collection: 'batches' | 'ocop-products' | 'producers', role: world.Role) => {
      const baseFilter = world.payload.collections[collection].config.admin.baseFilter
      expect(baseFilter, collection).toBeDefined()
      const user = { ...world.users[role], collection: 'users' }
      const req = { user, payload: world.payload, context: {} } as never
      const where = await baseFilter?.({ req, limit: 10, page: 1, sort: 'id' })
      const found = await world.payload.find({
        collection,
        where: (where ?? {}) as Where,
        user: user as never,
        overrideAccess: false,
        depth: 0,
        limit: 0,
        pagination: false,
      })
      return found.docs.map((doc) => doc.id).sort()
    }
    expect(await listed('batches', 'producer')).toEqual([world.batches.a])
    expect(await listed('ocop-products', 'producer')).toEqual([world.products.a])
    expect(await listed('producers', 'producer')).toEqual([world.producers.a])
    // Staff lists are not narrowed by it.
    expect(await listed('batches', 'editor')).toEqual(world.sorted(world.batches.a, world.batches.b))
    // Labels, the site and the export read published batches without an account.
    const anonymous = await world.http.rest('GET', 'batches?depth=0&limit=10')
    expect(anonymous.json.docs.map((d: { id: number }) => d.id).sort()).toEqual(
      world.sorted(world.batches.a, world.batches.b),
    )
  })

  it("REST: a batch of another producer's product is refused on the field, as draft and as published", async () => {
    const before = await countEverything(world.payload, 'batches')
    for (const query of ['batches?draft=true', 'batches']) {
      const res = await world.http.rest('POST', query, {
        token: world.tokens.producer,
        body: { lotCode: 'X-001', product: world.products.b, productionDate: world.day, _status: 'draft' },
      })
      expect(res.status, query).toBe(400)
      expect(world.fieldError(res.json, 'product'), query).toMatch(
        /thuộc chủ thể khác.*chỉ ghi lô cho sản phẩm của mình/,
      )
    }
    expect(await countEverything(world.payload, 'batches')).toBe(before)
    const own = await world.http.rest('POST', 'batches?draft=true', {
      token: world.tokens.producer,
      body: { lotCode: 'A-002', product: world.products.a, productionDate: world.day, _status: 'draft' },
    })
    expect(own.status).toBe(201)
  })

  it('an editor is refused a product of another province, in its own words', async () => {
    const res = await world.http.rest('POST', 'batches?draft=true', {
      token: world.tokens.editor,
      body: { lotCode: 'E-001', product: world.products.b, productionDate: world.day },
    })
    expect(res.status).toBe(400)
    expect(world.fieldError(res.json, 'product')).toMatch(/không thuộc tỉnh bạn phụ trách/)
  })

  it('GraphQL: the same refusal', async () => {
    const before = await countEverything(world.payload, 'batches')
    const res = await world.http.gql(
      `mutation { createBatch(draft: true, data: { lotCode: "G-001", product: ${world.products.b}, productionDate: "${world.day}" }) { id } }`,
      world.tokens.producer,
    )
    expect(res.text).toMatch(/thuộc chủ thể khác/)
    expect(res.json.data?.createBatch ?? null).toBeNull()
    expect(await countEverything(world.payload, 'batches')).toBe(before)
  })

  it("bulk update: its own batch cannot be moved to another producer's product", async () => {
    const res = await world.http.rest('PATCH', `batches?where[id][equals]=${world.batches.a}`, {
      token: world.tokens.producer,
      body: { product: world.products.b },
    })
    // A bulk answer names the refused field per document (the admin's bulk edit shows it in a toast).
    expect(res.json.errors?.[0]?.message).toMatch(/chưa hợp lệ: Sản phẩm/)
    expect(await storedBatch(world.batches.a)).toBe(world.products.a)
    const one = await world.http.rest('PATCH', `batches/${world.batches.a}`, {
      token: world.tokens.producer,
      body: { product: world.products.b },
    })
    expect(one.status).toBe(400)
    expect(world.fieldError(one.json, 'product')).toMatch(/thuộc chủ thể khác/)
  })

  it("duplicate: another producer's published batch cannot be copied into one of its own", async () => {
    const before = await countEverything(world.payload, 'batches')
    const res = await world.http.rest('POST', `batches/${world.batches.b}/duplicate`, {
      token: world.tokens.producer,
      body: { lotCode: 'B-COPY' },
    })
    expect(res.status).toBe(400)
    expect(world.fieldError(res.json, 'product')).toMatch(/thuộc chủ thể khác/)
    expect(await countEverything(world.payload, 'batches')).toBe(before)
  })

  it("version restore: an old version naming another producer's product is refused", async () => {
    const moved = await world.create('batches', {
      lotCode: 'M-001',
      product: world.products.b,
      productionDate: world.day,
    })
    const old = await world.versionBefore(
      'batches',
      moved.id,
      { product: world.products.a },
      'product',
      world.products.b,
    )
    const res = await world.http.rest('POST', `batches/versions/${old}`, { token: world.tokens.producer })
    expect(res.status).toBe(400)
    expect(world.fieldError(res.json, 'product')).toMatch(/thuộc chủ thể khác/)
    expect(await storedBatch(moved.id)).toBe(world.products.a)
  })
})
