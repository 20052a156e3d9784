/**
 * Every role × entry collection × operation, through the real REST handlers, against the exact
 * set of allowed cases written out below (independently of src/access/policy.ts). Every attempt
 * gets fresh documents; a refused attempt must leave the database exactly as it was, an allowed
 * one must really have done what it said. The world (scopes c1, c2, c3) is ./accessMatrix.ts.
 */
import type { CollectionSlug } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  ALL,
  arrangeInscriptionParents,
  arrangeMatrix,
  body,
  create,
  http,
  nextSerial,
  OWN,
  PROVINCE,
  payload,
  producers,
  ROLES,
  type Role,
  SCOPES,
  type Scope,
  titleKey,
  tokenOf,
  users,
} from './accessMatrix'
import { countEverything } from './payload'

type Op = 'create' | 'read' | 'update' | 'publish' | 'delete' | 'trash' | 'unpublish'
const ENTRY_OPS: Op[] = ['create', 'read', 'update', 'publish', 'delete', 'trash', 'unpublish']

beforeAll(async () => {
  await arrangeMatrix()
  await arrangeInscriptionParents()
})

/**
 * `read`, `update`, `publish` and `delete` act on a never-published draft; `trash` and
 * `unpublish` on a published entry.
 */
type Expected = Partial<Record<Role, Partial<Record<Op, readonly Scope[]>>>>
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
  inscriptions: communeEntries,
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
  const token = tokenOf(role)
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
  const n = nextSerial()
  const changed = collection === 'batches' ? `SUA-${n}` : `Đã sửa ${n}`
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
