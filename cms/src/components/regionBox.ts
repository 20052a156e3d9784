/**
 * A box on a photo as fractions of its width and height from the top left corner: the shape of an
 * inscription line's region (the contract's `inscriptionLine.region`), for the admin's picker.
 */
export interface Box {
  x: number
  y: number
  w: number
  h: number
}

const clamp = (value: number) => Math.min(1, Math.max(0, value))
/** Four decimals: a tenth of a pixel on a 10,000-pixel photo. */
const round = (value: number) => Math.round(value * 10_000) / 10_000

/** The box two corners span, inside the photo, whichever way the pointer went. */
export function boxBetween(from: readonly [number, number], to: readonly [number, number]): Box {
  const [x1, x2] = [clamp(from[0]), clamp(to[0])].sort((a, b) => a - b) as [number, number]
  const [y1, y2] = [clamp(from[1]), clamp(to[1])].sort((a, b) => a - b) as [number, number]
  const x = round(x1)
  const y = round(y1)
  return { x, y, w: Math.min(round(x2 - x1), round(1 - x)), h: Math.min(round(y2 - y1), round(1 - y)) }
}

/** The box the fields hold, or null while one of them is empty or the box is not on the photo. */
export function cleanBox(values: { x: unknown; y: unknown; w: unknown; h: unknown }): Box | null {
  const { x, y, w, h } = values
  if (![x, y, w, h].every((v) => typeof v === 'number' && Number.isFinite(v))) return null
  const box = { x, y, w, h } as Box
  if (box.x < 0 || box.y < 0 || box.w <= 0 || box.h <= 0) return null
  if (box.x + box.w > 1.0001 || box.y + box.h > 1.0001) return null
  return box
}

/**
 * The boxes of the other rows of the array `row` is in (`lines.3` → every `lines.N.region` but
 * the third), from the form's values by path, each with its photo's id as text.
 */
export function regionsOfLines(values: Record<string, unknown>, row: string): { photo: string; box: Box }[] {
  const array = row.split('.').slice(0, -1).join('.')
  const rows = new Set<string>()
  const prefix = `${array}.`
  for (const key of Object.keys(values)) {
    if (!key.startsWith(prefix) || !key.endsWith('.region.photo')) continue
    const index = key.slice(prefix.length, -'.region.photo'.length)
    if (/^\d+$/.test(index) && `${prefix}${index}` !== row) rows.add(`${prefix}${index}`)
  }
  return [...rows].flatMap((other) => {
    const photo = values[`${other}.region.photo`]
    const id = typeof photo === 'object' && photo !== null && 'id' in photo ? photo.id : photo
    const box = cleanBox({
      x: values[`${other}.region.x`],
      y: values[`${other}.region.y`],
      w: values[`${other}.region.w`],
      h: values[`${other}.region.h`],
    })
    return box && (typeof id === 'number' || (typeof id === 'string' && id)) ? [{ photo: String(id), box }] : []
  })
}
