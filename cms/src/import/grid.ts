/**
 * A sheet as the layout reads it: hidden columns blanked, every cell of a merged range pointing
 * at the range, and cells typed in the legacy Vietnamese fonts converted to Unicode.
 */
import type { SheetLayout } from './layout'
import { detectColumnLegacy, detectLegacy, fromLegacy } from './legacy'
import type { LegacyEncoding } from './legacyTables'
import { type Cell, columnLetter } from './sheet'
import type { RawSheet } from './workbook'

/** A cell's text on one line, as headers and sections are compared. */
export const textOf = (cell: Cell | undefined) => (cell?.text ?? '').replace(/\s+/g, ' ').trim()

export interface Grid {
  raw: RawSheet
  rows: Cell[][]
  width: number
  /** For each covered cell "r:c" of a merge, the merge's top-left and extent. */
  merged: Map<string, { top: number; left: number; bottom: number; right: number }>
}

const cellAt = (grid: Grid, r: number, c: number): Cell | undefined => grid.rows[r]?.[c]

/** A cell's text, or the text of the merged range it lies in (headers only). */
export const headerText = (grid: Grid, r: number, c: number): string => {
  const range = grid.merged.get(`${r}:${c}`)
  return textOf(range ? cellAt(grid, range.top, range.left) : cellAt(grid, r, c))
}

export function gridOf(raw: RawSheet): Grid {
  const hiddenColumns = new Set(raw.hiddenColumns)
  const rows = raw.rows.map((row) => row.map((cell, c) => (hiddenColumns.has(c) ? { text: '' } : cell)))
  const width = Math.max(0, ...rows.map((row) => row.length))
  const merged: Grid['merged'] = new Map()
  for (const range of raw.merges) {
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) merged.set(`${r}:${c}`, range)
    }
  }
  return { raw, rows, width, merged }
}

export type LegacyCounts = Map<string, SheetLayout['legacy'][number]>

const countLegacy = (counts: LegacyCounts, c: number, encoding: LegacyEncoding) => {
  const id = `${c}:${encoding}`
  const entry = counts.get(id) ?? { column: columnLetter(c), encoding, cells: 0 }
  entry.cells++
  counts.set(id, entry)
}

/** Cells typed in the legacy TCVN3 or VNI fonts, each converted to Unicode; counted per column. */
export function convertLegacyCells(grid: Grid, counts: LegacyCounts): Set<string> {
  const converted = new Set<string>()
  grid.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (!cell.text || cell.formula) return
      const encoding = detectLegacy(cell.text)
      if (!encoding) return
      row[c] = { ...cell, text: fromLegacy(cell.text, encoding) }
      converted.add(`${r}:${c}`)
      countLegacy(counts, c, encoding)
    })
  })
  return converted
}

/** A column typed in one font: its short or ambiguous cells follow the column's encoding. */
export function convertLegacyColumns(grid: Grid, dataRows: number[], converted: Set<string>, counts: LegacyCounts) {
  for (let c = 0; c < grid.width; c++) {
    const texts = dataRows.map((r) => grid.rows[r]?.[c]?.text ?? '').filter(Boolean)
    const encoding = detectColumnLegacy(texts)
    if (!encoding) continue
    for (const r of dataRows) {
      const row = grid.rows[r]
      const cell = row?.[c]
      if (!row || !cell?.text || cell.formula || converted.has(`${r}:${c}`) || !/[^\x20-\x7e]/.test(cell.text)) continue
      row[c] = { ...cell, text: fromLegacy(cell.text, encoding) }
      countLegacy(counts, c, encoding)
    }
  }
}
