/**
 * What a publish must re-render when the snapshot changed a little. Used by publish.ts.
 *
 * Every build leaves a record beside it (`<root>/meta/<build>.json`): the hash and outgoing
 * references of each entry it was built from, and which entry each page belongs to. The next
 * publish compares the new snapshot with that record:
 *
 *  - entries added, removed or changed are re-rendered;
 *  - so are the entries that show them: a page shows the entries it refers to (a relic's
 *    festivals, a product's producer, a route's stops) and the entries that refer to it (a craft
 *    village lists its products and artisans, a product its batches, a place the routes through
 *    it). A batch page also shows its product's producer: two steps away. So the set is widened
 *    twice along references in both directions, in the old snapshot and the new one;
 *  - pages that list or summarise many entries (home, lists, map, search, festival calendar,
 *    open data, sitemap) are always rendered; every other entry page is kept from the live build.
 *
 * A change to the site's code, its address or the day (expiry states are decided at build time)
 * makes a full build instead: publish.ts compares those separately.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

export interface EntryRecord {
  hash: string
  /** Keys (`kind:id`) of the entries this one refers to. */
  refs: string[]
}

export interface BuildRecord {
  /** Everything but the snapshot: site sources, address, day (fingerprint.ts `codeFingerprint`). */
  code: string
  entries: Record<string, EntryRecord>
  /** Every page of the build: its path and the entry it belongs to (null: many entries). */
  pages: Record<string, string | null>
}

interface ManifestEntry {
  kind: string
  id: string
  file: string
  hash: string
}

export const entryKey = (entry: { kind: string; id: string }): string => `${entry.kind}:${entry.id}`

/** Objects `{ kind, id }` of a known kind below the entry's top level: its references. */
export function referencesIn(value: unknown, kinds: ReadonlySet<string>, top = true, out = new Set<string>()) {
  if (Array.isArray(value)) {
    for (const item of value) referencesIn(item, kinds, false, out)
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if (!top && typeof record.kind === 'string' && kinds.has(record.kind) && typeof record.id === 'string') {
      out.add(`${record.kind}:${record.id}`)
    }
    for (const child of Object.values(record)) referencesIn(child, kinds, false, out)
  }
  return out
}

/**
 * The hash and references of every entry of a snapshot. Entries whose hash the previous record
 * already has are not read again: on a one-entry publish, one file is read.
 */
export async function readEntries(
  snapshot: string,
  manifest: { entries: ManifestEntry[] },
  previous?: Record<string, EntryRecord>,
): Promise<Record<string, EntryRecord>> {
  const kinds = new Set(manifest.entries.map((e) => e.kind))
  const out: Record<string, EntryRecord> = {}
  for (const entry of manifest.entries) {
    const key = entryKey(entry)
    const known = previous?.[key]
    if (known && known.hash === entry.hash) {
      out[key] = known
      continue
    }
    const json = JSON.parse(await readFile(path.join(snapshot, entry.file), 'utf8')) as unknown
    out[key] = { hash: entry.hash, refs: [...referencesIn(json, kinds)].sort() }
  }
  return out
}

/** Keys of the entries whose pages must be rendered again, and how many entries changed. */
export function affectedEntries(
  before: Record<string, EntryRecord>,
  after: Record<string, EntryRecord>,
  hops = 2,
): { changed: string[]; affected: Set<string> } {
  const changed = new Set<string>()
  for (const [key, record] of Object.entries(after)) if (before[key]?.hash !== record.hash) changed.add(key)
  for (const key of Object.keys(before)) if (!(key in after)) changed.add(key)

  const neighbours = new Map<string, Set<string>>()
  const link = (a: string, b: string) => {
    const set = neighbours.get(a) ?? new Set<string>()
    set.add(b)
    neighbours.set(a, set)
  }
  for (const records of [before, after]) {
    for (const [key, record] of Object.entries(records)) {
      for (const ref of record.refs) {
        link(key, ref)
        link(ref, key)
      }
    }
  }
  const affected = new Set(changed)
  let frontier = [...changed]
  for (let hop = 0; hop < hops; hop++) {
    const next: string[] = []
    for (const key of frontier) {
      for (const other of neighbours.get(key) ?? []) {
        if (!affected.has(other)) {
          affected.add(other)
          next.push(other)
        }
      }
    }
    frontier = next
  }
  return { changed: [...changed].sort(), affected }
}

/**
 * The file a page's path is written to in a `format: 'directory'` build: the path decoded once,
 * which is what every web server looks up (a GS1 lot `SECP%` is linked as `SECP%25`).
 */
export const pageFile = (pagePath: string): string => {
  const file = decodeURIComponent(pagePath).replace(/^\/+/, '')
  return isPagePath(pagePath) ? path.join(file, 'index.html') : file
}

/** A page's address ends with a slash; an entry's other files in the page index (its IIIF manifest, its Linked Art) are named. */
export const isPagePath = (pagePath: string): boolean => pagePath.endsWith('/')
