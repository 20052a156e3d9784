/**
 * The one table of entry kinds. Every list of kinds the CMS, the snapshot and the site use is
 * derived from it, in its order (the order of the snapshot's entries, the site's menus and lists):
 *
 * - `label`: one and many, in every locale (the site's; the admin's collections say the same in
 *   Vietnamese and English; the other locales' names are example translations, not yet reviewed);
 * - `segment`: the kind's folder in a page address per locale (`/di-tich/…`, `/en/relics/…`); a
 *   kind without one has no readable page of its own (a batch has a traceability page, `/t/CODE/`);
 * - `standalone`: an entry of its own in the admin, reviewed and published on its own (a batch is
 *   public while its product is);
 * - `place`: a place a visitor can go to, on the site's map (producers are left out on purpose:
 *   many are households, and their address is where a family lives, not a sight);
 * - `routeStop`: a tourist route can stop at it.
 */
import { LOCALES, type Locale } from './locales.ts'

export interface KindLabel {
  one: string
  many: string
}

interface KindRow {
  kind: string
  label: Record<Locale, KindLabel>
  /** Vietnamese and English; every other locale uses the English folder (`/ko/relics/…`). */
  segment?: { vi: string; en: string }
  standalone: boolean
  place: boolean
  routeStop: boolean
}

export const KINDS = [
  {
    kind: 'relics',
    label: {
      vi: { one: 'Di tích', many: 'Di tích' },
      en: { one: 'Relic', many: 'Relics' },
      ko: { one: '유적', many: '유적' },
      'zh-Hans': { one: '遗迹', many: '遗迹' },
      ja: { one: '史跡', many: '史跡' },
      'zh-Hant': { one: '遺跡', many: '遺跡' },
      fr: { one: 'Monument historique', many: 'Monuments historiques' },
      ru: { one: 'Памятник', many: 'Памятники' },
    },
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
      ko: { one: '무형유산', many: '무형유산' },
      'zh-Hans': { one: '非物质文化遗产', many: '非物质文化遗产' },
      ja: { one: '無形文化遺産', many: '無形文化遺産' },
      'zh-Hant': { one: '非物質文化遺產', many: '非物質文化遺產' },
      fr: { one: 'Patrimoine immatériel', many: 'Patrimoine immatériel' },
      ru: { one: 'Нематериальное наследие', many: 'Нематериальное наследие' },
    },
    segment: { vi: 'di-san-phi-vat-the', en: 'intangible-heritage' },
    standalone: true,
    place: true,
    routeStop: true,
  },
  {
    kind: 'craft-villages',
    label: {
      vi: { one: 'Làng nghề', many: 'Làng nghề' },
      en: { one: 'Craft village', many: 'Craft villages' },
      ko: { one: '공예 마을', many: '공예 마을' },
      'zh-Hans': { one: '手工艺村', many: '手工艺村' },
      ja: { one: '伝統工芸村', many: '伝統工芸村' },
      'zh-Hant': { one: '手工藝村', many: '手工藝村' },
      fr: { one: 'Village artisanal', many: 'Villages artisanaux' },
      ru: { one: 'Ремесленная деревня', many: 'Ремесленные деревни' },
    },
    segment: { vi: 'lang-nghe', en: 'craft-villages' },
    standalone: true,
    place: true,
    routeStop: true,
  },
  {
    kind: 'ocop-products',
    label: {
      vi: { one: 'Sản phẩm OCOP', many: 'Sản phẩm OCOP' },
      en: { one: 'OCOP product', many: 'OCOP products' },
      ko: { one: 'OCOP 상품', many: 'OCOP 상품' },
      'zh-Hans': { one: 'OCOP 产品', many: 'OCOP 产品' },
      ja: { one: 'OCOP 製品', many: 'OCOP 製品' },
      'zh-Hant': { one: 'OCOP 產品', many: 'OCOP 產品' },
      fr: { one: 'Produit OCOP', many: 'Produits OCOP' },
      ru: { one: 'Продукт OCOP', many: 'Продукты OCOP' },
    },
    segment: { vi: 'san-pham-ocop', en: 'ocop-products' },
    standalone: true,
    place: true,
    routeStop: true,
  },
  {
    kind: 'artisans',
    label: {
      vi: { one: 'Nghệ nhân', many: 'Nghệ nhân' },
      en: { one: 'Artisan', many: 'Artisans' },
      ko: { one: '장인', many: '장인' },
      'zh-Hans': { one: '工匠', many: '工匠' },
      ja: { one: '職人', many: '職人' },
      'zh-Hant': { one: '工匠', many: '工匠' },
      fr: { one: 'Artisan', many: 'Artisans' },
      ru: { one: 'Мастер', many: 'Мастера' },
    },
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
      ko: { one: '관광 코스', many: '관광 코스' },
      'zh-Hans': { one: '旅游路线', many: '旅游路线' },
      ja: { one: '観光ルート', many: '観光ルート' },
      'zh-Hant': { one: '旅遊路線', many: '旅遊路線' },
      fr: { one: 'Circuit', many: 'Circuits' },
      ru: { one: 'Маршрут', many: 'Маршруты' },
    },
    segment: { vi: 'tuyen-tham-quan', en: 'routes' },
    standalone: true,
    place: false,
    routeStop: false,
  },
  {
    kind: 'producers',
    label: {
      vi: { one: 'Chủ thể OCOP', many: 'Chủ thể OCOP' },
      en: { one: 'Producer', many: 'Producers' },
      ko: { one: '생산자', many: '생산자' },
      'zh-Hans': { one: '生产者', many: '生产者' },
      ja: { one: '生産者', many: '生産者' },
      'zh-Hant': { one: '生產者', many: '生產者' },
      fr: { one: 'Producteur', many: 'Producteurs' },
      ru: { one: 'Производитель', many: 'Производители' },
    },
    segment: { vi: 'chu-the-ocop', en: 'producers' },
    standalone: true,
    place: false,
    routeStop: false,
  },
  {
    kind: 'inscriptions',
    label: {
      vi: { one: 'Văn bia, sắc phong', many: 'Văn bia, sắc phong' },
      en: { one: 'Inscription', many: 'Inscriptions' },
      ko: { one: '비문·문서', many: '비문·문서' },
      'zh-Hans': { one: '碑文与敕封', many: '碑文与敕封' },
      ja: { one: '碑文・勅封', many: '碑文・勅封' },
      'zh-Hant': { one: '碑文與敕封', many: '碑文與敕封' },
      fr: { one: 'Inscription', many: 'Inscriptions' },
      ru: { one: 'Надпись', many: 'Надписи' },
    },
    segment: { vi: 'van-bia-sac-phong', en: 'inscriptions' },
    standalone: true,
    place: false,
    routeStop: false,
  },
  {
    kind: 'batches',
    label: {
      vi: { one: 'Lô sản xuất', many: 'Lô sản xuất' },
      en: { one: 'Batch', many: 'Batches' },
      ko: { one: '생산 로트', many: '생산 로트' },
      'zh-Hans': { one: '生产批次', many: '生产批次' },
      ja: { one: '生産ロット', many: '生産ロット' },
      'zh-Hant': { one: '生產批次', many: '生產批次' },
      fr: { one: 'Lot', many: 'Lots' },
      ru: { one: 'Партия', many: 'Партии' },
    },
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

/** A kind's folder in page addresses, per locale: Vietnamese its own, every other locale English's. */
export const KIND_SEGMENT = Object.fromEntries(
  KINDS.filter(hasPage).map((row) => [
    row.kind,
    Object.fromEntries(LOCALES.map((l) => [l, l === 'vi' ? row.segment.vi : row.segment.en])),
  ]),
) as Record<PageKind, Record<Locale, string>>
/** A kind's name, one and many, per locale. */
export const KIND_LABEL = Object.fromEntries(KINDS.map((row) => [row.kind, row.label])) as Record<
  EntryKind,
  Record<Locale, KindLabel>
>

/** The first segment of every kind's list address, in every locale (Vietnamese first), each once. */
export const listSegments = (locales: readonly Locale[]): string[] => [
  ...new Set(locales.flatMap((locale) => PAGE_KINDS.map((kind) => KIND_SEGMENT[kind][locale]))),
]
