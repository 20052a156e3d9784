/**
 * Partial builds. When one entry changes in a large province, the publisher (tools/publish.ts)
 * re-renders only the pages that show it, and keeps the other entry pages of the live build.
 * Environment variables carry that between the publisher and Astro:
 *
 *   SITE_RENDER_ONLY  a JSON file with the keys (`kind:id`) of the entries whose pages to render;
 *                     the pages that are not about one entry (home, map, search, festival
 *                     calendar, open data, 404) are always rendered, since they show many entries.
 *   SITE_PAGE_INDEX   where to write the pages of this build, `{ "<path>": "<key>" | null }`, so
 *                     that the next publish knows which files belong to which entry.
 *   SITE_KEEP_FROM    (with SITE_RENDER_ONLY) the live build's folder and its record (`<dir>` and
 *                     `<record>`, JSON): a list or commune page whose content key is the one the
 *                     live build recorded for the same path is hard-linked from there instead of
 *                     rendered; and (`<qrTable>`) the live build's QR table, which the language
 *                     rules (integrations/headers.ts) start from.
 *   SITE_QR_TABLE     where to write this build's QR table, for the next partial build.
 *
 * A list page (48 entries of one kind) is keyed by what it shows: `content:` and a hash of its
 * path, its languages, its place in the list and the manifest hash of each entry on it. An edit
 * changes the key of the pages that show the entry (or, when its title moves it, of the pages
 * between its old and new place, or of every page of its kind when the count changes) and
 * leaves the other lists' keys alone: one edit renders a few list pages, not all ~1,100.
 * A commune's map page (views/Map.astro) is keyed the same way by the places it shows, in their
 * order: an edit renders its own commune's pages (and its old commune's, when it moved), not
 * those of every commune (600 of the 635 pages a one-entry publish rendered at 10,000 entries).
 *
 * None is set by a plain `astro build`: every page is rendered and no index is written.
 */
import { createHash } from 'node:crypto'
import { linkSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { entryKey } from '../tools/incremental'
import { isLocated, PLACE_KINDS } from './components/islands/map-points'
import type { PageEntry, Snapshot } from './data/snapshot'
import { entriesToWrite, entryDocuments } from './entry-documents'
import { entriesToRender, keptFrom } from './render-set'
import { LIST_PAGE_SIZE, type Page } from './routing'

/** The start of a content key (a page keyed by what it shows, not by one entry). */
const CONTENT = 'content:'

/** What the keys are made of: the manifest (each entry's hash, the languages) and the kinds' lists. */
export type KeyData = { manifest: Pick<Snapshot['manifest'], 'entries' | 'locales'>; byKind: Snapshot['byKind'] }

/**
 * The key of each page: the entry it is about, a content key for a list page (see above), or
 * null for the other pages that summarise many entries.
 */
export function pageKeys(pages: Page[], data: KeyData): Map<Page, string | null> {
  const hashes = new Map(data.manifest.entries.map((e) => [entryKey(e), e.hash]))
  const entryHashes = (hash: ReturnType<typeof createHash>, entries: { kind: string; id: string }[]) => {
    for (const entry of entries) {
      const key = entryKey(entry)
      hash.update(`${key}\0${hashes.get(key) ?? ''}\0`)
    }
  }
  // The located places of each commune, in the map's order (kinds in the site's order, each as listed).
  let places: Map<string, PageEntry[]> | undefined
  const placesIn = (communeId: string): PageEntry[] => {
    if (!places) {
      places = new Map()
      for (const kind of PLACE_KINDS) {
        for (const entry of data.byKind(kind) as PageEntry[]) {
          const commune = 'commune' in entry ? entry.commune?.id : undefined
          if (!commune || !isLocated(entry)) continue
          const found = places.get(commune)
          if (found) found.push(entry)
          else places.set(commune, [entry])
        }
      }
    }
    return places.get(communeId) ?? []
  }
  const keyOf = (page: Page): string | null => {
    const view = page.view
    if (view.type === 'entry') return entryKey(view.entry)
    if (view.type === 'batch') return `batches:${view.batch.id}`
    // What every page shows of itself: its address, its languages and the site's.
    const hash = createHash('sha256')
    hash.update(JSON.stringify([page.path, page.locale, page.canonical, page.alternates, data.manifest.locales]))
    if (view.type === 'mapCommune') {
      // What Map.astro shows on a commune's page: the commune and its places.
      hash.update(JSON.stringify(['mapCommune', view.commune]))
      entryHashes(hash, placesIn(view.commune.id))
      return `${CONTENT}${hash.digest('hex')}`
    }
    if (view.type !== 'list') return null
    // What List.astro and Card.astro show: the page's place and count, and its entries.
    const all = data.byKind(view.kind)
    hash.update(JSON.stringify([view.kind, view.page, view.pages, all.length]))
    entryHashes(hash, all.slice((view.page - 1) * LIST_PAGE_SIZE, view.page * LIST_PAGE_SIZE))
    return `${CONTENT}${hash.digest('hex')}`
  }
  return new Map(pages.map((page) => [page, keyOf(page)]))
}

/** The pages this build renders: all of them, or the partial set the publisher asked for. */
export function pagesToRender(pages: Page[], data: KeyData, env: NodeJS.ProcessEnv = process.env): Page[] {
  const keys = pageKeys(pages, data)
  const render = entriesToRender(env)
  let chosen = pages
  const kept: string[] = []
  if (render) {
    const from = keptFrom(env)
    const live = from
      ? ((JSON.parse(readFileSync(from.record, 'utf8')) as { pages?: Record<string, string | null> }).pages ?? {})
      : {}
    const out = env.SITE_OUT_DIR
    chosen = pages.filter((page) => {
      const key = keys.get(page) ?? null
      if (key === null) return true
      if (!key.startsWith(CONTENT)) return render.has(key)
      // A page showing what the live one shows: its file, hard-linked; rendered if that fails.
      if (!from || !out || live[page.path] !== key) return true
      const file = path.join(decodeURIComponent(page.path).replace(/^\/+/, ''), 'index.html')
      try {
        mkdirSync(path.dirname(path.join(out, file)), { recursive: true })
        linkSync(path.join(from.dir, file), path.join(out, file))
      } catch {
        return true
      }
      kept.push(page.path)
      return false
    })
  }
  if (env.SITE_PAGE_INDEX) {
    const listed = new Set(kept)
    for (const page of chosen) listed.add(page.path)
    const index: Record<string, string | null> = {}
    for (const page of pages) if (listed.has(page.path)) index[page.path] = keys.get(page) ?? null
    // An entry's other files (src/entry-documents.ts) go with its pages, under its key.
    for (const entry of entriesToWrite(data, (e) => entryDocuments(e).length > 0, render)) {
      for (const file of entryDocuments(entry)) index[file] = entryKey(entry)
    }
    writeFileSync(env.SITE_PAGE_INDEX, JSON.stringify(index))
    if (render) writeFileSync(`${env.SITE_PAGE_INDEX}.kept`, JSON.stringify(kept))
  }
  return chosen
}
