/**
 * The seed engine: creates records unless they exist, in Vietnamese then English, from the data
 * tables in ./data. Every function here is idempotent: the seed can run again, or finish a run
 * that was interrupted, without duplicating anything.
 */

import type { Locale } from '@heritage/contract'
import type { CollectionSlug, File, Payload, RequestContext, RequiredDataFromCollectionSlug, Where } from 'payload'
import { looseApi } from './localApi'

/** Picks the Vietnamese or the English variant while one builder describes both locales. */
export type Translate = <V>(vi: V, en: V) => V

export const translator =
  (locale: Locale): Translate =>
  (vi, en) =>
    locale === 'vi' ? vi : en

/** Hooks read this to skip side effects such as snapshot rebuilds while seeding. */
export const SEED_CONTEXT: RequestContext = { seeding: true }

export interface SeedContext {
  payload: Payload
  log: (msg: string) => void
  /** Documents created in this run, per collection. */
  counts: Record<string, number>
}

interface Doc {
  id: number
}

const isRow = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A field of a record read as unknown data (undefined when the value is not a record). */
export const fieldOf = (value: unknown, key: string): unknown => (isRow(value) ? value[key] : undefined)

/**
 * Arrays are not localized, only some of their fields: an English update must name the existing
 * rows by id, otherwise Payload replaces them and the Vietnamese values of those fields are lost.
 */
export function withRowIds<T extends object>(data: T, existing: object): T {
  const result = { ...data }
  for (const [key, value] of Object.entries(data)) {
    const rows = fieldOf(existing, key)
    if (!Array.isArray(value) || !Array.isArray(rows) || !value.every(isRow)) continue
    Object.assign(result, {
      [key]: value.map((row, i) => {
        const id = fieldOf(rows[i], 'id')
        return id === undefined ? row : { ...row, id }
      }),
    })
  }
  return result
}

/** True when a value read with `locale: 'all'` has an English variant. */
export const hasEnglish = (value: unknown): boolean =>
  isRow(value) && typeof value.en === 'string' && value.en.trim() !== ''

/** True when every named field of a record read with `locale: 'all'` has an English variant. */
export const englishIn =
  (...fields: string[]) =>
  (all: object): boolean =>
    fields.every((field) => hasEnglish(fieldOf(all, field)))

/** Looks for a record an earlier run may have made: in Vietnamese (or `locale`, no fallback), drafts included, the first match. */
export const findSeeded = <S extends CollectionSlug>(
  payload: Payload,
  collection: S,
  where: Where,
  locale: Locale = 'vi',
) =>
  payload.find({
    collection,
    where,
    locale,
    fallbackLocale: false,
    draft: true,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  })

export interface EnsureOptions {
  collection: CollectionSlug
  /** Finds the record if an earlier run created it (slug, email, name…), in Vietnamese. */
  where: Where
  /** Human-readable name for the log. */
  label: string
  create: () => Promise<Doc>
  /** Adds the English variant; also run for a record left without one by an interrupted run. */
  english?: (doc: Doc) => Promise<unknown>
  /** Reads the record (with all locales) and says whether its English variant exists. */
  englishDone?: (all: object) => boolean
}

/**
 * Creates a record unless it exists: the seed can run again, or finish a run that was interrupted,
 * without duplicating anything.
 */
export async function ensure(ctx: SeedContext, options: EnsureOptions): Promise<number> {
  const { payload } = ctx
  let doc: Doc | undefined = (await findSeeded(payload, options.collection, options.where)).docs[0]
  if (!doc) {
    doc = await options.create()
    ctx.counts[options.collection] = (ctx.counts[options.collection] ?? 0) + 1
    ctx.log(`+ ${options.collection}: ${options.label}`)
    if (options.english) await options.english(doc)
    return Number(doc.id)
  }
  if (options.english && options.englishDone) {
    const all = await payload.findByID({
      collection: options.collection,
      id: doc.id,
      locale: 'all',
      draft: true,
      depth: 0,
      overrideAccess: true,
    })
    if (!options.englishDone(all)) {
      await options.english(doc)
      ctx.log(`~ ${options.collection}: ${options.label} (English added)`)
    }
  }
  return Number(doc.id)
}

export interface Seeded {
  id: number
  /** Created by this run, so entries that already existed may still lack it. */
  created: boolean
}

/** Like {@link ensure}, and also says whether this run created the record. */
export async function ensureNew(ctx: SeedContext, options: EnsureOptions): Promise<Seeded> {
  const before = ctx.counts[options.collection] ?? 0
  const id = await ensure(ctx, options)
  return { id, created: (ctx.counts[options.collection] ?? 0) > before }
}

const isComplete = <K extends string>(ids: Partial<Record<K, number>>, keys: readonly K[]): ids is Record<K, number> =>
  keys.every((key) => ids[key] !== undefined)

/** Runs `one` for each row of a table, in the table's order, and names the ids by the rows' keys. */
export async function seedTable<K extends string, R>(
  rows: Record<K, R>,
  one: (row: R) => Promise<number>,
): Promise<Record<K, number>> {
  const ids: Partial<Record<K, number>> = {}
  const keys: K[] = []
  for (const key in rows) {
    keys.push(key)
    ids[key] = await one(rows[key])
  }
  if (!isComplete(ids, keys)) throw new Error('A seed table row was left without an id.')
  return ids
}

/** Uploads are put in by the same calls, with a file. */
const WRITE = { depth: 0, overrideAccess: true, context: SEED_CONTEXT } as const

export type UploadSlug = 'media' | 'panoramas' | 'models' | 'audio'

export interface UploadDef<S extends UploadSlug> {
  collection: S
  /** The field whose Vietnamese value finds the record again. */
  findBy: 'alt' | 'title'
  /** Names the record in the log. */
  label: string
  file: () => Promise<File>
  vi: RequiredDataFromCollectionSlug<S>
  en: Partial<RequiredDataFromCollectionSlug<S>>
  /** Fields whose English variant must exist. */
  english: string[]
}

export type AnyUploadDef = { [S in UploadSlug]: UploadDef<S> }[UploadSlug]

/** An upload from bytes made in code. */
export const uploadFile = (name: string, mimetype: string, bytes: Uint8Array): File => {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return { data, mimetype, name, size: data.length }
}

/** Creates an upload (Vietnamese, with its file) unless it exists, then adds its English variant. */
export async function ensureUpload(ctx: SeedContext, def: AnyUploadDef): Promise<Seeded> {
  const api = looseApi(ctx.payload)
  return ensureNew(ctx, {
    collection: def.collection,
    where: { [def.findBy]: { equals: fieldOf(def.vi, def.findBy) } },
    label: def.label,
    create: async () =>
      api.create({ collection: def.collection, data: def.vi, file: await def.file(), locale: 'vi', ...WRITE }),
    english: (doc) => api.update({ collection: def.collection, id: doc.id, data: def.en, locale: 'en', ...WRITE }),
    englishDone: englishIn(...def.english),
  })
}

/** Collections of public entries: localized title, summary and body, a slug, drafts. */
export type EntrySlug =
  | 'relics'
  | 'intangible-heritage'
  | 'craft-villages'
  | 'artisans'
  | 'inscriptions'
  | 'routes'
  | 'ocop-products'
  | 'producers'

export type EntryData<S extends EntrySlug> = Omit<RequiredDataFromCollectionSlug<S>, 'slug' | '_status'>

export interface EntryRow<S extends EntrySlug> {
  slug: string
  /** Stays a draft: never public. */
  draft?: boolean
  /** The whole entry in one locale; called once for Vietnamese and once for English. */
  build: (t: Translate) => EntryData<S>
}

export interface EntryDef<S extends EntrySlug> extends EntryRow<S> {
  collection: S
}

/** One definition per collection, discriminated by `collection`, so literals in `build` are checked. */
export type AnyEntryDef = { [S in EntrySlug]: EntryDef<S> }[EntrySlug]

/** A data table of entries of one collection, keyed by the names the other tables use for them. */
export interface EntryTable<S extends EntrySlug, K extends string> {
  collection: S
  rows: Record<K, EntryRow<S>>
}

export const entryTable = <S extends EntrySlug, R extends Record<string, EntryRow<NoInfer<S>>>>(
  collection: S,
  rows: R,
): EntryTable<S, Extract<keyof R, string>> => ({ collection, rows })

/** Creates a public entry in Vietnamese, then adds its English variant, both published (or both draft). */
export async function ensureEntry<S extends EntrySlug>(ctx: SeedContext, def: EntryDef<S>): Promise<number> {
  const { payload } = ctx
  const api = looseApi(payload)
  const draft = def.draft ?? false
  const status = draft ? 'draft' : 'published'
  const dataIn = (locale: Locale) => ({ ...def.build(translator(locale)), slug: def.slug, _status: status })
  const vi = dataIn('vi')
  const title = fieldOf(vi, 'title')
  return ensure(ctx, {
    collection: def.collection,
    where: { slug: { equals: def.slug } },
    label: String(title ?? def.slug),
    create: async () => api.create({ collection: def.collection, data: vi, locale: 'vi', draft, ...WRITE }),
    english: async (doc) => {
      const current = await payload.findByID({
        collection: def.collection,
        id: doc.id,
        locale: 'vi',
        draft: true,
        depth: 0,
        overrideAccess: true,
      })
      await api.update({
        collection: def.collection,
        id: doc.id,
        data: withRowIds(dataIn('en'), current),
        locale: 'en',
        draft,
        ...WRITE,
      })
    },
    englishDone: englishIn('title'),
  })
}

/** Seeds a table of entries in its order; the ids come back under the rows' keys. */
export const seedEntries = <S extends EntrySlug, K extends string>(
  ctx: SeedContext,
  table: EntryTable<S, K>,
): Promise<Record<K, number>> =>
  seedTable(table.rows, (row) => ensureEntry(ctx, { ...row, collection: table.collection }))

/** Entry collections with panoramas, 3D models and audio guides (`richMediaFields`). */
export type RichMediaSlug = 'relics' | 'intangible-heritage' | 'craft-villages'
export type RichMediaField = 'panoramas' | 'models' | 'audioGuides'

/**
 * Adds a record to an entry's panoramas, models or audio guides unless it is already there. For
 * databases seeded before the record existed: `ensureEntry` leaves existing entries alone. Call it
 * only for a record this run created, so that one an editor has since detached stays detached.
 * An entry whose latest version is a draft gets the record in that draft, not published.
 */
export async function attachToEntry(
  ctx: SeedContext,
  collection: RichMediaSlug,
  slug: string,
  field: RichMediaField,
  id: number,
): Promise<boolean> {
  const { payload } = ctx
  const entry = (await findSeeded(payload, collection, { slug: { equals: slug } })).docs[0]
  if (!entry) return false
  const value = fieldOf(entry, field)
  const current = (Array.isArray(value) ? value : []).map((item: unknown) => Number(isRow(item) ? item.id : item))
  if (current.includes(id)) return false
  const draft = entry._status === 'draft'
  await looseApi(payload).update({
    collection,
    id: entry.id,
    data: { [field]: [...current, id], _status: draft ? 'draft' : 'published' },
    locale: 'vi',
    draft,
    ...WRITE,
  })
  ctx.log(`~ ${collection}: ${slug} (${field} +${id})`)
  return true
}

type BatchData = RequiredDataFromCollectionSlug<'batches'>

/** A batch of a product: found again by its lot code and product. */
export interface BatchDef {
  lotCode: string
  product: number
  productionDate: string
  expiryDate?: string
  /** The localized part in one locale; called once for Vietnamese and once for English. */
  build: (t: Translate) => Pick<BatchData, 'quantity' | 'rawMaterials' | 'testReports'>
}

/** Creates a published batch in Vietnamese unless it exists, then adds its English variant. */
export async function ensureBatch(ctx: SeedContext, def: BatchDef): Promise<number> {
  const { payload } = ctx
  const dataIn = (locale: Locale) => ({
    lotCode: def.lotCode,
    product: def.product,
    productionDate: def.productionDate,
    expiryDate: def.expiryDate,
    ...def.build(translator(locale)),
    _status: 'published' as const,
  })
  return ensure(ctx, {
    collection: 'batches',
    where: { and: [{ lotCode: { equals: def.lotCode } }, { product: { equals: def.product } }] },
    label: def.lotCode,
    create: () => payload.create({ collection: 'batches', data: dataIn('vi'), locale: 'vi', ...WRITE }),
    english: async (doc) => {
      const current = await payload.findByID({
        collection: 'batches',
        id: doc.id,
        locale: 'vi',
        depth: 0,
        overrideAccess: true,
      })
      await payload.update({
        collection: 'batches',
        id: doc.id,
        data: withRowIds(dataIn('en'), current),
        locale: 'en',
        ...WRITE,
      })
    },
    englishDone: (all) => hasEnglish(fieldOf(fieldOf(all, 'quantity'), 'unit')),
  })
}
