/**
 * The stored records the snapshot is made from, as the export reads them: every locale at once
 * (`locale: 'all'`) and relations as ids (`depth: 0`). Payload's generated types describe a record
 * read in one locale; here each field the config marks `localized` holds one value per locale
 * instead. The lists below name those fields (a change of `localized` in a collection belongs here
 * too: the projection tests would then read `{ vi, en }` where the type says a string).
 */

import type { EntryKind, Locale } from '@heritage/contract'
import type {
  AdminUnit,
  Artisan,
  Audio,
  Batch,
  CraftVillage,
  Inscription,
  IntangibleHeritage,
  Media,
  Model,
  OcopProduct,
  Panorama,
  Producer,
  Relic,
  Route,
} from '../payload-types.ts'

/** A localized field read in every locale. */
export type Translations<T> = Partial<Record<Locale, T | null>>

/**
 * `T` read in every locale. `L` names the localized fields: `true` for a localized field, or the
 * localized fields of a group or of array rows (`{ sites: { name: true } }`).
 */
export type AllLocales<T, L> = T extends readonly (infer Row)[]
  ? AllLocales<Row, L>[]
  : T extends object
    ? {
        [K in keyof T]: K extends keyof L
          ? L[K] extends true
            ? Translations<NonNullable<T[K]>> | null | undefined
            : AllLocales<T[K], L[K]>
          : T[K]
      }
    : T

/** Title, summary, body (entry.ts) and the note of a source (common.ts) of every entry. */
type EntryTexts = { title: true; summary: true; body: true; sources: { note: true } }
/** Alt text or title, caption, description, transcript, credit of the media collections. */
type MediaTexts = { alt: true; caption: true; title: true; description: true; transcript: true; credit: true }

export type StoredRelic = AllLocales<
  Relic,
  EntryTexts & { sites: { name: true }; rankingDecision: { issuer: true }; openingHours: true; ticketInfo: true }
>
export type StoredIntangibleHeritage = AllLocales<
  IntangibleHeritage,
  EntryTexts & { communities: { name: true }; festivalDates: { note: true } }
>
export type StoredCraftVillage = AllLocales<
  CraftVillage,
  EntryTexts & { crafts: { name: true }; recognitionDecision: { issuer: true }; products: true; visitingInfo: true }
>
export type StoredArtisan = AllLocales<Artisan, EntryTexts & { crafts: { name: true } }>
export type StoredInscription = AllLocales<
  Inscription,
  EntryTexts & { placement: true; dating: { text: true }; lines: { translation: true } }
>
export type StoredRoute = AllLocales<Route, EntryTexts & { stops: { note: true } }>
export type StoredOcopProduct = AllLocales<OcopProduct, EntryTexts & { packaging: true }>
export type StoredProducer = AllLocales<Producer, EntryTexts>
export type StoredBatch = AllLocales<
  Batch,
  { quantity: { unit: true }; rawMaterials: { material: true; origin: true }; testReports: { result: true } }
>

/** The record each entry kind is projected from. */
export interface StoredEntries {
  relics: StoredRelic
  'intangible-heritage': StoredIntangibleHeritage
  'craft-villages': StoredCraftVillage
  artisans: StoredArtisan
  inscriptions: StoredInscription
  routes: StoredRoute
  'ocop-products': StoredOcopProduct
  producers: StoredProducer
  batches: StoredBatch
}
export type StoredEntry<K extends EntryKind = EntryKind> = StoredEntries[K]

export type StoredMedia = AllLocales<Media, MediaTexts>
export type StoredPanorama = AllLocales<Panorama, MediaTexts>
export type StoredModel = AllLocales<Model, MediaTexts>
export type StoredAudio = AllLocales<Audio, MediaTexts>

/** An administrative unit as the export reads it: its name in every locale, its province, when it changed. */
export type StoredUnit = Pick<
  AllLocales<AdminUnit, { name: true }>,
  'id' | 'name' | 'parent' | 'formerDistrict' | 'updatedAt'
>

/** A light read of a published entry: when it was saved, and what links a batch or an artisan elsewhere. */
export interface Stamp {
  id: number | string
  updatedAt: string
  product?: unknown
  craftVillage?: unknown
  /** An inscription's relic or heritage (`{ relationTo, value }`). */
  attachedTo?: unknown
}
