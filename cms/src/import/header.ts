/**
 * Finds the header of the table in a sheet by what it says: one to three rows, with group cells
 * over marked-choice columns, and what each column means for the kind imported.
 */
import type { Column, ImportKind, Lookups } from './columns'
import { type Grid, headerText, textOf } from './grid'
import type { LayoutColumn } from './layout'
import { meaningFor } from './sections'
import { columnLetter } from './sheet'
import { normalizeWords } from './values'

/** A column that numbers the rows ("STT"): recognised so that it is neither data nor unknown. */
export const INDEX_KEY = '#index'

const HEADER_SEARCH_ROWS = 40
const MAX_HEADER_ROWS = 3

const INDEX_HEADERS = new Set(['stt', 'tt', 'so tt', 'so thu tu', 'thu tu', 'no'])

const headerKey = (header: string, columns: Column[], mapping: Record<string, string>): string | null => {
  const explicit = mapping[header] ?? mapping[normalizeWords(header)]
  if (explicit) return columns.some((c) => c.key === explicit) || explicit === INDEX_KEY ? explicit : null
  const key = normalizeWords(header)
  if (!key) return null
  if (INDEX_HEADERS.has(key)) return INDEX_KEY
  const column =
    columns.find((c) => normalizeWords(c.header) === key) ??
    columns.find((c) => (c.aliases ?? []).some((alias) => normalizeWords(alias) === key))
  return column?.key ?? null
}

/** Header paths of every column for a header block of `height` rows starting at `start`. */
function headerPaths(grid: Grid, start: number, height: number): string[][] {
  const paths: string[][] = Array.from({ length: grid.width }, () => [])
  for (let i = 0; i < height; i++) {
    const r = start + i
    // A group cell written once over several columns without merging (CSV, or merged cells
    // flattened by a converter) spans the columns to its right that have a sub-header below.
    let carry = ''
    for (let c = 0; c < grid.width; c++) {
      let t = headerText(grid, r, c)
      const below = i < height - 1 ? headerText(grid, r + 1, c) : ''
      if (t) carry = below ? t : ''
      else if (carry && below && !grid.merged.has(`${r}:${c}`)) t = carry
      else carry = ''
      const path = paths[c]
      if (t && path && path.at(-1) !== t) path.push(t)
    }
  }
  return paths
}

interface Candidate {
  start: number
  height: number
  columns: LayoutColumn[]
  score: number
}

/** What each column of a header block means for this kind of record. */
function columnsFor(
  paths: string[][],
  kind: ImportKind,
  lookups: Lookups,
  mapping: Record<string, string>,
): LayoutColumn[] {
  const columns = kind.columns
  return paths.map((path, index) => {
    const letter = columnLetter(index)
    const header = path.join(' / ')
    const leaf = path.at(-1) ?? ''
    const group = path.length > 1 ? path.slice(0, -1).join(' ') : ''
    const result: LayoutColumn = { letter, path, header, key: null }
    if (!leaf) return result
    const explicit = mapping[header] ?? mapping[leaf]
    if (explicit) {
      result.key = headerKey(explicit === header ? header : leaf, columns, mapping)
      return result
    }
    const direct = headerKey(leaf, columns, {}) ?? (group ? headerKey(`${group} ${leaf}`, columns, {}) : null)
    if (direct) {
      result.key = direct
      return result
    }
    // One column per choice, marked with an "x": "Xếp hạng" over "Cấp quốc gia" / "Cấp tỉnh". A
    // group cell over one column only is no such group (it is a header over a first row of data).
    if (group && paths.filter((p) => p.length > 1 && p[0] === path[0]).length < 2) return result
    const groupKey =
      path
        .slice(0, -1)
        .map((g) => headerKey(g, columns, {}))
        .find((k) => k && k !== INDEX_KEY) ?? null
    for (const column of columns) {
      if (!column.section || column.key === 'commune') continue
      if (groupKey && groupKey !== column.key) continue
      const meaning = meaningFor(column, leaf, lookups)
      if (meaning) {
        result.key = column.key
        result.marker = meaning.value
        return result
      }
    }
    return result
  })
}

const scoreOf = (columns: LayoutColumn[], kind: ImportKind): number => {
  const keys = new Set(columns.map((c) => c.key).filter((k): k is string => !!k && k !== INDEX_KEY))
  let score = 0
  for (const key of keys) score += kind.columns.find((c) => c.key === key)?.required ? 2 : 1
  return score
}

/** A merge crossing the line between row r-1 and row r (a header block cannot start or end there). */
const crossesAbove = (grid: Grid, r: number) => grid.raw.merges.some((m) => m.top < r && m.bottom >= r)

export function findHeader(
  grid: Grid,
  kind: ImportKind,
  lookups: Lookups,
  mapping: Record<string, string>,
  fixedStart?: number,
): Candidate | null {
  let best: Candidate | null = null
  const identityKey = kind.columns[0]?.key
  const last = Math.min(grid.rows.length, HEADER_SEARCH_ROWS)
  const starts = fixedStart === undefined ? Array.from({ length: last }, (_, i) => i) : [fixedStart]
  for (const start of starts) {
    if (grid.raw.hiddenRows.includes(start) || !grid.rows[start]?.some((c) => textOf(c))) continue
    if (fixedStart === undefined && crossesAbove(grid, start)) continue
    for (let height = 1; height <= MAX_HEADER_ROWS && start + height <= grid.rows.length; height++) {
      if (crossesAbove(grid, start + height)) continue
      const columns = columnsFor(headerPaths(grid, start, height), kind, lookups, mapping)
      // A header names what a record is called (its title, or a batch's lot): a row of data whose
      // cells happen to read as choices ("Cấp tỉnh", "Lịch sử") is not one.
      if (!columns.some((c) => c.key === identityKey && !c.marker)) continue
      const score = scoreOf(columns, kind)
      // Equal scores: the shorter block (a title line above the header is not part of it).
      if (!best || score > best.score || (score === best.score && height < best.height)) {
        best = { start, height, columns, score }
      }
    }
  }
  // The name and at least one other column: a sheet of notes or allowed values is not a table.
  const keys = new Set(best?.columns.map((c) => c.key).filter((k) => k && k !== INDEX_KEY))
  return best && keys.size >= 2 ? best : null
}
