/**
 * The open data as a DCAT catalogue (DCAT-AP 3), /data/catalog.jsonld: what a national or
 * provincial open-data portal harvests. Everything in it comes from the open data itself
 * (`openData`): the files with their sizes, the dates, the bounding box, the languages; the names
 * from the interface strings, the licence from the schema.org Dataset's. The context is inline,
 * so that reading the catalogue fetches nothing.
 */
import { localeInfo, type Manifest } from '@heritage/contract'
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales'
import { strings, ui } from '../i18n/ui'
import { KIND_LABEL, PAGE_KINDS, staticPath } from '../routing'
import { DATA_LICENSE, datasetId } from './jsonld'
import { DATASET_DESCRIPTION, datasetTitle, type OpenData } from './opendata'

export const CATALOG_FILE = 'catalog.jsonld'
export const CATALOG_URL = `/data/${CATALOG_FILE}`

/** What the catalogue is: its dct:description, and the open-data page's line about it. */
export const CATALOG_DESCRIPTION = {
  vi: 'Danh mục dữ liệu mở của trang theo chuẩn DCAT-AP 3, để cổng dữ liệu mở quốc gia hoặc của tỉnh tự động thu thập: bộ dữ liệu, các tệp tải về, giấy phép, cơ quan công bố và ngày cập nhật.',
  en: 'The site’s open-data catalogue in DCAT-AP 3, for national or provincial open-data portals to harvest: the dataset, its downloads, licence, publisher and update dates.',
} as const

const EU = 'http://publications.europa.eu/resource/authority/'
/** The EU file-type vocabulary's code of each download. */
const FILE_TYPE: Record<OpenData['files'][number]['format'], string> = {
  csv: 'CSV',
  geojson: 'GEOJSON',
  jsonld: 'JSON_LD',
}
/** The specification a download follows, where one applies. */
const CONFORMS_TO: Partial<Record<OpenData['files'][number]['format'], string>> = {
  geojson: 'https://www.rfc-editor.org/rfc/rfc7946',
}

const CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  gsp: 'http://www.opengis.net/ont/geosparql#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
}

type Texts = { '@value': string; '@language': Locale }[]
/** A text in every given language that has one; none is made up for the others. */
const texts = (locales: readonly Locale[], text: (l: Locale) => string | undefined): Texts =>
  locales.flatMap((l) => {
    const value = text(l)
    return value ? [{ '@value': value, '@language': l }] : []
  })
/** A text written in some languages only (Vietnamese and English): the others have none. */
const only = (text: { vi: string; en: string }): Partial<Record<Locale, string>> => text
const iri = (id: string, type?: string) => (type ? { '@id': id, '@type': type } : { '@id': id })
const dateTime = (value: string | undefined) => value && { '@value': value, '@type': 'xsd:dateTime' }

/** `[south, west, north, east]` as a WKT polygon, longitude first (CRS84, GeoSPARQL's default). */
export const wktBox = ([south, west, north, east]: [number, number, number, number]): string =>
  `POLYGON((${west} ${south}, ${east} ${south}, ${east} ${north}, ${west} ${north}, ${west} ${south}))`

/**
 * The DCAT-AP 3 catalogue of the open data, as JSON-LD with its context inline. Its publisher is
 * the organisation the installation names (its name, e-mail and website), else the site by its
 * name; the contact point, on the catalogue and the dataset, is that organisation where it gives
 * an e-mail or a website.
 */
export function dcatCatalog(data: OpenData, site: URL, publisher?: Manifest['publisher']): Record<string, unknown> {
  const { locales } = data
  const page = (l: Locale) => new URL(staticPath('openData', l), site).href
  const modified = dateTime(data.updated)
  const licence = iri(DATA_LICENSE, 'dct:LicenseDocument')
  const publisherId = `${new URL('/', site).href}#publisher`
  const home = new URL('/', site).href
  const publisherName = (l: Locale) => publisher?.name[l] ?? (publisher?.name.vi ? undefined : ui(l, 'siteName'))
  const mailbox = publisher?.email && iri(`mailto:${publisher.email}`)
  const contactPoint = (publisher?.email || publisher?.website) && {
    '@type': 'vcard:Organization',
    'vcard:fn': texts(locales, publisherName),
    'vcard:hasEmail': mailbox,
    'vcard:hasURL': publisher?.website && iri(publisher.website),
  }
  const dataset = {
    '@id': datasetId(site),
    '@type': 'dcat:Dataset',
    'dct:identifier': datasetId(site),
    'dct:title': texts(locales, datasetTitle),
    'dct:description': texts(locales, (l) => only(DATASET_DESCRIPTION)[l]),
    // The kinds of entry it lists, in every language.
    'dcat:keyword': locales.flatMap((l) => PAGE_KINDS.flatMap((k) => texts([l], () => KIND_LABEL[k][l].many))),
    'dcat:theme': iri(`${EU}data-theme/EDUC`, 'skos:Concept'),
    'dct:spatial': data.box && {
      '@type': 'dct:Location',
      'dcat:bbox': { '@value': wktBox(data.box), '@type': 'gsp:wktLiteral' },
    },
    'dct:modified': modified,
    'dct:accrualPeriodicity': iri(`${EU}frequency/IRREG`, 'dct:Frequency'),
    'dct:language': languages(locales),
    'dct:publisher': iri(publisherId),
    'dcat:contactPoint': contactPoint,
    'dcat:landingPage': locales.map((l) => iri(page(l), 'foaf:Document')),
    // The data dictionary: every field of the files, its meaning, type and codes.
    'foaf:page': locales.map((l) => iri(`${page(l)}#dictionary`, 'foaf:Document')),
    'dcat:distribution': data.files.map((file) => {
      const url = new URL(file.url, site).href
      const spec = CONFORMS_TO[file.format]
      return {
        '@id': `${page(DEFAULT_LOCALE)}#distribution-${file.format}`,
        '@type': 'dcat:Distribution',
        'dct:title': file.name,
        'dct:description': texts(locales, (l) => strings(l).openDataPage.formats[file.format]),
        'dcat:accessURL': iri(url),
        'dcat:downloadURL': iri(url),
        'dcat:mediaType': iri(`https://www.iana.org/assignments/media-types/${file.encodingFormat}`, 'dct:MediaType'),
        'dct:format': iri(`${EU}file-type/${FILE_TYPE[file.format]}`, 'dct:MediaTypeOrExtent'),
        'dct:license': licence,
        'dcat:byteSize': { '@value': String(file.bytes), '@type': 'xsd:nonNegativeInteger' },
        'dct:modified': modified,
        'dct:conformsTo': spec && iri(spec, 'dct:Standard'),
      }
    }),
  }
  return withoutEmpty({
    '@context': CONTEXT,
    '@graph': [
      {
        '@id': `${page(DEFAULT_LOCALE)}#catalog`,
        '@type': 'dcat:Catalog',
        'dct:title': texts(locales, (l) => `${ui(l, 'siteName')}${strings(l).colon}${ui(l, 'openData')}`),
        'dct:description': texts(locales, (l) => only(CATALOG_DESCRIPTION)[l]),
        'dct:publisher': iri(publisherId),
        'dcat:contactPoint': contactPoint,
        'foaf:homepage': iri(home, 'foaf:Document'),
        'dct:language': languages(locales),
        'dct:license': licence,
        'dct:modified': modified,
        'dcat:themeTaxonomy': iri(`${EU}data-theme`, 'skos:ConceptScheme'),
        'dcat:dataset': dataset,
      },
      {
        '@id': publisherId,
        '@type': 'foaf:Agent',
        'foaf:name': texts(locales, publisherName),
        'foaf:mbox': mailbox,
        'foaf:homepage': iri(publisher?.website ?? home),
      },
    ],
  })
}

/** The EU language vocabulary's IRIs, once each (both Chinese scripts are one language). */
const languages = (locales: readonly Locale[]) =>
  [...new Set(locales.map((l) => localeInfo(l).iso639.toUpperCase()))].map((code) =>
    iri(`${EU}language/${code}`, 'dct:LinguisticSystem'),
  )

/** Properties without a value (unknown dates, no position) are left out, not written empty. */
function withoutEmpty<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutEmpty) as T
  if (value && typeof value === 'object') {
    const kept = Object.entries(value).flatMap(([key, v]) =>
      v === undefined || (Array.isArray(v) && v.length === 0) ? [] : [[key, withoutEmpty(v)]],
    )
    return Object.fromEntries(kept) as T
  }
  return value
}
