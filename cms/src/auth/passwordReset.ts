import {
  addDataAndFileToRequest,
  type CollectionAfterOperationHook,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type Endpoint,
  headersWithCors,
  type IncomingAuthType,
  type Payload,
  type PayloadRequest,
  ValidationError,
} from 'payload'
import { email as emailRule, password as passwordRule } from 'payload/shared'
import { Refusal, refuse } from '../access/refusal'
import { PASSWORD_RESET } from '../audit/details'
import { audit } from '../audit/log'
import { MailNotConfigured } from '../email/adapter'
import { RESET_LINK_MINUTES, RESET_MAIL_INTERVAL_SECONDS, RESET_SUBJECT, resetMailHtml } from '../email/resetMail'
import type { User } from '../payload-types'
import { errorMessage } from '../shared/errors'

/**
 * The forgotten-password flow ("Quên mật khẩu?"), as an attacker probes it:
 *
 * - Asking for a link answers the same, with the same status, for an address with an account and
 *   one without, and answers before anything is looked up: the lookup, the token and the mail
 *   happen after the answer (requestPasswordReset). Payload's own route looks the account up, writes
 *   the token and waits on the mail server before it answers, and answers an unknown address at
 *   once, which tells an attacker which addresses have accounts. This route replaces it on REST
 *   (the admin's form) and GraphQL; the mail itself is still Payload's (token, expiry, at most one
 *   per account per RESET_MAIL_INTERVAL_SECONDS), written by ../email/resetMail.ts.
 * - A link works once and for RESET_LINK_MINUTES; a spent, expired or made-up one is refused with
 *   one message that says what to do (Payload's is an English sentence), before anything changes.
 * - The new password passes Payload's password rule, told in the person's language.
 * - Every request (with what became of it) and every reset or refused link is in the audit log.
 */
export const forgotPasswordSettings: NonNullable<IncomingAuthType['forgotPassword']> = {
  expiration: RESET_LINK_MINUTES * 60 * 1000,
  minRequestInterval: RESET_MAIL_INTERVAL_SECONDS * 1000,
  generateEmailSubject: () => RESET_SUBJECT,
  generateEmailHTML: (args) => {
    if (!args?.req || !args.token) throw new Error('A reset mail needs the request and its token.')
    const user: Partial<User> = args.user ?? {}
    return resetMailHtml(args.req, args.token, user)
  },
}

/** Why a reset link no longer works; no colon, so the admin's error toast shows it whole. */
const LINK_SPENT = {
  vi: `đã được dùng hoặc đã hết hạn (mỗi liên kết chỉ dùng được một lần, trong ${RESET_LINK_MINUTES} phút)`,
  en: `has been used or has expired (a link works once, within ${RESET_LINK_MINUTES} minutes)`,
}

export const RESET_MESSAGES = {
  linkUnusable: {
    vi: `Liên kết đặt lại mật khẩu này không dùng được nữa, vì ${LINK_SPENT.vi}. Hãy bấm “Quên mật khẩu?” ở màn hình đăng nhập để nhận liên kết mới.`,
    en: `This password-reset link no longer works, as it ${LINK_SPENT.en}. Choose “Forgot password?” on the sign-in screen to get a new one.`,
  },
  /** The reset screen, opened with a link that no longer works (ResetLinkScreen.tsx). */
  screenHeading: { vi: 'Liên kết đã hết hiệu lực', en: 'This link no longer works' },
  screen: {
    vi: `Liên kết đặt lại mật khẩu này ${LINK_SPENT.vi}. Hãy yêu cầu một liên kết mới bằng nút dưới đây: nhập địa chỉ thư điện tử của bạn, hệ thống sẽ gửi thư mới.`,
    en: `This password-reset link ${LINK_SPENT.en}. Ask for a new link with the button below: enter your e-mail address and a new mail will be sent.`,
  },
  newLink: { vi: 'Nhận liên kết mới', en: 'Get a new link' },
  emailNeeded: {
    vi: 'Nhập địa chỉ thư điện tử của tài khoản, ví dụ ten@so-vhtt.gov.vn.',
    en: 'Enter the e-mail address of the account, e.g. name@so-vhtt.gov.vn.',
  },
}

const PASSWORD_LABEL = { vi: 'Mật khẩu mới', en: 'New password' }

/** Requests whose lookup and mail are still under way (tests wait for them; nothing else does). */
const inFlight = new Set<Promise<void>>()

export async function whenResetRequestsDone(): Promise<void> {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight])
}

/**
 * How long after the answer the lookup starts: long enough for the answer to have left, so that
 * the work for a real account (a lookup, a token written, a mail) never slows its own answer.
 */
const AFTER_ANSWER_MS = 100

/** Starts the lookup, token and mail for `email` after the current answer; never throws. */
export function requestPasswordReset(req: PayloadRequest, email: string): void {
  const task: Promise<void> = new Promise<void>((resolve) => setTimeout(resolve, AFTER_ANSWER_MS))
    .then(() => sendResetLink(req, email))
    .catch((error: unknown) => req.payload.logger.error(`Password reset: ${errorMessage(error)}`))
    .finally(() => inFlight.delete(task))
  inFlight.add(task)
}

async function sendResetLink(req: PayloadRequest, typed: string): Promise<void> {
  const { payload } = req
  const email = typed.toLowerCase().trim()
  const account = await payload.db.findOne<User>({ collection: 'users', where: { email: { equals: email } } })
  let detail: string
  try {
    const token = await payload.forgotPassword({ collection: 'users', data: { email } })
    detail = !account ? PASSWORD_RESET.unknown : token ? PASSWORD_RESET.sent : PASSWORD_RESET.repeated
  } catch (error) {
    // Who asked and why nothing went out; never the mail, whose link would let a reader in.
    if (error instanceof MailNotConfigured) {
      payload.logger.warn(
        `Password reset asked for ${email}; no mail sent: no SMTP_HOST is set. An administrator can set a new password for the account in Tài khoản.`,
      )
      detail = PASSWORD_RESET.notConfigured
    } else {
      payload.logger.error(`Password reset mail to ${email} could not be sent: ${errorMessage(error)}`)
      detail = `${PASSWORD_RESET.failed}: ${errorMessage(error)}`
    }
  }
  await audit(
    payload,
    req,
    { action: 'password-reset', collection: 'users', docId: account?.id, title: email, detail, actor: null },
    { detached: true },
  )
}

/** Whether `value` is an e-mail address by Payload's own rule (the admin's form checks the same). */
const isEmail = (req: PayloadRequest, value: string): boolean =>
  emailRule(value, {
    name: 'email',
    type: 'email',
    blockData: {},
    data: {},
    event: 'submit',
    path: ['email'],
    preferences: { fields: {} },
    req,
    required: true,
    siblingData: {},
  }) === true

/** The answer to every well-formed request, in the request's language (the admin shows the same). */
const requestAnswer = (req: PayloadRequest) =>
  Response.json(
    { message: req.t('authentication:checkYourEmailForPasswordReset') },
    { status: 200, headers: headersWithCors({ headers: new Headers(), req }) },
  )

/** POST /api/users/forgot-password: in place of Payload's (custom endpoints are matched first). */
export const forgotPasswordEndpoint: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const email = typeof req.data?.email === 'string' ? req.data.email.trim() : ''
    if (!email || email.length > 254 || !isEmail(req, email)) return refuse(req, 400, RESET_MESSAGES.emailNeeded)
    requestPasswordReset(req, email)
    return requestAnswer(req)
  },
}

/** GraphQL's `forgotPasswordUser`, answered the same way (config.graphQL.mutations replaces Payload's). */
export const forgotPasswordMutation = (
  _graphQL: unknown,
  { Mutation }: { Mutation: { fields: Record<string, object> } },
): Record<string, object> => {
  const field = Mutation.fields.forgotPasswordUser
  if (!field) return {}
  return {
    forgotPasswordUser: {
      ...field,
      resolve: async (_source: unknown, args: { email?: unknown }, context: { req: PayloadRequest }) => {
        const email = typeof args.email === 'string' ? args.email.trim() : ''
        if (!email || email.length > 254 || !isEmail(context.req, email)) {
          throw new Refusal(context.req, RESET_MESSAGES.emailNeeded, 400)
        }
        requestPasswordReset(context.req, email)
        return true
      },
    },
  }
}

/**
 * The account a reset link's token belongs to, and whether the link still works (not spent: the
 * token is cleared when used; not expired). The reset screen (ResetLinkScreen.tsx) and the reset
 * itself (checkResetLink) both ask here.
 */
export async function resetLinkAccount(
  payload: Payload,
  collection: CollectionSlug,
  token: string,
): Promise<{ account: User | null; usable: boolean }> {
  const account = token
    ? await payload.db.findOne<User>({ collection, where: { resetPasswordToken: { equals: token } } })
    : null
  const expires = account?.resetPasswordExpiration ? new Date(account.resetPasswordExpiration).getTime() : 0
  return { account, usable: Boolean(account) && expires > Date.now() }
}

/** Before Payload resets a password: the link must still work and the new password pass the rule. */
export const checkResetLink: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'resetPassword') return args
  const data: unknown = args.data
  const sent = typeof data === 'object' && data !== null ? data : {}
  const token = 'token' in sent && typeof sent.token === 'string' ? sent.token : ''
  const password = 'password' in sent && typeof sent.password === 'string' ? sent.password : ''
  const { account, usable } = await resetLinkAccount(req.payload, collection.slug, token)
  if (!usable) {
    if (account) {
      await audit(
        req.payload,
        req,
        {
          action: 'password-reset',
          collection: collection.slug,
          docId: account.id,
          title: account.email,
          detail: PASSWORD_RESET.refused,
          actor: null,
        },
        { detached: true },
      )
    }
    throw new Refusal(req, RESET_MESSAGES.linkUnusable, 403)
  }
  const problem = passwordRule(password, {
    name: 'password',
    type: 'text',
    blockData: {},
    data: {},
    event: 'submit',
    path: ['password'],
    preferences: { fields: {} },
    req,
    required: true,
    siblingData: {},
  })
  if (typeof problem === 'string') {
    throw new ValidationError(
      { collection: collection.slug, errors: [{ message: problem, path: 'password', label: PASSWORD_LABEL }], req },
      req.t,
    )
  }
  return args
}

/** After a reset: one line naming the account (Payload's sign-in that follows adds its own). */
export const auditPasswordReset: CollectionAfterOperationHook = async ({ operation, req, result }) => {
  if (operation !== 'resetPassword') return result
  const user: unknown = result && typeof result === 'object' && 'user' in result ? result.user : undefined
  if (
    user &&
    typeof user === 'object' &&
    'id' in user &&
    (typeof user.id === 'number' || typeof user.id === 'string')
  ) {
    const email = 'email' in user && typeof user.email === 'string' ? user.email : undefined
    await audit(req.payload, req, {
      action: 'password-reset',
      collection: 'users',
      docId: user.id,
      title: email,
      detail: PASSWORD_RESET.done,
    })
  }
  return result
}
