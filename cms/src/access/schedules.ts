import type { PayloadRequest } from 'payload'
import { isRecord } from '../shared/guards'
import { mayPublish, type Target } from './documents'
import { isEditorUser } from './policy'
import { can } from './scope'

/**
 * Scheduled publishing (festival season). Jobs run as the user who scheduled them, so a scheduled
 * publish is logged under that user's name.
 */

/** Payload's job endpoints: administrators and editors run, queue and cancel jobs. */
export const jobsAccess = {
  run: ({ req }: { req: PayloadRequest }) => isEditorUser(req),
  queue: ({ req }: { req: PayloadRequest }) => isEditorUser(req),
  cancel: ({ req }: { req: PayloadRequest }) => isEditorUser(req),
}

/** Scheduling a publish or an unpublish of an entry: for whoever may publish it now. */
export const maySchedule = (req: PayloadRequest, target: Target): Promise<boolean> => mayPublish(req, target)

/** What a scheduled publish job carries: its entry (or global) and who scheduled it. */
export interface ScheduledPublish extends Target {
  user?: { relationTo: string; value: unknown } | null
}

const relation = (value: unknown): { relationTo: string; value: unknown } | null =>
  isRecord(value) && 'relationTo' in value && typeof value.relationTo === 'string' && 'value' in value
    ? { relationTo: value.relationTo, value: value.value }
    : null

/** A job's stored input, read as a scheduled publish (anything else names nothing). */
export function scheduledPublishOf(input: unknown): ScheduledPublish {
  if (!isRecord(input)) return {}
  return {
    doc: 'doc' in input ? relation(input.doc) : null,
    global: 'global' in input && typeof input.global === 'string' ? input.global : null,
    user: 'user' in input ? relation(input.user) : null,
  }
}

/**
 * Cancelling a scheduled publish or unpublish (the bin next to it in the admin): administrators,
 * the person who scheduled it, and whoever may publish that entry now (they could publish or
 * unpublish it directly, and they are the ones the admin shows the schedule to).
 */
export async function mayCancel(req: PayloadRequest, job: ScheduledPublish): Promise<boolean> {
  if (can(req, 'admin')) return true
  const scheduler = job.user
  if (scheduler && scheduler.relationTo === req.user?.collection && String(scheduler.value) === String(req.user?.id))
    return true
  return mayPublish(req, job)
}
