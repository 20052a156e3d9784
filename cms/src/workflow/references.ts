import type {
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  CollectionSlug,
  Field,
  PayloadRequest,
  SanitizedConfig,
  Where,
} from 'payload'
import { Refusal } from '../access/refusal'
import { isCollectionSlug, kindLabel } from '../shared/collections'
import { recordOr } from '../shared/guards'

/** One place that can point at a document: `path` in `collection`, possibly polymorphic. */
interface ReferencePath {
  collection: CollectionSlug
  path: string
  polymorphic: boolean
}

/** Collections whose links are history, not use: the audit log names documents that are gone. */
const IGNORED = new Set(['audit-log', 'payload-jobs', 'payload-locked-documents', 'payload-preferences'])

function collect(fields: Field[], prefix: string, target: string, out: (path: string, poly: boolean) => void) {
  for (const field of fields) {
    const named = 'name' in field && typeof field.name === 'string' ? field.name : null
    const here = named ? `${prefix}${named}` : prefix.replace(/\.$/, '')
    if ((field.type === 'relationship' || field.type === 'upload') && named) {
      const to = field.relationTo
      if (Array.isArray(to) ? to.some((slug) => slug === target) : to === target) out(here, Array.isArray(to))
    }
    if ('fields' in field && Array.isArray(field.fields)) {
      collect(field.fields, named ? `${here}.` : prefix, target, out)
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const tabName = 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix
        collect(tab.fields, tabName, target, out)
      }
    }
    if (field.type === 'blocks') {
      for (const block of field.blocks) if (typeof block === 'object') collect(block.fields, `${here}.`, target, out)
    }
  }
}

const cache = new WeakMap<SanitizedConfig, Map<string, ReferencePath[]>>()

/** Every field in the configuration that can point at documents of `target`. */
export function referencePaths(config: SanitizedConfig, target: string): ReferencePath[] {
  let byTarget = cache.get(config)
  if (!byTarget) {
    byTarget = new Map()
    cache.set(config, byTarget)
  }
  const known = byTarget.get(target)
  if (known) return known
  const paths: ReferencePath[] = []
  for (const collection of config.collections) {
    const slug = collection.slug
    if (IGNORED.has(slug) || !isCollectionSlug(config, slug)) continue
    collect(collection.fields, '', target, (path, polymorphic) => paths.push({ collection: slug, path, polymorphic }))
  }
  byTarget.set(target, paths)
  return paths
}

export interface Referrer {
  collection: string
  id: number | string
  title: string
}

/** Documents (not in the trash) that point at `id` of `target`, drafts included. */
export async function findReferrers(req: PayloadRequest, target: string, id: number | string): Promise<Referrer[]> {
  const found: Referrer[] = []
  for (const ref of referencePaths(req.payload.config, target)) {
    const where: Where = ref.polymorphic
      ? { and: [{ [`${ref.path}.relationTo`]: { equals: target } }, { [`${ref.path}.value`]: { equals: id } }] }
      : { [ref.path]: { equals: id } }
    if (ref.collection === target) Object.assign(where, { id: { not_equals: id } })
    const result = await req.payload.find({
      collection: ref.collection,
      where,
      depth: 0,
      limit: 10,
      overrideAccess: true,
      draft: Boolean(req.payload.collections[ref.collection]?.config.versions),
      req,
    })
    for (const doc of result.docs) {
      if (found.some((f) => f.collection === ref.collection && String(f.id) === String(doc.id))) continue
      const useAsTitle = req.payload.collections[ref.collection]?.config.admin?.useAsTitle ?? 'id'
      found.push({ collection: ref.collection, id: doc.id, title: String(recordOr(doc)[useAsTitle] ?? doc.id) })
    }
  }
  return found
}

/**
 * Published entries (not in the trash) whose live version uses `id` of `target`, directly or
 * through another upload (a 3D model's poster photo is public when the model is). What these
 * entries show comes from the upload's current record and file, so changing it changes the site.
 */
export async function publishedUsers(
  req: PayloadRequest,
  target: string,
  id: number | string,
  seen: Set<string> = new Set(),
): Promise<Referrer[]> {
  const key = `${target}:${String(id)}`
  if (seen.has(key)) return []
  seen.add(key)
  const found: Referrer[] = []
  for (const ref of referencePaths(req.payload.config, target)) {
    const config = req.payload.collections[ref.collection]?.config
    if (!config) continue
    const versioned = Boolean(config.versions)
    // Without drafts, a document is public only through a published entry that uses it (uploads).
    if (!versioned && !config.upload) continue
    const pointsAt: Where = ref.polymorphic
      ? { and: [{ [`${ref.path}.relationTo`]: { equals: target } }, { [`${ref.path}.value`]: { equals: id } }] }
      : { [ref.path]: { equals: id } }
    const result = await req.payload.find({
      collection: ref.collection,
      where: versioned ? { and: [pointsAt, { _status: { equals: 'published' } }] } : pointsAt,
      draft: false,
      depth: 0,
      limit: 20,
      overrideAccess: true,
      req,
    })
    const useAsTitle = config.admin?.useAsTitle ?? 'id'
    for (const doc of result.docs) {
      const docId = doc.id
      if (!versioned) {
        for (const user of await publishedUsers(req, ref.collection, docId, seen)) {
          if (!found.some((f) => f.collection === user.collection && String(f.id) === String(user.id))) found.push(user)
        }
        continue
      }
      if (found.some((f) => f.collection === ref.collection && String(f.id) === String(docId))) continue
      found.push({ collection: ref.collection, id: docId, title: String(recordOr(doc)[useAsTitle] ?? docId) })
    }
  }
  return found
}

/** "Di tích «Đền Phù Đổng»; Ảnh «…»" for a message, at most eight, then how many more. */
export function nameReferrers(req: PayloadRequest, referrers: Referrer[]): string {
  const list = referrers
    .slice(0, 8)
    .map((r) => `${labelOf(req, r.collection)} «${r.title}»`)
    .join('; ')
  return referrers.length > 8 ? `${list} (+${referrers.length - 8})` : list
}

const labelOf = (req: PayloadRequest, slug: string): string => {
  const label = kindLabel(req.payload, slug)
  return req.i18n?.language === 'en' ? label.en : label.vi
}

async function refuseIfReferenced(req: PayloadRequest, slug: string, id: number | string, trashing: boolean) {
  // Accounts are named by uploads and the audit log as provenance, not use.
  if (slug === 'users') return
  const referrers = await findReferrers(req, slug, id)
  if (referrers.length === 0) return
  const list = nameReferrers(req, referrers)
  throw new Refusal(
    req,
    {
      vi: `Không thể ${trashing ? 'chuyển vào thùng rác' : 'xóa'}: mục này đang được dùng bởi ${list}. Hãy gỡ liên kết ở các mục đó trước.`,
      en: `Cannot ${trashing ? 'move this to the trash' : 'delete this'}: it is used by ${list}. Remove those links first.`,
    },
    409,
    { referrers },
  )
}

/**
 * Deletion safety. A document others point at (a route's stop, a batch's product, a product's
 * producer, a photo in a gallery) is neither deleted nor moved to the trash: the error names the
 * referrers. A published entry is never deleted outright: it goes to the trash first, where it can
 * be restored.
 */
export const refuseUnsafeDelete: CollectionBeforeDeleteHook = async ({ req, id, collection }) => {
  // People are protected from mistakes; system code (seed, scripts, tests, no user) is trusted.
  if (req.context.seeding || !req.user) return
  if (collection.trash) {
    const current = await req.payload.db.findOne<Record<string, unknown> & { id: number | string }>({
      collection: collection.slug,
      where: { id: { equals: id } },
      req,
    })
    if (current && current._status === 'published' && !current.deletedAt) {
      throw new Refusal(
        req,
        {
          vi: 'Mục đang công khai không xóa hẳn được ngay: hãy chuyển vào thùng rác trước (có thể khôi phục), rồi mới xóa vĩnh viễn từ thùng rác.',
          en: 'A published entry cannot be deleted outright: move it to the trash first (it can be restored there), then delete it permanently from the trash.',
        },
        409,
      )
    }
    // Already in the trash: its referrers were checked when it went there.
    if (current?.deletedAt) return
  }
  await refuseIfReferenced(req, collection.slug, id, false)
}

/** Moving to the trash takes the entry off the site: refused while others point at it. */
export const refuseUnsafeTrash: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection }) => {
  if (!req.user || !collection.trash || !data.deletedAt || originalDoc?.deletedAt || !originalDoc) return data
  await refuseIfReferenced(req, collection.slug, originalDoc.id, true)
  return data
}
