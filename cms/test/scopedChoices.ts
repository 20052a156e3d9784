/**
 * The world of the scoped-choices tests (scoped-choices-*.test.ts): a province P1 with communes c1
 * and c2 and a commune c3 of another province, producers a (c1), b (c3) and c (c2) with a product
 * each, craft villages v1, v2, v3, published batches of products a and b, and the accounts: an
 * administrator, an editor of P1, a contributor of c1, a contributor of c1 and c2, and producer a.
 * Every test file boots its own database and calls arrangeChoices() before its tests. Also what
 * those tests ask: the admin's form state as a user, what its pickers list, a field's refusal.
 */
import type { CollectionSlug, Payload, Where } from 'payload'
import { expect } from 'vitest'
import type { User } from '../src/payload-types'
import { arrange, signInAccounts, twoProvinces } from './accounts'
import { httpClient } from './http'
import { bootPayload } from './payload'
import { editFormArgs, serverFunctionClient } from './serverFunctionClient'

export type Role = 'admin' | 'editor' | 'contributor' | 'contributor2' | 'producer'

export let payload: Payload
export let http: Awaited<ReturnType<typeof httpClient>>
export let call: Awaited<ReturnType<typeof serverFunctionClient>>
export const tokens = {} as Record<Role, string>
export const users = {} as Record<Role, User>
export const units = {} as Record<'p1' | 'c1' | 'c2' | 'c3', number>
export const producers = {} as Record<'a' | 'b' | 'c', number>
export const products = {} as Record<'a' | 'b' | 'c', number>
export const batches = {} as Record<'a' | 'b', number>
export const villages = {} as Record<'v1' | 'v2' | 'v3', number>

export const create = (collection: CollectionSlug, data: Record<string, unknown>) => arrange(payload)(collection, data)

export const day = '2026-03-01T00:00:00.000Z'

export async function arrangeChoices() {
  payload = await bootPayload()
  http = await httpClient()
  call = await serverFunctionClient()
  const provinces = await twoProvinces(
    payload,
    ['Tỉnh Chọn', 'Tỉnh Ngoài', 'Xã Chọn Một', 'Xã Chọn Hai', 'Xã Ngoài Ba'],
    {
      formerNames: [{ name: 'Xã Cũ Ngoài', district: 'Huyện Cũ' }],
    },
  )
  Object.assign(units, { p1: provinces.p1, c1: provinces.c1, c2: provinces.c2, c3: provinces.c3 })
  const producer = (title: string, commune: number) =>
    create('producers', { title, kind: 'cooperative', commune, _status: 'published' })
  producers.a = (await producer('HTX Chọn A', units.c1)).id
  producers.b = (await producer('HTX Ngoài B', units.c3)).id
  producers.c = (await producer('HTX Chọn C', units.c2)).id
  const product = (title: string, producer: number, commune: number) =>
    create('ocop-products', { title, group: 'food', producer, commune, score: 75, _status: 'published' })
  products.a = (await product('Chè A', producers.a, units.c1)).id
  products.b = (await product('Chè B', producers.b, units.c3)).id
  products.c = (await product('Chè C', producers.c, units.c2)).id
  const village = (title: string, commune: number) =>
    create('craft-villages', { title, commune, crafts: [{ name: 'Dệt' }], _status: 'published' })
  villages.v1 = (await village('Làng Dệt Một', units.c1)).id
  villages.v2 = (await village('Làng Dệt Hai', units.c2)).id
  villages.v3 = (await village('Làng Dệt Ngoài', units.c3)).id
  const batch = (lotCode: string, product: number) =>
    create('batches', { lotCode, product, productionDate: day, _status: 'published' })
  batches.a = (await batch('A-001', products.a)).id
  batches.b = (await batch('B-001', products.b)).id
  const accounts = await signInAccounts(payload, http, 'luachon.vn', {
    admin: { roles: ['admin'] },
    editor: { roles: ['editor'], province: units.p1 },
    contributor: { roles: ['contributor'], communes: [units.c1] },
    contributor2: { roles: ['contributor'], communes: [units.c1, units.c2] },
    producer: { roles: ['producer'], producer: producers.a },
  })
  Object.assign(users, accounts.users)
  Object.assign(tokens, accounts.tokens)
}

export interface FieldState {
  value?: unknown
  valid?: boolean
  errorMessage?: string
  filterOptions?: Record<string, boolean | Where>
}

/** The form state the admin's edit view asks for when it opens a new entry (or re-checks it). */
export async function newForm(role: Role, collection: string, data: Record<string, unknown> = {}, validate = false) {
  const formState = Object.fromEntries(
    Object.entries(data).map(([path, value]) => [path, { value, initialValue: undefined }]),
  )
  const result = (await call(tokens[role], 'form-state', {
    collectionSlug: collection,
    schemaPath: collection,
    operation: 'create',
    formState,
    docPreferences: { fields: {} },
    docPermissions: { fields: true, create: true, read: true, update: true },
    renderAllFields: true,
    skipValidation: !validate,
  })) as { state: Record<string, FieldState> }
  return result.state
}

/** The form state the admin's edit view asks for when the user opens an existing entry. */
export async function editForm(role: Role, collection: CollectionSlug, id: number) {
  const result = (await call(tokens[role], 'form-state', editFormArgs(collection, id))) as {
    state: Record<string, FieldState>
  }
  return result.state
}

/** What a picker lists: its collection, filtered as the form state says, read as the user. */
export async function offered(role: Role, field: FieldState | undefined, relationTo: CollectionSlug) {
  const filter = field?.filterOptions?.[relationTo]
  expect(filter, 'the picker has a filter').toBeDefined()
  const where = filter === true || filter === undefined ? {} : filter === false ? { id: { exists: false } } : filter
  const found = await payload.find({
    collection: relationTo,
    where: where as Where,
    user: { ...users[role], collection: 'users' } as never,
    overrideAccess: false,
    draft: true,
    depth: 0,
    limit: 0,
    pagination: false,
  })
  return found.docs.map((doc) => doc.id).sort()
}

export const sorted = (...ids: number[]) => [...ids].sort()
/** The message Payload's REST answer puts on `path` (what the admin shows on that field). */
export const fieldError = (json: unknown, path: string): string | undefined => {
  const errors = (json as { errors?: { data?: { errors?: { path: string; message: string }[] } }[] }).errors ?? []
  return errors.flatMap((e) => e.data?.errors ?? []).find((e) => e.path === path)?.message
}

/** What the picker of `field` on a new `collection` form offers each of `roles` (sorted ids). */
export async function offers(collection: string, field: string, relationTo: CollectionSlug, roles: Role[]) {
  const lists: Partial<Record<Role, number[]>> = {}
  for (const role of roles) lists[role] = await offered(role, (await newForm(role, collection))[field], relationTo)
  return lists
}

/**
 * Saves `data` over the document `id` with full rights and returns the id of its older version in
 * which `field` was `value` (a version a restore would bring back).
 */
export async function versionBefore(
  collection: 'batches' | 'relics',
  id: number,
  data: Record<string, unknown>,
  field: string,
  value: number,
) {
  await payload.update({ collection, id, data, overrideAccess: true })
  const versions = await payload.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { [`version.${field}`]: { equals: value } }] },
    overrideAccess: true,
  })
  const old = versions.docs[0]
  expect(old, `a version of ${collection} ${id} with ${field} ${value}`).toBeDefined()
  return old?.id
}
