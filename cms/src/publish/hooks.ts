import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
  SanitizedCollectionConfig,
} from 'payload'
import type { PublishTarget } from './about'
import { requestPublish } from './publisher'

/** The seed, the publisher itself and imports (one build at the end) write without asking for a build. */
const quiet = (req: PayloadRequest) => Boolean(req.context.seeding || req.context.publishing || req.context.importing)

const hasDrafts = (collection: SanitizedCollectionConfig) =>
  typeof collection.versions === 'object' && Boolean(collection.versions?.drafts)

const isPublished = (doc: unknown) =>
  typeof doc === 'object' && doc !== null && '_status' in doc && doc._status === 'published'

// A failed build must never fail the officer's save: the request only queues, and is guarded anyway.
function request(req: PayloadRequest, reason: string, target?: PublishTarget) {
  try {
    requestPublish(req.payload, reason, target)
  } catch (error) {
    req.payload.logger.error({ err: error }, `Could not queue a publish of the public site (${reason}).`)
  }
}

/**
 * Publishing, unpublishing or changing a published entry changes the public site; so does any
 * change to a collection without drafts (media, administrative units). A draft that was never
 * published does not.
 */
export const publishAfterChange: CollectionAfterChangeHook = ({ doc, previousDoc, req, collection, operation }) => {
  if (quiet(req)) return doc
  if (!hasDrafts(collection) || isPublished(doc) || isPublished(previousDoc)) {
    request(req, `${collection.slug} ${String(doc.id)} ${operation === 'create' ? 'created' : 'updated'}`, {
      collection: collection.slug,
      id: String(doc.id),
    })
  }
  return doc
}

export const publishAfterDelete: CollectionAfterDeleteHook = ({ doc, req, collection }) => {
  if (quiet(req)) return doc
  if (!hasDrafts(collection) || isPublished(doc)) request(req, `${collection.slug} ${String(doc.id)} deleted`)
  return doc
}

/**
 * A setting the public site shows (the installation's languages, its publisher in the open data)
 * changes the public site too.
 */
export const publishAfterGlobalChange: GlobalAfterChangeHook = ({ doc, req, global }) => {
  if (!quiet(req)) request(req, `${global.slug} updated`)
  return doc
}
