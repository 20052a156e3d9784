/**
 * schema.org descriptions, one builder per page type: TouristAttraction +
 * LandmarksOrHistoricalBuildings for relics, Festival for traditional festivals (their next
 * dates, reckoned from the lunar calendar), Product with gtin14, hasGS1DigitalLink, manufacturer
 * and the OCOP certificate for products, SomeProducts for a production batch, and a Dataset for
 * the open data. Every node of an entry has one `@id` (its Vietnamese address), shared by both
 * languages, so the nodes on different pages join into one graph.
 */

import type {
  Batch,
  Commune,
  Image,
  IntangibleHeritage,
  LocalizedText,
  OcopProduct,
  OptionalText,
  Point,
} from '@heritage/contract'
import {
  ARTISAN_TITLES,
  INSCRIPTION_TYPES,
  INTANGIBLE_LIST_LEVELS,
  INTANGIBLE_TYPES_2024,
  labelOf,
  labelText,
  OCOP_CERTIFYING_LEVELS,
  OCOP_GROUPS,
  OCOP_STARS,
  RELIC_RANKS,
  RELIC_TYPES,
} from '@heritage/contract'
import { type PageEntry, type Snapshot, snapshot } from '../data/snapshot'
import { LOCALES, type Locale, text } from '../i18n/locales'
import { ui } from '../i18n/ui'
import { batchPath, entryLink, entryPath, gs1BatchPath, gs1ProductPath, isPageKind, staticPath } from '../routing'
import { buildDate } from './dates'
import { isoDay, nextOf, vietnamDate } from './festivals'

type Node = Record<string, unknown>
/** What the builders look up besides the entry itself: producers, festivals' relics, route stops. */
export type Related = Pick<Snapshot, 'resolve' | 'byKind'>

const CONTEXT = 'https://schema.org'
const L = {
  rank: { vi: 'Xếp hạng di tích', en: 'Relic rank' },
  type: { vi: 'Loại hình di tích', en: 'Relic type' },
  crafts: { vi: 'Nghề', en: 'Crafts' },
  lot: { vi: 'Số lô', en: 'Lot number' },
  certificate: { vi: 'Giấy chứng nhận sản phẩm OCOP', en: 'OCOP product certificate' },
  vietnam: { vi: 'Việt Nam', en: 'Vietnam' },
}

export const entryId = (entry: { kind: PageEntry['kind']; slug: string }, site: URL): string =>
  `${new URL(entryPath(entry, 'vi'), site).href}#${entry.kind}`

const imageUrl = (image: Image | undefined, site: URL) => {
  const jpeg = image?.versions.filter((v) => v.format === 'jpeg').at(-1)
  return jpeg ? new URL(`/media/${jpeg.file}`, site).href : undefined
}

const geo = (point: Point | undefined) =>
  point ? { '@type': 'GeoCoordinates', latitude: point.lat, longitude: point.lng } : undefined

const address = (commune: Commune | undefined, locale: Locale, street?: string) =>
  commune || street
    ? {
        '@type': 'PostalAddress',
        streetAddress: street,
        addressLocality: commune && text(commune.name, locale),
        addressRegion: commune?.province && text(commune.province, locale),
        addressCountry: 'VN',
      }
    : undefined

const property = (propertyID: string, name: string, value: string) => ({
  '@type': 'PropertyValue',
  propertyID,
  name,
  value,
})

/** A short reference to another entry's node: enough to read on its own, joined by `@id`. */
function reference(entry: PageEntry, locale: Locale, site: URL): Node {
  // The page a visitor reaches: the entry's own in this language, else English, else Vietnamese.
  const link = entryLink(entry, locale)
  return {
    '@type': TYPES[entry.kind],
    '@id': entryId(entry, site),
    name: link.title.text,
    url: new URL(link.href, site).href,
  }
}

const TYPES: Record<PageEntry['kind'], string | string[]> = {
  relics: ['TouristAttraction', 'LandmarksOrHistoricalBuildings'],
  'intangible-heritage': 'CreativeWork',
  'craft-villages': 'TouristAttraction',
  'ocop-products': 'Product',
  artisans: 'Person',
  routes: 'TouristTrip',
  producers: 'Organization',
  inscriptions: 'CreativeWork',
}

/** Without empty values (a relic without separate sites, a product without a GTIN). */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(compact).filter((v) => v !== undefined)
    return items.length > 0 ? items : undefined
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .map(([k, v]) => [k, compact(v)] as const)
      .filter(([, v]) => v !== undefined)
    return entries.length > 0 ? Object.fromEntries(entries) : undefined
  }
  return value === '' || value === null ? undefined : value
}

/** The description of an entry's page, in the page's language. */
export function entryJsonLd(
  entry: PageEntry,
  locale: Locale,
  site: URL,
  related: Related = snapshot(),
): Record<string, unknown> {
  return compact(describe(entry, locale, site, related)) as Node
}

function describe(entry: PageEntry, locale: Locale, site: URL, related: Related): Node {
  const node: Node = {
    '@context': CONTEXT,
    '@type': TYPES[entry.kind],
    '@id': entryId(entry, site),
    name: text(entry.title, locale),
    description: text(entry.summary, locale),
    url: new URL(entryPath(entry, locale), site).href,
    image: imageUrl(entry.gallery[0], site),
    identifier: entry.code,
  }
  const resolvePage = (ref: Parameters<Related['resolve']>[0]) => {
    const found = related.resolve(ref)
    return found && isPageKind(found.kind) ? (found as PageEntry) : undefined
  }
  switch (entry.kind) {
    case 'relics':
      return {
        ...node,
        geo: geo(entry.location),
        address: address(entry.commune, locale),
        additionalProperty: [
          property('rank', labelText(L.rank, locale), labelOf(RELIC_RANKS, entry.rank, locale)),
          ...entry.types.map((type) => property('type', labelText(L.type, locale), labelOf(RELIC_TYPES, type, locale))),
        ],
        containsPlace: entry.sites.map((place) => ({
          '@type': 'Place',
          name: text(place.name, locale),
          geo: geo(place.location),
          address: address(place.commune, locale),
        })),
        event: entry.festivals
          .map(resolvePage)
          .filter((f): f is IntangibleHeritage => f?.kind === 'intangible-heritage' && isFestival(f))
          .map((f) => ({ ...reference(f, locale, site), '@type': 'Festival' })),
      }
    case 'intangible-heritage':
      return isFestival(entry)
        ? { ...node, ...festival(entry, locale, site, related) }
        : { ...node, ...heritage(entry, locale) }
    case 'craft-villages':
      return {
        ...node,
        geo: geo(entry.location),
        address: address(entry.commune, locale),
        additionalProperty: entry.crafts.map((craft) =>
          property('craft', labelText(L.crafts, locale), text(craft, locale)),
        ),
      }
    case 'ocop-products': {
      const producer = resolvePage(entry.producer)
      return { ...node, ...product(entry, locale, site), manufacturer: producer && reference(producer, locale, site) }
    }
    case 'artisans': {
      const village = resolvePage(entry.craftVillage)
      return {
        ...node,
        image: imageUrl(entry.portrait ?? entry.gallery[0], site),
        award:
          entry.honour === 'none'
            ? undefined
            : [labelOf(ARTISAN_TITLES, entry.honour, locale), entry.honourYear].filter(Boolean).join(' '),
        birthDate: entry.birthYear ? String(entry.birthYear) : undefined,
        knowsAbout: entry.crafts.map((craft) => text(craft, locale)),
        workLocation: village && reference(village, locale, site),
      }
    }
    case 'routes':
      return {
        ...node,
        itinerary: {
          '@type': 'ItemList',
          itemListElement: entry.stops
            .map((stop) => resolvePage(stop.place))
            .filter((place): place is PageEntry => !!place)
            .map((place, i) => ({ '@type': 'ListItem', position: i + 1, item: reference(place, locale, site) })),
        },
      }
    case 'producers':
      return {
        ...node,
        address: address(entry.commune, locale, entry.address),
        location: entry.location && { '@type': 'Place', geo: geo(entry.location) },
        sameAs: entry.website,
      }
    case 'inscriptions': {
      const holder = resolvePage(entry.attachedTo)
      return {
        ...node,
        additionalType: labelOf(INSCRIPTION_TYPES, entry.inscriptionType, locale),
        dateCreated: entry.dating?.year !== undefined ? String(entry.dating.year) : undefined,
        inLanguage: 'vi-Hani',
        text: entry.lines.map((line) => line.original).join('\n'),
        // Kept at a relic (a place), or a document of an intangible heritage (a work).
        ...(holder?.kind === 'relics'
          ? { locationCreated: reference(holder, locale, site) }
          : { isPartOf: holder && reference(holder, locale, site) }),
      }
    }
  }
}

const isFestival = (entry: IntangibleHeritage) => entry.type === 'festivals' && entry.festivalDates.length > 0

/**
 * A traditional festival, held where its relics are. Its next dates are reckoned from the lunar
 * calendar as of the build (in Vietnam); a festival held at several times (often in different
 * places, told apart only by a note) lists each as a sub-event rather than claim one date.
 */
function festival(entry: IntangibleHeritage, locale: Locale, site: URL, related: Related): Node {
  const today = vietnamDate(buildDate())
  const dates = entry.festivalDates.map((date) => ({ ...nextOf(date, today), note: text(date.note, locale) }))
  const relics = related.byKind('relics').filter((r) => r.festivals.some((f) => f.id === entry.id))
  const places = relics.map((r) => ({
    ...reference(r, locale, site),
    geo: geo(r.location),
    address: address(r.commune, locale),
  }))
  const timing = (d: (typeof dates)[number]) => ({ startDate: isoDay(d.start), endDate: isoDay(d.end) })
  const [only] = dates
  return {
    '@type': 'Festival',
    ...(dates.length === 1 && only ? timing(only) : {}),
    subEvent:
      dates.length > 1
        ? dates.map((d) => ({ '@type': 'Event', name: d.note || text(entry.title, locale), ...timing(d) }))
        : undefined,
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled',
    location:
      places.length > 0
        ? places
        : {
            '@type': 'Place',
            name: text(entry.title, locale),
            geo: geo(entry.location),
            address: address(entry.commune, locale),
          },
  }
}

/** Other intangible heritage: a practice described, with its type, its listing and where it lives. */
function heritage(entry: IntangibleHeritage, locale: Locale): Node {
  return {
    inLanguage: locale,
    genre: labelOf(INTANGIBLE_TYPES_2024, entry.type, locale),
    award:
      entry.listLevel &&
      [labelOf(INTANGIBLE_LIST_LEVELS, entry.listLevel, locale), entry.inscriptionYear].filter(Boolean).join(' '),
    spatialCoverage:
      entry.location || entry.commune
        ? { '@type': 'Place', geo: geo(entry.location), address: address(entry.commune, locale) }
        : undefined,
  }
}

function product(entry: OcopProduct, locale: Locale, site: URL): Node {
  const stars = entry.stars && `OCOP ${labelOf(OCOP_STARS, entry.stars, locale)}`
  const cert = entry.certificate
  return {
    gtin14: entry.gtin,
    hasGS1DigitalLink: entry.gtin ? new URL(gs1ProductPath(entry.gtin), site).href : undefined,
    category: labelOf(OCOP_GROUPS, entry.group, locale),
    award: stars,
    hasCertification: cert && {
      '@type': 'Certification',
      name: labelText(L.certificate, locale),
      certificationIdentification: cert.number,
      issuedBy: cert.level && {
        '@type': 'Organization',
        name: labelOf(OCOP_CERTIFYING_LEVELS, cert.level, locale),
      },
      validFrom: cert.issueDate?.slice(0, 10),
      expires: cert.expiryDate?.slice(0, 10),
      certificationRating: entry.stars && {
        '@type': 'Rating',
        ratingValue: Number(entry.stars),
        worstRating: 3,
        bestRating: 5,
      },
    },
  }
}

/**
 * A production batch: some units of the product, made on one day, reached from the label's QR
 * code (its GS1 Digital Link when the product has a GTIN).
 */
export function batchJsonLd(
  batch: Batch,
  product: OcopProduct,
  site: URL,
  locale: Locale = 'vi',
  related: Related = snapshot(),
): Record<string, unknown> {
  const producer = related.resolve(product.producer)
  const amount = batch.quantity?.amount
  return compact({
    '@context': CONTEXT,
    '@type': 'SomeProducts',
    '@id': `${new URL(batchPath(batch), site).href}#batch`,
    name: `${text(product.title, locale)} · ${ui(locale, 'lot')} ${batch.lotCode}`,
    url: new URL(batchPath(batch, locale), site).href,
    identifier: property('lot', labelText(L.lot, locale), batch.lotCode),
    productionDate: batch.productionDate.slice(0, 10),
    gtin14: product.gtin,
    hasGS1DigitalLink: product.gtin ? new URL(gs1BatchPath(product.gtin, batch.lotCode), site).href : undefined,
    isRelatedTo: reference(product, locale, site),
    manufacturer: producer?.kind === 'producers' ? reference(producer, locale, site) : undefined,
    inventoryLevel:
      amount === undefined
        ? undefined
        : { '@type': 'QuantitativeValue', value: amount, unitText: text(batch.quantity?.unit, locale) },
  }) as Node
}

/**
 * The page itself, in its language. schema.org gives `inLanguage` to creative works, not to
 * places, products or people: the page (a WebPage) carries it, and names the entry it is about.
 */
export function webPageJsonLd(
  page: { canonical: string; locale: Locale },
  name: string,
  site: URL,
  about?: string,
): Record<string, unknown> {
  return compact({
    '@context': CONTEXT,
    '@type': 'WebPage',
    '@id': new URL(page.canonical, site).href,
    url: new URL(page.canonical, site).href,
    name,
    inLanguage: page.locale,
    isPartOf: { '@id': `${new URL('/', site).href}#website` },
    about: about && { '@id': about },
  }) as Node
}

/** For the home page: the site, and how to search it (the search page reads `?q=`). */
export function websiteJsonLd(locale: Locale, site: URL): Record<string, unknown> {
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    '@id': `${new URL('/', site).href}#website`,
    name: ui(locale, 'siteName'),
    description: ui(locale, 'siteTagline'),
    url: new URL(staticPath('home', locale), site).href,
    inLanguage: locale,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${new URL(staticPath('search', locale), site).href}?q={query}` },
      'query-input': 'required name=query',
    },
  }
}

export interface DatasetFile {
  url: string
  encodingFormat: string
  bytes?: number
  name: string
}
export interface DatasetInfo {
  name: string
  description: string
  files: DatasetFile[]
  /** The fields, as in the data dictionary. */
  fields: { name: string; description: string }[]
  dateModified: string | undefined
  /** The languages of the data: the locales the site publishes. */
  locales: Locale[]
  /** [south, west, north, east] of every located entry. */
  box: [number, number, number, number] | undefined
}

export const DATA_LICENSE = 'https://creativecommons.org/licenses/by/4.0/'

/** The open data's one dataset: the same IRI in the schema.org graph and the DCAT catalogue. */
export const datasetId = (site: URL): string => `${new URL(staticPath('openData', 'vi'), site).href}#dataset`

export function datasetJsonLd(locale: Locale, site: URL, info: DatasetInfo): Record<string, unknown> {
  return compact({
    '@context': CONTEXT,
    '@type': 'Dataset',
    '@id': datasetId(site),
    name: info.name,
    description: info.description,
    url: new URL(staticPath('openData', locale), site).href,
    inLanguage: info.locales,
    license: DATA_LICENSE,
    isAccessibleForFree: true,
    creator: { '@type': 'Organization', name: ui(locale, 'siteName'), url: new URL('/', site).href },
    dateModified: info.dateModified,
    spatialCoverage: {
      '@type': 'Place',
      name: labelText(L.vietnam, locale),
      geo: info.box && { '@type': 'GeoShape', box: info.box.join(' ') },
    },
    variableMeasured: info.fields.map((f) => ({ '@type': 'PropertyValue', name: f.name, description: f.description })),
    distribution: info.files.map((file) => ({
      '@type': 'DataDownload',
      name: file.name,
      contentUrl: new URL(file.url, site).href,
      encodingFormat: file.encodingFormat,
      contentSize: file.bytes === undefined ? undefined : `${file.bytes} B`,
    })),
  }) as Node
}

/** A value in both languages, for nodes that are not tied to one page (the open-data graph). */
const bilingual = (value: LocalizedText | OptionalText) =>
  LOCALES.filter((l) => value[l]).map((l) => ({ '@value': value[l], '@language': l }))

/** Every entry as one schema.org graph, names and descriptions in both languages. */
export function entriesGraph(entries: PageEntry[], site: URL, dataset: Node, related: Related = snapshot()): Node {
  // One context for the whole graph; the nodes' own are dropped.
  const inGraph = (node: Node): Node => ({ ...node, '@context': undefined })
  return {
    '@context': CONTEXT,
    '@graph': [
      inGraph(dataset),
      ...entries.map((entry) => {
        return {
          ...inGraph(entryJsonLd(entry, 'vi', site, related)),
          name: bilingual(entry.title),
          description: compact(bilingual(entry.summary)),
          // Written in both languages, not one.
          inLanguage: undefined,
        }
      }),
    ],
  }
}
