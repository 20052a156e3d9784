/**
 * The one table of entry kinds. Every list of kinds the CMS, the snapshot and the site use is
 * derived from it, in its order (the order of the snapshot's entries, the site's menus and lists):
 *
 * - `label`: one and many, in Vietnamese and English (the site's; the admin's collections say the same);
 * - `segment`: the kind's folder in a page address per locale (`/di-tich/…`, `/en/relics/…`); a
 *   kind without one has no readable page of its own (a batch has a traceability page, `/t/CODE/`);
 * - `standalone`: an entry of its own in the admin, reviewed and published on its own (a batch is
 *   public while its product is);
 * - `place`: a place a visitor can go to, on the site's map (producers are left out on purpose:
 *   many are households, and their address is where a family lives, not a sight);
 * - `routeStop`: a tourist route can stop at it.
 */
import type { Locale } from './locales.ts'

export interface KindLabel {
  one: string
  many: string
}

interface KindRow {
  kind: string
  label: Record<Locale, KindLabel>
  segment?: Record<Locale, string>
  standalone: boolean
  place: boolean
  routeStop: boolean
}

export const KINDS = [
  {
    kind: 'relics',
    label: { vi: { one: 'Di tích', many: 'Di tích' }, en: { one: 'Relic', many: 'Relics' } },
    segment: { vi: 'di-tich', en: 'relics' },
    standalone: true,
    place: true,
    routeStop: true,
  },
  {
    kind: 'intangible-heritage',
    label: {
      vi: { one: 'Di sản phi vật thể', many: 'Di sản phi vật thể' },
      en: { one: 'Intangible heritage', many: 'Intangible heritage' },
    },
    segment: { vi: 'di-san-phi-vat-the', en: 'intangible-heritage' },
    standalone: true,
    place: true,
    routeStop: true,
  },
  {
    kind: 'craft-villages',
    label: { vi: { one: 'Làng nghề', many: 'Làng nghề' }, en: { one: 'Craft village', many: 'Craft villages' } },
    segment: { vi: 'lang-nghe', en: 'craft-villages' },
    standalone: true,
    place: true,
    routeStop: true,
  },
  {
    kind: 'ocop-products',
    label: { vi: { one: 'Sản phẩm OCOP', many: 'Sản phẩm OCOP' }, en: { one: 'OCOP product', many: 'OCOP products' } },
    segment: { vi: 'san-pham-ocop', en: 'ocop-products' },
    standalone: true,
    place: true,
    routeStop: true,
  },
  {
    kind: 'artisans',
    label: { vi: { one: 'Nghệ nhân', many: 'Nghệ nhân' }, en: { one: 'Artisan', many: 'Artisans' } },
    segment: { vi: 'nghe-nhan', en: 'artisans' },
    standalone: true,
    place: true,
    routeStop: true,
  },
  {
    kind: 'routes',
    label: {
      vi: { one: 'Tuyến tham quan', many: 'Tuyến tham quan' },
      en: { one: 'Tourist route', many: 'Tourist routes' },
    },
    segment: { vi: 'tuyen-tham-quan', en: 'routes' },
    standalone: true,
    place: false,
    routeStop: false,
  },
  {
    kind: 'producers',
    label: { vi: { one: 'Chủ thể OCOP', many: 'Chủ thể OCOP' }, en: { one: 'Producer', many: 'Producers' } },
    segment: { vi: 'chu-the-ocop', en: 'producers' },
    standalone: true,
    place: false,
    routeStop: false,
  },
  {
    kind: 'batches',
    label: { vi: { one: 'Lô sản xuất', many: 'Lô sản xuất' }, en: { one: 'Batch', many: 'Batches' } },
    standalone: false,
    place: false,
    routeStop: false,
  },
] as const satisfies readonly KindRow[]

type Row = (typeof KINDS)[number]
export type EntryKind = Row['kind']
/** Kinds with a page of their own under a readable address. */
export type PageKind = Extract<Row, { segment: object }>['kind']
export type StandaloneKind = Extract<Row, { standalone: true }>['kind']
export type PlaceKind = Extract<Row, { place: true }>['kind']
export type RouteStopKind = Extract<Row, { routeStop: true }>['kind']

type Flag = 'standalone' | 'place' | 'routeStop'
/** A guard for the rows where `flag` is set, so that the derived lists keep their narrow types. */
const flagged =
  <F extends Flag>(flag: F) =>
  (row: Row): row is Extract<Row, Record<F, true>> =>
    row[flag]
const hasPage = (row: Row): row is Extract<Row, { segment: object }> => 'segment' in row

/** Every kind of the snapshot, in the table's order. */
export const ENTRY_KINDS: readonly EntryKind[] = KINDS.map((row) => row.kind)
export const PAGE_KINDS: readonly PageKind[] = KINDS.filter(hasPage).map((row) => row.kind)
export const STANDALONE_KINDS: readonly StandaloneKind[] = KINDS.filter(flagged('standalone')).map((row) => row.kind)
export const PLACE_KINDS: readonly PlaceKind[] = KINDS.filter(flagged('place')).map((row) => row.kind)
/** Collections a tourist route can stop at. */
export const ROUTE_STOP_KINDS: readonly RouteStopKind[] = KINDS.filter(flagged('routeStop')).map((row) => row.kind)

export const isEntryKind = (value: unknown): value is EntryKind => ENTRY_KINDS.some((kind) => kind === value)
export const isPageKind = (kind: EntryKind): kind is PageKind => PAGE_KINDS.some((page) => page === kind)

/** A kind's folder in page addresses, per locale. */
export const KIND_SEGMENT = Object.fromEntries(KINDS.filter(hasPage).map((row) => [row.kind, row.segment])) as Record<
  PageKind,
  Record<Locale, string>
>
/** A kind's name, one and many, per locale. */
export const KIND_LABEL = Object.fromEntries(KINDS.map((row) => [row.kind, row.label])) as Record<
  EntryKind,
  Record<Locale, KindLabel>
>

/** The first segment of every kind's list address, in every locale (Vietnamese first). */
export const listSegments = (locales: readonly Locale[]): string[] =>
  locales.flatMap((locale) => PAGE_KINDS.map((kind) => KIND_SEGMENT[kind][locale]))
