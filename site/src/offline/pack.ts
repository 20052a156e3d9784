/**
 * A route pack: what "Save for offline" stores on a phone for one route page in one language —
 * the route page, its stops' pages, the small versions of their pictures and the stops' audio
 * guides. The route page draws the list at build time (`packDraft`) and embeds it as JSON; once
 * every page exists, integrations/route-packs.ts resolves each stop to the page the visitor would
 * land on (the page in the route's language, else English, else Vietnamese), adds the scripts the
 * pages load and writes the sizes in (`PackData`), so the size is known before any download.
 *
 * No imports at all: the island's script loads this module, so it stays small. The build-time
 * part is in draft.ts.
 */
/** Bump when the stored layout changes: a service worker drops the packs of other versions. */
export const PACK_VERSION = 1
export const PACK_PREFIX = `heritage-pack-v${PACK_VERSION}:`
/** The Cache Storage name of the pack of the route page at `route` (a path such as /en/routes/x/). */
export const packCacheName = (route: string): string => `${PACK_PREFIX}${route}`
/** The entry of a pack's cache that says the pack is complete (and when it was saved). */
export const PACK_DONE = '/__heritage-pack__.json'
/** Headers the saved copy of a page carries (read by public/sw.js). */
export const FRESH_HEADER = 'X-Heritage-Fresh'
export const NOTICE_HEADER = 'X-Heritage-Notice'

export type PackItemKind = 'page' | 'image' | 'audio' | 'asset'
export interface PackItem {
  url: string
  bytes: number
  kind: PackItemKind
  /**
   * A page that shows a certificate (OCOP products): online it always comes from the network,
   * the saved copy only without a connection, with a note that the state may have changed.
   */
  fresh?: true
}

/** What the route page embeds before the build resolves it (draft.ts): for each page, where it may live. */
export interface PackDraft {
  route: string
  pages: { candidates: string[]; fresh?: true }[]
  media: PackItem[]
}

/** The resolved pack, as the island reads it from the route page. */
export interface PackData {
  version: number
  route: string
  cache: string
  items: PackItem[]
}

/** The attribute of the `<script type="application/json">` carrying the pack on a route page. */
export const PACK_ATTRIBUTE = 'data-route-pack'
/** The attribute of the one carrying its draft (kept, so that every build resolves the pack anew). */
export const DRAFT_ATTRIBUTE = 'data-route-pack-draft'

/** The pack's size in bytes. */
export const packBytes = (data: PackData): number => data.items.reduce((sum, item) => sum + item.bytes, 0)

/** JSON safe inside a `<script>` element. */
export const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c')

/** A size as the locale writes it (820 kB, 1.4 MB). */
export function formatBytes(bytes: number, locale: string): string {
  const mb = bytes / 1_000_000
  if (mb < 0.1) {
    return new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(
      Math.max(1, Math.round(bytes / 1000)),
    )
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(mb)
}
