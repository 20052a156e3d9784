import type { CollectionAfterChangeHook } from 'payload'
import { audit } from './log'

interface ScheduleInput {
  type?: 'publish' | 'unpublish'
  doc?: { relationTo: string; value: number | string }
}

/** A publish or unpublish scheduled from the admin is a job; the log says who set it, for when. */
export const auditScheduledPublish: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || doc.taskSlug !== 'schedulePublish') return doc
  const input = (doc.input ?? {}) as ScheduleInput
  if (!input.doc) return doc
  await audit(req.payload, req, {
    action: 'schedule',
    collection: input.doc.relationTo,
    docId: input.doc.value,
    detail: `${input.type ?? 'publish'} at ${String(doc.waitUntil ?? '')}`,
  })
  return doc
}
