/**
 * From a stored record (records.ts: read in every locale, relations as ids) to its public snapshot
 * entry: one pure function per kind. Only the fields named here leave the CMS (internal notes,
 * review comments, contact details are never read); the strict schema then checks the result. What
 * an entry shows of other records comes through `Lookups`: the communes, which entries are public,
 * a village's artisans, the public media.
 */

import {
  type Commune,
  ENTRY_KINDS,
  type EntryKind,
  type EntryOf,
  type Locale,
  type LocalizedText,
  type Ref,
} from '@heritage/contract'
import { idText } from '../shared/ids.ts'
import { valueAt } from '../shared/paths.ts'
import { publishedTranslation, readState } from '../translate/status'
import type { MediaLookup, Projected } from './media.ts'
import type {
  StoredArtisan,
  StoredBatch,
  StoredCraftVillage,
  StoredEntries,
  StoredInscription,
  StoredIntangibleHeritage,
  StoredOcopProduct,
  StoredProducer,
  StoredRelic,
  StoredRoute,
  Translations,
} from './records.ts'
import { lexicalToBlocks } from './richText.ts'
import { defined, localized, num, optionalText, perLocale, pointOf, str, webUrl } from './values.ts'

export interface Lookups {
  /** The commune (with its province) of an administrative unit, or nothing. */
  commune(value: unknown): Commune | undefined
  /** A reference to an entry of this kind if it is public in this snapshot, or nothing. */
  ref(kind: EntryKind, value: unknown): Ref | undefined
  /** The public artisans of a craft village. */
  artisansOf(villageId: string): Ref[]
  media: MediaLookup
  /** The locales the installation publishes (Vietnamese first). */
  locales: readonly Locale[]
}

export type Projection<K extends EntryKind> = (doc: StoredEntries[K], at: Lookups) => Projected<EntryOf<K>>

const isEntryKind = (value: unknown): value is EntryKind => ENTRY_KINDS.some((kind) => kind === value)

const pick = <T>(map: ReadonlyMap<string, T>, values: unknown): T[] =>
  (Array.isArray(values) ? values : []).map((v) => map.get(idText(v) ?? '')).filter((v): v is T => v !== undefined)

const refsTo = (at: Lookups, kind: EntryKind, values: readonly unknown[] | null | undefined): Ref[] =>
  (values ?? []).map((v) => at.ref(kind, v)).filter((r): r is Ref => r !== undefined)

/** The localized names of array rows (crafts), those with a Vietnamese name. */
const names = (rows: readonly { name?: unknown }[] | null | undefined): LocalizedText[] =>
  (rows ?? []).map((row) => localized(row.name)).filter((t): t is LocalizedText => t !== undefined)

/** Array rows with a Vietnamese name (a relic's sites, a tradition's communities): the name, then the rest. */
const namedRows = <R extends { name?: unknown }, T extends object>(
  rows: readonly R[] | null | undefined,
  rest: (row: R) => T,
) =>
  (rows ?? []).filter((row) => localized(row.name)).map((row) => defined({ name: localized(row.name), ...rest(row) }))

interface StoredDecision {
  number?: string | null
  date?: string | null
  datePrecision?: string | null
  issuer?: Translations<string> | null
}
const decision = (v: StoredDecision | null | undefined) => {
  const out = defined({
    number: str(v?.number),
    date: str(v?.date),
    datePrecision: v?.date ? str(v?.datePrecision) : undefined,
    issuer: optionalText(v?.issuer),
  })
  return Object.keys(out).length > 0 ? out : undefined
}

type StoredPage = StoredEntries[Exclude<EntryKind, 'batches'>]

/** What every entry with a page has: title, summary, body, gallery, sources. */
const common = <K extends EntryKind>(kind: K, doc: StoredPage, at: Lookups) =>
  defined({
    kind,
    id: String(doc.id),
    slug: String(doc.slug),
    code: String(doc.code),
    updatedAt: String(doc.updatedAt),
    title: localized(doc.title) ?? { vi: String(doc.slug) },
    summary: optionalText(doc.summary) ?? {},
    // Published in a language: its title is there and its translation is not a draft waiting for
    // review (../translate/status.ts; a translation older than the state counts as reviewed).
    translations: at.locales.filter(
      (locale) =>
        locale !== 'vi' &&
        publishedTranslation(readState(doc.translationState), locale, Boolean(str(valueAt(doc.title, [locale])))),
    ),
    body: perLocale(doc.body, lexicalToBlocks),
    gallery: pick(at.media.images, doc.gallery),
    sources: (doc.sources ?? []).map((s) =>
      defined({ citation: String(s.citation), url: webUrl(s.url), note: optionalText(s.note) }),
    ),
  })
const located = (doc: Exclude<StoredPage, StoredRoute | StoredInscription>, at: Lookups) =>
  defined({ location: pointOf(doc.location), commune: at.commune(doc.commune) })
const richMedia = (doc: StoredRelic | StoredIntangibleHeritage | StoredCraftVillage, at: Lookups) => ({
  panoramas: pick(at.media.panoramas, doc.panoramas),
  models: pick(at.media.models, doc.models),
  audioGuides: pick(at.media.audio, doc.audioGuides),
})

export const relicEntry = (doc: StoredRelic, at: Lookups): Projected<EntryOf<'relics'>> => ({
  ...common('relics', doc, at),
  ...located(doc, at),
  ...richMedia(doc, at),
  rank: doc.rank,
  types: doc.types ?? [],
  ...defined({
    rankingDecision: decision(doc.rankingDecision),
    openingHours: optionalText(doc.openingHours),
    ticketInfo: optionalText(doc.ticketInfo),
  }),
  sites: namedRows(doc.sites, (s) => ({ location: pointOf(s.location), commune: at.commune(s.commune) })),
  protectionZones: (doc.protectionZones ?? []).map((z) =>
    defined({ zone: z.zone, boundary: z.boundary, areaHectares: num(z.areaHectares) }),
  ),
  festivals: refsTo(at, 'intangible-heritage', doc.festivals),
})

export const intangibleHeritageEntry = (
  doc: StoredIntangibleHeritage,
  at: Lookups,
): Projected<EntryOf<'intangible-heritage'>> => ({
  ...common('intangible-heritage', doc, at),
  ...located(doc, at),
  ...richMedia(doc, at),
  type: doc.type,
  ...defined({
    type2010: str(doc.type2010),
    listLevel: str(doc.listLevel),
    inscriptionYear: num(doc.inscriptionYear),
  }),
  communities: namedRows(doc.communities, (c) => ({ commune: at.commune(c.commune) })),
  festivalDates: (doc.festivalDates ?? []).map((f) =>
    defined({
      lunarDay: f.lunarDay,
      lunarMonth: f.lunarMonth,
      leapMonth: f.leapMonth === true,
      durationDays: num(f.durationDays) ?? 1,
      note: optionalText(f.note),
    }),
  ),
})

export const craftVillageEntry = (doc: StoredCraftVillage, at: Lookups): Projected<EntryOf<'craft-villages'>> => ({
  ...common('craft-villages', doc, at),
  ...located(doc, at),
  ...richMedia(doc, at),
  crafts: names(doc.crafts),
  ...defined({
    recognitionDecision: decision(doc.recognitionDecision),
    households: num(doc.households),
    workers: num(doc.workers),
    products: optionalText(doc.products),
    visitingInfo: optionalText(doc.visitingInfo),
  }),
  artisans: at.artisansOf(String(doc.id)),
})

export const artisanEntry = (doc: StoredArtisan, at: Lookups): Projected<EntryOf<'artisans'>> => ({
  ...common('artisans', doc, at),
  ...located(doc, at),
  honour: doc.honour ?? 'none',
  crafts: names(doc.crafts),
  ...defined({
    honourYear: num(doc.honourYear),
    birthYear: num(doc.birthYear),
    craftVillage: at.ref('craft-villages', doc.craftVillage),
    portrait: at.media.images.get(idText(doc.portrait) ?? ''),
  }),
})

/** The relic or heritage an inscription belongs to, if it is public in this snapshot. */
export const inscriptionParent = (attachedTo: unknown, ref: Lookups['ref']): Ref | undefined => {
  const target = valueAt(attachedTo, ['relationTo'])
  return target === 'relics' || target === 'intangible-heritage'
    ? ref(target, valueAt(attachedTo, ['value']))
    : undefined
}

type StoredLine = NonNullable<StoredInscription['lines']>[number]

/** A line's place on one of the inscription's public photos, or nothing (no photo, not public, not a box). */
const regionOf = (region: StoredLine['region'], photos: ReadonlySet<string>) => {
  const photo = idText(region?.photo)
  const [x, y, w, h] = [region?.x, region?.y, region?.w, region?.h].map(num)
  if (!photo || !photos.has(photo) || x === undefined || y === undefined || w === undefined || h === undefined) {
    return undefined
  }
  return { photo, x, y, w, h }
}

export const inscriptionEntry = (doc: StoredInscription, at: Lookups): Projected<EntryOf<'inscriptions'>> => {
  // The photos come with their deep-zoom pyramid: the text is read on them.
  const gallery = pick(at.media.zoomed, doc.gallery)
  const photos = new Set(gallery.map((image) => String(image.id)))
  const dating = defined({
    reign: str(doc.dating?.reign),
    reignYear: num(doc.dating?.reignYear),
    year: num(doc.dating?.year),
    text: optionalText(doc.dating?.text),
  })
  return {
    ...common('inscriptions', doc, at),
    gallery,
    inscriptionType: doc.inscriptionType,
    transcription: doc.transcription ?? 'unreviewed',
    attachedTo: inscriptionParent(doc.attachedTo, at.ref),
    ...defined({
      script: str(doc.script),
      placement: optionalText(doc.placement),
      dating: Object.keys(dating).length > 0 ? dating : undefined,
    }),
    lines: (doc.lines ?? [])
      .filter((line) => str(line.original))
      .map((line) =>
        defined({
          original: line.original,
          reading: str(line.reading),
          translation: optionalText(line.translation) ?? {},
          region: regionOf(line.region, photos),
        }),
      ),
  }
}

export const routeEntry = (doc: StoredRoute, at: Lookups): Projected<EntryOf<'routes'>> => ({
  ...common('routes', doc, at),
  stops: (doc.stops ?? [])
    .map((s) => {
      const target = s.place?.relationTo
      const ref = isEntryKind(target) ? at.ref(target, s.place?.value) : undefined
      return ref ? defined({ place: ref, minutes: num(s.minutes), note: optionalText(s.note) }) : undefined
    })
    .filter((s) => s !== undefined),
  ...defined({ distanceKm: num(doc.distanceKm), durationHours: num(doc.durationHours) }),
})

export const ocopProductEntry = (doc: StoredOcopProduct, at: Lookups): Projected<EntryOf<'ocop-products'>> => {
  const cert = defined({
    number: str(doc.certificate?.number),
    level: str(doc.certificate?.level),
    issueDate: str(doc.certificate?.issueDate),
    expiryDate: str(doc.certificate?.expiryDate),
  })
  return {
    ...common('ocop-products', doc, at),
    ...located(doc, at),
    group: doc.group,
    ...defined({
      producer: at.ref('producers', doc.producer),
      stars: str(doc.stars),
      certificate: Object.keys(cert).length > 0 ? cert : undefined,
      gtin: str(doc.gtin),
      craftVillage: at.ref('craft-villages', doc.craftVillage),
      packaging: optionalText(doc.packaging),
    }),
  }
}

export const producerEntry = (doc: StoredProducer, at: Lookups): Projected<EntryOf<'producers'>> => ({
  ...common('producers', doc, at),
  ...located(doc, at),
  producerKind: doc.kind,
  ...defined({ address: str(doc.address), website: webUrl(doc.website) }),
})

/** A batch has no page of its own, only its traceability page: no title, body or gallery. */
export const batchEntry = (doc: StoredBatch, at: Lookups): Projected<EntryOf<'batches'>> => {
  const q = defined({ amount: num(doc.quantity?.amount), unit: optionalText(doc.quantity?.unit) })
  return defined({
    kind: 'batches',
    id: String(doc.id),
    code: String(doc.code),
    updatedAt: String(doc.updatedAt),
    lotCode: String(doc.lotCode),
    product: at.ref('ocop-products', doc.product),
    productionDate: str(doc.productionDate),
    expiryDate: str(doc.expiryDate),
    quantity: Object.keys(q).length > 0 ? q : undefined,
    rawMaterials: (doc.rawMaterials ?? [])
      .filter((m) => localized(m.material) && localized(m.origin))
      .map((m) =>
        defined({
          material: localized(m.material),
          origin: localized(m.origin),
          commune: at.commune(m.commune),
          supplier: str(m.supplier),
        }),
      ),
    testReports: (doc.testReports ?? []).map((r) =>
      defined({
        laboratory: String(r.laboratory),
        reportNumber: str(r.reportNumber),
        date: str(r.date),
        result: optionalText(r.result),
        passed: r.passed !== false,
      }),
    ),
  })
}

/** The projection of each kind. */
export const PROJECTIONS: { [K in EntryKind]: Projection<K> } = {
  relics: relicEntry,
  'intangible-heritage': intangibleHeritageEntry,
  'craft-villages': craftVillageEntry,
  artisans: artisanEntry,
  inscriptions: inscriptionEntry,
  routes: routeEntry,
  'ocop-products': ocopProductEntry,
  producers: producerEntry,
  batches: batchEntry,
}

/** The code of the projections, for the export's world hash (a change of it reads every entry again). */
export const PROJECTION_CODE = [
  common,
  located,
  richMedia,
  decision,
  names,
  pick,
  refsTo,
  inscriptionParent,
  regionOf,
  ...Object.values(PROJECTIONS),
]
