/**
 * Issue 15, item 3: a printed QR code never changes meaning. The short code used to be taken from
 * the client on create and unique per collection only, so a contributor's artisan draft given a
 * published relic's code took over `/p/CODE/` once an editor published it. Each attack below is
 * made exactly as described, through the real REST and GraphQL handlers, and must leave the
 * relic's code, its registry line and the exported snapshot's `/p/CODE/` owner unchanged.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type Entry, type Manifest, manifest as manifestSchema } from '@heritage/contract'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { QR_REGISTRY, SHORT_CODE_PATTERN } from '../src/fields/shortCode'
import { exportSnapshot } from '../src/snapshot/export'
import { httpClient } from './http'
import { bootPayload } from './payload'
import { makeProvince } from './people'

let payload: Payload
let http: Awaited<ReturnType<typeof httpClient>>
let snapshotDir: string
let commune: number
const PASSWORD = 'mat-khau-ma-qr'
const token = {} as Record<'admin' | 'editor' | 'contributor', string>
let relic: { id: number; code: string }

type Line = { code: string; collection: string; document: string; printedAt?: string | null; retiredAt?: string | null }
const registry = async (): Promise<Line[]> =>
  (
    await payload.find({ collection: QR_REGISTRY, pagination: false, sort: 'id', depth: 0, overrideAccess: true })
  ).docs.map(({ code, collection, document, printedAt, retiredAt }) => ({
    code,
    collection,
    document,
    printedAt,
    retiredAt,
  }))
const linesOf = async (code: string) => (await registry()).filter((line) => line.code === code)
const relicLine = async () =>
  (await registry()).find((l) => l.collection === 'relics' && l.document === String(relic.id))

async function exported(): Promise<{ manifest: Manifest; entries: Entry[] }> {
  await exportSnapshot(payload, { dir: snapshotDir, siteUrl: 'https://disan.example.vn' })
  const manifest = manifestSchema.parse(JSON.parse(await readFile(path.join(snapshotDir, 'manifest.json'), 'utf8')))
  const entries = await Promise.all(
    manifest.entries.map(async (e) => JSON.parse(await readFile(path.join(snapshotDir, e.file), 'utf8')) as Entry),
  )
  return { manifest, entries }
}

/** What `/p/CODE/` shows on the site: the entry holding that code (site/src/routing.ts `plaquePath`). */
async function plaqueOwners(code: string) {
  const { entries } = await exported()
  return entries.filter((e) => e.kind !== 'batches' && e.code === code).map((e) => `${e.kind}:${e.id}`)
}

const artisanDraft = (title: string) => ({
  title,
  commune,
  code: relic.code,
  _status: 'draft',
})

beforeAll(async () => {
  payload = await bootPayload()
  http = await httpClient()
  snapshotDir = await mkdtemp(path.join(tmpdir(), 'heritage-qr-'))
  const { province, communes } = await makeProvince(payload, 'Thành phố Mã', ['Xã Bát Tràng Thử'])
  ;[commune = 0] = communes
  const accounts = {
    admin: { email: 'admin@ma-qr.vn', roles: ['admin'] },
    editor: { email: 'editor@ma-qr.vn', roles: ['editor'], province },
    // The demo's commune contributor, as in the report.
    contributor: { email: 'congtacvien@example.vn', roles: ['contributor'], communes: [commune] },
  } as const
  for (const [role, data] of Object.entries(accounts) as [keyof typeof accounts, { email: string }][]) {
    await payload.create({ collection: 'users', data: { name: `Người ${role}`, password: PASSWORD, ...data } as never })
    token[role] = await http.login(data.email, PASSWORD)
  }
  const created = await http.rest('POST', 'relics', {
    token: token.editor,
    body: {
      title: 'Đình Mã In',
      rank: 'provincial',
      types: ['historical'],
      commune,
      code: 'CLIENT22',
      _status: 'published',
    },
  })
  expect(created.status, created.text).toBe(201)
  relic = created.json.doc
})

afterAll(async () => {
  await rm(snapshotDir, { recursive: true, force: true })
})

describe('the server draws every code', () => {
  it('ignores the code a client sends on create, and registers the one it drew', async () => {
    expect(relic.code).not.toBe('CLIENT22')
    expect(relic.code).toMatch(SHORT_CODE_PATTERN)
    expect(await linesOf(relic.code)).toEqual([
      expect.objectContaining({ collection: 'relics', document: String(relic.id) }),
    ])
  })

  it('prints the plaque and marks the code printed', async () => {
    const res = await http.raw('GET', `relics/${relic.id}/plaque.pdf`, token.editor)
    expect(res.status).toBe(200)
    expect((await relicLine())?.printedAt).toBeTruthy()
  })
})

describe('a contributor claims a published, printed relic code (the reported attack)', () => {
  let before: Line[]
  const artisans: number[] = []
  beforeAll(async () => {
    before = await registry()
    expect(await plaqueOwners(relic.code)).toEqual([`relics:${relic.id}`])
  })

  it('REST create with the relic code: the draft gets its own code', async () => {
    const res = await http.rest('POST', 'artisans?draft=true', {
      token: token.contributor,
      body: artisanDraft('Nghệ nhân Chiếm Mã REST'),
    })
    expect(res.status, res.text).toBe(201)
    expect(res.json.doc.code).not.toBe(relic.code)
    expect(res.json.doc.code).toMatch(SHORT_CODE_PATTERN)
    artisans.push(res.json.doc.id)
  })

  it('GraphQL create with the relic code: the draft gets its own code', async () => {
    const res = await http.gql(
      `mutation { createArtisan(draft: true, data: { title: "Nghệ nhân Chiếm Mã GraphQL", commune: ${commune}, code: "${relic.code}", _status: draft }) { id code } }`,
      token.contributor,
    )
    expect(res.json.errors, res.text).toBeUndefined()
    expect(res.json.data.createArtisan.code).not.toBe(relic.code)
    artisans.push(res.json.data.createArtisan.id)
  })

  it('Local API with the contributor as user: the code is ignored as well', async () => {
    const user = (await payload.find({ collection: 'users', where: { email: { equals: 'congtacvien@example.vn' } } }))
      .docs[0]
    const doc = await payload.create({
      collection: 'artisans',
      data: artisanDraft('Nghệ nhân Chiếm Mã Local') as never,
      draft: true,
      user,
      overrideAccess: false,
    })
    expect(doc.code).not.toBe(relic.code)
    artisans.push(doc.id)
  })

  it('duplicating the relic gives the copy a new code', async () => {
    const res = await http.rest('POST', `relics/${relic.id}/duplicate?draft=true`, {
      token: token.contributor,
      body: { code: relic.code },
    })
    expect(res.status, res.text).toBe(200)
    expect(res.json.doc.code).not.toBe(relic.code)
    expect(res.json.doc.code).toMatch(SHORT_CODE_PATTERN)
  })

  it('updating a draft (one and in bulk) with the relic code keeps the draft its own code', async () => {
    const id = artisans[0] as number
    const own = (await payload.findByID({ collection: 'artisans', id, draft: true })).code
    const one = await http.rest('PATCH', `artisans/${id}?draft=true`, {
      token: token.contributor,
      body: { code: relic.code },
    })
    expect(one.status, one.text).toBe(200)
    expect(one.json.doc.code).toBe(own)
    const bulk = await http.rest('PATCH', `artisans?draft=true&where[id][in]=${artisans.join(',')}`, {
      token: token.contributor,
      body: { code: relic.code },
    })
    expect(bulk.status, bulk.text).toBe(200)
    for (const doc of bulk.json.docs) expect(doc.code).not.toBe(relic.code)
  })

  it('restoring a version that holds the relic code does not bring it back', async () => {
    const id = artisans[0] as number
    const own = (await payload.findByID({ collection: 'artisans', id, draft: true })).code
    // A version from before the registry, written straight into the history with the relic's code.
    const versions = await payload.findVersions({ collection: 'artisans', where: { parent: { equals: id } }, limit: 1 })
    const version = versions.docs[0]
    if (!version) throw new Error('The draft has no version.')
    await payload.db.updateVersion({
      collection: 'artisans',
      id: version.id,
      versionData: { ...version, version: { ...version.version, code: relic.code } } as never,
      req: undefined as never,
    })
    const res = await http.rest('POST', `artisans/versions/${version.id}?draft=true`, { token: token.editor })
    expect(res.status, res.text).toBe(200)
    expect((await payload.findByID({ collection: 'artisans', id, draft: true })).code).toBe(own)
  })

  it('an editor publishes the drafts: /p/CODE/ still shows the relic, and the registry is unchanged', async () => {
    for (const id of artisans) {
      const res = await http.rest('PATCH', `artisans/${id}`, { token: token.editor, body: { _status: 'published' } })
      expect(res.status, res.text).toBe(200)
      expect(res.json.doc.code).not.toBe(relic.code)
    }
    expect(await plaqueOwners(relic.code)).toEqual([`relics:${relic.id}`])
    const after = await registry()
    // Every line that existed is as it was (new records added lines of their own, with new codes).
    expect(after.slice(0, before.length)).toEqual(before)
    expect(new Set(after.map((l) => l.code)).size).toBe(after.length)
    expect(await linesOf(relic.code)).toEqual(before.filter((l) => l.code === relic.code))
  })
})

describe('the registry itself', () => {
  it('is written by nobody through the API, administrators included', async () => {
    const line = (await payload.find({ collection: QR_REGISTRY, where: { code: { equals: relic.code } } })).docs[0]
    if (!line) throw new Error('The relic has no registry line.')
    const before = await registry()
    for (const role of ['admin', 'editor', 'contributor'] as const) {
      const create = await http.rest('POST', 'qr-codes', {
        token: token[role],
        body: { code: 'ABCDEFGH', collection: 'artisans', document: '1' },
      })
      expect(create.status, `${role} create`).toBe(403)
      const move = await http.rest('PATCH', `qr-codes/${line.id}`, { token: token[role], body: { document: '999' } })
      expect(move.status, `${role} update`).toBe(403)
      const remove = await http.rest('DELETE', `qr-codes/${line.id}`, { token: token[role] })
      expect(remove.status, `${role} delete`).toBe(403)
      const gql = await http.gql(
        `mutation { updateQrCode(id: ${line.id}, data: { document: "999" }) { id } }`,
        token[role],
      )
      expect(gql.json.errors?.length, `${role} GraphQL`).toBeGreaterThan(0)
    }
    const read = await http.rest('GET', 'qr-codes', { token: token.contributor })
    expect(read.status).toBe(403)
    expect(await registry()).toEqual(before)
  })

  it('a printed code stays with its record: an administrator cannot change it', async () => {
    const res = await http.rest('PATCH', `relics/${relic.id}`, { token: token.admin, body: { code: 'ZZZZZZZZ' } })
    expect(res.status, res.text).toBe(200)
    expect(res.json.doc.code).toBe(relic.code)
    expect((await relicLine())?.printedAt).toBeTruthy()
  })

  it('dates a record’s first publish once: a draft published by an update, not again by later saves', async () => {
    const draft = await payload.create({
      collection: 'artisans',
      data: { title: 'Nghệ nhân Xuất Bản Sau', commune },
      draft: true,
    })
    const publishedAt = async () =>
      (
        await payload.find({
          collection: QR_REGISTRY,
          where: { code: { equals: draft.code } },
          depth: 0,
          overrideAccess: true,
        })
      ).docs[0]?.publishedAt ?? null
    expect(await publishedAt()).toBeNull()
    await payload.update({ collection: 'artisans', id: draft.id, data: { summary: 'Sửa bản nháp' }, draft: true })
    expect(await publishedAt()).toBeNull()
    await payload.update({ collection: 'artisans', id: draft.id, data: { _status: 'published' } })
    const first = await publishedAt()
    expect(first).toBeTruthy()
    await new Promise((resolve) => setTimeout(resolve, 5))
    await payload.update({ collection: 'artisans', id: draft.id, data: { summary: 'Sửa sau khi xuất bản' } })
    expect(await publishedAt()).toBe(first)
  })

  it('a second line with a registered code is refused by the database', async () => {
    await expect(
      payload.create({
        collection: QR_REGISTRY,
        data: { code: relic.code, collection: 'artisans', document: '424242' },
      }),
    ).rejects.toThrow()
    expect(await linesOf(relic.code)).toHaveLength(1)
  })
})

describe('a withdrawn record', () => {
  it('never-printed, never-published drafts are not listed', async () => {
    const { manifest } = await exported()
    const draft = await payload.create({
      collection: 'artisans',
      data: { title: 'Bản nháp riêng', commune },
      draft: true,
    })
    const again = await exported()
    expect(again.manifest.retiredCodes ?? []).toEqual(manifest.retiredCodes ?? [])
    expect(JSON.stringify(again.manifest)).not.toContain(draft.code)
  })

  it('a record given the id of a deleted one (SQLite reuses it) gets a new code; the deleted one stays withdrawn', async () => {
    const gone = await payload.create({
      collection: 'artisans',
      data: { title: 'Nghệ nhân Đã Xóa', commune },
      draft: true,
    })
    const printed = await http.raw('GET', `artisans/${gone.id}/plaque.pdf`, token.editor)
    expect(printed.status).toBe(200)
    await payload.delete({ collection: 'artisans', id: gone.id })
    const next = await payload.create({
      collection: 'artisans',
      data: { title: 'Nghệ nhân Mới', commune, _status: 'published' },
    })
    expect(next.id).toBe(gone.id)
    expect(next.code).not.toBe(gone.code)
    const { manifest, entries } = await exported()
    expect(manifest.retiredCodes).toContainEqual({ code: gone.code, kind: 'artisans' })
    expect(entries.find((e) => e.kind === 'artisans' && e.id === String(next.id))?.code).toBe(next.code)
    expect(manifest.retiredCodes?.map((r) => r.code)).not.toContain(next.code)
  })

  it('trashed, then deleted for good: its code is listed as withdrawn (code and kind only) and never reused', async () => {
    const trash = await http.rest('PATCH', `relics/${relic.id}`, {
      token: token.editor,
      body: { deletedAt: new Date().toISOString() },
    })
    expect(trash.status, trash.text).toBe(200)
    let { manifest, entries } = await exported()
    expect(entries.some((e) => e.code === relic.code)).toBe(false)
    expect(manifest.retiredCodes).toContainEqual({ code: relic.code, kind: 'relics' })

    const removed = await http.rest('DELETE', `relics/${relic.id}?trash=true`, { token: token.editor })
    expect(removed.status, removed.text).toBe(200)
    expect((await relicLine())?.retiredAt).toBeTruthy()
    ;({ manifest, entries } = await exported())
    expect(manifest.retiredCodes).toContainEqual({ code: relic.code, kind: 'relics' })
    expect(entries.some((e) => e.code === relic.code)).toBe(false)
    expect(await linesOf(relic.code)).toHaveLength(1)
  })
})
