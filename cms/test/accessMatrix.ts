/**
 * The world of the access matrix (access-matrix-*.test.ts): two provinces, a producer and its
 * product in each of three communes, and one account of each role, signed in.
 *
 * Scopes: c1 is the contributor's commune (in province P1) and, for OCOP data, the producer
 * account's own; c2 is another commune of P1 (the editor's province); c3 is a commune of another
 * province, belonging to another producer. Every test file boots its own database: each imports
 * this module afresh and calls arrangeMatrix() before its tests.
 */
import type { CollectionSlug, Payload } from 'payload'
import type { User } from '../src/payload-types'
import { arrange, roleAccounts, signInAccounts, twoProvinces } from './accounts'
import { httpClient } from './http'
import { bootPayload } from './payload'

export type Role = 'admin' | 'editor' | 'contributor' | 'producer' | 'anonymous'
export type Scope = 'c1' | 'c2' | 'c3'
export const ROLES: Role[] = ['admin', 'editor', 'contributor', 'producer', 'anonymous']
export const SCOPES: Scope[] = ['c1', 'c2', 'c3']
export const ALL: readonly Scope[] = ['c1', 'c2', 'c3']
export const PROVINCE: readonly Scope[] = ['c1', 'c2']
export const OWN: readonly Scope[] = ['c1']

export let payload: Payload
export let http: Awaited<ReturnType<typeof httpClient>>
export const tokens = {} as Record<Exclude<Role, 'anonymous'>, string>
export const users = {} as Record<Exclude<Role, 'anonymous'>, User>
export const units = {} as Record<Scope, number>
/** The producer (and its product) of each scope; c1's is the producer account's own. */
export const producers = {} as Record<Scope, number>
export const products = {} as Record<Scope, number>
/** A published relic of each scope, for inscriptions kept there. */
export const relicsOf = {} as Record<Scope, number>
/** Published places for route stops. */
export const published = {} as Record<'a' | 'b', number>

let serial = 0
/** A number no earlier call gave, for unique titles and lot codes. */
export const nextSerial = () => ++serial

export const create = (collection: CollectionSlug, data: Record<string, unknown>, draft = false) =>
  arrange(payload)(collection, data, draft)

/** The role's token; none for the public. */
export const tokenOf = (role: Role): string | undefined => (role === 'anonymous' ? undefined : tokens[role])

export async function arrangeMatrix() {
  payload = await bootPayload()
  http = await httpClient()
  const provinces = await twoProvinces(payload, ['Tỉnh Một', 'Tỉnh Hai', 'Xã Một', 'Xã Hai', 'Xã Ba'])
  Object.assign(units, { c1: provinces.c1, c2: provinces.c2, c3: provinces.c3 })
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
  const place = { rank: 'provincial', types: ['historical'], _status: 'published' }
  published.a = (await create('relics', { ...place, title: 'Điểm A' })).id
  published.b = (await create('relics', { ...place, title: 'Điểm B' })).id
  const accounts = await signInAccounts(payload, http, 'matran.vn', roleAccounts(provinces, producers.c1))
  Object.assign(users, accounts.users)
  Object.assign(tokens, accounts.tokens)
}

/**
 * A published relic in each scope, for the inscriptions `body` makes (kept there). Only the tests
 * of inscriptions arrange them: other tests of this world count its relics.
 */
export async function arrangeInscriptionParents() {
  for (const scope of SCOPES) {
    relicsOf[scope] = (
      await create('relics', {
        title: `Di tích ${scope}`,
        rank: 'provincial',
        types: ['historical'],
        commune: units[scope],
        _status: 'published',
      })
    ).id
  }
}

/** A valid body for a new document of `collection` in `scope`. */
export function body(collection: string, scope: Scope): Record<string, unknown> {
  const n = nextSerial()
  const title = `${collection} ${scope} #${n}`
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
    case 'inscriptions':
      // Its commune is its relic's (copied on save): the scope comes from the relic.
      return { title, inscriptionType: 'stele', attachedTo: { relationTo: 'relics', value: relicsOf[scope] } }
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
      return { lotCode: `LO-${n}`, product: products[scope], productionDate: '2026-03-01T00:00:00.000Z' }
    default:
      throw new Error(collection)
  }
}

export const titleKey = (collection: string) => (collection === 'batches' ? 'lotCode' : 'title')
