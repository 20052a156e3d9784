/**
 * Reads the snapshot written by the CMS (SNAPSHOT_DIR, default ../cms/data/snapshot) and validates
 * it with the schema the CMS wrote it with. The site is built from this alone: no CMS needed.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { deserialize, serialize } from 'node:v8'
import {
  type Batch,
  type Entry,
  type EntryKind,
  type EntryOf,
  type Manifest,
  parseEntry,
  parseManifest,
  type Ref,
  SNAPSHOT_FROM_SITE,
  SnapshotError,
} from '@heritage/contract'

export type PageEntry = Exclude<Entry, Batch>
export type PageKind = PageEntry['kind']

export interface Snapshot {
  dir: string
  manifest: Manifest
  all: Entry[]
  byKind<K extends EntryKind>(kind: K): EntryOf<K>[]
  get<K extends EntryKind>(ref: { kind: K; id: string }): EntryOf<K> | undefined
  resolve(ref: Ref | undefined): Entry | undefined
  /** Batches of a product, newest production date first. */
  batchesOf(productId: string): Batch[]
  /** Entries whose `refs` point at this one (e.g. routes stopping here). */
  routesThrough(ref: Ref): EntryOf<'routes'>[]
  productsOf(ref: Ref): EntryOf<'ocop-products'>[]
  /** Relics where this intangible heritage (a festival) is held. */
  relicsHolding(festivalId: string): EntryOf<'relics'>[]
  /** Inscriptions kept at a relic or belonging to an intangible heritage, by title. */
  inscriptionsOf(ref: Ref): EntryOf<'inscriptions'>[]
}

export const snapshotDir = (): string =>
  path.resolve(process.env.SNAPSHOT_DIR ?? path.join(process.cwd(), ...SNAPSHOT_FROM_SITE))

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new SnapshotError(`Cannot read ${file}: ${(error as Error).message}. Run the CMS export first.`)
  }
}

/**
 * The entries a previous build parsed, by the hash of their file (the manifest names each entry's
 * file with the hash of its content): `SITE_SNAPSHOT_CACHE` names the file, which publish.ts
 * keys by the contract's code, so entries validated by one version of the schema are never reused
 * by another. Reading and validating 14,000 entry files takes seconds a build; a one-entry publish
 * reads one. Anything wrong with the file (missing, cut short, another format) reads as empty.
 */
function readCache(file: string | undefined): Map<string, Entry> {
  if (!file) return new Map()
  try {
    const value: unknown = deserialize(readFileSync(file))
    return value instanceof Map ? (value as Map<string, Entry>) : new Map()
  } catch {
    return new Map()
  }
}

function writeCache(file: string, entries: Map<string, Entry>) {
  const temporary = `${file}.${process.pid}.tmp`
  try {
    writeFileSync(temporary, serialize(entries))
    renameSync(temporary, file)
  } catch (error) {
    // A cache that cannot be written only costs the next build its time.
    rmSync(temporary, { force: true })
    console.warn(`The parsed-entry cache ${file} was not written: ${(error as Error).message}`)
  }
}

export function loadSnapshot(dir = snapshotDir(), cacheFile = process.env.SITE_SNAPSHOT_CACHE || undefined): Snapshot {
  const manifest = parseManifest(readJson(path.join(dir, 'manifest.json')), dir)
  const cache = readCache(cacheFile)
  let parsed = 0
  const all: Entry[] = manifest.entries.map((item) => {
    const known = cache.get(item.hash)
    if (known && known.kind === item.kind && known.id === item.id) return known
    parsed++
    return parseEntry(readJson(path.join(dir, item.file)), item)
  })
  // Written before anything below changes an entry: the cache holds what the schema made of each file.
  if (cacheFile && (parsed > 0 || cache.size !== all.length)) {
    writeCache(cacheFile, new Map(manifest.entries.map((item, i) => [item.hash, all[i] as Entry])))
  }
  // An entry's pages exist in the translations the site publishes: a translation into a locale
  // the manifest does not list (the CMS strips those; a safeguard) makes no page.
  const published = new Set<string>(manifest.locales)
  for (const e of all) if ('translations' in e) e.translations = e.translations.filter((l) => published.has(l))

  const key = (kind: string, id: string) => `${kind}:${id}`
  const index = new Map(all.map((e) => [key(e.kind, e.id), e]))
  const kinds = new Map<EntryKind, Entry[]>()
  // Indexes built once: pages look things up thousands of times on a large province.
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key)
    if (list) list.push(value)
    else map.set(key, [value])
  }
  for (const e of all) push(kinds, e.kind, e)
  for (const list of kinds.values()) {
    list.sort((a, b) =>
      'title' in a && 'title' in b ? a.title.vi.localeCompare(b.title.vi, 'vi') : a.id.localeCompare(b.id),
    )
  }
  const batches = new Map<string, Batch[]>()
  const routes = new Map<string, EntryOf<'routes'>[]>()
  const products = new Map<string, EntryOf<'ocop-products'>[]>()
  const relicsByFestival = new Map<string, EntryOf<'relics'>[]>()
  const inscriptions = new Map<string, EntryOf<'inscriptions'>[]>()
  for (const e of all) {
    if (e.kind === 'batches') push(batches, e.product.id, e)
    if (e.kind === 'routes') {
      for (const place of new Set(e.stops.map((s) => key(s.place.kind, s.place.id)))) push(routes, place, e)
    }
    if (e.kind === 'ocop-products') {
      if (e.producer) push(products, key('producers', e.producer.id), e)
      if (e.craftVillage) push(products, key('craft-villages', e.craftVillage.id), e)
    }
    if (e.kind === 'relics') for (const f of e.festivals) push(relicsByFestival, f.id, e)
    if (e.kind === 'inscriptions') push(inscriptions, key(e.attachedTo.kind, e.attachedTo.id), e)
  }
  // In the order of their kind's list (by title), as the pages show them.
  const order = new Map([...kinds.values()].flatMap((list) => list.map((e, i) => [e, i] as const)))
  for (const map of [routes, products, relicsByFestival, inscriptions] as Map<string, Entry[]>[]) {
    for (const list of map.values()) list.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
  }
  for (const list of batches.values()) list.sort((a, b) => b.productionDate.localeCompare(a.productionDate))

  return {
    dir,
    manifest,
    all,
    byKind: <K extends EntryKind>(kind: K) => (kinds.get(kind) ?? []) as EntryOf<K>[],
    get: <K extends EntryKind>(ref: { kind: K; id: string }) =>
      index.get(key(ref.kind, ref.id)) as EntryOf<K> | undefined,
    resolve: (ref) => (ref ? index.get(key(ref.kind, ref.id)) : undefined),
    batchesOf: (productId) => batches.get(productId) ?? [],
    routesThrough: (ref) => routes.get(key(ref.kind, ref.id)) ?? [],
    productsOf: (ref) =>
      ref.kind === 'producers' || ref.kind === 'craft-villages' ? (products.get(key(ref.kind, ref.id)) ?? []) : [],
    relicsHolding: (festivalId) => relicsByFestival.get(festivalId) ?? [],
    inscriptionsOf: (ref) => inscriptions.get(key(ref.kind, ref.id)) ?? [],
  }
}

let cached: Snapshot | undefined
/** The snapshot for this build, read once. */
export function snapshot(): Snapshot {
  cached ??= loadSnapshot()
  return cached
}
