/**
 * Every page of the site, in every language it exists in, from one table. Each page knows its
 * counterparts in the other languages (the language row and hreflang use them) and its canonical
 * address. Pages that list or summarise many entries (home, lists, map, search, festival calendar,
 * open data) exist in every locale the build publishes; a page about one entry (its page, its QR
 * plaque, a batch of a product) only in Vietnamese and the entry's translations, so the page
 * count grows with what is translated, not with locales × entries.
 *
 *   /di-tich/<slug>/ ↔ /en/relics/<slug>/, /ko/relics/<slug>/ …   entry pages (slug: stable, readable)
 *   /p/<CODE>/       ↔ /en/p/<CODE>/, /ko/p/<CODE>/ …             QR plaques: the entry itself, no redirect hop
 *   /t/<CODE>/       ↔ /en/t/<CODE>/, /ko/t/<CODE>/ …             batch traceability pages (short code on labels)
 *   /p/<CODE>/, /t/<CODE>/ of a withdrawn record  "this entry was withdrawn" (never another entry)
 *   /01/<GTIN-14>/10/<lot>/                     GS1 Digital Link of a batch (same page, Vietnamese)
 *   /01/<GTIN-14>/                              GS1 Digital Link of a product (Vietnamese)
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
  type LocalizedText,
  type OcopProduct,
  PAGE_KINDS,
  PLACE_KINDS,
  plaquePath,
} from '@heritage/contract'
import type { PageEntry, PageKind, Snapshot } from './data/snapshot'
import {
  DEFAULT_LOCALE,
  fallbackChain,
  LOCALES,
  type Locale,
  localePrefix,
  pick,
  publishedLocales,
  type Shown,
  type TranslationLocale,
  viOrEnglish,
} from './i18n/locales'

// Entry addresses and the kinds' names come from the contract's table, which the CMS also uses.
export { batchPath, entryPath, isPageKind, KIND_LABEL, KIND_SEGMENT, PAGE_KINDS, plaquePath }

/** The static pages' folders: Vietnamese's own, English's for every other locale (`/ko/map/`). */
export const STATIC_PAGES = {
  home: viOrEnglish('', ''),
  map: viOrEnglish('ban-do/', 'map/'),
  search: viOrEnglish('tim-kiem/', 'search/'),
  festivals: viOrEnglish('lich-le-hoi/', 'festivals/'),
  openData: viOrEnglish('du-lieu-mo/', 'open-data/'),
} as const satisfies Record<string, Record<Locale, string>>
export type StaticPage = keyof typeof STATIC_PAGES

export const staticPath = (page: StaticPage, locale: Locale): string =>
  `${localePrefix(locale)}${STATIC_PAGES[page][locale]}`
/** Entries per list page: a phone on a weak signal gets a page of cards, not a whole province. */
export const LIST_PAGE_SIZE = 48
export const PAGE_SEGMENT: Record<Locale, string> = viOrEnglish('trang', 'page')

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
/** Astro's name of a rendered page (its path without the first slash: `01/…/10/A~2FB/`), without the slashes around it. */
export const renderedFolder = (pathname: string): string => pathname.replace(/^\/+|\/+$/g, '')
/** The page path (`/01/…/10/A%2FB/`) of a page Astro names by its rendered path: `renderPath` undone. */
export const pagePathOf = (pathname: string): string => {
  const folder = renderedFolder(pathname)
  return folder ? `/${folder.replaceAll(STAND_IN_MARK, '%')}/` : '/'
}

/**
 * The map page's list of places, one page a commune (`/ban-do/xa/<id>/`, `/en/map/commune/<id>/`):
 * the map page itself links them, so its weight does not grow with the province.
 */
export const COMMUNE_SEGMENT: Record<Locale, string> = viOrEnglish('xa', 'commune')
export const mapCommunePath = (communeId: string, locale: Locale): string =>
  `${staticPath('map', locale)}${COMMUNE_SEGMENT[locale]}/${encodeURIComponent(communeId)}/`

export interface MapCommune {
  id: string
  name: LocalizedText
}
/** The communes of the located places, by id. */
export function mapCommunes(snapshot: Snapshot): MapCommune[] {
  const found = new Map<string, MapCommune>()
  for (const kind of PLACE_KINDS) {
    for (const entry of snapshot.byKind(kind) as PageEntry[]) {
      if (!('location' in entry) || !entry.location || !entry.commune) continue
      if (!found.has(entry.commune.id)) found.set(entry.commune.id, { id: entry.commune.id, name: entry.commune.name })
    }
  }
  return [...found.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

export type View =
  | { type: 'home' }
  | { type: 'map' }
  | { type: 'mapCommune'; commune: MapCommune }
  | { type: 'search' }
  | { type: 'festivals' }
  | { type: 'openData' }
  | { type: 'notFound' }
  | { type: 'list'; kind: PageKind; page: number; pages: number }
  | { type: 'entry'; entry: PageEntry; via: 'slug' | 'plaque' | 'gs1' }
  | { type: 'batch'; batch: Batch; product: OcopProduct; via: 'code' | 'gs1' }
  | { type: 'withdrawn'; kind: EntryKind; code: string }

/** The same page in each locale it exists in: Vietnamese always, the others where translated. */
export type Alternates = { vi: string } & Partial<Record<TranslationLocale, string>>

export interface Page {
  /** Path with leading and trailing slash. */
  path: string
  locale: Locale
  view: View
  /**
   * The same page in each locale where it exists, in the table's order (for an alias: the
   * canonical page in each). The language row and hreflang list these; `x-default` is `vi`.
   */
  alternates: Alternates
  /** The address search engines should index (QR and GS1 aliases point to the readable page). */
  canonical: string
}

/** An entry (or a batch, through its product) is translated into a locale; Vietnamese always. */
export const hasLocale = (entry: { translations: readonly TranslationLocale[] }, locale: Locale): boolean =>
  locale === DEFAULT_LOCALE || entry.translations.some((l) => l === locale)

/**
 * The locale of the page a link to this entry opens from a page in `locale`: the page's own if
 * the entry is translated into it, else English, else Vietnamese (`fallbackChain`).
 */
export const shownLocale = (entry: { translations: readonly TranslationLocale[] }, locale: Locale): Locale =>
  [locale, ...fallbackChain(locale)].find((l) => hasLocale(entry, l)) ?? DEFAULT_LOCALE

export interface EntryLink {
  href: string
  /** The entry's title, in the language of the page linked (marked when not the page's). */
  title: Shown
  /** Set when the entry is not translated into the page's language: the language linked instead. */
  untranslated?: Locale
}

/** A link to an entry's page from a page in `locale`, with the "not yet translated" case. */
export function entryLink(entry: PageEntry, locale: Locale): EntryLink {
  const shown = shownLocale(entry, locale)
  const title = pick(entry.title, shown) ?? { text: entry.title.vi, lang: DEFAULT_LOCALE }
  const href = entryPath(entry, shown)
  if (shown === locale) return { href, title }
  return { href, title: { text: title.text, lang: title.lang ?? shown }, untranslated: shown }
}

/** The locales a page about this entry exists in, among those the build publishes. */
const localesOf = (entry: { translations: readonly TranslationLocale[] }, published: readonly Locale[]) =>
  published.filter((l) => hasLocale(entry, l))

/** The paths of a page in each of these locales (Vietnamese always among them). */
function pathsIn(locales: readonly Locale[], make: (locale: Locale) => string): Alternates {
  const out: Alternates = { vi: make(DEFAULT_LOCALE) }
  for (const l of locales) if (l !== DEFAULT_LOCALE) out[l] = make(l)
  return out
}

/** The languages of a page, in the table's order, each with its path. */
export const alternateLinks = (alternates: Alternates): { locale: Locale; path: string }[] =>
  LOCALES.flatMap((locale) => {
    const path = alternates[locale]
    return path ? [{ locale, path }] : []
  })

export function allPages(snapshot: Snapshot): Page[] {
  const published = publishedLocales(snapshot.manifest)
  const pages: Page[] = []
  /**
   * A page in `locales`. An alias (QR plaque, label, GS1 link) names the pages it stands for as
   * its languages, not other aliases: hreflang must point at canonical pages.
   */
  const add = (
    view: View,
    locales: readonly Locale[],
    make: (l: Locale) => string,
    canonical?: (l: Locale) => string,
    at: readonly Locale[] = locales,
  ) => {
    const paths = pathsIn(locales, make)
    const alternates = canonical ? pathsIn(locales, canonical) : paths
    for (const locale of at) {
      const path = paths[locale]
      const canonicalPath = alternates[locale]
      if (path && canonicalPath) pages.push({ path, locale, view, alternates, canonical: canonicalPath })
    }
  }
  for (const page of Object.keys(STATIC_PAGES) as StaticPage[]) {
    add({ type: page } as View, published, (l) => staticPath(page, l))
  }
  for (const commune of mapCommunes(snapshot)) {
    add({ type: 'mapCommune', commune }, published, (l) => mapCommunePath(commune.id, l))
  }
  for (const kind of PAGE_KINDS) {
    const pages = listPages(snapshot.byKind(kind).length)
    for (let page = 1; page <= pages; page++) {
      add({ type: 'list', kind, page, pages }, published, (l) => listPath(kind, l, page))
    }
    for (const entry of snapshot.byKind(kind) as PageEntry[]) {
      const locales = localesOf(entry, published)
      add({ type: 'entry', entry, via: 'slug' }, locales, (l) => entryPath(entry, l))
      add(
        { type: 'entry', entry, via: 'plaque' },
        locales,
        (l) => plaquePath(entry.code, l),
        (l) => entryPath(entry, l),
      )
      if (entry.kind === 'ocop-products' && entry.gtin) {
        const gtin = entry.gtin
        add(
          { type: 'entry', entry, via: 'gs1' },
          locales,
          (l) => (l === DEFAULT_LOCALE ? gs1ProductPath(gtin) : entryPath(entry, l)),
          (l) => entryPath(entry, l),
          [DEFAULT_LOCALE],
        )
      }
    }
  }
  for (const batch of snapshot.byKind('batches')) {
    const product = snapshot.get({ kind: 'ocop-products', id: batch.product.id })
    if (!product) continue
    // A batch's page is in its product's languages: what a label shows is the product.
    const locales = localesOf(product, published)
    add({ type: 'batch', batch, product, via: 'code' }, locales, (l) => batchPath(batch, l))
    if (product.gtin) {
      const gtin = product.gtin
      add(
        { type: 'batch', batch, product, via: 'gs1' },
        locales,
        (l) => (l === DEFAULT_LOCALE ? gs1BatchPath(gtin, batch.lotCode) : batchPath(batch, l)),
        (l) => batchPath(batch, l),
        [DEFAULT_LOCALE],
      )
    }
  }
  // A printed code whose record left the site: its address says so, in every published language.
  // Codes are never reused (the CMS's registry), so this never hides a live entry; the check is a
  // safeguard. Not for search engines: canonical is the home page (so no sitemap line), and the
  // page is noindex.
  const live = new Set(snapshot.all.map((e) => e.code))
  for (const { code, kind } of snapshot.manifest.retiredCodes ?? []) {
    if (live.has(code)) continue
    const paths = pathsIn(published, (l) => (kind === 'batches' ? batchPath({ code }, l) : plaquePath(code, l)))
    for (const locale of published) {
      const path = paths[locale]
      if (!path) continue
      pages.push({
        path,
        locale,
        view: { type: 'withdrawn', kind, code },
        alternates: paths,
        canonical: staticPath('home', locale),
      })
    }
  }
  return pages
}
