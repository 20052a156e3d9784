/**
 * The open data: every public entry as CSV (for Excel), GeoJSON (for maps) and a schema.org
 * graph. One table of fields feeds all three files and the data dictionary on the open-data
 * page, so a field cannot be in a file without being explained.
 */
import {
  ARTISAN_TITLES,
  csvCell as contractCsvCell,
  csvFile as contractCsvFile,
  INTANGIBLE_LIST_LEVELS,
  INTANGIBLE_TYPES_2024,
  type LabelledOption,
  OCOP_GROUPS,
  OCOP_STARS,
  PRODUCER_KINDS,
  RELIC_RANKS,
  RELIC_TYPES,
} from '@heritage/contract'
import type { PageEntry, PageKind, Snapshot } from '../data/snapshot'
import { DEFAULT_LOCALE, type Locale, languageName, localeInfo, pick, publishedLocales } from '../i18n/locales'
import { ui } from '../i18n/ui'
import { entryPath, hasLocale, KIND_LABEL, PAGE_KINDS } from '../routing'
import { type DatasetFile, datasetJsonLd, entriesGraph } from './jsonld'

type Value = string | number | string[] | undefined

export type FieldType = 'text' | 'code' | 'codes' | 'integer' | 'number' | 'url' | 'datetime'

export interface Field {
  name: string
  /** What the field means: Vietnamese and English (other locales show the English, marked). */
  meaning: { vi: string; en: string } & Partial<Record<Locale, string>>
  type: FieldType
  /** The codes the field may hold, with their labels. */
  values?: readonly LabelledOption[]
  /** A code's label in any locale, where the site has one (kinds); else the label's vi/en and glossary. */
  valueLabel?: (value: string, locale: Locale) => string | undefined
  /** The kinds of entry that have this field; all when absent. */
  kinds?: readonly PageKind[]
  /** Only in the CSV: GeoJSON carries the position as the feature's geometry. */
  csvOnly?: true
  value: (entry: PageEntry, context: Context) => Value
}

interface Context {
  site: URL
  resolve: Snapshot['resolve']
}

const KIND_VALUES: LabelledOption[] = PAGE_KINDS.map((kind) => ({
  value: kind,
  label: { vi: KIND_LABEL[kind].vi.one, en: KIND_LABEL[kind].en.one },
}))
const STAR_VALUES: LabelledOption[] = OCOP_STARS.map((s) => ({ value: s.value, label: s.label }))

const located = (entry: PageEntry) => ('location' in entry ? entry.location : undefined)
const commune = (entry: PageEntry) => ('commune' in entry ? entry.commune : undefined)

/** The fields before the texts: what identifies an entry. */
const HEAD: readonly Field[] = [
  {
    name: 'id',
    meaning: { vi: 'Số hiệu của mục, duy nhất trong cùng loại', en: 'Record number, unique within its kind' },
    type: 'text',
    value: (e) => e.id,
  },
  {
    name: 'kind',
    meaning: { vi: 'Loại mục', en: 'Kind of entry' },
    type: 'code',
    values: KIND_VALUES,
    valueLabel: (value, locale) => {
      const kind = PAGE_KINDS.find((k) => k === value)
      return kind && KIND_LABEL[kind][locale].one
    },
    value: (e) => e.kind,
  },
  {
    name: 'code',
    meaning: {
      vi: 'Mã ngắn in trên biển và nhãn QR; trang /p/MÃ/ dẫn tới mục này',
      en: 'Short code printed on QR plaques and labels; /p/CODE/ leads to this entry',
    },
    type: 'text',
    value: (e) => e.code,
  },
  {
    name: 'slug',
    meaning: { vi: 'Phần cuối, cố định, của địa chỉ trang', en: 'The stable last part of the page address' },
    type: 'text',
    value: (e) => e.slug,
  },
]

/** The fields after the names, summaries and pages: positions, classifications, dates. */
const REST: readonly Field[] = [
  {
    name: 'lat',
    meaning: { vi: 'Vĩ độ (WGS 84, độ thập phân)', en: 'Latitude (WGS 84, decimal degrees)' },
    type: 'number',
    csvOnly: true,
    value: (e) => located(e)?.lat,
  },
  {
    name: 'lng',
    meaning: { vi: 'Kinh độ (WGS 84, độ thập phân)', en: 'Longitude (WGS 84, decimal degrees)' },
    type: 'number',
    csvOnly: true,
    value: (e) => located(e)?.lng,
  },
  {
    name: 'commune',
    meaning: { vi: 'Xã, phường hoặc đặc khu (từ 1/7/2025)', en: 'Commune, ward or special zone (since 1 July 2025)' },
    type: 'text',
    value: (e) => commune(e)?.name.vi,
  },
  {
    name: 'province',
    meaning: { vi: 'Tỉnh hoặc thành phố', en: 'Province or city' },
    type: 'text',
    value: (e) => commune(e)?.province?.vi,
  },
  {
    name: 'former_district',
    meaning: {
      vi: 'Huyện, quận cũ (trước 1/7/2025), để đối chiếu địa chỉ cũ',
      en: 'Former district (before 1 July 2025), to match old addresses',
    },
    type: 'text',
    value: (e) => commune(e)?.formerDistrict,
  },
  {
    name: 'rank',
    meaning: { vi: 'Xếp hạng di tích', en: 'Relic rank' },
    type: 'code',
    values: RELIC_RANKS,
    kinds: ['relics'],
    value: (e) => (e.kind === 'relics' ? e.rank : undefined),
  },
  {
    name: 'types',
    meaning: { vi: 'Loại hình di tích (có thể nhiều)', en: 'Relic types (may be several)' },
    type: 'codes',
    values: RELIC_TYPES,
    kinds: ['relics'],
    value: (e) => (e.kind === 'relics' ? e.types : undefined),
  },
  {
    name: 'type',
    meaning: {
      vi: 'Loại hình di sản văn hóa phi vật thể (Luật Di sản văn hóa 2024)',
      en: 'Type of intangible heritage (Law on Cultural Heritage 2024)',
    },
    type: 'code',
    values: INTANGIBLE_TYPES_2024,
    kinds: ['intangible-heritage'],
    value: (e) => (e.kind === 'intangible-heritage' ? e.type : undefined),
  },
  {
    name: 'list_level',
    meaning: { vi: 'Cấp ghi danh', en: 'Where it is inscribed' },
    type: 'code',
    values: INTANGIBLE_LIST_LEVELS,
    kinds: ['intangible-heritage'],
    value: (e) => (e.kind === 'intangible-heritage' ? e.listLevel : undefined),
  },
  {
    name: 'inscription_year',
    meaning: { vi: 'Năm ghi danh', en: 'Year of inscription' },
    type: 'integer',
    kinds: ['intangible-heritage'],
    value: (e) => (e.kind === 'intangible-heritage' ? e.inscriptionYear : undefined),
  },
  {
    name: 'group',
    meaning: { vi: 'Nhóm sản phẩm OCOP', en: 'OCOP product group' },
    type: 'code',
    values: OCOP_GROUPS,
    kinds: ['ocop-products'],
    value: (e) => (e.kind === 'ocop-products' ? e.group : undefined),
  },
  {
    name: 'stars',
    meaning: { vi: 'Hạng OCOP (số sao)', en: 'OCOP rating (stars)' },
    type: 'integer',
    values: STAR_VALUES,
    kinds: ['ocop-products'],
    value: (e) => (e.kind === 'ocop-products' && e.stars ? Number(e.stars) : undefined),
  },
  {
    name: 'certificate_expires',
    meaning: {
      vi: 'Ngày hết hiệu lực của giấy chứng nhận OCOP (36 tháng kể từ ngày cấp)',
      en: 'When the OCOP certificate expires (36 months after issue)',
    },
    type: 'datetime',
    kinds: ['ocop-products'],
    value: (e) => (e.kind === 'ocop-products' ? e.certificate?.expiryDate : undefined),
  },
  {
    name: 'gtin',
    meaning: {
      vi: 'Mã GTIN-14 của sản phẩm. Khi mở bằng Excel, hãy đặt cột này là Văn bản để giữ số 0 ở đầu',
      en: 'The product’s GTIN-14. In Excel, import this column as Text to keep its leading zeros',
    },
    type: 'text',
    kinds: ['ocop-products'],
    value: (e) => (e.kind === 'ocop-products' ? e.gtin : undefined),
  },
  {
    name: 'producer_code',
    meaning: {
      vi: 'Mã (cột code) của chủ thể sản xuất sản phẩm, có dòng riêng với kind = producers',
      en: 'The code of the product’s producer, which has its own row with kind = producers',
    },
    type: 'text',
    kinds: ['ocop-products'],
    value: (e, c) => (e.kind === 'ocop-products' ? c.resolve(e.producer)?.code : undefined),
  },
  {
    name: 'producer_kind',
    meaning: { vi: 'Loại hình chủ thể OCOP', en: 'Kind of OCOP producer' },
    type: 'code',
    values: PRODUCER_KINDS,
    kinds: ['producers'],
    value: (e) => (e.kind === 'producers' ? e.producerKind : undefined),
  },
  {
    name: 'honour',
    meaning: { vi: 'Danh hiệu nghệ nhân', en: 'Artisan’s honour' },
    type: 'code',
    values: ARTISAN_TITLES,
    kinds: ['artisans'],
    value: (e) => (e.kind === 'artisans' ? e.honour : undefined),
  },
  {
    name: 'updated_at',
    meaning: { vi: 'Lần cập nhật cuối (ISO 8601)', en: 'Last updated (ISO 8601)' },
    type: 'datetime',
    value: (e) => e.updatedAt,
  },
]

/** "tiếng Hàn", "Korean": a language's name in Vietnamese and English, for the dictionary. */
const named = (l: Locale) => {
  const vi = languageName(l, 'vi')
  return { vi: vi.charAt(0).toLocaleLowerCase('vi') + vi.slice(1), en: localeInfo(l).english }
}
const pageUrl = (e: PageEntry, l: Locale, site: URL) =>
  hasLocale(e, l) ? new URL(entryPath(e, l), site).href : undefined

/**
 * Every field, for the languages the site publishes: a name and a summary per language, then
 * the entry's page per language (`url` the Vietnamese one; the others only where translated).
 */
export function fieldsFor(locales: readonly Locale[]): Field[] {
  const text = (what: 'title' | 'summary', vi: string, en: string): Field[] =>
    locales.map((l) => ({
      name: `${what}_${l}`,
      meaning: { vi: `${vi} (${named(l).vi})`, en: `${en} in ${named(l).en}` },
      type: 'text',
      value: (e: PageEntry) => e[what][l],
    }))
  const urls: Field[] = locales.map((l) =>
    l === DEFAULT_LOCALE
      ? {
          name: 'url',
          meaning: { vi: 'Trang của mục (tiếng Việt)', en: 'The entry’s page in Vietnamese' },
          type: 'url',
          value: (e, c) => pageUrl(e, l, c.site),
        }
      : {
          name: `url_${l}`,
          meaning: {
            vi: `Trang của mục (${named(l).vi}), nếu đã dịch`,
            en: `The entry’s page in ${named(l).en}, where translated`,
          },
          type: 'url',
          value: (e, c) => pageUrl(e, l, c.site),
        },
  )
  return [...HEAD, ...text('title', 'Tên', 'Name'), ...text('summary', 'Tóm tắt', 'Summary'), ...urls, ...REST]
}

/** The fields of a site in Vietnamese and English. */
export const FIELDS: readonly Field[] = fieldsFor([DEFAULT_LOCALE, 'en'])

/** Every public entry, kind by kind (batches are traceability records, not heritage: left out). */
export const openDataEntries = (data: Pick<Snapshot, 'byKind'>): PageEntry[] =>
  PAGE_KINDS.flatMap((kind) => data.byKind(kind) as PageEntry[])

/** One CSV cell (the contract's `csvCell`); a list is one cell, its values separated by `|`. */
export const csvCell = (value: Value): string => contractCsvCell(Array.isArray(value) ? value.join('|') : value)

/** A whole CSV file: a byte-order mark so that Excel reads UTF-8, then CRLF-terminated rows. */
export const csvFile = (rows: Value[][]): string => contractCsvFile(rows, csvCell)

export function heritageCsv(
  entries: PageEntry[],
  site: URL,
  resolve: Snapshot['resolve'],
  fields: readonly Field[] = FIELDS,
): string {
  const context = { site, resolve }
  return csvFile([fields.map((f) => f.name), ...entries.map((entry) => fields.map((f) => f.value(entry, context)))])
}

export interface Feature {
  type: 'Feature'
  id: string
  geometry: { type: 'Point'; coordinates: [number, number] }
  properties: Record<string, string | number | string[]>
}
export interface FeatureCollection {
  type: 'FeatureCollection'
  features: Feature[]
}

/** RFC 7946 GeoJSON: a point (longitude, latitude) for every entry that has a position. */
export function heritageGeoJson(
  entries: PageEntry[],
  site: URL,
  resolve: Snapshot['resolve'],
  fields: readonly Field[] = FIELDS,
): FeatureCollection {
  const context = { site, resolve }
  const features = entries.flatMap((entry): Feature[] => {
    const point = located(entry)
    if (!point) return []
    const properties: Feature['properties'] = {}
    for (const field of fields) {
      const value = field.csvOnly ? undefined : field.value(entry, context)
      if (value !== undefined) properties[field.name] = value
    }
    return [
      {
        type: 'Feature',
        id: `${entry.kind}/${entry.id}`,
        geometry: { type: 'Point', coordinates: [point.lng, point.lat] },
        properties,
      },
    ]
  })
  return { type: 'FeatureCollection', features }
}

/** [south, west, north, east] around every located entry. */
export function boundingBox(collection: FeatureCollection): [number, number, number, number] | undefined {
  if (collection.features.length === 0) return undefined
  const lngs = collection.features.map((f) => f.geometry.coordinates[0])
  const lats = collection.features.map((f) => f.geometry.coordinates[1])
  return [Math.min(...lats), Math.min(...lngs), Math.max(...lats), Math.max(...lngs)]
}

/** What the dataset is: the schema.org Dataset's and the DCAT catalogue's description. */
export const DATASET_DESCRIPTION = {
  vi: 'Danh mục công khai các di tích, di sản văn hóa phi vật thể, làng nghề, nghệ nhân, tuyến tham quan, sản phẩm và chủ thể OCOP do cơ quan văn hóa địa phương biên soạn: tên tiếng Việt và tiếng Anh, vị trí, xếp hạng, loại hình, hạng OCOP. Tải về dạng CSV, GeoJSON và JSON-LD (schema.org).',
  en: 'The public register of relics, intangible cultural heritage, craft villages, artisans, tourist routes, OCOP products and producers compiled by the local culture authorities: names in Vietnamese and English, positions, ranks, types and OCOP ratings. Downloadable as CSV, GeoJSON and JSON-LD (schema.org).',
}

/** The dataset's name in a language: the schema.org Dataset's and the DCAT dataset's title. */
export const datasetTitle = (locale: Locale): string => `${ui(locale, 'siteName')}: ${ui(locale, 'siteTagline')}`

export interface OpenData {
  entries: PageEntry[]
  /** The fields of the files, for the languages the site publishes (the data dictionary). */
  fields: readonly Field[]
  located: number
  /** When the newest entry was last updated (ISO 8601); none when there are no entries. */
  updated: string | undefined
  /** [south, west, north, east] around every located entry. */
  box: [number, number, number, number] | undefined
  /** The languages the site publishes, Vietnamese first. */
  locales: readonly Locale[]
  files: (DatasetFile & { format: 'csv' | 'geojson' | 'jsonld'; content: string })[]
  /** The Dataset node for the open-data page. */
  dataset(locale: Locale): Record<string, unknown>
}

const built = new WeakMap<object, Map<string, OpenData>>()

/**
 * The three downloads, built from the snapshot; the page lists them with their sizes. Built once
 * per snapshot and address: the open-data pages of both languages and the download files all
 * ask for them, and at 10,000 entries each build is seconds of work.
 */
export function openData(data: Pick<Snapshot, 'byKind' | 'resolve' | 'all' | 'manifest'>, site: URL): OpenData {
  const cache = built.get(data) ?? new Map<string, OpenData>()
  built.set(data, cache)
  const known = cache.get(site.href)
  if (known) return known
  const made = buildOpenData(data, site)
  cache.set(site.href, made)
  return made
}

function buildOpenData(data: Pick<Snapshot, 'byKind' | 'resolve' | 'all' | 'manifest'>, site: URL): OpenData {
  const entries = openDataEntries(data)
  const locales = publishedLocales(data.manifest)
  const fields = fieldsFor(locales)
  const collection = heritageGeoJson(entries, site, data.resolve, fields)
  const csv = heritageCsv(entries, site, data.resolve, fields)
  const geojson = JSON.stringify(collection)
  const updated = entries.map((e) => e.updatedAt).reduce<string | undefined>((a, b) => (a && a > b ? a : b), undefined)
  const box = boundingBox(collection)
  const info = (locale: Locale, files: DatasetFile[]) => ({
    name: datasetTitle(locale),
    description: pick(DATASET_DESCRIPTION, locale)?.text ?? DATASET_DESCRIPTION.vi,
    files,
    fields: fields.map((f) => ({ name: f.name, description: pick(f.meaning, locale)?.text ?? f.meaning.vi })),
    dateModified: updated,
    box,
    locales,
  })
  const file = (format: OpenData['files'][number]['format'], encodingFormat: string, content: string) => ({
    format,
    name: `heritage.${format}`,
    url: `/data/heritage.${format}`,
    encodingFormat,
    content,
    bytes: Buffer.byteLength(content),
  })
  const tables = [file('csv', 'text/csv', csv), file('geojson', 'application/geo+json', geojson)]
  // The graph describes itself too, without its own size, which is not known until it is written.
  const graphFile = { name: 'heritage.jsonld', url: '/data/heritage.jsonld', encodingFormat: 'application/ld+json' }
  const graph = entriesGraph(entries, site, datasetJsonLd('vi', site, info('vi', [...tables, graphFile])), data)
  const files = [...tables, file('jsonld', 'application/ld+json', JSON.stringify(graph))]
  return {
    entries,
    fields,
    located: collection.features.length,
    updated,
    box,
    locales,
    files,
    dataset: (locale) => datasetJsonLd(locale, site, info(locale, files)),
  }
}
