/**
 * The kinds of records a spreadsheet can be imported into, each with its columns (./columns.ts
 * holds what a column is and the ones several kinds share).
 */
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
} from '@heritage/contract'
import {
  allowedHelp,
  bySlug,
  type Column,
  column,
  commune,
  coordinates,
  day,
  decision,
  type ImportKind,
  latitude,
  longitude,
  notes,
  number,
  ofText,
  slug,
  summary,
  text,
  title,
  titleEn,
  wholeNumber,
} from './columns'
import { choice, choices, fail, normalizeWords, ok, type Parsed, parseGtin, parseNumber, parseUrl } from './values'

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

const producerKind = choice(PRODUCER_KINDS, {
  HTX: 'cooperative',
  'Công ty': 'enterprise',
  'Hộ kinh doanh': 'household',
  Hộ: 'household',
})

const stars = choice(OCOP_STARS, { '3': '3', '4': '4', '5': '5', '3★': '3', '4★': '4', '5★': '5' })

/** The kinds a spreadsheet can be imported into, in the order the admin offers them. */
export const IMPORT_KIND_NAMES = [
  'relics',
  'intangible-heritage',
  'craft-villages',
  'producers',
  'ocop-products',
  'batches',
] as const
export type ImportKindName = (typeof IMPORT_KIND_NAMES)[number]

export const isImportKindName = (value: string): value is ImportKindName =>
  IMPORT_KIND_NAMES.some((name) => name === value)

/** A kind found by its slug, whose rows start with its name (and English name) and its slug. */
const namedKind = (
  collection: ImportKind['collection'],
  label: ImportKind['label'],
  name: Column,
  columns: Column[],
  english = true,
): ImportKind => ({
  collection,
  label,
  identity: bySlug,
  columns: [name, ...(english ? [titleEn] : []), slug, ...columns],
})

/** A choice a section row may give (or marked columns), with the allowed values as help. */
const sectionChoice = (
  key: string,
  header: string,
  options: readonly LabelledOption[],
  parse: (text: string) => Parsed<unknown>,
  more: Partial<Column>,
): Column => column(key, header, ofText(parse), { section: true, help: allowedHelp(options), ...more })

export const IMPORT_KINDS: Record<ImportKindName, ImportKind> = {
  relics: namedKind(
    'relics',
    { vi: 'Di tích', en: 'Relics' },
    title('Tên di tích', ['tên di tích', 'di tích'], 'Đình làng Ví Dụ'),
    [
      sectionChoice('rank', 'Xếp hạng', RELIC_RANKS, rank, {
        aliases: ['cấp xếp hạng', 'cấp di tích', 'hạng', 'cấp độ xếp hạng', 'xếp hạng di tích'],
        required: true,
        example: 'Cấp tỉnh',
      }),
      sectionChoice('types', 'Loại hình', RELIC_TYPES, choices(relicType), {
        aliases: ['loại hình di tích', 'loại'],
        required: true,
        multiple: true,
        example: 'Lịch sử; Kiến trúc nghệ thuật',
      }),
      commune,
      latitude,
      longitude,
      coordinates,
      ...decision('rankingDecision', 'xếp hạng'),
      summary,
      notes,
    ],
  ),
  'intangible-heritage': namedKind(
    'intangible-heritage',
    { vi: 'Di sản phi vật thể', en: 'Intangible heritage' },
    title('Tên di sản', ['tên di sản', 'di sản'], 'Lễ hội làng Ví Dụ'),
    [
      sectionChoice('type', 'Loại hình', INTANGIBLE_TYPES_2024, intangibleType, {
        aliases: ['loại hình di sản'],
        required: true,
        example: 'Lễ hội truyền thống',
      }),
      sectionChoice('listLevel', 'Cấp ghi danh', INTANGIBLE_LIST_LEVELS, choice(INTANGIBLE_LIST_LEVELS), {
        aliases: ['danh mục', 'cấp danh mục'],
        example: 'Danh mục kiểm kê cấp tỉnh',
      }),
      column('inscriptionYear', 'Năm ghi danh', wholeNumber),
      summary,
      notes,
    ],
  ),
  'craft-villages': namedKind(
    'craft-villages',
    { vi: 'Làng nghề', en: 'Craft villages' },
    title('Tên làng nghề', ['tên làng', 'làng nghề'], 'Làng nghề Ví Dụ'),
    [
      column(
        'crafts',
        'Nghề',
        (cell) => {
          const names = cell.text
            .split(/[;\n]/)
            .map((n) => n.trim())
            .filter(Boolean)
          return names.length
            ? ok(names.map((name) => ({ name })))
            : fail('Cần ít nhất một nghề.', 'At least one craft.')
        },
        {
          aliases: ['nghề truyền thống', 'các nghề'],
          required: true,
          example: 'Gốm; Sơn mài',
          help: { vi: 'Nhiều nghề cách nhau bằng dấu ;', en: 'Several crafts separated by ;' },
        },
      ),
      commune,
      latitude,
      longitude,
      coordinates,
      column('households', 'Số hộ làm nghề', wholeNumber, { aliases: ['số hộ'] }),
      column('workers', 'Số lao động', wholeNumber, { aliases: ['lao động'] }),
      ...decision('recognitionDecision', 'công nhận'),
      summary,
      notes,
    ],
  ),
  producers: namedKind(
    'producers',
    { vi: 'Chủ thể OCOP', en: 'OCOP producers' },
    title('Tên chủ thể', ['tên chủ thể', 'chủ thể', 'tên đơn vị'], 'Hợp tác xã Ví Dụ'),
    [
      sectionChoice('kind', 'Loại hình chủ thể', PRODUCER_KINDS, producerKind, {
        aliases: ['loại hình'],
        required: true,
        example: 'Hợp tác xã',
      }),
      commune,
      column('address', 'Địa chỉ', text),
      column('website', 'Trang web', ofText(parseUrl), { aliases: ['website'] }),
      column('contact.person', 'Người đại diện', text),
      column('contact.phone', 'Điện thoại', text, { aliases: ['sđt', 'số điện thoại'] }),
      column('contact.email', 'Thư điện tử', text, { aliases: ['email'] }),
      notes,
    ],
    false,
  ),
  'ocop-products': namedKind(
    'ocop-products',
    { vi: 'Sản phẩm OCOP', en: 'OCOP products' },
    title('Tên sản phẩm', ['tên sản phẩm', 'sản phẩm'], 'Chè Ví Dụ'),
    [
      sectionChoice('group', 'Nhóm sản phẩm', OCOP_GROUPS, choice(OCOP_GROUPS), {
        aliases: ['nhóm', 'bộ sản phẩm'],
        required: true,
        example: 'Đồ uống',
      }),
      column(
        'producer',
        'Chủ thể',
        (cell, lookups) => {
          const id = lookups.producers.get(normalizeWords(cell.text))
          return id === undefined
            ? fail(
                `Chưa có chủ thể "${cell.text}". Hãy nhập danh sách chủ thể trước, hoặc ghi đúng tên như trong CMS.`,
                `There is no producer "${cell.text}". Import the producers first, or write the name as in the CMS.`,
              )
            : ok(id)
        },
        { aliases: ['chủ thể sản xuất', 'đơn vị sản xuất'], required: true, example: 'Hợp tác xã Ví Dụ' },
      ),
      column(
        'score',
        'Điểm',
        (cell) => {
          const n = parseNumber(cell.text, cell.number)
          if ('error' in n) return n
          return n.value >= 0 && n.value <= 100
            ? n
            : fail(`Điểm ${n.value} ngoài thang 0–100.`, `Score ${n.value} is outside 0–100.`)
        },
        { aliases: ['điểm đánh giá', 'tổng điểm'], example: '75' },
      ),
      column('stars', 'Hạng sao', ofText(stars), {
        aliases: ['số sao', 'sao'],
        example: '4 sao',
        help: allowedHelp(OCOP_STARS),
      }),
      column('gtin', 'Mã GTIN', (cell) => parseGtin(cell.text, cell.number), { aliases: ['gtin', 'mã vạch', 'ean'] }),
      commune,
      column('certificate.number', 'Số quyết định công nhận OCOP', text, {
        aliases: ['số giấy chứng nhận', 'số qđ ocop'],
      }),
      column('certificate.issueDate', 'Ngày công nhận', day, {
        aliases: ['ngày cấp', 'ngày chứng nhận'],
        help: { vi: 'ngày/tháng/năm', en: 'day/month/year' },
      }),
      notes,
    ],
  ),
  batches: {
    collection: 'batches',
    label: { vi: 'Lô sản xuất', en: 'Batches' },
    identity: {
      field: 'lotCode',
      key: (data) => (data.lotCode && data.product ? `${String(data.lotCode)}|${String(data.product)}` : null),
    },
    columns: [
      column('lotCode', 'Số lô', text, { aliases: ['lô', 'mã lô'], required: true, example: 'L2026-01' }),
      column(
        'product',
        'Sản phẩm',
        (cell, lookups) => {
          const gtin = /^\d{8,14}$/.test(cell.text.trim()) ? parseGtin(cell.text) : null
          const key = gtin && 'value' in gtin ? gtin.value : normalizeWords(cell.text)
          const id = lookups.products.get(key)
          return id === undefined
            ? fail(`Chưa có sản phẩm "${cell.text}" trong CMS.`, `There is no product "${cell.text}" in the CMS.`)
            : ok(id)
        },
        {
          aliases: ['tên sản phẩm', 'gtin', 'mã gtin'],
          required: true,
          example: 'Chè Ví Dụ',
          help: { vi: 'Tên sản phẩm hoặc mã GTIN', en: 'Product name or GTIN' },
        },
      ),
      column('productionDate', 'Ngày sản xuất', day, { aliases: ['nsx'], required: true, example: '05/03/2026' }),
      column('expiryDate', 'Hạn sử dụng', day, { aliases: ['hsd'], example: '05/03/2027' }),
      column('quantity.amount', 'Số lượng', number, { example: '500' }),
      column('quantity.unit', 'Đơn vị', text, { example: 'hộp' }),
    ],
  },
}
