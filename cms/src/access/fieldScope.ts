import type { CollectionSlug, FieldAccess, PayloadRequest } from 'payload'
import { isRecord } from '../shared/guards'
import { type Id, idOf } from '../shared/ids'
import { can, communeAllowed, ownProductIds, perRequest, principal } from './scope'

/**
 * Private fields (internal notes, contact details, review comments) are read by those who look
 * after the document being read, not by every account of a role: a commune contributor could read
 * the phone numbers and notes of other communes' published producers, relics and batches (issue
 * 15, item 5). The question is the collection rule book's own (policy.ts), asked of one document:
 *
 * - entries with a commune: administrators; editors of its province (and province-wide entries);
 *   contributors of its commune;
 * - tourist routes (no commune): administrators and editors;
 * - batches (no commune): administrators and editors of the product's province;
 * - and, where `owner` is set, the producer account the record belongs to (its producer record,
 *   its products, its batches).
 *
 * Field rules run on every read route (REST, GraphQL, the Local API with access control, which
 * the exports and the import preview use), on populated relationships and on versions.
 */

type Doc = Record<string, unknown>
type Stored = Doc & { id: Id }

/** The field that places a document in someone's care: a batch by its product, others by commune. */
const placeKey = (collection: CollectionSlug) => (collection === 'batches' ? 'product' : 'commune')

/**
 * The document's fields that decide its scope. A version of a document carries them under
 * `version`; a read with `select` may leave them out, and then they are read from the database.
 */
async function placeOf(req: PayloadRequest, collection: CollectionSlug, doc: Doc, key: string) {
  const isVersion = 'version' in doc && 'parent' in doc && typeof doc.version === 'object'
  const data = isVersion ? (isRecord(doc.version) ? doc.version : null) : doc
  const id = isVersion ? idOf(doc.parent) : idOf(doc.id)
  const producer = collection === 'producers' ? id : idOf(data?.producer)
  if (data && key in data && (collection !== 'ocop-products' || 'producer' in data)) {
    return { id, place: idOf(data[key]), producer }
  }
  if (id === null) return null
  const stored = await perRequest(req, `place:${collection}:${String(id)}`, () =>
    req.payload.db.findOne<Stored>({ collection, where: { id: { equals: id } }, req }),
  )
  if (!stored) return null
  return { id, place: idOf(stored[key]), producer: collection === 'producers' ? id : idOf(stored.producer) }
}

/** The commune of a product (for its batches), read once per request. */
async function productCommune(req: PayloadRequest, product: Id | null): Promise<Id | null | undefined> {
  if (product === null) return undefined
  return perRequest(req, `product-commune:${String(product)}`, async () => {
    const stored = await req.payload.db.findOne<Stored>({
      collection: 'ocop-products',
      where: { id: { equals: product } },
      req,
    })
    return stored ? idOf(stored.commune) : undefined
  })
}

/** Whether this user looks after `doc` of `collection` (see above). */
export async function looksAfter(
  req: PayloadRequest,
  collection: CollectionSlug,
  doc: Doc,
  options: { owner: boolean },
): Promise<boolean> {
  const who = principal(req)
  if (!who) return false
  if (who.roles.includes('admin')) return true
  if (collection === 'routes') return can(req, 'editor')
  const key = placeKey(collection)
  const found = await placeOf(req, collection, doc, key)
  if (!found) return false
  if (collection === 'batches') {
    if (can(req, 'editor')) {
      const commune = await productCommune(req, found.place)
      if (commune !== undefined && (await communeAllowed(req, commune))) return true
    }
    if (!options.owner || !can(req, 'producer') || found.place === null) return false
    return (await ownProductIds(req)).some((id) => String(id) === String(found.place))
  }
  if (can(req, 'editor', 'contributor') && (await communeAllowed(req, found.place))) return true
  if (!options.owner || !can(req, 'producer') || who.producer === null) return false
  return found.producer !== null && String(found.producer) === String(who.producer)
}

/**
 * Read access for a private field of `collection`: staff who look after the document, and with
 * `owner` the producer it belongs to. With no document yet (the create form) the role decides.
 */
export const privateToScope =
  (collection: CollectionSlug, options: { owner: boolean }): FieldAccess =>
  async ({ req, doc }) => {
    if (!doc) return can(req, 'admin', 'editor', 'contributor') || (options.owner && can(req, 'producer'))
    return looksAfter(req, collection, doc, options)
  }

/** Staff, or the producer account whose own record this is (`id`, or `doc` on a read). */
const staffOrOwnProducer: FieldAccess = ({ req, id, doc }) => {
  if (can(req, 'admin', 'editor', 'contributor')) return true
  const own = principal(req)?.producer ?? null
  return own !== null && (String(own) === String(id) || String(own) === String(doc?.id))
}

/**
 * A producer's contact details are personal data. Written by staff (whose records the collection
 * rules already limit to their scope) and the producer itself; read only by the staff who look
 * after this producer and the producer itself, not by every contributor.
 */
export const producerContactAccess: { read: FieldAccess; create: FieldAccess; update: FieldAccess } = {
  read: privateToScope('producers', { owner: true }),
  create: staffOrOwnProducer,
  update: staffOrOwnProducer,
}
