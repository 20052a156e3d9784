/**
 * Edit locks ("someone is editing this entry") have owners (issue 15, item 10). The attacks are
 * the ones found: a contributor creates a lock on another commune's entry in an editor's name,
 * lists every lock, deletes them; through REST and GraphQL. The admin's own requests (the list it
 * reads when opening an entry, "Take over", leaving the entry) keep working.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { httpClient } from './http'
import { bootPayload } from './payload'

const PASSWORD = 'mat-khau-khoa-soan-thao'
type Role = 'admin' | 'editor' | 'contributor'
const LOCKS = 'payload-locked-documents'

let payload: Payload
let http: Awaited<ReturnType<typeof httpClient>>
const tokens = {} as Record<Role, string>
const users = {} as Record<Role, { id: number }>
const relics = {} as Record<'c1' | 'c2', number>

type Lock = { id: number; document: { relationTo: string; value: number }; user: { relationTo: string; value: number } }
const allLocks = async () =>
  (await payload.find({ collection: LOCKS, overrideAccess: true, depth: 0, pagination: false, limit: 0 }))
    .docs as unknown as Lock[]

/** A lock as Payload's own flow writes it when someone opens an entry (handleFormStateLocking). */
const lockAs = async (role: Role, id: number) =>
  (await payload.db.create({
    collection: LOCKS,
    data: { document: { relationTo: 'relics', value: id }, user: { relationTo: 'users', value: users[role].id } },
  })) as unknown as Lock

/** The query the admin sends to find the lock on the entry it shows (DocumentInfo provider). */
const adminLockQuery = (id: number) =>
  `${LOCKS}?where[document.relationTo][equals]=relics&where[document.value][equals]=${id}`

const create = async (collection: string, data: Record<string, unknown>) =>
  (await payload.create({
    collection: collection as never,
    data: data as never,
    overrideAccess: true,
    depth: 0,
  })) as unknown as {
    id: number
  }

beforeAll(async () => {
  payload = await bootPayload()
  http = await httpClient()
  const p1 = await create('admin-units', { name: 'Tỉnh Khóa', level: 'province' })
  const c1 = (await create('admin-units', { name: 'Xã Khóa Một', level: 'commune', parent: p1.id })).id
  const c2 = (await create('admin-units', { name: 'Xã Khóa Hai', level: 'commune', parent: p1.id })).id
  const accounts: Record<Role, object> = {
    admin: { roles: ['admin'] },
    editor: { roles: ['editor'], province: p1.id },
    contributor: { roles: ['contributor'], communes: [c1] },
  }
  for (const [role, extra] of Object.entries(accounts) as [Role, object][]) {
    users[role] = await create('users', { email: `${role}@khoa.vn`, name: role, password: PASSWORD, ...extra })
    tokens[role] = await http.login(`${role}@khoa.vn`, PASSWORD)
  }
  relics.c1 = (await create('relics', { title: 'Chùa Một', rank: 'provincial', types: ['historical'], commune: c1 })).id
  relics.c2 = (await create('relics', { title: 'Chùa Hai', rank: 'provincial', types: ['historical'], commune: c2 })).id
})

describe('forging locks', () => {
  it("a contributor cannot lock another commune's entry, in an editor's name or its own (REST and GraphQL)", async () => {
    const before = await allLocks()
    const forged = {
      document: { relationTo: 'relics', value: relics.c2 },
      user: { relationTo: 'users', value: users.editor.id },
    }
    const rest = await http.rest('POST', LOCKS, { token: tokens.contributor, body: forged })
    expect(rest.status).toBe(403)
    const own = await http.rest('POST', LOCKS, {
      token: tokens.contributor,
      body: { document: { relationTo: 'relics', value: relics.c2 } },
    })
    expect(own.status).toBe(403)
    const gql = await http.gql(
      `mutation { createPayloadLockedDocument(data: { document: { relationTo: relics, value: ${relics.c2} }, user: { relationTo: users, value: ${users.editor.id} } }) { id } }`,
      tokens.contributor,
    )
    expect(gql.json.errors?.[0]?.message, gql.text).toBeTruthy()
    expect(await allLocks()).toEqual(before)
  })

  it("a lock created on one's own commune's entry is in one's own name, whatever the request says", async () => {
    const res = await http.rest('POST', LOCKS, {
      token: tokens.contributor,
      body: {
        document: { relationTo: 'relics', value: relics.c1 },
        user: { relationTo: 'users', value: users.editor.id },
      },
    })
    expect(res.status).toBe(201)
    const lock = (await allLocks()).find((l) => l.id === res.json.doc.id)
    expect(lock?.user.value).toBe(users.contributor.id)
    await payload.delete({ collection: LOCKS, id: res.json.doc.id, overrideAccess: true })
  })
})

describe('listing and deleting locks', () => {
  it("a contributor lists only its own locks and those on entries it may read; it cannot delete an editor's", async () => {
    const onOtherCommune = await lockAs('editor', relics.c2)
    const onOwnCommune = await lockAs('editor', relics.c1)
    const mine = await lockAs('contributor', relics.c1)
    const listed = await http.rest('GET', `${LOCKS}?limit=100`, { token: tokens.contributor })
    expect(listed.status).toBe(200)
    expect((listed.json.docs as Lock[]).map((l) => l.id).sort()).toEqual([onOwnCommune.id, mine.id].sort())
    const gql = await http.gql('{ PayloadLockedDocuments(limit: 100) { docs { id } } }', tokens.contributor)
    expect(gql.json.data.PayloadLockedDocuments.docs.map((l: { id: number }) => l.id).sort()).toEqual(
      [onOwnCommune.id, mine.id].sort(),
    )

    const before = await allLocks()
    for (const lock of [onOtherCommune, onOwnCommune]) {
      const res = await http.rest('DELETE', `${LOCKS}/${lock.id}`, { token: tokens.contributor })
      expect(res.status).toBeGreaterThanOrEqual(400)
    }
    const bulk = await http.rest('DELETE', `${LOCKS}?where[id][exists]=true`, { token: tokens.contributor })
    expect(bulk.status).toBeGreaterThanOrEqual(200)
    expect(await allLocks()).toEqual(before.filter((l) => l.id !== mine.id))
    await payload.delete({ collection: LOCKS, where: { id: { exists: true } }, overrideAccess: true })
  })

  it("a contributor cannot take over an editor's lock on an entry it may not change, nor move a lock elsewhere", async () => {
    const held = await lockAs('editor', relics.c2)
    const before = await allLocks()
    const takeOver = await http.rest('PATCH', `${LOCKS}/${held.id}`, {
      token: tokens.contributor,
      body: { user: { relationTo: 'users', value: users.contributor.id } },
    })
    expect(takeOver.status).toBeGreaterThanOrEqual(400)
    const mine = await lockAs('contributor', relics.c1)
    const moved = await http.rest('PATCH', `${LOCKS}/${mine.id}`, {
      token: tokens.contributor,
      body: { document: { relationTo: 'relics', value: relics.c2 } },
    })
    expect(moved.status).toBe(200)
    expect((await allLocks()).find((l) => l.id === mine.id)?.document.value).toBe(relics.c1)
    expect((await allLocks()).filter((l) => l.id !== mine.id)).toEqual(before)
    await payload.delete({ collection: LOCKS, where: { id: { exists: true } }, overrideAccess: true })
  })
})

describe("Payload's own lock flow, as the admin sends it", () => {
  it('sees who is editing, takes over, and releases its own lock on leaving', async () => {
    await lockAs('contributor', relics.c1)
    // The editor opens the entry: the admin looks the lock up and shows "someone is editing".
    const found = await http.rest('GET', adminLockQuery(relics.c1), { token: tokens.editor })
    expect(found.json.docs).toHaveLength(1)
    expect(found.json.docs[0].user.value.id ?? found.json.docs[0].user.value).toBe(users.contributor.id)
    // Named, although an editor may not read other accounts (the dialog said "Người dùng: 3"):
    // the holder's e-mail and name, nothing else of the account.
    expect(found.json.docs[0].user.value).toEqual({
      id: users.contributor.id,
      email: 'contributor@khoa.vn',
      name: 'contributor',
    })
    // "Take over" (handleTakeOver → updateDocumentEditor): the lock is put in the editor's name.
    const lockId = found.json.docs[0].id
    const takeOver = await http.rest('PATCH', `${LOCKS}/${lockId}`, {
      token: tokens.editor,
      body: { user: { relationTo: 'users', value: users.editor.id } },
    })
    expect(takeOver.status).toBe(200)
    expect((await allLocks()).find((l) => l.id === lockId)?.user.value).toBe(users.editor.id)
    // The contributor, still on the page, now sees the editor's lock and cannot delete it.
    const seen = await http.rest('GET', adminLockQuery(relics.c1), { token: tokens.contributor })
    expect(seen.json.docs).toHaveLength(1)
    expect(
      (await http.rest('DELETE', `${LOCKS}/${lockId}`, { token: tokens.contributor })).status,
    ).toBeGreaterThanOrEqual(400)
    // The editor leaves the entry (unlockDocument): its own lock is deleted.
    expect((await http.rest('DELETE', `${LOCKS}/${lockId}`, { token: tokens.editor })).status).toBe(200)
    expect(await allLocks()).toEqual([])
  })

  it('an administrator may clear any lock', async () => {
    const lock = await lockAs('editor', relics.c2)
    expect((await http.rest('DELETE', `${LOCKS}/${lock.id}`, { token: tokens.admin })).status).toBe(200)
    expect(await allLocks()).toEqual([])
  })
})
