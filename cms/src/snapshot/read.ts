/**
 * The export's reads. Entries are read as an anonymous visitor (access rules decide what is public,
 * as for the REST API); media records with access overridden (only whitelisted fields are copied).
 * Every read is paged so memory stays flat on a large province.
 */

import type { EntryKind } from '@heritage/contract'
import type { CollectionSlug, Payload, Where } from 'payload'
import type {
  Stamp,
  StoredAudio,
  StoredEntries,
  StoredMedia,
  StoredModel,
  StoredPanorama,
  StoredUnit,
} from './records.ts'

/** What each collection the export reads holds, read in every locale (records.ts). */
interface Stored extends StoredEntries {
  media: StoredMedia
  panoramas: StoredPanorama
  models: StoredModel
  audio: StoredAudio
  'admin-units': StoredUnit
}

export const PUBLISHED: Where = { _status: { equals: 'published' } }

interface Query {
  where?: Where
  overrideAccess: boolean
  /** A light read: only when each record was saved (and what links a batch or an artisan elsewhere). */
  stamps?: boolean
  select?: Record<string, true>
}

async function findPages<T>(payload: Payload, collection: CollectionSlug, query: Query): Promise<T[]> {
  const out: T[] = []
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection,
      where: query.where,
      overrideAccess: query.overrideAccess,
      draft: false,
      locale: query.stamps ? undefined : 'all',
      depth: 0,
      limit: query.stamps ? 5000 : 500,
      page,
      sort: 'id',
      ...(query.stamps ? { select: stampFields(payload, collection) } : {}),
      ...(query.select ? { select: query.select } : {}),
    })
    const docs: unknown[] = result.docs
    // cast: Payload types a document as read in one locale with all its fields; these reads ask for every
    // locale ('all': a localized field is `{ vi, en }`) or for a few fields: the caller's type says which.
    out.push(...(docs as T[]))
    if (!result.hasNextPage) return out
  }
}

/** Every record of a collection that matches, in every locale. */
export const findAll = <C extends keyof Stored>(
  payload: Payload,
  collection: C,
  query: Omit<Query, 'stamps'>,
): Promise<Stored[C][]> => findPages<Stored[C]>(payload, collection, query)

/** The published records of a kind, light: when each was saved. */
export const findStamps = (payload: Payload, kind: EntryKind): Promise<Stamp[]> =>
  findPages<Stamp>(payload, kind, { where: PUBLISHED, overrideAccess: false, stamps: true })

/**
 * The fields of a light read: the save time, and the product of a batch, the village of an artisan
 * or the relic of an inscription.
 */
function stampFields(payload: Payload, collection: CollectionSlug): Record<string, true> {
  const names = new Set(payload.collections[collection].config.flattenedFields.map((f) => f.name))
  return Object.fromEntries(
    ['updatedAt', 'product', 'craftVillage', 'attachedTo'].filter((n) => names.has(n)).map((n) => [n, true]),
  )
}
