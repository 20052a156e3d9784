/**
 * Enumerations of the heritage domain, defined once. They feed the CMS select options, the
 * snapshot schema and the public site's labels. Sources: Law on Cultural Heritage 2024
 * (45/2024/QH15), the 2010 intangible-heritage scheme still found in older records, and the
 * OCOP programme (One Commune One Product).
 */
import type { LabelledOption } from './labels.ts'

export const RELIC_RANKS = [
  { value: 'special-national', label: { vi: 'Di tích quốc gia đặc biệt', en: 'Special national relic' } },
  { value: 'national', label: { vi: 'Di tích quốc gia', en: 'National relic' } },
  { value: 'provincial', label: { vi: 'Di tích cấp tỉnh', en: 'Provincial relic' } },
  {
    value: 'inventoried',
    label: { vi: 'Di tích trong danh mục kiểm kê (chưa xếp hạng)', en: 'Inventoried, not ranked' },
  },
] as const satisfies readonly LabelledOption[]
export type RelicRank = (typeof RELIC_RANKS)[number]['value']

/** Official relic names combine types ("di tích lịch sử và kiến trúc nghệ thuật"), so a relic has several. */
export const RELIC_TYPES = [
  { value: 'historical', label: { vi: 'Di tích lịch sử', en: 'Historical' } },
  { value: 'architectural-artistic', label: { vi: 'Di tích kiến trúc nghệ thuật', en: 'Architectural and artistic' } },
  { value: 'archaeological', label: { vi: 'Di tích khảo cổ', en: 'Archaeological' } },
  { value: 'scenic-landscape', label: { vi: 'Danh lam thắng cảnh', en: 'Scenic landscape' } },
  { value: 'mixed', label: { vi: 'Di sản hỗn hợp', en: 'Mixed heritage' } },
] as const satisfies readonly LabelledOption[]
export type RelicType = (typeof RELIC_TYPES)[number]['value']

export const PROTECTION_ZONES = [
  { value: 'I', label: { vi: 'Khu vực bảo vệ I', en: 'Protection zone I' } },
  { value: 'II', label: { vi: 'Khu vực bảo vệ II', en: 'Protection zone II' } },
] as const satisfies readonly LabelledOption[]
export type ProtectionZone = (typeof PROTECTION_ZONES)[number]['value']

/** Six types of intangible cultural heritage in the 2024 law. */
export const INTANGIBLE_TYPES_2024 = [
  { value: 'oral-traditions', label: { vi: 'Ngữ văn dân gian', en: 'Oral traditions and expressions' } },
  { value: 'performing-arts', label: { vi: 'Nghệ thuật trình diễn dân gian', en: 'Folk performing arts' } },
  {
    value: 'social-practices-beliefs',
    label: { vi: 'Tập quán xã hội và tín ngưỡng', en: 'Social practices and beliefs' },
  },
  { value: 'festivals', label: { vi: 'Lễ hội truyền thống', en: 'Traditional festivals' } },
  { value: 'folk-knowledge', label: { vi: 'Tri thức dân gian', en: 'Folk knowledge' } },
  { value: 'craftsmanship', label: { vi: 'Nghề thủ công truyền thống', en: 'Traditional craftsmanship' } },
] as const satisfies readonly LabelledOption[]
export type IntangibleType2024 = (typeof INTANGIBLE_TYPES_2024)[number]['value']

/** The seven-type scheme (2010) used by records made before the 2024 law. */
export const INTANGIBLE_TYPES_2010 = [
  { value: 'language-script', label: { vi: 'Tiếng nói, chữ viết', en: 'Language and script' } },
  { value: 'folk-literature', label: { vi: 'Ngữ văn dân gian', en: 'Folk literature' } },
  { value: 'performing-arts', label: { vi: 'Nghệ thuật trình diễn dân gian', en: 'Folk performing arts' } },
  { value: 'social-customs-beliefs', label: { vi: 'Tập quán xã hội và tín ngưỡng', en: 'Social customs and beliefs' } },
  { value: 'festivals', label: { vi: 'Lễ hội truyền thống', en: 'Traditional festivals' } },
  { value: 'crafts', label: { vi: 'Nghề thủ công truyền thống', en: 'Traditional crafts' } },
  { value: 'folk-knowledge', label: { vi: 'Tri thức dân gian', en: 'Folk knowledge' } },
] as const satisfies readonly LabelledOption[]
export type IntangibleType2010 = (typeof INTANGIBLE_TYPES_2010)[number]['value']

/** How an old record's 2010 type reads in the 2024 scheme. */
export const INTANGIBLE_TYPE_2010_TO_2024: Record<IntangibleType2010, IntangibleType2024> = {
  'language-script': 'oral-traditions',
  'folk-literature': 'oral-traditions',
  'performing-arts': 'performing-arts',
  'social-customs-beliefs': 'social-practices-beliefs',
  festivals: 'festivals',
  crafts: 'craftsmanship',
  'folk-knowledge': 'folk-knowledge',
}

export const INTANGIBLE_LIST_LEVELS = [
  { value: 'provincial-inventory', label: { vi: 'Danh mục kiểm kê cấp tỉnh', en: 'Provincial inventory' } },
  {
    value: 'national-list',
    label: { vi: 'Danh mục di sản văn hóa phi vật thể quốc gia', en: 'National list of intangible heritage' },
  },
  {
    value: 'unesco-representative',
    label: {
      vi: 'UNESCO: Danh sách đại diện của nhân loại',
      en: 'UNESCO: Representative List of the Intangible Cultural Heritage of Humanity',
    },
  },
  {
    value: 'unesco-urgent',
    label: { vi: 'UNESCO: Danh sách cần bảo vệ khẩn cấp', en: 'UNESCO: List in Need of Urgent Safeguarding' },
  },
  {
    value: 'unesco-good-practice',
    label: { vi: 'UNESCO: Danh sách thực hành bảo vệ tốt', en: 'UNESCO: Register of Good Safeguarding Practices' },
  },
] as const satisfies readonly LabelledOption[]
export type IntangibleListLevel = (typeof INTANGIBLE_LIST_LEVELS)[number]['value']

export const OCOP_GROUPS = [
  { value: 'food', label: { vi: 'Thực phẩm', en: 'Food' } },
  { value: 'beverages', label: { vi: 'Đồ uống', en: 'Beverages' } },
  {
    value: 'herbal',
    label: { vi: 'Dược liệu và sản phẩm từ dược liệu', en: 'Medicinal herbs and herbal products' },
  },
  { value: 'handicrafts', label: { vi: 'Thủ công mỹ nghệ', en: 'Handicrafts' } },
  { value: 'ornamental', label: { vi: 'Sinh vật cảnh', en: 'Ornamental plants and animals' } },
  {
    value: 'tourism-services',
    label: {
      vi: 'Dịch vụ du lịch cộng đồng và điểm du lịch',
      en: 'Community and eco-tourism services and destinations',
    },
  },
] as const satisfies readonly LabelledOption[]
export type OcopGroup = (typeof OCOP_GROUPS)[number]['value']

export const OCOP_STARS = [
  { value: '3', label: { vi: '3 sao', en: '3 stars' } },
  { value: '4', label: { vi: '4 sao', en: '4 stars' } },
  { value: '5', label: { vi: '5 sao (quốc gia)', en: '5 stars (national)' } },
] as const satisfies readonly LabelledOption[]
export type OcopStars = (typeof OCOP_STARS)[number]['value']

export const OCOP_CERTIFYING_LEVELS = [
  { value: 'provincial', label: { vi: 'UBND cấp tỉnh', en: 'Provincial People’s Committee' } },
  { value: 'national', label: { vi: 'Trung ương (Thủ tướng Chính phủ)', en: 'Central government' } },
] as const satisfies readonly LabelledOption[]
export type OcopCertifyingLevel = (typeof OCOP_CERTIFYING_LEVELS)[number]['value']

export const PRODUCER_KINDS = [
  { value: 'cooperative', label: { vi: 'Hợp tác xã', en: 'Cooperative' } },
  { value: 'enterprise', label: { vi: 'Doanh nghiệp', en: 'Enterprise' } },
  { value: 'household', label: { vi: 'Hộ sản xuất kinh doanh', en: 'Household business' } },
] as const satisfies readonly LabelledOption[]
export type ProducerKind = (typeof PRODUCER_KINDS)[number]['value']

/**
 * How much of a date is known. Old decisions are often cited by month or year alone ("QĐ số
 * 313/VH-QĐ năm 1962"); such a date is stored as the first day with its precision, and shown as
 * the month or the year, never as an invented day. No precision means the full date.
 */
export const DATE_PRECISIONS = [
  { value: 'month', label: { vi: 'Chỉ biết tháng và năm', en: 'Month and year only' } },
  { value: 'year', label: { vi: 'Chỉ biết năm', en: 'Year only' } },
] as const satisfies readonly LabelledOption[]
export type DatePrecision = (typeof DATE_PRECISIONS)[number]['value']

export const ADMIN_UNIT_LEVELS = [
  { value: 'province', label: { vi: 'Tỉnh / Thành phố', en: 'Province / City' } },
  { value: 'commune', label: { vi: 'Xã / Phường / Đặc khu', en: 'Commune / Ward / Special zone' } },
] as const satisfies readonly LabelledOption[]
export type AdminUnitLevel = (typeof ADMIN_UNIT_LEVELS)[number]['value']

export const ARTISAN_TITLES = [
  { value: 'people', label: { vi: 'Nghệ nhân Nhân dân', en: 'People’s Artisan' } },
  { value: 'meritorious', label: { vi: 'Nghệ nhân Ưu tú', en: 'Meritorious Artisan' } },
  { value: 'provincial', label: { vi: 'Nghệ nhân cấp tỉnh', en: 'Provincial artisan' } },
  { value: 'none', label: { vi: 'Người thực hành', en: 'Practitioner' } },
] as const satisfies readonly LabelledOption[]
export type ArtisanTitle = (typeof ARTISAN_TITLES)[number]['value']

export const USER_ROLES = [
  { value: 'admin', label: { vi: 'Quản trị hệ thống', en: 'Administrator' } },
  { value: 'editor', label: { vi: 'Biên tập viên (Sở)', en: 'Editor (province)' } },
  { value: 'contributor', label: { vi: 'Cộng tác viên (xã)', en: 'Contributor (commune)' } },
  { value: 'producer', label: { vi: 'Chủ thể OCOP', en: 'OCOP producer' } },
  { value: 'translator', label: { vi: 'Biên dịch viên', en: 'Translator' } },
] as const satisfies readonly LabelledOption[]
export type UserRole = (typeof USER_ROLES)[number]['value']

/**
 * Kinds of written heritage kept at a relic or held by a community (issue 22): engraved (steles,
 * boards, parallel sentences, bells), written on paper or silk (royal ordinations, genealogies).
 */
export const INSCRIPTION_TYPES = [
  { value: 'stele', label: { vi: 'Bia đá', en: 'Stele' } },
  { value: 'board', label: { vi: 'Hoành phi', en: 'Horizontal board' } },
  { value: 'parallel-sentences', label: { vi: 'Câu đối', en: 'Parallel sentences' } },
  { value: 'royal-ordination', label: { vi: 'Sắc phong', en: 'Royal ordination' } },
  { value: 'bell', label: { vi: 'Chuông, khánh', en: 'Bell or stone chime' } },
  { value: 'genealogy', label: { vi: 'Gia phả', en: 'Genealogy' } },
  { value: 'other', label: { vi: 'Văn bản Hán Nôm khác', en: 'Other Hán-Nôm text' } },
] as const satisfies readonly LabelledOption[]
export type InscriptionType = (typeof INSCRIPTION_TYPES)[number]['value']

export const INSCRIPTION_SCRIPTS = [
  { value: 'han', label: { vi: 'Chữ Hán', en: 'Classical Chinese (Hán)' } },
  { value: 'nom', label: { vi: 'Chữ Nôm', en: 'Nôm' } },
  { value: 'han-nom', label: { vi: 'Chữ Hán và chữ Nôm', en: 'Hán and Nôm' } },
] as const satisfies readonly LabelledOption[]
export type InscriptionScript = (typeof INSCRIPTION_SCRIPTS)[number]['value']

/**
 * How far the text of an inscription can be trusted: a transcription checked by a Hán-Nôm
 * specialist, one not yet checked, or an illustration (demo content, a placeholder) that is not a
 * transcription of the object at all. The public page says so above the text unless it is checked.
 */
export const TRANSCRIPTION_STATUSES = [
  { value: 'reviewed', label: { vi: 'Đã hiệu đính', en: 'Reviewed by a specialist' } },
  { value: 'unreviewed', label: { vi: 'Chưa hiệu đính', en: 'Not yet reviewed' } },
  {
    value: 'illustrative',
    label: { vi: 'Văn bản minh họa, không phải bản phiên âm thật', en: 'Illustrative text, not a real transcription' },
  },
] as const satisfies readonly LabelledOption[]
export type TranscriptionStatus = (typeof TRANSCRIPTION_STATUSES)[number]['value']
