import { describe, expect, it } from 'vitest'
import { groupStops, MARKER_SIZE, markerWidth, type StopOnScreen, stopsLabel } from '../src/scripts/map-route.ts'

/** The markers' boxes as the map draws them: each group at its first stop, as wide as its label. */
function boxes(stops: StopOnScreen[]) {
  return groupStops(stops).map((group) => {
    const first = stops[group[0] ?? 0] ?? { x: 0, y: 0 }
    const width = markerWidth(stopsLabel(group.map((i) => stops[i]?.number ?? 0)))
    return { group, left: first.x - width / 2, right: first.x + width / 2, top: first.y - MARKER_SIZE / 2 }
  })
}
const overlap = (a: ReturnType<typeof boxes>[number], b: ReturnType<typeof boxes>[number]) =>
  a.left < b.right && b.left < a.right && a.top < b.top + MARKER_SIZE && b.top < a.top + MARKER_SIZE

describe('stopsLabel', () => {
  it('writes runs of three or more as ranges and the rest one by one', () => {
    expect(stopsLabel([1])).toBe('1')
    expect(stopsLabel([3, 1, 2])).toBe('1–3')
    expect(stopsLabel([4, 5])).toBe('4, 5')
    expect(stopsLabel([1, 3])).toBe('1, 3')
    expect(stopsLabel([7, 1, 2, 3])).toBe('1–3, 7')
  })
})

describe('groupStops', () => {
  it('keeps apart the stops whose markers do not touch', () => {
    const stops = [
      { x: 0, y: 0, number: 1 },
      { x: 100, y: 0, number: 2 },
      { x: 0, y: 100, number: 3 },
    ]
    expect(groupStops(stops)).toEqual([[0], [1], [2]])
  })

  it('puts stops at one place or a few pixels apart into one marker (the demo route: a temple, its festival, a pagoda nearby)', () => {
    const stops = [
      { x: 200, y: 50, number: 1 },
      { x: 200, y: 50, number: 2 },
      { x: 192, y: 55, number: 3 },
      { x: 80, y: 300, number: 4 },
      { x: 190, y: 290, number: 7 },
    ]
    expect(groupStops(stops)).toEqual([[0, 1, 2], [3], [4]])
  })

  it('never leaves two markers overlapping, also when merging moves or widens a marker', () => {
    // A chain of stops 30 px apart, and stops in the listed order unlike their numbers.
    const chain = Array.from({ length: 8 }, (_, i) => ({ x: i * 30, y: (i % 2) * 20, number: 8 - i }))
    const scattered = Array.from({ length: 40 }, (_, i) => ({
      x: (i * 37) % 200,
      y: (i * 53) % 160,
      number: i + 1,
    }))
    for (const stops of [chain, scattered]) {
      const drawn = boxes(stops)
      // Every stop is in exactly one marker.
      expect(drawn.flatMap((b) => b.group).sort((a, b) => a - b)).toEqual(stops.map((_, i) => i))
      for (const [i, a] of drawn.entries()) {
        for (const b of drawn.slice(i + 1)) expect(overlap(a, b), `${a.group} / ${b.group}`).toBe(false)
      }
    }
  })

  it('anchors a group at its lowest-numbered stop and lists it first', () => {
    const stops = [
      { x: 10, y: 10, number: 5 },
      { x: 12, y: 10, number: 2 },
    ]
    expect(groupStops(stops)).toEqual([[1, 0]])
  })
})
