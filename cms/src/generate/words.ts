/**
 * Names, text and values of the synthetic province: made-up place and person names, plausible and
 * plainly synthetic paragraphs, points and dates. Every choice comes from the seeded generator.
 */
import { foldVietnamese, isInVietnam } from '@heritage/contract'
import type { Translate } from '../seed/engine'
import type { Motif } from '../seed/images'
import { paragraphs } from '../seed/richText'
import type { Random } from './random'
import vocabulary from './vocabulary.json'

export const PROVINCE_NAME = { vi: 'Tỉnh Mẫu (ví dụ)', en: 'Example Province' }

/**
 * The made-up names' words (vocabulary.json): syllables of place names (ordinary Vietnamese words,
 * none naming a real village on its own), given and family names, the kinds of relic and crafts.
 */
export const SYLLABLES: readonly string[] = vocabulary.syllables
export const FIRST_NAMES: readonly string[] = vocabulary.firstNames
export const FAMILY_NAMES: readonly string[] = vocabulary.familyNames
export const RELIC_WORDS = vocabulary.relicWords
export const CRAFTS = vocabulary.crafts
export const PRODUCTS = [
  { vi: 'Trà sen', en: 'Lotus tea', group: 'beverages', unit: { vi: 'hộp', en: 'boxes' } },
  { vi: 'Bánh cốm', en: 'Green rice cake', group: 'food', unit: { vi: 'hộp', en: 'boxes' } },
  { vi: 'Mật ong', en: 'Honey', group: 'food', unit: { vi: 'chai', en: 'bottles' } },
  { vi: 'Cao dược liệu', en: 'Herbal extract', group: 'herbal', unit: { vi: 'lọ', en: 'jars' } },
  { vi: 'Bình gốm', en: 'Ceramic vase', group: 'handicrafts', unit: { vi: 'chiếc', en: 'pieces' } },
  { vi: 'Khăn lụa', en: 'Silk scarf', group: 'handicrafts', unit: { vi: 'chiếc', en: 'pieces' } },
  { vi: 'Cây cảnh bonsai', en: 'Bonsai tree', group: 'ornamental', unit: { vi: 'cây', en: 'trees' } },
  {
    vi: 'Tour trải nghiệm làng nghề',
    en: 'Craft village experience tour',
    group: 'tourism-services',
    unit: { vi: 'lượt', en: 'tours' },
  },
] as const
export const MOTIFS: readonly Motif[] = ['circles', 'stripes', 'waves', 'tiles']
export const PALETTE = [
  '#7c2d12',
  '#b45309',
  '#15803d',
  '#0e7490',
  '#1d4ed8',
  '#6d28d9',
  '#be123c',
  '#4d7c0f',
  '#a16207',
]

export const CREDIT = 'Dữ liệu tổng hợp cho đo hiệu năng (synthetic benchmark data)'
export const CENTRE = { lat: 21.0, lng: 105.8 }
export const SPREAD = 0.3

export const slugify = (text: string) =>
  foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

export const pad = (n: number, width = 4) => String(n).padStart(width, '0')
export const isoDay = (year: number, month: number, day: number) =>
  new Date(Date.UTC(year, month - 1, day)).toISOString()

/** The slug of the i-th entry of its kind about a subject. */
export const numberedSlug = (subject: { vi: string }, i: number) => `${slugify(subject.vi)}-${pad(i)}`

/** The title of the i-th entry of its kind about a subject, marked as an example. */
export const numberedTitle = (t: Translate, subject: { vi: string; en: string }, i: number) =>
  t(`${subject.vi} ${pad(i)} (ví dụ)`, `${subject.en} ${pad(i)} (example)`)

export const placeName = (rng: Random) => `${rng.pick(SYLLABLES)} ${rng.pick(SYLLABLES)}`

export const personName = (rng: Random) => `${rng.pick(FAMILY_NAMES)} Văn ${rng.pick(FIRST_NAMES)}`

/** A point in the province (inside Viet Nam). */
export function point(rng: Random) {
  for (;;) {
    const p = {
      lat: Number((CENTRE.lat + (rng.next() * 2 - 1) * SPREAD).toFixed(5)),
      lng: Number((CENTRE.lng + (rng.next() * 2 - 1) * SPREAD).toFixed(5)),
    }
    if (isInVietnam(p)) return p
  }
}

/** Three paragraphs of plausible, plainly synthetic text. */
export function body(rng: Random, t: Translate, subject: { vi: string; en: string }, place: string) {
  const year = rng.int(1600, 1950)
  return paragraphs(
    t(
      [
        `${subject.vi} ở làng ${place} là mục dữ liệu tổng hợp dùng để đo hiệu năng của hệ thống; mọi tên gọi, số liệu và sự kiện ở đây đều là ví dụ.`,
        `Theo ghi chép giả định, công trình được dựng lại vào khoảng năm ${year}, trùng tu nhiều lần; người dân địa phương đóng góp công sức và tiền của để giữ gìn.`,
        `Hằng năm, cộng đồng tổ chức lễ hội, trình diễn nghề truyền thống và đón khách tham quan. Đoạn văn này đủ dài để trang chi tiết có kích thước giống một mục thật.`,
      ],
      [
        `${subject.en} in ${place} village is a synthetic record used to measure the system's performance; every name, figure and event here is an example.`,
        `According to made-up records, it was rebuilt around ${year} and restored several times; local people gave work and money to keep it.`,
        `Every year the community holds a festival, demonstrates traditional crafts and welcomes visitors. This paragraph is long enough for the page to weigh what a real entry weighs.`,
      ],
    ),
  )
}

export const sources = (t: Translate) => [
  { citation: CREDIT, note: t('Mục ví dụ, không có thật.', 'Example entry; not real.') },
]
