import type {
  AfterErrorHook,
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterErrorHook,
  CollectionAfterLoginHook,
  CollectionAfterLogoutHook,
  PayloadRequest,
} from 'payload'
import { AuthenticationError, LockedAuth } from 'payload'
import { SIGN_IN_EMAIL } from '../auth/signIn'
import type { User } from '../payload-types'
import { recordOr } from '../shared/guards'
import { SIGN_IN_FAILURES, scopeChanged } from './details'
import { audit } from './log'

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

/** Why a sign-in failed, in words. By class, not by name: a production build minifies class names ("l", "m"). */
export function failureReason(error: unknown): string {
  if (error instanceof LockedAuth) return SIGN_IN_FAILURES.locked
  if (error instanceof AuthenticationError) return SIGN_IN_FAILURES.wrong
  const message = error instanceof Error ? error.message : ''
  return (message ? `${SIGN_IN_FAILURES.refused}: ${message}` : SIGN_IN_FAILURES.refused).slice(0, 200)
}

const auditSignInFailure = (req: PayloadRequest, email: string, error: unknown) =>
  audit(
    req.payload,
    req,
    { action: 'login-failed', collection: 'users', title: email, detail: failureReason(error), actor: null },
    { detached: true },
  )

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
  await auditSignInFailure(req, email, error)
}

/**
 * The GraphQL sign-in (`mutation { loginUser(...) }`) reports its errors only to the config's
 * afterError hooks, with the GraphQL error wrapping Payload's. The e-mail tried was noted by the
 * users' beforeOperation hook (../auth/signIn.ts). The error's name, which GraphQL answers show,
 * is made the same for a locked account as for a wrong password (see SIGN_IN_REFUSED).
 */
export const auditFailedGraphqlLogin: AfterErrorHook = async ({ error, graphqlResult, req }) => {
  if (!graphqlResult) return
  const { originalError: original, path } = recordOr(error)
  const field = Array.isArray(path) ? path[0] : undefined
  if (typeof field !== 'string' || field !== loginMutationName(req)) return
  const tried = req.context[SIGN_IN_EMAIL]
  const email = typeof tried === 'string' ? tried : ''
  await auditSignInFailure(req, email, original)
  if (original instanceof LockedAuth && graphqlResult.extensions) {
    return {
      graphqlResult: {
        ...graphqlResult,
        extensions: { ...graphqlResult.extensions, name: new AuthenticationError().name },
      },
    }
  }
}

/** `loginUser`: Payload names the mutation after the collection's GraphQL singular name. */
const loginMutationName = (req: PayloadRequest): string => {
  const users = req.payload.collections.users?.config
  const singular = users?.graphQL && typeof users.graphQL === 'object' ? users.graphQL.singularName : undefined
  return `login${singular ?? 'User'}`
}

/** Role and scope changes (roles and the province, communes or producer bound to), and those a new account starts with. */
export const auditRoleChange: CollectionAfterChangeHook<User> = async ({
  collection,
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (req.context.seeding) return doc
  const detail = await scopeChanged(req, collection.fields, doc, operation === 'create' ? null : previousDoc)
  if (detail) {
    await audit(req.payload, req, {
      action: 'role-change',
      collection: 'users',
      docId: doc.id,
      title: doc.email,
      detail,
    })
  }
  return doc
}

export const auditUserDelete: CollectionAfterDeleteHook<User> = async ({ doc, req }) => {
  await audit(req.payload, req, {
    action: 'delete',
    collection: 'users',
    docId: doc.id,
    title: doc.email,
  })
  return doc
}
