import {
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type Field,
  type PayloadRequest,
  ValidationError,
} from 'payload'
import { privateToScope } from '../access/fieldScope'
import { editorField, isEditorUser, signedInField } from '../access/policy'
import { Refusal } from '../access/refusal'
import { audit } from '../audit/log'
import { type Bilingual, inUserLanguage } from '../fields/message'
import { sidebarPanel } from '../fields/panel'
import { isRecord, recordOr } from '../shared/guards'
import { idOf } from '../shared/ids'
import {
  COMMENT_REQUIRED,
  type Outcome,
  outcomeMessage,
  REVIEW_STATES,
  type ReviewState,
  reviewStateChoices,
} from './states'

/**
 * Review workflow on top of Payload's drafts:
 *
 *   draft ──(author sets "submitted", saves)──▶ submitted ──(editor publishes)──▶ published
 *                                                   │
 *                        (editor sets "returned" with a comment, saves) ──▶ returned ──▶ …
 *
 * Authors (contributors, producers) move an entry between draft and submitted; only editors
 * return it (with a comment the author sees) or publish it. Publishing sets the state itself.
 * Every step is written to the audit log, which the entry shows as its history.
 */
export { REVIEW_STATES, type ReviewState } from './states'

/** The review state and, for those who look after the entry (and its author producer), the comment. */
export const reviewFields = (collection: CollectionSlug): Field[] => [
  {
    name: 'review',
    type: 'group',
    label: { vi: 'Xét duyệt', en: 'Review' },
    access: { read: signedInField },
    admin: { position: 'sidebar' },
    fields: [
      {
        name: 'state',
        type: 'select',
        defaultValue: 'draft',
        index: true,
        options: REVIEW_STATES.map(({ value, label }) => ({ value, label })),
        // Each role is offered what it may choose (authors: draft or submitted); the rule itself
        // is reviewBeforeChange below, which refuses the rest whatever a client sends.
        filterOptions: ({ options, siblingData, req }) => {
          const allowed = reviewStateChoices(recordOr(siblingData).state, isEditorUser(req))
          return options.filter((option) =>
            allowed.some((v) => v === (typeof option === 'string' ? option : option.value)),
          )
        },
        // Shown as "Xét duyệt > Trạng thái" in list columns and filters.
        label: { vi: 'Trạng thái', en: 'State' },
        admin: {
          description: {
            vi: 'Soạn xong: bấm "Gửi duyệt" ở đầu trang. Người duyệt bấm "Trả lại" (kèm nhận xét) hoặc "Xuất bản".',
            en: 'When ready, press "Submit for review" at the top. Reviewers press "Return" (with a comment) or "Publish".',
          },
          components: { Cell: '/components/ReviewStateCell#ReviewStateCell' },
        },
      },
      {
        name: 'comment',
        type: 'textarea',
        label: { vi: 'Nhận xét của người duyệt', en: 'Reviewer’s comment' },
        // Also checked by the hook below (the server's rule); as a field rule the admin shows the
        // message on the field itself, not as Payload's generic "the following field is invalid".
        validate: (value: unknown, { siblingData, req }: { siblingData: unknown; req: PayloadRequest }) =>
          recordOr(siblingData).state === 'returned' && !String(value ?? '').trim()
            ? inUserLanguage(req, COMMENT_REQUIRED)
            : true,
        access: { read: privateToScope(collection, { owner: true }), create: editorField, update: editorField },
        admin: {
          description: {
            vi: 'Người soạn thấy nhận xét này khi hồ sơ bị trả lại.',
            en: 'The author sees this when the entry is returned.',
          },
        },
      },
    ],
  },
  sidebarPanel('reviewHistory', { vi: 'Lịch sử xử lý', en: 'History' }, '/components/ReviewHistory#ReviewHistory'),
]

/** At the top of an entry: its review state, the reviewer's comment when returned, what to do next. */
export const reviewBannerField = (): Field => ({
  name: 'reviewBanner',
  type: 'ui',
  label: { vi: 'Tình trạng xét duyệt', en: 'Review status' },
  admin: { disableListColumn: true, components: { Field: '/components/ReviewBanner#ReviewBanner' } },
})

/** The fields' labels as the admin shows them (group › field), for the refusal's heading. */
const LABELS: Record<string, Bilingual> = {
  'review.state': { vi: 'Xét duyệt > Trạng thái', en: 'Review > State' },
  'review.comment': { vi: 'Xét duyệt > Nhận xét của người duyệt', en: 'Review > Reviewer’s comment' },
}

const refuse = (req: PayloadRequest, collection: string, path: string, message: Bilingual): never => {
  const label = LABELS[path] ? inUserLanguage(req, LABELS[path]) : undefined
  throw new ValidationError(
    { collection, errors: [{ path, message: inUserLanguage(req, message), ...(label ? { label } : {}) }] },
    req.t,
  )
}

/**
 * The review group of a document or of the data a save sends: only the keys it has, so that a save
 * sending the state alone keeps the stored comment. The state is kept as sent (the field's own
 * validation refuses an unknown one).
 */
const reviewOf = (doc: unknown): { state?: string | null; comment?: string | null } => {
  const review = recordOr(recordOr(doc).review)
  const text = (value: unknown) => (typeof value === 'string' ? value : null)
  return {
    ...('state' in review ? { state: text(review.state) } : {}),
    ...('comment' in review ? { comment: text(review.comment) } : {}),
  }
}

const titleOf = (doc: unknown): string | undefined => {
  const d = recordOr(doc)
  const title = d.title ?? d.lotCode
  return typeof title === 'string' ? title : undefined
}

/** The id an operation's arguments name (update, restoreVersion), if any. */
const argsId = (args: unknown): number | string | undefined => {
  const id = recordOr(args).id
  return typeof id === 'number' || typeof id === 'string' ? id : undefined
}

const unpublishKey = (slug: string, id: unknown) => `heritage:unpublishing:${slug}:${String(id)}`

/**
 * What reaches the public is decided by those who may publish. For everyone else (contributors,
 * producers on their records): every save is a draft, whatever the request asks (a save without
 * `draft` would otherwise change the live document, and `{}` would unpublish it); new entries and
 * duplicates are drafts; a published entry can be neither moved to nor restored from the trash.
 * For publishers, a save that turns a published entry into a draft is recorded as an unpublish.
 * `publishRight` says who may publish in this collection.
 */
export const guardUnpublish =
  (publishRight: (req: PayloadRequest) => boolean): CollectionBeforeOperationHook =>
  async ({ args, operation, req, collection }) => {
    if (operation === 'restoreVersion') return guardRestore(args, req, collection.slug, publishRight)
    const mayPublish = Boolean(recordOr(args).overrideAccess) || !req.user || publishRight(req)
    if (operation === 'create') {
      if (!mayPublish) {
        args.draft = true
        if (isRecord(args.data) && args.data._status !== 'published') args.data._status = 'draft'
      }
      return args
    }
    if (operation !== 'update') return args
    // Payload's "unpublish every locale" rewrites the latest version in place (the published one
    // would become this draft, out of the history): only for those who may publish.
    if (!mayPublish && isRecord(args)) args.unpublishAllLocales = false
    const data = recordOr(args.data)
    const id = argsId(args)
    const live = async () =>
      id === undefined
        ? null
        : await req.payload.db.findOne<{ id: number | string; _status?: unknown }>({
            collection: collection.slug,
            where: { id: { equals: id } },
            req,
          })
    if (!mayPublish) {
      if ('deletedAt' in data) {
        const current = await live()
        if (id === undefined || current?._status === 'published') {
          throw new Refusal(
            req,
            {
              vi: 'Chỉ biên tập viên mới được chuyển một mục đang công khai vào thùng rác hoặc khôi phục nó.',
              en: 'Only editors can move a published entry to the trash or restore it.',
            },
            403,
          )
        }
        return args
      }
      if (!args.draft && data._status === 'draft' && (await live())?._status === 'published') {
        throw new Refusal(
          req,
          {
            vi: 'Chỉ biên tập viên mới được gỡ xuất bản một mục đang công khai. Hãy lưu nháp để sửa, rồi gửi duyệt.',
            en: 'Only editors can unpublish a public entry. Save a draft with your changes and submit it for review.',
          },
          403,
        )
      }
      args.draft = true
      return args
    }
    if (args.draft || data._status !== 'draft' || id === undefined) return args
    if ((await live())?._status === 'published') {
      req.context[unpublishKey(collection.slug, id)] = true
    }
    return args
  }

const notAllowedToUnpublish = (req: PayloadRequest) =>
  new Refusal(
    req,
    {
      vi: 'Chỉ biên tập viên mới được gỡ xuất bản một mục đang công khai. Hãy khôi phục phiên bản dưới dạng bản nháp rồi gửi duyệt.',
      en: 'Only editors can unpublish a public entry. Restore the version as a draft and submit it for review.',
    },
    403,
  )

/** Restoring an old draft version over a published entry (not as a draft) would unpublish it. */
async function guardRestore(
  args: Parameters<CollectionBeforeOperationHook>[0]['args'],
  req: PayloadRequest,
  slug: CollectionSlug,
  publishRight: (req: PayloadRequest) => boolean,
) {
  const { draft, overrideAccess } = recordOr(args)
  const id = argsId(args)
  if (draft || overrideAccess || publishRight(req) || id === undefined) return args
  const version = await req.payload.findVersionByID({
    collection: slug,
    id: String(id),
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (recordOr(version?.version)._status === 'published') return args
  const current = await req.payload.db.findOne<{ id: number | string; _status?: unknown }>({
    collection: slug,
    where: { id: { equals: idOf(version?.parent) ?? undefined } },
    req,
  })
  if (current?._status === 'published') throw notAllowedToUnpublish(req)
  return args
}

/** Moves the review state along and refuses the steps the user may not take. */
export const reviewBeforeChange: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req, collection }) => {
  const before = reviewOf(originalDoc)
  const asked = { ...before, ...reviewOf(data) }
  const previous = before.state ?? 'draft'
  let next = asked.state ?? 'draft'
  const editor = isEditorUser(req) || !req.user
  // New entries and duplicates by those who may not publish start as drafts (see guardUnpublish).
  if (operation === 'create' && !editor && data._status !== 'published') data._status = 'draft'

  if (data._status === 'published') {
    data.review = { state: 'published', comment: null }
    return data
  }
  const unpublishing = Boolean(originalDoc && req.context[unpublishKey(collection.slug, originalDoc.id)])
  if (unpublishing || next === 'published') next = 'draft'

  if (next === 'returned' && next !== previous) {
    if (!editor) {
      refuse(req, collection.slug, 'review.state', {
        vi: 'Chỉ biên tập viên mới được trả lại hồ sơ. Hãy chọn "Đang soạn" hoặc "Chờ duyệt".',
        en: 'Only editors can return an entry. Choose "Draft" or "Submitted for review".',
      })
    }
    if (!asked.comment?.trim()) refuse(req, collection.slug, 'review.comment', COMMENT_REQUIRED)
  }
  if (operation === 'create' && next === 'returned') next = 'draft'
  data.review = { ...asked, state: next }
  return data
}

/** The success messages of Payload's REST handlers, read from `req.t` after the operation. */
const SUCCESS_KEYS = new Set([
  'general:updatedSuccessfully',
  'version:draftSavedSuccessfully',
  'general:successfullyCreated',
])

/**
 * Says what the save did ("submitted", "returned", "published") in the answer to this request,
 * instead of Payload's "draft saved" or "updated": the REST handler builds its message with
 * `req.t` once the operation (and so this hook) has run. The admin shows that message as its toast.
 */
function announce(req: PayloadRequest, outcome: Outcome, title: string | undefined) {
  const message = outcomeMessage(outcome, title, req.i18n?.language ?? 'vi')
  const t = req.t
  req.t = (key, options) => (SUCCESS_KEYS.has(key) ? message : t(key, options))
}

const changedTo = (doc: unknown, previous: unknown, state: ReviewState) =>
  reviewOf(doc).state === state && reviewOf(previous).state !== state

/** Writes each step to the audit log: the entry's history and the office's record. */
export const reviewAfterChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
  collection,
}) => {
  if (req.context.seeding) return doc
  const base = { collection: collection.slug, docId: doc.id, title: titleOf(doc) ?? titleOf(previousDoc) }
  const context = req.context
  const key = unpublishKey(collection.slug, doc.id)
  const trashed = Boolean(doc.deletedAt) && !previousDoc?.deletedAt
  const restored = !doc.deletedAt && Boolean(previousDoc?.deletedAt)
  if (operation === 'create') await audit(req.payload, req, { ...base, action: 'create' })
  if (trashed) await audit(req.payload, req, { ...base, action: 'trash' })
  else if (restored) await audit(req.payload, req, { ...base, action: 'restore' })
  if (context[key]) {
    delete context[key]
    await audit(req.payload, req, { ...base, action: 'unpublish' })
    announce(req, 'unpublish', base.title)
  } else if (doc._status === 'published' && !trashed && !restored) {
    await audit(req.payload, req, { ...base, action: 'publish' })
    announce(req, 'publish', base.title)
  }
  if (changedTo(doc, previousDoc, 'submitted')) {
    await audit(req.payload, req, { ...base, action: 'submit' })
    announce(req, 'submit', base.title)
  }
  if (changedTo(doc, previousDoc, 'returned')) {
    await audit(req.payload, req, { ...base, action: 'return', detail: reviewOf(doc).comment ?? undefined })
    announce(req, 'return', base.title)
  }
  return doc
}

export const auditAfterDelete: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  await audit(req.payload, req, { action: 'delete', collection: collection.slug, docId: doc.id, title: titleOf(doc) })
  return doc
}
