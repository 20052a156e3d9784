/**
 * The schematic map of a route: its stops placed by their coordinates (north up, distances to
 * scale), numbered in order and joined by a line, with a north arrow and a scale bar. Drawn at
 * build time into the route page as SVG, so it shows without a connection and without map tiles
 * (no tile is ever fetched for it). Pure geometry: RoutePack.astro draws what this returns.
 */

export interface SketchStop {
  order: number
  lat: number
  lng: number
  title: string
  lang?: string | undefined
}

export interface SketchMark {
  x: number
  y: number
  /** The stop numbers at this spot ("3" or "1, 2" when stops share a place). */
  label: string
  title: string
  lang?: string | undefined
  /** Where the name goes, or null when it would cover another name (the numbered list names it). */
  text: { x: number; y: number; anchor: 'start' | 'end' | 'middle' } | null
}

export interface Sketch {
  width: number
  height: number
  /** SVG path data of the line through the stops in order. */
  line: string
  marks: SketchMark[]
  /** The scale bar: its length in pixels and in metres. */
  scale: { px: number; metres: number }
}

const KM_PER_DEG_LAT = 110.574
const KM_PER_DEG_LNG_EQUATOR = 111.32
const NICE_METRES = [50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000, 200_000]
/** Rough width of a character of the 12px labels, for keeping names apart. */
const CHAR_PX = 6.6
/** A Chinese, Japanese or Korean character (and full-width punctuation) is a full em wide. */
const WIDE_PX = 12
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/
const MAX_PX = 26 * CHAR_PX
const charPx = (ch: string) => (WIDE.test(ch) ? WIDE_PX : CHAR_PX)
/** A label's rough width in pixels. */
export const labelPx = (text: string): number => [...text].reduce((w, ch) => w + charPx(ch), 0)
/** Room under the stops for the scale bar. */
const SCALE_STRIP = 24

const round = (n: number) => Math.round(n * 10) / 10

export function sketch(stops: SketchStop[], width = 360, maxHeight = 300, pad = 28): Sketch | null {
  if (stops.length === 0) return null
  const lats = stops.map((s) => s.lat)
  const lngs = stops.map((s) => s.lng)
  const midLat = (Math.min(...lats) + Math.max(...lats)) / 2
  const kmX = KM_PER_DEG_LNG_EQUATOR * Math.cos((midLat * Math.PI) / 180)
  const xs = lngs.map((lng) => (lng - Math.min(...lngs)) * kmX)
  const ys = lats.map((lat) => (Math.max(...lats) - lat) * KM_PER_DEG_LAT)
  // At least 1 km across, so a single stop or stops in one street still get a sensible scale.
  const spanX = Math.max(...xs, 0)
  const spanY = Math.max(...ys, 0)
  // The stops fit in the frame inside the padding, above the scale bar's strip.
  const innerW = width - 2 * pad
  const innerH = maxHeight - 2 * pad - SCALE_STRIP
  const span = Math.max(spanX, (spanY * innerW) / innerH, 1)
  const pxPerKm = innerW / span
  const height = Math.round(Math.max(160, spanY * pxPerKm + 2 * pad + SCALE_STRIP))
  const offsetX = pad + (innerW - spanX * pxPerKm) / 2
  const offsetY = pad + Math.max(0, (height - SCALE_STRIP - 2 * pad - spanY * pxPerKm) / 2)
  const points = stops.map((s, i) => ({
    ...s,
    x: round(offsetX + (xs[i] ?? 0) * pxPerKm),
    y: round(offsetY + (ys[i] ?? 0) * pxPerKm),
  }))
  const line = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ')

  // Stops within a few pixels of each other share one mark.
  const groups: (typeof points)[] = []
  for (const p of points) {
    const near = groups.find((g) => g[0] && Math.hypot(g[0].x - p.x, g[0].y - p.y) < 14)
    if (near) near.push(p)
    else groups.push([p])
  }
  type Box = { x1: number; x2: number; y1: number; y2: number }
  const overlaps = (a: Box, b: Box) => !(a.x2 < b.x1 || a.x1 > b.x2 || a.y2 < b.y1 || a.y1 > b.y2)
  // Names keep clear of every mark and of each other's names.
  const placed: Box[] = groups.flatMap((g) => {
    const first = g[0]
    if (!first) return []
    const half = markWidth(g.map((p) => p.order).join(', ')) / 2
    return [{ x1: first.x - half, x2: first.x + half, y1: first.y - 10, y2: first.y + 10 }]
  })
  // The north arrow, top right (RoutePack.astro draws it there).
  placed.push({ x1: width - 36, x2: width - 8, y1: 8, y2: 56 })
  const marks = groups.flatMap((group): SketchMark[] => {
    const first = group[0]
    if (!first) return []
    const label = group.map((p) => p.order).join(', ')
    const half = markWidth(label) / 2
    const name = group.map((p) => p.title).join(' · ')
    // Beside the mark (first on the side with more room), under it, over it: the first place with room.
    const sides = [
      { anchor: 'start' as const, x: first.x + half + 4, y: first.y + 4 },
      { anchor: 'end' as const, x: first.x - half - 4, y: first.y + 4 },
    ]
    const options = [
      ...(first.x > width * 0.55 ? sides.reverse() : sides),
      { anchor: 'middle' as const, x: first.x, y: first.y + 24 },
      { anchor: 'middle' as const, x: first.x, y: first.y - 16 },
    ]
    let text: SketchMark['text'] = null
    let title = name
    for (const option of options) {
      const room =
        option.anchor === 'start'
          ? width - 6 - option.x
          : option.anchor === 'end'
            ? option.x - 6
            : 2 * Math.min(option.x - 6, width - 6 - option.x)
      const px = Math.min(MAX_PX, room)
      if (px < 6 * CHAR_PX) continue
      const shown = shorten(name, px)
      const w = labelPx(shown)
      const x1 = option.anchor === 'start' ? option.x : option.anchor === 'end' ? option.x - w : option.x - w / 2
      const box = { x1, x2: x1 + w, y1: option.y - 12, y2: option.y + 4 }
      if (box.y1 < 0 || box.y2 > height - SCALE_STRIP + 6 || placed.some((b) => overlaps(box, b))) continue
      placed.push(box)
      text = { x: round(option.x), y: round(option.y), anchor: option.anchor }
      title = shown
      break
    }
    return [
      {
        x: first.x,
        y: first.y,
        label,
        title: text ? title : shorten(name, MAX_PX),
        lang: group.every((p) => p.lang === first.lang) ? first.lang : undefined,
        text,
      },
    ]
  })

  const target = span * 1000 * 0.25
  const metres = NICE_METRES.reduce((best, m) => (Math.abs(m - target) < Math.abs(best - target) ? m : best))
  return { width, height, line, marks, scale: { px: round((metres / 1000) * pxPerKm), metres } }
}

/** The title cut to fit `px` (with an ellipsis), by the width of its characters. */
function shorten(title: string, px: number): string {
  if (labelPx(title) <= px) return title
  let kept = ''
  for (const ch of title) {
    if (labelPx(kept + ch) + CHAR_PX > px) break
    kept += ch
  }
  return `${(kept || [...title][0] || '').trimEnd()}…`
}

/** The width of a stop's mark: a circle for one number, a pill for "1, 2, 3". */
export const markWidth = (label: string): number => Math.max(20, label.length * 6.5 + 10)

/** A distance as the locale writes it (500 m, 2 km). */
export const formatDistance = (metres: number, locale: string): string =>
  metres < 1000
    ? new Intl.NumberFormat(locale, { style: 'unit', unit: 'meter' }).format(metres)
    : new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilometer' }).format(metres / 1000)
