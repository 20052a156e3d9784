import type { Payload, PayloadRequest } from 'payload'
import { labelled } from '../i18n/words'
import { clientAddress, trustFromEnv } from './clientAddress'
import { SYSTEM_ACTOR } from './details'

/** What the audit log records. Labels (../i18n/words, `auditActions`) are shown in the admin's filter and on each entry's history. */
const ACTIONS = [
  'login',
  'login-failed',
  'logout',
  'password-reset',
  'create',
  'submit',
  'return',
  'publish',
  'unpublish',
  'trash',
  'restore',
  'delete',
  'role-change',
  'export',
] as const
export type AuditAction = (typeof ACTIONS)[number]
export const AUDIT_ACTIONS = labelled(ACTIONS, (words, action) => words.auditActions[action])

export interface AuditEvent {
  action: AuditAction
  /** The collection and document acted on, if any. */
  collection?: string
  docId?: number | string
  /** Title at the time: kept when the document is later deleted. */
  title?: string
  detail?: string
  /** The account acting, when it is not `req.user` (e.g. at sign-in). */
  actor?: { id: number; email?: string | null; name?: string | null } | null
}

// A TRUST_PROXY that cannot be read stops the CMS at start, not at the first audited action.
trustFromEnv()

/** Who connected, as far as a trusted proxy says (see clientAddress.ts and TRUST_PROXY). */
const clientIp = (req: PayloadRequest | undefined): string | undefined =>
  clientAddress(req?.headers?.get?.('x-forwarded-for'), trustFromEnv())

/**
 * Appends one line to the audit log. Inside a request the write joins its transaction, so an
 * action that is rolled back leaves no line, and a line that cannot be written there fails the
 * action (Payload has already rolled the transaction back: going on would report a change that
 * was undone). Otherwise it never throws: auditing must not break the action it records (a
 * `detached` line, written outside the transaction: a failed sign-in, whose transaction is rolled
 * back by definition), but a failure is logged loudly.
 */
export async function audit(
  payload: Payload,
  req: PayloadRequest | undefined,
  event: AuditEvent,
  options: { detached?: boolean } = {},
): Promise<void> {
  const user: AuditEvent['actor'] = event.actor ?? (req?.user?.collection === 'users' ? req.user : null)
  const actorLabel = user ? [user.name, user.email ? `<${user.email}>` : ''].filter(Boolean).join(' ') : undefined
  // A failed write in a transaction rolls it back: the action cannot go on as if it had been made.
  const inTransaction = Boolean(req?.transactionID) && !options.detached
  try {
    await payload.create({
      collection: 'audit-log',
      data: {
        action: event.action,
        actor: user ? user.id : null,
        actorLabel: actorLabel || (user ? `#${user.id}` : SYSTEM_ACTOR),
        targetCollection: event.collection,
        targetId: event.docId === undefined ? undefined : String(event.docId),
        targetTitle: event.title?.slice(0, 300),
        detail: event.detail?.slice(0, 2000),
        ip: clientIp(req),
      },
      overrideAccess: true,
      depth: 0,
      ...(req && !options.detached ? { req } : {}),
      context: { auditing: true },
    })
  } catch (error) {
    payload.logger.error({ err: error }, `Could not write the audit log (${event.action}).`)
    if (inTransaction) throw error
  }
}
