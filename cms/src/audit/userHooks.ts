import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterErrorHook,
  CollectionAfterLoginHook,
  CollectionAfterLogoutHook,
} from 'payload'
import { AuthenticationError, LockedAuth } from 'payload'
import { audit } from './log'

type UserDoc = {
  id: number | string
  email?: string | null
  name?: string | null
  roles?: string[] | null
  province?: unknown
  communes?: unknown[] | null
  producer?: unknown
}

const idOf = (value: unknown): string => {
  if (value === null || value === undefined) return '—'
  if (typeof value === 'object') return String((value as { id?: unknown }).id ?? '—')
  return String(value)
}

/** What decides a user's reach: roles and the province, communes or producer they are bound to. */
function scopeOf(user: UserDoc | undefined): Record<string, string> {
  return {
    roles: [...(user?.roles ?? [])].sort().join(',') || '—',
    province: idOf(user?.province),
    communes: (user?.communes ?? []).map(idOf).sort().join(',') || '—',
    producer: idOf(user?.producer),
  }
}

export const auditLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  await audit(req.payload, req, {
    action: 'login',
    collection: 'users',
    docId: user.id,
    title: user.email,
    actor: user,
  })
}

export const auditLogout: CollectionAfterLogoutHook = async ({ req }) => {
  if (req.user)
    await audit(req.payload, req, { action: 'logout', collection: 'users', docId: req.user.id, title: req.user.email })
}

/**
 * A failed sign-in throws inside Payload's login operation, whose transaction is rolled back; the
 * REST route (which the admin's sign-in form posts to) reports it here, and the line is written
 * outside that transaction.
 */
export const auditFailedLogin: CollectionAfterErrorHook = async ({ error, req }) => {
  let pathname = ''
  try {
    pathname = new URL(req.url ?? '', 'http://localhost').pathname
  } catch {}
  if (!pathname.endsWith('/users/login')) return
  const email = typeof req.data?.email === 'string' ? req.data.email.slice(0, 200) : ''
  // By class, not by name: a production build minifies class names ("l", "m").
  const reason =
    error instanceof LockedAuth
      ? 'locked: too many failed attempts / tài khoản đang bị khóa tạm thời'
      : error instanceof AuthenticationError
        ? 'wrong email or password / sai thư điện tử hoặc mật khẩu'
        : (error.message || 'sign-in refused / đăng nhập bị từ chối').slice(0, 200)
  await audit(
    req.payload,
    req,
    { action: 'login-failed', collection: 'users', title: email, detail: reason, actor: null },
    { detached: true },
  )
}

/** Role and scope changes, and the roles a new account starts with. */
export const auditRoleChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (req.context.seeding) return doc
  const after = scopeOf(doc as UserDoc)
  const before = operation === 'create' ? null : scopeOf(previousDoc as UserDoc)
  const changes = Object.keys(after)
    .filter((key) => !before || before[key] !== after[key])
    .map((key) => (before ? `${key}: ${before[key]} → ${after[key]}` : `${key}: ${after[key]}`))
  if (operation === 'create' || changes.length > 0) {
    await audit(req.payload, req, {
      action: 'role-change',
      collection: 'users',
      docId: doc.id,
      title: (doc as UserDoc).email ?? undefined,
      detail: (operation === 'create' ? 'new account; ' : '') + changes.join('; '),
    })
  }
  return doc
}

export const auditUserDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await audit(req.payload, req, {
    action: 'delete',
    collection: 'users',
    docId: doc.id,
    title: (doc as UserDoc).email ?? undefined,
  })
  return doc
}
