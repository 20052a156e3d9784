import { APIError, type PayloadRequest } from 'payload'
import { type Bilingual, inUserLanguage } from '../fields/message'

/**
 * The one shape of a refusal, wherever it comes from: a hook that throws a Refusal (Payload
 * answers it), or a custom endpoint that answers one itself (refuse below):
 *
 *     { "errors": [{ "name": "Refusal", "message": "<in the user's language>",
 *                    "data": { "vi": "…", "en": "…", …details } }] }
 *
 * `message` is what the admin, the import and export screens and API clients show (Payload's own
 * errors carry it too); `data.vi` and `data.en` let a client that knows its language pick one.
 * The language is the request's (the admin's language, or Accept-Language), Vietnamese by default.
 */

/** The HTTP statuses a refusal answers with. */
export type RefusalStatus = 400 | 401 | 403 | 404 | 409 | 413

export type RefusalData = Bilingual & Record<string, unknown>

/**
 * A refusal the user should read (401 sign in, 403 not allowed, 404 no such thing, 409 in use…):
 * shown as-is in the admin and the API, and logged as information rather than as a server error.
 */
export class Refusal extends APIError<RefusalData> {
  constructor(
    req: PayloadRequest | undefined,
    message: Bilingual,
    status: RefusalStatus,
    data?: Record<string, unknown>,
  ) {
    super(inUserLanguage(req, message), status, { ...data, vi: message.vi, en: message.en }, true)
    this.name = 'Refusal'
  }
}

/** The body Payload gives a thrown Refusal (its formatErrors), for an endpoint that answers one itself. */
export const refusalBody = (refusal: Refusal) => ({
  errors: [{ name: refusal.name, data: refusal.data, message: refusal.message }],
})

/** A custom endpoint's refusal, in the same shape as every other. */
export const refuse = (
  req: PayloadRequest,
  status: RefusalStatus,
  message: Bilingual,
  data?: Record<string, unknown>,
): Response => Response.json(refusalBody(new Refusal(req, message, status, data)), { status })

/** The refusals more than one endpoint gives. */
export const REFUSALS = {
  signIn: { vi: 'Hãy đăng nhập.', en: 'Sign in first.' },
  forbidden: { vi: 'Tài khoản của bạn không được làm việc này.', en: 'Your account may not do this.' },
  notFound: { vi: 'Không có tệp này.', en: 'There is no such file.' },
} satisfies Record<string, Bilingual>
