/**
 * Uploads in an S3-compatible bucket (S3_* settings, media/files.ts), against a real server this
 * file starts (s3rver on a free port, objects in a temporary folder): a photo uploaded through REST
 * by staff has its original and its web versions in the bucket and nothing in the data folder; the
 * originals stay behind Payload's access checks (the public, and a producer who did not upload it,
 * get nothing on any route; no bucket address is given out); the public web versions and the
 * admin's thumbnail are served from the bucket; a published entry's photo reaches the exported
 * snapshot; a backup holds the bucket's files and restores them into an empty bucket; a refused
 * upload leaves no object, nor does a save that fails after its files were written (its database
 * write made to fail); a delete removes the original and its web versions.
 */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import JSZip from 'jszip'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { truncatedJpeg } from '../../media-tools/test/fixtures/images.ts'
import { BackupError, createBackup, restoreBackup } from '../src/backup/archive'
import { s3Settings, s3Store } from '../src/media/files'
import { makePendingWebVersions } from '../src/media/webVersions'
import { dataDir } from '../src/paths'
import { exportSnapshot } from '../src/snapshot/export'
import {
  arrangeInscriptionParents,
  create,
  http,
  arrangeMatrix as matrix,
  payload,
  relicsOf,
  tokens,
  units,
} from './accessMatrix'
import { failOnWrite } from './failingWrites'
import { startS3 } from './s3'

// Before Payload's config is first read (arrangeMatrix boots it): the bucket is where files go.
const s3 = await startS3()
Object.assign(process.env, s3.env)
const PREFIX = s3.env.S3_PREFIX

let work: string
interface Uploaded {
  id: number
  filename: string
  url: string
  thumbnailURL: string
  derivatives: { file: string }[]
  cardDerivatives: { file: string }[]
  /** The 320-pixel preview the REST save made (the thumbnail until the web versions are ready). */
  preview: { file: string }[] | null
}
let photo: Uploaded
let original: Buffer

/** A phone photo: JPEG with the camera's make and model in its EXIF. */
const jpeg = (colour: string) =>
  sharp({ create: { width: 1024, height: 768, channels: 3, background: colour } })
    .jpeg()
    .withExif({ IFD0: { Make: 'Điện thoại', Model: 'Máy ảnh thử' } })
    .toBuffer()

/** A REST upload, its web versions then made as the server's worker makes them (media/webVersions.ts). */
const upload = async (data: Buffer, name: string, token: string | undefined) => {
  const response = await http.upload('media', { data, name, mimetype: 'image/jpeg' }, { alt: 'Ảnh đình làng' }, token)
  if (response.status !== 201) return response
  await makePendingWebVersions(payload)
  const doc = await payload.findByID({ collection: 'media', id: response.json.doc.id, depth: 0 })
  return { ...response, json: { ...response.json, doc: { ...response.json.doc, ...doc } } }
}

/** The object's bytes, read straight from the bucket. */
const object = (key: string) => s3Store(s3.settings).read(key)

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'heritage-object-storage-'))
  await matrix()
  original = await jpeg('#a04020')
  const response = await upload(original, 'den-tho.jpg', tokens.editor)
  expect(response.status, response.text).toBe(201)
  photo = response.json.doc
})

afterAll(async () => {
  await payload?.destroy()
  await s3.stop()
  await rm(work, { recursive: true, force: true })
})

describe('settings', () => {
  it('unset S3_BUCKET keeps the data folder; a half-set or wrong setting is named, in Vietnamese', () => {
    expect(s3Settings({})).toBeNull()
    expect(() => s3Settings({ S3_ENDPOINT: 'http://127.0.0.1:9000' })).toThrow(/chưa đặt S3_BUCKET/)
    expect(() => s3Settings({ S3_BUCKET: 'di-san', S3_ACCESS_KEY_ID: 'k' })).toThrow(/Thiếu S3_SECRET_ACCESS_KEY/)
    expect(() => s3Settings({ S3_BUCKET: 'di-san', S3_FORCE_PATH_STYLE: 'có' })).toThrow(/S3_FORCE_PATH_STYLE/)
    expect(() => s3Settings({ S3_BUCKET: 'di-san', S3_ENDPOINT: 's3.example.vn' })).toThrow(/S3_ENDPOINT/)
    // Read as the site reads SITE_BUCKET_* (one parser, @heritage/contract): the same bucket-name rule.
    expect(() => s3Settings({ S3_BUCKET: 'Di_San' })).toThrow(/S3_BUCKET="Di_San" không phải tên bucket hợp lệ/)
    // The secret is never part of a message.
    const error = (() => {
      try {
        s3Settings({ S3_BUCKET: '', S3_SECRET_ACCESS_KEY: 'bi-mat-rat-dai' })
      } catch (e) {
        return String(e)
      }
    })()
    expect(error).toMatch(/S3_SECRET_ACCESS_KEY/)
    expect(error).not.toContain('bi-mat-rat-dai')
  })
})

describe('a photo uploaded through REST by staff', () => {
  it('has its original and every web version in the bucket, and nothing in the data folder', async () => {
    const keys = await s3.keys()
    expect(keys).toContain(`${PREFIX}/uploads/media/${photo.filename}`)
    const versions = [...photo.derivatives, ...photo.cardDerivatives].map((d) => d.file)
    expect(versions.length).toBeGreaterThan(6)
    for (const file of versions) expect(keys).toContain(`${PREFIX}/derivatives/${file}`)
    // Each content-addressed folder is whole: its manifest is there too.
    for (const folder of new Set(versions.map((f) => f.split('/')[0]))) {
      expect(keys).toContain(`${PREFIX}/derivatives/${folder}/manifest.json`)
    }
    expect(await object(`uploads/media/${photo.filename}`)).toEqual(original)
    const local = async (...parts: string[]) => stat(path.join(dataDir(), ...parts)).catch(() => null)
    expect(await local('uploads', 'media', photo.filename)).toBeNull()
    expect(await local('derivatives', versions[0]?.split('/')[0] ?? '')).toBeNull()
    // The address given out is Payload's access-checked route, never the bucket's.
    expect(photo.url).toMatch(/^\/api\/media\/file\//)
    expect(JSON.stringify(photo)).not.toContain(s3.env.S3_ENDPOINT)
  })

  it('original: only staff and the uploader get it, through Payload, on every route', async () => {
    const file = (token?: string) => http.raw('GET', `media/file/${encodeURIComponent(photo.filename)}`, token)
    for (const token of [tokens.editor, tokens.admin, tokens.contributor]) {
      const allowed = await file(token)
      expect(allowed.status).toBe(200)
      expect(Buffer.from(await allowed.arrayBuffer())).toEqual(original)
    }
    for (const token of [undefined, tokens.producer]) {
      const refused = await file(token)
      expect(refused.status).not.toBe(200)
      expect((await refused.arrayBuffer()).byteLength).toBeLessThan(200)
      const one = await http.rest('GET', `media/${photo.id}?depth=0`, { token })
      const list = await http.rest('GET', 'media?limit=100&depth=0', { token })
      const gql = await http.gql(`{ Media(id: ${photo.id}) { url filename } }`, token)
      for (const shown of [one.json, list.json?.docs?.find((d: { id: number }) => d.id === photo.id), gql.json.data])
        expect(JSON.stringify(shown ?? {})).not.toContain(photo.filename)
    }
  })

  it('a file name the bucket does not have answers 404, not a server error', async () => {
    for (const name of ['khong-co.jpg', '..%2f..%2fetc%2fpasswd', `${photo.filename}x`]) {
      const response = await http.raw('GET', `media/file/${name}`, tokens.admin)
      expect(response.status, name).toBe(404)
    }
  })

  it('web versions and the admin thumbnail are public, served from the bucket', async () => {
    const [webp] = photo.derivatives.filter((d) => d.file.endsWith('.webp'))
    const response = await http.raw('GET', `media/derivatives/${webp?.file}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/webp')
    expect(Buffer.from(await response.arrayBuffer())).toEqual(await object(`derivatives/${webp?.file}`))
    // The address the admin's list and picker show, fetched as the admin's browser does.
    expect(photo.thumbnailURL).toMatch(/^\/api\/media\/derivatives\/[a-f0-9]{64}\/320\.webp$/)
    const thumbnail = await http.raw('GET', photo.thumbnailURL.replace(/^\/api\//, ''), tokens.editor)
    expect(thumbnail.status).toBe(200)
    const { width, format } = await sharp(Buffer.from(await thumbnail.arrayBuffer())).metadata()
    expect({ width, format }).toEqual({ width: 320, format: 'webp' })
  })
})

describe('health', () => {
  it('checks the bucket, not the data folder, and leaves no probe behind', async () => {
    const before = await s3.keys()
    const health = await http.rest('GET', 'health?scope=instance', { token: tokens.admin })
    expect(health.json.checks.uploads).toMatchObject({ status: 'ok', detail: { store: 's3' } })
    expect(await s3.keys()).toEqual(before)
  })
})

describe('a published entry with the photo', () => {
  it('is exported with the photo read from the bucket', async () => {
    await create('relics', {
      title: 'Đình có ảnh trong kho',
      rank: 'provincial',
      types: ['historical'],
      commune: units.c1,
      gallery: [photo.id],
      _status: 'published',
    })
    const dir = path.join(work, 'snapshot')
    await exportSnapshot(payload, { dir, siteUrl: 'https://disan.example.vn' })
    const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'))
    const files: string[] = manifest.media.map((m: { file: string }) => m.file)
    const versions = photo.derivatives.map((d) => d.file)
    expect(versions.every((f) => files.includes(f))).toBe(true)
    for (const file of versions.slice(0, 3)) {
      expect(await readFile(path.join(dir, 'media', file))).toEqual(await object(`derivatives/${file}`))
    }
  })
})

describe('a published inscription with the photo', () => {
  it('has its deep-zoom tiles made into the bucket, and exported from there', async () => {
    await arrangeInscriptionParents()
    await create('inscriptions', {
      title: 'Bia có ảnh trong kho',
      inscriptionType: 'stele',
      attachedTo: { relationTo: 'relics', value: relicsOf.c1 },
      gallery: [photo.id],
      _status: 'published',
    })
    const dir = path.join(work, 'snapshot')
    await exportSnapshot(payload, { dir, siteUrl: 'https://disan.example.vn' })
    const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'))
    const tiles: string[] = manifest.media
      .map((m: { file: string }) => m.file)
      .filter((f: string) => f.startsWith('zoom/'))
    // 1024 × 768 in 512-pixel tiles: four at full size, the whole image at half size.
    expect(tiles).toHaveLength(5)
    const hash = tiles[0]?.split('/')[1] ?? ''
    for (const tile of tiles) {
      const key = `derivatives/${tile.slice('zoom/'.length)}`
      expect(await readFile(path.join(dir, 'media', tile))).toEqual(await object(key))
    }
    expect(await object(`derivatives/${hash}/manifest.json`)).not.toBeNull()
    expect(await stat(path.join(dataDir(), 'derivatives', hash)).catch(() => null)).toBeNull()
  })
})

describe('backup with the files in the bucket', () => {
  it('holds the bucket’s files, and restores them into an empty bucket prefix, never a used one', async () => {
    const out = path.join(work, 'sao-luu.zip')
    const manifest = await createBackup(payload, { out, dataDir: dataDir() })
    const paths = manifest.files.map((f) => f.path)
    expect(paths).toContain(`uploads/media/${photo.filename}`)
    expect(paths).toContain(`derivatives/${photo.derivatives[0]?.file}`)
    const zip = await JSZip.loadAsync(await readFile(out))
    expect(Buffer.from((await zip.file(`files/uploads/media/${photo.filename}`)?.async('uint8array')) ?? [])).toEqual(
      original,
    )

    const restored = s3Store({ ...s3.settings, prefix: 'khoi-phuc' })
    const target = path.join(work, 'khoi-phuc')
    await restoreBackup({ file: out, dataDir: target, databaseFile: path.join(target, 'data.db'), store: restored })
    expect(await restored.read(`uploads/media/${photo.filename}`)).toEqual(original)
    expect((await restored.list('')).length).toBe(manifest.files.length)

    const again = path.join(work, 'lan-hai')
    const refused = await restoreBackup({
      file: out,
      dataDir: again,
      databaseFile: path.join(again, 'data.db'),
      store: restored,
    }).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(BackupError)
    expect((refused as BackupError).vi).toMatch(/đã có tệp/)
    expect(await stat(path.join(again, 'data.db')).catch(() => null)).toBeNull()
  })
})

describe('what leaves the bucket', () => {
  it('a refused upload (a damaged photo) leaves no object', async () => {
    const before = await s3.keys()
    const response = await upload(Buffer.from(await truncatedJpeg()), 'hong.jpg', tokens.editor)
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect(await s3.keys()).toEqual(before)
  })

  it('a save that fails after its files were written takes them back: no web version, no original left', async () => {
    const before = await s3.keys()
    // The record's first database write fails, after the web versions and the original went to the bucket.
    const inject = failOnWrite(payload, 1)
    const response = await upload(await jpeg('#30a050'), 'hong-luu.jpg', tokens.editor).finally(inject.restore)
    expect(inject.written.length).toBeGreaterThan(0)
    expect(response.status).toBe(500)
    expect(await s3.keys()).toEqual(before)
    // The same photo saved afterwards has its files, as any other.
    const again = await upload(await jpeg('#30a050'), 'hong-luu.jpg', tokens.editor)
    expect(again.status, again.text).toBe(201)
    const keys = await s3.keys()
    expect(keys).toContain(`${PREFIX}/uploads/media/${again.json.doc.filename}`)
    const folder = again.json.doc.derivatives[0].file.split('/')[0]
    expect(keys.filter((k) => k.startsWith(`${PREFIX}/derivatives/${folder}/`)).length).toBeGreaterThan(3)
  })

  it('a delete removes the original and its web versions', async () => {
    const uploaded = await upload(await jpeg('#2050a0'), 'xoa-di.jpg', tokens.editor)
    expect(uploaded.status, uploaded.text).toBe(201)
    const doc: Uploaded = uploaded.json.doc
    const mine = (keys: string[]) =>
      keys.filter(
        (k) =>
          k === `${PREFIX}/uploads/media/${doc.filename}` ||
          [...doc.derivatives, ...doc.cardDerivatives, ...(doc.preview ?? [])].some((d) =>
            k.startsWith(`${PREFIX}/derivatives/${d.file.split('/')[0]}/`),
          ),
      )
    const before = await s3.keys()
    expect(mine(before).length).toBeGreaterThan(10)
    const deleted = await http.rest('DELETE', `media/${doc.id}`, { token: tokens.editor })
    expect(deleted.status, deleted.text).toBe(200)
    const after = await s3.keys()
    expect(mine(after)).toEqual([])
    // The other photo's files stay.
    expect(after).toContain(`${PREFIX}/uploads/media/${photo.filename}`)
    expect(after.length).toBe(before.length - mine(before).length)
  })
})
