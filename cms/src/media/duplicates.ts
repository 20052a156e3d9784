import { createHash } from 'node:crypto'
import type { CollectionBeforeOperationHook, CollectionSlug, PayloadRequest, SelectType, Where } from 'payload'
import { Refusal } from '../access/refusal'
import { isCollectionSlug } from '../shared/collections'
import { recordOr } from '../shared/guards'
import { idOf } from '../shared/ids'
import { fileStore, isPlainName, originalKey } from './files'

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

const TITLE_FIELD: Record<string, string> = { media: 'alt' }
const titleFieldOf = (slug: string) => TITLE_FIELD[slug] ?? 'title'

/**
 * One upload of a file per person. A photo uploaded from an entry's form stays in the library even
 * when the entry is never saved; uploading the same file again (the officer back on the entry the
 * next day) made a second copy every time. Now a person who sends a file they already uploaded to
 * the same kind of media (same bytes) is refused, with the existing item named, so they pick it
 * with "Chọn từ thư viện". Nothing is ever deleted.
 *
 * Only the person's own uploads are compared: the answer tells nothing about anybody else's files,
 * whatever the read rules become. Candidates are found by the stored size, then compared by content
 * read from disk, so no extra column is needed. Scripts and the seed (Local API without a user or
 * with overrideAccess) are not people at a form, and are left alone.
 */
export const refuseOwnDuplicate: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const { overrideAccess } = recordOr(args)
  const id = idOf(recordOr(args).id) ?? undefined
  const file = args.req?.file ?? req.file
  const slug = collection.slug
  if (overrideAccess || !req.user || !file?.data || !isCollectionSlug(req.payload.config, slug)) return args
  const existing = await findOwnCopy(req, slug, file.data, id)
  if (!existing) return args
  const label = collection.labels?.singular
  const kind =
    typeof label === 'object' && label ? { vi: String(label.vi), en: String(label.en) } : { vi: 'Tệp', en: 'File' }
  // The admin's toast reads "intro: a, b" as a list of fields: no colon in the message, the name's
  // own colons shown as the look-alike ratio sign.
  const name = existing.name.replaceAll(':', '\u2236')
  throw new Refusal(
    req,
    {
      vi: `Bạn đã tải tệp này lên trước đây (${kind.vi.toLowerCase()} số ${existing.id}, "${name}") nên tệp không được tải lên lần nữa. Hãy bấm "Chọn từ thư viện" và chọn tệp đó.`,
      en: `You uploaded this file before (${kind.en.toLowerCase()} no. ${existing.id}, "${name}"), so it is not uploaded again. Use "Choose from existing" and pick that file.`,
    },
    409,
    { duplicateOf: existing.id },
  )
}

/** The person's own upload with exactly these bytes, other than `exceptId`. */
export async function findOwnCopy(
  req: PayloadRequest,
  collection: CollectionSlug,
  bytes: Uint8Array,
  exceptId?: number | string,
): Promise<{ id: number | string; name: string } | undefined> {
  const user = req.user
  if (!user) return undefined
  const conditions: Where[] = [{ uploadedBy: { equals: user.id } }, { filesize: { equals: bytes.byteLength } }]
  if (exceptId !== undefined) conditions.push({ id: { not_equals: exceptId } })
  const titleField = titleFieldOf(collection)
  const select: SelectType = { filename: true, [titleField]: true }
  const { docs } = await req.payload.find({
    collection,
    where: { and: conditions },
    depth: 0,
    limit: 20,
    pagination: false,
    overrideAccess: false,
    user,
    locale: req.locale ?? undefined,
    select,
    req,
  })
  if (docs.length === 0) return undefined
  const wanted = sha256(bytes)
  for (const found of docs) {
    const doc = recordOr(found)
    if (typeof doc.filename !== 'string') continue
    const stored = isPlainName(doc.filename) ? await fileStore().read(originalKey(collection, doc.filename)) : null
    if (stored && sha256(stored) === wanted) {
      const name = typeof doc[titleField] === 'string' && doc[titleField] ? String(doc[titleField]) : doc.filename
      return { id: found.id, name }
    }
  }
  return undefined
}
