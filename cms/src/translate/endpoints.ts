import {
  addDataAndFileToRequest,
  type CollectionSlug,
  type Endpoint,
  type PayloadRequest,
  type TypedLocale,
  type Where,
} from 'payload'
import { isEditorUser } from '../access/policy'
import { REFUSALS, refuse } from '../access/refusal'
import { contentDisposition } from '../download'
import type { User } from '../payload-types'
import { isCollectionSlug } from '../shared/collections'
import { isRecord } from '../shared/guards'
import { exportTranslations, importTranslations, TranslationRefused } from './index'
import { checkPublishedTarget } from './refusal'
import { REVIEWING } from './state'
import { readEntry } from './units'

/**
 * The translation exchange in the admin (components/TranslationView.tsx):
 *
 * GET  /api/translations/:kind/export?locale=ko&format=xliff|xlsx&only=todo
 *      the entries of the kind the account may translate (its update rights in that language),
 *      every text or (`only=todo`) those not translated yet or out of date;
 * POST /api/translations/:kind/import?locale=ko   (multipart: `file`, .xlf/.xliff or .xlsx)
 *      the import report (written, unchanged, not translated yet, skipped with the reason);
 * POST /api/translations/:kind/:id/reviewed?locale=ko
 *      an editor marks the entry's translation into that language reviewed.
 *
 * Every write goes through Payload with the account's own rights: a translator's saves are drafts
 * and touch only its language (../access/translator.ts).
 */

/** The kinds with a translation state: every public entry (not batches). */
const kindOf = (req: PayloadRequest): CollectionSlug | null => {
  const kind = String(req.routeParams?.kind ?? '')
  if (!isCollectionSlug(req.payload.config, kind)) return null
  const { config } = req.payload.collections[kind]
  return config.flattenedFields.some((f) => f.name === 'translationState') ? kind : null
}

const NO_KIND = { vi: 'Không có loại mục này để dịch.', en: 'There is no such kind of entry to translate.' }

const userOf = (req: PayloadRequest): User | null => {
  const user = req.user
  return user?.collection === 'users' ? user : null
}

/** Checks the account, the kind and the language; the refusal to answer, or what the request is about. */
type Prepared = { response: Response } | { user: User; kind: CollectionSlug; target: TypedLocale }

async function prepare(req: PayloadRequest): Promise<Prepared> {
  const user = userOf(req)
  if (!user) return { response: refuse(req, 401, REFUSALS.signIn) }
  const kind = kindOf(req)
  if (!kind) return { response: refuse(req, 404, NO_KIND) }
  const asked = typeof req.query?.locale === 'string' ? req.query.locale : ''
  try {
    const target = await checkPublishedTarget(req.payload, asked)
    return { user, kind, target }
  } catch (error) {
    if (error instanceof TranslationRefused) return { response: refuse(req, 400, error.reason) }
    throw error
  }
}

/** The ids of the kind's entries this account may change in `target` (its update rules in that language). */
async function translatableIds(req: PayloadRequest, kind: CollectionSlug, target: TypedLocale) {
  const { locale } = req
  req.locale = target
  try {
    const access = await req.payload.collections[kind].config.access.update({ req })
    if (!access) return []
    const where: Where | undefined = access === true ? undefined : access
    const found = await req.payload.find({
      collection: kind,
      ...(where ? { where } : {}),
      draft: true,
      depth: 0,
      limit: 0,
      pagination: false,
      select: {},
      overrideAccess: true,
      req,
    })
    return found.docs.map((doc) => doc.id)
  } finally {
    req.locale = locale
  }
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

type Ready = Exclude<Prepared, { response: Response }>

/** An endpoint for a signed-in account, a translatable kind and a published target language. */
const endpoint = (
  path: string,
  method: 'get' | 'post',
  handle: (req: PayloadRequest, ready: Ready) => Promise<Response>,
): Endpoint => ({
  path,
  method,
  handler: async (req) => {
    const prepared = await prepare(req)
    return 'response' in prepared ? prepared.response : handle(req, prepared)
  },
})

export const translationEndpoints: Endpoint[] = [
  endpoint('/translations/:kind/export', 'get', async (req, prepared) => {
    const { user, kind, target } = prepared
    const ids = await translatableIds(req, kind, target)
    const request = {
      collection: kind,
      ids,
      target,
      user,
      only: req.query?.only === 'todo' ? 'todo' : 'all',
    } as const
    const name = `dich-${kind}-${target}`
    if (req.query?.format === 'xlsx') {
      const data = await exportTranslations(req.payload, request, 'xlsx')
      return new Response(new Uint8Array(data), {
        headers: { 'content-type': XLSX, 'content-disposition': contentDisposition('attachment', `${name}.xlsx`) },
      })
    }
    return new Response(await exportTranslations(req.payload, request, 'xliff'), {
      headers: {
        'content-type': 'application/xliff+xml; charset=utf-8',
        'content-disposition': contentDisposition('attachment', `${name}.xlf`),
      },
    })
  }),
  endpoint('/translations/:kind/import', 'post', async (req, prepared) => {
    const { user, target } = prepared
    await addDataAndFileToRequest(req)
    const file = req.file
    const name = file?.name.toLowerCase() ?? ''
    const format = name.endsWith('.xlsx') ? 'xlsx' : /\.(xlf|xliff)$/.test(name) ? 'xliff' : null
    if (!file?.data || !format) {
      return refuse(req, 400, {
        vi: 'Hãy chọn tệp dịch đã điền: .xlf (XLIFF 2.0) hoặc .xlsx, như tệp đã tải xuống.',
        en: 'Choose the filled translation file: .xlf (XLIFF 2.0) or .xlsx, as downloaded.',
      })
    }
    try {
      const report = await importTranslations(
        req.payload,
        { format, data: new Uint8Array(file.data) },
        { target, user },
      )
      return Response.json(report)
    } catch (error) {
      if (error instanceof TranslationRefused) return refuse(req, 400, error.reason)
      throw error
    }
  }),
  endpoint('/translations/:kind/:id/reviewed', 'post', async (req, prepared) => {
    const { user, kind, target } = prepared
    if (!isEditorUser(req)) return refuse(req, 403, REFUSALS.forbidden)
    const doc = await readEntry(req.payload, kind, String(req.routeParams?.id ?? ''), user)
    if (!doc || (typeof doc.id !== 'number' && typeof doc.id !== 'string')) {
      return refuse(req, 404, { vi: 'Không tìm thấy mục này.', en: 'The entry was not found.' })
    }
    try {
      const saved = await req.payload.update({
        collection: kind,
        id: doc.id,
        locale: target,
        data: {},
        draft: doc._status === 'draft',
        depth: 0,
        context: { [REVIEWING]: target },
        overrideAccess: false,
        user,
      })
      return Response.json({ translationState: isRecord(saved) ? saved.translationState : null })
    } catch (error) {
      if (error instanceof Error && 'status' in error && error.status === 403) {
        return refuse(req, 403, REFUSALS.forbidden)
      }
      throw error
    }
  }),
]
