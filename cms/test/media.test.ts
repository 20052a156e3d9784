import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
// The fixtures media-tools tests itself with: generated in code, except the one real HEIC.
import {
  bombPng,
  gpsPhoto,
  HOAN_KIEM,
  IPHONE_HEIC,
  iphoneHeic,
  pngRenamedGlb,
  redBlueSplit,
  svgWithScript,
  truncatedJpeg,
} from '../../media-tools/test/fixtures/images.ts'
import { cubeGlb, triangleGlb } from '../../media-tools/test/fixtures/models.ts'
import { decodePng, pdfText, renderPdf } from '../../media-tools/test/fixtures/qr.ts'
import { DERIVATIVES } from '../src/media/files'
import { makePendingWebVersions } from '../src/media/webVersions'
import { dataDir, uploadDir } from '../src/paths'
import { passwordOf, signInAccounts } from './accounts'
import { failOnWrite } from './failingWrites'
import { httpClient } from './http'
import { bootPayload } from './payload'

let payload: Payload
/** Where the web versions are in the data folder (S3 is not set in this file). */
const derivativesDir = () => path.join(dataDir(), DERIVATIVES)
let http: Awaited<ReturnType<typeof httpClient>>

const file = (data: Buffer | Uint8Array, name: string, mimetype: string) => ({
  data: Buffer.from(data),
  name,
  mimetype,
  size: data.byteLength,
})

/** A staff account `<key>@test.vn` with one role, signed in through REST. */
async function signedIn(key: string, name: string, role: 'admin' | 'editor' | 'contributor') {
  const { users, tokens } = await signInAccounts(payload, http, 'test.vn', { [key]: { roles: [role], name } })
  const [user, token] = [users[key], tokens[key]]
  if (user === undefined || token === undefined) throw new Error(`${key} was not signed in`)
  return { id: user.id, token }
}

/** The phone photo with a GPS position, uploaded as `name` with its alt text. */
const gpsUpload = async (alt: string, name: string) =>
  payload.create({ collection: 'media', data: { alt }, file: file(await gpsPhoto(), name, 'image/jpeg') })

const filesIn = async (dir: string) => (existsSync(dir) ? (await readdir(dir)).filter((f) => !f.startsWith('.')) : [])

/** Whatever the refusal, nothing may be stored: no document, no original, no derivative. */
async function expectRefusedUpload(
  collection: 'media' | 'models' | 'panoramas',
  upload: ReturnType<typeof file>,
  message: RegExp,
  data: Record<string, unknown> = { alt: 'Ảnh thử', title: 'Thử' },
) {
  const docsBefore = (await payload.count({ collection })).totalDocs
  const originalsBefore = await filesIn(uploadDir(collection))
  const derivativesBefore = await filesIn(derivativesDir())
  const error = await payload.create({ collection, data: data as never, file: upload }).catch((e: unknown) => e)
  const errors = (error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors ?? []
  expect(errors, String(error)).toEqual([
    expect.objectContaining({ path: 'file', message: expect.stringMatching(message) }),
  ])
  expect((await payload.count({ collection })).totalDocs).toBe(docsBefore)
  expect(await filesIn(uploadDir(collection))).toEqual(originalsBefore)
  expect(await filesIn(derivativesDir())).toEqual(derivativesBefore)
}

beforeAll(async () => {
  payload = await bootPayload()
  http = await httpClient()
})

describe('a save that fails after its files were written', () => {
  it('takes back its web versions and its original from the data folder', async () => {
    const { token } = await signedIn('luuhong', 'Biên tập viên (lưu hỏng)', 'editor')
    const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#7a3d91' } })
      .jpeg()
      .toBuffer()
    const originalsBefore = await filesIn(uploadDir('media'))
    const derivativesBefore = await filesIn(derivativesDir())
    // The record's first database write fails, after Payload and the photo hook wrote the files.
    const inject = failOnWrite(payload, 1)
    const response = await http
      .upload('media', file(photo, 'luu-hong.jpg', 'image/jpeg'), { alt: 'Ảnh lưu hỏng' }, token)
      .finally(inject.restore)
    expect(inject.written.length).toBeGreaterThan(0)
    expect(response.status).toBe(500)
    expect(await filesIn(uploadDir('media'))).toEqual(originalsBefore)
    expect(await filesIn(derivativesDir())).toEqual(derivativesBefore)
  })
})

describe('photo uploads', () => {
  it('store responsive derivatives, a placeholder, the dominant colour and the EXIF position', async () => {
    const doc = await gpsUpload('Hồ Hoàn Kiếm', 'ho-guom.jpg')
    const derivatives = doc.derivatives as { format: string; width: number; height: number; file: string }[]
    expect(new Set(derivatives.map((d) => d.format))).toEqual(new Set(['avif', 'webp', 'jpeg']))
    // Stored sideways (orientation 6): the web versions are upright, so portrait.
    for (const d of derivatives) expect(d.height).toBeGreaterThan(d.width)
    expect(doc.placeholder).toMatch(/^data:image\/webp;base64,/)
    expect(doc.dominantColor).toMatch(/^#[0-9a-f]{6}$/)
    expect(doc.photo?.gpsLat).toBeCloseTo(HOAN_KIEM.lat, 4)
    expect(doc.photo?.gpsLng).toBeCloseTo(HOAN_KIEM.lng, 4)
    expect(doc.photo?.camera).toContain('Canon')

    // Served publicly, without any metadata left in the file.
    const jpeg = derivatives.find((d) => d.format === 'jpeg')
    const [hash, name] = (jpeg?.file ?? '').split('/')
    const res = await http.raw('GET', `media/derivatives/${hash}/${name}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/jpeg')
    expect(res.headers.get('cache-control')).toContain('immutable')
    const served = Buffer.from(await res.arrayBuffer())
    const meta = await sharp(served).metadata()
    expect(meta.exif).toBeUndefined()
    expect(meta.width).toBe(jpeg?.width)
  })

  it('never serves anything but derivative files', async () => {
    for (const bad of ['derivatives/..%2F..%2Fheritage.db/x.jpg', `derivatives/${'a'.repeat(64)}/manifest.json`]) {
      expect((await http.rest('GET', `media/${bad}`)).status).toBe(404)
    }
  })

  it.each([
    ['a decompression bomb', async () => file(await bombPng(), 'bom.png', 'image/png'), /30000×30000/],
    [
      'a truncated JPEG',
      async () => file(await truncatedJpeg(), 'hong.jpg', 'image/jpeg'),
      /hỏng|không đọc được|bị cắt/i,
    ],
    ['an SVG with a script', async () => file(svgWithScript(), 'logo.svg', 'image/svg+xml'), /SVG/],
  ])('refuses %s with a Vietnamese message and stores nothing', async (_, make, message) => {
    await expectRefusedUpload('media', await make(), message)
  })
})

describe('3D model uploads', () => {
  it('keep the original and store an optimised copy with a report', async () => {
    const original = await cubeGlb()
    const doc = await payload.create({
      collection: 'models',
      data: { title: 'Khối thử' },
      file: file(original, 'khoi.glb', 'model/gltf-binary'),
    })
    const report = doc.report as { triangles: number; bytesBefore: number; validation: { errors: number } }
    expect(report.triangles).toBe(12)
    expect(report.bytesBefore).toBe(original.byteLength)
    expect(report.validation.errors).toBe(0)
    expect(doc.optimised?.file).toMatch(/^[a-f0-9]{64}\/model\.glb$/)
    expect(existsSync(path.join(derivativesDir(), doc.optimised?.file ?? ''))).toBe(true)
    expect(existsSync(path.join(uploadDir('models'), doc.filename ?? ''))).toBe(true)
  })

  it('serve a tiny model as it was uploaded when optimising would make it larger', async () => {
    const original = await triangleGlb()
    const doc = await payload.create({
      collection: 'models',
      data: { title: 'Tam giác thử' },
      file: file(original, 'tam-giac.glb', 'model/gltf-binary'),
    })
    expect(doc.report).toMatchObject({ kept: 'original', bytesAfter: original.byteLength })
    const served = await readFile(path.join(derivativesDir(), doc.optimised?.file ?? ''))
    expect(served.equals(Buffer.from(original))).toBe(true)
  })

  it('refuses a PNG renamed .glb', async () => {
    const { bytes, filename } = await pngRenamedGlb()
    await expectRefusedUpload('models', file(bytes, filename, 'model/gltf-binary'), /PNG/)
  })
})

describe('panorama uploads', () => {
  it('refuses an image that is not 2:1', async () => {
    const flat = await sharp({ create: { width: 2400, height: 1800, channels: 3, background: '#806040' } })
      .jpeg()
      .toBuffer()
    await expectRefusedUpload('panoramas', file(flat, 'phang.jpg', 'image/jpeg'), /2400×1800/)
  })
})

describe('print QR', () => {
  it('gives staff a plaque PDF whose QR points at the entry’s short URL, and refuses the public', async () => {
    // An administrator, said outright: it used to be the file's first account, which becomes one.
    const { token } = await signedIn('in-an', 'In ấn', 'admin')
    const relic = await payload.create({
      collection: 'relics',
      data: { title: 'Đình In Thử', rank: 'provincial', types: ['historical'] },
    })
    expect(relic.code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/)
    const anonymous = await http.raw('GET', `relics/${relic.id}/plaque.pdf`)
    expect(anonymous.status).toBe(403)
    const res = await http.raw('GET', `relics/${relic.id}/plaque.pdf`, token)
    expect(res.status, await res.clone().text()).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    const pdf = new Uint8Array(await res.arrayBuffer())
    const [page] = await renderPdf(pdf)
    expect((await decodePng(page as Buffer))?.data).toBe(`http://localhost:4321/p/${relic.code}`)
    expect(await pdfText(pdf)).toContain('Đình In Thử')
  })

  it('keeps an entry’s code when its title and slug change', async () => {
    const relic = await payload.create({
      collection: 'relics',
      data: { title: 'Đình Đổi Tên', rank: 'provincial', types: ['historical'] },
    })
    const renamed = await payload.update({
      collection: 'relics',
      id: relic.id,
      data: { title: 'Đình Đã Đổi Tên', slug: 'dinh-da-doi-ten', code: 'ZZZZZZZZ' },
    })
    expect(renamed.slug).toBe('dinh-da-doi-ten')
    expect(renamed.code).toBe(relic.code)
  })

  it('gives a batch’s labels as A4 sheets', async () => {
    const token = await http.login('in-an@test.vn', passwordOf('test.vn'))
    const producer = await payload.create({ collection: 'producers', data: { title: 'HTX In', kind: 'cooperative' } })
    const product = await payload.create({
      collection: 'ocop-products',
      data: { title: 'Gốm in tem', group: 'handicrafts', producer: producer.id, gtin: '4006381333931' },
    })
    const batch = await payload.create({
      collection: 'batches',
      data: { lotCode: 'L-IN-1', product: product.id, productionDate: '2026-01-10T00:00:00.000Z' },
    })
    expect((await http.raw('GET', `batches/${batch.id}/labels.pdf?count=30`)).status).toBe(403)
    // A producer account prints its own batches only.
    const other = await payload.create({ collection: 'producers', data: { title: 'HTX Khác', kind: 'household' } })
    for (const [email, producerId] of [
      ['chu-the-khac@test.vn', other.id],
      ['chu-the-nay@test.vn', producer.id],
    ] as const) {
      await payload.create({
        collection: 'users',
        data: { email, name: email, roles: ['producer'], producer: producerId, password: 'mat-khau-chu-the' },
      })
    }
    const otherToken = await http.login('chu-the-khac@test.vn', 'mat-khau-chu-the')
    expect([403, 404]).toContain((await http.raw('GET', `batches/${batch.id}/labels.pdf`, otherToken)).status)
    const ownToken = await http.login('chu-the-nay@test.vn', 'mat-khau-chu-the')
    expect((await http.raw('GET', `batches/${batch.id}/labels.pdf`, ownToken)).status).toBe(200)
    const res = await http.raw('GET', `batches/${batch.id}/labels.pdf?count=30`, token)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    // 30 labels at 3 × 8 per A4 sheet: two pages (counted by poppler's pdfinfo).
    const dir = await mkdtemp(path.join(tmpdir(), 'labels-'))
    await writeFile(path.join(dir, 'labels.pdf'), Buffer.from(await res.arrayBuffer()))
    const { stdout } = await promisify(execFile)('pdfinfo', [path.join(dir, 'labels.pdf')])
    expect(stdout).toMatch(/^Pages:\s+2$/m)
    expect(stdout).toMatch(/595\.\d* x 841\.\d* pts \(A4\)/)
    await rm(dir, { recursive: true, force: true })

    // A lot may hold quotes, semicolons and percent signs (GS1): the file name cannot break the header.
    const odd = await payload.create({
      collection: 'batches',
      data: { lotCode: 'L"1;2%', product: product.id, productionDate: '2026-01-10T00:00:00.000Z' },
    })
    const header = (await http.raw('GET', `batches/${odd.id}/labels.pdf`, token)).headers.get('content-disposition')
    expect(header).toBe(`inline; filename="lo-L_1_2_-tem-qr.pdf"; filename*=UTF-8''lo-L%221%3B2%25-tem-qr.pdf`)
    expect(decodeURIComponent(header?.split("UTF-8''")[1] ?? '')).toBe('lo-L"1;2%-tem-qr.pdf')
  })
})

describe('focal point', () => {
  const blueShare = async (file: string) => {
    const { channels } = await sharp(path.join(derivativesDir(), file)).stats()
    const [red, , blue] = channels.map((c) => c.mean)
    return (blue as number) / ((red as number) + (blue as number))
  }
  const jpegCard = (doc: { cardDerivatives?: unknown }) =>
    (doc.cardDerivatives as { format: string; width: number; height: number; file: string }[]).find(
      (d) => d.format === 'jpeg' && d.width === 640,
    )

  it('crops 4:3 cards around it, and re-crops when it moves without a new upload', async () => {
    // 1600×800: left half red, right half blue; a 4:3 card shows two thirds of the width.
    const split = await redBlueSplit(1600, 800)
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'Đỏ và xanh', focalX: 90, focalY: 50 },
      file: file(split, 'do-xanh.png', 'image/png'),
    })
    const right = jpegCard(doc)
    expect(right?.height).toBe(480)
    expect(await blueShare(right?.file ?? '')).toBeGreaterThan(0.7)

    const moved = await payload.update({ collection: 'media', id: doc.id, data: { focalX: 10 } })
    const left = jpegCard(moved)
    expect(left?.file).not.toBe(right?.file)
    expect(await blueShare(left?.file ?? '')).toBeLessThan(0.3)
    // The full-frame versions did not change.
    expect(moved.derivatives).toEqual(doc.derivatives)
  })
})

describe('what the public can download', () => {
  it('gets the stripped web versions, never an original or its EXIF', async () => {
    const doc = await gpsUpload('Ảnh có GPS', 'vi-tri-nha.jpg')
    const original = await http.raw('GET', `media/file/${doc.filename}`)
    expect(original.status).toBe(403)
    const record = await http.rest('GET', `media/${doc.id}`)
    expect(record.status).toBe(403)
    expect(record.text).not.toContain('gpsLat')
    const list = await http.rest('GET', 'media')
    expect(list.text).not.toContain(String(HOAN_KIEM.lat))

    const [hash, name] = ((doc.derivatives as { file: string }[])[0]?.file ?? '').split('/')
    expect((await http.raw('GET', `media/derivatives/${hash}/${name}`)).status).toBe(200)
  })

  it('lets signed-in officers see originals and capture details', async () => {
    const { token } = await signedIn('xem-goc', 'Xem gốc', 'contributor')
    const doc = await gpsUpload('Ảnh gốc', 'anh-goc.jpg')
    expect((await http.raw('GET', `media/file/${doc.filename}`, token)).status).toBe(200)
    const record = await http.rest('GET', `media/${doc.id}`, { token })
    expect(record.json.photo.gpsLat).toBeCloseTo(HOAN_KIEM.lat, 4)

    // A file address that names no file answers 404 (it was Payload's 500), to everyone, on every
    // upload collection; leaving the folder is never a way to another file.
    for (const bad of [
      'khong-co.mp3',
      '..%2f..%2fpackage.json',
      '..%252f..%252fpackage.json',
      '%2e%2e%2fpayload.config.ts',
    ]) {
      for (const collection of ['audio', 'media', 'models', 'panoramas']) {
        const response = await http.raw('GET', `${collection}/file/${bad}`, token)
        expect(response.status, `${collection}/file/${bad}`).toBe(404)
        expect(await response.text()).toContain('Không có tệp này.')
      }
    }
  })
})

describe('iPhone HEIC photos', () => {
  it('are converted when a contributor uploads one by REST: derivatives, size, GPS and time; the original stays private', async () => {
    // The installation's first account is made an administrator: this one must not be it.
    if ((await payload.count({ collection: 'users' })).totalDocs === 0) await signedIn('quan-tri', 'Quản trị', 'admin')
    const { id, token } = await signedIn('iphone', 'Cán bộ dùng iPhone', 'contributor')
    expect((await payload.findByID({ collection: 'users', id })).roles).toEqual(['contributor'])
    const heic = await iphoneHeic()
    const res = await http.upload(
      'media',
      { data: heic, name: 'IMG_0001.HEIC', mimetype: 'image/heic' },
      { alt: 'Cổng đình chụp bằng iPhone' },
      token,
    )
    expect(res.status, res.text).toBe(201)
    // A person's save answers before the web versions are made; the worker makes them.
    expect(res.json.doc).toMatchObject({ webVersions: 'pending', derivatives: null })
    expect(res.json.doc.thumbnailURL).toMatch(/^\/api\/media\/derivatives\/[a-f0-9]{64}\/120\.webp$/)
    expect(await makePendingWebVersions(payload)).toBe(1)
    const doc = (await http.rest('GET', `media/${res.json.doc.id}?depth=0`, { token })).json
    expect(doc.webVersions).toBe('ready')
    expect(doc.mimeType).toBe('image/heic')
    expect([doc.width, doc.height]).toEqual([IPHONE_HEIC.width, IPHONE_HEIC.height])
    const derivatives = doc.derivatives as { format: string; width: number; height: number; file: string }[]
    expect(derivatives.map((d) => [d.format, d.width, d.height])).toEqual([
      ['avif', 120, 160],
      ['webp', 120, 160],
      ['jpeg', 120, 160],
    ])
    expect(doc.cardDerivatives.length).toBeGreaterThan(0)
    expect(doc.placeholder).toMatch(/^data:image\/webp;base64,/)
    expect(doc.dominantColor).toMatch(/^#[0-9a-f]{6}$/)
    expect(doc.photo.gpsLat).toBeCloseTo(IPHONE_HEIC.lat, 5)
    expect(doc.photo.gpsLng).toBeCloseTo(IPHONE_HEIC.lng, 5)
    expect(new Date(doc.photo.capturedAt).toISOString()).toBe(new Date(IPHONE_HEIC.capturedAt).toISOString())
    expect(doc.photo.camera).toBe(IPHONE_HEIC.camera)

    // The original, with its GPS, for signed-in users only; the public gets the converted JPEG.
    expect((await http.raw('GET', `media/file/${doc.filename}`)).status).toBe(403)
    expect((await http.rest('GET', `media/${doc.id}`)).status).toBe(403)
    const original = await http.raw('GET', `media/file/${doc.filename}`, token)
    expect(original.status).toBe(200)
    expect(Buffer.from(await original.arrayBuffer()).equals(heic)).toBe(true)
    const [hash, name] = (derivatives[2]?.file ?? '').split('/')
    const served = await http.raw('GET', `media/derivatives/${hash}/${name}`)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('image/jpeg')
    expect((await sharp(Buffer.from(await served.arrayBuffer())).metadata()).exif).toBeUndefined()
  })

  it('are refused as panoramas, in Vietnamese, naming what the field takes', async () => {
    await expectRefusedUpload(
      'panoramas',
      file(await iphoneHeic(), 'IMG_0002.HEIC', 'image/heic'),
      /^Tệp "IMG_0002.HEIC" là ảnh HEIC; mục ảnh 360° chỉ nhận JPEG, PNG, WEBP, AVIF, TIFF\. Hãy chọn đúng loại tệp/,
    )
  })
})
