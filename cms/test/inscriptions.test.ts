/**
 * Inscriptions (issue 22): the reign fills the Gregorian year, a line's region lies on one of the
 * inscription's own photos, the commune (and so who looks after it) follows its relic, on REST and
 * GraphQL for each role; the export publishes only published inscriptions of published relics,
 * with their lines, regions and a deep-zoom pyramid whose every tile is in the snapshot.
 */
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  entry as entrySchema,
  type Inscription,
  manifest as manifestSchema,
  ZOOM_TILE_PATTERN,
} from '@heritage/contract'
import { tilePaths } from '@heritage/media-tools/deepZoom'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deepZoomOf } from '../src/media/deepZoom'
import { dataDir } from '../src/paths'
import { exportSnapshot } from '../src/snapshot/export'
import { exportTranslations } from '../src/translate'
import { arrange, signInAccounts, twoProvinces } from './accounts'
import { httpClient } from './http'
import { bootPayload } from './payload'
import { fieldError } from './scopedChoices'

type Role = 'admin' | 'editor' | 'contributor' | 'neighbour' | 'translator' | 'producer'

let payload: Payload
let http: Awaited<ReturnType<typeof httpClient>>
let work: string
const tokens = {} as Record<Role, string>
const units = {} as Record<'p1' | 'c1' | 'c2' | 'c3', number>
const relics = {} as Record<'c1' | 'c2' | 'c3' | 'draft', number>
let heritage: number
let photo: number
let otherPhoto: number

const create = (
  collection: 'relics' | 'intangible-heritage' | 'inscriptions' | 'producers',
  data: object,
  draft = false,
) => arrange(payload)(collection, data as Record<string, unknown>, draft)

/** A photo of two dark columns on light paper, 1100 × 700: a three-level pyramid of 9 tiles. */
const columnsJpeg = (background: string) =>
  sharp({ create: { width: 1100, height: 700, channels: 3, background } })
    .composite([
      { input: { create: { width: 100, height: 500, channels: 3, background: '#111' } }, left: 880, top: 100 },
      { input: { create: { width: 100, height: 400, channels: 3, background: '#111' } }, left: 700, top: 100 },
    ])
    .jpeg()
    .toBuffer()

const upload = async (name: string, background: string) => {
  const data = await columnsJpeg(background)
  return (
    await payload.create({
      collection: 'media',
      data: { alt: `Ảnh ${name}` },
      file: { data, mimetype: 'image/jpeg', name, size: data.byteLength },
    })
  ).id
}

beforeAll(async () => {
  payload = await bootPayload()
  http = await httpClient()
  work = await mkdtemp(path.join(tmpdir(), 'heritage-inscriptions-'))
  Object.assign(units, await twoProvinces(payload, ['Tỉnh Bia', 'Tỉnh Khác', 'Xã Bia Một', 'Xã Bia Hai', 'Xã Ngoài']))
  const relic = (title: string, commune: number | undefined, status: 'published' | 'draft') =>
    create('relics', { title, rank: 'provincial', types: ['historical'], commune, _status: status }, status === 'draft')
  relics.c1 = (await relic('Đình Một', units.c1, 'published')).id
  relics.c2 = (await relic('Đình Hai', units.c2, 'published')).id
  relics.c3 = (await relic('Đình Ngoài', units.c3, 'published')).id
  relics.draft = (await relic('Đình Nháp', units.c1, 'draft')).id
  heritage = (
    await create('intangible-heritage', {
      title: 'Hát Một',
      type: 'oral-traditions',
      commune: units.c1,
      _status: 'published',
    })
  ).id
  photo = await upload('bia-mot.jpg', '#e8dcc0')
  otherPhoto = await upload('anh-khac.jpg', '#c0d0e8')
  const producer = await create('producers', {
    title: 'HTX Bia',
    kind: 'cooperative',
    commune: units.c1,
    _status: 'published',
  })
  const accounts = await signInAccounts(payload, http, 'vanbia.vn', {
    admin: { roles: ['admin'] },
    editor: { roles: ['editor'], province: units.p1 },
    contributor: { roles: ['contributor'], communes: [units.c1] },
    neighbour: { roles: ['contributor'], communes: [units.c2] },
    translator: { roles: ['translator'], province: units.p1 },
    producer: { roles: ['producer'], producer: producer.id },
  })
  Object.assign(tokens, accounts.tokens)
}, 120_000)

afterAll(async () => {
  await payload?.destroy()
  if (work) await rm(work, { recursive: true, force: true })
})

const parent = (id: number, relationTo = 'relics') => ({ relationTo, value: id })
let serial = 0
const draftBody = (extra: Record<string, unknown> = {}) => ({
  title: `Bia thử ${++serial}`,
  inscriptionType: 'stele',
  attachedTo: parent(relics.c1),
  ...extra,
})
const post = (role: Role, body: object) =>
  http.rest('POST', 'inscriptions?draft=true', { token: tokens[role], body: { ...body, _status: 'draft' } })

describe('dating by reign', () => {
  it('fills the Gregorian year of a known reign, however the reign is typed', async () => {
    const res = await post('contributor', draftBody({ dating: { reign: 'canh hung', reignYear: 44 } }))
    expect(res.status).toBe(201)
    expect(res.json.doc.dating).toMatchObject({ reign: 'canh hung', reignYear: 44, year: 1783 })
    const han = await post('contributor', draftBody({ dating: { reign: '嗣德', reignYear: 1, year: 1848 } }))
    expect(han.json.doc.dating.year).toBe(1848)
    // The officer corrects the year of the reign: the year filled in follows.
    const corrected = await http.rest('PATCH', `inscriptions/${res.json.doc.id}?draft=true`, {
      token: tokens.contributor,
      body: { dating: { ...res.json.doc.dating, reignYear: 45 } },
    })
    expect(corrected.status).toBe(200)
    expect(corrected.json.doc.dating).toMatchObject({ reignYear: 45, year: 1784 })
  })

  it('refuses a Gregorian year that contradicts a known reign, naming both years, in Vietnamese', async () => {
    const res = await post('contributor', draftBody({ dating: { reign: 'Cảnh Hưng', reignYear: 44, year: 1790 } }))
    expect(res.status).toBe(400)
    const message = fieldError(res.json, 'dating.year')
    expect(message).toMatch(/Năm dương lịch 1790 không khớp niên hiệu/)
    expect(message).toMatch(/Cảnh Hưng năm thứ 44 là năm 1783/)
    const english = await http.rest('POST', 'inscriptions?draft=true', {
      token: tokens.contributor,
      language: 'en',
      body: { ...draftBody({ dating: { reign: 'Cảnh Hưng', reignYear: 44, year: 1790 } }), _status: 'draft' },
    })
    expect(fieldError(english.json, 'dating.year')).toMatch(/year 44 of Cảnh Hưng is 1783/)
    // A year the reign did not have (Hàm Nghi counted one).
    const beyond = await post('contributor', draftBody({ dating: { reign: 'Hàm Nghi', reignYear: 2 } }))
    expect(beyond.status).toBe(400)
    expect(fieldError(beyond.json, 'dating.reignYear')).toMatch(/Hàm Nghi chỉ có 1 năm/)
  })

  it('keeps the year typed by hand for a reign not in the table', async () => {
    const res = await post('contributor', draftBody({ dating: { reign: 'Thái Bình', reignYear: 3, year: 972 } }))
    expect(res.status).toBe(201)
    expect(res.json.doc.dating).toMatchObject({ reign: 'Thái Bình', reignYear: 3, year: 972 })
  })
})

describe('regions of lines', () => {
  const line = (region: Record<string, unknown>) => ({ original: '示例', reading: 'Thị lệ', region })

  it('accepts a box on one of its own photos, and refuses another photo in Vietnamese', async () => {
    const ok = await post(
      'contributor',
      draftBody({ gallery: [photo], lines: [line({ photo, x: 0.8, y: 0.1, w: 0.1, h: 0.7 })] }),
    )
    expect(ok.status).toBe(201)
    const foreign = await post(
      'contributor',
      draftBody({ gallery: [photo], lines: [line({ photo: otherPhoto, x: 0.8, y: 0.1, w: 0.1, h: 0.7 })] }),
    )
    expect(foreign.status).toBe(400)
    expect(fieldError(foreign.json, 'lines.0.region.photo')).toMatch(/phải là một ảnh trong "Thư viện ảnh"/)
  })

  it('refuses a box that leaves the photo, and a position without a photo', async () => {
    const outside = await post(
      'contributor',
      draftBody({ gallery: [photo], lines: [line({ photo, x: 0.8, y: 0.1, w: 0.3, h: 0.7 })] }),
    )
    expect(outside.status).toBe(400)
    expect(fieldError(outside.json, 'lines.0.region.w')).toMatch(/Vùng chữ vượt ra ngoài ảnh/)
    const noPhoto = await post(
      'contributor',
      draftBody({ gallery: [photo], lines: [line({ x: 0.1, y: 0.1, w: 0.1, h: 0.1 })] }),
    )
    expect(noPhoto.status).toBe(400)
    expect(fieldError(noPhoto.json, 'lines.0.region.photo')).toMatch(/chưa chọn ảnh/)
  })
})

describe('the relic an inscription belongs to decides who looks after it', () => {
  it('copies the relic’s commune on save, whatever commune is sent', async () => {
    const res = await post('contributor', draftBody({ commune: units.c3 }))
    expect(res.status).toBe(201)
    expect(res.json.doc.commune).toMatchObject({ id: units.c1 })
    const onHeritage = await post('contributor', draftBody({ attachedTo: parent(heritage, 'intangible-heritage') }))
    expect(onHeritage.status).toBe(201)
    expect(onHeritage.json.doc.commune).toMatchObject({ id: units.c1 })
  })

  it('on REST: contributors their communes, editors their province, others nothing', async () => {
    const outcome = async (role: Role, relic: number) =>
      (await post(role, draftBody({ attachedTo: parent(relic) }))).status
    expect(await outcome('contributor', relics.c1)).toBe(201)
    expect(await outcome('contributor', relics.c2)).toBe(400)
    expect(await outcome('contributor', relics.c3)).toBe(400)
    expect(await outcome('editor', relics.c2)).toBe(201)
    expect(await outcome('editor', relics.c3)).toBe(400)
    expect(await outcome('admin', relics.c3)).toBe(201)
    expect(await outcome('translator', relics.c1)).toBe(403)
    expect(await outcome('producer', relics.c1)).toBe(403)
    const anonymous = await http.rest('POST', 'inscriptions?draft=true', { body: draftBody() })
    expect(anonymous.status).toBe(403)
    const refused = await post('contributor', draftBody({ attachedTo: parent(relics.c2) }))
    expect(fieldError(refused.json, 'attachedTo')).toMatch(/không thuộc xã bạn phụ trách/)
  })

  it('on REST: a contributor cannot read, change or move an inscription of another commune', async () => {
    const theirs = await create(
      'inscriptions',
      { ...draftBody({ attachedTo: parent(relics.c2) }), _status: 'draft' },
      true,
    )
    const mine = (await post('contributor', draftBody())).json.doc
    const token = tokens.contributor
    expect((await http.rest('GET', `inscriptions/${theirs.id}?draft=true`, { token })).status).toBe(404)
    expect(
      (await http.rest('PATCH', `inscriptions/${theirs.id}?draft=true`, { token, body: { title: 'Đổi' } })).status,
    ).toBe(403)
    const moved = await http.rest('PATCH', `inscriptions/${mine.id}?draft=true`, {
      token,
      body: { attachedTo: parent(relics.c2) },
    })
    expect(moved.status).toBe(400)
    const list = await http.rest('GET', 'inscriptions?draft=true&limit=100&depth=0', { token })
    const communes = new Set(list.json.docs.map((d: { commune: number }) => d.commune))
    expect([...communes]).toEqual([units.c1])
    // The editor moves it to the other commune of the province: the commune follows.
    const byEditor = await http.rest('PATCH', `inscriptions/${mine.id}?draft=true&depth=0`, {
      token: tokens.editor,
      body: { attachedTo: parent(relics.c2) },
    })
    expect(byEditor.status).toBe(200)
    expect(byEditor.json.doc.commune).toBe(units.c2)
  })

  it('duplicating, editing in bulk and restoring a version cannot put one in another commune', async () => {
    const token = tokens.contributor
    const theirs = await create('inscriptions', {
      ...draftBody({ title: 'Bia Xã Hai Công Khai', attachedTo: parent(relics.c2) }),
      _status: 'published',
    })
    const count = async () =>
      (await payload.count({ collection: 'inscriptions', overrideAccess: true, trash: true })).totalDocs
    const before = await count()
    const copy = await http.rest('POST', `inscriptions/${theirs.id}/duplicate?draft=true`, {
      token,
      body: { title: 'Bia Bản Sao', _status: 'draft' },
    })
    expect(copy.status).toBe(400)
    expect(fieldError(copy.json, 'attachedTo')).toMatch(/không thuộc xã bạn phụ trách/)
    expect(await count()).toBe(before)

    const mine = (await post('contributor', draftBody())).json.doc
    const bulk = await http.rest('PATCH', `inscriptions?draft=true&where[id][equals]=${mine.id}`, {
      token,
      body: { attachedTo: parent(relics.c2) },
    })
    expect(JSON.stringify(bulk.json.errors)).toMatch(/Thuộc di tích \/ di sản/)
    const stored = async () =>
      payload.findByID({ collection: 'inscriptions', id: mine.id, draft: true, depth: 0, overrideAccess: true })
    expect((await stored()).commune).toBe(units.c1)

    // The province office moved it to the other commune and back; its version there is not the
    // contributor's to restore.
    const moveTo = (relic: number) =>
      payload.update({
        collection: 'inscriptions',
        id: mine.id,
        draft: true,
        data: { attachedTo: parent(relic) } as never,
        overrideAccess: true,
      })
    await moveTo(relics.c2)
    await moveTo(relics.c1)
    const there = await payload.findVersions({
      collection: 'inscriptions',
      where: { and: [{ parent: { equals: mine.id } }, { 'version.commune': { equals: units.c2 } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const restore = await http.rest('POST', `inscriptions/versions/${there.docs[0]?.id}?draft=true`, { token })
    expect(restore.status).toBeGreaterThanOrEqual(400)
    expect((await stored()).commune).toBe(units.c1)
    // The editor may: the inscription and its commune go back to the relic of that version.
    const byEditor = await http.rest('POST', `inscriptions/versions/${there.docs[0]?.id}?draft=true`, {
      token: tokens.editor,
    })
    expect(byEditor.status).toBe(200)
    expect((await stored()).commune).toBe(units.c2)
    // The GraphQL test below counts what is published.
    await payload.delete({ collection: 'inscriptions', id: theirs.id, overrideAccess: true })
  })

  it('on GraphQL: the same scope for creating and for reading', async () => {
    const mutation = (relic: number) =>
      `mutation { createInscription(draft: true, data: { title: "Bia GraphQL ${++serial}", inscriptionType: stele, transcription: unreviewed, attachedTo: { relationTo: relics, value: ${relic} } }) { id commune { id } } }`
    const ok = await http.gql(mutation(relics.c1), tokens.contributor)
    expect(ok.json.errors).toBeUndefined()
    expect(ok.json.data.createInscription.commune.id).toBe(units.c1)
    const refused = await http.gql(mutation(relics.c2), tokens.contributor)
    expect(refused.json.errors?.[0]?.message).toBeTruthy()
    expect(JSON.stringify(refused.json.errors)).toMatch(/không thuộc xã bạn phụ trách/)
    for (const role of ['translator', 'producer'] as const) {
      expect((await http.gql(mutation(relics.c1), tokens[role])).json.errors?.length).toBeGreaterThan(0)
    }
    expect((await http.gql(mutation(relics.c1))).json.errors?.length).toBeGreaterThan(0)

    await create('inscriptions', {
      ...draftBody({ title: 'Bia Công Khai Hai', attachedTo: parent(relics.c2) }),
      _status: 'published',
    })
    const titles = async (token?: string) => {
      const res = await http.gql('{ Inscriptions(draft: true, limit: 200) { docs { title commune { id } } } }', token)
      return res.json.data.Inscriptions.docs as { title: string; commune: { id: number } | null }[]
    }
    const contributor = await titles(tokens.contributor)
    // Drafts of its commune, and what is published anywhere.
    expect(contributor.some((d) => d.title === 'Bia Công Khai Hai')).toBe(true)
    expect(contributor.filter((d) => d.commune?.id === units.c2).map((d) => d.title)).toEqual(['Bia Công Khai Hai'])
    const anonymous = await titles()
    expect(anonymous.map((d) => d.title)).toEqual(['Bia Công Khai Hai'])
    expect((await titles(tokens.producer)).map((d) => d.title)).toEqual(['Bia Công Khai Hai'])
  })

  it('a translator translates a line’s meaning in its language, and the translation file carries it', async () => {
    const doc = await create(
      'inscriptions',
      {
        ...draftBody({ lines: [{ original: '功德', reading: 'Công đức', translation: 'Công lao và đức độ' }] }),
        _status: 'draft',
      },
      true,
    )
    const stored = await payload.findByID({ collection: 'inscriptions', id: doc.id, draft: true, depth: 0 })
    const rowId = stored.lines?.[0]?.id
    const xliff = await exportTranslations(
      payload,
      { collection: 'inscriptions', ids: [doc.id], target: 'en' },
      'xliff',
    )
    expect(xliff).toContain('Công lao và đức độ')
    const res = await http.rest('PATCH', `inscriptions/${doc.id}?draft=true&locale=en`, {
      token: tokens.translator,
      body: { lines: [{ id: rowId, translation: 'Merit and virtue' }] },
    })
    expect(res.status).toBe(200)
    const en = await payload.findByID({ collection: 'inscriptions', id: doc.id, draft: true, locale: 'en', depth: 0 })
    expect(en.lines?.[0]).toMatchObject({ original: '功德', translation: 'Merit and virtue' })
    const changed = await http.rest('PATCH', `inscriptions/${doc.id}?draft=true&locale=en`, {
      token: tokens.translator,
      body: { lines: [{ id: rowId, original: '改' }] },
    })
    expect(changed.status).toBe(403)
  })
})

describe('when a relic or heritage moves to another commune', () => {
  /** What the database holds of an inscription, every language, its commune aside. */
  const kept = async (id: number) => {
    const { commune, ...rest } = await payload.findByID({
      collection: 'inscriptions',
      id,
      draft: true,
      locale: 'all',
      depth: 0,
      trash: true,
      overrideAccess: true,
    })
    return { commune, rest }
  }
  /** The inscription's row as published (not its draft). */
  const publishedRow = (id: number) =>
    payload.findByID({ collection: 'inscriptions', id, depth: 0, overrideAccess: true })
  const versions = async (id: number) =>
    (
      await payload.findVersions({
        collection: 'inscriptions',
        where: { parent: { equals: id } },
        limit: 0,
        pagination: false,
        depth: 0,
        locale: 'all',
        trash: true,
        overrideAccess: true,
      })
    ).docs
  const versionCommunes = async (id: number) => (await versions(id)).map((v) => v.version.commune)
  /** The versions as kept, their commune aside. */
  const versionsKept = async (id: number) =>
    (await versions(id)).map(({ version: { commune: _, ...version }, ...rest }) => ({ ...rest, version }))
  const read = (role: Role, id: number) =>
    http.rest('GET', `inscriptions/${id}?draft=true&depth=0`, { token: tokens[role] })
  const reads = async (role: Role, id: number) => (await read(role, id)).status
  const seenTitle = async (role: Role, id: number) => (await read(role, id)).json.title
  const DRAFT_TITLE = 'Bia Dời Xã (bản nháp)'

  it('its inscriptions follow at once (published, drafts, trashed, older versions), back on a restored version, nothing else changing', async () => {
    const relic = await create('relics', {
      title: 'Đình Dời Xã',
      rank: 'provincial',
      types: ['historical'],
      commune: units.c1,
      _status: 'published',
    })
    const lines = [
      {
        original: '後神碑記',
        reading: 'Hậu thần bi ký',
        translation: 'Bia ghi việc bầu hậu thần',
        region: { photo, x: 0.6, y: 0.1, w: 0.1, h: 0.7 },
      },
    ]
    const published = await create('inscriptions', {
      ...draftBody({ attachedTo: parent(relic.id), gallery: [photo], lines }),
      _status: 'published',
    })
    // A newer draft over the published text, as an officer leaves one.
    await payload.update({
      collection: 'inscriptions',
      id: published.id,
      draft: true,
      data: { title: DRAFT_TITLE },
      overrideAccess: true,
    })
    const draftOnly = await create(
      'inscriptions',
      { ...draftBody({ attachedTo: parent(relic.id) }), _status: 'draft' },
      true,
    )
    const trashed = await create(
      'inscriptions',
      { ...draftBody({ attachedTo: parent(relic.id) }), _status: 'draft' },
      true,
    )
    await payload.update({
      collection: 'inscriptions',
      id: trashed.id,
      data: { deletedAt: new Date().toISOString() },
      overrideAccess: true,
    })
    const elsewhere = await create(
      'inscriptions',
      { ...draftBody({ attachedTo: parent(relics.c1) }), _status: 'draft' },
      true,
    )
    const before = await kept(published.id)
    const versionsBefore = await versionsKept(published.id)
    const mainBefore = await publishedRow(published.id)
    expect(before.commune).toBe(units.c1)
    // The draft over the published text is for its commune; others see what is published.
    expect(await seenTitle('contributor', published.id)).toBe(DRAFT_TITLE)
    expect(await seenTitle('neighbour', published.id)).toBe(published.title)
    expect(await reads('neighbour', draftOnly.id)).toBe(404)

    // The province's editor moves the relic to the other commune.
    const moved = await http.rest('PATCH', `relics/${relic.id}?depth=0`, {
      token: tokens.editor,
      body: { commune: units.c2, _status: 'published' },
    })
    expect(moved.status).toBe(200)

    for (const id of [published.id, draftOnly.id, trashed.id]) {
      expect((await kept(id)).commune).toBe(units.c2)
      expect(new Set(await versionCommunes(id))).toEqual(new Set([units.c2]))
    }
    expect(await versionCommunes(published.id)).toHaveLength(2)
    // Its text, languages, photo, regions, relic and dates are as they were.
    const after = await kept(published.id)
    expect(after.rest).toEqual(before.rest)
    expect(await versionsKept(published.id)).toEqual(versionsBefore)
    expect(versionsBefore[1]?.version.lines?.[0]?.original).toBe('後神碑記')
    const main = await publishedRow(published.id)
    expect(main.commune).toBe(units.c2)
    expect(main.title).toBe(published.title)
    expect(main.updatedAt).toBe(mainBefore.updatedAt)
    // The others of the first commune stay there.
    expect((await kept(elsewhere.id)).commune).toBe(units.c1)

    // Who looks after it changes with it, for the draft too.
    expect(await seenTitle('contributor', published.id)).toBe(published.title)
    expect(await reads('contributor', draftOnly.id)).toBe(404)
    expect(await seenTitle('neighbour', published.id)).toBe(DRAFT_TITLE)
    expect(await reads('neighbour', draftOnly.id)).toBe(200)
    const edit = (role: Role) =>
      http.rest('PATCH', `inscriptions/${draftOnly.id}?draft=true`, {
        token: tokens[role],
        body: { placement: 'Sân đình' },
      })
    expect((await edit('contributor')).status).toBe(403)
    expect((await edit('neighbour')).status).toBe(200)

    // The editor restores the relic's earlier version, in the first commune: they come back.
    const earlier = await payload.findVersions({
      collection: 'relics',
      where: { and: [{ parent: { equals: relic.id } }, { 'version.commune': { equals: units.c1 } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const restored = await http.rest('POST', `relics/versions/${earlier.docs[0]?.id}`, { token: tokens.editor })
    expect(restored.status).toBe(200)
    for (const id of [published.id, draftOnly.id, trashed.id]) {
      expect((await kept(id)).commune).toBe(units.c1)
      expect(new Set(await versionCommunes(id))).toEqual(new Set([units.c1]))
    }
    expect(await reads('contributor', draftOnly.id)).toBe(200)
  })

  it('the inscriptions of an intangible heritage follow it too, also when it moves in a draft', async () => {
    const moving = await create('intangible-heritage', {
      title: 'Hát Dời Xã',
      type: 'oral-traditions',
      commune: units.c1,
      _status: 'published',
    })
    const inscription = await create(
      'inscriptions',
      { ...draftBody({ attachedTo: parent(moving.id, 'intangible-heritage') }), _status: 'draft' },
      true,
    )
    expect((await kept(inscription.id)).commune).toBe(units.c1)
    const moved = await http.rest('PATCH', `intangible-heritage/${moving.id}?draft=true&depth=0`, {
      token: tokens.editor,
      body: { commune: units.c2 },
    })
    expect(moved.status).toBe(200)
    expect((await kept(inscription.id)).commune).toBe(units.c2)
    expect(new Set(await versionCommunes(inscription.id))).toEqual(new Set([units.c2]))
    expect(await reads('neighbour', inscription.id)).toBe(200)
    expect(await reads('contributor', inscription.id)).toBe(404)
  })
})

describe('export', () => {
  let dir: string
  let entry: Inscription
  let published: number
  let excluded: unknown[]

  beforeAll(async () => {
    const lines = [
      {
        original: '示例碑文',
        reading: 'Thị lệ bi văn',
        translation: 'Bài văn bia mẫu',
        region: { photo, x: 0.8, y: 0.142857, w: 0.090909, h: 0.714286 },
      },
      { original: '𡨸喃', reading: 'Chữ Nôm', region: { photo, x: 0.636364, y: 0.142857, w: 0.090909, h: 0.571429 } },
    ]
    published = (
      await create('inscriptions', {
        ...draftBody({ title: 'Bia Xuất Bản', gallery: [photo], lines, dating: { reign: 'Tự Đức', reignYear: 3 } }),
        internalNotes: 'Ghi chú nội bộ của bia',
        _status: 'published',
      })
    ).id
    await create('inscriptions', { ...draftBody({ title: 'Bia Còn Nháp', gallery: [photo] }), _status: 'draft' }, true)
    await create('inscriptions', {
      ...draftBody({ title: 'Bia Của Đình Nháp', attachedTo: parent(relics.draft), gallery: [otherPhoto] }),
      _status: 'published',
    })
    dir = path.join(work, 'snapshot')
    excluded = (await exportSnapshot(payload, { dir })).excluded
    entry = JSON.parse(await readFile(path.join(dir, `entries/inscriptions/${published}.json`), 'utf8'))
  }, 300_000)

  it('publishes the inscription’s public fields, its lines and their regions on its photo', async () => {
    expect(entrySchema.parse(entry)).toEqual(entry)
    expect(entry).toMatchObject({
      kind: 'inscriptions',
      inscriptionType: 'stele',
      transcription: 'unreviewed',
      attachedTo: { kind: 'relics', id: String(relics.c1) },
      dating: { reign: 'Tự Đức', reignYear: 3, year: 1850 },
    })
    expect(entry.lines).toEqual([
      {
        original: '示例碑文',
        reading: 'Thị lệ bi văn',
        translation: { vi: 'Bài văn bia mẫu' },
        region: { photo: String(photo), x: 0.8, y: 0.142857, w: 0.090909, h: 0.714286 },
      },
      {
        original: '𡨸喃',
        reading: 'Chữ Nôm',
        translation: {},
        region: { photo: String(photo), x: 0.636364, y: 0.142857, w: 0.090909, h: 0.571429 },
      },
    ])
    const text = JSON.stringify(entry)
    expect(text).not.toContain('Ghi chú nội bộ')
    expect(text).not.toContain('commune')
  })

  it('gives its photo a deep-zoom pyramid, every tile listed in the manifest and present in the media folder', async () => {
    const image = entry.gallery[0]
    expect(image?.zoom).toMatchObject({ tileSize: 512, scaleFactors: [1, 2, 4], sizes: [{ width: 275, height: 175 }] })
    const zoom = image?.zoom
    if (!image || !zoom) throw new Error('no zoom')
    const manifest = manifestSchema.parse(JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')))
    const tiles = tilePaths({
      width: image.width,
      height: image.height,
      tileSize: zoom.tileSize,
      scaleFactors: zoom.scaleFactors,
    })
    expect(tiles).toHaveLength(9)
    const listed = new Map(manifest.media.map((m) => [m.file, m.bytes]))
    let bytes = 0
    for (const tile of tiles) {
      const file = `zoom/${zoom.hash}/${tile}`
      expect(file).toMatch(ZOOM_TILE_PATTERN)
      const size = (await stat(path.join(dir, 'media', file))).size
      expect(listed.get(file)).toBe(size)
      bytes += size
    }
    expect(zoom.bytes).toBe(bytes)
    expect([...listed.keys()].filter((f) => f.startsWith('zoom/'))).toHaveLength(9)
    const full = await sharp(path.join(dir, 'media', `zoom/${zoom.hash}/full/275,175/0/default.jpg`)).metadata()
    expect([full.width, full.height]).toEqual([275, 175])
    // The original never leaves the CMS.
    expect(manifest.media.some((m) => m.file.endsWith('bia-mot.jpg'))).toBe(false)
  })

  it('leaves out a draft, and a published inscription of an unpublished relic', async () => {
    const manifest = manifestSchema.parse(JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')))
    const inscriptions = manifest.entries.filter((e) => e.kind === 'inscriptions')
    const titles = await Promise.all(
      inscriptions.map(async (e) => JSON.parse(await readFile(path.join(dir, e.file), 'utf8')).title.vi),
    )
    expect(titles).toContain('Bia Xuất Bản')
    expect(titles).not.toContain('Bia Còn Nháp')
    expect(titles).not.toContain('Bia Của Đình Nháp')
    // Not public, rather than a broken entry left out (and reported to the editors).
    expect(excluded).toEqual([])
  })

  it('makes a pyramid once: the next export finds it in the store', async () => {
    const zoom = entry.gallery[0]?.zoom
    const made = path.join(dataDir(), 'derivatives', String(zoom?.hash), 'manifest.json')
    const before = (await stat(made)).mtimeMs
    await exportSnapshot(payload, { dir: path.join(work, 'again'), full: true })
    expect((await stat(made)).mtimeMs).toBe(before)
  })

  it('notices a changed inscription on the next incremental export', async () => {
    await payload.update({
      collection: 'inscriptions',
      id: published,
      data: { placement: 'Nhà bia bên trái' },
      overrideAccess: true,
    })
    const result = await exportSnapshot(payload, { dir })
    expect(result.read).toBe(1)
    const again: Inscription = JSON.parse(
      await readFile(path.join(dir, `entries/inscriptions/${published}.json`), 'utf8'),
    )
    expect(again.placement).toEqual({ vi: 'Nhà bia bên trái' })
    expect(again.gallery[0]?.zoom).toEqual(entry.gallery[0]?.zoom)
  })
})

describe('a deleted photo', () => {
  const pyramidOf = async (id: number) => {
    const { filename } = await payload.findByID({ collection: 'media', id, depth: 0, overrideAccess: true })
    const tiles = await deepZoomOf(String(filename))
    if (!tiles) throw new Error(`no pyramid for photo ${id}`)
    return path.join(dataDir(), 'derivatives', tiles.hash)
  }
  const kept = async (folder: string) =>
    (await stat(path.join(folder, 'manifest.json')).catch(() => null))?.isFile() === true

  it('takes its deep-zoom pyramid with it, unless another photo has the same original', async () => {
    // The same file uploaded twice (by two people: each may upload it once), and another one.
    const first = await upload('bia-trung-1.jpg', '#d8c8a8')
    const second = await upload('bia-trung-2.jpg', '#d8c8a8')
    const other = await upload('bia-khac.jpg', '#b8c8d8')
    const shared = await pyramidOf(first)
    expect(await pyramidOf(second)).toBe(shared)
    const own = await pyramidOf(other)
    const inUse = await pyramidOf(photo)

    await payload.delete({ collection: 'media', id: first, overrideAccess: true })
    expect(await kept(shared)).toBe(true)
    await payload.delete({ collection: 'media', id: second, overrideAccess: true })
    expect(await kept(shared)).toBe(false)
    expect(await readdir(shared).catch(() => null)).toBeNull()
    await payload.delete({ collection: 'media', id: other, overrideAccess: true })
    expect(await kept(own)).toBe(false)
    // The inscriptions' photo keeps its own.
    expect(await kept(inUse)).toBe(true)
  })
})
