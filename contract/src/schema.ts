/**
 * The snapshot: the contract between the CMS and the public site, and the open-data export.
 * Published entries only, public fields only, every locale. The CMS validates what it writes and
 * the site validates what it reads with this one schema; objects are strict, so a field that is
 * not listed here (an internal note, a phone number) makes the export fail instead of leaking.
 */
import { z } from 'zod'
import {
  ARTISAN_TITLES,
  DATE_PRECISIONS,
  INSCRIPTION_SCRIPTS,
  INSCRIPTION_TYPES,
  INTANGIBLE_LIST_LEVELS,
  INTANGIBLE_TYPES_2010,
  INTANGIBLE_TYPES_2024,
  OCOP_CERTIFYING_LEVELS,
  OCOP_GROUPS,
  OCOP_STARS,
  PRODUCER_KINDS,
  PROTECTION_ZONES,
  RELIC_RANKS,
  RELIC_TYPES,
  TRANSCRIPTION_STATUSES,
} from './enums.ts'
import { isInVietnam } from './geo.ts'
import { isValidBatch } from './gs1.ts'
import { ENTRY_KINDS, type EntryKind } from './kinds.ts'
import { valuesOf } from './labels.ts'
import { LOCALES, type Locale, TRANSLATION_LOCALES, type TranslationLocale } from './locales.ts'
import { SLUG_PATTERN } from './text.ts'

/** Bumped when a change would make an older site misread the snapshot. */
export const SNAPSHOT_SCHEMA_VERSION = 3

const strict = <T extends z.ZodRawShape>(shape: T) => z.strictObject(shape)

/** A value in each translation locale, each optional: the shape of every localized value here. */
const inTranslations = <T extends z.ZodType>(value: T) =>
  Object.fromEntries(TRANSLATION_LOCALES.map((l) => [l, value.optional()])) as Record<
    TranslationLocale,
    z.ZodOptional<T>
  >
/**
 * Vietnamese is the language of record; a translation may be missing (the site then shows English,
 * else Vietnamese). Only the locales the installation publishes are in a snapshot.
 */
export const localizedText = strict({ vi: z.string(), ...inTranslations(z.string()) })
export type LocalizedText = { vi: string } & Partial<Record<TranslationLocale, string>>
const optionalText = strict({ vi: z.string().optional(), ...inTranslations(z.string()) })
export type OptionalText = Partial<Record<Locale, string>>

export const point = strict({ lat: z.number(), lng: z.number() }).refine(isInVietnam, {
  message: 'point outside Vietnam',
})
export type Point = z.infer<typeof point>

const isoDate = z.iso.datetime({ offset: true })
/** Files inside the snapshot's media folder: `<sha256>/<name>` or `audio/<name>`. */
const mediaFile = z.string().regex(/^(?:[a-f0-9]{64}|audio)\/[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/)
/**
 * A tile of a deep-zoom pyramid (media-tools deepZoom.ts), in the IIIF Image API 3 layout under
 * `zoom/<sha256>/`: `<x>,<y>,<w>,<h>/<tw>,<th>/0/default.jpg`, or `full/<w>,<h>/0/default.jpg`.
 */
export const ZOOM_TILE_PATTERN = /^zoom\/[a-f0-9]{64}\/(?:full|\d+,\d+,\d+,\d+)\/\d+,\d+\/0\/default\.jpg$/
const zoomTile = z.string().regex(ZOOM_TILE_PATTERN)

// --- Rich text: a small, safe subset. The site renders it with escaping; no raw HTML exists here.
export type Inline =
  | { type: 'text'; text: string; bold?: boolean; italic?: boolean; underline?: boolean }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'break' }
export const inline: z.ZodType<Inline> = z.lazy(() =>
  z.union([
    strict({
      type: z.literal('text'),
      text: z.string(),
      bold: z.boolean().optional(),
      italic: z.boolean().optional(),
      underline: z.boolean().optional(),
    }),
    strict({ type: z.literal('link'), href: z.url({ protocol: /^https?$/ }), children: z.array(inline) }),
    strict({ type: z.literal('break') }),
  ]),
)
export const block = z.union([
  strict({ type: z.literal('paragraph'), children: z.array(inline) }),
  strict({
    type: z.literal('heading'),
    level: z.union([z.literal(2), z.literal(3), z.literal(4)]),
    children: z.array(inline),
  }),
  strict({ type: z.literal('quote'), children: z.array(inline) }),
  strict({ type: z.literal('list'), ordered: z.boolean(), items: z.array(z.array(inline)) }),
])
export type Block = z.infer<typeof block>
const richText = strict({ vi: z.array(block).optional(), ...inTranslations(z.array(block)) })
export type RichText = z.infer<typeof richText>

// --- Media (web versions only; originals and their EXIF never leave the CMS)
const imageVersion = strict({
  format: z.enum(['avif', 'webp', 'jpeg']),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  bytes: z.number().int().nonnegative(),
  file: mediaFile,
})
export const image = strict({
  id: z.string(),
  alt: localizedText,
  caption: optionalText.optional(),
  credit: optionalText.optional(),
  license: z.string().optional(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  placeholder: z.string().startsWith('data:image/'),
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
  versions: z.array(imageVersion).min(1),
  /** 4:3 crops around the focal point, for cards. */
  cards: z.array(imageVersion),
  /**
   * Its deep-zoom pyramid, for the photos of inscriptions: the tiles are in the snapshot's media
   * under `zoom/<hash>/` (every path `tilePaths` gives), published as a IIIF level-0 image service.
   */
  zoom: strict({
    hash: z.string().regex(/^[a-f0-9]{64}$/),
    tileSize: z.number().int().positive(),
    /** 1 (full size) first. */
    scaleFactors: z.array(z.number().int().positive()).min(1),
    /** Whole-image sizes that exist as files (`full/w,h`). */
    sizes: z.array(strict({ width: z.number().int().positive(), height: z.number().int().positive() })),
    bytes: z.number().int().nonnegative(),
  }).optional(),
})
export type Image = z.infer<typeof image>

const panoramaFile = strict({
  file: mediaFile,
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  bytes: z.number().int().nonnegative(),
})
export const panorama = strict({
  id: z.string(),
  title: localizedText,
  heading: z.number().min(0).max(360),
  credit: optionalText.optional(),
  license: z.string().optional(),
  web: z.array(panoramaFile.extend({ format: z.enum(['jpeg', 'webp']) })).min(1),
  preview: panoramaFile,
  placeholder: z.string().startsWith('data:image/'),
})
export type Panorama = z.infer<typeof panorama>

export const model = strict({
  id: z.string(),
  title: localizedText,
  description: optionalText.optional(),
  credit: optionalText.optional(),
  license: z.string().optional(),
  file: mediaFile,
  bytes: z.number().int().positive(),
  triangles: z.number().int().nonnegative(),
  poster: image.optional(),
})
export type Model = z.infer<typeof model>

export const audio = strict({
  id: z.string(),
  title: localizedText,
  language: z.enum(LOCALES),
  transcript: optionalText.optional(),
  durationSeconds: z.number().nonnegative().optional(),
  credit: optionalText.optional(),
  file: mediaFile,
  mimeType: z.string().startsWith('audio/'),
  bytes: z.number().int().positive(),
})
export type Audio = z.infer<typeof audio>

// --- Shared parts of entries
/** Short, stable code for QR plaques and labels (`/p/CODE`, `/t/CODE`). */
const shortCode = z.string().regex(/^[0-9A-Z]{6,12}$/)

export const ref = strict({ kind: z.enum(ENTRY_KINDS), id: z.string() })
export type Ref = z.infer<typeof ref>

export const commune = strict({
  id: z.string(),
  name: localizedText,
  province: localizedText.optional(),
  formerDistrict: z.string().optional(),
})
export type Commune = z.infer<typeof commune>

const enumOf = <V extends string>(options: readonly { value: V }[]) =>
  z.enum(valuesOf(options as readonly { value: V; label: { vi: string; en: string } }[]))

const decision = strict({
  number: z.string().optional(),
  date: isoDate.optional(),
  datePrecision: enumOf(DATE_PRECISIONS).optional(),
  issuer: optionalText.optional(),
})
const webUrl = z.url({ protocol: /^https?$/ })
const source = strict({ citation: z.string(), url: webUrl.optional(), note: optionalText.optional() })

const base = {
  id: z.string(),
  slug: z.string().regex(SLUG_PATTERN),
  /** Short, stable code for QR plaques and labels (`/p/CODE`, `/t/CODE`). */
  code: shortCode,
  updatedAt: isoDate,
  title: localizedText,
  /**
   * The locales besides Vietnamese this entry is published in: its page exists in these (and in
   * Vietnamese) only. Elsewhere lists mark it "not yet translated" and link to English, else
   * Vietnamese.
   */
  translations: z.array(z.enum(TRANSLATION_LOCALES)),
  summary: optionalText,
  body: richText,
  gallery: z.array(image),
  sources: z.array(source),
}
const located = { location: point.optional(), commune: commune.optional() }
const richMedia = { panoramas: z.array(panorama), models: z.array(model), audioGuides: z.array(audio) }

export const relic = strict({
  kind: z.literal('relics'),
  ...base,
  ...located,
  ...richMedia,
  rank: enumOf(RELIC_RANKS),
  types: z.array(enumOf(RELIC_TYPES)),
  rankingDecision: decision.optional(),
  sites: z.array(strict({ name: localizedText, location: point.optional(), commune: commune.optional() })),
  protectionZones: z.array(
    strict({
      zone: enumOf(PROTECTION_ZONES),
      boundary: strict({
        type: z.literal('Polygon'),
        coordinates: z.array(z.array(z.tuple([z.number(), z.number()]))),
      }),
      areaHectares: z.number().optional(),
    }),
  ),
  openingHours: optionalText.optional(),
  ticketInfo: optionalText.optional(),
  festivals: z.array(ref),
})

export const festivalDate = strict({
  lunarDay: z.number().int().min(1).max(30),
  lunarMonth: z.number().int().min(1).max(12),
  leapMonth: z.boolean(),
  durationDays: z.number().int().min(1).max(60),
  note: optionalText.optional(),
})
export type FestivalDate = z.infer<typeof festivalDate>

export const intangibleHeritage = strict({
  kind: z.literal('intangible-heritage'),
  ...base,
  ...located,
  ...richMedia,
  type: enumOf(INTANGIBLE_TYPES_2024),
  type2010: enumOf(INTANGIBLE_TYPES_2010).optional(),
  listLevel: enumOf(INTANGIBLE_LIST_LEVELS).optional(),
  inscriptionYear: z.number().int().optional(),
  communities: z.array(strict({ name: localizedText, commune: commune.optional() })),
  festivalDates: z.array(festivalDate),
})

export const craftVillage = strict({
  kind: z.literal('craft-villages'),
  ...base,
  ...located,
  ...richMedia,
  crafts: z.array(localizedText),
  recognitionDecision: decision.optional(),
  households: z.number().int().nonnegative().optional(),
  workers: z.number().int().nonnegative().optional(),
  artisans: z.array(ref),
  products: optionalText.optional(),
  visitingInfo: optionalText.optional(),
})

export const artisan = strict({
  kind: z.literal('artisans'),
  ...base,
  ...located,
  honour: enumOf(ARTISAN_TITLES),
  honourYear: z.number().int().optional(),
  birthYear: z.number().int().optional(),
  crafts: z.array(localizedText),
  craftVillage: ref.optional(),
  portrait: image.optional(),
})

export const route = strict({
  kind: z.literal('routes'),
  ...base,
  stops: z.array(strict({ place: ref, minutes: z.number().nonnegative().optional(), note: optionalText.optional() })),
  distanceKm: z.number().nonnegative().optional(),
  durationHours: z.number().nonnegative().optional(),
})

export const ocopProduct = strict({
  kind: z.literal('ocop-products'),
  ...base,
  ...located,
  group: enumOf(OCOP_GROUPS),
  producer: ref.optional(),
  stars: enumOf(OCOP_STARS).optional(),
  certificate: strict({
    number: z.string().optional(),
    level: enumOf(OCOP_CERTIFYING_LEVELS).optional(),
    issueDate: isoDate.optional(),
    expiryDate: isoDate.optional(),
  }).optional(),
  /** GTIN-14, check digit verified by the CMS. */
  gtin: z
    .string()
    .regex(/^\d{14}$/)
    .optional(),
  craftVillage: ref.optional(),
  packaging: optionalText.optional(),
})

export const producer = strict({
  kind: z.literal('producers'),
  ...base,
  ...located,
  producerKind: enumOf(PRODUCER_KINDS),
  address: z.string().optional(),
  website: webUrl.optional(),
})

/** Batches are not entries of their own in the admin, but have public traceability pages. */
export const batch = strict({
  kind: z.literal('batches'),
  id: z.string(),
  code: shortCode,
  updatedAt: isoDate,
  /** A lot the site can serve at its GS1 Digital Link (see `batchProblem` in gs1.ts). */
  lotCode: z.string().refine(isValidBatch, { message: 'lot cannot be part of a GS1 Digital Link path' }),
  product: ref,
  productionDate: isoDate,
  expiryDate: isoDate.optional(),
  quantity: strict({ amount: z.number().optional(), unit: optionalText.optional() }).optional(),
  rawMaterials: z.array(
    strict({
      material: localizedText,
      origin: localizedText,
      commune: commune.optional(),
      supplier: z.string().optional(),
    }),
  ),
  testReports: z.array(
    strict({
      laboratory: z.string(),
      reportNumber: z.string().optional(),
      date: isoDate.optional(),
      result: optionalText.optional(),
      passed: z.boolean(),
    }),
  ),
})

/** A line of an inscription's text: the characters, their reading and their meaning, and where it is on a photo. */
export const inscriptionLine = strict({
  /** Hán or Nôm characters as written (any Unicode plane: Nôm is mostly in CJK Extension B and later). */
  original: z.string(),
  /** Phiên âm: the Sino-Vietnamese reading, in Vietnamese letters. */
  reading: z.string().optional(),
  /** Dịch nghĩa: the meaning, in Vietnamese and the translations. */
  translation: optionalText,
  /**
   * The line's place on one of the entry's photos (by its id in the gallery), as fractions of the
   * photo's width and height from its top left corner.
   */
  region: strict({
    photo: z.string(),
    x: z.number().min(0).max(1),
    y: z.number().min(0).max(1),
    w: z.number().gt(0).max(1),
    h: z.number().gt(0).max(1),
  }).optional(),
})
export type InscriptionLine = z.infer<typeof inscriptionLine>

/** Steles, boards, parallel sentences, royal ordinations… at a relic or held for an intangible heritage. */
export const inscription = strict({
  kind: z.literal('inscriptions'),
  ...base,
  inscriptionType: enumOf(INSCRIPTION_TYPES),
  script: enumOf(INSCRIPTION_SCRIPTS).optional(),
  transcription: enumOf(TRANSCRIPTION_STATUSES),
  /** The relic it is kept at, or the intangible heritage it belongs to. */
  attachedTo: strict({ kind: z.enum(['relics', 'intangible-heritage']), id: z.string() }),
  /** Where it is within the relic ("the stele house left of the gate"). */
  placement: optionalText.optional(),
  /**
   * Its date: the reign and year as written, and the Gregorian year (from the reign table,
   * reigns.ts, or entered by hand); `text` is the date as the object words it, when it says more.
   */
  dating: strict({
    reign: z.string().optional(),
    reignYear: z.number().int().positive().optional(),
    year: z.number().int().optional(),
    text: optionalText.optional(),
  }).optional(),
  lines: z.array(inscriptionLine),
})

export const entry = z.discriminatedUnion('kind', [
  relic,
  intangibleHeritage,
  craftVillage,
  artisan,
  inscription,
  route,
  ocopProduct,
  producer,
  batch,
])
export type Entry = z.infer<typeof entry>
export type EntryOf<K extends EntryKind> = Extract<Entry, { kind: K }>
export type Relic = EntryOf<'relics'>
export type IntangibleHeritage = EntryOf<'intangible-heritage'>
export type CraftVillage = EntryOf<'craft-villages'>
export type Artisan = EntryOf<'artisans'>
export type Inscription = EntryOf<'inscriptions'>
export type Route = EntryOf<'routes'>
export type OcopProduct = EntryOf<'ocop-products'>
export type Producer = EntryOf<'producers'>
export type Batch = EntryOf<'batches'>

/** manifest.json: what the snapshot holds, with a hash per entry file for incremental work. */
export const manifest = strict({
  schemaVersion: z.number().int().positive(),
  generatedAt: isoDate,
  siteUrl: z.url(),
  locales: z.array(z.enum(LOCALES)),
  /** Hash of all entry hashes: equal hashes mean an identical snapshot. */
  contentHash: z.string().regex(/^[a-f0-9]{64}$/),
  entries: z.array(strict({ kind: z.enum(ENTRY_KINDS), id: z.string(), file: z.string(), hash: z.string() })),
  media: z.array(strict({ file: z.union([mediaFile, zoomTile]), bytes: z.number().int().nonnegative() })),
  /**
   * Codes printed or once public whose record is no longer published (unpublished, in the trash,
   * deleted): their `/p/CODE/` or `/t/CODE/` says the entry was withdrawn, never shows another.
   * The code and the kind of record only.
   */
  retiredCodes: z.array(strict({ code: shortCode, kind: z.enum(ENTRY_KINDS) })).optional(),
  /**
   * Who publishes the site and its open data (the installation's settings): the organisation's
   * name, and where the public and open-data portals reach it. The DCAT catalogue's publisher and
   * contact point.
   */
  publisher: strict({
    name: optionalText,
    email: z.email().optional(),
    website: webUrl.optional(),
  }).optional(),
})
export type Manifest = z.infer<typeof manifest>
