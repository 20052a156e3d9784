/**
 * A synthetic province for benchmarks: thousands of relics, intangible heritage, craft villages,
 * artisans, OCOP producers, products (with batches) and routes, in Vietnamese and English, with
 * generated photos, 360° panoramas, 3D models and an audio guide.
 *
 * Everything is made up and says so: the province is "Tỉnh Mẫu (ví dụ)", every name ends in
 * "(ví dụ)" / "(example)", GTINs use GS1 prefix 952 (reserved for examples). The same size and
 * seed give the same content: a seeded generator decides every choice, and dates are fixed.
 *
 * Records go in through the Local API with hooks and validation on, as officers' saves and the
 * spreadsheet import do: Vietnamese first, then the English variant, published.
 */

import {
  ARTISAN_TITLES,
  certifyingLevelForStars,
  foldVietnamese,
  INTANGIBLE_LIST_LEVELS,
  INTANGIBLE_TYPES_2024,
  isInVietnam,
  PRODUCER_KINDS,
  RELIC_RANKS,
  RELIC_TYPES,
  starsForScore,
} from '@heritage/contract'
import { gtinCheckDigit, normalizeGtin } from '@heritage/media-tools/gs1'
import type { File, Payload } from 'payload'
import { refreshStatistics } from '../db'
import { CODE_ALPHABET, CODE_LENGTH } from '../fields/shortCode'
import { demoChime } from '../seed/audio'
import { type AnyEntryDef, SEED_CONTEXT, type Translate, translator, withRowIds } from '../seed/engine'
import { demoImage, type Motif } from '../seed/images'
import { demoVaseModel, demoVasePoster } from '../seed/model'
import { paragraphs } from '../seed/richText'

/** Share of each kind in a province (of all entries; batches come on top, 1–3 per product). */
export const MIX = {
  relics: 0.35,
  'intangible-heritage': 0.1,
  'craft-villages': 0.12,
  artisans: 0.1,
  producers: 0.1,
  'ocop-products': 0.2,
  routes: 0.03,
} as const
type Kind = keyof typeof MIX

export const PROVINCE_NAME = { vi: 'Tỉnh Mẫu (ví dụ)', en: 'Example Province' }
export const MIN_ENTRIES = 20
export const MAX_ENTRIES = 200_000

export interface GenerateOptions {
  entries?: number
  seed?: number
  /** Distinct generated photos shared by the entries' galleries. */
  images?: number
  communes?: number
  log?: (message: string) => void
}

export interface GenerateResult {
  counts: Record<string, number>
  seconds: number
}

export class GenerateError extends Error {
  override name = 'GenerateError'
}

/** mulberry32: a small, fast, seeded generator; good enough to pick names and numbers. */
export function random(seed: number) {
  let state = seed >>> 0 || 0x9e3779b9
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const pool = [...items]
    const out: T[] = []
    for (let n = int(min, Math.min(max, pool.length)); n > 0; n--)
      out.push(pool.splice(int(0, pool.length - 1), 1)[0] as T)
    return out
  }
  return { next, int, pick, some, chance: (p: number) => next() < p }
}
type Random = ReturnType<typeof random>

/** How many entries of each kind: the mix, rounded, with the remainder on relics. */
export function plan(entries: number): Record<Kind, number> {
  const counts = Object.fromEntries(
    Object.entries(MIX).map(([kind, share]) => [kind, Math.max(1, Math.floor(entries * share))]),
  ) as Record<Kind, number>
  counts.relics += entries - Object.values(counts).reduce((a, b) => a + b, 0)
  return counts
}

// Syllables of made-up place names: ordinary Vietnamese words, none naming a real village on its own.
const SYLLABLES = [
  'An',
  'Bình',
  'Đông',
  'Hòa',
  'Phú',
  'Thượng',
  'Hạ',
  'Đại',
  'Mỹ',
  'Xuân',
  'Lộc',
  'Vĩnh',
  'Tân',
  'Phúc',
  'Đức',
  'Thịnh',
  'Yên',
  'Quang',
  'Long',
  'Ninh',
  'Sơn',
  'Thủy',
  'Trung',
  'Nghĩa',
  'Khánh',
  'Đoài',
]
const FIRST_NAMES = [
  'An',
  'Bình',
  'Chi',
  'Dũng',
  'Đào',
  'Giang',
  'Hà',
  'Hùng',
  'Lan',
  'Minh',
  'Nga',
  'Phương',
  'Quân',
  'Thảo',
]
const FAMILY_NAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô']
const RELIC_WORDS = [
  { vi: 'Đình', en: 'communal house' },
  { vi: 'Đền', en: 'temple' },
  { vi: 'Chùa', en: 'pagoda' },
  { vi: 'Miếu', en: 'shrine' },
  { vi: 'Phủ', en: 'palace shrine' },
  { vi: 'Từ đường', en: 'ancestral hall' },
] as const
const CRAFTS = [
  { vi: 'Gốm', en: 'Pottery' },
  { vi: 'Mây tre đan', en: 'Rattan and bamboo weaving' },
  { vi: 'Dệt lụa', en: 'Silk weaving' },
  { vi: 'Sơn mài', en: 'Lacquer' },
  { vi: 'Chạm gỗ', en: 'Wood carving' },
  { vi: 'Làm hương', en: 'Incense making' },
  { vi: 'Đúc đồng', en: 'Bronze casting' },
  { vi: 'Làm bánh đa', en: 'Rice cracker making' },
] as const
const PRODUCTS = [
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
const MOTIFS: readonly Motif[] = ['circles', 'stripes', 'waves', 'tiles']
const PALETTE = ['#7c2d12', '#b45309', '#15803d', '#0e7490', '#1d4ed8', '#6d28d9', '#be123c', '#4d7c0f', '#a16207']

const CREDIT = 'Dữ liệu tổng hợp cho đo hiệu năng (synthetic benchmark data)'
const CENTRE = { lat: 21.0, lng: 105.8 }
const SPREAD = 0.3

const slugify = (text: string) =>
  foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

const pad = (n: number, width = 4) => String(n).padStart(width, '0')
const isoDay = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day)).toISOString()
const file = (name: string, mimetype: string, data: Uint8Array): File => ({
  name,
  mimetype,
  size: data.length,
  data: Buffer.from(data),
})

type Id = number
interface Pools {
  communes: Id[]
  images: Id[]
  panoramas: Id[]
  models: Id[]
  audio: Id[]
}

/** Writes through the Local API with the collection left open (the data is built per kind below). */
function api(payload: Payload) {
  const create = payload.create.bind(payload) as unknown as (options: object) => Promise<{ id: Id }>
  const update = payload.update.bind(payload) as unknown as (options: object) => Promise<{ id: Id }>
  return { create, update }
}

class Generator {
  readonly counts: Record<string, number> = {}
  private readonly write: ReturnType<typeof api>
  private made = 0
  private started = 0

  constructor(
    payload: Payload,
    private readonly rng: Random,
    private readonly total: number,
    private readonly log: (message: string) => void,
  ) {
    this.write = api(payload)
  }

  private count(collection: string) {
    this.counts[collection] = (this.counts[collection] ?? 0) + 1
  }

  /** Creates in Vietnamese, adds English, published: the order an officer follows. */
  async entry(def: AnyEntryDef & { counted?: boolean }): Promise<Id> {
    const build = def.build as (t: Translate) => Record<string, unknown>
    // The QR code too comes from the seed (the CMS would draw a random one): same seed, same plaques.
    const code = this.code()
    const data = (locale: 'vi' | 'en') => ({ ...build(translator(locale)), slug: def.slug, code, _status: 'published' })
    const common = { depth: 0, overrideAccess: true, context: SEED_CONTEXT }
    // The created document comes back with its array rows' ids, which the English update names.
    const doc = await this.write.create({ collection: def.collection, data: data('vi'), locale: 'vi', ...common })
    await this.write.update({
      collection: def.collection,
      id: doc.id,
      data: withRowIds(data('en'), doc),
      locale: 'en',
      ...common,
    })
    this.count(def.collection)
    this.progress()
    return doc.id
  }

  async record(collection: string, vi: object, en: object, upload?: File): Promise<Id> {
    const common = { depth: 0, overrideAccess: true, context: SEED_CONTEXT }
    const doc = await this.write.create({
      collection,
      data: vi,
      locale: 'vi',
      ...(upload ? { file: upload } : {}),
      ...common,
    })
    await this.write.update({ collection, id: doc.id, data: en, locale: 'en', ...common })
    this.count(collection)
    return doc.id
  }

  private progress() {
    if (this.made === 0) this.started = Date.now()
    this.made++
    if (this.made % 500 === 0 || this.made === this.total) {
      const seconds = (Date.now() - this.started) / 1000
      this.log(`${this.made} of ${this.total} entries (${(this.made / seconds).toFixed(1)} entries/s)`)
    }
  }

  code() {
    return Array.from({ length: CODE_LENGTH }, () => this.rng.pick([...CODE_ALPHABET])).join('')
  }

  point() {
    for (;;) {
      const p = {
        lat: Number((CENTRE.lat + (this.rng.next() * 2 - 1) * SPREAD).toFixed(5)),
        lng: Number((CENTRE.lng + (this.rng.next() * 2 - 1) * SPREAD).toFixed(5)),
      }
      if (isInVietnam(p)) return p
    }
  }

  placeName() {
    return `${this.rng.pick(SYLLABLES)} ${this.rng.pick(SYLLABLES)}`
  }

  personName() {
    return `${this.rng.pick(FAMILY_NAMES)} Văn ${this.rng.pick(FIRST_NAMES)}`
  }

  /** Three paragraphs of plausible, plainly synthetic text. */
  body(t: Translate, subject: { vi: string; en: string }, place: string) {
    const year = this.rng.int(1600, 1950)
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

  sources(t: Translate) {
    return [{ citation: CREDIT, note: t('Mục ví dụ, không có thật.', 'Example entry; not real.') }]
  }
}

/** Refuses a database that already holds a generated province: the benchmark needs a fresh one. */
async function refuseExisting(payload: Payload) {
  const found = await payload.count({
    collection: 'admin-units',
    where: { name: { equals: PROVINCE_NAME.vi } },
    overrideAccess: true,
  })
  if (found.totalDocs > 0) {
    throw new GenerateError(
      `This database already holds the generated province "${PROVINCE_NAME.vi}". ` +
        'Generate into a fresh data folder (set DATA_DIR to an empty folder).',
    )
  }
}

export async function generateProvince(payload: Payload, options: GenerateOptions = {}): Promise<GenerateResult> {
  const entries = options.entries ?? 10_000
  const seed = options.seed ?? 1
  const log = options.log ?? (() => {})
  if (!Number.isInteger(entries) || entries < MIN_ENTRIES || entries > MAX_ENTRIES) {
    throw new GenerateError(
      `The number of entries must be a whole number from ${MIN_ENTRIES} to ${MAX_ENTRIES}, not ${entries}.`,
    )
  }
  if (!Number.isInteger(seed)) throw new GenerateError(`The seed must be a whole number, not ${seed}.`)
  await refuseExisting(payload)

  const started = Date.now()
  const rng = random(seed)
  const counts = plan(entries)
  const g = new Generator(payload, rng, entries, log)
  const write = api(payload)
  const common = { depth: 0, overrideAccess: true, context: SEED_CONTEXT }

  // Administrative units: one province, communes with a former district for old addresses.
  log(`Province "${PROVINCE_NAME.vi}" with its communes…`)
  const province = await g.record(
    'admin-units',
    { name: PROVINCE_NAME.vi, level: 'province' },
    { name: PROVINCE_NAME.en },
  )
  const communeCount = options.communes ?? Math.min(120, Math.max(5, Math.round(entries / 80)))
  const communes: Id[] = []
  const communeNames = new Set<string>()
  while (communes.length < communeCount) {
    const name = g.placeName()
    if (communeNames.has(name) && communeNames.size < SYLLABLES.length ** 2) continue
    communeNames.add(name)
    const n = pad(communes.length + 1, 3)
    communes.push(
      await g.record(
        'admin-units',
        {
          name: `Xã ${name} ${n} (ví dụ)`,
          level: 'commune',
          parent: province,
          formerDistrict: `Huyện Mẫu ${rng.int(1, 9)} (ví dụ)`,
        },
        { name: `${name} ${n} Commune (example)` },
      ),
    )
  }

  // Media: a pool of photos shared by galleries (as a province reuses its photographers' work),
  // two panoramas, two 3D models with posters, one audio guide. Each goes through media-tools.
  // Each photo costs seconds in media-tools (15 derivatives, AVIF among them): a small province
  // gets a handful, a large one two dozen.
  const imageCount = options.images ?? Math.min(24, Math.max(4, Math.round(entries / 40)))
  log(`${imageCount} photos, 2 panoramas, 2 3D models and an audio guide through media-tools…`)
  const pools: Pools = { communes, images: [], panoramas: [], models: [], audio: [] }
  for (let i = 1; i <= imageCount; i++) {
    const colors = [rng.pick(PALETTE), rng.pick(PALETTE)] as const
    const motif = rng.pick(MOTIFS)
    const jpeg = await demoImage({ colors, motif })
    pools.images.push(
      await g.record(
        'media',
        { alt: `Ảnh tổng hợp số ${i}: nền ${motif} (ví dụ)`, credit: CREDIT, license: 'CC0 1.0' },
        { alt: `Synthetic photo ${i}: ${motif} background (example)` },
        file(`synthetic-${seed}-${pad(i, 3)}.jpg`, 'image/jpeg', jpeg),
      ),
    )
  }
  for (let i = 1; i <= 2; i++) {
    const jpeg = await demoImage({
      colors: [rng.pick(PALETTE), rng.pick(PALETTE)],
      motif: 'stripes',
      width: 2048,
      height: 1024,
    })
    pools.panoramas.push(
      await g.record(
        'panoramas',
        { title: `Ảnh 360° tổng hợp số ${i} (ví dụ)`, initialHeading: 0, credit: CREDIT, license: 'CC0 1.0' },
        { title: `Synthetic 360° panorama ${i} (example)` },
        file(`synthetic-pano-${seed}-${i}.jpg`, 'image/jpeg', jpeg),
      ),
    )
  }
  const model = await demoVaseModel()
  for (let i = 1; i <= 2; i++) {
    const poster = await g.record(
      'media',
      { alt: `Ảnh mô hình 3D tổng hợp số ${i} (ví dụ)`, credit: CREDIT, license: 'CC0 1.0' },
      { alt: `Synthetic 3D model poster ${i} (example)` },
      file(`synthetic-poster-${seed}-${i}.jpg`, 'image/jpeg', await demoVasePoster()),
    )
    pools.models.push(
      await g.record(
        'models',
        { title: `Mô hình 3D tổng hợp số ${i} (ví dụ)`, poster, credit: CREDIT, license: 'CC0 1.0' },
        { title: `Synthetic 3D model ${i} (example)` },
        file(`synthetic-model-${seed}-${i}.glb`, 'model/gltf-binary', model.glb),
      ),
    )
  }
  const chime = demoChime()
  pools.audio.push(
    await g.record(
      'audio',
      {
        title: 'Thuyết minh tổng hợp (ví dụ)',
        language: 'vi',
        transcript: 'Bản ghi tổng hợp: chỉ có tiếng chuông.',
        durationSeconds: chime.durationSeconds,
        credit: CREDIT,
        license: 'CC0 1.0',
      },
      { title: 'Synthetic audio guide (example)', transcript: 'Synthetic recording: a chime only.' },
      file(`synthetic-audio-${seed}.wav`, 'audio/wav', chime.wav),
    ),
  )
  const gallery = () => rng.some(pools.images, 1, 3)
  const commune = () => rng.pick(pools.communes)
  const richMedia = (i: number) =>
    i % 97 === 1
      ? { panoramas: [rng.pick(pools.panoramas)], models: [rng.pick(pools.models)], audioGuides: pools.audio }
      : i % 41 === 1
        ? { panoramas: [rng.pick(pools.panoramas)] }
        : {}

  // Intangible heritage first: relics name the festivals held at them.
  log(
    `Entries: ${Object.entries(counts)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}…`,
  )
  const festivals: Id[] = []
  const heritage: Id[] = []
  for (let i = 1; i <= counts['intangible-heritage']; i++) {
    const place = g.placeName()
    const type = rng.pick(INTANGIBLE_TYPES_2024).value
    const label = INTANGIBLE_TYPES_2024.find((o) => o.value === type)?.label ?? { vi: 'Di sản', en: 'Heritage' }
    const subject = { vi: `${label.vi} làng ${place}`, en: `${label.en} of ${place}` }
    const id = await g.entry({
      collection: 'intangible-heritage',
      slug: `${slugify(subject.vi)}-${pad(i)}`,
      build: (t) => ({
        title: t(`${subject.vi} ${pad(i)} (ví dụ)`, `${subject.en} ${pad(i)} (example)`),
        summary: t(
          `Di sản ví dụ của làng ${place}, dữ liệu tổng hợp.`,
          `Example heritage of ${place}; synthetic data.`,
        ),
        body: g.body(t, subject, place),
        gallery: gallery(),
        type,
        listLevel: rng.pick(INTANGIBLE_LIST_LEVELS.slice(0, 2)).value,
        inscriptionYear: rng.int(2012, 2025),
        communities: [{ name: t(`Cộng đồng làng ${place}`, `Community of ${place}`), commune: commune() }],
        festivalDates:
          type === 'festivals'
            ? [{ lunarDay: rng.int(1, 28), lunarMonth: rng.int(1, 12), durationDays: rng.int(1, 3) }]
            : [],
        location: g.point(),
        commune: commune(),
        sources: g.sources(t),
        ...richMedia(i),
      }),
    })
    heritage.push(id)
    if (type === 'festivals') festivals.push(id)
  }

  const relics: Id[] = []
  for (let i = 1; i <= counts.relics; i++) {
    const place = g.placeName()
    const word = rng.pick(RELIC_WORDS)
    const subject = { vi: `${word.vi} ${place}`, en: `${place} ${word.en}` }
    const rank = rng.next() < 0.02 ? RELIC_RANKS[0].value : rng.pick(RELIC_RANKS.slice(1)).value
    relics.push(
      await g.entry({
        collection: 'relics',
        slug: `${slugify(subject.vi)}-${pad(i)}`,
        build: (t) => ({
          title: t(`${subject.vi} ${pad(i)} (ví dụ)`, `${subject.en} ${pad(i)} (example)`),
          summary: t(
            `${word.vi} ví dụ ở làng ${place}; hạng, niên đại và tọa độ là dữ liệu tổng hợp.`,
            `An example ${word.en} in ${place}; rank, dates and coordinates are synthetic.`,
          ),
          body: g.body(t, subject, place),
          gallery: gallery(),
          rank,
          types: rng.some(RELIC_TYPES, 1, 2).map((o) => o.value),
          ...(rank === 'inventoried'
            ? {}
            : {
                rankingDecision: {
                  number: `${rng.int(1, 999)}/QĐ-VD`,
                  date: isoDay(rng.int(1990, 2024), rng.int(1, 12), rng.int(1, 28)),
                  issuer: t('Cơ quan ban hành (ví dụ)', 'Issuing body (example)'),
                },
              }),
          openingHours: t('7:00–17:00 hằng ngày (ví dụ)', 'Daily 7:00–17:00 (example)'),
          festivals: festivals.length > 0 && rng.chance(0.15) ? [rng.pick(festivals)] : [],
          location: g.point(),
          commune: commune(),
          sources: g.sources(t),
          ...richMedia(i),
        }),
      }),
    )
  }

  const villages: Id[] = []
  for (let i = 1; i <= counts['craft-villages']; i++) {
    const place = g.placeName()
    const craft = rng.pick(CRAFTS)
    const subject = {
      vi: `Làng nghề ${craft.vi.toLowerCase()} ${place}`,
      en: `${place} ${craft.en.toLowerCase()} village`,
    }
    villages.push(
      await g.entry({
        collection: 'craft-villages',
        slug: `${slugify(subject.vi)}-${pad(i)}`,
        build: (t) => ({
          title: t(`${subject.vi} ${pad(i)} (ví dụ)`, `${subject.en} ${pad(i)} (example)`),
          summary: t(
            `Làng nghề ví dụ: ${craft.vi.toLowerCase()}.`,
            `An example craft village: ${craft.en.toLowerCase()}.`,
          ),
          body: g.body(t, subject, place),
          gallery: gallery(),
          crafts: [{ name: t(craft.vi, craft.en) }],
          recognitionDecision: {
            number: `${rng.int(1, 999)}/QĐ-UBND-VD`,
            date: isoDay(rng.int(2000, 2024), rng.int(1, 12), rng.int(1, 28)),
            issuer: t('UBND tỉnh (ví dụ)', 'Provincial People’s Committee (example)'),
          },
          households: rng.int(30, 900),
          workers: rng.int(80, 4000),
          visitingInfo: t('Tham quan xưởng nghề (ví dụ).', 'Workshop visits (example).'),
          location: g.point(),
          commune: commune(),
          sources: g.sources(t),
          ...richMedia(i),
        }),
      }),
    )
  }

  for (let i = 1; i <= counts.artisans; i++) {
    const name = g.personName()
    const craft = rng.pick(CRAFTS)
    const honour = rng.pick(ARTISAN_TITLES).value
    await g.entry({
      collection: 'artisans',
      slug: `${slugify(name)}-${pad(i)}`,
      build: (t) => ({
        title: t(`${name} ${pad(i)} (nhân vật ví dụ)`, `${name} ${pad(i)} (fictional example)`),
        summary: t(`Nghệ nhân ví dụ nghề ${craft.vi.toLowerCase()}.`, `An example ${craft.en.toLowerCase()} artisan.`),
        body: g.body(t, { vi: `Nghệ nhân ${name}`, en: `Artisan ${name}` }, g.placeName()),
        gallery: gallery(),
        honour,
        ...(honour === 'none' ? {} : { honourYear: rng.int(2005, 2025) }),
        birthYear: rng.int(1945, 1995),
        crafts: [{ name: t(craft.vi, craft.en) }],
        ...(villages.length > 0 && rng.chance(0.8) ? { craftVillage: rng.pick(villages) } : {}),
        portrait: rng.pick(pools.images),
        commune: commune(),
        sources: g.sources(t),
      }),
    })
  }

  const producers: Id[] = []
  for (let i = 1; i <= counts.producers; i++) {
    const kind = rng.pick(PRODUCER_KINDS).value
    const place = g.placeName()
    const label = {
      cooperative: ['Hợp tác xã', 'cooperative'],
      enterprise: ['Công ty TNHH', 'company'],
      household: ['Hộ kinh doanh', 'household business'],
    }[kind]
    producers.push(
      await g.entry({
        collection: 'producers',
        slug: `${slugify(`${label[0]} ${place}`)}-${pad(i)}`,
        build: (t) => ({
          title: t(`${label[0]} ${place} ${pad(i)} (ví dụ)`, `${place} ${pad(i)} ${label[1]} (example)`),
          summary: t('Chủ thể OCOP ví dụ, dữ liệu tổng hợp.', 'An example OCOP producer; synthetic data.'),
          gallery: gallery(),
          kind,
          address: `Làng ${place}, ${PROVINCE_NAME.vi}`,
          contact: { person: g.personName(), phone: `0900 ${pad(rng.int(0, 999), 3)} ${pad(i % 1000, 3)}` },
          location: g.point(),
          commune: commune(),
          sources: g.sources(t),
        }),
      }),
    )
  }

  const products: { id: Id; food: boolean; unit: { vi: string; en: string } }[] = []
  for (let i = 1; i <= counts['ocop-products']; i++) {
    const kind = rng.pick(PRODUCTS)
    const place = g.placeName()
    const stars = rng.pick(['3', '3', '4', '4', '5'] as const)
    const score = { '3': rng.int(50, 69), '4': rng.int(70, 89), '5': rng.int(90, 100) }[stars]
    if (starsForScore(score) !== stars) throw new GenerateError(`Score ${score} does not give ${stars} stars.`)
    // GS1 prefix 952 is reserved for demonstrations and examples: 952 + 9 digits + check digit.
    const body = `952${pad(seed % 1000, 3)}${pad(i, 6)}`
    const gtin = rng.chance(0.6) ? normalizeGtin(`${body}${gtinCheckDigit(body)}`) : undefined
    const id = await g.entry({
      collection: 'ocop-products',
      slug: `${slugify(`${kind.vi} ${place}`)}-${pad(i)}`,
      build: (t) => ({
        title: t(`${kind.vi} ${place} ${pad(i)} (ví dụ)`, `${place} ${kind.en.toLowerCase()} ${pad(i)} (example)`),
        summary: t(`Sản phẩm OCOP ${stars} sao ví dụ.`, `An example ${stars}-star OCOP product.`),
        body: g.body(t, { vi: kind.vi, en: kind.en }, place),
        gallery: gallery(),
        group: kind.group,
        producer: rng.pick(producers),
        score,
        stars,
        certificate: {
          number: `${rng.int(1, 999)}/QĐ-OCOP-VD`,
          level: certifyingLevelForStars(stars),
          issueDate: isoDay(rng.int(2024, 2026), rng.int(1, 10), rng.int(1, 28)),
        },
        ...(gtin ? { gtin } : {}),
        ...(villages.length > 0 && rng.chance(0.3) ? { craftVillage: rng.pick(villages) } : {}),
        packaging: t('Hộp giấy (ví dụ)', 'Paper box (example)'),
        location: g.point(),
        commune: commune(),
        sources: g.sources(t),
      }),
    })
    products.push({ id, food: ['food', 'beverages', 'herbal'].includes(kind.group), unit: kind.unit })
  }

  // Batches of each product: what the producer records for every production run.
  let lot = 0
  for (const product of products) {
    for (let b = rng.int(1, 3); b > 0; b--) {
      lot++
      const year = rng.int(2025, 2026)
      const month = year === 2026 ? rng.int(1, 10) : rng.int(1, 12)
      const produced = isoDay(year, month, rng.int(1, 28))
      const material = (t: Translate) => ({
        material: t('Nguyên liệu chính (ví dụ)', 'Main ingredient (example)'),
        origin: t(`Vùng nguyên liệu ${g.placeName()} (ví dụ)`, 'Local growing area (example)'),
        commune: commune(),
      })
      const vi = translator('vi')
      const en = translator('en')
      const code = g.code()
      const data = (t: Translate) => ({
        lotCode: `L${year}${pad(lot, 6)}`,
        code,
        product: product.id,
        productionDate: produced,
        ...(product.food ? { expiryDate: isoDay(year + 1, month, 28) } : {}),
        quantity: { amount: rng.int(50, 5000), unit: t(product.unit.vi, product.unit.en) },
        rawMaterials: [material(t)],
        _status: 'published',
      })
      const doc = await write.create({ collection: 'batches', data: data(vi), locale: 'vi', ...common })
      await write.update({
        collection: 'batches',
        id: doc.id,
        data: withRowIds(data(en), doc),
        locale: 'en',
        ...common,
      })
      g.counts.batches = (g.counts.batches ?? 0) + 1
    }
  }

  const places = [
    ...relics.map((id) => ({ relationTo: 'relics' as const, value: id })),
    ...villages.map((id) => ({ relationTo: 'craft-villages' as const, value: id })),
    ...heritage.map((id) => ({ relationTo: 'intangible-heritage' as const, value: id })),
  ]
  for (let i = 1; i <= counts.routes; i++) {
    const place = g.placeName()
    const stops = rng.some(places, 3, 6)
    await g.entry({
      collection: 'routes',
      slug: `${slugify(`tuyen ${place}`)}-${pad(i)}`,
      build: (t) => ({
        title: t(`Tuyến tham quan ${place} ${pad(i)} (ví dụ)`, `${place} tour ${pad(i)} (example)`),
        summary: t(`Tuyến ví dụ qua ${stops.length} điểm.`, `An example route through ${stops.length} places.`),
        body: g.body(t, { vi: `Tuyến ${place}`, en: `The ${place} route` }, place),
        gallery: gallery(),
        stops: stops.map((stop) => ({ place: stop, minutes: rng.int(15, 120) })),
        distanceKm: rng.int(2, 60),
        durationHours: rng.int(2, 8),
        sources: g.sources(t),
      }),
    })
  }

  await refreshStatistics(payload)
  return { counts: g.counts, seconds: (Date.now() - started) / 1000 }
}
