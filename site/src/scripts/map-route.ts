/**
 * Route stops that would cover each other on the map. Two stops often share a place (a temple
 * and its festival) or lie a few hundred metres apart, which at a route's zoom is a few pixels:
 * their numbered markers hid each other ("1" on top of "2" and "3"). Stops whose markers would
 * overlap at the current zoom share one marker labelled with all their numbers ("1–3"), which
 * splits again as the map zooms in. Pure functions, without Leaflet, so they are tested alone.
 */

/** A stop's marker position on the screen, in pixels, with its number on the route. */
export interface StopOnScreen {
  x: number
  y: number
  number: number
}

/** Side of a marker's square (and its smallest width): a thumb-sized target. */
export const MARKER_SIZE = 44
/** Room left between two markers. */
const GAP = 2

/** "1–3", "1, 3", "4, 5", "1–3, 7": runs of three or more numbers as ranges. */
export function stopsLabel(numbers: readonly number[]): string {
  const sorted = [...numbers].sort((a, b) => a - b)
  const parts: string[] = []
  for (let i = 0; i < sorted.length; ) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++
    if (j - i >= 2) parts.push(`${sorted[i]}–${sorted[j]}`)
    else for (let k = i; k <= j; k++) parts.push(String(sorted[k]))
    i = j + 1
  }
  return parts.join(', ')
}

/** Width of the marker showing `label`: the square, widened for long labels ("1–3, 7"). */
export const markerWidth = (label: string): number => Math.max(MARKER_SIZE, label.length * 9 + 16)

/**
 * Groups of stops (indices into `stops`) whose markers do not overlap: each group's marker sits
 * at its lowest-numbered stop, and any two groups whose markers would touch are merged, until
 * none do. Groups are in order of their first stop.
 */
export function groupStops(stops: readonly StopOnScreen[]): number[][] {
  let groups = stops.map((_, i) => [i])
  const lead = (group: number[]) => group.reduce((a, b) => ((stops[b]?.number ?? 0) < (stops[a]?.number ?? 0) ? b : a))
  const box = (group: number[]) => {
    const at = stops[lead(group)] ?? { x: 0, y: 0 }
    return { x: at.x, y: at.y, width: markerWidth(stopsLabel(group.map((i) => stops[i]?.number ?? 0))) }
  }
  for (let merged = true; merged; ) {
    merged = false
    scan: for (let a = 0; a < groups.length; a++) {
      for (let b = a + 1; b < groups.length; b++) {
        const [ga, gb] = [groups[a] ?? [], groups[b] ?? []]
        const [p, q] = [box(ga), box(gb)]
        if (Math.abs(p.x - q.x) < (p.width + q.width) / 2 + GAP && Math.abs(p.y - q.y) < MARKER_SIZE + GAP) {
          groups = groups.filter((_, i) => i !== b)
          groups[a] = [...ga, ...gb]
          merged = true
          break scan
        }
      }
    }
  }
  const number = (i: number) => stops[i]?.number ?? 0
  return groups
    .map((g) => g.sort((a, b) => number(a) - number(b)))
    .sort((a, b) => number(a[0] ?? 0) - number(b[0] ?? 0))
}
