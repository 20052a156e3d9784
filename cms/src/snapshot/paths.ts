/**
 * Where an entry lives on the public site. One table for the site's routes (site/src/routing.ts
 * builds every page from it) and for the CMS, which links an officer to the page of the entry just
 * published: a link the admin shows is the page the site built.
 *
 *   /di-tich/<slug>/ ↔ /en/relics/<slug>/       entry pages (slug: stable, readable)
 *   /p/<CODE>/       ↔ /en/p/<CODE>/            QR plaques: the entry itself
 *   /t/<CODE>/       ↔ /en/t/<CODE>/            batch traceability pages
 */
import type { EntryKind } from './schema.ts'

export const SITE_LOCALES = ['vi', 'en'] as const
export type SiteLocale = (typeof SITE_LOCALES)[number]
/** Entry kinds with a page of their own under a readable address (a batch has a traceability page). */
export type PageKind = Exclude<EntryKind, 'batches'>

/** Vietnamese lives at the root, English under /en/. */
export const localePrefix = (locale: SiteLocale): string => (locale === 'vi' ? '/' : '/en/')

export const KIND_SEGMENT: Record<PageKind, Record<SiteLocale, string>> = {
  relics: { vi: 'di-tich', en: 'relics' },
  'intangible-heritage': { vi: 'di-san-phi-vat-the', en: 'intangible-heritage' },
  'craft-villages': { vi: 'lang-nghe', en: 'craft-villages' },
  'ocop-products': { vi: 'san-pham-ocop', en: 'ocop-products' },
  artisans: { vi: 'nghe-nhan', en: 'artisans' },
  routes: { vi: 'tuyen-tham-quan', en: 'routes' },
  producers: { vi: 'chu-the-ocop', en: 'producers' },
}

/** A kind's list (its first page). */
export const kindPath = (kind: PageKind, locale: SiteLocale): string =>
  `${localePrefix(locale)}${KIND_SEGMENT[kind][locale]}/`
export const entryPath = (entry: { kind: PageKind; slug: string }, locale: SiteLocale): string =>
  `${kindPath(entry.kind, locale)}${entry.slug}/`
export const plaquePath = (code: string, locale: SiteLocale = 'vi'): string => `${localePrefix(locale)}p/${code}/`
export const batchPath = (batch: { code: string }, locale: SiteLocale = 'vi'): string =>
  `${localePrefix(locale)}t/${batch.code}/`

/** The page a visitor reads a snapshot entry on: its readable page, or a batch's traceability page. */
export const publicPagePath = (
  entry: { kind: PageKind; slug: string } | { kind: 'batches'; code: string },
  locale: SiteLocale,
): string => (entry.kind === 'batches' ? batchPath(entry, locale) : entryPath(entry, locale))
