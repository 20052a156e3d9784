/**
 * Every role × collection × operation, through the real REST handlers, against the exact set of
 * allowed cases written out below (independently of src/access/policy.ts). Every attempt gets
 * fresh documents; a refused attempt must leave the database exactly as it was, an allowed one
 * must really have done what it said.
 */
import type { CollectionSlug, Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { cubeGlb } from '../../media-tools/test/fixtures/models.ts'
import { demoChime } from '../src/seed/audio'
import { httpClient } from './http'
import { bootPayload, countEverything } from './payload'
import { serverFunctionClient } from './serverFunctionClient'

type Role = 'admin' | 'editor' | 'contributor' | 'producer' | 'anonymous'
type Op = 'create' | 'read' | 'update' | 'publish' | 'delete' | 'trash' | 'unpublish'
type Scope = 'c1' | 'c2' | 'c3'
const ROLES: Role[] = ['admin', 'editor', 'contributor', 'producer', 'anonymous']
const SCOPES: Scope[] = ['c1', 'c2', 'c3']
const ENTRY_OPS: Op[] = ['create', 'read', 'update', 'publish', 'delete', 'trash', 'unpublish']
const PASSWORD = 'mat-khau-ma-tran-quyen'

/**
 * Scopes: c1 is the contributor's commune (in province P1) and, for OCOP data, the producer
 * account's own; c2 is another commune of P1 (the editor's province); c3 is a commune of another
 * province, belonging to another producer. `read`, `update`, `publish` and `delete` act on a
 * never-published draft; `trash` and `unpublish` on a published entry.
 */
type Expected = Partial<Record<Role, Partial<Record<Op, readonly Scope[]>>>>
const ALL: readonly Scope[] = ['c1', 'c2', 'c3']
const PROVINCE: readonly Scope[] = ['c1', 'c2']
const OWN: readonly Scope[] = ['c1']
const everything = (ops: Op[], scopes: readonly Scope[]) => Object.fromEntries(ops.map((op) => [op, scopes]))

const communeEntries: Expected = {
  admin: everything(ENTRY_OPS, ALL),
  editor: everything(ENTRY_OPS, PROVINCE),
  contributor: { create: OWN, read: OWN, update: OWN, delete: OWN },
}
const EXPECTED: Record<string, Expected> = {
  relics: communeEntries,
  'intangible-heritage': communeEntries,
  'craft-villages': communeEntries,
  artisans: communeEntries,
  // Routes cross communes: province editors only.
  routes: { admin: everything(ENTRY_OPS, ALL), editor: everything(ENTRY_OPS, ALL) },
  producers: {
    admin: everything(ENTRY_OPS, ALL),
    editor: everything(ENTRY_OPS, PROVINCE),
    contributor: { create: OWN, read: OWN, update: OWN, delete: OWN },
    producer: { read: OWN, update: OWN },
  },
  'ocop-products': {
    admin: everything(ENTRY_OPS, ALL),
    editor: everything(ENTRY_OPS, PROVINCE),
    contributor: { create: OWN, read: OWN, update: OWN, delete: OWN },
    producer: { read: OWN, update: OWN },
  },
  batches: {
    admin: everything(ENTRY_OPS, ALL),
    editor: everything(ENTRY_OPS, PROVINCE),
    producer: { create: OWN, read: OWN, update: OWN, publish: OWN, delete: OWN, unpublish: OWN },
  },
}

let payload: Payload
let http: Awaited<ReturnType<typeof httpClient>>
const tokens = {} as Record<Exclude<Role, 'anonymous'>, string>
const users = {} as Record<Exclude<Role, 'anonymous'>, { id: number }>
const units = {} as Record<Scope, number>
/** The producer (and its product) of each scope; c1's is the producer account's own. */
const producers = {} as Record<Scope, number>
const products = {} as Record<Scope, number>
let published: Record<string, number> = {}
let serial = 0

const create = async (collection: CollectionSlug, data: Record<string, unknown>, draft = false) =>
  (await payload.create({
    collection,
    data: data as never,
    draft,
    overrideAccess: true,
    depth: 0,
    context: { seeding: false },
  })) as unknown as { id: number }

beforeAll(async () => {
  payload = await bootPayload()
  http = await httpClient()
  const p1 = await create('admin-units', { name: 'Tỉnh Một', level: 'province' })
  const p2 = await create('admin-units', { name: 'Tỉnh Hai', level: 'province' })
  units.c1 = (await create('admin-units', { name: 'Xã Một', level: 'commune', parent: p1.id })).id
  units.c2 = (await create('admin-units', { name: 'Xã Hai', level: 'commune', parent: p1.id })).id
  units.c3 = (await create('admin-units', { name: 'Xã Ba', level: 'commune', parent: p2.id })).id
  for (const scope of SCOPES) {
    producers[scope] = (
      await create('producers', {
        title: `HTX ${scope}`,
        kind: 'cooperative',
        commune: units[scope],
        _status: 'published',
      })
    ).id
    products[scope] = (
      await create('ocop-products', {
        title: `Sản phẩm ${scope}`,
        group: 'food',
        producer: producers[scope],
        commune: units[scope],
        _status: 'published',
      })
    ).id
  }
  // Published places for route stops.
  published = {
    a: (await create('relics', { title: 'Điểm A', rank: 'provincial', types: ['historical'], _status: 'published' }))
      .id,
    b: (await create('relics', { title: 'Điểm B', rank: 'provincial', types: ['historical'], _status: 'published' }))
      .id,
  }
  const accounts = {
    admin: { roles: ['admin'] },
    editor: { roles: ['editor'], province: p1.id },
    contributor: { roles: ['contributor'], communes: [units.c1] },
    producer: { roles: ['producer'], producer: producers.c1 },
  } as const
  for (const [role, extra] of Object.entries(accounts) as [Exclude<Role, 'anonymous'>, object][]) {
    const email = `${role}@matran.vn`
    users[role] = await create('users', { email, name: role, password: PASSWORD, ...extra })
    tokens[role] = await http.login(email, PASSWORD)
  }
})

/** A valid body for a new document of `collection` in `scope`. */
function body(collection: string, scope: Scope): Record<string, unknown> {
  const title = `${collection} ${scope} #${++serial}`
  const commune = units[scope]
  switch (collection) {
    case 'relics':
      return { title, rank: 'provincial', types: ['historical'], commune }
    case 'intangible-heritage':
      return { title, type: 'oral-traditions', commune }
    case 'craft-villages':
      return { title, crafts: [{ name: 'Gốm' }], commune }
    case 'artisans':
      return { title, commune }
    case 'routes':
      return {
        title,
        stops: [
          { place: { relationTo: 'relics', value: published.a } },
          { place: { relationTo: 'relics', value: published.b } },
        ],
      }
    case 'producers':
      return { title, kind: 'household', commune }
    case 'ocop-products':
      return { title, group: 'handicrafts', producer: producers[scope], commune }
    case 'batches':
      return { lotCode: `LO-${serial}`, product: products[scope], productionDate: '2026-03-01T00:00:00.000Z' }
    default:
      throw new Error(collection)
  }
}

const titleKey = (collection: string) => (collection === 'batches' ? 'lotCode' : 'title')

/** Everything stored about a document, drafts, versions and trash included. */
async function state(collection: CollectionSlug, id?: number) {
  const count = await countEverything(payload, collection)
  const trashed = payload.collections[collection].config.trash
    ? (await payload.count({ collection, trash: true, where: { deletedAt: { exists: true } } })).totalDocs
    : 0
  if (id === undefined) return { count, trashed }
  const doc = await payload
    .findByID({ collection, id, draft: true, trash: true, depth: 0, overrideAccess: true, disableErrors: true })
    .catch(() => null)
  const main = await payload.db.findOne({ collection, where: { id: { equals: id } } })
  return { count, trashed, doc, main }
}

async function attempt(role: Role, collection: CollectionSlug, op: Op, scope: Scope) {
  const token = role === 'anonymous' ? undefined : tokens[role]
  if (op === 'create') {
    const data = body(collection, scope)
    const before = await state(collection)
    const res = await http.rest('POST', `${collection}?draft=true`, { body: { ...data, _status: 'draft' }, token })
    const ok = res.status === 201
    if (ok) expect((await state(collection)).count).toBeGreaterThan(before.count)
    else expect(await state(collection)).toEqual(before)
    return ok
  }
  const startPublished = op === 'trash' || op === 'unpublish'
  const target = await create(
    collection,
    { ...body(collection, scope), _status: startPublished ? 'published' : 'draft' },
    !startPublished,
  )
  // The producer account's own record is the one under test.
  const rebind = collection === 'producers' && scope === 'c1' && role === 'producer'
  if (rebind) await payload.update({ collection: 'users', id: users.producer.id, data: { producer: target.id } })
  try {
    return await act(role, collection, op, target, token)
  } finally {
    if (rebind) await payload.update({ collection: 'users', id: users.producer.id, data: { producer: producers.c1 } })
  }
}

async function act(role: Role, collection: CollectionSlug, op: Op, target: { id: number }, token?: string) {
  const before = await state(collection, target.id)
  const key = titleKey(collection)
  const changed = collection === 'batches' ? `SUA-${serial}` : `Đã sửa ${serial}`
  let res: { status: number; text: string } = { status: 0, text: '' }
  switch (op) {
    case 'read':
      res = await http.rest('GET', `${collection}/${target.id}?draft=true&depth=0`, { token })
      if (res.status !== 200)
        expect(res.text).not.toContain(String((before.doc as unknown as Record<string, unknown>)[key]))
      break
    case 'update':
      res = await http.rest('PATCH', `${collection}/${target.id}?draft=true`, {
        body: { [key]: changed },
        token,
      })
      break
    case 'publish':
      res = await http.rest('PATCH', `${collection}/${target.id}`, { body: { _status: 'published' }, token })
      break
    case 'unpublish':
      res = await http.rest('PATCH', `${collection}/${target.id}`, { body: { _status: 'draft' }, token })
      break
    case 'trash':
      res = await http.rest('PATCH', `${collection}/${target.id}`, {
        body: { deletedAt: new Date().toISOString() },
        token,
      })
      break
    case 'delete':
      res = await http.rest('DELETE', `${collection}/${target.id}`, { token })
      break
  }
  const ok = res.status >= 200 && res.status < 300
  const after = await state(collection, target.id)
  if (!ok) {
    expect(after, `${role} ${op} ${collection} #${target.id} was refused (${res.status}) but changed data`).toEqual(
      before,
    )
    return false
  }
  const main = after.main as Record<string, unknown> | null
  const latest = after.doc as Record<string, unknown> | null
  if (op === 'update') expect(latest?.[key]).toBe(changed)
  if (op === 'publish') expect(main?._status).toBe('published')
  if (op === 'unpublish') expect(main?._status).toBe('draft')
  if (op === 'trash') expect(main?.deletedAt).toBeTruthy()
  if (op === 'delete') expect(main).toBeNull()
  return true
}

describe('role × collection × operation (entries)', () => {
  for (const collection of Object.keys(EXPECTED) as CollectionSlug[]) {
    it(`${collection}: exactly the expected cases are allowed`, async () => {
      const expected = EXPECTED[collection] as Expected
      const scopes: Scope[] = collection === 'routes' ? ['c1'] : SCOPES
      const wrong: string[] = []
      for (const role of ROLES) {
        for (const op of ENTRY_OPS) {
          for (const scope of scopes) {
            const allowed = (expected[role]?.[op] ?? []).includes(scope)
            const got = await attempt(role, collection, op, scope)
            if (got !== allowed) wrong.push(`${role} ${op} ${scope}: ${got ? 'allowed' : 'refused'}`)
          }
        }
      }
      expect(wrong).toEqual([])
    })
  }
})

type MediaScope = 'mine' | 'other'
const MEDIA: CollectionSlug[] = ['media', 'panoramas', 'models', 'audio']

async function mediaFile(collection: CollectionSlug) {
  const file = await mediaBytes(collection)
  return { ...file, size: file.data.byteLength }
}

async function mediaBytes(collection: CollectionSlug) {
  switch (collection) {
    case 'media':
      return {
        data: await sharp({ create: { width: 640, height: 480, channels: 3, background: '#a04020' } })
          .jpeg()
          .toBuffer(),
        name: 'anh.jpg',
        mimetype: 'image/jpeg',
      }
    case 'panoramas':
      return {
        data: await sharp({ create: { width: 2048, height: 1024, channels: 3, background: '#2050a0' } })
          .jpeg()
          .toBuffer(),
        name: 'toan-canh.jpg',
        mimetype: 'image/jpeg',
      }
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
        const token = role === 'anonymous' ? undefined : tokens[role]
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

describe('role × operation (administrative units, accounts, audit log)', () => {
  it('administrative units: everyone reads, only administrators write', async () => {
    const wrong: string[] = []
    for (const role of ROLES) {
      const token = role === 'anonymous' ? undefined : tokens[role]
      const writer = role === 'admin'
      const before = await countEverything(payload, 'admin-units')
      const created = await http.rest('POST', 'admin-units', {
        body: { name: `Tỉnh thử ${++serial}`, level: 'province' },
        token,
      })
      if ((created.status === 201) !== writer) wrong.push(`${role} create: ${created.status}`)
      if (created.status !== 201) expect(await countEverything(payload, 'admin-units')).toBe(before)
      const target = await create('admin-units', { name: `Tỉnh mục tiêu ${++serial}`, level: 'province' })
      const read = await http.rest('GET', `admin-units/${target.id}`, { token })
      if (read.status !== 200) wrong.push(`${role} read: ${read.status}`)
      const update = await http.rest('PATCH', `admin-units/${target.id}`, { body: { name: 'Đổi tên' }, token })
      if ((update.status === 200) !== writer) wrong.push(`${role} update: ${update.status}`)
      const stored = await payload.findByID({ collection: 'admin-units', id: target.id, depth: 0 })
      expect(stored.name === 'Đổi tên').toBe(writer)
      const del = await http.rest('DELETE', `admin-units/${target.id}`, { token })
      if ((del.status === 200) !== writer) wrong.push(`${role} delete: ${del.status}`)
    }
    expect(wrong).toEqual([])
  })

  it('accounts: administrators manage everyone; others read and edit only themselves, never their roles', async () => {
    const wrong: string[] = []
    for (const role of ROLES) {
      const token = role === 'anonymous' ? undefined : tokens[role]
      const admin = role === 'admin'
      const created = await http.rest('POST', 'users', {
        body: { email: `moi-${++serial}@matran.vn`, name: 'Mới', password: PASSWORD, roles: ['admin'] },
        token,
      })
      if ((created.status === 201) !== admin) wrong.push(`${role} create: ${created.status}`)
      const other = await create('users', {
        email: `khac-${++serial}@matran.vn`,
        name: 'Khác',
        password: PASSWORD,
        roles: ['contributor'],
      })
      const readOther = await http.rest('GET', `users/${other.id}`, { token })
      if ((readOther.status === 200) !== admin) wrong.push(`${role} read other: ${readOther.status}`)
      const list = await http.rest('GET', 'users?limit=100', { token })
      const seen = (list.json?.docs ?? []).map((u: { id: number }) => u.id)
      if (!admin && role !== 'anonymous' && JSON.stringify(seen) !== JSON.stringify([users[role].id])) {
        wrong.push(`${role} list: ${JSON.stringify(seen)}`)
      }
      const updateOther = await http.rest('PATCH', `users/${other.id}`, { body: { name: 'Bị sửa' }, token })
      if ((updateOther.status === 200) !== admin) wrong.push(`${role} update other: ${updateOther.status}`)
      if (role !== 'anonymous' && role !== 'admin') {
        const self = await http.rest('PATCH', `users/${users[role].id}`, {
          body: { name: `${role} tự sửa`, roles: ['admin'] },
          token,
        })
        if (self.status !== 200) wrong.push(`${role} update self: ${self.status}`)
        const stored = await payload.findByID({ collection: 'users', id: users[role].id, depth: 0 })
        expect(stored.name).toBe(`${role} tự sửa`)
        expect(stored.roles).toEqual([role])
      }
      const del = await http.rest('DELETE', `users/${other.id}`, { token })
      if ((del.status === 200) !== admin) wrong.push(`${role} delete other: ${del.status}`)
    }
    expect(wrong).toEqual([])
  })

  it('audit log: administrators and editors read it; nobody writes, changes or deletes a line', async () => {
    const line = await payload.create({
      collection: 'audit-log',
      data: { action: 'export', actorLabel: 'thử', detail: 'dòng thử' },
      overrideAccess: true,
    })
    const wrong: string[] = []
    for (const role of ROLES) {
      const token = role === 'anonymous' ? undefined : tokens[role]
      const reader = role === 'admin' || role === 'editor'
      const read = await http.rest('GET', `audit-log/${line.id}`, { token })
      if ((read.status === 200) !== reader) wrong.push(`${role} read: ${read.status}`)
      const created = await http.rest('POST', 'audit-log', { body: { action: 'login', actorLabel: 'giả' }, token })
      if (created.status < 400) wrong.push(`${role} create: ${created.status}`)
      const update = await http.rest('PATCH', `audit-log/${line.id}`, { body: { detail: 'sửa' }, token })
      if (update.status < 400) wrong.push(`${role} update: ${update.status}`)
      const del = await http.rest('DELETE', `audit-log/${line.id}`, { token })
      if (del.status < 400) wrong.push(`${role} delete: ${del.status}`)
    }
    expect(wrong).toEqual([])
    const stored = await payload.findByID({ collection: 'audit-log', id: line.id })
    expect(stored.detail).toBe('dòng thử')
    expect((await payload.count({ collection: 'audit-log', where: { actorLabel: { equals: 'giả' } } })).totalDocs).toBe(
      0,
    )
  })
})

/**
 * Field by scope (issue 15, item 5): private fields are read by those who look after the document
 * (its commune, province or product), not by every account of a role. Every document here is
 * published, so every role may read the document itself; each private field holds a value unique
 * to its document and scope, and each route must show it exactly to the expected role × scope.
 */
type FieldRoute = 'REST find' | 'REST findByID' | 'GraphQL' | 'export'
const FIELD_ROUTES: FieldRoute[] = ['REST find', 'REST findByID', 'GraphQL', 'export']
const STAFF_IN_SCOPE: Partial<Record<Role, readonly Scope[]>> = { admin: ALL, editor: PROVINCE, contributor: OWN }
const STAFF_OR_OWNER: Partial<Record<Role, readonly Scope[]>> = { ...STAFF_IN_SCOPE, producer: OWN }
const BATCH_STAFF: Partial<Record<Role, readonly Scope[]>> = { admin: ALL, editor: PROVINCE }

interface PrivateField {
  collection: CollectionSlug
  /** Plural name in GraphQL, and the selection that asks for the field. */
  graphql: [string, string]
  name: string
  readers: Partial<Record<Role, readonly Scope[]>>
  /** Writes the secret into the scope's published document; returns the document's id. */
  plant: (scope: Scope, secret: string) => Promise<number>
}

const secretOf = (field: PrivateField, scope: Scope) => `BI-MAT-${field.collection}-${field.name}-${scope}`

/** A private value put straight into the stored document (review comments are cleared on publish). */
const storeDirectly = async (collection: CollectionSlug, id: number, data: Record<string, unknown>) => {
  await payload.db.updateOne({ collection, id, data })
  return id
}

const publishedIn = async (collection: CollectionSlug, scope: Scope, data: Record<string, unknown>) =>
  (await create(collection, { ...body(collection, scope), ...data, _status: 'published' })).id

const PRIVATE_FIELDS: PrivateField[] = [
  {
    collection: 'relics',
    graphql: ['Relics', 'internalNotes'],
    name: 'internalNotes',
    readers: STAFF_IN_SCOPE,
    plant: (scope, secret) => publishedIn('relics', scope, { internalNotes: secret }),
  },
  {
    collection: 'relics',
    graphql: ['Relics', 'review { comment }'],
    name: 'review.comment',
    readers: STAFF_IN_SCOPE,
    plant: async (scope, secret) =>
      storeDirectly('relics', await publishedIn('relics', scope, {}), {
        review: { state: 'published', comment: secret },
      }),
  },
  {
    collection: 'artisans',
    graphql: ['Artisans', 'contactPhone'],
    name: 'contactPhone',
    readers: STAFF_IN_SCOPE,
    plant: (scope, secret) => publishedIn('artisans', scope, { contactPhone: secret }),
  },
  {
    collection: 'producers',
    graphql: ['Producers', 'contact { phone }'],
    name: 'contact.phone',
    readers: STAFF_OR_OWNER,
    // The producer account's own record is c1's.
    plant: (scope, secret) => storeDirectly('producers', producers[scope], { contact: { phone: secret } }),
  },
  {
    collection: 'producers',
    graphql: ['Producers', 'internalNotes'],
    name: 'internalNotes',
    readers: STAFF_IN_SCOPE,
    plant: (scope, secret) => storeDirectly('producers', producers[scope], { internalNotes: secret }),
  },
  {
    collection: 'ocop-products',
    graphql: ['OcopProducts', 'review { comment }'],
    name: 'review.comment',
    readers: STAFF_OR_OWNER,
    plant: (scope, secret) =>
      storeDirectly('ocop-products', products[scope], { review: { state: 'published', comment: secret } }),
  },
  {
    collection: 'ocop-products',
    graphql: ['OcopProducts', 'internalNotes'],
    name: 'internalNotes',
    readers: STAFF_IN_SCOPE,
    plant: (scope, secret) => storeDirectly('ocop-products', products[scope], { internalNotes: secret }),
  },
  {
    collection: 'batches',
    graphql: ['Batches', 'internalNotes'],
    name: 'internalNotes',
    readers: BATCH_STAFF,
    plant: (scope, secret) => publishedIn('batches', scope, { internalNotes: secret }),
  },
]

/** What each route answers about the documents `ids`, as text (the secret is in it or not). */
async function readThrough(route: FieldRoute, field: PrivateField, ids: number[], id: number, token?: string) {
  const where = ids.map((value, index) => `where[id][in][${index}]=${value}`).join('&')
  switch (route) {
    case 'REST find': {
      const res = await http.rest('GET', `${field.collection}?${where}&depth=0&limit=100`, { token })
      expect(res.json.docs, res.text).toHaveLength(ids.length)
      return res.text
    }
    case 'REST findByID':
      return (await http.rest('GET', `${field.collection}/${id}?depth=0`, { token })).text
    case 'GraphQL': {
      const [name, selection] = field.graphql
      const or = ids.map((value) => `{ id: { equals: ${value} } }`).join(', ')
      const res = await http.gql(`{ ${name}(where: { OR: [${or}] }, limit: 100) { docs { id ${selection} } } }`, token)
      // A query the schema refuses would hide every field and prove nothing.
      expect(res.json.errors, res.text).toBeUndefined()
      expect(res.json.data[name].docs).toHaveLength(ids.length)
      return res.text
    }
    case 'export':
      return (await http.raw('GET', `export/${field.collection}?format=csv&${where}`, token)).text()
  }
}

describe('role × scope × private field × route', () => {
  it('each private field is shown exactly to those who look after its document, on every route', async () => {
    const wrong: string[] = []
    for (const field of PRIVATE_FIELDS) {
      const ids = {} as Record<Scope, number>
      for (const scope of SCOPES) ids[scope] = await field.plant(scope, secretOf(field, scope))
      const all = SCOPES.map((scope) => ids[scope])
      for (const role of ROLES) {
        const token = role === 'anonymous' ? undefined : tokens[role]
        for (const route of FIELD_ROUTES) {
          // A find returns all three documents at once; findByID asks for each in turn.
          const answers = route === 'REST findByID' ? null : await readThrough(route, field, all, ids.c1, token)
          for (const scope of SCOPES) {
            const text = answers ?? (await readThrough(route, field, all, ids[scope], token))
            const shown = text.includes(secretOf(field, scope))
            const should = (field.readers[role] ?? []).includes(scope)
            if (shown !== should) {
              wrong.push(`${role} ${route} ${field.collection}.${field.name} ${scope}: ${shown ? 'shown' : 'hidden'}`)
            }
          }
        }
      }
    }
    expect(wrong).toEqual([])
  })
})

/**
 * The admin's server functions (see src/serverFunctions/guarded.ts), called as the admin calls
 * them, on a draft in each scope: scheduling a publish, cancelling one an administrator set,
 * listing the upcoming ones, building an entry's form, and taking its edit lock by opening it.
 */
type ServerCase = 'schedule' | 'cancel' | 'upcoming' | 'form-state' | 'lock'
const SERVER_CASES: ServerCase[] = ['schedule', 'cancel', 'upcoming', 'form-state', 'lock']
const everyCase = (scopes: readonly Scope[]) => Object.fromEntries(SERVER_CASES.map((c) => [c, scopes]))
const SERVER_FUNCTIONS: Record<
  'relics' | 'batches',
  Partial<Record<Role, Partial<Record<ServerCase, readonly Scope[]>>>>
> = {
  relics: {
    admin: everyCase(ALL),
    editor: everyCase(PROVINCE),
    contributor: { 'form-state': OWN, lock: OWN },
  },
  batches: {
    admin: everyCase(ALL),
    editor: everyCase(PROVINCE),
    producer: everyCase(OWN),
  },
}

describe('role × server function × scope', () => {
  const JOBS = 'payload-jobs'
  const LOCKS = 'payload-locked-documents'
  const count = async (collection: CollectionSlug) =>
    (await payload.count({ collection, overrideAccess: true })).totalDocs
  const later = () => new Date(Date.now() + 30 * 24 * 3600 * 1000)

  async function tryCase(
    role: Role,
    call: Awaited<ReturnType<typeof serverFunctionClient>>,
    kind: ServerCase,
    collection: string,
    id: number,
  ) {
    const token = role === 'anonymous' ? undefined : tokens[role]
    const doc = { relationTo: collection, value: String(id) }
    const quietly = (name: string, args: Record<string, unknown>) => call(token, name, args).catch(() => null)
    const formArgs = (returnLockStatus: boolean) => ({
      id,
      collectionSlug: collection,
      schemaPath: collection,
      operation: 'update',
      formState: {},
      docPreferences: { fields: {} },
      renderAllFields: false,
      returnLockStatus,
      skipValidation: true,
    })
    switch (kind) {
      case 'schedule': {
        const before = await count(JOBS)
        const answer = (await quietly('schedule-publish', { type: 'publish', date: later(), doc })) as {
          error?: string
        } | null
        const added = (await count(JOBS)) - before
        expect(added, `${role} schedule: answer and jobs disagree`).toBe(answer && !answer.error ? 1 : 0)
        await payload.delete({ collection: JOBS, where: { id: { exists: true } }, overrideAccess: true })
        return added === 1
      }
      case 'cancel': {
        const job = await payload.jobs.queue({
          task: 'schedulePublish',
          input: { type: 'unpublish', doc, user: { relationTo: 'users', value: users.admin.id } } as never,
          waitUntil: later(),
        })
        await quietly('schedule-publish', { deleteID: job.id })
        const gone =
          (await payload.count({ collection: JOBS, where: { id: { equals: job.id } }, overrideAccess: true }))
            .totalDocs === 0
        await payload.delete({ collection: JOBS, where: { id: { exists: true } }, overrideAccess: true })
        return gone
      }
      case 'upcoming':
        return Array.isArray(await quietly('get-upcoming-scheduled-publish', { collectionSlug: collection, id }))
      case 'form-state': {
        const result = (await quietly('form-state', formArgs(false))) as { state?: Record<string, unknown> } | null
        return Boolean(result?.state)
      }
      case 'lock': {
        await quietly('form-state', formArgs(true))
        const mine =
          role !== 'anonymous' &&
          (
            await payload.count({
              collection: LOCKS,
              where: { and: [{ 'document.value': { equals: id } }, { 'user.value': { equals: users[role].id } }] },
              overrideAccess: true,
            })
          ).totalDocs > 0
        expect((await count(LOCKS)) <= 1, 'at most the one lock').toBe(true)
        await payload.delete({ collection: LOCKS, where: { id: { exists: true } }, overrideAccess: true })
        return mine
      }
    }
  }

  for (const collection of Object.keys(SERVER_FUNCTIONS) as ('relics' | 'batches')[]) {
    it(`${collection}: exactly the expected calls succeed`, async () => {
      const call = await serverFunctionClient()
      const wrong: string[] = []
      for (const scope of SCOPES) {
        const target = await create(collection, { ...body(collection, scope), _status: 'draft' }, true)
        for (const role of ROLES) {
          for (const kind of SERVER_CASES) {
            const done = await tryCase(role, call, kind, collection, target.id)
            const should = (SERVER_FUNCTIONS[collection][role]?.[kind] ?? []).includes(scope)
            if (done !== should) wrong.push(`${role} ${kind} ${collection} ${scope}: ${done ? 'done' : 'refused'}`)
          }
        }
      }
      expect(wrong).toEqual([])
    })
  }
})
