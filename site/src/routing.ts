/**
 * Every page of the site, in both languages, from one table. Each page knows its counterpart in
 * the other language (the language switch and hreflang use it) and its canonical address.
 *
 *   /di-tich/<slug>/ ↔ /en/relics/<slug>/       entry pages (slug: stable, readable)
 *   /p/<CODE>/       ↔ /en/p/<CODE>/            QR plaques: the entry itself, no redirect hop
 *   /t/<CODE>/       ↔ /en/t/<CODE>/            batch traceability pages (short code on labels)
 *   /p/<CODE>/, /t/<CODE>/ of a withdrawn record  "this entry was withdrawn" (never another entry)
 *   /01/<GTIN-14>/10/<lot>/                     GS1 Digital Link of a batch (same page)
 *   /01/<GTIN-14>/                              GS1 Digital Link of a product
 */
import {
  type Batch,
  batchPath,
  type EntryKind,
  entryPath,
  gs1Path,
  isPageKind,
  KIND_LABEL,
  KIND_SEGMENT,
  kindPath,
  type OcopProduct,
  PAGE_KINDS,
  plaquePath,
} from '@heritage/contract'
import type { PageEntry, PageKind, Snapshot } from './data/snapshot'
import { LOCALES, type Locale, localePrefix } from './i18n/locales'

// Entry addresses and the kinds' names come from the contract's table, which the CMS also uses.
export { batchPath, entryPath, isPageKind, KIND_LABEL, KIND_SEGMENT, PAGE_KINDS, plaquePath }

export const STATIC_PAGES = {
  home: { vi: '', en: '' },
  map: { vi: 'ban-do/', en: 'map/' },
  search: { vi: 'tim-kiem/', en: 'search/' },
  festivals: { vi: 'lich-le-hoi/', en: 'festivals/' },
  openData: { vi: 'du-lieu-mo/', en: 'open-data/' },
} as const satisfies Record<string, Record<Locale, string>>
export type StaticPage = keyof typeof STATIC_PAGES

export const staticPath = (page: StaticPage, locale: Locale): string =>
  `${localePrefix(locale)}${STATIC_PAGES[page][locale]}`
/** Entries per list page: a phone on a weak signal gets a page of cards, not a whole province. */
export const LIST_PAGE_SIZE = 48
export const PAGE_SEGMENT: Record<Locale, string> = { vi: 'trang', en: 'page' }

/** A kind's list; page 1 at the kind's own address, further pages under `trang/N/` (`page/N/`). */
export const listPath = (kind: PageKind, locale: Locale, page = 1): string =>
  `${kindPath(kind, locale)}${page > 1 ? `${PAGE_SEGMENT[locale]}/${page}/` : ''}`
export const listPages = (entries: number): number => Math.max(1, Math.ceil(entries / LIST_PAGE_SIZE))
/**
 * GS1 Digital Link paths, exactly as the labels print them (one helper, media-tools `gs1Path`): a
 * lot's characters outside RFC 3986's unreserved set are percent-encoded once. The page is served
 * from the folder a web server finds by decoding the path once (tools/incremental.ts
 * `pageFile`): `SECP%` is printed `/10/SECP%25/` and lives in `10/SECP%/`, `A/B` is printed
 * `A%2FB` and lives in `10/A/B/`.
 */
export const gs1ProductPath = (gtin: string): string => `${gs1Path(gtin)}/`
export const gs1BatchPath = (gtin: string, lot: string): string => `${gs1Path(gtin, lot)}/`

/**
 * Astro writes each page to a folder named after its path but mishandles `%` and `?` in it (a `%`
 * fails the build, a `?` is written `%3F`), so pages are rendered at a stand-in path where `%`
 * becomes `~` (no page path holds a `~`: lots are percent-encoded, the rest is `[a-z0-9-]`), and
 * integrations/gs1-folders.ts then moves each such folder to where a server looks (`pageFile`).
 */
export const STAND_IN_MARK = '~'
export const renderPath = (pagePath: string): string => pagePath.replaceAll('%', STAND_IN_MARK)

export type View =
  | { type: 'home' }
  | { type: 'map' }
  | { type: 'search' }
  | { type: 'festivals' }
  | { type: 'openData' }
  | { type: 'notFound' }
  | { type: 'list'; kind: PageKind; page: number; pages: number }
  | { type: 'entry'; entry: PageEntry; via: 'slug' | 'plaque' | 'gs1' }
  | { type: 'batch'; batch: Batch; product: OcopProduct; via: 'code' | 'gs1' }
  | { type: 'withdrawn'; kind: EntryKind; code: string }

export interface Page {
  /** Path with leading and trailing slash. */
  path: string
  locale: Locale
  view: View
  /** The same page in each language (for an alias: the canonical page in each language). */
  alternates: Record<Locale, string>
  /** The address search engines should index (QR and GS1 aliases point to the readable page). */
  canonical: string
}

const both = (make: (locale: Locale) => string) =>
  Object.fromEntries(LOCALES.map((l) => [l, make(l)])) as Record<Locale, string>

export function allPages(snapshot: Snapshot): Page[] {
  const pages: Page[] = []
  const add = (view: View, make: (l: Locale) => string, canonical?: (l: Locale) => string, locales = LOCALES) => {
    const paths = both(make)
    // An alias (QR plaque, label, GS1 link) names the pages it stands for as its languages, not
    // other aliases: hreflang must point at canonical pages.
    const alternates = canonical ? both(canonical) : paths
    for (const locale of locales) {
      pages.push({ path: paths[locale], locale, view, alternates, canonical: alternates[locale] })
    }
  }
  for (const page of Object.keys(STATIC_PAGES) as StaticPage[]) add({ type: page } as View, (l) => staticPath(page, l))
  for (const kind of PAGE_KINDS) {
    const pages = listPages(snapshot.byKind(kind).length)
    for (let page = 1; page <= pages; page++) add({ type: 'list', kind, page, pages }, (l) => listPath(kind, l, page))
    for (const entry of snapshot.byKind(kind) as PageEntry[]) {
      add({ type: 'entry', entry, via: 'slug' }, (l) => entryPath(entry, l))
      add(
        { type: 'entry', entry, via: 'plaque' },
        (l) => plaquePath(entry.code, l),
        (l) => entryPath(entry, l),
      )
      if (entry.kind === 'ocop-products' && entry.gtin) {
        const gtin = entry.gtin
        add(
          { type: 'entry', entry, via: 'gs1' },
          (l) => (l === 'vi' ? gs1ProductPath(gtin) : entryPath(entry, l)),
          (l) => entryPath(entry, l),
          ['vi'],
        )
      }
    }
  }
  for (const batch of snapshot.byKind('batches')) {
    const product = snapshot.get({ kind: 'ocop-products', id: batch.product.id })
    if (!product) continue
    add({ type: 'batch', batch, product, via: 'code' }, (l) => batchPath(batch, l))
    if (product.gtin) {
      const gtin = product.gtin
      add(
        { type: 'batch', batch, product, via: 'gs1' },
        (l) => (l === 'vi' ? gs1BatchPath(gtin, batch.lotCode) : batchPath(batch, l)),
        (l) => batchPath(batch, l),
        ['vi'],
      )
    }
  }
  // A printed code whose record left the site: its address says so, in both languages. Codes are
  // never reused (the CMS's registry), so this never hides a live entry; the check is a safeguard.
  const live = new Set(snapshot.all.map((e) => e.code))
  for (const { code, kind } of snapshot.manifest.retiredCodes ?? []) {
    if (live.has(code)) continue
    const paths = both((l) => (kind === 'batches' ? batchPath({ code }, l) : plaquePath(code, l)))
    // Not for search engines: canonical is the home page (so no sitemap line), and the page is noindex.
    for (const locale of LOCALES) {
      pages.push({
        path: paths[locale],
        locale,
        view: { type: 'withdrawn', kind, code },
        alternates: paths,
        canonical: staticPath('home', locale),
      })
    }
  }
  return pages
}
