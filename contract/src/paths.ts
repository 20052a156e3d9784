/**
 * Where an entry lives on the public site. One table for the site's routes (site/src/routing.ts
 * builds every page from it) and for the CMS, which links an officer to the page of the entry just
 * published: a link the admin shows is the page the site built.
 *
 *   /di-tich/<slug>/ ↔ /en/relics/<slug>/       entry pages (slug: stable, readable)
 *   /p/<CODE>/       ↔ /en/p/<CODE>/            QR plaques: the entry itself
 *   /t/<CODE>/       ↔ /en/t/<CODE>/            batch traceability pages
 */
import { KIND_SEGMENT, type PageKind } from './kinds.ts'
import { localePrefix, type SiteLocale } from './locales.ts'

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
