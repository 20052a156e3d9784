import type { CollectionSlug, Payload } from 'payload'
import type { User } from '../src/payload-types'
import type { httpClient } from './http'
import { makeProvince } from './people'

/**
 * What the access tests arrange before they ask anything: documents written with full rights,
 * provinces with their communes, and accounts of each role signed in through REST.
 */

type Http = Awaited<ReturnType<typeof httpClient>>

/** A document as arranged: its id, and whatever else the test reads back from it. */
export type Arranged = Record<string, unknown> & { id: number }

/** Writes `data` into `collection` with full rights, at depth 0 (a draft with `draft`). */
export const arrange =
  (payload: Payload) =>
  async (collection: CollectionSlug, data: Record<string, unknown>, draft = false): Promise<Arranged> =>
    (await payload.create({
      collection,
      data: data as never,
      draft,
      overrideAccess: true,
      depth: 0,
      context: { seeding: false },
    })) as unknown as Arranged

export interface Units {
  p1: number
  p2: number
  c1: number
  c2: number
  c3: number
}

/**
 * Two provinces: P1 with communes c1 and c2, P2 with c3, named for the test (readable failures).
 * `c3` adds fields to the third commune (former names, for old addresses).
 */
export async function twoProvinces(
  payload: Payload,
  names: [p1: string, p2: string, c1: string, c2: string, c3: string],
  c3: Record<string, unknown> = {},
): Promise<Units> {
  const create = arrange(payload)
  const [p1, p2, c1, c2, c3Name] = names
  const province = async (name: string) => (await create('admin-units', { name, level: 'province' })).id
  const commune = async (name: string, parent: number, extra: Record<string, unknown> = {}) =>
    (await create('admin-units', { name, level: 'commune', parent, ...extra })).id
  const units = { p1: await province(p1), p2: await province(p2) }
  return {
    ...units,
    c1: await commune(c1, units.p1),
    c2: await commune(c2, units.p1),
    c3: await commune(c3Name, units.p2, c3),
  }
}

/**
 * The usual accounts over two provinces: an administrator, an editor of P1, a contributor of c1
 * and the account of `producer`.
 */
export const roleAccounts = (units: Units, producer: number) => ({
  admin: { roles: ['admin'] },
  editor: { roles: ['editor'], province: units.p1 },
  contributor: { roles: ['contributor'], communes: [units.c1] },
  producer: { roles: ['producer'], producer },
})

/** The one password of the accounts signInAccounts creates at `domain`. */
export const passwordOf = (domain: string) => `mat-khau-${domain}`

/** Creates each account (`<role>@<domain>`, one password) and signs it in through REST. */
export async function signInAccounts<Role extends string>(
  payload: Payload,
  http: Http,
  domain: string,
  accounts: Record<Role, object>,
): Promise<{ users: Record<Role, User>; tokens: Record<Role, string> }> {
  const password = passwordOf(domain)
  const users = {} as Record<Role, User>
  const tokens = {} as Record<Role, string>
  for (const role of Object.keys(accounts) as Role[]) {
    const email = `${role}@${domain}`
    const data = { email, name: role, password, ...accounts[role] }
    users[role] = await payload.create({ collection: 'users', data: data as never, overrideAccess: true, depth: 0 })
    tokens[role] = await http.login(email, password)
  }
  return { users, tokens }
}

/** A relic that has only ever been a draft: what the public must never see. */
export const draftRelic = (payload: Payload, title: string) =>
  payload.create({
    collection: 'relics',
    draft: true,
    data: { title, rank: 'provincial', types: ['historical'], _status: 'draft' },
  })

/** An administrator account, for signInAccounts. */
const ADMIN = { roles: ['admin'], name: 'Quản trị' }

/** Creates the administrator `admin@<domain>` and signs it in: its token. */
export async function adminToken(payload: Payload, http: Http, domain: string): Promise<string> {
  return (await signInAccounts(payload, http, domain, { admin: ADMIN })).tokens.admin
}

/** One province, one commune in it and a published cooperative of that commune: ids. */
export interface Office {
  province: number
  commune: number
  producer: number
}

/** `Tỉnh <place>` with one commune, `Xã <place>`, and the published cooperative `HTX <place>` in it. */
export async function makeOffice(payload: Payload, place: string): Promise<Office> {
  const { province, communes } = await makeProvince(payload, `Tỉnh ${place}`, [`Xã ${place}`])
  const [commune = 0] = communes
  const data = { title: `HTX ${place}`, kind: 'cooperative', commune, _status: 'published' } as const
  const producer = (await payload.create({ collection: 'producers', data, overrideAccess: true })).id
  return { province, commune, producer }
}

/**
 * The accounts of an office, for signInAccounts: an administrator first (an installation's first
 * account is its administrator), the province's editor, a contributor of the commune and the
 * cooperative's producer.
 */
export const officeAccounts = (office: Office) => ({
  admin: ADMIN,
  editor: { roles: ['editor'], province: office.province },
  contributor: { roles: ['contributor'], communes: [office.commune] },
  producer: { roles: ['producer'], producer: office.producer },
})
