/**
 * The choices on an OCOP product and its batches' raw materials (issue 17, items 4 and 5): its
 * producer among the officer's communes, its craft village in the officer's scope or the
 * producer's province, a raw material's commune (never a province); anything else refused on the
 * field. The world is ./scopedChoices.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import * as world from './scopedChoices'

beforeAll(world.arrangeChoices)

describe('the producer of a product', () => {
  it("is chosen among the producers of the officer's communes, and another is refused", async () => {
    expect(await world.offers('ocop-products', 'producer', 'producers', ['contributor', 'editor'])).toEqual({
      contributor: [world.producers.a],
      editor: world.sorted(world.producers.a, world.producers.c),
    })
    const refused = await world.http.rest('POST', 'ocop-products?draft=true', {
      token: world.tokens.contributor,
      body: { title: 'Chè Lạ', group: 'food', producer: world.producers.b },
    })
    expect(refused.status).toBe(400)
    expect(world.fieldError(refused.json, 'producer')).toMatch(/Chủ thể này không thuộc xã \/ tỉnh bạn phụ trách/)
    const ok = await world.http.rest('POST', 'ocop-products?draft=true', {
      token: world.tokens.contributor,
      body: { title: 'Chè Nhà', group: 'food', producer: world.producers.a },
    })
    expect(ok.status).toBe(201)
    expect(ok.json.doc.commune).toMatchObject({ id: world.units.c1 })
  })
})

describe('the craft village of a product', () => {
  it("is offered from the officer's scope, or the producer's province; another is refused on the field", async () => {
    expect(await world.offers('ocop-products', 'craftVillage', 'craft-villages', ['contributor', 'editor'])).toEqual({
      contributor: [world.villages.v1],
      editor: world.sorted(world.villages.v1, world.villages.v2),
    })
    const own = await world.editForm('producer', 'ocop-products', world.products.a)
    expect(await world.offered('producer', own.craftVillage, 'craft-villages')).toEqual(
      world.sorted(world.villages.v1, world.villages.v2),
    )

    const refused = await world.http.rest('POST', 'ocop-products?draft=true', {
      token: world.tokens.contributor,
      body: { title: 'Chè Làng Lạ', group: 'food', producer: world.producers.a, craftVillage: world.villages.v3 },
    })
    expect(refused.status).toBe(400)
    expect(world.fieldError(refused.json, 'craftVillage')).toMatch(/Làng nghề này không thuộc xã \/ tỉnh bạn phụ trách/)
    const producerRefused = await world.http.rest('PATCH', `ocop-products/${world.products.a}?draft=true`, {
      token: world.tokens.producer,
      body: { craftVillage: world.villages.v3 },
    })
    expect(producerRefused.status).toBe(400)
    expect(world.fieldError(producerRefused.json, 'craftVillage')).toMatch(/không thuộc tỉnh của chủ thể/)
    const neighbour = await world.http.rest('PATCH', `ocop-products/${world.products.a}?draft=true`, {
      token: world.tokens.producer,
      body: { craftVillage: world.villages.v2 },
    })
    expect(neighbour.status, neighbour.text).toBe(200)
    // A village set earlier by the culture office stays through the producer's own saves.
    await world.payload.update({
      collection: 'ocop-products',
      id: world.products.a,
      data: { craftVillage: world.villages.v3 },
      draft: true,
      overrideAccess: true,
    })
    const kept = await world.http.rest('PATCH', `ocop-products/${world.products.a}?draft=true`, {
      token: world.tokens.producer,
      body: { packaging: 'Hộp 100 g' },
    })
    expect(kept.status, kept.text).toBe(200)
  })
})

describe('the commune of a raw material', () => {
  it('offers communes only (of any province) and refuses a province', async () => {
    // The form of a batch with one raw material row, as the admin asks for it when a row is added.
    const { state } = (await world.call(world.tokens.producer, 'form-state', {
      collectionSlug: 'batches',
      schemaPath: 'batches',
      operation: 'create',
      formState: {},
      data: { rawMaterials: [{ id: 'nguyen-lieu-1', material: 'Chè búp', origin: 'Đồi chè' }] },
      docPreferences: { fields: {} },
      docPermissions: { fields: true, create: true, read: true, update: true },
      renderAllFields: true,
      skipValidation: true,
    })) as { state: Record<string, world.FieldState> }
    const ids = await world.offered('producer', state['rawMaterials.0.commune'], 'admin-units')
    expect(ids).toEqual(expect.arrayContaining([world.units.c1, world.units.c2, world.units.c3]))
    expect(ids).not.toContain(world.units.p1)
    const res = await world.http.rest('POST', 'batches?draft=true', {
      token: world.tokens.producer,
      body: {
        lotCode: 'NL-001',
        product: world.products.a,
        productionDate: world.day,
        rawMaterials: [{ material: 'Chè búp', origin: 'Đồi chè', commune: world.units.p1 }],
      },
    })
    expect(res.status).toBe(400)
    expect(world.fieldError(res.json, 'rawMaterials.0.commune')).toMatch(
      /Hãy chọn xã \/ phường nơi có nguyên liệu, không chọn tỉnh/,
    )
    const ok = await world.http.rest('POST', 'batches?draft=true', {
      token: world.tokens.producer,
      body: {
        lotCode: 'NL-002',
        product: world.products.a,
        productionDate: world.day,
        rawMaterials: [{ material: 'Chè búp', origin: 'Đồi chè', commune: world.units.c3 }],
      },
    })
    expect(ok.status, ok.text).toBe(201)
  })
})
