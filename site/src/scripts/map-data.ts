/**
 * The format of the map page's clustered files, shared by the build that writes them
 * (utils/map-tiles.ts), the browser that reads them (map.ts, map-island.ts) and the page-weight
 * check (tools/budgets.ts). No DOM and no imports with side effects.
 */
import type { PageKind } from '../data/snapshot'
import type { Locale } from '../i18n/locales'

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
