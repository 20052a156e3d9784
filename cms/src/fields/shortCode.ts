import { ENTRY_KINDS } from '@heritage/contract'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionSlug,
  Field,
  FieldHook,
  PayloadRequest,
} from 'payload'

/** No 0/O, 1/I/L: codes are read off plaques and labels by people. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
export const CODE_LENGTH = 8

export const SHORT_CODE_PATTERN = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`)

/** The registry of every code, across collections: ../collections/QrCodes.ts. */
export const QR_REGISTRY = 'qr-codes' satisfies CollectionSlug

/** 31^8 ≈ 8.5 × 10^11 codes: collisions are negligible, and the registry's unique index catches the rest. */
export const newShortCode = (): string => {
  const bytes = crypto.getRandomValues(new Uint8Array(CODE_LENGTH))
  return Array.from(bytes, (b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('')
}

/*
 * Why a registry: a code printed on a plaque or label must lead to its record forever. Codes used
 * to be taken from the client on create and were unique per collection only, so a contributor's
 * draft given a published relic's code took over `/p/CODE/` once published. Now:
 *
 * - the server draws every code; a `code` in any input (REST, GraphQL, Local API, the admin,
 *   duplicate, version restore, bulk update, import) is ignored, on create as on update;
 * - a code is written once into the registry with its collection and record, and a record keeps
 *   the registry's code whatever a save or a restored version holds;
 * - registry lines are never changed or deleted (only dated: printed, first published, deleted),
 *   so a code never moves to another record and is never drawn again.
 */

/** The line of a record that exists (a deleted record's line is retired; its id may be reused). */
interface RegistryLine {
  id: number | string
  code: string
  printedAt?: string | null
  publishedAt?: string | null
}

const lineOf = async (req: PayloadRequest, collection: string, id: unknown): Promise<RegistryLine | undefined> => {
  const found = await req.payload.find({
    collection: QR_REGISTRY,
    where: {
      and: [
        { collection: { equals: collection } },
        { document: { equals: String(id) } },
        { retiredAt: { exists: false } },
      ],
    },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { code: true, printedAt: true, publishedAt: true },
    req,
  })
  return found.docs[0]
}

/**
 * An update reads its record's line twice: for its code (keepRegisteredCode, a field hook) and, once
 * saved, to date its first publish (registerShortCode). The first read is handed to the second
 * through the save's context, under the record's name; the second takes it out, so that no later
 * save (a context can be shared by several) finds it.
 */
const handedKey = (collection: string, id: unknown) => `heritage:qr-line:${collection}:${String(id)}`

const handOver = (req: PayloadRequest, collection: string, id: unknown, line: RegistryLine | undefined) => {
  req.context[handedKey(collection, id)] = line ?? null
}

/** The line handed over by this save's field hook (taken out), if it found one. */
const handed = (req: PayloadRequest, collection: string, id: unknown): RegistryLine | undefined => {
  const key = handedKey(collection, id)
  const line = req.context[key] as RegistryLine | null | undefined
  delete req.context[key]
  return line ?? undefined
}

/** Dates a line (first printed, first published, deleted for good): the only change a line ever gets. */
const dateLine = (req: PayloadRequest, line: RegistryLine, event: 'printedAt' | 'publishedAt' | 'retiredAt') =>
  req.payload.update({
    collection: QR_REGISTRY,
    id: line.id,
    data: { [event]: new Date().toISOString() },
    depth: 0,
    overrideAccess: true,
    req,
  })

const taken = async (req: PayloadRequest, code: string): Promise<boolean> =>
  (
    await req.payload.count({
      collection: QR_REGISTRY,
      where: { code: { equals: code } },
      overrideAccess: true,
      req,
    })
  ).totalDocs > 0

/** A code that no record has ever had. */
export async function unusedShortCode(req: PayloadRequest): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const code = newShortCode()
    if (!(await taken(req, code))) return code
  }
  throw new Error('No unused QR code found in 20 draws: is the registry (qr-codes) readable?')
}

const register = (req: PayloadRequest, collection: string, id: unknown, code: string, published: boolean) => {
  const kind = ENTRY_KINDS.find((k) => k === collection)
  if (!kind) throw new Error(`${collection} is not an entry kind: it has no QR codes.`)
  return req.payload.create({
    collection: QR_REGISTRY,
    data: {
      code,
      collection: kind,
      document: String(id),
      ...(published ? { publishedAt: new Date().toISOString() } : {}),
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
}

/**
 * The synthetic-province generator (src/generate) runs on the server with no account and the seed
 * context, which no request from outside can carry: it may choose its codes, so that the same seed
 * prints the same plaques. A code already registered is never given twice, even then.
 */
async function seededCode(req: PayloadRequest, value: unknown): Promise<string | undefined> {
  if (!req.context.seeding || req.user || typeof value !== 'string' || !SHORT_CODE_PATTERN.test(value)) return
  return (await taken(req, value)) ? undefined : value
}

/**
 * The value of `code` on every save, whatever the input says: a new unused code on create (a
 * duplicate too: Payload hands it the original as `originalDoc`), the registry's code on update.
 */
const keepRegisteredCode: FieldHook = async ({ operation, originalDoc, collection, req, value }) => {
  if (operation === 'create' || !originalDoc?.id || !collection) {
    return (await seededCode(req, value)) ?? unusedShortCode(req)
  }
  const line = await lineOf(req, collection.slug, originalDoc.id)
  handOver(req, collection.slug, originalDoc.id, line)
  if (line) return line.code
  // A record the registry does not know (written around Payload): it keeps its code if no other
  // record has it, and the code is registered now.
  const own = typeof originalDoc.code === 'string' && originalDoc.code
  const code = own && !(await taken(req, own)) ? own : await unusedShortCode(req)
  await register(req, collection.slug, originalDoc.id, code, false)
  return code
}

/** Registers a new record's code; dates the first publish (a code that was public never 404s). */
export const registerShortCode: CollectionAfterChangeHook = async ({ doc, operation, req, collection }) => {
  const published = !collection.versions?.drafts || doc._status === 'published'
  if (operation === 'create') {
    await register(req, collection.slug, doc.id, doc.code, published)
    return doc
  }
  const found = handed(req, collection.slug, doc.id)
  if (!published) return doc
  const line = found ?? (await lineOf(req, collection.slug, doc.id))
  if (line && !line.publishedAt) {
    await dateLine(req, line, 'publishedAt')
  }
  return doc
}

/** A record deleted for good keeps its code in the registry, dated, so it is never drawn again. */
export const retireShortCode: CollectionAfterDeleteHook = async ({ id, req, collection }) => {
  const line = await lineOf(req, collection.slug, id)
  if (line) {
    await dateLine(req, line, 'retiredAt')
  }
}

/** Called when a plaque or label sheet is made: the code is on paper from now on. */
export async function markShortCodePrinted(req: PayloadRequest, collection: string, id: unknown): Promise<void> {
  const line = await lineOf(req, collection, id)
  if (line && !line.printedAt) {
    await dateLine(req, line, 'printedAt')
  }
}

/**
 * The short, stable code printed on QR plaques and labels (`/p/CODE`, `/t/CODE`), so that printed
 * codes keep working when a title or slug is corrected. Shown to staff, changed by nobody.
 */
export const shortCodeField = (description: { vi: string; en: string }): Field => ({
  name: 'code',
  type: 'text',
  unique: true,
  index: true,
  label: { vi: 'Mã QR ngắn', en: 'Short QR code' },
  admin: { readOnly: true, position: 'sidebar', description },
  hooks: { beforeChange: [keepRegisteredCode] },
})

/** The hooks every collection with a `shortCodeField` adds. */
export const shortCodeHooks = { afterChange: registerShortCode, afterDelete: retireShortCode }
