/**
 * Issue 17, item 8: the description an upload must have is asked with the project's own message on
 * every route, and the same file is not uploaded twice by the same person (a photo uploaded from a
 * form that was then abandoned, uploaded again the next day). The duplicate answer names only the
 * person's own upload: nobody learns anything about other people's files from it.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { CollectionSlug, Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { REQUIRED_BEFORE_UPLOAD } from '../src/media/required'
import { uploadDir } from '../src/paths'
import { demoChime } from '../src/seed/audio'
import { makeOffice, officeAccounts, signInAccounts } from './accounts'
import { httpClient } from './http'
import { bootPayload, countEverything } from './payload'

const ROLES = ['editor', 'contributor', 'colleague', 'producer'] as const
type Role = (typeof ROLES)[number]

let payload: Payload
let http: Awaited<ReturnType<typeof httpClient>>
const tokens = {} as Record<Role, string>

const photo = async (colour: string, width = 320, height = 240) =>
  sharp({ create: { width, height, channels: 3, background: colour } })
    .jpeg()
    .toBuffer()
const asFile = (data: Buffer, name = 'anh.jpg', mimetype = 'image/jpeg') => ({ data, name, mimetype })

beforeAll(async () => {
  payload = await bootPayload()
  http = await httpClient()
  const office = await makeOffice(payload, 'Tải')
  const signedIn = await signInAccounts(payload, http, 'tailen.vn', {
    ...officeAccounts(office),
    colleague: { roles: ['contributor'], communes: [office.commune] },
  })
  Object.assign(tokens, signedIn.tokens)
})

describe('the description an upload must have', () => {
  it.each([
    ['media', asFile(Buffer.alloc(0)), { alt: '   ' }],
    ['panoramas', asFile(Buffer.alloc(0), 'toan-canh.jpg'), { title: '' }],
    ['audio', asFile(demoChime().wav, 'thuyet-minh.wav', 'audio/wav'), {}],
  ] as const)('%s: refused on its field with the project message, nothing stored', async (collection, file, data) => {
    const requirement = REQUIRED_BEFORE_UPLOAD[collection]
    const bytes = file.data.length > 0 ? file.data : await photo('#208040', 2048, 1024)
    const before = await countEverything(payload, collection as CollectionSlug)
    const res = await http.upload(collection, { ...file, data: bytes }, data, tokens.contributor)
    expect(res.status).toBe(400)
    const fieldErrors = res.json.errors.flatMap((e: { data?: { errors?: unknown[] } }) => e.data?.errors ?? [])
    expect(fieldErrors).toContainEqual(
      expect.objectContaining({ path: requirement?.field, message: requirement?.message.vi }),
    )
    expect(await countEverything(payload, collection as CollectionSlug)).toBe(before)
  })
})

describe('the same file uploaded twice', () => {
  it('is refused for the person who uploaded it, naming their item; others and scripts are not affected', async () => {
    const bytes = await photo('#c08030')
    const first = await http.upload('media', asFile(bytes), { alt: 'Cổng làng lúc sáng' }, tokens.contributor)
    expect(first.status, first.text).toBe(201)
    const id = first.json.doc.id

    const before = await countEverything(payload, 'media')
    const again = await http.upload('media', asFile(bytes, 'IMG_0001.jpg'), { alt: 'Cổng làng' }, tokens.contributor)
    expect(again.status, again.text).toBe(409)
    expect(again.json.errors[0].message).toBe(
      `Bạn đã tải tệp này lên trước đây (ảnh số ${id}, "Cổng làng lúc sáng") nên tệp không được tải lên lần nữa. Hãy bấm "Chọn từ thư viện" và chọn tệp đó.`,
    )
    expect(await countEverything(payload, 'media')).toBe(before)

    // Nothing about one person's files is told to another: for them it is a new upload.
    for (const role of ['colleague', 'producer', 'editor'] as const) {
      const theirs = await http.upload('media', asFile(bytes), { alt: `Ảnh của ${role}` }, tokens[role])
      expect(theirs.status, `${role}: ${theirs.text}`).toBe(201)
    }
    // Scripts and the seed (Local API) are not a person at a form.
    await payload.create({
      collection: 'media',
      data: { alt: 'Bản nhập' },
      file: { ...asFile(bytes), size: bytes.length },
    })

    // Another file of the same size is not a duplicate.
    const sameSize = Buffer.from(bytes)
    sameSize[sameSize.length - 3] = (sameSize[sameSize.length - 3] ?? 0) ^ 1
    const other = await http.upload('media', asFile(sameSize), { alt: 'Gần giống' }, tokens.contributor)
    expect(other.status, other.text).toBe(201)
  })

  it('is refused for the other kinds of media too (an audio guide)', async () => {
    const wav = demoChime().wav
    const first = await http.upload(
      'audio',
      asFile(wav, 'a.wav', 'audio/wav'),
      { title: 'Chuông chùa', language: 'vi' },
      tokens.producer,
    )
    expect(first.status, first.text).toBe(201)
    const again = await http.form(
      'audio',
      (() => {
        const form = new FormData()
        form.set('file', new Blob([new Uint8Array(wav)], { type: 'audio/wav' }), 'b.wav')
        form.set('_payload', JSON.stringify({ title: 'Bell', language: 'vi' }))
        return form
      })(),
      tokens.producer,
    )
    expect(again.status).toBe(409)
    expect(((await again.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(
      /^Bạn đã tải tệp này lên trước đây \(thuyết minh âm thanh số \d+, "Chuông chùa"\) nên/,
    )
  })

  it('replacing a file with a copy of another own upload is refused; re-sending the same file to its own record is not', async () => {
    const a = await photo('#3060c0')
    const b = await photo('#60c030')
    const first = await http.upload('media', asFile(a), { alt: 'Ảnh A' }, tokens.colleague)
    const second = await http.upload('media', asFile(b), { alt: 'Ảnh B' }, tokens.colleague)
    expect([first.status, second.status]).toEqual([201, 201])
    const stored = async (id: number) => {
      const doc = await payload.findByID({ collection: 'media', id, depth: 0 })
      return readFile(path.join(uploadDir('media'), String(doc.filename)))
    }
    const before = await stored(second.json.doc.id)
    const replace = async (id: number, bytes: Buffer) => {
      const form = new FormData()
      form.set('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), 'moi.jpg')
      form.set('_payload', JSON.stringify({}))
      const { default: config } = await import('../src/payload.config')
      const routes = await import('@payloadcms/next/routes')
      const response = await routes.REST_PATCH(Promise.resolve(config))(
        new Request(`http://localhost/api/media/${id}`, {
          method: 'PATCH',
          headers: { authorization: `JWT ${tokens.colleague}` },
          body: form,
        }),
        { params: Promise.resolve({ slug: ['media', String(id)] }) },
      )
      return { status: response.status, text: await response.text() }
    }
    const refused = await replace(second.json.doc.id, a)
    expect(refused.status, refused.text).toBe(409)
    expect(JSON.parse(refused.text).errors[0].message).toContain(`(ảnh số ${first.json.doc.id}, "Ảnh A")`)
    expect((await stored(second.json.doc.id)).equals(before)).toBe(true)
    const same = await replace(second.json.doc.id, b)
    expect(same.status, same.text).toBe(200)
  })
})
