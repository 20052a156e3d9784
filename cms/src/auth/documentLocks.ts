import type {
  Access,
  CollectionAfterReadHook,
  CollectionBeforeChangeHook,
  CollectionSlug,
  FieldHook,
  PayloadRequest,
  SanitizedConfig,
  Where,
} from 'payload'
import { hasRole } from '../access/roles'

/**
 * Payload's edit locks ("someone is editing this entry") with owners. Payload's collection of
 * locks lets any signed-in account list every lock, create one on any entry in anybody's name and
 * delete anybody's (issue 15, item 10). Here:
 *
 * - a lock is always in the name of the account that writes it (forced, whatever is sent);
 * - it can be created only on an entry the account may change, and it never moves to another
 *   entry;
 * - an account sees its own locks and the locks on entries it may read (the admin needs them to
 *   say who is editing, and to not take a second lock on an entry someone holds);
 * - it can take over (Payload's "Take over" button, a PATCH that puts the lock in its name) only
 *   on an entry it may change, and it deletes only its own locks (the admin deletes the lock when
 *   its holder leaves the entry).
 *
 * Administrators may do everything. Payload's own lock flow writes through the database adapter
 * (on opening an entry, on each form-state request) and is not affected.
 */
export const LOCKS = 'payload-locked-documents'

type Operation = 'read' | 'update'
type LockRow = {
  id: number | string
  document?: { relationTo: string; value: unknown } | null
  globalSlug?: string | null
  user?: { relationTo: string; value: unknown } | null
}

const signedInUser = (req: PayloadRequest) => (req.user?.collection === 'users' ? req.user : null)
const idOf = (value: unknown): string =>
  value && typeof value === 'object' ? String((value as { id?: unknown }).id) : String(value)

/** Which of `ids` the account may read or change, by the collection's own access rules. */
export async function idsUserMay(
  req: PayloadRequest,
  slug: string,
  ids: string[],
  operation: Operation,
): Promise<Set<string>> {
  const collection = req.payload.collections[slug as CollectionSlug]
  const access = collection?.config.access[operation]
  if (!collection || !access || ids.length === 0) return new Set()
  const result = await access({ req })
  if (!result) return new Set()
  const numeric =
    collection.customIDType === 'number' || (!collection.customIDType && req.payload.db.defaultIDType === 'number')
  const typed = ids.map((id) => (numeric ? Number(id) : id))
  const where: Where = { id: { in: typed } }
  const { docs } = await req.payload.find({
    collection: slug as CollectionSlug,
    where: result === true ? where : { and: [where, result as Where] },
    overrideAccess: true,
    trash: true,
    depth: 0,
    pagination: false,
    limit: 0,
    select: {},
    req,
  })
  return new Set(docs.map((doc) => String(doc.id)))
}

export async function globalUserMay(req: PayloadRequest, slug: string, operation: Operation): Promise<boolean> {
  const global = req.payload.config.globals.find((g) => g.slug === slug)
  const access = global?.access[operation]
  return Boolean(global && access && (await access({ req })))
}

/** The ids of the locks that sit on entries the account may read (or change). */
async function locksOnEntriesUserMay(req: PayloadRequest, operation: Operation): Promise<(number | string)[]> {
  const { docs } = await req.payload.find({
    collection: LOCKS,
    overrideAccess: true,
    depth: 0,
    pagination: false,
    limit: 0,
    req,
  })
  const locks = docs as unknown as LockRow[]
  const byCollection = new Map<string, string[]>()
  for (const lock of locks) {
    if (!lock.document) continue
    const ids = byCollection.get(lock.document.relationTo) ?? []
    ids.push(idOf(lock.document.value))
    byCollection.set(lock.document.relationTo, ids)
  }
  const allowed = new Map<string, Set<string>>()
  for (const [slug, ids] of byCollection) allowed.set(slug, await idsUserMay(req, slug, ids, operation))
  const globals = new Map<string, boolean>()
  for (const lock of locks) {
    if (lock.globalSlug && !globals.has(lock.globalSlug))
      globals.set(lock.globalSlug, await globalUserMay(req, lock.globalSlug, operation))
  }
  return locks
    .filter((lock) =>
      lock.document
        ? allowed.get(lock.document.relationTo)?.has(idOf(lock.document.value))
        : Boolean(lock.globalSlug && globals.get(lock.globalSlug)),
    )
    .map((lock) => lock.id)
}

const ownLocks = (req: PayloadRequest): Where => ({ 'user.value': { equals: signedInUser(req)?.id } })

const anyOf = (own: Where, ids: (number | string)[]): Where => (ids.length ? { or: [own, { id: { in: ids } }] } : own)

export const lockAccess: Record<'create' | 'read' | 'update' | 'delete', Access> = {
  read: async ({ req }) => {
    if (!signedInUser(req)) return false
    if (hasRole(req, 'admin')) return true
    return anyOf(ownLocks(req), await locksOnEntriesUserMay(req, 'read'))
  },
  create: async ({ req, data }) => {
    if (!signedInUser(req)) return false
    if (hasRole(req, 'admin')) return true
    const target = data as Partial<LockRow> | undefined
    if (target?.document?.relationTo) {
      const id = idOf(target.document.value)
      return (await idsUserMay(req, target.document.relationTo, [id], 'update')).has(id)
    }
    if (target?.globalSlug) return globalUserMay(req, target.globalSlug, 'update')
    return false
  },
  update: async ({ req }) => {
    if (!signedInUser(req)) return false
    if (hasRole(req, 'admin')) return true
    const ids = await locksOnEntriesUserMay(req, 'update')
    return ids.length ? { id: { in: ids } } : false
  },
  delete: ({ req }) => {
    if (!signedInUser(req)) return false
    if (hasRole(req, 'admin')) return true
    return ownLocks(req)
  },
}

/** The lock is in the writer's name; an existing lock keeps its entry. */
export const lockInWritersName: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  const user = signedInUser(req)
  if (!user) return data
  data.user = { relationTo: user.collection, value: user.id }
  if (operation === 'update' && originalDoc) {
    data.document = originalDoc.document
    data.globalSlug = originalDoc.globalSlug
  }
  return data
}

/** Locks read with their holder asked for (depth ≥ 1), noted by the `user` field's hook. */
const holderAsked = new WeakSet<object>()

export const noteHolderAsked: FieldHook = ({ data, depth, value }) => {
  if (data && (depth ?? 0) > 0) holderAsked.add(data)
  return value
}

/**
 * The lock names its holder for whoever may see the lock and asks for its holder: Payload reads
 * the holder with the reader's rights, which let an editor read no other account, so the admin's
 * "someone is editing this" dialog said "Người dùng: 3". The holder's e-mail and name only, which
 * the dialog shows.
 */
export const nameTheHolder: CollectionAfterReadHook = async ({ doc, req }) => {
  const holder = (doc as LockRow).user
  if (!holderAsked.has(doc) || !holder || holder.value === undefined || holder.value === null) return doc
  if (typeof holder.value === 'object') return doc
  const account = await req.payload
    .findByID({
      collection: holder.relationTo as 'users',
      id: holder.value as number,
      overrideAccess: true,
      depth: 0,
      select: { email: true, name: true },
      disableErrors: true,
      req,
    })
    .catch(() => null)
  if (account) holder.value = { id: account.id, email: account.email, name: account.name }
  return doc
}

/** Applied to the built config: Payload adds its collection of locks itself, with no way to configure it. */
export function withOwnedLocks(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((collection) => collection.slug === LOCKS)
  if (!locks) return config
  locks.access = { ...locks.access, ...lockAccess }
  locks.hooks.beforeChange = [...(locks.hooks.beforeChange ?? []), lockInWritersName]
  locks.hooks.afterRead = [...(locks.hooks.afterRead ?? []), nameTheHolder]
  const user = locks.fields.find((field) => field.type === 'relationship' && field.name === 'user')
  if (user?.type === 'relationship')
    user.hooks = { ...user.hooks, afterRead: [...(user.hooks?.afterRead ?? []), noteHolderAsked] }
  return config
}
