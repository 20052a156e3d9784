/**
 * Points for the map island, built at build time from snapshot entries. Kept in a .ts file (not
 * the component) so that the client script can share the type without importing Astro.
 */
import { PLACE_KINDS } from '@heritage/contract'
import type { PageEntry, PageKind, Snapshot } from '../../data/snapshot'
import { type Locale, pick, text } from '../../i18n/locales'
import { entryLink } from '../../routing'

/** Places a visitor can go to, from the contract's table of kinds (producers are left out on purpose). */
export { PLACE_KINDS }

export interface MapPoint {
  id: string
  kind: PageKind
  title: string
  /** Set when the title is in another language than the page (English, else Vietnamese). */
  lang?: Locale | undefined
  url: string
  /** Set when the entry is not translated into the page's language: the language of the page linked. */
  untranslated?: Locale | undefined
  /** Its "not yet translated" note, as the list shows it (the popup repeats it). */
  note?: string | undefined
  lat: number
  lng: number
  /** Relic rank, for the map page's filters. */
  rank?: string | undefined
  /** Relic types, or the intangible heritage type (2024 law), for the map page's filters. */
  types?: string[] | undefined
  /** `lang` when the name is in another language than the page (a commune named only in Vietnamese). */
  commune?: { id: string; name: string; lang?: Locale | undefined } | undefined
  /** Number of the stop on a route, when stops without coordinates leave gaps in the numbering. */
  order?: number | undefined
}

/** Whether an entry is on the map: `mapPoint` makes a point of it (in every language alike). */
type Placed = Extract<PageEntry, { location?: unknown }>
export const isLocated = (entry: PageEntry): entry is Placed & { location: NonNullable<Placed['location']> } =>
  'location' in entry && !!entry.location

export function mapPoint(entry: PageEntry, locale: Locale): MapPoint | undefined {
  if (!isLocated(entry)) return undefined
  // Not translated into the page's language: the English (else Vietnamese) title and page.
  const link = entryLink(entry, locale)
  return {
    id: entry.id,
    kind: entry.kind,
    title: link.title.text,
    lang: link.title.lang,
    url: link.href,
    untranslated: link.untranslated,
    lat: entry.location.lat,
    lng: entry.location.lng,
    rank: entry.kind === 'relics' ? entry.rank : undefined,
    types: entry.kind === 'relics' ? entry.types : entry.kind === 'intangible-heritage' ? [entry.type] : undefined,
    commune: entry.commune && {
      id: entry.commune.id,
      name: text(entry.commune.name, locale),
      lang: pick(entry.commune.name, locale)?.lang,
    },
  }
}

/** Every located place, grouped by kind in the site's order, each kind sorted by title. */
export const placePoints = (byKind: (kind: PageKind) => PageEntry[], locale: Locale): MapPoint[] =>
  PLACE_KINDS.flatMap((kind) => byKind(kind).flatMap((entry) => mapPoint(entry, locale) ?? []))

const made = new WeakMap<Snapshot, Map<Locale, MapPoint[]>>()
/**
 * Every located place of a snapshot, made once a locale per build: the map page, each commune's
 * page, the map's files and the home page all read them (made per page, a province's 600 commune
 * pages took a minute).
 */
export function snapshotPoints(data: Snapshot, locale: Locale): MapPoint[] {
  const byLocale = made.get(data) ?? new Map<Locale, MapPoint[]>()
  made.set(data, byLocale)
  let points = byLocale.get(locale)
  if (!points) {
    points = placePoints((kind) => data.byKind(kind) as PageEntry[], locale)
    byLocale.set(locale, points)
  }
  return points
}
