import {
  type CollectionSlug,
  docAccessOperation,
  docAccessOperationGlobal,
  type PayloadRequest,
  type Where,
} from 'payload'

/**
 * Questions about given documents, answered by the collections' own rules (./policy.ts): which of
 * these ids may this account read or change, may it publish this entry now. The admin's edit
 * locks (./locks.ts), scheduled publishing (./schedules.ts) and the guarded server functions
 * (../serverFunctions/guarded.ts) ask them.
 */

export type Operation = 'read' | 'update'

/** What a scheduled publish or an edit form is about: an entry of a collection, or a global. */
export interface Target {
  doc?: { relationTo: string; value: unknown } | null
  global?: string | null
}

export const isCollectionSlug = (req: PayloadRequest, slug: string): slug is CollectionSlug =>
  Object.hasOwn(req.payload.collections, slug)

/** An id as the collection stores it (numbers in SQLite), from the text a form or a job carries. */
function typedId(req: PayloadRequest, slug: CollectionSlug, value: unknown): number | string {
  const { customIDType } = req.payload.collections[slug]
  const numeric = customIDType === 'number' || (!customIDType && req.payload.db.defaultIDType === 'number')
  return numeric ? Number(value) : String(value)
}

/** Which of `ids` the account may read or change, by the collection's own access rules. */
export async function idsUserMay(
  req: PayloadRequest,
  slug: string,
  ids: string[],
  operation: Operation,
): Promise<Set<string>> {
  if (!isCollectionSlug(req, slug) || ids.length === 0) return new Set()
  const access = req.payload.collections[slug].config.access[operation]
  const result = await access({ req })
  if (!result) return new Set()
  const where: Where = { id: { in: ids.map((id) => typedId(req, slug, id)) } }
  const { docs } = await req.payload.find({
    collection: slug,
    where: result === true ? where : { and: [where, result] },
    overrideAccess: true,
    trash: true,
    depth: 0,
    pagination: false,
    limit: 0,
    select: {},
    req,
  })
  return new Set(docs.map((doc) => String(doc.id)))
}

/** Whether the account may read or change the global `slug`. */
export async function globalUserMay(req: PayloadRequest, slug: string, operation: Operation): Promise<boolean> {
  const global = req.payload.config.globals.find((g) => g.slug === slug)
  const access = global?.access[operation]
  return Boolean(global && access && (await access({ req })))
}

/** Whether the account may read and change the document an edit form is for (a new one: nothing to check). */
export async function mayOpen(
  req: PayloadRequest,
  target: { collectionSlug?: string; globalSlug?: string; id?: unknown },
): Promise<Record<Operation, boolean>> {
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

/** Whether the account may publish (or unpublish) the entry now: Payload's own question for the Publish button. */
export async function mayPublish(req: PayloadRequest, target: Target): Promise<boolean> {
  const slug = target.doc?.relationTo
  if (slug) {
    if (!isCollectionSlug(req, slug)) return false
    const permissions = await docAccessOperation({
      id: typedId(req, slug, target.doc?.value),
      collection: req.payload.collections[slug],
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
