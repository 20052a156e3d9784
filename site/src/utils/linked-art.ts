/**
 * Linked Art (https://linked.art, the CIDOC-CRM profile museums and heritage bodies exchange) for
 * relics and inscriptions (the latter: see `inscriptionLinkedArt`): each ranked or inventoried relic as a `HumanMadeObject` at a stable address beside the
 * site's pages (`/linked-art/relics/<slug>.json`), named by its pages with
 * `<link rel="alternate">`. One document for every language: names and descriptions carry their
 * language as Linked Art does (a Getty AAT language concept).
 *
 * What it says: the relic is architecture (AAT "Architecture", a type of work); its name in each
 * language it has (Vietnamese the primary name); the site's code for it (a system number); its
 * summary as a description; its rank and the decision that ranked it as statements in Vietnamese
 * and English; where it is (the commune, and its position as WKT); its photos; its pages and its
 * IIIF manifest.
 *
 * Every AAT concept used is from Linked Art's own vocabulary lists (docs/model/vocab in
 * github.com/linked-art/linked.art, CC BY 4.0), where each is the recommended term for its use.
 */
import { type EntryOf, labelOf, RELIC_RANKS } from '@heritage/contract'
import { type PageEntry, type Snapshot, snapshot } from '../data/snapshot'
import { type Locale, publishedLocales } from '../i18n/locales'
import { entryPath, hasLocale } from '../routing'
import { hasManifest, MANIFEST_TYPE, manifestPath } from './iiif'
import { datingText } from './inscriptions'

export const LINKED_ART_CONTEXT = 'https://linked.art/ns/v1/linked-art.json'
/** The media type a page's `<link rel="alternate">` gives the document. */
export const LINKED_ART_TYPE = `application/ld+json;profile="${LINKED_ART_CONTEXT}"`

const aat = (id: number, label: string) => ({ id: `http://vocab.getty.edu/aat/${id}`, type: 'Type', _label: label })
/** Linked Art's recommended concepts (its vocabulary lists). */
export const AAT = {
  architecture: aat(300263552, 'Architecture'),
  typeOfWork: aat(300435443, 'Type of Work'),
  primaryName: aat(300404670, 'Primary Name'),
  alternateName: aat(300264273, 'Alternate Name'),
  systemNumber: aat(300435704, 'System Number'),
  description: aat(300435416, 'Description'),
  statement: aat(300418049, 'Statement'),
  note: aat(300027200, 'Note'),
  digitalImage: aat(300215302, 'Digital Image'),
  webPage: aat(300264578, 'Web Page'),
  sculpture: aat(300047090, 'Sculpture'),
  manuscript: aat(300265483, 'Manuscript'),
  inscriptionStatement: aat(300435414, 'Inscription Statement'),
} as const

/** The AAT language concepts of Linked Art's list, for the site's locales (both Chinese scripts: Chinese). */
export const AAT_LANGUAGE: Record<Locale, { id: string; type: 'Language'; _label: string }> = {
  vi: { id: 'http://vocab.getty.edu/aat/300389525', type: 'Language', _label: 'Vietnamese' },
  en: { id: 'http://vocab.getty.edu/aat/300388277', type: 'Language', _label: 'English' },
  ko: { id: 'http://vocab.getty.edu/aat/300388633', type: 'Language', _label: 'Korean' },
  'zh-Hans': { id: 'http://vocab.getty.edu/aat/300388113', type: 'Language', _label: 'Chinese' },
  'zh-Hant': { id: 'http://vocab.getty.edu/aat/300388113', type: 'Language', _label: 'Chinese' },
  ja: { id: 'http://vocab.getty.edu/aat/300388486', type: 'Language', _label: 'Japanese' },
  fr: { id: 'http://vocab.getty.edu/aat/300388306', type: 'Language', _label: 'French' },
  ru: { id: 'http://vocab.getty.edu/aat/300389168', type: 'Language', _label: 'Russian' },
}

type Relic = EntryOf<'relics'>
type Inscription = EntryOf<'inscriptions'>

/** Where a relic's Linked Art document is published (a path of the site). */
export const linkedArtPath = (entry: Pick<PageEntry, 'kind' | 'slug'>): string =>
  `/linked-art/${entry.kind}/${entry.slug}.json`

/** Whether an entry has a Linked Art document: relics and inscriptions. */
export const hasLinkedArt = (entry: PageEntry): entry is Relic | Inscription =>
  entry.kind === 'relics' || entry.kind === 'inscriptions'

/** The Linked Art document of an entry that has one. */
export const entryLinkedArt = (entry: Relic | Inscription, site: URL, manifest: { locales: readonly string[] }) =>
  entry.kind === 'relics' ? relicLinkedArt(entry, site, manifest) : inscriptionLinkedArt(entry, site, manifest)

/** A statement (`LinguisticObject`) in one language, classified as `type` (itself a statement). */
const statement = (content: string, locale: Locale, type: ReturnType<typeof aat>) => ({
  type: 'LinguisticObject',
  classified_as: [{ ...type, classified_as: [AAT.statement] }],
  content,
  language: [AAT_LANGUAGE[locale]],
})

/** The entry's title in each language it has, Vietnamese the primary name. */
function titleNames(entry: PageEntry, locales: readonly Locale[]) {
  return locales.flatMap((locale) => {
    const content = entry.title[locale]?.trim()
    if (!content) return []
    return [
      {
        type: 'Name',
        classified_as: [locale === 'vi' ? AAT.primaryName : AAT.alternateName],
        content,
        language: [AAT_LANGUAGE[locale]],
      },
    ]
  })
}

/** Its photos (`representation`), its pages and its IIIF manifest (`subject_of`). */
function pictured(entry: PageEntry, site: URL, locales: readonly Locale[]) {
  const media = (file: string) => new URL(`/media/${file}`, site).href
  return {
    ...(entry.gallery.length > 0 && {
      representation: entry.gallery.map((image) => {
        const jpeg = image.versions.filter((v) => v.format === 'jpeg').at(-1) ?? image.versions.at(-1)
        return {
          type: 'VisualItem',
          _label: image.alt.vi,
          digitally_shown_by: [
            {
              type: 'DigitalObject',
              classified_as: [AAT.digitalImage],
              format: 'image/jpeg',
              access_point: jpeg ? [{ id: media(jpeg.file), type: 'DigitalObject' }] : [],
            },
          ],
        }
      }),
    }),
    subject_of: [
      ...locales.map((locale) => ({
        type: 'LinguisticObject',
        _label: entry.title[locale] ?? entry.title.vi,
        language: [AAT_LANGUAGE[locale]],
        digitally_carried_by: [
          {
            type: 'DigitalObject',
            classified_as: [AAT.webPage],
            format: 'text/html',
            access_point: [{ id: new URL(entryPath(entry, locale), site).href, type: 'DigitalObject' }],
          },
        ],
      })),
      ...(hasManifest(entry)
        ? [
            {
              // Linked Art's pattern for a IIIF manifest (docs/model/digital): the API's top URI.
              type: 'LinguisticObject',
              digitally_carried_by: [
                {
                  type: 'DigitalObject',
                  format: MANIFEST_TYPE,
                  conforms_to: [{ id: 'http://iiif.io/api/presentation/', type: 'InformationObject' }],
                  access_point: [{ id: new URL(manifestPath(entry), site).href, type: 'DigitalObject' }],
                },
              ],
            },
          ]
        : []),
    ],
  }
}

/** The Linked Art document of a relic (see the top of this file). */
export function relicLinkedArt(entry: Relic, site: URL, manifest: { locales: readonly string[] }) {
  const locales = publishedLocales(manifest).filter((l) => hasLocale(entry, l))
  const id = new URL(linkedArtPath(entry), site).href
  const rank = (locale: 'vi' | 'en') => {
    const decision = entry.rankingDecision
    const by = [decision?.number, decision?.date, decision?.issuer?.[locale] ?? decision?.issuer?.vi]
      .filter(Boolean)
      .join(', ')
    const label = labelOf(RELIC_RANKS, entry.rank, locale)
    return by ? `${label} (${locale === 'vi' ? 'quyết định' : 'decision'} ${by})` : label
  }
  const names = titleNames(entry, locales)
  const location = entry.location
  const commune = entry.commune
  return {
    '@context': LINKED_ART_CONTEXT,
    id,
    type: 'HumanMadeObject',
    _label: entry.title.vi,
    classified_as: [{ ...AAT.architecture, classified_as: [AAT.typeOfWork] }],
    identified_by: [...names, { type: 'Identifier', classified_as: [AAT.systemNumber], content: entry.code }],
    referred_to_by: [
      ...locales.flatMap((locale) => {
        const text = entry.summary?.[locale]?.trim()
        return text ? [statement(text, locale, AAT.description)] : []
      }),
      statement(rank('vi'), 'vi', AAT.note),
      statement(rank('en'), 'en', AAT.note),
    ],
    ...((commune || location) && {
      current_location: {
        type: 'Place',
        _label: commune ? [commune.name.vi, commune.province?.vi].filter(Boolean).join(', ') : entry.title.vi,
        ...(commune && {
          identified_by: [{ type: 'Name', content: commune.name.vi, language: [AAT_LANGUAGE.vi] }],
        }),
        // WKT is longitude first.
        ...(location && { defined_by: `POINT(${location.lng} ${location.lat})` }),
      },
    }),
    ...pictured(entry, site, locales),
  }
}

/** What an inscription is, as a type of work of Linked Art's list: carved or cast, or a handwritten book. */
const INSCRIPTION_WORK: Partial<Record<Inscription['inscriptionType'], ReturnType<typeof aat>>> = {
  stele: AAT.sculpture,
  board: AAT.sculpture,
  'parallel-sentences': AAT.sculpture,
  bell: AAT.sculpture,
  genealogy: AAT.manuscript,
}

/** The languages of an inscription's original text: Hán is (classical) Chinese, Nôm Vietnamese. */
const ORIGINAL_LANGUAGES = {
  han: [AAT_LANGUAGE['zh-Hant']],
  nom: [AAT_LANGUAGE.vi],
  'han-nom': [AAT_LANGUAGE['zh-Hant'], AAT_LANGUAGE.vi],
} as const

/**
 * The Linked Art document of an inscription: the object (a stele, a board, a bell, a royal
 * ordination…) that `carries` its text as a LinguisticObject (the characters as written, in their
 * language), with its Sino-Vietnamese reading and translations as inscription statements, its
 * date as the production's time-span, and where it is kept (the relic's name and position).
 */
export function inscriptionLinkedArt(
  entry: Inscription,
  site: URL,
  manifest: { locales: readonly string[] },
  related: Pick<Snapshot, 'resolve'> = snapshot(),
) {
  const locales = publishedLocales(manifest).filter((l) => hasLocale(entry, l))
  const id = new URL(linkedArtPath(entry), site).href
  const work = INSCRIPTION_WORK[entry.inscriptionType]
  const original = entry.lines.map((l) => l.original).join('\n')
  const reading = entry.lines.flatMap((l) => (l.reading ? [l.reading] : [])).join('\n')
  const year = entry.dating?.year
  const worded = datingText(entry, 'vi')?.text
  // Kept at a relic: where it is. (An intangible heritage's documents have no place of their own.)
  const found = entry.attachedTo.kind === 'relics' ? related.resolve(entry.attachedTo) : undefined
  const holder = found?.kind === 'relics' ? found : undefined
  return {
    '@context': LINKED_ART_CONTEXT,
    id,
    type: 'HumanMadeObject',
    _label: entry.title.vi,
    ...(work && { classified_as: [{ ...work, classified_as: [AAT.typeOfWork] }] }),
    identified_by: [
      ...titleNames(entry, locales),
      { type: 'Identifier', classified_as: [AAT.systemNumber], content: entry.code },
    ],
    referred_to_by: [
      ...locales.flatMap((locale) => {
        const text = entry.summary?.[locale]?.trim()
        return text ? [statement(text, locale, AAT.description)] : []
      }),
      ...(reading ? [statement(reading, 'vi', AAT.inscriptionStatement)] : []),
      ...locales.flatMap((locale) => {
        const text = entry.lines
          .flatMap((l) => {
            const t = l.translation?.[locale]?.trim()
            return t ? [t] : []
          })
          .join('\n')
        return text ? [statement(text, locale, AAT.inscriptionStatement)] : []
      }),
    ],
    ...(original && {
      carries: [
        {
          type: 'LinguisticObject',
          _label: `${entry.title.vi} (nguyên văn)`,
          content: original,
          language: [...ORIGINAL_LANGUAGES[entry.script ?? 'han']],
        },
      ],
    }),
    ...(year !== undefined && {
      produced_by: {
        type: 'Production',
        timespan: {
          type: 'TimeSpan',
          ...(worded && { identified_by: [{ type: 'Name', content: worded, language: [AAT_LANGUAGE.vi] }] }),
          begin_of_the_begin: `${String(year).padStart(4, '0')}-01-01T00:00:00Z`,
          end_of_the_end: `${String(year).padStart(4, '0')}-12-31T23:59:59Z`,
        },
      },
    }),
    ...(holder && {
      current_location: {
        type: 'Place',
        _label: holder.title.vi,
        identified_by: [{ type: 'Name', content: holder.title.vi, language: [AAT_LANGUAGE.vi] }],
        ...(holder.location && { defined_by: `POINT(${holder.location.lng} ${holder.location.lat})` }),
      },
    }),
    ...pictured(entry, site, locales),
  }
}
