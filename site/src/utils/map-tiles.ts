/**
 * The map page's data, cut at build time into small static files the map fetches as a visitor
 * pans and zooms, so the page weighs the same for three hundred places or a whole province
 * (it used to carry every place as its list: 249 KB gzip at 10,000 entries).
 *
 *   map-data/index.json                       bounds, the classes of places (kind, rank, types)
 *                                             with their totals, which area files exist
 *   map-data/c/<z>/<x>/<y>.json               clusters of zoom z, in the area file (x, y) of zoom
 *                                             `fileZoom(z)`: [lat, lng, class, count, class, count…]
 *   map-data/<locale>/p/<x>/<y>.json          places, with their popups, for zooms ≥ POINT_ZOOM,
 *                                             grouped when close: [lat, lng, [place…]]
 *   map-data/<locale>/x/<commune id>.json     a commune's places (the commune filter)
 *
 * Clusters are cells of a grid aligned to map tiles (CELL px at their zoom), placed at the mean
 * position of their places: a cluster never straddles two area files, every file is computed
 * from the places in its area alone, and the same places give the same bytes. Clusters hold no
 * names, so one set serves every language; they count places per class, so the filters by kind,
 * relic rank and type change the counts without other files. Everything is sorted, so the
 * output is deterministic, and a publish writes all of it again (a few hundred milliseconds at
 * 10,000 places), which keeps an incremental publish equal to a full build.
 */
import type { MapPoint } from '../components/islands/map-points'
import {
  CELL,
  fileZoom,
  MAP_DATA,
  type MapClass,
  type MapIndex,
  type MapPlace,
  MIN_ZOOM,
  POINT_CELL,
  POINT_ZOOM,
  tileOf,
} from '../scripts/map-data'

const round = (value: number) => Math.round(value * 1e5) / 1e5
const classKey = (p: Pick<MapPoint, 'kind' | 'rank' | 'types'>) => JSON.stringify([p.kind, p.rank ?? '', p.types ?? []])
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Points grouped by grid cell at zoom `z`, cells in row then column order, points in their given order. */
function cells<T extends { lat: number; lng: number }>(points: T[], z: number, size: number) {
  const byCell = new Map<string, { cx: number; cy: number; points: T[] }>()
  for (const point of points) {
    const t = tileOf(point.lat, point.lng, z)
    const cx = Math.floor((t.x * 256) / size)
    const cy = Math.floor((t.y * 256) / size)
    const key = `${cy}:${cx}`
    const cell = byCell.get(key)
    if (cell) cell.points.push(point)
    else byCell.set(key, { cx, cy, points: [point] })
  }
  return [...byCell.values()].sort((a, b) => a.cy - b.cy || a.cx - b.cx)
}

const centre = (points: { lat: number; lng: number }[]) => ({
  lat: round(points.reduce((s, p) => s + p.lat, 0) / points.length),
  lng: round(points.reduce((s, p) => s + p.lng, 0) / points.length),
})

/** Sums of the positions (divided by n when written), and places per class. */
interface Cluster {
  lat: number
  lng: number
  n: number
  counts: Map<number, number>
}

/**
 * Grid cells split groups that straddle a cell's edge, whose markers then overlap: clusters of
 * one area file closer than a marker's width are merged, in their (deterministic) order.
 */
function merged(clusters: Cluster[], z: number): Cluster[] {
  const kept: (Cluster & { x: number; y: number })[] = []
  for (const c of clusters) {
    const t = tileOf(c.lat / c.n, c.lng / c.n, z)
    const x = t.x * 256
    const y = t.y * 256
    const near = kept.find((k) => Math.hypot(k.x - x, k.y - y) < MERGE_DISTANCE)
    if (!near) {
      kept.push({ ...c, counts: new Map(c.counts), x, y })
      continue
    }
    near.lat += c.lat
    near.lng += c.lng
    near.n += c.n
    for (const [k, v] of c.counts) near.counts.set(k, (near.counts.get(k) ?? 0) + v)
    const m = tileOf(near.lat / near.n, near.lng / near.n, z)
    near.x = m.x * 256
    near.y = m.y * 256
  }
  return kept
}
/** A marker's width and a little more, in pixels. */
const MERGE_DISTANCE = 48

/** Area file (x, y at `fileZoom(z)`) of a cell of `size` px at zoom z. */
const fileOf = (cx: number, cy: number, z: number, size: number) => {
  const scale = 2 ** (z - fileZoom(z))
  return { x: Math.floor((cx * size) / 256 / scale), y: Math.floor((cy * size) / 256 / scale) }
}

/** Pushes `value` into the list of `key`, creating it. */
function add<V>(map: Map<string, V[]>, key: string, value: V) {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** The class table: every combination of kind, relic rank and types present, in a stable order. */
export function mapClasses(points: MapPoint[]): { classes: MapClass[]; classOf: (p: MapPoint) => number } {
  const keys = [...new Set(points.map(classKey))].sort(compare)
  const index = new Map(keys.map((k, i) => [k, i]))
  const classes = keys.map((k) => {
    const [kind, rank, types] = JSON.parse(k) as [MapPoint['kind'], string, string[]]
    return { kind, rank: rank || undefined, types, total: 0 } as MapClass
  })
  for (const p of points) {
    const c = classes[index.get(classKey(p)) ?? 0]
    if (c) c.total++
  }
  return { classes, classOf: (p) => index.get(classKey(p)) ?? 0 }
}

/** A place as the popup shows it (names in the page's language). */
const place = (p: MapPoint, classOf: (p: MapPoint) => number): MapPlace => {
  const out: MapPlace = [
    round(p.lat),
    round(p.lng),
    classOf(p),
    p.title,
    p.url,
    p.commune?.id ?? '',
    p.commune?.name ?? '',
  ]
  const extra = [p.lang ?? '', p.commune?.lang ?? '', p.untranslated ?? '', p.note ?? '']
  while (extra.length && !extra[extra.length - 1]) extra.pop()
  return [...out, ...extra] as MapPlace
}

export interface MapFile {
  path: string
  content: string
}

/**
 * The files that do not depend on the language: the index and the clusters. `points` may be any
 * locale's (their positions and classes are the same in all of them).
 */
export function clusterFiles(points: MapPoint[]): MapFile[] {
  const files: MapFile[] = []
  const { classes, classOf } = mapClasses(points)
  const tiles: Record<number, number[]> = {}
  for (let z = MIN_ZOOM; z < POINT_ZOOM; z++) {
    const byFile = new Map<string, Cluster[]>()
    for (const cell of cells(points, z, CELL)) {
      const counts = new Map<number, number>()
      for (const p of cell.points) counts.set(classOf(p), (counts.get(classOf(p)) ?? 0) + 1)
      const f = fileOf(cell.cx, cell.cy, z, CELL)
      add(byFile, `${f.x}/${f.y}`, {
        lat: cell.points.reduce((s, p) => s + p.lat, 0),
        lng: cell.points.reduce((s, p) => s + p.lng, 0),
        n: cell.points.length,
        counts,
      })
    }
    for (const [xy, clusters] of [...byFile].sort((a, b) => compare(a[0], b[0]))) {
      const rows = merged(clusters, z).map((c) => [
        round(c.lat / c.n),
        round(c.lng / c.n),
        ...[...c.counts].sort((a, b) => a[0] - b[0]).flat(),
      ])
      files.push({ path: `c/${z}/${xy}.json`, content: JSON.stringify(rows) })
    }
    const fz = fileZoom(z)
    if (!tiles[fz]) tiles[fz] = [...byFile.keys()].flatMap((xy) => xy.split('/').map(Number))
  }
  const fz = fileZoom(POINT_ZOOM)
  if (!tiles[fz]) {
    tiles[fz] = [...new Set(points.map((p) => tileKey(p, fz)))].flatMap((xy) => xy.split('/').map(Number))
  }
  const lats = points.map((p) => p.lat)
  const lngs = points.map((p) => p.lng)
  const index: MapIndex = {
    bounds: points.length
      ? [
          [Math.min(...lats), Math.min(...lngs)],
          [Math.max(...lats), Math.max(...lngs)],
        ]
      : [
          [0, 0],
          [0, 0],
        ],
    classes,
    tiles,
  }
  files.push({ path: 'index.json', content: JSON.stringify(index) })
  return files
}

const tileKey = (p: { lat: number; lng: number }, z: number) => {
  const t = tileOf(p.lat, p.lng, z)
  return `${Math.floor(t.x)}/${Math.floor(t.y)}`
}

/** The files of one language: places with their popups by area, and by commune. */
export function placeFiles(points: MapPoint[], locale: string): MapFile[] {
  const { classOf } = mapClasses(points)
  const files: MapFile[] = []
  const byFile = new Map<string, unknown[]>()
  for (const cell of cells(points, POINT_ZOOM, POINT_CELL)) {
    const { lat, lng } = centre(cell.points)
    const f = fileOf(cell.cx, cell.cy, POINT_ZOOM, POINT_CELL)
    add(byFile, `${f.x}/${f.y}`, [lat, lng, cell.points.map((p) => place(p, classOf))])
  }
  for (const [xy, groups] of [...byFile].sort((a, b) => compare(a[0], b[0]))) {
    files.push({ path: `${locale}/p/${xy}.json`, content: JSON.stringify(groups) })
  }
  const byCommune = new Map<string, MapPlace[]>()
  for (const p of points) if (p.commune) add(byCommune, p.commune.id, place(p, classOf))
  for (const [id, places] of [...byCommune].sort((a, b) => compare(a[0], b[0]))) {
    files.push({ path: `${locale}/x/${id}.json`, content: JSON.stringify(places) })
  }
  return files
}

/** Every file of the map's data, for the locales the site publishes. */
export function mapDataFiles(pointsIn: (locale: string) => MapPoint[], locales: readonly string[]): MapFile[] {
  const [first] = locales
  if (!first) return []
  return [...clusterFiles(pointsIn(first)), ...locales.flatMap((l) => placeFiles(pointsIn(l), l))].map((f) => ({
    path: `${MAP_DATA}${f.path}`,
    content: f.content,
  }))
}
