import { createHash } from 'node:crypto'
import { copyFile, link, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import {
  type Audio,
  batchProblem,
  type Commune,
  ENTRY_KINDS,
  type Entry,
  type EntryKind,
  entry as entrySchema,
  type Image,
  type LocalizedText,
  type Manifest,
  type Model,
  manifest as manifestSchema,
  type OptionalText,
  type Panorama,
  type Point,
  type Ref,
  SNAPSHOT_SCHEMA_VERSION,
  STANDALONE_KINDS,
} from '@heritage/contract'
import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'
import { type ExportReason, leftOutOfSite, SNAPSHOT_TITLE, snapshotExported } from '../audit/details.ts'
import { audit } from '../audit/log.ts'
import { derivativesDir } from '../media/store.ts'
import { uploadDir } from '../paths.ts'
import { publicSiteUrl } from '../site.ts'
import { retiredCodes } from './retired.ts'
import { lexicalToBlocks } from './richText.ts'

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

/** A published entry the snapshot schema refuses (a row saved before a rule, or written in SQL). */
export interface ExcludedEntry {
  kind: EntryKind
  id: string
  /** Its Vietnamese title, or the lot of a batch. */
  title: string
  /** What the schema refused, field by field. */
  problem: string
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

/**
 * What the last export was made from, beside the snapshot (not part of it: the site never reads
 * it). Lets the next export read in full only the entries saved since, which on a province of
 * ten thousand entries is the difference between a second and most of a minute.
 */
interface ExportState {
  /** Everything an entry's file depends on besides the entry itself; see `worldOf`. */
  world: string
  entries: Record<string, { updatedAt: string; file: string; hash: string; media: Record<string, string> }>
}
const STATE_FILE = '.export-state.json'

type Doc = Record<string, unknown>
type Loc = Record<string, unknown> | null | undefined

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined
/** Only web links leave the CMS: a `javascript:` or bare `htx.vn` from older data is dropped, not published. */
const webUrl = (value: unknown): string | undefined => {
  const text = str(value)
  if (!text) return undefined
  try {
    const url = new URL(text)
    return url.protocol === 'http:' || url.protocol === 'https:' ? text : undefined
  } catch {
    return undefined
  }
}
const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined
const idOf = (value: unknown): string | undefined => {
  if (value === null || value === undefined) return undefined
  if (typeof value === 'object') return idOf((value as { id?: unknown }).id)
  return String(value)
}
const defined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T

function localized(value: unknown): LocalizedText | undefined {
  const v = value as Loc
  const vi = str(v?.vi)
  if (!vi) return undefined
  const en = str(v?.en)
  return en ? { vi, en } : { vi }
}

function optionalText(value: unknown): OptionalText | undefined {
  const v = value as Loc
  const out = defined({ vi: str(v?.vi), en: str(v?.en) })
  return Object.keys(out).length > 0 ? out : undefined
}

function pointOf(value: unknown): Point | undefined {
  const v = value as { lat?: unknown; lng?: unknown } | null | undefined
  const lat = num(v?.lat)
  const lng = num(v?.lng)
  return lat !== undefined && lng !== undefined ? { lat, lng } : undefined
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex')

async function writeAtomic(file: string, data: string | Uint8Array) {
  await mkdir(path.dirname(file), { recursive: true })
  const temp = `${file}.tmp-${process.pid}`
  await writeFile(temp, data)
  await rename(temp, file)
}

async function readManifest(dir: string): Promise<Manifest | null> {
  try {
    return manifestSchema.parse(JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')))
  } catch {
    return null
  }
}

/** Reads every document of a collection in pages, so memory stays flat on large provinces. */
async function findAll(
  payload: Payload,
  collection: CollectionSlug,
  options: { where?: Where; overrideAccess: boolean; stamps?: boolean; select?: Record<string, true> },
): Promise<Doc[]> {
  const docs: Doc[] = []
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection,
      where: options.where,
      overrideAccess: options.overrideAccess,
      draft: false,
      locale: options.stamps ? undefined : 'all',
      depth: 0,
      limit: options.stamps ? 5000 : 500,
      page,
      sort: 'id',
      // Only when each record was last saved (and what links a batch or an artisan elsewhere).
      ...(options.stamps ? { select: stampFields(payload, collection) as never } : {}),
      ...(options.select ? { select: options.select as never } : {}),
    })
    docs.push(...(result.docs as unknown as Doc[]))
    if (!result.hasNextPage) return docs
  }
}

const PUBLISHED: Where = { _status: { equals: 'published' } }

/** The fields of a light read: the save time, and the product of a batch or the village of an artisan. */
function stampFields(payload: Payload, collection: CollectionSlug): Record<string, true> {
  const names = new Set(payload.collections[collection].config.flattenedFields.map((f) => f.name))
  return Object.fromEntries(['updatedAt', 'product', 'craftVillage'].filter((n) => names.has(n)).map((n) => [n, true]))
}

class MediaCollector {
  /** Snapshot-relative file → absolute source file. */
  readonly files = new Map<string, string>()
  images = new Map<string, Image>()
  panoramas = new Map<string, Panorama>()
  models = new Map<string, Model>()
  audio = new Map<string, Audio>()

  constructor(private readonly payload: Payload) {}

  private derivative(file: string) {
    this.files.set(file, path.join(derivativesDir(), file))
    return file
  }

  async load(ids: { media: Set<string>; panoramas: Set<string>; models: Set<string>; audio: Set<string> }) {
    const byIds = (set: Set<string>): Where => ({ id: { in: [...set] } })
    if (ids.models.size > 0) {
      for (const doc of await findAll(this.payload, 'models', { where: byIds(ids.models), overrideAccess: true })) {
        const poster = idOf(doc.poster)
        if (poster) ids.media.add(poster)
      }
    }
    if (ids.media.size > 0) {
      for (const doc of await findAll(this.payload, 'media', { where: byIds(ids.media), overrideAccess: true })) {
        const image = this.image(doc)
        if (image) this.images.set(image.id, image)
      }
    }
    if (ids.panoramas.size > 0) {
      for (const doc of await findAll(this.payload, 'panoramas', {
        where: byIds(ids.panoramas),
        overrideAccess: true,
      })) {
        const pano = this.panorama(doc)
        if (pano) this.panoramas.set(pano.id, pano)
      }
    }
    if (ids.models.size > 0) {
      for (const doc of await findAll(this.payload, 'models', { where: byIds(ids.models), overrideAccess: true })) {
        const model = this.model(doc)
        if (model) this.models.set(model.id, model)
      }
    }
    if (ids.audio.size > 0) {
      for (const doc of await findAll(this.payload, 'audio', { where: byIds(ids.audio), overrideAccess: false })) {
        const audio = await this.audioGuide(doc)
        if (audio) this.audio.set(audio.id, audio)
      }
    }
  }

  private image(doc: Doc): Image | undefined {
    type Version = { format: 'avif' | 'webp' | 'jpeg'; width: number; height: number; bytes: number; file: string }
    const versions = (doc.derivatives as Version[] | null) ?? []
    const cards = (doc.cardDerivatives as Version[] | null) ?? []
    const alt = localized(doc.alt)
    const width = num(doc.width)
    const height = num(doc.height)
    if (!alt || !width || !height || versions.length === 0 || !str(doc.placeholder)) return undefined
    const pick = (v: Version) => ({
      format: v.format,
      width: v.width,
      height: v.height,
      bytes: v.bytes,
      file: this.derivative(v.file),
    })
    return defined({
      id: String(doc.id),
      alt,
      caption: optionalText(doc.caption),
      credit: optionalText(doc.credit),
      license: str(doc.license),
      width,
      height,
      placeholder: String(doc.placeholder),
      color: str(doc.dominantColor) ?? '#808080',
      versions: versions.map(pick),
      cards: cards.map(pick),
    })
  }

  private panorama(doc: Doc): Panorama | undefined {
    type File = { file: string; width: number; height: number; bytes: number; format?: string }
    const derivatives = doc.derivatives as { web?: File[]; preview?: File } | null
    const title = localized(doc.title)
    if (!title || !derivatives?.web?.length || !derivatives.preview || !str(doc.placeholder)) return undefined
    const pick = (f: File) => ({ file: this.derivative(f.file), width: f.width, height: f.height, bytes: f.bytes })
    return defined({
      id: String(doc.id),
      title,
      heading: num(doc.initialHeading) ?? 0,
      credit: optionalText(doc.credit),
      license: str(doc.license),
      web: derivatives.web.map((f) => ({
        ...pick(f),
        format: f.format === 'webp' ? ('webp' as const) : ('jpeg' as const),
      })),
      preview: pick(derivatives.preview),
      placeholder: String(doc.placeholder),
    })
  }

  private model(doc: Doc): Model | undefined {
    const file = str((doc.optimised as { file?: unknown } | null)?.file)
    const report = doc.report as { triangles?: number; bytesAfter?: number } | null
    const title = localized(doc.title)
    // No optimised file means the scan failed validation: it is not published.
    if (!file || !title || !report?.bytesAfter) return undefined
    const posterId = idOf(doc.poster)
    return defined({
      id: String(doc.id),
      title,
      description: optionalText(doc.description),
      credit: optionalText(doc.credit),
      license: str(doc.license),
      file: this.derivative(file),
      bytes: report.bytesAfter,
      triangles: report.triangles ?? 0,
      poster: posterId ? this.images.get(posterId) : undefined,
    })
  }

  private async audioGuide(doc: Doc): Promise<Audio | undefined> {
    const filename = str(doc.filename)
    const title = localized(doc.title)
    const mimeType = str(doc.mimeType)
    if (!filename || !title || !mimeType) return undefined
    const source = path.join(uploadDir('audio'), filename)
    const bytes = await readFile(source).catch(() => null)
    if (!bytes) return undefined
    // Named by content, like the other media, so a replaced recording gets a new URL.
    const ext =
      path
        .extname(filename)
        .toLowerCase()
        .replace(/[^a-z0-9.]/g, '') || '.bin'
    const file = `audio/${sha256(bytes).slice(0, 32)}${ext}`
    this.files.set(file, source)
    return defined({
      id: String(doc.id),
      title,
      language: doc.language === 'en' ? ('en' as const) : ('vi' as const),
      transcript: optionalText(doc.transcript),
      durationSeconds: num(doc.durationSeconds),
      credit: optionalText(doc.credit),
      file,
      mimeType,
      bytes: bytes.length,
    })
  }
}

const PUBLIC_KINDS = STANDALONE_KINDS

/** Snapshot-relative media files an entry's JSON names (images, panoramas, models, audio). */
function mediaFilesIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) mediaFilesIn(item, out)
  else if (value && typeof value === 'object') {
    for (const [name, child] of Object.entries(value)) {
      if (name === 'file' && typeof child === 'string') out.push(child)
      else mediaFilesIn(child, out)
    }
  }
  return out
}

/**
 * What an entry's file depends on besides the entry's own record, as one hash: this export code,
 * which entries are public (references point only at public entries), the administrative units
 * (commune names are copied in), and the media records (alt texts and versions are copied in).
 * When any of it changes, every entry is read again.
 */
async function worldOf(payload: Payload, published: Map<EntryKind, Set<string>>, units: Map<string, Doc>) {
  const hash = createHash('sha256')
  hash.update(String(SNAPSHOT_SCHEMA_VERSION))
  // batchProblem: a stricter lot rule must re-check the lots of entries kept from the last export.
  for (const code of [
    exportSnapshot,
    MediaCollector,
    localized,
    optionalText,
    pointOf,
    webUrl,
    lexicalToBlocks,
    batchProblem,
  ]) {
    hash.update(code.toString())
  }
  for (const [kind, ids] of published) hash.update(`${kind}:${[...ids].sort().join(',')}\n`)
  for (const [id, unit] of units) hash.update(`unit:${id}:${String(unit.updatedAt)}\n`)
  for (const collection of ['media', 'panoramas', 'models', 'audio'] as const) {
    const last = await payload.find({ collection, sort: '-updatedAt', limit: 1, depth: 0, overrideAccess: true })
    hash.update(`${collection}:${last.totalDocs}:${String(last.docs[0]?.updatedAt ?? '')}\n`)
  }
  return hash.digest('hex')
}

async function readState(dir: string, world: string): Promise<ExportState | null> {
  try {
    const state = JSON.parse(await readFile(path.join(dir, STATE_FILE), 'utf8')) as ExportState
    return state.world === world && state.entries && typeof state.entries === 'object' ? state : null
  } catch {
    return null
  }
}

export async function exportSnapshot(payload: Payload, options: ExportOptions): Promise<ExportResult> {
  const log = options.log ?? (() => {})
  const dir = path.resolve(options.dir)
  const excluded = options.excluded ?? new Map<string, ExcludedEntry>()
  const previous = await readManifest(dir)

  const units = new Map<string, Doc>()
  // The whole country's 3,355 units, without their 10,599 former names (4× faster to read);
  // updatedAt goes into the world hash.
  const unitFields = { name: true, parent: true, formerDistrict: true, updatedAt: true } as const
  for (const unit of await findAll(payload, 'admin-units', { overrideAccess: false, select: unitFields })) {
    units.set(String(unit.id), unit)
  }
  const communeOf = (value: unknown): Commune | undefined => {
    const unit = units.get(idOf(value) ?? '')
    const name = unit && localized(unit.name)
    if (!unit || !name) return undefined
    const province = units.get(idOf(unit.parent) ?? '')
    return defined({
      id: String(unit.id),
      name,
      province: province ? localized(province.name) : undefined,
      formerDistrict: str(unit.formerDistrict),
    })
  }

  // Which entries are public, and when each was last saved: a light query per kind. Entries left
  // out are not public for this export: nothing refers to them, nothing lists them.
  const notExcluded = (kind: EntryKind) => (doc: Doc) => !excluded.has(`${kind}:${String(doc.id)}`)
  const stamps = new Map<EntryKind, Doc[]>()
  for (const kind of PUBLIC_KINDS) {
    stamps.set(
      kind,
      (await findAll(payload, kind, { where: PUBLISHED, overrideAccess: false, stamps: true })).filter(
        notExcluded(kind),
      ),
    )
  }
  const publishedProducts = new Set((stamps.get('ocop-products') ?? []).map((d) => String(d.id)))
  // A batch is public only while its product is.
  stamps.set(
    'batches',
    (await findAll(payload, 'batches', { where: PUBLISHED, overrideAccess: false, stamps: true })).filter(
      (b) => publishedProducts.has(idOf(b.product) ?? '') && notExcluded('batches')(b),
    ),
  )

  const published = new Map<EntryKind, Set<string>>(
    ENTRY_KINDS.map((kind) => [kind, new Set((stamps.get(kind) ?? []).map((d) => String(d.id)))]),
  )

  // Entries saved since the last export are read in full; the others keep their file, unless
  // something they show changed (see worldOf). A craft village lists its artisans: when any
  // artisan changed, every village is read again.
  const world = await worldOf(payload, published, units)
  const state = options.full || !previous ? null : await readState(dir, world)
  const previousHashes = new Map((previous?.entries ?? []).map((e) => [e.file, e.hash]))
  const key = (kind: EntryKind, id: unknown) => `${kind}:${String(id)}`
  const stampOf = (doc: Doc) => String(doc.updatedAt)
  const kept = new Map<string, ExportState['entries'][string]>()
  if (state) {
    for (const kind of ENTRY_KINDS) {
      for (const doc of stamps.get(kind) ?? []) {
        const known = state.entries[key(kind, doc.id)]
        if (
          known &&
          known.updatedAt === stampOf(doc) &&
          previousHashes.get(known.file) === known.hash &&
          (await stat(path.join(dir, known.file)).catch(() => null))
        ) {
          kept.set(key(kind, doc.id), known)
        }
      }
    }
    const artisans = stamps.get('artisans') ?? []
    const artisansChanged =
      artisans.some((a) => !kept.has(key('artisans', a.id))) ||
      Object.keys(state.entries).filter((k) => k.startsWith('artisans:')).length !== artisans.length
    if (artisansChanged) for (const v of stamps.get('craft-villages') ?? []) kept.delete(key('craft-villages', v.id))
  }
  const docs = new Map<EntryKind, Doc[]>()
  let read = 0
  for (const kind of ENTRY_KINDS) {
    const ids = (stamps.get(kind) ?? []).filter((d) => !kept.has(key(kind, d.id))).map((d) => d.id)
    const list: Doc[] = []
    for (let i = 0; i < ids.length; i += 500) {
      const where: Where = { and: [PUBLISHED, { id: { in: ids.slice(i, i + 500) } }] }
      list.push(...(await findAll(payload, kind, { where, overrideAccess: false })))
    }
    docs.set(kind, list)
    read += list.length
  }

  const refTo = (kind: EntryKind, value: unknown): Ref | undefined => {
    const id = idOf(value)
    return id && published.get(kind)?.has(id) ? { kind, id } : undefined
  }
  const refsTo = (kind: EntryKind, values: unknown): Ref[] =>
    ((values as unknown[] | null) ?? []).map((v) => refTo(kind, v)).filter((r): r is Ref => r !== undefined)

  const ids = {
    media: new Set<string>(),
    panoramas: new Set<string>(),
    models: new Set<string>(),
    audio: new Set<string>(),
  }
  const collect = (set: Set<string>, values: unknown) => {
    for (const v of Array.isArray(values) ? values : [values]) {
      const id = idOf(v)
      if (id) set.add(id)
    }
  }
  for (const list of docs.values()) {
    for (const doc of list) {
      collect(ids.media, doc.gallery)
      collect(ids.media, doc.portrait)
      collect(ids.panoramas, doc.panoramas)
      collect(ids.models, doc.models)
      collect(ids.audio, doc.audioGuides)
    }
  }
  const media = new MediaCollector(payload)
  await media.load(ids)
  const pick = <T>(map: Map<string, T>, values: unknown): T[] =>
    ((Array.isArray(values) ? values : []) as unknown[])
      .map((v) => map.get(idOf(v) ?? ''))
      .filter((v): v is T => v !== undefined)

  const artisansByVillage = new Map<string, Ref[]>()
  for (const artisan of stamps.get('artisans') ?? []) {
    const village = refTo('craft-villages', artisan.craftVillage)
    if (!village) continue
    const list = artisansByVillage.get(village.id) ?? []
    list.push({ kind: 'artisans', id: String(artisan.id) })
    artisansByVillage.set(village.id, list)
  }

  const decision = (value: unknown) => {
    const v = value as Doc | null | undefined
    const out = defined({
      number: str(v?.number),
      date: str(v?.date),
      datePrecision: v?.date ? str(v?.datePrecision) : undefined,
      issuer: optionalText(v?.issuer),
    })
    return Object.keys(out).length > 0 ? out : undefined
  }
  const rows = (value: unknown) => ((value as Doc[] | null) ?? []) as Doc[]
  const texts = (value: unknown, field = 'name') =>
    rows(value)
      .map((row) => localized(row[field]))
      .filter((t): t is LocalizedText => t !== undefined)

  const common = (kind: EntryKind, doc: Doc) =>
    defined({
      kind,
      id: String(doc.id),
      slug: String(doc.slug),
      code: String(doc.code),
      updatedAt: String(doc.updatedAt),
      title: localized(doc.title) ?? { vi: String(doc.slug) },
      summary: optionalText(doc.summary) ?? {},
      body: defined({ vi: lexicalToBlocks((doc.body as Loc)?.vi), en: lexicalToBlocks((doc.body as Loc)?.en) }),
      gallery: pick(media.images, doc.gallery),
      sources: rows(doc.sources).map((s) =>
        defined({ citation: String(s.citation), url: webUrl(s.url), note: optionalText(s.note) }),
      ),
    })
  const located = (doc: Doc) => defined({ location: pointOf(doc.location), commune: communeOf(doc.commune) })
  const richMedia = (doc: Doc) => ({
    panoramas: pick(media.panoramas, doc.panoramas),
    models: pick(media.models, doc.models),
    audioGuides: pick(media.audio, doc.audioGuides),
  })

  const build: { [K in EntryKind]: (doc: Doc) => unknown } = {
    relics: (doc) => ({
      ...common('relics', doc),
      ...located(doc),
      ...richMedia(doc),
      rank: doc.rank,
      types: doc.types ?? [],
      ...defined({
        rankingDecision: decision(doc.rankingDecision),
        openingHours: optionalText(doc.openingHours),
        ticketInfo: optionalText(doc.ticketInfo),
      }),
      sites: rows(doc.sites)
        .filter((s) => localized(s.name))
        .map((s) => defined({ name: localized(s.name), location: pointOf(s.location), commune: communeOf(s.commune) })),
      protectionZones: rows(doc.protectionZones).map((z) =>
        defined({ zone: z.zone, boundary: z.boundary, areaHectares: num(z.areaHectares) }),
      ),
      festivals: refsTo('intangible-heritage', doc.festivals),
    }),
    'intangible-heritage': (doc) => ({
      ...common('intangible-heritage', doc),
      ...located(doc),
      ...richMedia(doc),
      type: doc.type,
      ...defined({
        type2010: str(doc.type2010),
        listLevel: str(doc.listLevel),
        inscriptionYear: num(doc.inscriptionYear),
      }),
      communities: rows(doc.communities)
        .filter((c) => localized(c.name))
        .map((c) => defined({ name: localized(c.name), commune: communeOf(c.commune) })),
      festivalDates: rows(doc.festivalDates).map((f) =>
        defined({
          lunarDay: f.lunarDay,
          lunarMonth: f.lunarMonth,
          leapMonth: f.leapMonth === true,
          durationDays: num(f.durationDays) ?? 1,
          note: optionalText(f.note),
        }),
      ),
    }),
    'craft-villages': (doc) => ({
      ...common('craft-villages', doc),
      ...located(doc),
      ...richMedia(doc),
      crafts: texts(doc.crafts),
      ...defined({
        recognitionDecision: decision(doc.recognitionDecision),
        households: num(doc.households),
        workers: num(doc.workers),
        products: optionalText(doc.products),
        visitingInfo: optionalText(doc.visitingInfo),
      }),
      artisans: artisansByVillage.get(String(doc.id)) ?? [],
    }),
    artisans: (doc) => ({
      ...common('artisans', doc),
      ...located(doc),
      honour: doc.honour ?? 'none',
      crafts: texts(doc.crafts),
      ...defined({
        honourYear: num(doc.honourYear),
        birthYear: num(doc.birthYear),
        craftVillage: refTo('craft-villages', doc.craftVillage),
        portrait: media.images.get(idOf(doc.portrait) ?? ''),
      }),
    }),
    routes: (doc) => ({
      ...common('routes', doc),
      stops: rows(doc.stops)
        .map((s) => {
          const place = s.place as { relationTo?: string; value?: unknown } | null
          const target = place?.relationTo as EntryKind | undefined
          const ref =
            target && (ENTRY_KINDS as readonly string[]).includes(target) ? refTo(target, place?.value) : undefined
          return ref ? defined({ place: ref, minutes: num(s.minutes), note: optionalText(s.note) }) : undefined
        })
        .filter((s) => s !== undefined),
      ...defined({ distanceKm: num(doc.distanceKm), durationHours: num(doc.durationHours) }),
    }),
    'ocop-products': (doc) => {
      const certificate = doc.certificate as Doc | null
      const cert = defined({
        number: str(certificate?.number),
        level: str(certificate?.level),
        issueDate: str(certificate?.issueDate),
        expiryDate: str(certificate?.expiryDate),
      })
      return {
        ...common('ocop-products', doc),
        ...located(doc),
        group: doc.group,
        ...defined({
          producer: refTo('producers', doc.producer),
          stars: str(doc.stars),
          certificate: Object.keys(cert).length > 0 ? cert : undefined,
          gtin: str(doc.gtin),
          craftVillage: refTo('craft-villages', doc.craftVillage),
          packaging: optionalText(doc.packaging),
        }),
      }
    },
    producers: (doc) => ({
      ...common('producers', doc),
      ...located(doc),
      producerKind: doc.kind,
      ...defined({ address: str(doc.address), website: webUrl(doc.website) }),
    }),
    batches: (doc) => {
      const quantity = doc.quantity as Doc | null
      const q = defined({ amount: num(quantity?.amount), unit: optionalText(quantity?.unit) })
      return defined({
        kind: 'batches',
        id: String(doc.id),
        code: String(doc.code),
        updatedAt: String(doc.updatedAt),
        lotCode: String(doc.lotCode),
        product: refTo('ocop-products', doc.product),
        productionDate: str(doc.productionDate),
        expiryDate: str(doc.expiryDate),
        quantity: Object.keys(q).length > 0 ? q : undefined,
        rawMaterials: rows(doc.rawMaterials)
          .filter((m) => localized(m.material) && localized(m.origin))
          .map((m) =>
            defined({
              material: localized(m.material),
              origin: localized(m.origin),
              commune: communeOf(m.commune),
              supplier: str(m.supplier),
            }),
          ),
        testReports: rows(doc.testReports).map((r) =>
          defined({
            laboratory: String(r.laboratory),
            reportNumber: str(r.reportNumber),
            date: str(r.date),
            result: optionalText(r.result),
            passed: r.passed !== false,
          }),
        ),
      })
    },
  }

  const entries: Manifest['entries'] = []
  const nextState: ExportState = { world, entries: {} }
  let written = 0
  let unchanged = 0
  const newlyExcluded: ExcludedEntry[] = []
  for (const kind of ENTRY_KINDS) {
    const fresh = new Map((docs.get(kind) ?? []).map((doc) => [String(doc.id), doc]))
    for (const stamp of stamps.get(kind) ?? []) {
      const known = kept.get(key(kind, stamp.id))
      if (known) {
        unchanged++
        entries.push({ kind, id: String(stamp.id), file: known.file, hash: known.hash })
        nextState.entries[key(kind, stamp.id)] = known
        for (const [file, source] of Object.entries(known.media)) media.files.set(file, source)
        continue
      }
      const doc = fresh.get(String(stamp.id))
      // Unpublished between the two queries: it is left out, as if the export had run a moment later.
      if (!doc) continue
      const parsed = entrySchema.safeParse(build[kind](doc))
      if (!parsed.success) {
        // One bad record must not stop every publish: it is left out and named (see below).
        newlyExcluded.push({
          kind,
          id: String(doc.id),
          title: str((doc.title as Loc)?.vi) ?? str(doc.lotCode) ?? str(doc.slug) ?? String(doc.id),
          problem: describeProblem(payload, kind, doc, parsed.error.issues),
        })
        continue
      }
      const json = `${JSON.stringify(parsed.data satisfies Entry, null, 1)}\n`
      const hash = sha256(json)
      const file = `entries/${kind}/${String(doc.id)}.json`
      const target = path.join(dir, file)
      if (previousHashes.get(file) === hash && (await stat(target).catch(() => null))) {
        unchanged++
      } else {
        await writeAtomic(target, json)
        written++
      }
      entries.push({ kind, id: String(doc.id), file, hash })
      const files: Record<string, string> = {}
      for (const name of mediaFilesIn(parsed.data)) {
        const source = media.files.get(name)
        if (source) files[name] = source
      }
      nextState.entries[key(kind, doc.id)] = { updatedAt: stampOf(stamp), file, hash, media: files }
    }
  }

  if (newlyExcluded.length > 0) {
    // Entries that refer to the ones left out were built with those references: export again
    // without them, in full, so that no entry points at an entry the site does not have.
    for (const entry of newlyExcluded) {
      excluded.set(`${entry.kind}:${entry.id}`, entry)
      log(`snapshot: left out ${entry.kind} ${entry.id} (${entry.title}): ${entry.problem}`)
    }
    return exportSnapshot(payload, { ...options, full: true, excluded })
  }

  // Entry files no longer published (unpublished, deleted) go away.
  const keep = new Set(entries.map((e) => e.file))
  let removed = 0
  for (const kind of ENTRY_KINDS) {
    const folder = path.join(dir, 'entries', kind)
    for (const name of await readdir(folder).catch(() => [] as string[])) {
      if (!keep.has(`entries/${kind}/${name}`)) {
        await rm(path.join(folder, name), { force: true })
        removed++
      }
    }
  }

  // Media: content-addressed, so a file that exists is already right.
  let mediaLinked = 0
  const mediaList: Manifest['media'] = []
  for (const [file, source] of [...media.files].sort(([a], [b]) => a.localeCompare(b))) {
    const target = path.join(dir, 'media', file)
    const existing = await stat(target).catch(() => null)
    if (!existing) {
      await mkdir(path.dirname(target), { recursive: true })
      await link(source, target).catch(async () => {
        const temp = `${target}.tmp-${process.pid}`
        await copyFile(source, temp)
        await rename(temp, target)
      })
      mediaLinked++
    }
    mediaList.push({ file, bytes: (existing ?? (await stat(target))).size })
  }
  const keepMedia = new Set(mediaList.map((m) => m.file))
  for (const folder of await readdir(path.join(dir, 'media')).catch(() => [] as string[])) {
    for (const name of await readdir(path.join(dir, 'media', folder)).catch(() => [] as string[])) {
      if (!keepMedia.has(`${folder}/${name}`)) await rm(path.join(dir, 'media', folder, name), { force: true })
    }
  }

  const retired = await retiredCodes(payload, entries)
  const contentHash = sha256(
    JSON.stringify({
      v: SNAPSHOT_SCHEMA_VERSION,
      e: entries.map((e) => e.hash),
      m: mediaList.map((m) => m.file),
      ...(retired.length > 0 ? { r: retired.map((r) => r.code) } : {}),
    }),
  )
  const changed = previous?.contentHash !== contentHash || removed > 0
  const manifest: Manifest = manifestSchema.parse({
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    generatedAt: changed || !previous ? new Date().toISOString() : previous.generatedAt,
    siteUrl: options.siteUrl ?? publicSiteUrl(),
    locales: ['vi', 'en'],
    contentHash,
    entries,
    media: mediaList,
    ...(retired.length > 0 ? { retiredCodes: retired } : {}),
  })
  if (changed || !previous || previous.siteUrl !== manifest.siteUrl) {
    await writeAtomic(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`)
  }
  await writeAtomic(path.join(dir, STATE_FILE), JSON.stringify(nextState))
  log(
    `snapshot: ${entries.length} entries (${read} read, ${written} written, ${unchanged} unchanged, ${removed} removed), ` +
      `${mediaList.length} media files (${mediaLinked} new)${changed ? '' : ', nothing changed'}`,
  )
  // Only exports that changed what is public are worth a line; the nightly no-op is not.
  if (changed || !previous) {
    await audit(payload, options.req, {
      action: 'export',
      collection: 'snapshot',
      title: SNAPSHOT_TITLE,
      detail: snapshotExported({
        entries: entries.length,
        written,
        removed,
        media: mediaList.length,
        reason: options.reason,
      }),
    })
  }
  // Every export that leaves an entry out says so, each time: someone has to fix it.
  for (const entry of excluded.values()) {
    await audit(payload, options.req, {
      action: 'export',
      collection: entry.kind,
      docId: entry.id,
      title: entry.title,
      detail: leftOutOfSite(entry.problem),
    })
  }
  return { manifest, changed, written, unchanged, removed, mediaLinked, read, excluded: [...excluded.values()] }
}

/**
 * Why an entry was left out, for the officer who must fix it: the field by its Vietnamese label,
 * the lot rule in its own words, and the schema's own wording (technical) for anything else.
 */
function describeProblem(
  payload: Payload,
  kind: string,
  doc: Record<string, unknown>,
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): string {
  const fields = payload.collections[kind as CollectionSlug]?.config.flattenedFields ?? []
  return issues
    .map((issue) => {
      const name = String(issue.path[0] ?? '')
      const field = fields.find((f) => 'name' in f && f.name === name) as { label?: unknown } | undefined
      const label = typeof field?.label === 'string' ? field.label : (field?.label as { vi?: string } | undefined)?.vi
      const lot = name === 'lotCode' ? batchProblem(String(doc.lotCode ?? '')) : null
      if (lot) return `${label ?? name}: ${lot.message.vi}`
      return `${label ?? name}: không hợp lệ (${issue.path.map(String).join('.')}: ${issue.message})`
    })
    .join('; ')
}
