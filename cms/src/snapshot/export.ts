import path from 'node:path'
import {
  batchProblem,
  type Commune,
  ENTRY_KINDS,
  type Entry,
  type EntryKind,
  entry as entrySchema,
  type Locale,
  type Manifest,
  manifest as manifestSchema,
  type Ref,
  SNAPSHOT_SCHEMA_VERSION,
  STANDALONE_KINDS,
} from '@heritage/contract'
import type { Payload, PayloadRequest, Where } from 'payload'
import type { ExportReason } from '../audit/details.ts'
import { publishedLocales } from '../locales/enabled.ts'
import { idText } from '../shared/ids.ts'
import { valueAt } from '../shared/paths.ts'
import { publicSiteUrl } from '../site.ts'
import { auditExport, type ExcludedEntry, excludedEntry } from './audit.ts'
import { audioOf, imageOf, modelOf, panoramaOf } from './media.ts'
import { MediaCollector, mediaIdsOf } from './mediaFiles.ts'
import { inscriptionParent, type Lookups, PROJECTION_CODE, PROJECTIONS } from './projections.ts'
import { findAll, findStamps, PUBLISHED } from './read.ts'
import type { Stamp, StoredEntries, StoredEntry, StoredUnit } from './records.ts'
import { retiredCodes } from './retired.ts'
import { lexicalToBlocks } from './richText.ts'
import {
  type ExportState,
  entryKey,
  type KeptEntry,
  keptEntries,
  mediaFilesIn,
  readState,
  worldOf,
  writeState,
} from './state.ts'
import { defined, keepLocales, localized, num, optionalText, perLocale, pointOf, str, webUrl } from './values.ts'
import { contentHashOf, copyMedia, pruneEntries, readManifest, writeEntry, writeManifest } from './write.ts'

export type { ExcludedEntry } from './audit.ts'

/**
 * Writes the snapshot the public site is built from:
 *
 *   <dir>/manifest.json               schema version, content hash, one hash per entry file
 *   <dir>/entries/<kind>/<id>.json    one published entry, public fields, every locale
 *   <dir>/media/<sha256>/<file>       web versions made by media-tools (hard links when possible)
 *
 * Entries are read through the Local API *as an anonymous visitor* (overrideAccess: false), so
 * access rules decide what is public exactly as they do for the REST API: drafts, internal notes
 * and contact details never come back. Media records are private (their originals carry EXIF), so
 * they are read with access overridden and only a whitelist of fields is copied. Every entry is
 * then validated by the strict snapshot schema. Unchanged entry files and media are not rewritten.
 */
export interface ExportOptions {
  dir: string
  siteUrl?: string
  log?: (message: string) => void
  /** The request of the person who asked for it, for the audit log; none for system runs. */
  req?: PayloadRequest
  /** Why it ran (publish, command line…), for the audit log. */
  reason?: ExportReason
  /** Read every entry again instead of only those saved since the last export (see `.export-state.json`). */
  full?: boolean
  /** Entries found invalid by an earlier pass of this export, left out (see `exportSnapshot`). */
  excluded?: Map<string, ExcludedEntry>
}

export interface ExportResult {
  manifest: Manifest
  /** False when the snapshot was already identical. */
  changed: boolean
  written: number
  unchanged: number
  removed: number
  mediaLinked: number
  /** Entries read in full from the database (the others were unchanged since the last export). */
  read: number
  /** Published entries left out because they would break the site; the rest is exported. */
  excluded: ExcludedEntry[]
}

const PUBLIC_KINDS = STANDALONE_KINDS

/** The whole country's administrative units, without their former names (4× faster to read). */
/**
 * Who publishes the site, from the installation's settings (its name in every published locale,
 * e-mail, website), or nothing when none of them is set.
 */
async function publisherOf(payload: Payload, locales: readonly Locale[]): Promise<Manifest['publisher']> {
  const installation = await payload
    .findGlobal({ slug: 'installation', depth: 0, locale: 'all', overrideAccess: true })
    .catch(() => null)
  const settings = installation?.publisher
  const name = optionalText(keepLocales(settings?.name, locales)) ?? {}
  const email = str(settings?.email)
  const website = webUrl(settings?.website)
  if (Object.keys(name).length === 0 && !email && !website) return undefined
  return { name, ...(email ? { email } : {}), ...(website ? { website } : {}) }
}

async function readUnits(payload: Payload): Promise<Map<string, StoredUnit>> {
  const units = new Map<string, StoredUnit>()
  const select = { name: true, parent: true, formerDistrict: true, updatedAt: true } as const
  for (const unit of await findAll(payload, 'admin-units', { overrideAccess: false, select })) {
    units.set(String(unit.id), unit)
  }
  return units
}

const communeIn =
  (units: Map<string, StoredUnit>) =>
  (value: unknown): Commune | undefined => {
    const unit = units.get(idText(value) ?? '')
    const name = unit && localized(unit.name)
    if (!unit || !name) return undefined
    const province = units.get(idText(unit.parent) ?? '')
    return defined({
      id: String(unit.id),
      name,
      province: province ? localized(province.name) : undefined,
      formerDistrict: str(unit.formerDistrict),
    })
  }

/**
 * Which entries are public, and when each was last saved: a light query per kind. Entries left
 * out are not public for this export: nothing refers to them, nothing lists them.
 */
async function readStamps(payload: Payload, excluded: Map<string, ExcludedEntry>) {
  const notExcluded = (kind: EntryKind) => (doc: Stamp) => !excluded.has(entryKey(kind, doc.id))
  const stamps = new Map<EntryKind, Stamp[]>()
  for (const kind of PUBLIC_KINDS) stamps.set(kind, (await findStamps(payload, kind)).filter(notExcluded(kind)))
  // An inscription is public only while its relic or heritage is (it has no page without it).
  const publicIds = new Map<EntryKind, Set<string>>(
    PUBLIC_KINDS.map((kind) => [kind, new Set(stamps.get(kind)?.map((d) => String(d.id)))]),
  )
  const ref: Lookups['ref'] = (kind, value) => {
    const id = idText(value)
    return id && publicIds.get(kind)?.has(id) ? { kind, id } : undefined
  }
  stamps.set(
    'inscriptions',
    (stamps.get('inscriptions') ?? []).filter((d) => inscriptionParent(d.attachedTo, ref)),
  )
  const publishedProducts = new Set((stamps.get('ocop-products') ?? []).map((d) => String(d.id)))
  // A batch is public only while its product is.
  stamps.set(
    'batches',
    (await findStamps(payload, 'batches')).filter(
      (b) => publishedProducts.has(idText(b.product) ?? '') && notExcluded('batches')(b),
    ),
  )
  return stamps
}

/** Reads in full the published entries of a kind that are not kept from the last export. */
async function readEntries<K extends EntryKind>(
  payload: Payload,
  kind: K,
  stamps: Stamp[],
  kept: Map<string, KeptEntry>,
): Promise<StoredEntries[K][]> {
  const ids = stamps.filter((d) => !kept.has(entryKey(kind, d.id))).map((d) => d.id)
  const list: StoredEntries[K][] = []
  for (let i = 0; i < ids.length; i += 500) {
    const where: Where = { and: [PUBLISHED, { id: { in: ids.slice(i, i + 500) } }] }
    list.push(...(await findAll(payload, kind, { where, overrideAccess: false })))
  }
  return list
}

/** A village's artisans: the published artisans that name it. */
function artisansByVillage(stamps: Stamp[], ref: Lookups['ref']) {
  const byVillage = new Map<string, Ref[]>()
  for (const artisan of stamps) {
    const village = ref('craft-villages', artisan.craftVillage)
    if (!village) continue
    const list = byVillage.get(village.id) ?? []
    list.push({ kind: 'artisans', id: String(artisan.id) })
    byVillage.set(village.id, list)
  }
  return byVillage
}

const project = <K extends EntryKind>(kind: K, doc: StoredEntries[K], at: Lookups) => PROJECTIONS[kind](doc, at)

/** The code an entry's file is made by: a change of it reads every entry again (see `worldOf`). */
const EXPORT_CODE = [
  exportSnapshot,
  communeIn,
  artisansByVillage,
  ...PROJECTION_CODE,
  imageOf,
  panoramaOf,
  modelOf,
  audioOf,
  MediaCollector,
  mediaIdsOf,
  mediaFilesIn,
  defined,
  valueAt,
  idText,
  localized,
  perLocale,
  keepLocales,
  num,
  optionalText,
  pointOf,
  str,
  webUrl,
  lexicalToBlocks,
  // A stricter lot rule must re-check the lots of entries kept from the last export.
  batchProblem,
]

export async function exportSnapshot(payload: Payload, options: ExportOptions): Promise<ExportResult> {
  const log = options.log ?? (() => {})
  const dir = path.resolve(options.dir)
  const excluded = options.excluded ?? new Map<string, ExcludedEntry>()
  const previous = await readManifest(dir)

  const locales = await publishedLocales(payload)
  const publisher = await publisherOf(payload, locales)
  const units = await readUnits(payload)
  const stamps = await readStamps(payload, excluded)
  const published = new Map<EntryKind, Set<string>>(
    ENTRY_KINDS.map((kind) => [kind, new Set((stamps.get(kind) ?? []).map((d) => String(d.id)))]),
  )

  // Entries saved since the last export are read in full; the others keep their file, unless
  // something they show changed (see worldOf).
  const world = await worldOf(payload, [...EXPORT_CODE, `locales:${locales.join(',')}`], published, units)
  const state = options.full || !previous ? null : await readState(dir, world)
  const previousHashes = new Map((previous?.entries ?? []).map((e) => [e.file, e.hash]))
  const kept = state ? await keptEntries(dir, state, stamps, previousHashes) : new Map<string, KeptEntry>()
  const docs = new Map<EntryKind, StoredEntry[]>()
  let read = 0
  for (const kind of ENTRY_KINDS) {
    const list = await readEntries(payload, kind, stamps.get(kind) ?? [], kept)
    docs.set(kind, list)
    read += list.length
  }

  const media = new MediaCollector()
  await media.load(payload, mediaIdsOf([...docs.values()].flat()))
  const ref: Lookups['ref'] = (kind, value) => {
    const id = idText(value)
    return id && published.get(kind)?.has(id) ? { kind, id } : undefined
  }
  const villages = artisansByVillage(stamps.get('artisans') ?? [], ref)
  const at: Lookups = {
    commune: communeIn(units),
    ref,
    artisansOf: (villageId) => villages.get(villageId) ?? [],
    media,
    locales,
  }

  const entries: Manifest['entries'] = []
  const nextState: ExportState = { world, entries: {} }
  let written = 0
  let unchanged = 0
  const newlyExcluded: ExcludedEntry[] = []
  for (const kind of ENTRY_KINDS) {
    const fresh = new Map((docs.get(kind) ?? []).map((doc) => [String(doc.id), doc]))
    for (const stamp of stamps.get(kind) ?? []) {
      const known = kept.get(entryKey(kind, stamp.id))
      if (known) {
        unchanged++
        entries.push({ kind, id: String(stamp.id), file: known.file, hash: known.hash })
        nextState.entries[entryKey(kind, stamp.id)] = known
        for (const [file, source] of Object.entries(known.media)) media.files.set(file, source)
        continue
      }
      const doc = fresh.get(String(stamp.id))
      // Unpublished between the two queries: it is left out, as if the export had run a moment later.
      if (!doc) continue
      const parsed = entrySchema.safeParse(keepLocales(project(kind, doc, at), locales))
      if (!parsed.success) {
        // One bad record must not stop every publish: it is left out and named (see below).
        newlyExcluded.push(excludedEntry(payload, kind, doc, parsed.error.issues))
        continue
      }
      const file = `entries/${kind}/${String(doc.id)}.json`
      const json = `${JSON.stringify(parsed.data satisfies Entry, null, 1)}\n`
      const { hash, written: wrote } = await writeEntry(dir, file, json, previousHashes.get(file))
      if (wrote) written++
      else unchanged++
      entries.push({ kind, id: String(doc.id), file, hash })
      const files: Record<string, string> = {}
      for (const name of mediaFilesIn(parsed.data)) {
        const source = media.files.get(name)
        if (source) files[name] = source
      }
      nextState.entries[entryKey(kind, doc.id)] = { updatedAt: String(stamp.updatedAt), file, hash, media: files }
    }
  }

  if (newlyExcluded.length > 0) {
    // Entries that refer to the ones left out were built with those references: export again
    // without them, in full, so that no entry points at an entry the site does not have.
    for (const entry of newlyExcluded) {
      excluded.set(entryKey(entry.kind, entry.id), entry)
      log(`snapshot: left out ${entry.kind} ${entry.id} (${entry.title}): ${entry.problem}`)
    }
    return exportSnapshot(payload, { ...options, full: true, excluded })
  }

  // Entry files no longer published (unpublished, deleted) go away.
  const removed = await pruneEntries(dir, new Set(entries.map((e) => e.file)))
  const { list: mediaList, linked: mediaLinked } = await copyMedia(dir, media.files)

  const retired = await retiredCodes(payload, entries)
  const contentHash = contentHashOf(entries, mediaList, retired)
  const changed = previous?.contentHash !== contentHash || removed > 0
  const manifest: Manifest = manifestSchema.parse({
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    generatedAt: changed || !previous ? new Date().toISOString() : previous.generatedAt,
    siteUrl: options.siteUrl ?? publicSiteUrl(),
    locales,
    contentHash,
    entries,
    media: mediaList,
    ...(retired.length > 0 ? { retiredCodes: retired } : {}),
    ...(publisher ? { publisher } : {}),
  })
  const settingsChanged =
    previous?.siteUrl !== manifest.siteUrl || JSON.stringify(previous?.publisher) !== JSON.stringify(manifest.publisher)
  if (changed || !previous || settingsChanged) await writeManifest(dir, manifest)
  await writeState(dir, nextState)
  log(
    `snapshot: ${entries.length} entries (${read} read, ${written} written, ${unchanged} unchanged, ${removed} removed), ` +
      `${mediaList.length} media files (${mediaLinked} new)${changed ? '' : ', nothing changed'}`,
  )
  await auditExport(payload, options.req, {
    changed: changed || !previous,
    counts: { entries: entries.length, written, removed, media: mediaList.length, reason: options.reason },
    excluded: excluded.values(),
  })
  return { manifest, changed, written, unchanged, removed, mediaLinked, read, excluded: [...excluded.values()] }
}
