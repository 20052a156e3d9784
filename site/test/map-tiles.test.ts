/**
 * The map page's clustered files (src/utils/map-tiles.ts): every place counted once at every
 * zoom, in the area file it lies in; its popup once per language; the same places give the same
 * bytes; and a change to one place touches only the files around it.
 */
import { describe, expect, it } from 'vitest'
import type { MapPoint } from '../src/components/islands/map-points'
import {
  classMatches,
  fileZoom,
  MAP_DATA,
  type MapFilter,
  type MapIndex,
  type MapPlace,
  MIN_ZOOM,
  POINT_ZOOM,
  tileOf,
} from '../src/scripts/map-data'
import { mapDataFiles } from '../src/utils/map-tiles'

const KINDS = ['relics', 'intangible-heritage', 'craft-villages', 'ocop-products'] as const
const RANKS = ['provincial', 'national', 'inventoried']

/** A province of `n` places, spread over ~60 km with a few dense villages, from a fixed seed. */
function province(n: number): MapPoint[] {
  let seed = 7
  const random = () => {
    seed = (seed * 16807) % 2147483647
    return seed / 2147483647
  }
  return Array.from({ length: n }, (_, i) => {
    const kind = KINDS[i % KINDS.length] ?? 'relics'
    const village = i % 5 === 0
    const lat = village ? 21.0 + (i % 3) * 0.001 : 20.7 + random() * 0.6
    const lng = village ? 105.8 + (i % 2) * 0.001 : 105.5 + random() * 0.6
    const commune = String(3300 + Math.floor(random() * 12))
    return {
      id: String(i + 1),
      kind,
      title: `Place ${i + 1}`,
      url: `/x/place-${i + 1}/`,
      lat: Math.round(lat * 1e5) / 1e5,
      lng: Math.round(lng * 1e5) / 1e5,
      rank: kind === 'relics' ? RANKS[i % RANKS.length] : undefined,
      types: kind === 'relics' ? ['historical'] : kind === 'intangible-heritage' ? ['festivals'] : undefined,
      commune: i % 50 === 49 ? undefined : { id: commune, name: `Xã ${commune}` },
    }
  })
}

const build = (points: MapPoint[]) => {
  const files = mapDataFiles(() => points, ['vi', 'en'])
  return new Map(files.map((f) => [f.path.slice(MAP_DATA.length), f.content]))
}
const json = <T>(files: Map<string, string>, name: string) => JSON.parse(files.get(name) ?? 'null') as T

describe('the map page’s clustered files', () => {
  const points = province(1500)
  const files = build(points)
  const index = json<MapIndex>(files, 'index.json')

  it('counts every place once at every zoom, in the area file it lies in, by class', () => {
    expect(index.classes.reduce((sum, c) => sum + c.total, 0)).toBe(points.length)
    for (let z = MIN_ZOOM; z < POINT_ZOOM; z++) {
      const fz = fileZoom(z)
      const byClass = new Map<number, number>()
      const names = [...files.keys()].filter((name) => name.startsWith(`c/${z}/`))
      expect(names.length).toBeGreaterThan(0)
      for (const name of names) {
        const [x, y] = name.slice(`c/${z}/`.length, -'.json'.length).split('/').map(Number)
        for (const [lat = 0, lng = 0, ...counts] of json<number[][]>(files, name)) {
          const t = tileOf(lat, lng, fz)
          expect([Math.floor(t.x), Math.floor(t.y)], `${name} ${lat},${lng}`).toEqual([x, y])
          for (let i = 0; i < counts.length; i += 2)
            byClass.set(counts[i] ?? -1, (byClass.get(counts[i] ?? -1) ?? 0) + (counts[i + 1] ?? 0))
        }
      }
      expect(
        [...byClass].sort((a, b) => a[0] - b[0]),
        `zoom ${z}`,
      ).toEqual(index.classes.map((c, i) => [i, c.total]))
      // Merged across cell edges: clusters are fewer as the map zooms out.
      if (z > MIN_ZOOM) {
        const clusters = (level: number) =>
          [...files.keys()]
            .filter((name) => name.startsWith(`c/${level}/`))
            .reduce((sum, name) => sum + json<unknown[]>(files, name).length, 0)
        expect(clusters(z - 1)).toBeLessThanOrEqual(clusters(z))
      }
    }
    // The index names exactly the area files that exist.
    for (let z = MIN_ZOOM; z < POINT_ZOOM; z++) {
      const listed = index.tiles[fileZoom(z)] ?? []
      const pairs = listed.flatMap((v, i) => (i % 2 ? [] : [`c/${z}/${v}/${listed[i + 1]}.json`])).sort()
      expect(pairs).toEqual([...files.keys()].filter((name) => name.startsWith(`c/${z}/`)).sort())
    }
  })

  it('gives each place its popup once per language, by area and by commune', () => {
    for (const locale of ['vi', 'en']) {
      const names = [...files.keys()].filter((name) => name.startsWith(`${locale}/p/`))
      const listed = names.flatMap((name) => json<[number, number, MapPlace[]][]>(files, name).flatMap((g) => g[2]))
      expect(listed.map((p) => p[4]).sort()).toEqual(points.map((p) => p.url).sort())
      const first = listed.find((p) => p[4] === points[0]?.url)
      expect(first?.slice(0, 7)).toEqual([
        points[0]?.lat,
        points[0]?.lng,
        index.classes.findIndex((c) => c.kind === points[0]?.kind && c.rank === points[0]?.rank),
        'Place 1',
        '/x/place-1/',
        points[0]?.commune?.id,
        points[0]?.commune?.name,
      ])
      const communes = [...files.keys()].filter((name) => name.startsWith(`${locale}/x/`))
      const inCommunes = communes.flatMap((name) => json<MapPlace[]>(files, name).map((p) => p[4]))
      expect(inCommunes.sort()).toEqual(
        points
          .filter((p) => p.commune)
          .map((p) => p.url)
          .sort(),
      )
    }
  })

  it('counts what the filters ask for from the classes alone', () => {
    const filter: MapFilter = { kinds: new Set(['relics']), rank: 'national', type: '', commune: '' }
    const counted = index.classes.filter((c) => classMatches(c, filter)).reduce((sum, c) => sum + c.total, 0)
    expect(counted).toBe(points.filter((p) => p.kind === 'relics' && p.rank === 'national').length)
    expect(counted).toBeGreaterThan(0)
  })

  it('gives the same bytes for the same places', () => {
    expect([...build(province(1500))]).toEqual([...files])
  })

  it('changes only the files around a place that moved', () => {
    const moved = points.map((p, i) => (i === 10 ? { ...p, lat: p.lat + 0.05, lng: p.lng - 0.05 } : p))
    const after = build(moved)
    const changed = [...new Set([...files.keys(), ...after.keys()])].filter(
      (name) => files.get(name) !== after.get(name),
    )
    // Per zoom at most the old and the new area file, plus the index; per language its two area
    // files (the commune's file changes too, the place's position is in it).
    const perZoom = new Map<string, number>()
    for (const name of changed) {
      const key = name.split('/').slice(0, 2).join('/')
      perZoom.set(key, (perZoom.get(key) ?? 0) + 1)
    }
    for (const [key, count] of perZoom) expect(count, key).toBeLessThanOrEqual(2)
    expect(changed.length).toBeLessThan(files.size / 10)
  })
})
