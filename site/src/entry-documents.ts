/**
 * The files published about one entry besides its pages (its IIIF manifest, its Linked Art
 * document): rendered with its pages and kept with them between publishes (src/partial.ts puts
 * them in the build's page index under the entry's key; tools/publish.ts hard-links them).
 */
import type { APIRoute, GetStaticPaths } from 'astro'
import { entryKey } from '../tools/incremental'
import { type PageEntry, type Snapshot, snapshot } from './data/snapshot'
import { entriesToRender } from './render-set'
import { PAGE_KINDS } from './routing'
import { siteOf } from './site-url'
import { hasManifest, manifestPath } from './utils/iiif'
import { lineImagePaths, zoomable, zoomPath } from './utils/inscriptions'
import { hasLinkedArt, linkedArtPath } from './utils/linked-art'

export const entryDocuments = (entry: PageEntry): string[] => [
  ...(hasManifest(entry) ? [manifestPath(entry)] : []),
  ...(hasLinkedArt(entry) ? [linkedArtPath(entry)] : []),
  ...entry.gallery.filter(zoomable).map((image) => `${zoomPath(image.zoom)}/info.json`),
  ...(entry.kind === 'inscriptions' ? lineImagePaths(entry) : []),
]

/**
 * The entries with such a document that this build writes: all, or those the publisher asked
 * for (`render`, see render-set.ts).
 */
export function entriesToWrite<E extends PageEntry>(
  data: Pick<Snapshot, 'byKind'>,
  has: (entry: PageEntry) => entry is E,
  render?: Set<string> | null,
): E[]
export function entriesToWrite(
  data: Pick<Snapshot, 'byKind'>,
  has: (entry: PageEntry) => boolean,
  render?: Set<string> | null,
): PageEntry[]
export function entriesToWrite(
  data: Pick<Snapshot, 'byKind'>,
  has: (entry: PageEntry) => boolean,
  render: Set<string> | null = entriesToRender(),
): PageEntry[] {
  return PAGE_KINDS.flatMap((kind) => data.byKind(kind) as PageEntry[]).filter(
    (entry) => has(entry) && (!render || render.has(entryKey(entry))),
  )
}

/**
 * The route (`src/pages/<folder>/[...file].ts`) of one kind of document: a file for each entry
 * this build writes that has one, at its address, its body made for the site's address.
 */
export function entryDocumentRoute<E extends PageEntry>(document: {
  /** Where the route's files are: `/iiif/`, `/linked-art/`. */
  folder: string
  has: (entry: PageEntry) => entry is E
  /** The document's address (under `folder`). */
  path: (entry: E) => string
  body: (entry: E, site: URL, manifest: Snapshot['manifest']) => unknown
  /** Its media type. */
  type: string
}): { getStaticPaths: GetStaticPaths; GET: APIRoute<{ entry: E }> } {
  const getStaticPaths = () =>
    entriesToWrite(snapshot(), document.has).map((entry) => ({
      params: { file: document.path(entry).slice(document.folder.length) },
      props: { entry },
    }))
  const respond: APIRoute<{ entry: E }> = ({ props, site }) =>
    new Response(JSON.stringify(document.body(props.entry, siteOf(site), snapshot().manifest)), {
      headers: { 'Content-Type': `${document.type}; charset=utf-8` },
    })
  return { getStaticPaths, GET: respond }
}
