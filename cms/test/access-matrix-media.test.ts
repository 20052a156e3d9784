/**
 * Every role × media collection × operation, through the real REST handlers: signed-in users read
 * media records, staff and producers upload, only editors touch others' files. A refused attempt
 * leaves the database as it was. The world is ./accessMatrix.ts.
 */
import type { CollectionSlug } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { cubeGlb } from '../../media-tools/test/fixtures/models.ts'
import { demoChime } from '../src/seed/audio'
import { arrangeMatrix, http, payload, ROLES, type Role, tokenOf, users } from './accessMatrix'
import { countEverything } from './payload'

beforeAll(arrangeMatrix)

type MediaScope = 'mine' | 'other'
const MEDIA: CollectionSlug[] = ['media', 'panoramas', 'models', 'audio']

async function mediaFile(collection: CollectionSlug) {
  const file = await mediaBytes(collection)
  return { ...file, size: file.data.byteLength }
}

/** A plain JPEG of one colour and the given size. */
const jpeg = async (width: number, height: number, background: string, name: string) => ({
  data: await sharp({ create: { width, height, channels: 3, background } })
    .jpeg()
    .toBuffer(),
  name,
  mimetype: 'image/jpeg',
})

async function mediaBytes(collection: CollectionSlug) {
  switch (collection) {
    case 'media':
      return jpeg(640, 480, '#a04020', 'anh.jpg')
    case 'panoramas':
      return jpeg(2048, 1024, '#2050a0', 'toan-canh.jpg')
    case 'models':
      return { data: Buffer.from(await cubeGlb()), name: 'khoi.glb', mimetype: 'model/gltf-binary' }
    default:
      return { data: demoChime().wav, name: 'thuyet-minh.wav', mimetype: 'audio/wav' }
  }
}
const mediaData = (collection: CollectionSlug) =>
  collection === 'media' ? { alt: 'Ảnh thử quyền' } : { title: 'Tư liệu thử quyền' }
const mediaTitleKey = (collection: CollectionSlug) => (collection === 'media' ? 'alt' : 'title')

/** Signed-in users read media records; staff and producers upload; only editors touch others' files. */
const MEDIA_EXPECTED: Record<Role, Record<'create' | 'read' | 'update' | 'delete', readonly MediaScope[]>> = {
  admin: { create: ['mine'], read: ['mine', 'other'], update: ['mine', 'other'], delete: ['mine', 'other'] },
  editor: { create: ['mine'], read: ['mine', 'other'], update: ['mine', 'other'], delete: ['mine', 'other'] },
  contributor: { create: ['mine'], read: ['mine', 'other'], update: ['mine'], delete: ['mine'] },
  producer: { create: ['mine'], read: ['mine', 'other'], update: ['mine'], delete: ['mine'] },
  anonymous: { create: [], read: [], update: [], delete: [] },
}

describe('role × collection × operation (media)', () => {
  for (const collection of MEDIA) {
    it(`${collection}: uploads and changes by role and uploader`, async () => {
      const wrong: string[] = []
      for (const role of ROLES) {
        const token = tokenOf(role)
        const uploader = role === 'anonymous' ? users.admin : users[role]
        const before = await countEverything(payload, collection)
        const created = await http.upload(collection, await mediaFile(collection), mediaData(collection), token)
        const ok = created.status === 201
        if (ok !== MEDIA_EXPECTED[role].create.includes('mine')) wrong.push(`${role} create: ${created.status}`)
        if (ok) {
          const by = created.json.doc.uploadedBy
          expect(by?.id ?? by).toBe(users[role as Exclude<Role, 'anonymous'>].id)
        } else expect(await countEverything(payload, collection)).toBe(before)
        for (const scope of ['mine', 'other'] as MediaScope[]) {
          for (const op of ['read', 'update', 'delete'] as const) {
            const target = (await payload.create({
              collection,
              data: mediaData(collection) as never,
              file: await mediaFile(collection),
              user: scope === 'mine' ? { ...uploader, collection: 'users' } : { ...users.admin, collection: 'users' },
              overrideAccess: true,
              depth: 0,
            })) as unknown as Record<string, unknown> & { id: number }
            const snapshot = async () => ({
              count: await countEverything(payload, collection),
              doc: await payload.db.findOne({ collection, where: { id: { equals: target.id } } }),
            })
            const prior = await snapshot()
            const res =
              op === 'read'
                ? await http.rest('GET', `${collection}/${target.id}`, { token })
                : op === 'update'
                  ? await http.rest('PATCH', `${collection}/${target.id}`, {
                      body: { [mediaTitleKey(collection)]: 'Đã đổi' },
                      token,
                    })
                  : await http.rest('DELETE', `${collection}/${target.id}`, { token })
            const allowed = res.status === 200
            // Audio guide records are public (the export reads them as a visitor; no EXIF to hide).
            const should = MEDIA_EXPECTED[role][op].includes(scope) || (collection === 'audio' && op === 'read')
            if (allowed !== should) wrong.push(`${role} ${op} ${scope}: ${res.status}`)
            if (!allowed) expect(await snapshot()).toEqual(prior)
            else if (op === 'delete') expect((await snapshot()).doc).toBeNull()
          }
        }
      }
      expect(wrong).toEqual([])
    })
  }
})
