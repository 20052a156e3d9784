import { existsSync } from 'node:fs'
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { gpsPhoto, HOAN_KIEM } from '../../media-tools/test/fixtures/images.ts'
import { DERIVATIVES } from '../src/media/files'
import {
  awaitPhotosInUse,
  makePendingWebVersions,
  makeWebVersions,
  pendingPhotosInUse,
  startWebVersionWorker,
  stopWebVersionWorker,
} from '../src/media/webVersions'
import { dataDir, uploadDir } from '../src/paths'
import { exportSnapshot } from '../src/snapshot/export'
import { signInAccounts } from './accounts'
import { httpClient } from './http'
import { migratedFile } from './payload'

/**
 * Issue 21: a person's upload answers once the file is checked and stored; the worker
 * (media/webVersions.ts) makes the web versions afterwards; a replaced, re-cropped or deleted
 * photo gets none of a stale run; a failure is shown in Vietnamese and can be retried; publishing
 * waits for the photos published entries use. On a migrated SQLite file, with real encodes.
 */
const migrated = migratedFile('web-versions')
const payload = () => migrated.payload
let http: Awaited<ReturnType<typeof httpClient>>
let token: string

interface Version {
  format: string
  width: number
  file: string
}
interface MediaDoc {
  id: number
  filename: string
  webVersions: string | null
  webVersionsError: string | null
  derivatives: Version[] | null
  cardDerivatives: Version[] | null
  preview: Version[] | null
  placeholder: string | null
  dominantColor: string | null
  thumbnailURL: string | null
  focalX: number
  updatedAt: string
  photo: { gpsLat: number | null }
}

const derivativeFolder = (file: string) => path.join(dataDir(), DERIVATIVES, file.split('/')[0] ?? '')
const foldersOf = (...sets: (Version[] | null)[]) => [
  ...new Set(sets.flatMap((set) => (set ?? []).map((v) => derivativeFolder(v.file)))),
]

/** A distinct photo each call (colour), 1200×900, as a phone's JPEG. */
let serial = 0
const photo = async () => {
  serial += 1
  return sharp({
    create: {
      width: 1200,
      height: 900,
      channels: 3,
      background: { r: (serial * 37) % 256, g: 96, b: 48 },
    },
  })
    .jpeg()
    .toBuffer()
}

const upload = async (data: Buffer, alt: string) => {
  const res = await http.upload('media', { data, name: `${alt}.jpg`, mimetype: 'image/jpeg' }, { alt }, token)
  expect(res.status, res.text).toBe(201)
  return res.json.doc as MediaDoc
}

const read = async (id: number) => (await http.rest('GET', `media/${id}?depth=0`, { token })).json as MediaDoc

beforeAll(async () => {
  http = await httpClient()
  // The first account is made an administrator; the officer is an editor.
  const { tokens } = await signInAccounts(payload(), http, 'anhweb.vn', {
    quantri: { roles: ['admin'] },
    canbo: { roles: ['editor'] },
  })
  token = tokens.canbo
})

describe('an upload through REST', () => {
  it('answers with the photo pending: facts and preview, no web versions; the worker makes them', async () => {
    const res = await http.upload(
      'media',
      { data: Buffer.from(await gpsPhoto()), name: 'dinh-gps.jpg', mimetype: 'image/jpeg' },
      { alt: 'Đình có GPS' },
      token,
    )
    expect(res.status, res.text).toBe(201)
    const saved: MediaDoc = res.json.doc
    expect(saved).toMatchObject({ webVersions: 'pending', derivatives: null, cardDerivatives: null })
    expect(saved.placeholder).toMatch(/^data:image\/webp;base64,/)
    expect(saved.dominantColor).toMatch(/^#[0-9a-f]{6}$/)
    expect(saved.photo.gpsLat).toBeCloseTo(HOAN_KIEM.lat, 4)
    // The admin's thumbnail meanwhile: the preview the save made, served like any web version.
    expect(saved.thumbnailURL).toMatch(/^\/api\/media\/derivatives\/[a-f0-9]{64}\/\d+\.webp$/)
    const thumbnail = await http.raw('GET', String(saved.thumbnailURL).replace(/^\/api\//, ''), token)
    expect(thumbnail.status).toBe(200)
    expect((await sharp(Buffer.from(await thumbnail.arrayBuffer())).metadata()).format).toBe('webp')

    expect(await makePendingWebVersions(payload())).toBe(1)
    const ready = await read(saved.id)
    expect(ready.webVersions).toBe('ready')
    expect(new Set(ready.derivatives?.map((d) => d.format))).toEqual(new Set(['avif', 'webp', 'jpeg']))
    expect(ready.cardDerivatives?.length).toBeGreaterThan(0)
    for (const v of [...(ready.derivatives ?? []), ...(ready.cardDerivatives ?? [])]) {
      expect(existsSync(path.join(dataDir(), DERIVATIVES, v.file)), v.file).toBe(true)
    }
    expect(ready.thumbnailURL).not.toBe(saved.thumbnailURL)
    // The worker's write is not a person's change: an edit view opened before it does not show
    // Payload's "modified meanwhile" notice at the officer's first keystroke (it compares updatedAt).
    expect(ready.updatedAt).toBe(saved.updatedAt)
    expect(await makePendingWebVersions(payload())).toBe(0)
  })

  it('a person cannot write the machine values: a stale form sent back keeps what the worker wrote', async () => {
    const saved = await upload(await photo(), 'Ảnh form cũ')
    await makePendingWebVersions(payload())
    // What the admin's form sends when it was opened before the worker finished.
    const res = await http.rest('PATCH', `media/${saved.id}`, {
      token,
      body: { caption: 'Chú thích mới', webVersions: 'pending', derivatives: null, cardDerivatives: null },
    })
    expect(res.status, res.text).toBe(200)
    const after = await read(saved.id)
    expect(after.webVersions).toBe('ready')
    expect(after.derivatives?.length).toBeGreaterThan(0)
  })
})

describe('a photo that changes while its web versions are made', () => {
  /** The content-addressed folders in the data folder now. */
  const folders = async () =>
    (await readdir(path.join(dataDir(), DERIVATIVES))).filter((f) => !f.startsWith('.')).sort()
  /** The original as the worker read it before the change (Payload may have removed it since). */
  const keepOriginal = async (filename: string) => {
    const file = path.join(uploadDir('media'), filename)
    const bytes = await readFile(file)
    return {
      putBack: () => writeFile(file, bytes),
      remove: () => rm(file, { force: true }),
    }
  }

  it('replaced: the old file’s run writes nothing and its folders go; the new file gets its own', async () => {
    const saved = await upload(await photo(), 'Ảnh thay tệp')
    const before = await payload().findByID({ collection: 'media', id: saved.id, depth: 0 })
    const old = await keepOriginal(saved.filename)
    // The worker read the record, then the officer replaced the file before it wrote.
    const replacement = await photo()
    await payload().update({
      collection: 'media',
      id: saved.id,
      data: {},
      file: { data: replacement, name: 'thay.jpg', mimetype: 'image/jpeg', size: replacement.byteLength },
      context: { deferWebVersions: true },
    })
    const replaced = await read(saved.id)
    expect(replaced.webVersions).toBe('pending')
    expect(replaced.filename).not.toBe(saved.filename)

    await old.putBack()
    const foldersBefore = await folders()
    expect(await makeWebVersions(payload(), before)).toBe('stale')
    await old.remove()
    expect(await read(saved.id)).toMatchObject({
      webVersions: 'pending',
      derivatives: null,
      filename: replaced.filename,
    })
    // What the stale run made is not left in the data folder.
    expect(await folders()).toEqual(foldersBefore)

    expect(await makePendingWebVersions(payload())).toBe(1)
    const ready = await read(saved.id)
    expect(ready.webVersions).toBe('ready')
    for (const folder of foldersOf(ready.derivatives, ready.cardDerivatives)) expect(existsSync(folder)).toBe(true)
  })

  it('re-cropped: the run for the old focal point writes nothing; the cards follow the new one', async () => {
    const saved = await upload(await photo(), 'Ảnh đổi tiêu điểm')
    await makePendingWebVersions(payload())
    const first = await read(saved.id)
    const res = await http.rest('PATCH', `media/${saved.id}`, { token, body: { focalX: 10 } })
    expect(res.status, res.text).toBe(200)
    const moved = await read(saved.id)
    // Pending again; the old cards stay until the new ones are made.
    expect(moved.webVersions).toBe('pending')
    expect(moved.cardDerivatives).toEqual(first.cardDerivatives)
    expect(await makeWebVersions(payload(), { ...moved, focalX: 50 })).toBe('stale')
    expect((await read(saved.id)).webVersions).toBe('pending')
    expect(await makePendingWebVersions(payload())).toBe(1)
    const ready = await read(saved.id)
    expect(ready.webVersions).toBe('ready')
    expect(ready.derivatives).toEqual(first.derivatives)
    expect(ready.cardDerivatives).not.toEqual(first.cardDerivatives)
  })

  it('deleted: the run writes nothing, does not bring the record back, and leaves no folder', async () => {
    const saved = await upload(await photo(), 'Ảnh xóa khi đang tạo')
    const before = await payload().findByID({ collection: 'media', id: saved.id, depth: 0 })
    const old = await keepOriginal(saved.filename)
    const deleted = await http.rest('DELETE', `media/${saved.id}`, { token })
    expect(deleted.status, deleted.text).toBe(200)
    await old.putBack()
    const foldersBefore = await folders()
    expect(await makeWebVersions(payload(), before)).toBe('stale')
    await old.remove()
    expect((await http.rest('GET', `media/${saved.id}`, { token })).status).toBe(404)
    expect(await folders()).toEqual(foldersBefore)
  })
})

describe('a photo whose web versions cannot be made', () => {
  it('is marked failed with a Vietnamese message the admin reads, and "Thử lại" makes them once the file is back', async () => {
    const saved = await upload(await photo(), 'Ảnh mất tệp gốc')
    const stored = path.join(uploadDir('media'), saved.filename)
    await rename(stored, `${stored}.moved`)
    expect(await makePendingWebVersions(payload())).toBe(1)
    const failed = await read(saved.id)
    expect(failed.webVersions).toBe('failed')
    expect(failed.webVersionsError).toMatch(/^Không tìm thấy tệp gốc ".+" trong kho tệp .*Hãy tải tệp ảnh lên lại/)
    expect(failed.derivatives).toBeNull()
    // The list shows it too.
    const list = await http.rest('GET', `media?depth=0&where[webVersions][equals]=failed`, { token })
    expect(list.json.docs.map((d: MediaDoc) => d.id)).toContain(saved.id)

    await rename(`${stored}.moved`, stored)
    const anonymous = await http.rest('POST', `media/${saved.id}/web-versions/retry`)
    expect(anonymous.status).toBe(401)
    const retried = await http.rest('POST', `media/${saved.id}/web-versions/retry`, { token })
    expect(retried.status, retried.text).toBe(200)
    expect(retried.json.webVersions).toBe('pending')
    expect((await read(saved.id)).updatedAt).toBe(saved.updatedAt)
    expect(await makePendingWebVersions(payload())).toBe(1)
    expect(await read(saved.id)).toMatchObject({
      webVersions: 'ready',
      webVersionsError: null,
      updatedAt: saved.updatedAt,
    })
  })
})

describe('after a restart', () => {
  it('the worker makes what was left pending, without being woken', async () => {
    const a = await upload(await photo(), 'Ảnh chờ một')
    const b = await upload(await photo(), 'Ảnh chờ hai')
    startWebVersionWorker(payload())
    try {
      await expect
        .poll(async () => [(await read(a.id)).webVersions, (await read(b.id)).webVersions], {
          timeout: 60_000,
          interval: 250,
        })
        .toEqual(['ready', 'ready'])
    } finally {
      await stopWebVersionWorker()
    }
  })
})

describe('publishing', () => {
  it('waits for the photos published entries use, bounded, and says which it left out', async () => {
    const saved = await upload(await photo(), 'Ảnh đình đã xuất bản')
    const relic = await payload().create({
      collection: 'relics',
      data: {
        title: 'Đình chờ ảnh',
        rank: 'provincial',
        types: ['historical'],
        gallery: [saved.id],
        _status: 'published',
      },
    })
    const unused = await upload(await photo(), 'Ảnh chưa dùng')
    expect((await pendingPhotosInUse(payload())).map((p) => p.id)).toEqual([saved.id])

    // No time to wait: left out, and the log names it.
    const lines: string[] = []
    expect((await awaitPhotosInUse(payload(), (l) => lines.push(l), 0)).map((p) => p.id)).toEqual([saved.id])
    expect(lines.join('\n')).toMatch(
      new RegExp(`photo ${saved.id} \\("Ảnh đình đã xuất bản"\\) still has no web versions`),
    )
    expect((await read(saved.id)).webVersions).toBe('pending')
    const dir = path.join(dataDir(), 'snapshot-web-versions')
    const exportedFiles = async () => {
      await exportSnapshot(payload(), { dir, siteUrl: 'https://disan.example.vn' })
      const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'))
      return manifest.media.map((m: { file: string }) => m.file) as string[]
    }
    const before = await exportedFiles()

    // With time (no worker in this process, as in `npm run publish-site`): made, then exported.
    const waited: string[] = []
    expect(await awaitPhotosInUse(payload(), (l) => waited.push(l), 120_000)).toEqual([])
    expect(waited.join('\n')).toMatch(/waiting for the web versions of 1 photo/)
    expect((await read(saved.id)).webVersions).toBe('ready')
    // Only what published entries use: the unused photo is still pending.
    expect((await read(unused.id)).webVersions).toBe('pending')
    // The next export (into the same folder, so incremental) reads the relic again although the
    // photo's updatedAt stayed: the count of pending photos changed.
    const files = await exportedFiles()
    const ready = await read(saved.id)
    expect(ready.derivatives?.length).toBeGreaterThan(0)
    expect(ready.derivatives?.some((d) => before.includes(d.file))).toBe(false)
    expect(ready.derivatives?.every((d) => files.includes(d.file))).toBe(true)
    expect(relic.id).toBeDefined()
  })
})
