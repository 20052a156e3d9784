/**
 * Incremental export: what the last export was made from, beside the snapshot (not part of it: the
 * site never reads it). Lets the next export read in full only the entries saved since, which on a
 * province of ten thousand entries is the difference between a second and most of a minute.
 */
import { createHash } from 'node:crypto'
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { ENTRY_KINDS, type EntryKind, SNAPSHOT_SCHEMA_VERSION, tilePaths, zoomTileFile } from '@heritage/contract'
import type { Payload } from 'payload'
import { z } from 'zod'
import { isRecord } from '../shared/guards.ts'
import type { Stamp, StoredUnit } from './records.ts'
import { writeAtomic } from './writeAtomic.ts'

const STATE_FILE = '.export-state.json'

const keptEntry = z.object({
  updatedAt: z.string(),
  file: z.string(),
  hash: z.string(),
  /** Snapshot-relative media file → its key in the file store, of the media the entry shows. */
  media: z.record(z.string(), z.string()),
})
export type KeptEntry = z.infer<typeof keptEntry>
const exportState = z.object({
  /** Everything an entry's file depends on besides the entry itself; see `worldOf`. */
  world: z.string(),
  /** By `kind:id`. */
  entries: z.record(z.string(), keptEntry),
})
export type ExportState = z.infer<typeof exportState>

/**
 * The state as written: each media file (with its key in the store) once, and each entry's media
 * as places in that list. Entries show the same photos again and again (a commune's, a village's):
 * with a map per entry, the file was 75 MB at 10,000 entries, written again at every export.
 */
const storedState = z.object({
  world: z.string(),
  files: z.array(z.tuple([z.string(), z.string()])),
  entries: z.record(z.string(), keptEntry.extend({ media: z.array(z.number().int().nonnegative()) })),
})

function stored(state: ExportState): z.infer<typeof storedState> {
  const files: [string, string][] = []
  const places = new Map<string, number>()
  const placeOf = (name: string, source: string) => {
    const key = `${name}\0${source}`
    let place = places.get(key)
    if (place === undefined) {
      place = files.push([name, source]) - 1
      places.set(key, place)
    }
    return place
  }
  const entries: z.infer<typeof storedState>['entries'] = {}
  for (const [key, entry] of Object.entries(state.entries)) {
    entries[key] = { ...entry, media: Object.entries(entry.media).map(([name, source]) => placeOf(name, source)) }
  }
  return { world: state.world, files, entries }
}

/** The state from the file's text: the stored form, or the map-per-entry form written before it. */
function parseState(text: string): ExportState {
  const json = JSON.parse(text) as unknown
  const compact = storedState.safeParse(json)
  if (!compact.success) return exportState.parse(json)
  const { world, files } = compact.data
  const entries: ExportState['entries'] = {}
  for (const [key, entry] of Object.entries(compact.data.entries)) {
    const media: Record<string, string> = {}
    for (const place of entry.media) {
      const file = files[place]
      if (!file) throw new Error(`${STATE_FILE}: ${key} names media file ${place} of ${files.length}`)
      media[file[0]] = file[1]
    }
    entries[key] = { ...entry, media }
  }
  return { world, entries }
}

export const entryKey = (kind: EntryKind, id: unknown) => `${kind}:${String(id)}`

/**
 * What an entry's file depends on besides the entry's own record, as one hash: the export code,
 * which entries are public (references point only at public entries), the administrative units
 * (commune names are copied in), and the media records (alt texts and versions are copied in).
 * When any of it changes, every entry is read again.
 */
export async function worldOf(
  payload: Payload,
  code: readonly { toString(): string }[],
  published: Map<EntryKind, Set<string>>,
  units: Map<string, StoredUnit>,
): Promise<string> {
  const hash = createHash('sha256')
  hash.update(String(SNAPSHOT_SCHEMA_VERSION))
  for (const part of code) hash.update(part.toString())
  for (const [kind, ids] of published) hash.update(`${kind}:${[...ids].sort().join(',')}\n`)
  for (const [id, unit] of units) hash.update(`unit:${id}:${String(unit.updatedAt)}\n`)
  for (const collection of ['media', 'panoramas', 'models', 'audio'] as const) {
    const last = await payload.find({ collection, sort: '-updatedAt', limit: 1, depth: 0, overrideAccess: true })
    hash.update(`${collection}:${last.totalDocs}:${String(last.docs[0]?.updatedAt ?? '')}\n`)
  }
  // A photo's web versions landing keeps its updatedAt (keepUpdatedAt in media/hooks.ts), and only
  // the worker turns a pending photo into another state: between two exports with no person's
  // change, each such write lowers this count.
  const pending = await payload.count({
    collection: 'media',
    where: { webVersions: { equals: 'pending' } },
    overrideAccess: true,
  })
  hash.update(`media pending:${pending.totalDocs}\n`)
  return hash.digest('hex')
}

/**
 * The state this process last wrote, with the file's size and time as written: on 10,000 entries
 * the file was ~75 MB, and reading and checking it again cost a one-entry export most of a second.
 * Used only while the file on disk is still that one (another process, or a restore, changes them).
 */
let written: { file: string; size: number; mtimeMs: number; state: ExportState } | null = null

const stamp = async (file: string) => {
  const info = await stat(file)
  return { size: info.size, mtimeMs: info.mtimeMs }
}

/** The state of the last export, if it was made from the same world. */
export async function readState(dir: string, world: string): Promise<ExportState | null> {
  const file = path.join(dir, STATE_FILE)
  try {
    const now = await stamp(file)
    const state =
      written && written.file === file && written.size === now.size && written.mtimeMs === now.mtimeMs
        ? written.state
        : parseState(await readFile(file, 'utf8'))
    return state.world === world ? state : null
  } catch {
    return null
  }
}

export async function writeState(dir: string, state: ExportState): Promise<void> {
  const file = path.join(dir, STATE_FILE)
  written = null
  await writeAtomic(file, JSON.stringify(stored(state)))
  written = { file, ...(await stamp(file)), state }
}

/**
 * The published entries whose file can stay as it is: saved at the same time as when it was
 * written, and the file still there with that content. A craft village lists its artisans: when any
 * artisan changed, every village is read again.
 */
export async function keptEntries(
  dir: string,
  state: ExportState,
  stamps: Map<EntryKind, Stamp[]>,
  previousHashes: Map<string, string>,
): Promise<Map<string, KeptEntry>> {
  const kept = new Map<string, KeptEntry>()
  // Whether each file is still there, from one listing of its folder (a folder per kind): a
  // `stat` per entry, one after the other, cost a one-entry export 0.2–0.4 s at 10,000 entries.
  const listings = new Map<string, Promise<Set<string> | null>>()
  const present = async (file: string) => {
    const folder = path.dirname(file)
    let names = listings.get(folder)
    if (!names) {
      names = readdir(path.join(dir, folder)).then(
        (found) => new Set(found),
        () => null,
      )
      listings.set(folder, names)
    }
    return (await names)?.has(path.basename(file)) ?? false
  }
  for (const kind of ENTRY_KINDS) {
    for (const doc of stamps.get(kind) ?? []) {
      const known = state.entries[entryKey(kind, doc.id)]
      if (
        known &&
        known.updatedAt === String(doc.updatedAt) &&
        previousHashes.get(known.file) === known.hash &&
        (await present(known.file))
      ) {
        kept.set(entryKey(kind, doc.id), known)
      }
    }
  }
  const artisans = stamps.get('artisans') ?? []
  const artisansChanged =
    artisans.some((a) => !kept.has(entryKey('artisans', a.id))) ||
    Object.keys(state.entries).filter((k) => k.startsWith('artisans:')).length !== artisans.length
  if (artisansChanged) for (const v of stamps.get('craft-villages') ?? []) kept.delete(entryKey('craft-villages', v.id))
  return kept
}

/** The tiles of an image's deep-zoom pyramid (`zoom/<hash>/<tile>`), computed from its size and `zoom`. */
function zoomTilesOf(image: Record<string, unknown>): string[] {
  const zoom = image.zoom
  if (!isRecord(zoom) || typeof zoom.hash !== 'string') return []
  const { width, height } = image
  const { tileSize, scaleFactors } = zoom
  if (typeof width !== 'number' || typeof height !== 'number' || typeof tileSize !== 'number') return []
  if (!Array.isArray(scaleFactors) || !scaleFactors.every((s) => typeof s === 'number')) return []
  const hash = zoom.hash
  return tilePaths({ width, height, tileSize, scaleFactors }).map((tile) => zoomTileFile(hash, tile))
}

/** Snapshot-relative media files an entry's JSON names (images and their tiles, panoramas, models, audio). */
export function mediaFilesIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) mediaFilesIn(item, out)
  else if (isRecord(value)) {
    out.push(...zoomTilesOf(value))
    for (const [name, child] of Object.entries(value)) {
      if (name === 'file' && typeof child === 'string') out.push(child)
      else if (name !== 'zoom') mediaFilesIn(child, out)
    }
  }
  return out
}
