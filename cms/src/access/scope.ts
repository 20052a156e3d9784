import type { UserRole } from '@heritage/contract'
import type { PayloadRequest, Where } from 'payload'
import { type Id, idOf } from '../shared/ids'

/**
 * Who is asking, normalised from `req.user`: roles, the province an editor works for, the
 * communes a contributor works for and the producer a producer account belongs to.
 */
export interface Principal {
  id: number | string
  roles: readonly UserRole[]
  province: number | string | null
  communes: readonly (number | string)[]
  producer: number | string | null
}

/** The ids a relationship value names (one, many, populated or not, or a picker's `{ value }`). */
export function idsOf(value: unknown): Id[] {
  const items: unknown[] = Array.isArray(value) ? value : [value]
  return items
    .map((item) => (typeof item === 'object' && item !== null && 'value' in item ? item.value : item))
    .map(idOf)
    .filter((id): id is Id => id !== null)
}

export function principal(req: PayloadRequest): Principal | null {
  const user = req.user
  if (user?.collection !== 'users') return null
  return {
    id: user.id,
    roles: user.roles ?? [],
    province: idOf(user.province),
    communes: (user.communes ?? []).map(idOf).filter((id): id is Id => id !== null),
    producer: idOf(user.producer),
  }
}

export const can = (req: PayloadRequest, ...roles: UserRole[]): boolean =>
  Boolean(principal(req)?.roles.some((role) => roles.includes(role)))

class Cached<T> {
  constructor(readonly value: T) {}
}

/**
 * A value looked up once per request and kept in its context under `heritage:<key>`. The context
 * is Payload's untyped bag; the look-up is wrapped so that it is read back with the type it was
 * stored with (a cached `null` stays a hit). The look-up itself is kept, not its value, so that
 * callers that ask at the same time share one; one that fails is dropped, and the next caller
 * tries again.
 */
export async function perRequest<T>(
  req: Pick<PayloadRequest, 'context'>,
  key: string,
  load: () => Promise<T>,
): Promise<T> {
  const cacheKey = `heritage:${key}`
  const hit = req.context[cacheKey]
  if (hit instanceof Cached) return hit.value
  const entry = new Cached(load())
  req.context[cacheKey] = entry
  entry.value.catch(() => {
    if (req.context[cacheKey] === entry) req.context[cacheKey] = undefined
  })
  return entry.value
}

const cached = <T>(req: PayloadRequest, key: string, load: () => Promise<T>): Promise<T> =>
  perRequest(req, `${key}:${String(req.user?.id ?? 'anonymous')}`, load)

/** Communes of the editor's province (their ids), looked up once per request. */
export async function provinceCommunes(req: PayloadRequest): Promise<Id[]> {
  const who = principal(req)
  if (!who?.province) return []
  const province = who.province
  return cached(req, 'province-communes', () => communesOf(req, province))
}

/** The communes of a province (their ids), whoever asks. */
export async function communesOf(req: PayloadRequest, province: Id): Promise<Id[]> {
  const found = await req.payload.find({
    collection: 'admin-units',
    where: { and: [{ level: { equals: 'commune' } }, { parent: { equals: province } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: {},
    req,
  })
  return found.docs.map((doc) => doc.id)
}

/**
 * The communes whose entries this user looks after: `true` for administrators (everything),
 * the communes of an editor's province, a contributor's own communes, otherwise none.
 */
export async function communesInScope(req: PayloadRequest): Promise<true | Id[]> {
  const who = principal(req)
  if (!who) return []
  if (who.roles.includes('admin')) return true
  const ids = new Set<Id>()
  if (who.roles.includes('editor')) for (const id of await provinceCommunes(req)) ids.add(id)
  if (who.roles.includes('contributor')) for (const id of who.communes) ids.add(id)
  return [...ids]
}

/**
 * Entries this user looks after, as a query on `path` (the entry's commune). Editors also look
 * after province-wide entries that have no commune; contributors never do.
 */
export async function communeScope(req: PayloadRequest, path = 'commune'): Promise<boolean | Where> {
  const communes = await communesInScope(req)
  if (communes === true) return true
  const editor = can(req, 'editor') && principal(req)?.province !== null
  const clauses: Where[] = []
  if (communes.length > 0) clauses.push({ [path]: { in: communes } })
  if (editor) clauses.push({ [path]: { exists: false } })
  return anyOf(...clauses)
}

/** Whether a commune (id or empty) lies inside this user's scope. */
export async function communeAllowed(req: PayloadRequest, commune: unknown): Promise<boolean> {
  const communes = await communesInScope(req)
  if (communes === true) return true
  const id = idOf(commune)
  if (id === null) return can(req, 'editor') && principal(req)?.province !== null
  return communes.some((allowed) => String(allowed) === String(id))
}

/** Products of the producer this account belongs to. */
export async function ownProductIds(req: PayloadRequest): Promise<Id[]> {
  const producer = principal(req)?.producer
  if (!producer) return []
  return cached(req, 'own-products', async () => {
    const found = await req.payload.find({
      collection: 'ocop-products',
      where: { producer: { equals: producer } },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      draft: false,
      trash: true,
      select: {},
      req,
    })
    return found.docs.map((doc) => doc.id)
  })
}

/** Products inside the user's commune scope, for rules on batches (which have no commune). */
export async function productsInScope(req: PayloadRequest): Promise<true | Id[]> {
  const scope = await communeScope(req)
  if (scope === true) return true
  if (scope === false) return []
  return cached(req, 'scoped-products', async () => {
    const found = await req.payload.find({
      collection: 'ocop-products',
      where: scope,
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      trash: true,
      select: {},
      req,
    })
    return found.docs.map((doc) => doc.id)
  })
}

export const PUBLISHED: Where = { _status: { equals: 'published' } }
export const NEVER_PUBLISHED: Where = { _status: { equals: 'draft' } }

/**
 * Clauses joined by `join`: the boolean `wins` decides alone, the other drops out, and what is
 * left is one query, both joined, or (nothing left) the other boolean.
 */
function joined(join: 'or' | 'and', wins: boolean, clauses: (boolean | Where)[]): boolean | Where {
  if (clauses.some((clause) => clause === wins)) return wins
  const wheres = clauses.filter((clause): clause is Where => typeof clause === 'object')
  const [only] = wheres
  if (!only) return !wins
  return wheres.length === 1 ? only : { [join]: wheres }
}

/** OR of clauses where `true` wins and `false` drops out. */
export const anyOf = (...clauses: (boolean | Where)[]): boolean | Where => joined('or', true, clauses)

/** AND of clauses where `false` wins and `true` drops out. */
export const allOf = (...clauses: (boolean | Where)[]): boolean | Where => joined('and', false, clauses)

export const idsWhere = (path: string, ids: true | Id[]): boolean | Where =>
  ids === true ? true : ids.length === 0 ? false : { [path]: { in: ids } }
