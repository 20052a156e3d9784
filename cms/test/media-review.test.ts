/**
 * Issue 15, item 4: a contributor (or producer) changed public content without review through
 * media: patching the alt text of their own photo, or replacing its file, changed the page of the
 * published entry that uses it at the next build. Each attack below is made exactly as described,
 * on every route, and must be refused with the entries named, leaving the record and the stored
 * file unchanged; the intended ways (a new upload swapped in through a draft, an editor's change)
 * still work.
 */
import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { CollectionSlug, Payload, SanitizedConfig } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { cubeGlb, cubeGltfEmbedded, cubeGltfExternal } from '../../media-tools/test/fixtures/models.ts'
import { uploadDir } from '../src/paths'
import { demoChime } from '../src/seed/audio'
import { makeOffice, officeAccounts, signInAccounts } from './accounts'
import { httpClient } from './http'
import { bootPayload } from './payload'

const FROZEN = /Tệp này đang dùng trong bài đã xuất bản \(.*Đền Thử.*\)\. Hãy tải lên tệp mới/

let payload: Payload
let http: Awaited<ReturnType<typeof httpClient>>
let patchHandler: (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>
const tokens: Record<'editor' | 'contributor' | 'producer', string> = { editor: '', contributor: '', producer: '' }
const users = {} as Record<'editor' | 'contributor' | 'producer', { id: number }>
let commune: number
let producer: number

const jpeg = async (colour: string, width = 640, height = 480) =>
  sharp({ create: { width, height, channels: 3, background: colour } })
    .jpeg()
    .toBuffer()

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

let uploads = 0

/** A contributor's (or producer's) own upload, made through REST as the admin does. */
async function uploadAs(
  role: keyof typeof tokens,
  collection: CollectionSlug,
  data: Record<string, unknown>,
  // Each upload its own content: sending the same file twice is refused (media/duplicates.ts).
  colour = `#a0${(++uploads).toString(16).padStart(2, '0')}20`,
) {
  const file =
    collection === 'models'
      ? { data: Buffer.from(await cubeGlb()), name: 'khoi.glb', mimetype: 'model/gltf-binary' }
      : collection === 'audio'
        ? { data: demoChime().wav, name: 'thuyet-minh.wav', mimetype: 'audio/wav' }
        : collection === 'panoramas'
          ? { data: await jpeg(colour, 2048, 1024), name: 'toan-canh.jpg', mimetype: 'image/jpeg' }
          : { data: await jpeg(colour), name: 'anh.jpg', mimetype: 'image/jpeg' }
  const res = await http.upload(collection, file, data, tokens[role])
  expect(res.status, res.text).toBe(201)
  return res.json.doc as { id: number; filename: string }
}

let serial = 0

/** A relic published by the editor, using the given media. */
async function publishedRelic(media: Record<string, unknown>) {
  return (await payload.create({
    collection: 'relics',
    data: {
      title: `Đền Thử ${++serial}`,
      rank: 'provincial',
      types: ['historical'],
      commune,
      _status: 'published',
      ...media,
    },
    overrideAccess: true,
    depth: 0,
  })) as unknown as { id: number }
}

/** The stored record and the bytes of its original: what the next build reads. */
async function stored(collection: CollectionSlug, id: number) {
  const doc = (await payload.db.findOne({ collection, where: { id: { equals: id } } })) as Record<string, unknown>
  const bytes = await readFile(path.join(uploadDir(collection), String(doc.filename)))
  return { doc, file: sha(bytes) }
}

/** A multipart PATCH as the admin's edit form sends it: a new file plus the fields as `_payload`. */
async function replaceFile(collection: CollectionSlug, id: number, token: string, data: Record<string, unknown>) {
  const form = new FormData()
  const bytes = await jpeg('#10a040')
  form.set('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), 'anh-moi.jpg')
  form.set('_payload', JSON.stringify(data))
  const url = `http://localhost/api/${collection}/${id}`
  const response = await patchHandler(
    new Request(url, { method: 'PATCH', headers: { authorization: `JWT ${token}` }, body: form }),
    { params: Promise.resolve({ slug: [collection, String(id)] }) },
  )
  return { status: response.status, text: await response.text() }
}

beforeAll(async () => {
  payload = await bootPayload()
  http = await httpClient()
  const { default: config } = await import('../src/payload.config')
  const routes = await import('@payloadcms/next/routes')
  patchHandler = routes.REST_PATCH(Promise.resolve(config as unknown as SanitizedConfig))
  const office = await makeOffice(payload, 'Ảnh')
  ;({ commune, producer } = office)
  const signedIn = await signInAccounts(payload, http, 'tulieu.vn', officeAccounts(office))
  Object.assign(users, signedIn.users)
  Object.assign(tokens, signedIn.tokens)
})

describe('an upload used by a published entry is frozen for those who may not publish', () => {
  it('before it is published the contributor changes their own photo freely; after, every route is refused', async () => {
    const photo = await uploadAs('contributor', 'media', { alt: 'Cổng đền' })
    // Used only by a draft: nothing public depends on it yet.
    await payload.create({
      collection: 'relics',
      data: { title: 'Đền Nháp', rank: 'provincial', types: ['historical'], commune, gallery: [photo.id] },
      draft: true,
      overrideAccess: true,
    })
    const early = await http.rest('PATCH', `media/${photo.id}`, {
      body: { alt: 'Cổng đền (sửa)' },
      token: tokens.contributor,
    })
    expect(early.status, early.text).toBe(200)

    await publishedRelic({ gallery: [photo.id] })
    const before = await stored('media', photo.id)
    const attacks: [string, () => Promise<{ status: number; text: string }>][] = [
      [
        'REST PATCH by id (alt)',
        () => http.rest('PATCH', `media/${photo.id}`, { body: { alt: 'Quảng cáo' }, token: tokens.contributor }),
      ],
      [
        'REST PATCH by id (caption, credit, licence, focal point)',
        () =>
          http.rest('PATCH', `media/${photo.id}`, {
            body: { caption: 'Chú thích lạ', credit: 'Ai đó', license: 'Không', focalX: 5, focalY: 5 },
            token: tokens.contributor,
          }),
      ],
      [
        'REST bulk PATCH (where)',
        () =>
          http.rest('PATCH', `media?where[id][equals]=${photo.id}`, {
            body: { alt: 'Quảng cáo hàng loạt' },
            token: tokens.contributor,
          }),
      ],
      [
        'REST bulk PATCH of everything they uploaded',
        () =>
          http.rest('PATCH', `media?where[uploadedBy][equals]=${users.contributor.id}`, {
            body: { caption: 'Hàng loạt' },
            token: tokens.contributor,
          }),
      ],
      [
        'GraphQL updateMedia',
        async () => {
          const res = await http.gql(
            `mutation { updateMedia(id: ${photo.id}, data: { alt: "Quảng cáo GraphQL" }) { id alt } }`,
            tokens.contributor,
          )
          const message = res.json.errors?.[0]?.message ?? ''
          return { status: res.json.errors ? 403 : 200, text: message }
        },
      ],
      [
        'file replaced through the edit form (multipart PATCH)',
        () => replaceFile('media', photo.id, tokens.contributor, { alt: 'Ảnh khác' }),
      ],
    ]
    for (const [route, attack] of attacks) {
      const res = await attack()
      expect(res.status, `${route}: ${res.text}`).toBe(403)
      expect(res.text, route).toMatch(FROZEN)
      expect(await stored('media', photo.id), route).toEqual(before)
    }
    const del = await http.rest('DELETE', `media/${photo.id}`, { token: tokens.contributor })
    expect(del.status).toBe(409)
    expect(del.text).toMatch(/Đền Thử/)
    expect(await stored('media', photo.id)).toEqual(before)
  })

  it('covers panoramas, 3D models (and a poster photo through its model) and audio guides', async () => {
    const pano = await uploadAs('contributor', 'panoramas', { title: 'Toàn cảnh' }, '#2050a0')
    const poster = await uploadAs('contributor', 'media', { alt: 'Ảnh bìa mô hình' })
    const model = await uploadAs('contributor', 'models', { title: 'Tượng', poster: poster.id })
    const audio = await uploadAs('contributor', 'audio', { title: 'Thuyết minh', language: 'vi' })
    await publishedRelic({ panoramas: [pano.id], models: [model.id], audioGuides: [audio.id] })
    const targets: [CollectionSlug, number, Record<string, unknown>][] = [
      ['panoramas', pano.id, { title: 'Đổi tên', initialHeading: 90 }],
      ['models', model.id, { description: 'Mô tả lạ' }],
      ['media', poster.id, { alt: 'Ảnh bìa khác' }],
      ['audio', audio.id, { transcript: 'Lời khác' }],
    ]
    for (const [collection, id, change] of targets) {
      const before = await stored(collection, id)
      const res = await http.rest('PATCH', `${collection}/${id}`, { body: change, token: tokens.contributor })
      expect(res.status, `${collection}: ${res.text}`).toBe(403)
      expect(res.text).toMatch(FROZEN)
      expect(await stored(collection, id)).toEqual(before)
    }
  })

  it('a producer cannot change the photo of its published product either', async () => {
    const photo = await uploadAs('producer', 'media', { alt: 'Bình gốm' })
    await payload.create({
      collection: 'ocop-products',
      data: {
        title: 'Bình gốm thử',
        group: 'handicrafts',
        producer,
        commune,
        gallery: [photo.id],
        _status: 'published',
      },
      overrideAccess: true,
    })
    const before = await stored('media', photo.id)
    const res = await http.rest('PATCH', `media/${photo.id}`, { body: { alt: 'Quảng cáo' }, token: tokens.producer })
    expect(res.status, res.text).toBe(403)
    expect(res.text).toMatch(/Tệp này đang dùng trong bài đã xuất bản \(.*Bình gốm thử.*\)/)
    expect(await stored('media', photo.id)).toEqual(before)
  })

  it('the way that remains: a new upload swapped in through a draft (live page unchanged); an editor may edit in place', async () => {
    const photo = await uploadAs('contributor', 'media', { alt: 'Mái đình' })
    const relic = await publishedRelic({ gallery: [photo.id] })
    const fresh = await uploadAs('contributor', 'media', { alt: 'Mái đình (ảnh mới)' }, '#30a0a0')
    const draft = await http.rest('PATCH', `relics/${relic.id}?draft=true`, {
      body: { gallery: [fresh.id] },
      token: tokens.contributor,
    })
    expect(draft.status, draft.text).toBe(200)
    const live = (await payload.db.findOne({
      collection: 'relics',
      where: { id: { equals: relic.id } },
    })) as unknown as { _status: string }
    expect(live._status).toBe('published')
    const published = await payload.findByID({ collection: 'relics', id: relic.id, depth: 0, draft: false })
    expect(published.gallery).toEqual([photo.id])

    const byEditor = await http.rest('PATCH', `media/${photo.id}`, {
      body: { alt: 'Mái đình cổ' },
      token: tokens.editor,
    })
    expect(byEditor.status, byEditor.text).toBe(200)
    expect((await stored('media', photo.id)).doc.alt).toEqual({ vi: 'Mái đình cổ' })
  })

  it('the refusal is in English for an English admin', async () => {
    const photo = await uploadAs('contributor', 'media', { alt: 'Chuông' })
    await publishedRelic({ gallery: [photo.id] })
    const res = await http.rest('PATCH', `media/${photo.id}`, {
      body: { alt: 'Bell' },
      token: tokens.contributor,
      language: 'en',
    })
    expect(res.status).toBe(403)
    expect(res.text).toMatch(/This file is used by published entries/)
  })
})

const filesIn = async (dir: string) => (await readdir(dir).catch(() => [] as string[])).sort()

describe('leftovers: .gltf models and audio tags', () => {
  it('a valid self-contained .gltf is accepted (whatever type the browser claims) and stored as glTF', async () => {
    // One person per upload: the same file sent twice by one person is refused (media/duplicates.ts).
    const senders = [tokens.contributor, tokens.editor, tokens.producer]
    for (const [n, mimetype] of ['text/plain', 'application/octet-stream', 'model/gltf+json'].entries()) {
      const res = await http.upload(
        'models',
        { data: Buffer.from(await cubeGltfEmbedded()), name: 'tuong-da.gltf', mimetype },
        { title: `Tượng đá (${mimetype})` },
        senders[n],
      )
      expect(res.status, res.text).toBe(201)
      expect(res.json.doc.mimeType).toBe('model/gltf+json')
      expect(res.json.doc.optimised.file).toMatch(/^[a-f0-9]{64}\/model\.glb$/)
    }
  })

  it('an invalid .gltf is refused in Vietnamese and nothing is stored', async () => {
    const cases: [Uint8Array, RegExp][] = [
      [await cubeGltfExternal(), /scene\.bin/],
      [
        new TextEncoder().encode(JSON.stringify({ scenes: [], nodes: [] })),
        /[ạảãáàâấầẩẫậăắằẳẵặđéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵ]/i,
      ],
      [new TextEncoder().encode('<html><script>alert(1)</script></html>'), /[ạảãáàâấầẩẫậăắằẳẵặđéèẻẽẹêếềểễệ]/i],
    ]
    for (const [data, message] of cases) {
      const before = {
        count: (await payload.count({ collection: 'models' })).totalDocs,
        files: await filesIn(uploadDir('models')),
      }
      const res = await http.upload(
        'models',
        { data: Buffer.from(data), name: 'mo-hinh.gltf', mimetype: 'model/gltf+json' },
        { title: 'Mô hình hỏng' },
        tokens.contributor,
      )
      expect(res.status, res.text).toBe(400)
      expect(res.text).toMatch(message)
      expect(res.text).not.toMatch(/is not allowed/)
      expect({
        count: (await payload.count({ collection: 'models' })).totalDocs,
        files: await filesIn(uploadDir('models')),
      }).toEqual(before)
    }
  })

  it('an audio guide is stored, served and published without its metadata tags', async () => {
    const secret = 'Nguyen Van A 0912 345 678'
    const wav = Buffer.from(demoChime().wav)
    const info = Buffer.concat([
      Buffer.from('INFOIART', 'latin1'),
      Buffer.from([secret.length + 1, 0, 0, 0]),
      Buffer.from(`${secret}\0`, 'latin1'),
    ])
    const list = Buffer.concat([
      Buffer.from('LIST', 'latin1'),
      Buffer.from([info.length, 0, 0, 0]),
      info,
      Buffer.alloc(info.length % 2),
    ])
    const tagged = Buffer.concat([wav, list])
    tagged.writeUInt32LE(tagged.length - 8, 4)
    expect(tagged.includes(secret)).toBe(true)
    const res = await http.upload(
      'audio',
      { data: tagged, name: 'thuyet-minh.wav', mimetype: 'audio/wav' },
      { title: 'Thuyết minh', language: 'vi' },
      // Without its tags this is the chime the contributor already uploaded (a duplicate for them).
      tokens.producer,
    )
    expect(res.status, res.text).toBe(201)
    const stored = await readFile(path.join(uploadDir('audio'), res.json.doc.filename))
    expect(stored.includes(secret)).toBe(false)
    expect(stored.equals(wav)).toBe(true)
    expect(res.json.doc.filesize).toBe(wav.length)
    // Audio records and files are public (the site plays the file itself).
    const served = await http.raw('GET', `audio/file/${res.json.doc.filename}`)
    expect(served.status).toBe(200)
    expect(Buffer.from(await served.arrayBuffer()).includes(secret)).toBe(false)
  })
})
