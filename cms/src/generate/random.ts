/** The seeded choices of the synthetic province: the same seed gives the same province. */

/** The item at `i`; a list the generator picks from is never empty. */
export const itemAt = <T>(items: readonly T[], i: number): T => {
  const item = items[i]
  if (item === undefined) throw new RangeError(`No item ${i} in a list of ${items.length}.`)
  return item
}

/** mulberry32: a small, fast, seeded generator; good enough to pick names and numbers. */
export function random(seed: number) {
  let state = seed >>> 0 || 0x9e3779b9
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => itemAt(items, Math.floor(next() * items.length))
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const pool = [...items]
    const out: T[] = []
    for (let n = int(min, Math.min(max, pool.length)); n > 0; n--)
      out.push(itemAt(pool.splice(int(0, pool.length - 1), 1), 0))
    return out
  }
  return { next, int, pick, some, chance: (p: number) => next() < p }
}

export type Random = ReturnType<typeof random>
