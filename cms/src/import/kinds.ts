import type { CollectionSlug } from 'payload'
import { type CommuneIndex, resolveCommune } from '../adminUnits/resolve'
import {
  INTANGIBLE_LIST_LEVELS,
  INTANGIBLE_TYPE_2010_TO_2024,
  INTANGIBLE_TYPES_2010,
  INTANGIBLE_TYPES_2024,
  type LabelledOption,
  OCOP_GROUPS,
  OCOP_STARS,
  PRODUCER_KINDS,
  RELIC_RANKS,
  RELIC_TYPES,
  slugify,
} from '../domain'
import type { Bilingual } from '../fields/message'
import type { Cell } from './sheet'
import {
  choice,
  choices,
  fail,
  normalizeWords,
  ok,
  type Parsed,
  parseCoordinate,
  parseDate,
  parseDayOrPart,
  parseDecision,
  parseGtin,
  parseNumber,
  parseUrl,
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

const text: Column['parse'] = (cell) => ok(cell.text.trim())

/** Free-text columns keep whatever was typed, formulas included, as plain text. */
export const isTextColumn = (column: Column) => column.parse === text
const allowedHelp = (options: readonly LabelledOption[]): Bilingual => ({
  vi: options.map((o) => o.label.vi).join('; '),
  en: options.map((o) => o.label.en).join('; '),
})

/**
 * A commune as lists write it: its current name, or a former commune's (with its district when
 * several had that name), resolved to the commune it is part of since 1 July 2025, and kept on the
 * entry as its former address. A former commune split between several new ones is never guessed.
 */
const commune: Column = {
  key: 'commune',
  header: 'Xã / phường',
  aliases: ['xã', 'phường', 'xã phường', 'địa bàn', 'đơn vị hành chính', 'xã, phường', 'xã, phường, thị trấn'],
  example: 'Xã Bát Tràng',
  path: 'commune',
  section: true,
  parse: (cell, lookups) => {
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
}

const title = (header: string, aliases: string[], example: string): Column => ({
  key: 'title',
  header,
  aliases: ['tên', 'tiêu đề', 'title', ...aliases],
  required: true,
  example,
  path: 'title',
  parse: text,
})
const titleEn: Column = {
  key: 'titleEn',
  header: 'Tên tiếng Anh',
  aliases: ['english name', 'tên (tiếng anh)', 'title en'],
  example: '',
  path: 'title',
  locale: 'en',
  parse: text,
}
const slug: Column = {
  key: 'slug',
  header: 'Đường dẫn',
  aliases: ['slug', 'mã', 'đường dẫn (slug)'],
  example: '',
  help: { vi: 'Để trống: tự tạo từ tên.', en: 'Leave empty to make it from the name.' },
  path: 'slug',
  parse: (cell) => {
    const value = slugify(cell.text)
    return value ? ok(value) : fail(`Đường dẫn "${cell.text}" không hợp lệ.`, `"${cell.text}" is not a valid slug.`)
  },
}
const summary: Column = {
  key: 'summary',
  header: 'Tóm tắt',
  aliases: ['mô tả ngắn', 'giới thiệu', 'summary'],
  example: '',
  path: 'summary',
  parse: text,
}
const notes: Column = {
  key: 'internalNotes',
  header: 'Ghi chú nội bộ',
  aliases: ['ghi chú', 'ghi chu noi bo', 'notes'],
  example: '',
  help: { vi: 'Không bao giờ công bố.', en: 'Never published.' },
  path: 'internalNotes',
  parse: text,
}
const latitude: Column = {
  key: 'lat',
  header: 'Vĩ độ',
  aliases: ['latitude', 'lat', 'vĩ độ (n)'],
  example: '21.0285',
  help: { vi: 'Thập phân hoặc độ-phút-giây, ví dụ 21°01\'42.6"N', en: 'Decimal or degrees-minutes-seconds' },
  path: 'location.lat',
  parse: (cell) => parseCoordinate(cell.text, cell.number),
}
const longitude: Column = {
  key: 'lng',
  header: 'Kinh độ',
  aliases: ['longitude', 'lng', 'lon', 'kinh độ (e)'],
  example: '105.8542',
  help: latitude.help,
  path: 'location.lng',
  parse: (cell) => parseCoordinate(cell.text, cell.number),
}
const coordinates: Column = {
  key: 'coordinates',
  header: 'Tọa độ',
  aliases: ['toạ độ', 'tọa độ gps', 'vị trí', 'gps'],
  example: '',
  help: { vi: 'Vĩ độ, kinh độ trong một ô: "21.0285, 105.8542"', en: '"lat, lng" in one cell' },
  path: null,
  parse: (cell) => {
    // "lat, lng", "lat; lng", or degrees-minutes-seconds with only a space after the hemisphere.
    const parts = cell.text
      .split(/[;,](?=\s*[-+\d])|\s{2,}|(?<=\d\s*["″']{0,2}\s*[NSns])\s+(?=\d)/)
      .map((p) => p.trim())
    if (parts.length !== 2) {
      return fail(
        `"${cell.text}": hãy ghi vĩ độ và kinh độ cách nhau bằng dấu phẩy, ví dụ "21.0285, 105.8542".`,
        `"${cell.text}": write latitude and longitude separated by a comma, e.g. "21.0285, 105.8542".`,
      )
    }
    const lat = parseCoordinate(parts[0] as string)
    if ('error' in lat) return lat
    const lng = parseCoordinate(parts[1] as string)
    if ('error' in lng) return lng
    return ok({ lat: lat.value, lng: lng.value })
  },
}
const decision = (prefix: string, what: string): Column[] => [
  {
    key: `${prefix}.number`,
    header: `Số quyết định ${what}`,
    aliases: [`số qđ ${what}`, 'số quyết định', 'số qđ'],
    example: '',
    path: `${prefix}.number`,
    parse: text,
  },
  {
    key: `${prefix}.date`,
    header: `Ngày quyết định ${what}`,
    aliases: [`ngày qđ ${what}`, 'ngày quyết định', 'ngày ký', 'năm quyết định', `năm ${what}`],
    example: '',
    help: {
      vi: 'ngày/tháng/năm; tháng/năm hoặc chỉ năm nếu chỉ biết đến đó',
      en: 'day/month/year; month/year or the year alone when that is all that is known',
    },
    // A year alone is kept as a year (precision), never turned into an invented day.
    path: `${prefix}.date`,
    parse: (cell) => {
      const parsed = parseDayOrPart(cell.text, cell, true)
      if ('error' in parsed) return parsed
      const { date, precision } = parsed.value
      // A full date is the default: only a month or a year alone is marked.
      return { value: date, also: { [`${prefix}.datePrecision`]: precision === 'day' ? undefined : precision } }
    },
  },
  {
    key: `${prefix}.issuer`,
    header: 'Cơ quan ban hành',
    aliases: ['cơ quan ra quyết định', 'nơi ban hành'],
    example: '',
    path: `${prefix}.issuer`,
    parse: text,
  },
  {
    key: prefix,
    header: `Số, ngày quyết định ${what}`,
    aliases: [
      'số, ngày quyết định',
      'số ngày quyết định',
      'số, ngày qđ',
      'số qđ, ngày ký',
      'số, ngày, cơ quan ban hành quyết định',
      `quyết định ${what}`,
      'quyết định',
    ],
    example: '',
    help: { vi: 'Ví dụ: QĐ số 1288/QĐ-BVHTT ngày 16/11/1988', en: 'E.g. QĐ số 1288/QĐ-BVHTT ngày 16/11/1988' },
    path: prefix,
    parse: (cell) => parseDecision(cell.text),
    template: false,
  },
]

const bySlug: ImportKind['identity'] = {
  field: 'slug',
  key: (data) => (data.slug as string | undefined) ?? (slugify(String(data.title ?? '')) || null),
}

const rank = choice(RELIC_RANKS, {
  'Quốc gia đặc biệt': 'special-national',
  QGĐB: 'special-national',
  'Di tích QGĐB': 'special-national',
  'Cấp quốc gia': 'national',
  'Cấp QG': 'national',
  QG: 'national',
  'Cấp quốc gia đặc biệt': 'special-national',
  'Cấp QGĐB': 'special-national',
  'Cấp tỉnh, thành phố': 'provincial',
  'Cấp tỉnh/thành phố': 'provincial',
  'Quốc gia': 'national',
  'Di tích cấp quốc gia': 'national',
  'Cấp tỉnh': 'provincial',
  'Cấp TP': 'provincial',
  'Cấp thành phố': 'provincial',
  'Di tích cấp thành phố': 'provincial',
  Tỉnh: 'provincial',
  'Kiểm kê': 'inventoried',
  'Chưa xếp hạng': 'inventoried',
  'Danh mục kiểm kê': 'inventoried',
})
const relicType = choice(RELIC_TYPES, {
  'Lịch sử': 'historical',
  'Lịch sử văn hóa': 'historical',
  'Di tích lịch sử - văn hóa': 'historical',
  'Kiến trúc nghệ thuật': 'architectural-artistic',
  'Kiến trúc - nghệ thuật': 'architectural-artistic',
  'Khảo cổ': 'archaeological',
  'Khảo cổ học': 'archaeological',
  'Thắng cảnh': 'scenic-landscape',
  'Danh thắng': 'scenic-landscape',
  'Hỗn hợp': 'mixed',
})

const intangibleType = (() => {
  const synonyms: Record<string, (typeof INTANGIBLE_TYPES_2024)[number]['value']> = {}
  for (const old of INTANGIBLE_TYPES_2010) synonyms[old.label.vi] = INTANGIBLE_TYPE_2010_TO_2024[old.value]
  return choice(INTANGIBLE_TYPES_2024, { ...synonyms, 'Lễ hội': 'festivals' })
})()

export const IMPORT_KINDS = {
  relics: {
    collection: 'relics',
    label: { vi: 'Di tích', en: 'Relics' },
    identity: bySlug,
    columns: [
      title('Tên di tích', ['tên di tích', 'di tích'], 'Đình làng Ví Dụ'),
      titleEn,
      slug,
      {
        key: 'rank',
        header: 'Xếp hạng',
        aliases: ['cấp xếp hạng', 'cấp di tích', 'hạng', 'cấp độ xếp hạng', 'xếp hạng di tích'],
        required: true,
        section: true,
        example: 'Cấp tỉnh',
        help: allowedHelp(RELIC_RANKS),
        path: 'rank',
        parse: (cell) => rank(cell.text),
      },
      {
        key: 'types',
        header: 'Loại hình',
        aliases: ['loại hình di tích', 'loại'],
        required: true,
        section: true,
        multiple: true,
        example: 'Lịch sử; Kiến trúc nghệ thuật',
        help: allowedHelp(RELIC_TYPES),
        path: 'types',
        parse: (cell) => choices(relicType)(cell.text),
      },
      commune,
      latitude,
      longitude,
      coordinates,
      ...decision('rankingDecision', 'xếp hạng'),
      summary,
      notes,
    ],
  },
  'intangible-heritage': {
    collection: 'intangible-heritage',
    label: { vi: 'Di sản phi vật thể', en: 'Intangible heritage' },
    identity: bySlug,
    columns: [
      title('Tên di sản', ['tên di sản', 'di sản'], 'Lễ hội làng Ví Dụ'),
      titleEn,
      slug,
      {
        key: 'type',
        header: 'Loại hình',
        aliases: ['loại hình di sản'],
        required: true,
        section: true,
        example: 'Lễ hội truyền thống',
        help: allowedHelp(INTANGIBLE_TYPES_2024),
        path: 'type',
        parse: (cell) => intangibleType(cell.text),
      },
      {
        key: 'listLevel',
        header: 'Cấp ghi danh',
        aliases: ['danh mục', 'cấp danh mục'],
        section: true,
        example: 'Danh mục kiểm kê cấp tỉnh',
        help: allowedHelp(INTANGIBLE_LIST_LEVELS),
        path: 'listLevel',
        parse: (cell) => choice(INTANGIBLE_LIST_LEVELS)(cell.text),
      },
      {
        key: 'inscriptionYear',
        header: 'Năm ghi danh',
        example: '',
        path: 'inscriptionYear',
        parse: (cell) => parseWholeNumber(cell.text, cell.number),
      },
      summary,
      notes,
    ],
  },
  'craft-villages': {
    collection: 'craft-villages',
    label: { vi: 'Làng nghề', en: 'Craft villages' },
    identity: bySlug,
    columns: [
      title('Tên làng nghề', ['tên làng', 'làng nghề'], 'Làng nghề Ví Dụ'),
      titleEn,
      slug,
      {
        key: 'crafts',
        header: 'Nghề',
        aliases: ['nghề truyền thống', 'các nghề'],
        required: true,
        example: 'Gốm; Sơn mài',
        help: { vi: 'Nhiều nghề cách nhau bằng dấu ;', en: 'Several crafts separated by ;' },
        path: 'crafts',
        parse: (cell) => {
          const names = cell.text
            .split(/[;\n]/)
            .map((n) => n.trim())
            .filter(Boolean)
          return names.length
            ? ok(names.map((name) => ({ name })))
            : fail('Cần ít nhất một nghề.', 'At least one craft.')
        },
      },
      commune,
      latitude,
      longitude,
      coordinates,
      {
        key: 'households',
        header: 'Số hộ làm nghề',
        aliases: ['số hộ'],
        example: '',
        path: 'households',
        parse: (cell) => parseWholeNumber(cell.text, cell.number),
      },
      {
        key: 'workers',
        header: 'Số lao động',
        aliases: ['lao động'],
        example: '',
        path: 'workers',
        parse: (cell) => parseWholeNumber(cell.text, cell.number),
      },
      ...decision('recognitionDecision', 'công nhận'),
      summary,
      notes,
    ],
  },
  producers: {
    collection: 'producers',
    label: { vi: 'Chủ thể OCOP', en: 'OCOP producers' },
    identity: bySlug,
    columns: [
      title('Tên chủ thể', ['tên chủ thể', 'chủ thể', 'tên đơn vị'], 'Hợp tác xã Ví Dụ'),
      slug,
      {
        key: 'kind',
        header: 'Loại hình chủ thể',
        aliases: ['loại hình'],
        required: true,
        section: true,
        example: 'Hợp tác xã',
        help: allowedHelp(PRODUCER_KINDS),
        path: 'kind',
        parse: (cell) =>
          choice(PRODUCER_KINDS, {
            HTX: 'cooperative',
            'Công ty': 'enterprise',
            'Hộ kinh doanh': 'household',
            Hộ: 'household',
          })(cell.text),
      },
      commune,
      { key: 'address', header: 'Địa chỉ', example: '', path: 'address', parse: text },
      {
        key: 'website',
        header: 'Trang web',
        aliases: ['website'],
        example: '',
        path: 'website',
        parse: (c) => parseUrl(c.text),
      },
      { key: 'contact.person', header: 'Người đại diện', example: '', path: 'contact.person', parse: text },
      {
        key: 'contact.phone',
        header: 'Điện thoại',
        aliases: ['sđt', 'số điện thoại'],
        example: '',
        path: 'contact.phone',
        parse: text,
      },
      {
        key: 'contact.email',
        header: 'Thư điện tử',
        aliases: ['email'],
        example: '',
        path: 'contact.email',
        parse: text,
      },
      notes,
    ],
  },
  'ocop-products': {
    collection: 'ocop-products',
    label: { vi: 'Sản phẩm OCOP', en: 'OCOP products' },
    identity: bySlug,
    columns: [
      title('Tên sản phẩm', ['tên sản phẩm', 'sản phẩm'], 'Chè Ví Dụ'),
      titleEn,
      slug,
      {
        key: 'group',
        header: 'Nhóm sản phẩm',
        aliases: ['nhóm', 'bộ sản phẩm'],
        required: true,
        section: true,
        example: 'Đồ uống',
        help: allowedHelp(OCOP_GROUPS),
        path: 'group',
        parse: (cell) => choice(OCOP_GROUPS)(cell.text),
      },
      {
        key: 'producer',
        header: 'Chủ thể',
        aliases: ['chủ thể sản xuất', 'đơn vị sản xuất'],
        required: true,
        example: 'Hợp tác xã Ví Dụ',
        path: 'producer',
        parse: (cell, lookups) => {
          const id = lookups.producers.get(normalizeWords(cell.text))
          return id === undefined
            ? fail(
                `Chưa có chủ thể "${cell.text}". Hãy nhập danh sách chủ thể trước, hoặc ghi đúng tên như trong CMS.`,
                `There is no producer "${cell.text}". Import the producers first, or write the name as in the CMS.`,
              )
            : ok(id)
        },
      },
      {
        key: 'score',
        header: 'Điểm',
        aliases: ['điểm đánh giá', 'tổng điểm'],
        example: '75',
        path: 'score',
        parse: (cell) => {
          const n = parseNumber(cell.text, cell.number)
          if ('error' in n) return n
          return n.value >= 0 && n.value <= 100
            ? n
            : fail(`Điểm ${n.value} ngoài thang 0–100.`, `Score ${n.value} is outside 0–100.`)
        },
      },
      {
        key: 'stars',
        header: 'Hạng sao',
        aliases: ['số sao', 'sao'],
        example: '4 sao',
        help: allowedHelp(OCOP_STARS),
        path: 'stars',
        parse: (cell) =>
          choice(OCOP_STARS, { '3': '3', '4': '4', '5': '5', '3★': '3', '4★': '4', '5★': '5' })(cell.text),
      },
      {
        key: 'gtin',
        header: 'Mã GTIN',
        aliases: ['gtin', 'mã vạch', 'ean'],
        example: '',
        path: 'gtin',
        parse: (cell) => parseGtin(cell.text, cell.number),
      },
      commune,
      {
        key: 'certificate.number',
        header: 'Số quyết định công nhận OCOP',
        aliases: ['số giấy chứng nhận', 'số qđ ocop'],
        example: '',
        path: 'certificate.number',
        parse: text,
      },
      {
        key: 'certificate.issueDate',
        header: 'Ngày công nhận',
        aliases: ['ngày cấp', 'ngày chứng nhận'],
        example: '',
        help: { vi: 'ngày/tháng/năm', en: 'day/month/year' },
        path: 'certificate.issueDate',
        parse: (cell) => parseDate(cell.text, cell),
      },
      notes,
    ],
  },
  batches: {
    collection: 'batches',
    label: { vi: 'Lô sản xuất', en: 'Batches' },
    identity: {
      field: 'lotCode',
      key: (data) => (data.lotCode && data.product ? `${String(data.lotCode)}|${String(data.product)}` : null),
    },
    columns: [
      {
        key: 'lotCode',
        header: 'Số lô',
        aliases: ['lô', 'mã lô'],
        required: true,
        example: 'L2026-01',
        path: 'lotCode',
        parse: text,
      },
      {
        key: 'product',
        header: 'Sản phẩm',
        aliases: ['tên sản phẩm', 'gtin', 'mã gtin'],
        required: true,
        example: 'Chè Ví Dụ',
        help: { vi: 'Tên sản phẩm hoặc mã GTIN', en: 'Product name or GTIN' },
        path: 'product',
        parse: (cell, lookups) => {
          const gtin = /^\d{8,14}$/.test(cell.text.trim()) ? parseGtin(cell.text) : null
          const key = gtin && 'value' in gtin ? gtin.value : normalizeWords(cell.text)
          const id = lookups.products.get(key)
          return id === undefined
            ? fail(`Chưa có sản phẩm "${cell.text}" trong CMS.`, `There is no product "${cell.text}" in the CMS.`)
            : ok(id)
        },
      },
      {
        key: 'productionDate',
        header: 'Ngày sản xuất',
        aliases: ['nsx'],
        required: true,
        example: '05/03/2026',
        path: 'productionDate',
        parse: (cell) => parseDate(cell.text, cell),
      },
      {
        key: 'expiryDate',
        header: 'Hạn sử dụng',
        aliases: ['hsd'],
        example: '05/03/2027',
        path: 'expiryDate',
        parse: (cell) => parseDate(cell.text, cell),
      },
      {
        key: 'quantity.amount',
        header: 'Số lượng',
        example: '500',
        path: 'quantity.amount',
        parse: (cell) => parseNumber(cell.text, cell.number),
      },
      { key: 'quantity.unit', header: 'Đơn vị', example: 'hộp', path: 'quantity.unit', parse: text },
    ],
  },
} satisfies Record<string, ImportKind>

export type ImportKindName = keyof typeof IMPORT_KINDS
export const IMPORT_KIND_NAMES = Object.keys(IMPORT_KINDS) as ImportKindName[]
