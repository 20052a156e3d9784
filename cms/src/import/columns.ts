/**
 * What a column of an import is (its headers, where its value goes, how a cell is read), and the
 * columns several kinds share: names, slugs, communes, coordinates, decisions. The table of kinds
 * built from them is ./kinds.ts.
 */

import { type LabelledOption, slugify } from '@heritage/contract'
import type { CollectionSlug } from 'payload'
import { type CommuneIndex, resolveCommune } from '../adminUnits/resolve'
import type { Bilingual } from '../fields/message'
import type { Cell } from './sheet'
import {
  fail,
  ok,
  type Parsed,
  parseCoordinate,
  parseDate,
  parseDayOrPart,
  parseDecision,
  parseNumber,
  parseWholeNumber,
} from './values'

/** Records the file refers to by name: communes (current and former), producers, products. */
export interface Lookups {
  communes: CommuneIndex
  producers: Map<string, number | string>
  products: Map<string, number | string>
}

export interface Column {
  key: string
  /** Header in the template (Vietnamese, as offices write it). */
  header: string
  /** Other headers that mean the same column. */
  aliases?: string[]
  required?: boolean
  example: string
  /** What may be written, shown under the template's header and in the allowed-values sheet. */
  help?: Bilingual
  /** Where the value goes in the document (dot path); `null` for columns combined elsewhere. */
  path: string | null
  parse: (cell: Cell, lookups: Lookups) => Parsed<unknown>
  /** Localized field written in English rather than Vietnamese. */
  locale?: 'en'
  /**
   * A value a section row ("I. XÃ PHÙ ĐỔNG", "A. DI TÍCH CẤP QUỐC GIA") or a sheet's name can give
   * the rows below it, and that may be laid out as one column per choice marked with an "x".
   */
  section?: boolean
  /** Several choices at once (one column per choice: every marked one counts). */
  multiple?: boolean
  /** Read when a sheet has it, but not offered in the template (it repeats other columns). */
  template?: false
}

export interface ImportKind {
  collection: CollectionSlug
  label: Bilingual
  columns: Column[]
  /**
   * How a row finds the record it updates: the field looked up for every row at once, and the key
   * a row and a stored record share (the slug; lot + product for batches).
   */
  identity: { field: string; key: (data: Record<string, unknown>) => string | null }
}

/** A column whose key is also the field its value goes to, with no example unless said. */
export const column = (key: string, header: string, parse: Column['parse'], more: Partial<Column> = {}): Column => ({
  key,
  header,
  example: '',
  path: key,
  parse,
  ...more,
})

export const text: Column['parse'] = (cell) => ok(cell.text.trim())
export const number: Column['parse'] = (cell) => parseNumber(cell.text, cell.number)
export const wholeNumber: Column['parse'] = (cell) => parseWholeNumber(cell.text, cell.number)
export const day: Column['parse'] = (cell) => parseDate(cell.text, cell)
const coordinate: Column['parse'] = (cell) => parseCoordinate(cell.text, cell.number)
/** A parser of the cell's text alone (choices, URLs). */
export const ofText =
  (parse: (text: string) => Parsed<unknown>): Column['parse'] =>
  (cell) =>
    parse(cell.text)

/** Free-text columns keep whatever was typed, formulas included, as plain text. */
export const isTextColumn = (column: Column) => column.parse === text

export const allowedHelp = (options: readonly LabelledOption[]): Bilingual => ({
  vi: options.map((o) => o.label.vi).join('; '),
  en: options.map((o) => o.label.en).join('; '),
})

/** A choice a section row may give (or marked columns), with the allowed values as help. */
export const sectionChoice = (
  key: string,
  header: string,
  { options, parse }: { options: readonly LabelledOption[]; parse: (text: string) => Parsed<unknown> },
  more: Partial<Column>,
): Column => column(key, header, ofText(parse), { section: true, help: allowedHelp(options), ...more })

/**
 * A commune as lists write it: its current name, or a former commune's (with its district when
 * several had that name), resolved to the commune it is part of since 1 July 2025, and kept on the
 * entry as its former address. A former commune split between several new ones is never guessed.
 */
export const commune = column(
  'commune',
  'Xã / phường',
  (cell, lookups) => {
    const found = resolveCommune(lookups.communes, cell.text)
    switch (found.status) {
      case 'current':
        return ok(found.id)
      case 'former':
        return {
          value: found.id,
          also: { 'formerAddress.commune': found.formerCommune, 'formerAddress.district': found.formerDistrict },
          note: {
            vi: `"${cell.text}" là tên cũ (trước 1/7/2025): nay thuộc ${found.name}; tên cũ được giữ ở mục địa chỉ cũ.`,
            en: `"${cell.text}" is a former name (before 1 July 2025): now part of ${found.name}; the old name is kept as the former address.`,
          },
        }
      case 'split': {
        const names = found.candidates.map((c) => c.name).join(', ')
        return fail(
          `${found.formerCommune}${found.formerDistrict ? ` (${found.formerDistrict})` : ''} cũ nay được chia cho nhiều xã / phường: ${names}. Hãy ghi tên xã / phường mới nơi có mục này.`,
          `The former ${found.formerCommune}${found.formerDistrict ? ` (${found.formerDistrict})` : ''} was split between ${names}. Write the new commune this entry is in.`,
        )
      }
      case 'ambiguous': {
        const places = found.candidates.map((c) => `${c.district ?? '?'} → ${c.name}`).join('; ')
        return fail(
          `Có nhiều ${found.formerCommune} cũ ở các huyện khác nhau (${places}). Hãy ghi thêm huyện, ví dụ "${found.formerCommune}, ${found.candidates[0]?.district ?? 'huyện …'}", hoặc tên xã mới.`,
          `Several former communes were called ${found.formerCommune} (${places}). Add the district, or write the new commune.`,
        )
      }
      default:
        return fail(
          `Không có xã / phường "${cell.text}" trong danh mục đơn vị hành chính của tỉnh. Hãy ghi đúng tên xã (sau sắp xếp 2025) hoặc tên xã cũ kèm huyện.`,
          `There is no commune "${cell.text}" among the province's administrative units. Write the commune's current name, or its former name with the district.`,
        )
    }
  },
  {
    aliases: ['xã', 'phường', 'xã phường', 'địa bàn', 'đơn vị hành chính', 'xã, phường', 'xã, phường, thị trấn'],
    example: 'Xã Bát Tràng',
    section: true,
  },
)

export const title = (header: string, aliases: string[], example: string): Column =>
  column('title', header, text, { aliases: ['tên', 'tiêu đề', 'title', ...aliases], required: true, example })

export const titleEn = column('titleEn', 'Tên tiếng Anh', text, {
  aliases: ['english name', 'tên (tiếng anh)', 'title en'],
  path: 'title',
  locale: 'en',
})

export const slug = column(
  'slug',
  'Đường dẫn',
  (cell) => {
    const value = slugify(cell.text)
    return value ? ok(value) : fail(`Đường dẫn "${cell.text}" không hợp lệ.`, `"${cell.text}" is not a valid slug.`)
  },
  {
    aliases: ['slug', 'mã', 'đường dẫn (slug)'],
    help: { vi: 'Để trống: tự tạo từ tên.', en: 'Leave empty to make it from the name.' },
  },
)

export const summary = column('summary', 'Tóm tắt', text, { aliases: ['mô tả ngắn', 'giới thiệu', 'summary'] })

export const notes = column('internalNotes', 'Ghi chú nội bộ', text, {
  aliases: ['ghi chú', 'ghi chu noi bo', 'notes'],
  help: { vi: 'Không bao giờ công bố.', en: 'Never published.' },
})

const COORDINATE_HELP: Bilingual = {
  vi: 'Thập phân hoặc độ-phút-giây, ví dụ 21°01\'42.6"N',
  en: 'Decimal or degrees-minutes-seconds',
}

export const latitude = column('lat', 'Vĩ độ', coordinate, {
  aliases: ['latitude', 'lat', 'vĩ độ (n)'],
  example: '21.0285',
  help: COORDINATE_HELP,
  path: 'location.lat',
})

export const longitude = column('lng', 'Kinh độ', coordinate, {
  aliases: ['longitude', 'lng', 'lon', 'kinh độ (e)'],
  example: '105.8542',
  help: COORDINATE_HELP,
  path: 'location.lng',
})

/** Both coordinates in one cell: they fill in the location's latitude and longitude. */
export const coordinates = column(
  'coordinates',
  'Tọa độ',
  (cell) => {
    // "lat, lng", "lat; lng", or degrees-minutes-seconds with only a space after the hemisphere.
    const parts = cell.text
      .split(/[;,](?=\s*[-+\d])|\s{2,}|(?<=\d\s*["″']{0,2}\s*[NSns])\s+(?=\d)/)
      .map((p) => p.trim())
    const [latText, lngText] = parts
    if (parts.length !== 2 || latText === undefined || lngText === undefined) {
      return fail(
        `"${cell.text}": hãy ghi vĩ độ và kinh độ cách nhau bằng dấu phẩy, ví dụ "21.0285, 105.8542".`,
        `"${cell.text}": write latitude and longitude separated by a comma, e.g. "21.0285, 105.8542".`,
      )
    }
    const lat = parseCoordinate(latText)
    if ('error' in lat) return lat
    const lng = parseCoordinate(lngText)
    if ('error' in lng) return lng
    return {
      value: { lat: lat.value, lng: lng.value },
      also: { 'location.lat': lat.value, 'location.lng': lng.value },
    }
  },
  {
    aliases: ['toạ độ', 'tọa độ gps', 'vị trí', 'gps'],
    help: { vi: 'Vĩ độ, kinh độ trong một ô: "21.0285, 105.8542"', en: '"lat, lng" in one cell' },
    path: null,
  },
)

/** A decision's number, date and issuer, in columns of their own or in one cell. */
export const decision = (prefix: string, what: string): Column[] => [
  column(`${prefix}.number`, `Số quyết định ${what}`, text, {
    aliases: [`số qđ ${what}`, 'số quyết định', 'số qđ'],
  }),
  column(
    `${prefix}.date`,
    `Ngày quyết định ${what}`,
    (cell) => {
      const parsed = parseDayOrPart(cell.text, cell, true)
      if ('error' in parsed) return parsed
      const { date, precision } = parsed.value
      // A full date is the default: only a month or a year alone is marked.
      return { value: date, also: { [`${prefix}.datePrecision`]: precision === 'day' ? undefined : precision } }
    },
    {
      aliases: [`ngày qđ ${what}`, 'ngày quyết định', 'ngày ký', 'năm quyết định', `năm ${what}`],
      // A year alone is kept as a year (precision), never turned into an invented day.
      help: {
        vi: 'ngày/tháng/năm; tháng/năm hoặc chỉ năm nếu chỉ biết đến đó',
        en: 'day/month/year; month/year or the year alone when that is all that is known',
      },
    },
  ),
  column(`${prefix}.issuer`, 'Cơ quan ban hành', text, { aliases: ['cơ quan ra quyết định', 'nơi ban hành'] }),
  column(prefix, `Số, ngày quyết định ${what}`, ofText(parseDecision), {
    aliases: [
      'số, ngày quyết định',
      'số ngày quyết định',
      'số, ngày qđ',
      'số qđ, ngày ký',
      'số, ngày, cơ quan ban hành quyết định',
      `quyết định ${what}`,
      'quyết định',
    ],
    help: { vi: 'Ví dụ: QĐ số 1288/QĐ-BVHTT ngày 16/11/1988', en: 'E.g. QĐ số 1288/QĐ-BVHTT ngày 16/11/1988' },
    template: false,
  }),
]

/** Records found by their slug, or the slug their title makes. */
export const bySlug: ImportKind['identity'] = {
  field: 'slug',
  key: (data) => (typeof data.slug === 'string' ? data.slug : undefined) ?? (slugify(String(data.title ?? '')) || null),
}
