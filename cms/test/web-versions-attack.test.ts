/**
 * The web versions of photos (issue 21) attacked by every role on every route Payload exposes: a
 * person never sets the values only the server makes (state, error, web versions, preview,
 * placeholder, colour), whether by REST (by id, in bulk, on create), GraphQL or the admin's
 * duplicate; nobody copies an original they may not have through a duplicate; the retry action
 * refuses, in Vietnamese and saying what to do, whoever may not change the photo and a photo that
 * did not fail, writing nothing; the failure's text (it names the original file) reaches only
 * those who may have the file and names no server path; a pending or failed photo is not
 * published. On a migrated SQLite file, with the real worker (makePendingWebVersions).
 */
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { gpsPhoto } from '../../media-tools/test/fixtures/images.ts'
import { cubeGlb } from '../../media-tools/test/fixtures/models.ts'
import { DERIVATIVES } from '../src/media/files'
import { makePendingWebVersions } from '../src/media/webVersions'
import { dataDir, uploadDir } from '../src/paths'
import { exportSnapshot } from '../src/snapshot/export'
import { makeOffice, officeAccounts, signInAccounts } from './accounts'
import { httpClient } from './http'
import { migratedFile } from './payload'

const migrated = migratedFile('web-versions-attack')
const payload = () => migrated.payload
let http: Awaited<ReturnType<typeof httpClient>>

type Account = 'admin' | 'editor' | 'contributor' | 'producer' | 'other' | 'translator' | 'anonymous'
/** `other` is a contributor of another province's commune. */
const ACCOUNTS: Account[] = ['admin', 'editor', 'contributor', 'producer', 'other', 'translator', 'anonymous']
const token = {} as Record<Account, string | undefined>

const MACHINE = [
  'webVersions',
  'webVersionsError',
  'derivatives',
  'cardDerivatives',
  'preview',
  'placeholder',
  'dominantColor',
] as const
type Machine = Record<(typeof MACHINE)[number], unknown>

interface Photo {
  id: number
  filename: string
  alt: string
}

/** A distinct photo each call (colour), 800×600. */
let serial = 0
const jpeg = async () => {
  serial += 1
  const background = { r: (serial * 41) % 256, g: (serial * 13) % 256, b: 90 }
  return sharp({ create: { width: 800, height: 600, channels: 3, background } })
    .jpeg()
    .toBuffer()
}

/** A photo uploaded through REST by `who`, as the admin's form sends it: pending. */
const upload = async (who: Account, alt: string, data: Record<string, unknown> = {}) =>
  http.upload('media', { data: await jpeg(), name: `${alt}.jpg`, mimetype: 'image/jpeg' }, { alt, ...data }, token[who])

const uploaded = async (who: Account, alt: string): Promise<Photo> => {
  const res = await upload(who, alt)
  expect(res.status, res.text).toBe(201)
  return res.json.doc
}

/** The record as stored (full rights, no field access). */
const stored = async (id: number) =>
  (await payload().findByID({ collection: 'media', id, depth: 0, overrideAccess: true })) as unknown as Record<
    string,
    unknown
  > &
    Machine
const machineOf = (doc: Record<string, unknown>): Machine =>
  Object.fromEntries(MACHINE.map((name) => [name, doc[name] ?? null])) as Machine

/** What a person sends: a ready state with another photo's versions, a path out of the store. */
const forgedFrom = (other: Machine) => {
  const outside = { format: 'webp', width: 320, height: 240, bytes: 9, file: '../../etc/passwd' }
  return {
    webVersions: 'ready',
    webVersionsError: 'Lỗi giả: /tmp/heritage/uploads/media',
    derivatives: [outside, ...((other.derivatives as unknown[]) ?? [])],
    cardDerivatives: other.cardDerivatives,
    preview: [outside],
    placeholder: 'data:image/webp;base64,R0lGODlhAQABAAAAACw=',
    dominantColor: '#123456',
  }
}

/** Makes a photo fail as a lost original does (web-versions.test.ts), its file then put back. */
const failed = async (who: Account, alt: string): Promise<Photo> => {
  const photo = await uploaded(who, alt)
  const file = path.join(uploadDir('media'), photo.filename)
  await rename(file, `${file}.moved`)
  await makePendingWebVersions(payload(), { ids: [photo.id] })
  await rename(`${file}.moved`, file)
  expect((await stored(photo.id)).webVersions).toBe('failed')
  return photo
}

const ready = async (who: Account, alt: string): Promise<Photo> => {
  const photo = await uploaded(who, alt)
  await makePendingWebVersions(payload(), { ids: [photo.id] })
  expect((await stored(photo.id)).webVersions).toBe('ready')
  return photo
}

let commune = 0
let donor: Machine
let forged: ReturnType<typeof forgedFrom>
/** The contributor's photos in each state, and the producer's own ready one. */
const photos = {} as Record<'ready' | 'pending' | 'failed' | 'producers', Photo>

beforeAll(async () => {
  http = await httpClient()
  const a = await makeOffice(payload(), 'Ảnh Tấn Công')
  commune = a.commune
  const b = await makeOffice(payload(), 'Ảnh Xa')
  const { tokens } = await signInAccounts(payload(), http, 'anhtancong.vn', {
    ...officeAccounts(a),
    other: { roles: ['contributor'], communes: [b.commune] },
    translator: { roles: ['translator'], province: a.province },
  })
  Object.assign(token, tokens, { anonymous: undefined })
  donor = machineOf(await stored((await ready('admin', 'Ảnh của người khác')).id))
  forged = forgedFrom(donor)
  photos.ready = await ready('contributor', 'Ảnh đã có bản web')
  photos.failed = await failed('contributor', 'Ảnh lỗi bản web')
  photos.pending = await uploaded('contributor', 'Ảnh đang chờ')
  photos.producers = await ready('producer', 'Ảnh của cơ sở')
}, 60_000)

/** Who may change a photo: the office's staff editors, and its uploader. */
const mayUpdate = (account: Account, uploader: Account) =>
  account === 'admin' || account === 'editor' || account === uploader

/** The GraphQL literal of a JSON value (object keys unquoted). */
const gqlValue = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(gqlValue).join(', ')}]`
    : value && typeof value === 'object'
      ? `{ ${Object.entries(value)
          .map(([k, v]) => `${k}: ${gqlValue(v)}`)
          .join(', ')} }`
      : JSON.stringify(value)

const gqlForged = () =>
  `webVersions: ready, webVersionsError: ${JSON.stringify(forged.webVersionsError)}, derivatives: ${gqlValue(forged.derivatives)}, cardDerivatives: ${gqlValue(forged.cardDerivatives)}, preview: ${gqlValue(forged.preview)}, placeholder: ${JSON.stringify(forged.placeholder)}, dominantColor: "#123456"`

describe('a person never sets the machine values', () => {
  it('updates by REST (by id and in bulk) and GraphQL, every role, photos ready, pending and failed', async () => {
    const wrong: string[] = []
    const targets: [Photo, Account][] = [
      [photos.ready, 'contributor'],
      [photos.pending, 'contributor'],
      [photos.failed, 'contributor'],
      [photos.producers, 'producer'],
    ]
    for (const account of ACCOUNTS) {
      const t = token[account]
      for (const [photo, uploader] of targets) {
        const routes = {
          'REST PATCH by id': async (caption: string) =>
            http.rest('PATCH', `media/${photo.id}?depth=0`, { token: t, body: { ...forged, caption } }),
          'REST bulk PATCH': async (caption: string) =>
            http.rest('PATCH', `media?depth=0&where[id][equals]=${photo.id}`, {
              token: t,
              body: { ...forged, caption },
            }),
          'GraphQL updateMedia': async (caption: string) =>
            http.gql(
              `mutation { updateMedia(id: ${photo.id}, data: { caption: ${JSON.stringify(caption)}, ${gqlForged()} }) { id webVersions } }`,
              t,
            ),
        }
        for (const [route, send] of Object.entries(routes)) {
          const before = await stored(photo.id)
          const caption = `${account} ${route} ${photo.id}`
          const res = await send(caption)
          const after = await stored(photo.id)
          const at = `${account} → ${uploader}'s ${photo.alt}, ${route} (${res.status} ${res.text.slice(0, 160)})`
          const changed = after.caption === caption
          if (changed !== mayUpdate(account, uploader)) wrong.push(`${at}: saved ${changed}`)
          if (JSON.stringify(machineOf(after)) !== JSON.stringify(machineOf(before))) {
            wrong.push(`${at}: machine values became ${JSON.stringify(machineOf(after)).slice(0, 200)}`)
          }
        }
      }
    }
    expect(wrong).toEqual([])
    // The states are still the server's.
    expect((await stored(photos.pending.id)).webVersions).toBe('pending')
    expect((await stored(photos.failed.id)).webVersions).toBe('failed')
  })

  it('creates: REST with a file gets the server’s values; GraphQL (no file) and those who may not upload are refused', async () => {
    const wrong: string[] = []
    for (const account of ACCOUNTS) {
      const count = (await payload().count({ collection: 'media' })).totalDocs
      const res = await upload(account, `Ảnh giả của ${account}`, forged)
      const gql = await http.gql(
        `mutation { createMedia(data: { alt: "Ảnh GraphQL ${account}", ${gqlForged()} }) { id webVersions } }`,
        token[account],
      )
      if (gql.json.data?.createMedia) wrong.push(`${account} GraphQL createMedia: created ${gql.text}`)
      const mayCreate = ['admin', 'editor', 'contributor', 'producer', 'other'].includes(account)
      if ((res.status === 201) !== mayCreate)
        wrong.push(`${account} REST create: ${res.status} ${res.text.slice(0, 160)}`)
      if (res.status !== 201) {
        if ((await payload().count({ collection: 'media' })).totalDocs !== count) wrong.push(`${account}: written`)
        continue
      }
      const doc = await stored(res.json.doc.id)
      const made = machineOf(doc)
      const previews = (made.preview as { file: string }[] | null) ?? []
      const expected = {
        webVersions: 'pending',
        webVersionsError: null,
        derivatives: null,
        cardDerivatives: null,
      }
      for (const [name, value] of Object.entries(expected)) {
        if (made[name as keyof Machine] !== value)
          wrong.push(`${account} REST create: ${name} ${JSON.stringify(made[name as keyof Machine])}`)
      }
      if (previews.length !== 1 || !/^[a-f0-9]{64}\/\d+\.webp$/.test(previews[0]?.file ?? '')) {
        wrong.push(`${account} REST create: preview ${JSON.stringify(made.preview)}`)
      }
      if (made.placeholder === forged.placeholder || !String(made.placeholder).startsWith('data:image/webp;base64,')) {
        wrong.push(`${account} REST create: placeholder ${made.placeholder}`)
      }
      if (made.dominantColor === forged.dominantColor) wrong.push(`${account} REST create: the forged colour`)
    }
    expect(wrong).toEqual([])
  })

  it('duplicates: the copy gets the server’s values, and only who may have the original may copy it', async () => {
    const wrong: string[] = []
    for (const account of ACCOUNTS) {
      const t = token[account]
      const count = (await payload().count({ collection: 'media' })).totalDocs
      const rest = await http.rest('POST', `media/${photos.ready.id}/duplicate?depth=0`, { token: t, body: forged })
      const gql = await http.gql(
        `mutation { duplicateMedia(id: ${photos.ready.id}, data: { alt: "Bản sao GraphQL" }) { id } }`,
        t,
      )
      // Staff have every original; the contributor uploaded this one. A producer, a translator
      // and the public may not have it, so no copy of it either (media-originals.test.ts).
      const allowed = ['admin', 'editor', 'contributor', 'other'].includes(account)
      const copies = [rest.json?.doc?.id, gql.json.data?.duplicateMedia?.id].filter(Boolean) as number[]
      if ((rest.status === 200) !== allowed)
        wrong.push(`${account} REST duplicate: ${rest.status} ${rest.text.slice(0, 200)}`)
      if (Boolean(gql.json.data?.duplicateMedia) !== allowed)
        wrong.push(`${account} GraphQL duplicate: ${gql.text.slice(0, 200)}`)
      if (!allowed) {
        if ((await payload().count({ collection: 'media' })).totalDocs !== count)
          wrong.push(`${account}: a copy written`)
        if (
          t &&
          rest.json?.errors?.[0]?.message !== undefined &&
          !/nhân bản tệp này/.test(rest.json.errors[0].message)
        ) {
          wrong.push(`${account} REST duplicate refusal: ${rest.json.errors[0].message}`)
        }
      }
      for (const id of copies) {
        const copy = machineOf(await stored(id))
        if (copy.webVersions !== 'pending' || copy.derivatives !== null || copy.cardDerivatives !== null) {
          wrong.push(`${account} duplicate ${id}: ${JSON.stringify(copy).slice(0, 200)}`)
        }
        if (copy.dominantColor === forged.dominantColor || copy.placeholder === forged.placeholder) {
          wrong.push(`${account} duplicate ${id}: forged facts`)
        }
        if (JSON.stringify(copy.preview).includes('..')) wrong.push(`${account} duplicate ${id}: forged preview`)
      }
    }
    expect(wrong).toEqual([])
    // The refusal names what to do, in Vietnamese.
    const refused = await http.rest('POST', `media/${photos.ready.id}/duplicate`, { token: token.producer, body: {} })
    expect(refused.status).toBe(403)
    expect(refused.json.errors[0].message).toMatch(/^Bạn không được nhân bản tệp này: .*Chọn từ thư viện/)
  })

  it('a producer cannot get someone else’s GPS-tagged original by duplicating it', async () => {
    const res = await http.upload(
      'media',
      { data: Buffer.from(await gpsPhoto()), name: 'dinh-gps-goc.jpg', mimetype: 'image/jpeg' },
      { alt: 'Ảnh có GPS của xã' },
      token.contributor,
    )
    expect(res.status, res.text).toBe(201)
    const { id, filename } = res.json.doc as Photo
    expect((await http.raw('GET', `media/file/${filename}`, token.producer)).status).toBe(403)
    const copy = await http.rest('POST', `media/${id}/duplicate?depth=0`, { token: token.producer, body: {} })
    expect(copy.status, copy.text).toBe(403)
    expect(copy.json.doc).toBeUndefined()
  })

  it('nor a 360° panorama’s or a 3D scan’s (their originals are private too)', async () => {
    const admin = { ...(await payload().find({ collection: 'users', where: { email: { like: 'admin@' } } })).docs[0] }
    const pano = await sharp({ create: { width: 2048, height: 1024, channels: 3, background: '#305070' } })
      .jpeg()
      .toBuffer()
    const files = {
      panoramas: { data: pano, name: 'toan-canh.jpg', mimetype: 'image/jpeg', size: pano.byteLength },
      models: { data: Buffer.from(await cubeGlb()), name: 'khoi.glb', mimetype: 'model/gltf-binary', size: 0 },
    }
    for (const collection of ['panoramas', 'models'] as const) {
      const doc = await payload().create({
        collection,
        data: { title: `Tệp riêng ${collection}` } as never,
        file: { ...files[collection], size: files[collection].data.byteLength },
        user: { ...admin, collection: 'users' } as never,
        overrideAccess: true,
        depth: 0,
      })
      const count = (await payload().count({ collection })).totalDocs
      for (const account of ['producer', 'translator'] as const) {
        const res = await http.rest('POST', `${collection}/${doc.id}/duplicate`, { token: token[account], body: {} })
        expect(res.status, `${account} ${collection}: ${res.text}`).toBe(403)
      }
      expect((await payload().count({ collection })).totalDocs).toBe(count)
    }
  })
})

describe('the retry action', () => {
  const retry = (id: number | string, account: Account, language?: string) =>
    http.rest('POST', `media/${id}/web-versions/retry`, { token: token[account], language })

  it('refuses, in Vietnamese and saying what to do, whoever may not change the photo; nothing written', async () => {
    const photo = await failed('contributor', 'Ảnh lỗi người khác bấm')
    const before = await stored(photo.id)
    const anonymous = await retry(photo.id, 'anonymous')
    expect(anonymous.status).toBe(401)
    expect(anonymous.json.errors[0].message).toBe('Hãy đăng nhập.')
    for (const account of ['producer', 'other', 'translator'] as const) {
      const res = await retry(photo.id, account)
      expect(res.status, `${account}: ${res.text}`).toBe(403)
      expect(res.json.errors[0].message).toMatch(
        /^Tài khoản của bạn không được "Thử lại" cho ảnh này: chỉ người đã tải ảnh lên hoặc biên tập viên .*Hãy nhờ họ/,
      )
      expect(await stored(photo.id)).toEqual(before)
    }
    // In English for an English admin.
    expect((await retry(photo.id, 'producer', 'en')).json.errors[0].message).toMatch(/^Your account may not try/)
    const mine = await retry(photo.id, 'contributor')
    expect(mine.status, mine.text).toBe(200)
    expect(await stored(photo.id)).toMatchObject({ webVersions: 'pending', updatedAt: before.updatedAt })
  })

  it('a photo whose versions are ready or being made: refused with why, nothing reset, updatedAt kept', async () => {
    for (const [photo, pattern] of [
      [photos.ready, /^Ảnh này không bị lỗi tạo bản cho web nên không cần "Thử lại"\. Hãy tải lại trang/],
      [photos.pending, /^Ảnh này đang được tạo bản cho web nên không cần "Thử lại"\. Hãy chờ/],
    ] as const) {
      const before = await stored(photo.id)
      const res = await retry(photo.id, 'editor')
      expect(res.status, res.text).toBe(409)
      expect(res.json.errors[0].message).toMatch(pattern)
      expect(await stored(photo.id)).toEqual(before)
    }
  })

  it('an id that names no photo: 404 with a Vietnamese message', async () => {
    for (const id of ['999999', 'abc', '1%20OR%201=1']) {
      const res = await retry(id, 'admin')
      expect(res.status, `${id}: ${res.text}`).toBe(404)
      expect(res.json.errors[0].message).toMatch(/^Không có ảnh số ".+"\. Hãy mở lại danh sách ảnh/)
    }
  })
})

describe('the failure’s text', () => {
  it('names no server path; only staff and the uploader read it, on every route; the public reads no photo record', async () => {
    // A failure that is neither a bad photo nor a lost original: the web versions' folder cannot be
    // written (a file stands where it should be).
    const photo = await uploaded('contributor', 'Ảnh lỗi máy chủ')
    const folder = path.join(dataDir(), DERIVATIVES)
    await rename(folder, `${folder}.away`)
    try {
      await writeFile(folder, 'not a folder')
      await makePendingWebVersions(payload(), { ids: [photo.id] })
    } finally {
      await rm(folder, { force: true })
      await rename(`${folder}.away`, folder)
    }
    const { webVersions, webVersionsError } = await stored(photo.id)
    expect(webVersions).toBe('failed')
    expect(webVersionsError).toMatch(/^Không tạo được bản cho web của ảnh này do lỗi trên máy chủ .*"Thử lại"/)
    expect(webVersionsError).not.toContain(dataDir())
    expect(webVersionsError).not.toMatch(/\/tmp\/|EEXIST|ENOTDIR/)

    const lost = photos.failed
    const wrong: string[] = []
    for (const account of ACCOUNTS) {
      const t = token[account]
      const one = await http.rest('GET', `media/${lost.id}?depth=0`, { token: t })
      const picked = await http.rest(
        'GET',
        `media/${lost.id}?depth=0&select[webVersions]=true&select[webVersionsError]=true&select[uploadedBy]=true`,
        { token: t },
      )
      const list = await http.rest('GET', `media?depth=0&limit=100&where[webVersions][equals]=failed`, { token: t })
      const gql = await http.gql(`{ Media(id: ${lost.id}) { webVersions webVersionsError } }`, t)
      const probe = await http.rest('GET', `media?depth=0&where[webVersionsError][like]=tệp gốc`, { token: t })
      const reads = {
        'REST by id': one.json,
        'REST select': picked.json,
        list: list.json?.docs?.find((d: Photo) => d.id === lost.id),
        GraphQL: gql.json.data?.Media,
      }
      // The office's staff (both contributors) and the uploader: who may have the original.
      const allowed = ['admin', 'editor', 'contributor', 'other'].includes(account)
      if (account === 'anonymous') {
        for (const res of [one, picked, list, probe]) if (res.status !== 403) wrong.push(`anonymous: ${res.status}`)
      }
      for (const [route, doc] of Object.entries(reads)) {
        const shown = typeof doc?.webVersionsError === 'string' && doc.webVersionsError.length > 0
        if (shown !== allowed) wrong.push(`${account} ${route}: error ${shown ? 'shown' : 'hidden'}`)
        if (!allowed && JSON.stringify(doc ?? null).includes(lost.filename))
          wrong.push(`${account} ${route}: file name`)
      }
      // Nor found by querying it.
      const found = probe.status === 200 && probe.json.docs.some((d: Photo) => d.id === lost.id)
      if (found !== allowed)
        wrong.push(`${account}: query by the error ${found ? 'finds' : 'misses'} it (${probe.status})`)
    }
    // In a published entry read with its gallery populated.
    const relic = await payload().create({
      collection: 'relics',
      data: {
        title: 'Đền có ảnh lỗi',
        rank: 'provincial',
        types: ['historical'],
        commune,
        gallery: [lost.id],
        _status: 'published',
      },
    })
    for (const account of ACCOUNTS) {
      const res = await http.rest('GET', `relics/${relic.id}?depth=1&draft=true`, { token: token[account] })
      const photo = res.json?.gallery?.[0]
      const shown = typeof photo?.webVersionsError === 'string'
      if (shown !== ['admin', 'editor', 'contributor', 'other'].includes(account)) {
        wrong.push(`${account} populated gallery (${res.status}): error ${shown ? 'shown' : 'hidden'}`)
      }
    }
    expect(wrong).toEqual([])
  })
})

describe('the public site', () => {
  it('publishes no pending or failed photo, and no failure text', async () => {
    const pending = await uploaded('editor', 'Ảnh chờ trong bài xuất bản')
    const broken = await failed('editor', 'Ảnh lỗi trong bài xuất bản')
    const fine = await ready('editor', 'Ảnh xong trong bài xuất bản')
    await payload().create({
      collection: 'relics',
      data: {
        title: 'Đình có ảnh đủ trạng thái',
        rank: 'provincial',
        types: ['historical'],
        gallery: [pending.id, broken.id, fine.id],
        _status: 'published',
      },
    })
    const dir = path.join(dataDir(), 'snapshot-attack')
    await exportSnapshot(payload(), { dir, siteUrl: 'https://disan.example.vn' })
    const texts: string[] = []
    const walk = async (at: string): Promise<void> => {
      for (const entry of await readdir(at, { withFileTypes: true })) {
        const full = path.join(at, entry.name)
        if (entry.isDirectory()) await walk(full)
        else if (entry.name.endsWith('.json')) texts.push(await readFile(full, 'utf8'))
      }
    }
    await walk(dir)
    const all = texts.join('\n')
    expect(all).toContain(fine.alt)
    expect(all).not.toContain(pending.alt)
    expect(all).not.toContain(broken.alt)
    expect(all).not.toMatch(/webVersions|Không tìm thấy tệp gốc|etc\/passwd/)
    const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'))
    const files: string[] = manifest.media.map((m: { file: string }) => m.file)
    for (const photo of [pending, broken]) {
      const { preview } = await stored(photo.id)
      for (const v of (preview as { file: string }[]) ?? []) expect(files).not.toContain(v.file)
    }
  })
})
