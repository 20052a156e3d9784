import type {
  CollectionAfterReadHook,
  CollectionBeforeChangeHook,
  FieldHook,
  PayloadRequest,
  SanitizedConfig,
} from 'payload'
import { lockAccess } from '../access/locks'
import type { PayloadLockedDocument, User } from '../payload-types'

/**
 * Payload's edit locks ("someone is editing this entry") with owners: who may see, take and
 * release them is ruled by ../access/locks.ts; here a lock is always written in the name of the
 * account that writes it (forced, whatever is sent), never moves to another entry, and names its
 * holder. Payload's own lock flow writes through the database adapter (on opening an entry, on
 * each form-state request) and is not affected.
 */
export const LOCKS = 'payload-locked-documents'

const signedInUser = (req: PayloadRequest) => (req.user?.collection === 'users' ? req.user : null)

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
/** A lock as read here: its holder named by e-mail and name only. */
type LockRead = Omit<PayloadLockedDocument, 'user'> & {
  user: { relationTo: 'users'; value: number | Pick<User, 'id' | 'email' | 'name'> }
}

export const nameTheHolder: CollectionAfterReadHook<LockRead> = async ({ doc, req }) => {
  const holder = doc.user
  if (!holderAsked.has(doc) || !holder || holder.value === undefined || holder.value === null) return doc
  if (typeof holder.value === 'object') return doc
  const account = await req.payload
    .findByID({
      collection: holder.relationTo,
      id: holder.value,
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
