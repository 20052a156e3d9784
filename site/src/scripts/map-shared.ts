/**
 * What the map island's build-time HTML and its client scripts must agree on. No imports with
 * side effects: this file ends up in the small script every map page loads.
 */

import type { MapPoint } from '../components/islands/map-points'
import type { PageKind } from '../data/snapshot'
import type { Locale } from '../i18n/locales'
import type { PluralForms } from '../i18n/plural'

/**
 * The map page's clustered data (utils/map-tiles.ts writes it, map-clusters.ts reads it). Zooms
 * below MIN_ZOOM show nothing new (the map does not zoom out further); from POINT_ZOOM on the map
 * shows places with their popups, grouped when closer than POINT_CELL px, and from SPLIT_ZOOM on
 * each place alone (places at one position share a marker).
 */
export const MAP_DATA = '/map-data/'
export const MIN_ZOOM = 5
export const POINT_ZOOM = 16
export const SPLIT_ZOOM = 18
/** Side of a cluster's grid cell, in screen pixels. */
export const CELL = 64
export const POINT_CELL = 40
/** Zoom of the area files that hold the clusters of zoom z: 4 × 4 map tiles, at most a zoom-13 tile (~4 km). */
export const fileZoom = (z: number): number => Math.max(0, Math.min(z - 2, 13))

/** Position in map tiles (Web Mercator, as Leaflet and the tile servers use) at zoom z. */
export function tileOf(lat: number, lng: number, z: number): { x: number; y: number } {
  const n = 2 ** z
  const phi = (Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180
  return { x: ((lng + 180) / 360) * n, y: ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * n }
}

/** A combination of kind, relic rank and types, and how many places have it. */
export interface MapClass {
  kind: PageKind
  rank?: string | undefined
  types: string[]
  total: number
}
export interface MapIndex {
  /** [[south, west], [north, east]] */
  bounds: [[number, number], [number, number]]
  classes: MapClass[]
  /** The area files that exist, by their zoom: x, y, x, y… */
  tiles: Record<number, number[]>
}
/**
 * lat, lng, class, title, address, commune id, commune name, then only when set: the title's
 * language, the commune name's language, the locale of the page linked when not translated, the
 * "not yet translated" note.
 */
export type MapPlace = [number, number, number, string, string, string, string, string?, string?, string?, string?]

/** Handed from the component to the client as JSON. */
export interface MapConfig {
  locale: Locale
  /** Empty when `listed`: the points are read from the list of places (`pointsFromList`). */
  points: MapPoint[]
  listed: boolean
  /** The map page: places come from the clustered files under MAP_DATA, not from the page. */
  clustered?: boolean
  /** Number the points and join them in order (route pages), instead of clustering them. */
  route: boolean
  /** `page`: the map page (loaded at once, fully interactive); `inline`: a small map inside a page. */
  variant: 'inline' | 'page'
  kinds: Partial<Record<PageKind, string>>
  text: {
    count: PluralForms
    cluster: PluralForms
    loading: string
    failed: string
    zoomIn: string
    zoomOut: string
    closePopup: string
  }
}

/** Ids are only unique within a kind. */
export const pointKey = (point: { kind: string; id: string }): string => `${point.kind}:${point.id}`

/** The points of a map with a list, read back from the list's items (the page sends them once). */
export function pointsFromList(root: ParentNode): MapPoint[] {
  const points: MapPoint[] = []
  for (const item of root.querySelectorAll<HTMLElement>('[data-map-list] li[data-key]')) {
    const [kind, id] = (item.dataset.key ?? '').split(':') as [MapPoint['kind'], string]
    const link = item.querySelector('a')
    const commune = item.querySelector<HTMLElement>('[data-commune]')
    points.push({
      id,
      kind,
      title: link?.textContent ?? '',
      lang: (link?.lang || undefined) as Locale | undefined,
      url: link?.getAttribute('href') ?? '',
      note: item.querySelector('[data-untranslated]')?.textContent ?? undefined,
      lat: Number(item.dataset.lat),
      lng: Number(item.dataset.lng),
      rank: item.dataset.rank,
      types: item.dataset.types ? item.dataset.types.split(' ') : undefined,
      commune: commune
        ? {
            id: commune.dataset.commune ?? '',
            name: commune.textContent ?? '',
            lang: (commune.lang || undefined) as Locale | undefined,
          }
        : undefined,
    })
  }
  return points
}

/** What the map page's filters ask for; an empty string means any. */
export interface MapFilter {
  kinds: ReadonlySet<string>
  rank: string
  type: string
  commune: string
}
export const classMatches = (c: Pick<MapClass, 'kind' | 'rank' | 'types'>, f: MapFilter): boolean =>
  f.kinds.has(c.kind) && (!f.rank || c.rank === f.rank) && (!f.type || c.types.includes(f.type))

/** Fetched JSON, once per address. */
const fetched = new Map<string, Promise<unknown>>()
export function fetchJson<T>(url: string): Promise<T> {
  let found = fetched.get(url)
  if (!found) {
    found = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`)
      return response.json()
    })
    // A failed request is asked again next time (the connection may be back).
    found.catch(() => fetched.delete(url))
    fetched.set(url, found)
  }
  return found as Promise<T>
}
export const communeUrl = (locale: Locale, id: string): string =>
  `${MAP_DATA}${locale}/x/${encodeURIComponent(id)}.json`
