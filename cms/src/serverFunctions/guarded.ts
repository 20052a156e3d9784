import { buildFormStateHandler } from '@payloadcms/ui/utilities/buildFormState'
import {
  type SchedulePublishHandlerArgs,
  schedulePublishHandler,
} from '@payloadcms/ui/utilities/schedulePublishHandler'
import {
  type CollectionSlug,
  canAccessAdmin,
  docAccessOperation,
  docAccessOperationGlobal,
  Forbidden,
  type PayloadRequest,
  type ServerFunction,
  type Where,
} from 'payload'
import { hasRole } from '../access/roles'
import { globalUserMay, idsUserMay } from '../auth/documentLocks'
import { inUserLanguage } from '../fields/message'

/**
 * The admin's server functions (one POST endpoint, `handleServerFunctions` in
 * app/(payload)/layout.tsx) that Payload does not guard enough. Each wrapper checks and then hands
 * the call to Payload's own handler.
 *
 * - `schedule-publish` with `deleteID` (the bin next to a scheduled publish or unpublish) deleted
 *   any scheduled job with the Local API's full rights: a contributor or producer could cancel an
 *   editor's festival-season publish (issue 15, item 2); and a new schedule was queued for any
 *   entry by anyone who can open the admin. Now cancelling is for administrators, the person who
 *   scheduled it, and whoever may publish that entry now (they could publish or unpublish it
 *   directly, and they are the ones the admin shows the schedule to); scheduling is for whoever
 *   may publish the entry.
 * - `form-state` with an `id` built the form of any entry, readable or not: it takes the edit
 *   lock in the caller's name (a way round the owned locks of ../auth/documentLocks.ts) and renders
 *   the entry's server components, such as its review history. Now the entry must be readable,
 *   and the lock is taken only by someone who may change it.
 *
 * The other server functions read through the access rules (render-document, render-list,
 * table-state, copy-data-from-locale, get-upcoming-scheduled-publish) or touch no record
 * (render-field, render-document-slots, slugify, dashboard widgets; folders are off); see
 * cms/test/server-functions.test.ts.
 */

const JOBS = 'payload-jobs'
const SCHEDULE_TASK = 'schedulePublish'

const NOT_YOURS = {
  vi: 'Bạn không có quyền hủy lịch này: chỉ người đặt lịch, người được xuất bản mục này hoặc quản trị viên mới hủy được.',
  en: 'You may not cancel this schedule: only the person who set it, someone who may publish this entry, or an administrator can.',
}
const NOT_PUBLISHER = {
  vi: 'Bạn không có quyền đặt lịch xuất bản hoặc gỡ xuất bản cho mục này: chỉ biên tập viên phụ trách mới được.',
  en: 'You may not schedule publishing or unpublishing this entry: only its editors can.',
}

type Target = { doc?: { relationTo: string; value: unknown } | null; global?: string | null }

const typedId = (req: PayloadRequest, slug: string, value: unknown): number | string => {
  const collection = req.payload.collections[slug as CollectionSlug]
  const numeric =
    collection?.customIDType === 'number' || (!collection?.customIDType && req.payload.db.defaultIDType === 'number')
  return numeric ? Number(value) : String(value)
}

/** Whether the account may publish (or unpublish) the entry now: Payload's own question for the Publish button. */
async function mayPublish(req: PayloadRequest, target: Target): Promise<boolean> {
  if (target.doc?.relationTo) {
    const collection = req.payload.collections[target.doc.relationTo as CollectionSlug]
    if (!collection) return false
    const permissions = await docAccessOperation({
      id: typedId(req, target.doc.relationTo, target.doc.value),
      collection,
      data: { _status: 'published' },
      req,
    })
    return Boolean(permissions.update)
  }
  if (target.global) {
    const globalConfig = req.payload.config.globals.find((g) => g.slug === target.global)
    if (!globalConfig) return false
    const permissions = await docAccessOperationGlobal({ data: { _status: 'published' }, globalConfig, req })
    return Boolean(permissions.update)
  }
  return false
}

type ScheduledJob = {
  id: number | string
  taskSlug?: string
  input?: Target & { type?: string; user?: { relationTo: string; value: unknown } | null }
}

async function mayCancel(req: PayloadRequest, job: ScheduledJob): Promise<boolean> {
  if (hasRole(req, 'admin')) return true
  const scheduler = job.input?.user
  if (scheduler && scheduler.relationTo === req.user?.collection && String(scheduler.value) === String(req.user?.id))
    return true
  return mayPublish(req, job.input ?? {})
}

export const guardedSchedulePublish: ServerFunction<SchedulePublishHandlerArgs> = async (args) => {
  const { req } = args
  await canAccessAdmin({ req })
  const { deleteID, doc, global } = args
  if (deleteID !== undefined && deleteID !== null && deleteID !== '') {
    const where: Where = { and: [{ id: { equals: deleteID } }, { taskSlug: { equals: SCHEDULE_TASK } }] }
    const { docs } = await req.payload.find({ collection: JOBS, where, depth: 0, limit: 1, overrideAccess: true, req })
    const job = docs[0] as ScheduledJob | undefined
    if (job && !(await mayCancel(req, job))) {
      return { error: inUserLanguage(req, NOT_YOURS) }
    }
    // Payload's handler would go on to queue a new job from the other arguments, which the
    // admin leaves out when it cancels: an empty job. Only the deletion is done here.
    if (!doc && !global) {
      await req.payload.delete({ collection: JOBS, where, overrideAccess: true, req })
      return { message: req.i18n.t('general:success') }
    }
  }
  if ((doc || global) && !(await mayPublish(req, { doc, global }))) {
    return { error: inUserLanguage(req, NOT_PUBLISHER) }
  }
  return schedulePublishHandler({ ...args, deleteID: undefined })
}

type FormStateArgs = Parameters<typeof buildFormStateHandler>[0]

/** Whether the account may read and change the entry the form is for (a new entry: nothing to check here). */
async function mayAccess(req: PayloadRequest, target: { collectionSlug?: string; globalSlug?: string; id?: unknown }) {
  const { collectionSlug, globalSlug, id } = target
  if (collectionSlug && id !== undefined && id !== null && id !== '') {
    const key = String(id)
    return {
      read: (await idsUserMay(req, collectionSlug, [key], 'read')).has(key),
      update: (await idsUserMay(req, collectionSlug, [key], 'update')).has(key),
    }
  }
  if (globalSlug) {
    return {
      read: await globalUserMay(req, globalSlug, 'read'),
      update: await globalUserMay(req, globalSlug, 'update'),
    }
  }
  return { read: true, update: true }
}

export const guardedFormState: ServerFunction<FormStateArgs> = async (args) => {
  const { req } = args
  await canAccessAdmin({ req })
  const access = await mayAccess(req, args as { collectionSlug?: string; globalSlug?: string; id?: unknown })
  if (!access.read) throw new Forbidden(req.t)
  if (!access.update) return buildFormStateHandler({ ...args, returnLockStatus: false, updateLastEdited: false })
  return buildFormStateHandler(args)
}

/** Registered in app/(payload)/layout.tsx: these replace Payload's handlers of the same name. */
export const guardedServerFunctions = {
  'form-state': guardedFormState,
  'schedule-publish': guardedSchedulePublish,
} as unknown as Record<string, ServerFunction>
