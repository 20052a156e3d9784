import type { CollectionBeforeOperationHook } from 'payload'
import { checkAgainstNothing } from './passwords'

/** Five wrong passwords lock the account for 15 minutes (Payload counts per account). */
export const MAX_LOGIN_ATTEMPTS = 5
export const LOCK_MINUTES = 15

/**
 * Sign-in answers that do not tell an attacker whether an account exists.
 *
 * - One answer for a wrong e-mail, a wrong password and a locked account: Payload answered a
 *   locked account with its own message, which only real accounts could earn after five tries.
 *   The message names both causes and what to do; the audit log keeps the real reason.
 * - The same work for all three: Payload checks the password only for an account that exists
 *   and is not locked, so the others answered in a fraction of the time (see bench/login-timing.ts).
 */
export const SIGN_IN_REFUSED = {
  vi: `Sai thư điện tử hoặc mật khẩu, hoặc tài khoản đang tạm khóa sau ${MAX_LOGIN_ATTEMPTS} lần nhập sai. Kiểm tra lại và thử lại; nếu vẫn không được, chờ ${LOCK_MINUTES} phút hoặc nhờ quản trị viên mở khóa.`,
  en: `Wrong e-mail or password, or the account is locked for a while after ${MAX_LOGIN_ATTEMPTS} wrong attempts. Check them and try again; if it still fails, wait ${LOCK_MINUTES} minutes or ask an administrator to unlock the account.`,
}

/**
 * Payload's messages for a wrong password and for a locked account, both replaced by the one
 * above (merged into the admin's other texts by ../i18n/translations.ts).
 */
export const signInTranslations = {
  vi: {
    error: {
      emailOrPasswordIncorrect: SIGN_IN_REFUSED.vi,
      usernameOrPasswordIncorrect: SIGN_IN_REFUSED.vi,
      userLocked: SIGN_IN_REFUSED.vi,
    },
  },
  en: {
    error: {
      emailOrPasswordIncorrect: SIGN_IN_REFUSED.en,
      usernameOrPasswordIncorrect: SIGN_IN_REFUSED.en,
      userLocked: SIGN_IN_REFUSED.en,
    },
  },
}

/** Where the e-mail of the sign-in being attempted is kept for the audit of a failed GraphQL sign-in. */
export const SIGN_IN_EMAIL = 'heritageSignInEmail'

/** Before Payload's login: equal work for accounts that do not exist or are locked. */
export const equalSignInWork: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'login') return args
  const data: unknown = args.data
  const sent = typeof data === 'object' && data !== null ? data : {}
  const email = 'email' in sent ? sent.email : undefined
  const password = 'password' in sent ? sent.password : undefined
  if (typeof email === 'string') req.context[SIGN_IN_EMAIL] = email.slice(0, 200)
  if (typeof email !== 'string' || typeof password !== 'string' || password.trim() === '') return args
  const account = await req.payload.db.findOne<{ id: number | string; lockUntil?: string | null }>({
    collection: collection.slug,
    where: { email: { equals: email.toLowerCase().trim() } },
    req,
  })
  const locked = Boolean(account?.lockUntil && new Date(account.lockUntil).getTime() > Date.now())
  if (!account || locked) await checkAgainstNothing(password)
  return args
}
