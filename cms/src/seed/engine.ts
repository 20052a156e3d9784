import type { Locale } from '@heritage/contract'
import type { CollectionSlug, Payload, RequestContext, RequiredDataFromCollectionSlug, Where } from 'payload'

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
  id: number | string
}

const isRow = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Arrays are not localized, only some of their fields: an English update must name the existing
 * rows by id, otherwise Payload replaces them and the Vietnamese values of those fields are lost.
 */
export function withRowIds<T extends object>(data: T, existing: object): T {
  const result = { ...data } as Record<string, unknown>
  for (const [key, value] of Object.entries(data)) {
    const rows = (existing as Record<string, unknown>)[key]
    if (!Array.isArray(value) || !Array.isArray(rows) || !value.every(isRow)) continue
    result[key] = value.map((row, i) => {
      const id = (rows[i] as { id?: unknown } | undefined)?.id
      return id === undefined ? row : { ...row, id }
    })
  }
  return result as T
}

/** True when a value read with `locale: 'all'` has an English variant. */
export const hasEnglish = (value: unknown): boolean =>
  isRow(value) && typeof value.en === 'string' && value.en.trim() !== ''

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
  englishDone?: (all: Record<string, unknown>) => boolean
}

/**
 * Creates a record unless it exists: the seed can run again, or finish a run that was interrupted,
 * without duplicating anything.
 */
export async function ensure(ctx: SeedContext, options: EnsureOptions): Promise<number> {
  const { payload } = ctx
  const found = await payload.find({
    collection: options.collection,
    where: options.where,
    locale: 'vi',
    draft: true,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  })
  let doc = found.docs[0] as Doc | undefined
  if (!doc) {
    doc = await options.create()
    ctx.counts[options.collection] = (ctx.counts[options.collection] ?? 0) + 1
    ctx.log(`+ ${options.collection}: ${options.label}`)
    if (options.english) await options.english(doc)
    return Number(doc.id)
  }
  if (options.english && options.englishDone) {
    const all = (await payload.findByID({
      collection: options.collection,
      id: doc.id,
      locale: 'all',
      draft: true,
      depth: 0,
      overrideAccess: true,
    })) as unknown as Record<string, unknown>
    if (!options.englishDone(all)) {
      await options.english(doc)
      ctx.log(`~ ${options.collection}: ${options.label} (English added)`)
    }
  }
  return Number(doc.id)
}

/** Like {@link ensure}, and also says whether this run created the record. */
export async function ensureNew(ctx: SeedContext, options: EnsureOptions): Promise<{ id: number; created: boolean }> {
  const before = ctx.counts[options.collection] ?? 0
  const id = await ensure(ctx, options)
  return { id, created: (ctx.counts[options.collection] ?? 0) > before }
}

/** Collections of public entries: localized title, summary and body, a slug, drafts. */
export type EntrySlug =
  | 'relics'
  | 'intangible-heritage'
  | 'craft-villages'
  | 'artisans'
  | 'routes'
  | 'ocop-products'
  | 'producers'

export type EntryData<S extends EntrySlug> = Omit<RequiredDataFromCollectionSlug<S>, 'slug' | '_status'>

export interface EntryDef<S extends EntrySlug> {
  collection: S
  slug: string
  /** Stays a draft: never public. */
  draft?: boolean
  /** The whole entry in one locale; called once for Vietnamese and once for English. */
  build: (t: Translate) => EntryData<S>
}

/** One definition per collection, discriminated by `collection`, so literals in `build` are checked. */
export type AnyEntryDef = { [S in EntrySlug]: EntryDef<S> }[EntrySlug]

interface WriteOptions {
  collection: EntrySlug
  data: object
  locale: Locale
  draft: boolean
  depth: number
  overrideAccess: boolean
  context: RequestContext
}

/**
 * The Local API with the collection left open. Payload's overloads cannot be resolved for a
 * generic collection; the data is type-checked where it is written, by `EntryDef.build`.
 */
const looseApi = (payload: Payload) => ({
  create: payload.create.bind(payload) as unknown as (options: WriteOptions) => Promise<Doc>,
  update: payload.update.bind(payload) as unknown as (options: WriteOptions & { id: Doc['id'] }) => Promise<Doc>,
})

/** Creates a public entry in Vietnamese, then adds its English variant, both published (or both draft). */
export async function ensureEntry(ctx: SeedContext, def: AnyEntryDef): Promise<number> {
  const { payload } = ctx
  const api = looseApi(payload)
  const draft = def.draft ?? false
  const status = draft ? 'draft' : 'published'
  const dataIn = (locale: Locale) => ({
    ...(def.build as (t: Translate) => EntryData<EntrySlug>)(translator(locale)),
    slug: def.slug,
    _status: status,
  })
  const vi = dataIn('vi')
  return ensure(ctx, {
    collection: def.collection,
    where: { slug: { equals: def.slug } },
    label: String(vi.title ?? def.slug),
    create: async () =>
      api.create({
        collection: def.collection,
        data: vi,
        locale: 'vi',
        draft,
        depth: 0,
        overrideAccess: true,
        context: SEED_CONTEXT,
      }),
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
        depth: 0,
        overrideAccess: true,
        context: SEED_CONTEXT,
      })
    },
    englishDone: (all) => hasEnglish(all.title),
  })
}

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
  const found = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    locale: 'vi',
    draft: true,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  })
  const entry = found.docs[0] as (Doc & Partial<Record<RichMediaField, unknown>> & { _status?: unknown }) | undefined
  if (!entry) return false
  const current = (Array.isArray(entry[field]) ? (entry[field] as unknown[]) : []).map((item) =>
    Number(isRow(item) ? item.id : item),
  )
  if (current.includes(id)) return false
  const draft = entry._status === 'draft'
  await looseApi(payload).update({
    collection,
    id: entry.id,
    data: { [field]: [...current, id], _status: draft ? 'draft' : 'published' },
    locale: 'vi',
    draft,
    depth: 0,
    overrideAccess: true,
    context: SEED_CONTEXT,
  })
  ctx.log(`~ ${collection}: ${slug} (${field} +${id})`)
  return true
}
