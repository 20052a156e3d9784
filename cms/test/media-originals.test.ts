/**
 * Originals of photos, panoramas and 3D models keep the camera's GPS position, time and device.
 * The file (/api/<collection>/file/<name>) and its address and name on the record (REST by id and
 * in lists, GraphQL, a relationship populated in an entry) go to the office's staff and to the
 * uploader; a translator, a producer (for others' files) and the public get the stripped web
 * versions, which stay public and feed the admin's thumbnails. Audio guides, stored without tags,
 * stay public. The world is ./accessMatrix.ts, plus a translator of the editor's province.
 */
import type { CollectionSlug } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { cubeGlb } from '../../media-tools/test/fixtures/models.ts'
import type { User } from '../src/payload-types'
import { demoChime } from '../src/seed/audio'
import { create, http, arrangeMatrix as matrix, payload, tokens, units, users } from './accessMatrix'
import { signInAccounts } from './accounts'

type Account = 'admin' | 'editor' | 'contributor' | 'producer' | 'translator' | 'anonymous'
const ACCOUNTS: Account[] = ['admin', 'editor', 'contributor', 'producer', 'translator', 'anonymous']
/** Who uploaded each file. */
type Uploader = 'admin' | 'contributor' | 'producer'
const UPLOADERS: Uploader[] = ['admin', 'contributor', 'producer']
const PRIVATE: CollectionSlug[] = ['media', 'panoramas', 'models']

/** Staff have every original; anyone else signed in only what they uploaded; the public nothing. */
const mayHave = (account: Account, uploader: Uploader) =>
  account === 'admin' || account === 'editor' || account === 'contributor' || account === uploader

const token = {} as Record<Account, string | undefined>
const files = {} as Record<string, { id: number; filename: string; thumbnail: string | null }>
const key = (collection: CollectionSlug, uploader: Uploader) => `${collection}:${uploader}`
let relicId = 0

/** A photo with the camera's details in its EXIF, as a phone writes them. */
const photo = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#a04020' } })
    .jpeg()
    .withExif({ IFD0: { Make: 'Điện thoại', Model: 'Máy ảnh thử' } })
    .toBuffer()

async function fileFor(collection: CollectionSlug) {
  if (collection === 'media') return { data: await photo(640, 480), name: 'anh.jpg', mimetype: 'image/jpeg' }
  if (collection === 'panoramas')
    return { data: await photo(2048, 1024), name: 'toan-canh.jpg', mimetype: 'image/jpeg' }
  if (collection === 'models')
    return { data: Buffer.from(await cubeGlb()), name: 'khoi.glb', mimetype: 'model/gltf-binary' }
  return { data: demoChime().wav, name: 'thuyet-minh.wav', mimetype: 'audio/wav' }
}

beforeAll(async () => {
  await matrix()
  const province = (await payload.findByID({ collection: 'admin-units', id: units.c1, depth: 0 })).parent
  const translator = await signInAccounts(payload, http, 'anh.matran.vn', {
    translator: { roles: ['translator'], province },
  })
  Object.assign(token, tokens, translator.tokens, { anonymous: undefined })
  for (const collection of [...PRIVATE, 'audio' as const]) {
    for (const uploader of UPLOADERS) {
      const user: User = users[uploader]
      const file = await fileFor(collection)
      const data = collection === 'media' ? { alt: `Ảnh của ${uploader}` } : { title: `Tệp của ${uploader}` }
      const doc = await payload.create({
        collection,
        data: data as never,
        file: { ...file, size: file.data.byteLength },
        user: { ...user, collection: 'users' },
        overrideAccess: true,
        depth: 0,
      })
      const { id, filename, thumbnailURL } = doc as unknown as { id: number; filename: string; thumbnailURL?: string }
      files[key(collection, uploader)] = { id, filename, thumbnail: thumbnailURL ?? null }
    }
  }
  const gallery = [files[key('media', 'admin')]?.id]
  relicId = (
    await create('relics', {
      title: 'Đền có ảnh',
      rank: 'provincial',
      types: ['historical'],
      commune: units.c1,
      gallery,
      panoramas: [files[key('panoramas', 'admin')]?.id],
      models: [files[key('models', 'admin')]?.id],
      _status: 'published',
    })
  ).id
})

const GRAPHQL_NAME: Record<string, string> = { media: 'Media', panoramas: 'Panorama', models: 'Model' }

describe('originals of photos, panoramas and 3D models', () => {
  for (const collection of PRIVATE) {
    it(`${collection}: the file, its address and its name only for staff and the uploader, on every route`, async () => {
      const wrong: string[] = []
      for (const account of ACCOUNTS) {
        const t = token[account]
        const list = await http.rest('GET', `${collection}?limit=100&depth=0`, { token: t })
        for (const uploader of UPLOADERS) {
          const { id, filename } = files[key(collection, uploader)] ?? { id: 0, filename: '' }
          const allowed = mayHave(account, uploader)
          const at = `${account} ← ${uploader}'s`
          const file = await http.raw('GET', `${collection}/file/${encodeURIComponent(filename)}`, t)
          const bytes = new Uint8Array(await file.arrayBuffer())
          if ((file.status === 200) !== allowed) wrong.push(`${at} file: ${file.status}`)
          if (!allowed && bytes.byteLength > 200) wrong.push(`${at} file: ${bytes.byteLength} bytes sent`)
          const one = await http.rest('GET', `${collection}/${id}?depth=0`, { token: t })
          const docs = [one.json, list.json?.docs?.find((d: { id: number }) => d.id === id)]
          const gql = await http.gql(`{ ${GRAPHQL_NAME[collection]}(id: ${id}) { url filename } }`, t)
          docs.push(gql.json.data?.[GRAPHQL_NAME[collection] ?? ''])
          for (const [route, doc] of ['REST', 'list', 'GraphQL'].map((r, i) => [r, docs[i]] as const)) {
            if (account === 'anonymous') {
              if (doc?.url || doc?.filename) wrong.push(`${at} ${route}: the public read the record`)
              continue
            }
            const shown = Boolean(doc?.url) || Boolean(doc?.filename)
            if (!doc) wrong.push(`${at} ${route}: no record`)
            else if (shown !== allowed) wrong.push(`${at} ${route}: address ${shown ? 'shown' : 'hidden'}`)
            if (doc && !allowed && JSON.stringify(doc).includes(filename)) wrong.push(`${at} ${route}: name leaked`)
          }
          if (account !== 'anonymous' && !allowed) {
            const probe = await http.rest('GET', `${collection}?where[filename][equals]=${filename}&depth=0`, {
              token: t,
            })
            if (probe.status === 200 && probe.json.totalDocs > 0) wrong.push(`${at}: found by its file name`)
          }
        }
      }
      expect(wrong).toEqual([])
    })
  }

  it('an entry read with its media populated shows the translator no original', async () => {
    const res = await http.rest('GET', `relics/${relicId}?depth=1&draft=true`, { token: token.translator })
    expect(res.status, res.text).toBe(200)
    const populated = [res.json.gallery?.[0], res.json.panoramas?.[0], res.json.models?.[0]]
    for (const doc of populated) {
      expect(typeof doc).toBe('object')
      expect(doc.url ?? null).toBeNull()
      expect(doc.filename ?? null).toBeNull()
    }
    for (const collection of PRIVATE) {
      expect(res.text).not.toContain(files[key(collection, 'admin')]?.filename)
    }
    const editor = await http.rest('GET', `relics/${relicId}?depth=1`, { token: token.editor })
    expect(editor.json.gallery[0].url).toMatch(/\/api\/media\/file\//)
  })

  it('web versions stay public: the thumbnails every account sees, and the site’s images', async () => {
    for (const collection of ['media', 'panoramas'] as const) {
      const { id, thumbnail } = files[key(collection, 'admin')] ?? { id: 0, thumbnail: null }
      expect(thumbnail).toMatch(new RegExp(`^/api/${collection}/derivatives/`))
      const record = await http.rest('GET', `${collection}/${id}`, { token: token.translator })
      expect(record.json.thumbnailURL).toBe(thumbnail)
      const web = await http.raw('GET', (thumbnail ?? '').replace(/^\/api\//, ''))
      expect(web.status).toBe(200)
      const meta = await sharp(new Uint8Array(await web.arrayBuffer())).metadata()
      expect(meta.exif).toBeUndefined()
    }
  })

  it('audio guides (stored without tags) stay public, file and address', async () => {
    const { id, filename } = files[key('audio', 'admin')] ?? { id: 0, filename: '' }
    for (const account of ACCOUNTS) {
      const file = await http.raw('GET', `audio/file/${encodeURIComponent(filename)}`, token[account])
      expect(file.status, account).toBe(200)
      const record = await http.rest('GET', `audio/${id}`, { token: token[account] })
      expect(record.json.url, account).toMatch(/\/api\/audio\/file\//)
    }
  })
})
