/**
 * What a producer account adds to an entry (issue 17, items 4 and 5): photos, panoramas, 3D models
 * and audio guides it uploaded itself, offered by the pickers and required on save; those the
 * culture office attached stay; staff keep the whole library. The world is ./scopedChoices.ts.
 */

import { createLocalReq } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { photo } from '../../media-tools/test/fixtures/images.ts'
import * as world from './scopedChoices'

beforeAll(world.arrangeChoices)

describe("a producer's photos", () => {
  it('its gallery picker offers its own uploads; another account’s photo is refused, those already there stay', async () => {
    const upload = async (role: world.Role, seed: number) => {
      const data = await photo({ width: 320, height: 240, seed })
      const res = await world.http.upload(
        'media',
        { data, name: `anh-${role}-${seed}.jpg`, mimetype: 'image/jpeg' },
        { alt: `Ảnh của ${role}` },
        world.tokens[role],
      )
      expect(res.status, res.text).toBe(201)
      return res.json.doc.id as number
    }
    const mine = await upload('producer', 11)
    const staffs = await upload('contributor', 12)
    const another = await upload('editor', 13)

    const state = await world.payload.findByID({
      collection: 'producers',
      id: world.producers.a,
      depth: 0,
      overrideAccess: true,
    })
    expect(state.gallery ?? []).toEqual([])
    const form = await world.editForm('producer', 'producers', world.producers.a)
    expect(await world.offered('producer', form.gallery, 'media')).toEqual([mine])

    const refused = await world.http.rest('PATCH', `producers/${world.producers.a}?draft=true`, {
      token: world.tokens.producer,
      body: { gallery: [another] },
    })
    expect(refused.status).toBe(400)
    expect(world.fieldError(refused.json, 'gallery')).toMatch(/chủ thể chỉ thêm ảnh của mình/)
    // The culture office's photo stays when the producer adds its own beside it.
    await world.payload.update({
      collection: 'producers',
      id: world.producers.a,
      data: { gallery: [staffs] },
      overrideAccess: true,
    })
    const added = await world.http.rest('PATCH', `producers/${world.producers.a}?draft=true`, {
      token: world.tokens.producer,
      body: { gallery: [staffs, mine] },
    })
    expect(added.status, added.text).toBe(200)
    expect(added.json.doc.gallery.map((g: { id: number }) => g.id)).toEqual([staffs, mine])
  })
})

describe('panoramas, 3D models and audio guides of an entry', () => {
  it("a producer's picker offers its own uploads and its save refuses another's; staff keep the whole library", async () => {
    const panorama = async (role: world.Role) => {
      const data = await sharp({ create: { width: 2048, height: 1024, channels: 3, background: '#2050a0' } })
        .jpeg()
        .toBuffer()
      const res = await world.http.upload(
        'panoramas',
        { data, name: `toan-canh-${role}.jpg`, mimetype: 'image/jpeg' },
        { title: `Toàn cảnh của ${role}` },
        world.tokens[role],
      )
      expect(res.status, res.text).toBe(201)
      return res.json.doc.id as number
    }
    const mine = await panorama('producer')
    const another = await panorama('editor')
    for (const [field, relationTo] of [
      ['panoramas', 'panoramas'],
      ['models', 'models'],
      ['audioGuides', 'audio'],
    ] as const) {
      const producer = await world.newForm('producer', 'craft-villages')
      expect(producer[field]?.filterOptions?.[relationTo], field).toEqual({
        uploadedBy: { equals: world.users.producer.id },
      })
      const editor = await world.newForm('editor', 'craft-villages')
      expect([true, {}], field).toContainEqual(editor[field]?.filterOptions?.[relationTo])
    }
    expect(await world.offered('producer', (await world.newForm('producer', 'relics')).panoramas, 'panoramas')).toEqual(
      [mine],
    )
    expect(await world.offered('editor', (await world.newForm('editor', 'relics')).panoramas, 'panoramas')).toEqual(
      world.sorted(mine, another),
    )

    // Producer accounts cannot write relics today (the collection's access refuses them first);
    // the field's own rule is asked directly, as every route asks it.
    const field = world.payload.collections.relics.config.flattenedFields.find((f) => f.name === 'panoramas')
    const validate = field && 'validate' in field ? field.validate : undefined
    expect(validate).toBeTypeOf('function')
    const ask = async (role: world.Role, value: number[], previousValue: number[]) => {
      const req = await createLocalReq({ user: { ...world.users[role], collection: 'users' } as never }, world.payload)
      return validate?.(
        value as never,
        {
          ...field,
          collectionSlug: 'relics',
          req,
          previousValue,
          operation: 'update',
          data: {},
          siblingData: {},
          path: ['panoramas'],
          event: 'submit',
          preferences: { fields: {} },
        } as never,
      )
    }
    expect(await ask('producer', [another], [])).toMatch(/chủ thể chỉ thêm ảnh 360° của mình/)
    expect(await ask('producer', [another, mine], [another])).toBe(true)
    expect(await ask('editor', [another], [])).toBe(true)
  })
})
