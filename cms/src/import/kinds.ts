/**
 * The kinds of records a spreadsheet can be imported into, each with its columns (./columns.ts
 * holds what a column is and the ones several kinds share).
 */
import { INTANGIBLE_LIST_LEVELS, KIND_LABEL, OCOP_GROUPS } from '@heritage/contract'
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
  sectionChoice,
  slug,
  summary,
  text,
  title,
  titleEn,
  wholeNumber,
} from './columns'
import { enumeration, intangibleType, producerKind, rank, relicType, stars } from './enumerations'
import { choices, fail, normalizeWords, ok, parseGtin, parseNumber, parseUrl } from './values'

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

/**
 * A kind found by its slug, whose rows start with its name (and English name) and its slug. Its
 * label is the contract's kind table's name for many, unless the import names it otherwise.
 */
const namedKind = (
  collection: Exclude<ImportKindName, 'batches'>,
  name: Column,
  columns: Column[],
  { english = true, label }: { english?: boolean; label?: ImportKind['label'] } = {},
): ImportKind => ({
  collection,
  label: label ?? { vi: KIND_LABEL[collection].vi.many, en: KIND_LABEL[collection].en.many },
  identity: bySlug,
  columns: [name, ...(english ? [titleEn] : []), slug, ...columns],
})

export const IMPORT_KINDS: Record<ImportKindName, ImportKind> = {
  relics: namedKind('relics', title('Tên di tích', ['tên di tích', 'di tích'], 'Đình làng Ví Dụ'), [
    sectionChoice('rank', 'Xếp hạng', rank, {
      aliases: ['cấp xếp hạng', 'cấp di tích', 'hạng', 'cấp độ xếp hạng', 'xếp hạng di tích'],
      required: true,
      example: 'Cấp tỉnh',
    }),
    sectionChoice(
      'types',
      'Loại hình',
      { ...relicType, parse: choices(relicType.parse) },
      {
        aliases: ['loại hình di tích', 'loại'],
        required: true,
        multiple: true,
        example: 'Lịch sử; Kiến trúc nghệ thuật',
      },
    ),
    commune,
    latitude,
    longitude,
    coordinates,
    ...decision('rankingDecision', 'xếp hạng'),
    summary,
    notes,
  ]),
  'intangible-heritage': namedKind(
    'intangible-heritage',
    title('Tên di sản', ['tên di sản', 'di sản'], 'Lễ hội làng Ví Dụ'),
    [
      sectionChoice('type', 'Loại hình', intangibleType, {
        aliases: ['loại hình di sản'],
        required: true,
        example: 'Lễ hội truyền thống',
      }),
      sectionChoice('listLevel', 'Cấp ghi danh', enumeration(INTANGIBLE_LIST_LEVELS), {
        aliases: ['danh mục', 'cấp danh mục'],
        example: 'Danh mục kiểm kê cấp tỉnh',
      }),
      column('inscriptionYear', 'Năm ghi danh', wholeNumber),
      summary,
      notes,
    ],
  ),
  'craft-villages': namedKind('craft-villages', title('Tên làng nghề', ['tên làng', 'làng nghề'], 'Làng nghề Ví Dụ'), [
    column(
      'crafts',
      'Nghề',
      (cell) => {
        const names = cell.text
          .split(/[;\n]/)
          .map((n) => n.trim())
          .filter(Boolean)
        return names.length ? ok(names.map((name) => ({ name }))) : fail('Cần ít nhất một nghề.', 'At least one craft.')
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
  ]),
  producers: namedKind(
    'producers',
    title('Tên chủ thể', ['tên chủ thể', 'chủ thể', 'tên đơn vị'], 'Hợp tác xã Ví Dụ'),
    [
      sectionChoice('kind', 'Loại hình chủ thể', producerKind, {
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
    // Not the kind table's "Producers": the import page says which producers.
    { english: false, label: { vi: 'Chủ thể OCOP', en: 'OCOP producers' } },
  ),
  'ocop-products': namedKind('ocop-products', title('Tên sản phẩm', ['tên sản phẩm', 'sản phẩm'], 'Chè Ví Dụ'), [
    sectionChoice('group', 'Nhóm sản phẩm', enumeration(OCOP_GROUPS), {
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
    column('stars', 'Hạng sao', ofText(stars.parse), {
      aliases: ['số sao', 'sao'],
      example: '4 sao',
      help: allowedHelp(stars.options),
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
  ]),
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
