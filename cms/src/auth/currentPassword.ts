import {
  type CollectionAfterErrorHook,
  type CollectionBeforeValidateHook,
  incrementLoginAttempts,
  type PayloadRequest,
  type TextField,
  ValidationError,
} from 'payload'
import { CURRENT_PASSWORD_FAILURES } from '../audit/details'
import { audit } from '../audit/log'
import { inUserLanguage } from '../fields/message'
import type { User } from '../payload-types'
import { passwordMatches } from './passwords'

/**
 * Changing one's own e-mail or password asks for the current password, on every route (the
 * account page, REST, GraphQL): a session left open on a shared office computer, or a stolen
 * token, must not be enough to take the account over for good.
 *
 * - Only for one's own account. An administrator setting someone else's e-mail or password is
 *   the administration flow (the person forgot it, left, or the address changed); the audit log
 *   records it. An administrator changing their own needs their current password like anyone.
 * - The forgotten-password flow (reset token sent by e-mail) is unchanged: it is not an update
 *   by a signed-in account.
 * - A wrong current password counts as a failed sign-in: it is logged, and five lock the account
 *   as five wrong passwords at sign-in do, so the check cannot be used to guess the password.
 */
export const CURRENT_PASSWORD = 'currentPassword'

const LABEL = { vi: 'Mật khẩu hiện tại', en: 'Current password' }

const MESSAGES = {
  missing: {
    vi: 'Nhập mật khẩu hiện tại để đổi thư điện tử hoặc mật khẩu của bạn.',
    en: 'Enter your current password to change your e-mail or password.',
  },
  wrong: {
    vi: 'Mật khẩu hiện tại không đúng. Nhập mật khẩu bạn đang dùng để đăng nhập (sai 5 lần, tài khoản bị tạm khóa).',
    en: 'The current password is wrong. Enter the password you sign in with (five wrong attempts lock the account).',
  },
}

/** Writes a request started outside its transaction, until they are done. */
const writesOutside = new WeakMap<PayloadRequest, Promise<void>[]>()

/**
 * Starts `write` outside the request's transaction, without waiting for it: with SQLite's single
 * writer (../sqliteWriter.ts) it can only run once that transaction has ended, here rolled back
 * by the refusal thrown next, so waiting for it inside would wait for ever. The users' afterError
 * hook below waits for it, so that the answer to the request comes after it.
 */
function outsideTransaction(req: PayloadRequest, write: () => Promise<void>): void {
  const done = write().catch((error: unknown) =>
    req.payload.logger.error({ err: error }, 'Could not record a wrong current password.'),
  )
  writesOutside.set(req, [...(writesOutside.get(req) ?? []), done])
}

/** afterError: the answer to a refused change waits for what the refusal recorded (see above). */
export const awaitWritesOutside: CollectionAfterErrorHook = async ({ req }) => {
  await Promise.all(writesOutside.get(req) ?? [])
}

export const requireCurrentPassword: CollectionBeforeValidateHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !data || !originalDoc) return data
  const user = req.user
  if (!user || user.collection !== collection.slug || String(user.id) !== String(originalDoc.id)) return data
  const newEmail = typeof data.email === 'string' ? data.email.toLowerCase().trim() : undefined
  const changesEmail =
    newEmail !== undefined &&
    newEmail !==
      String(originalDoc.email ?? '')
        .toLowerCase()
        .trim()
  const changesPassword = typeof data.password === 'string' && data.password !== ''
  const given = data[CURRENT_PASSWORD]
  delete data[CURRENT_PASSWORD]
  if (!changesEmail && !changesPassword) return data

  const refuse = (message: { vi: string; en: string }) =>
    new ValidationError(
      {
        collection: collection.slug,
        // The label names the field in the admin's toast ("…không hợp lệ: Mật khẩu hiện tại").
        errors: [{ message: inUserLanguage(req, message), path: CURRENT_PASSWORD, label: LABEL }],
        req,
      },
      req.t,
    )
  if (typeof given !== 'string' || given === '') throw refuse(MESSAGES.missing)
  const account = await req.payload.db.findOne<User>({
    collection: collection.slug,
    where: { id: { equals: originalDoc.id } },
    req,
  })
  const locked = Boolean(account?.lockUntil && new Date(account.lockUntil).getTime() > Date.now())
  if (account && !locked && (await passwordMatches(account, given))) return data
  // Outside the request's transaction (which the refusal rolls back), as at sign-in.
  outsideTransaction(req, async () => {
    if (account && collection.auth?.maxLoginAttempts > 0) {
      await incrementLoginAttempts({ collection, payload: req.payload, user: account })
    }
    await audit(
      req.payload,
      req,
      {
        action: 'login-failed',
        collection: collection.slug,
        docId: originalDoc.id,
        title: String(originalDoc.email ?? ''),
        detail: locked ? CURRENT_PASSWORD_FAILURES.locked : CURRENT_PASSWORD_FAILURES.wrong,
      },
      { detached: true },
    )
  })
  throw refuse(MESSAGES.wrong)
}

/** The field on the account page; never stored, never read back. */
export const currentPasswordField: TextField = {
  name: CURRENT_PASSWORD,
  type: 'text',
  virtual: true,
  label: LABEL,
  admin: {
    description: {
      vi: 'Bắt buộc khi đổi thư điện tử hoặc mật khẩu của chính bạn.',
      en: 'Required to change your own e-mail or password.',
    },
    // Only on one's own account: nobody is asked for someone else's password.
    condition: (data, _siblingData, { user }) =>
      Boolean(user && data?.id !== undefined && String(user.id) === String(data.id)),
    components: { Field: '/auth/CurrentPasswordField#CurrentPasswordField' },
    disableListColumn: true,
    disableListFilter: true,
  },
  hooks: { afterRead: [() => undefined] },
}
