import type { Access, PayloadRequest, Where } from 'payload'
import type { PayloadLockedDocument } from '../payload-types'
import { idOf } from '../shared/ids'
import { globalUserMay, idsUserMay, type Operation } from './documents'
import { can } from './scope'

/**
 * Who may see, take, take over and release the admin's edit locks ("someone is editing this
 * entry"). Payload's collection of locks let any signed-in account list every lock, create one on
 * any entry in anybody's name and delete anybody's (issue 15, item 10). Here:
 *
 * - a lock can be created only on an entry the account may change (../auth/documentLocks.ts puts
 *   it in the writer's name and never moves it to another entry);
 * - an account sees its own locks and the locks on entries it may read (the admin needs them to
 *   say who is editing, and to not take a second lock on an entry someone holds);
 * - it can take over (Payload's "Take over" button, a PATCH that puts the lock in its name) only
 *   on an entry it may change, and it deletes only its own locks (the admin deletes the lock when
 *   its holder leaves the entry).
 *
 * Administrators may do everything. Payload's own lock flow writes through the database adapter
 * (on opening an entry, on each form-state request) and is not affected.
 */

const signedInUser = (req: PayloadRequest) => (req.user?.collection === 'users' ? req.user : null)

const keyOf = (value: unknown): string => String(idOf(value))

/** The ids of the locks that sit on entries the account may read (or change). */
async function locksOnEntriesUserMay(req: PayloadRequest, operation: Operation): Promise<number[]> {
  const { docs: locks } = await req.payload.find({
    collection: 'payload-locked-documents',
    overrideAccess: true,
    depth: 0,
    pagination: false,
    limit: 0,
    req,
  })
  const byCollection = new Map<string, string[]>()
  for (const lock of locks) {
    if (!lock.document) continue
    const ids = byCollection.get(lock.document.relationTo) ?? []
    ids.push(keyOf(lock.document.value))
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
        ? allowed.get(lock.document.relationTo)?.has(keyOf(lock.document.value))
        : Boolean(lock.globalSlug && globals.get(lock.globalSlug)),
    )
    .map((lock) => lock.id)
}

const ownLocks = (req: PayloadRequest): Where => ({ 'user.value': { equals: signedInUser(req)?.id } })

const ownOr = (own: Where, ids: number[]): Where => (ids.length ? { or: [own, { id: { in: ids } }] } : own)

type LockWrite = Partial<Pick<PayloadLockedDocument, 'document' | 'globalSlug'>>

export const lockAccess: Record<'create' | 'read' | 'update' | 'delete', Access> = {
  read: async ({ req }) => {
    if (!signedInUser(req)) return false
    if (can(req, 'admin')) return true
    return ownOr(ownLocks(req), await locksOnEntriesUserMay(req, 'read'))
  },
  create: async ({ req, data }: { req: PayloadRequest; data?: LockWrite }) => {
    if (!signedInUser(req)) return false
    if (can(req, 'admin')) return true
    if (data?.document?.relationTo) {
      const id = keyOf(data.document.value)
      return (await idsUserMay(req, data.document.relationTo, [id], 'update')).has(id)
    }
    if (data?.globalSlug) return globalUserMay(req, data.globalSlug, 'update')
    return false
  },
  update: async ({ req }) => {
    if (!signedInUser(req)) return false
    if (can(req, 'admin')) return true
    const ids = await locksOnEntriesUserMay(req, 'update')
    return ids.length ? { id: { in: ids } } : false
  },
  delete: ({ req }) => {
    if (!signedInUser(req)) return false
    if (can(req, 'admin')) return true
    return ownLocks(req)
  },
}
