import { buildFormStateHandler } from '@payloadcms/ui/utilities/buildFormState'
import {
  type SchedulePublishHandlerArgs,
  schedulePublishHandler,
} from '@payloadcms/ui/utilities/schedulePublishHandler'
import { canAccessAdmin, type ServerFunction, type Where } from 'payload'
import { mayOpen } from '../access/documents'
import { Refusal } from '../access/refusal'
import { mayCancel, maySchedule, scheduledPublishOf } from '../access/schedules'
import { inUserLanguage } from '../fields/message'

/**
 * The admin's server functions (one POST endpoint, `handleServerFunctions` in
 * app/(payload)/layout.tsx) that Payload does not guard enough. Each wrapper asks the rule book
 * (../access/schedules.ts, ../access/documents.ts) and then hands the call to Payload's own handler.
 *
 * - `schedule-publish` with `deleteID` (the bin next to a scheduled publish or unpublish) deleted
 *   any scheduled job with the Local API's full rights: a contributor or producer could cancel an
 *   editor's festival-season publish (issue 15, item 2); and a new schedule was queued for any
 *   entry by anyone who can open the admin. Now cancelling and scheduling follow mayCancel and
 *   maySchedule. Refused, it answers `{ error }` in the user's language, as Payload's handler does.
 * - `form-state` with an `id` built the form of any entry, readable or not: it takes the edit
 *   lock in the caller's name (a way round the owned locks of ../access/locks.ts) and renders
 *   the entry's server components, such as its review history. Now the entry must be readable
 *   (otherwise a Refusal is thrown), and the lock is taken only by someone who may change it.
 *
 * The other server functions read through the access rules (render-document, render-list,
 * table-state, copy-data-from-locale, get-upcoming-scheduled-publish) or touch no record
 * (render-field, render-document-slots, slugify, dashboard widgets; folders are off); see
 * cms/test/server-functions.test.ts.
 */

const SCHEDULE_TASK = 'schedulePublish'

const NOT_YOURS = {
  vi: 'Bạn không có quyền hủy lịch này: chỉ người đặt lịch, người được xuất bản mục này hoặc quản trị viên mới hủy được.',
  en: 'You may not cancel this schedule: only the person who set it, someone who may publish this entry, or an administrator can.',
}
const NOT_PUBLISHER = {
  vi: 'Bạn không có quyền đặt lịch xuất bản hoặc gỡ xuất bản cho mục này: chỉ biên tập viên phụ trách mới được.',
  en: 'You may not schedule publishing or unpublishing this entry: only its editors can.',
}
const NOT_READABLE = {
  vi: 'Bạn không có quyền mở mục này.',
  en: 'You may not open this entry.',
}

export const guardedSchedulePublish: ServerFunction<SchedulePublishHandlerArgs> = async (args) => {
  const { req } = args
  await canAccessAdmin({ req })
  const { deleteID, doc, global } = args
  if (deleteID !== undefined && deleteID !== null && deleteID !== '') {
    const where: Where = { and: [{ id: { equals: deleteID } }, { taskSlug: { equals: SCHEDULE_TASK } }] }
    const { docs } = await req.payload.find({
      collection: 'payload-jobs',
      where,
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    const [job] = docs
    if (job && !(await mayCancel(req, scheduledPublishOf(job.input)))) {
      return { error: inUserLanguage(req, NOT_YOURS) }
    }
    // Payload's handler would go on to queue a new job from the other arguments, which the
    // admin leaves out when it cancels: an empty job. Only the deletion is done here.
    if (!doc && !global) {
      await req.payload.delete({ collection: 'payload-jobs', where, overrideAccess: true, req })
      return { message: req.i18n.t('general:success') }
    }
  }
  if ((doc || global) && !(await maySchedule(req, { doc, global }))) {
    return { error: inUserLanguage(req, NOT_PUBLISHER) }
  }
  return schedulePublishHandler({ ...args, deleteID: undefined })
}

type FormStateArgs = Parameters<typeof buildFormStateHandler>[0]

export const guardedFormState: ServerFunction<FormStateArgs> = async (args) => {
  const { req } = args
  await canAccessAdmin({ req })
  const access = await mayOpen(req, args)
  if (!access.read) throw new Refusal(req, NOT_READABLE, 403)
  if (!access.update) return buildFormStateHandler({ ...args, returnLockStatus: false, updateLastEdited: false })
  return buildFormStateHandler(args)
}

/** Registered in app/(payload)/layout.tsx: these replace Payload's handlers of the same name. */
export const guardedServerFunctions = {
  'form-state': guardedFormState,
  'schedule-publish': guardedSchedulePublish,
}
