/**
 * Finds the table inside a spreadsheet as culture offices keep it, and says what it understood.
 *
 * Office lists are not tables from their first row: a title block (issuing body, the national
 * motto, the title, "Kèm theo Quyết định số …") sits above a header that spans two or three rows
 * with merged group cells ("Xếp hạng" over "Cấp quốc gia" / "Cấp tỉnh" / "Số, ngày quyết định"),
 * often followed by a row of column numbers; section rows ("I. XÃ PHÙ ĐỔNG", "A. DI TÍCH ĐÃ XẾP
 * HẠNG") give the commune, rank or type of the rows below them; subtotals ("Cộng: 12 di tích")
 * and a signature footer close it. This module finds the header by what it says, not where it is,
 * keeps sections as context for the rows below, and lists every row it skipped with the reason,
 * so that the officer sees the structure before anything is written. It never guesses a value:
 * a section it does not understand is shown as such, and the officer can say what it means.
 */
import type { Bilingual } from '../fields/message'
import type { Column, ImportKind, Lookups } from './columns'
import { detectColumnLegacy, detectLegacy, fromLegacy, type LegacyEncoding } from './legacy'
import { type Cell, columnLetter, MAX_ROWS, SheetError, type SheetProblem } from './sheet'
import { normalizeWords } from './values'
import type { RawSheet, Workbook } from './workbook'

/** A column that numbers the rows ("STT"): recognised so that it is neither data nor unknown. */
export const INDEX_KEY = '#index'
/** Section rows naming a former district ("II. HUYỆN GIA LÂM"): context for old commune names. */
export const DISTRICT_KEY = '#district'

export interface LayoutColumn {
  letter: string
  /** The header cells over this column, top to bottom ("Xếp hạng", "Cấp quốc gia"). */
  path: string[]
  /** The header as one line, as the preview and the mapping show it. */
  header: string
  key: string | null
  /** For one column per choice marked with an "x": the value a mark means. */
  marker?: string
}

export type SkipReason = 'hidden' | 'subtotal' | 'footer'

export interface SkippedRow {
  row: number
  reason: SkipReason
  text: string
}

export interface Section {
  row: number
  text: string
  /** What the section gives the rows below: a column key, or null when it was not understood. */
  key: string | null
  /** How the key was decided. */
  by: 'text' | 'officer' | 'sheet name'
}

export interface LaidRow {
  /** 1-based row number as the spreadsheet shows it. */
  number: number
  cells: Cell[]
  /** Values given by the section rows above (or the sheet's name), by column key. */
  context: Record<string, { text: string; row: number }>
}

export interface SheetLayout {
  sheet: string
  /** 1-based rows of the header, top to bottom. */
  headerRows: number[]
  /** 1-based rows above the header (title block, notes), left out. */
  titleRows: number[]
  /** The row of column numbers under the header ("(1) (2) (3)…"), left out. */
  numberRow?: number
  columns: LayoutColumn[]
  sections: Section[]
  skipped: SkippedRow[]
  emptyRows: number
  hiddenColumns: string[]
  legacy: { column: string; encoding: LegacyEncoding; cells: number }[]
  rows: LaidRow[]
  /** Problems with the sheet; `blocking` ones prevent the import. */
  problems: (SheetProblem & { blocking?: boolean })[]
}

export interface LayoutOptions {
  /** Sheets to read, by name; default: every visible sheet in which a header is found. */
  sheets?: string[]
  /** The first header row, 1-based, per sheet name (the officer's override). */
  headerRow?: Record<string, number>
  /** What a section row means, by its text: a column key, or 'none' to ignore it. */
  sections?: Record<string, string>
  /** Header as written in the file → column key. */
  mapping?: Record<string, string>
}

export interface WorkbookLayout {
  sheets: SheetLayout[]
  /** Sheets left out, and why. */
  ignoredSheets: { sheet: string; reason: Bilingual }[]
  notes: Bilingual[]
}

const HEADER_SEARCH_ROWS = 40
const MAX_HEADER_ROWS = 3

const INDEX_HEADERS = new Set(['stt', 'tt', 'so tt', 'so thu tu', 'thu tu', 'no'])

const text = (cell: Cell | undefined) => (cell?.text ?? '').replace(/\s+/g, ' ').trim()

/** "I.", "II -", "A)", "1." in front of a section's text. */
const NUMBERING = /^(?:[IVXLC]{1,8}|[A-ZĐ]|\d{1,2})\s*[.)\-–:]\s*/u
const ROMAN_OR_LETTER = /^(?:[IVXLC]{1,8}|[A-ZĐ])\.?$/u
const COMMUNE_WORDS = /^(xã|phường|thị trấn|đặc khu|tt\.?|p\.|x\.)\s/iu
const DISTRICT_WORDS = /^(huyện|quận|thị xã|tx\.?|h\.|q\.)\s/iu
const SUBTOTAL =
  /^(tổng cộng|tổng số|tổng|cộng|cộng lại)(\s*[:=]|\s+\d|\s*$|\s+(số|các|có|di tích|di sản|làng|sản phẩm|toàn))/iu
const FOOTER =
  /^(người lập( biểu)?|người ký|ghi chú\s*:|nơi nhận|tm\.?\s|t\/m\s|kt\.?\s|tl\.?\s|giám đốc|phó giám đốc|trưởng phòng|phó trưởng phòng|chủ tịch|phó chủ tịch|thủ trưởng|\(ký|ký tên|xác nhận của)/iu
const PLACE_AND_DATE = /(^|,\s*)ngày\s*[\d.…_ ]*\s*tháng\s*[\d.…_ ]*\s*năm\s*[\d.…_ ]*$/iu
const MARKED = new Set(['x', 'v', '1', 'co', 'yes', 'dung', 'check'])
const UNMARKED = new Set(['', '0', 'khong', '-', 'no'])
const COLUMN_NUMBER = /^\(?\s*\d{1,2}\s*\)?(\s*[=+\-*x/]\s*\(?\s*\d{1,2}\s*\)?)*$/

/** A cell marked with an "x" (or ✓, 1, có) in a one-column-per-choice layout. */
export const isMarked = (value: string): boolean => {
  const t = value.trim()
  if (/^[✓✔☑■●]$/u.test(t)) return true
  const n = normalizeWords(t)
  if (MARKED.has(n)) return true
  return !UNMARKED.has(n)
}

/** Texts a section or a marker heading might mean, from the most literal to the most trimmed. */
export function meaningVariants(raw: string): string[] {
  const base = raw
    .replace(NUMBERING, '')
    .replace(/\(.*?\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  const out = [base]
  const trimmed = base
    .replace(/^(danh (sách|mục)\s+)?(các\s+)?(di tích|di sản|làng nghề)\s+/iu, '')
    .replace(/^(đã\s+)?(được\s+)?(xếp hạng|công nhận|ghi danh)\s*/iu, '')
    .replace(/^loại hình\s+/iu, '')
    .replace(/\s*:\s*\d+.*$/u, '')
    .trim()
  if (trimmed && trimmed !== base) out.push(trimmed, `Di tích ${trimmed}`, `Cấp ${trimmed}`)
  return out
}

/** The choice a section or marker text names for one column, and the wording that named it. */
function meaningFor(column: Column, raw: string, lookups: Lookups): { value: string; text: string } | null {
  for (const variant of meaningVariants(raw)) {
    if (!variant) continue
    const parsed = column.parse({ text: variant }, lookups)
    if (!('value' in parsed)) continue
    const value = parsed.value
    if (typeof value === 'string') return { value, text: variant }
    if (Array.isArray(value) && value.length === 1 && typeof value[0] === 'string')
      return { value: value[0], text: variant }
    if (column.key === 'commune') return { value: String(value), text: variant }
  }
  return null
}

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

interface Grid {
  raw: RawSheet
  rows: Cell[][]
  width: number
  /** For each covered cell "r:c" of a merge, the merge's top-left and extent. */
  merged: Map<string, { top: number; left: number; bottom: number; right: number }>
}

const cellAt = (grid: Grid, r: number, c: number): Cell | undefined => grid.rows[r]?.[c]

/** A cell's text, or the text of the merged range it lies in (headers only). */
const headerText = (grid: Grid, r: number, c: number): string => {
  const range = grid.merged.get(`${r}:${c}`)
  return text(range ? cellAt(grid, range.top, range.left) : cellAt(grid, r, c))
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
      const path = paths[c] as string[]
      if (t && path.at(-1) !== t) path.push(t)
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

function findHeader(
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
    if (grid.raw.hiddenRows.includes(start) || !grid.rows[start]?.some((c) => text(c))) continue
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

function gridOf(raw: RawSheet): Grid {
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

type LegacyCounts = Map<string, SheetLayout['legacy'][number]>

const countLegacy = (counts: LegacyCounts, c: number, encoding: LegacyEncoding) => {
  const id = `${c}:${encoding}`
  const entry = counts.get(id) ?? { column: columnLetter(c), encoding, cells: 0 }
  entry.cells++
  counts.set(id, entry)
}

/** Cells typed in the legacy TCVN3 or VNI fonts, each converted to Unicode; counted per column. */
function convertLegacyCells(grid: Grid, counts: LegacyCounts): Set<string> {
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
function convertLegacyColumns(grid: Grid, dataRows: number[], converted: Set<string>, counts: LegacyCounts) {
  for (let c = 0; c < grid.width; c++) {
    const texts = dataRows.map((r) => grid.rows[r]?.[c]?.text ?? '').filter(Boolean)
    const encoding = detectColumnLegacy(texts)
    if (!encoding) continue
    for (const r of dataRows) {
      const cell = grid.rows[r]?.[c]
      if (!cell?.text || cell.formula || converted.has(`${r}:${c}`) || !/[^\x20-\x7e]/.test(cell.text)) continue
      ;(grid.rows[r] as Cell[])[c] = { ...cell, text: fromLegacy(cell.text, encoding) }
      countLegacy(counts, c, encoding)
    }
  }
}

/**
 * How high a numbered section sits: parts (A, B) above sections numbered I, II…, above 1, 2…; a
 * new one ends the sections at its level and below. Unnumbered sections (null) end nothing: they
 * replace only the value they give ("DI TÍCH CẤP TỈNH" under "XÃ PHÙ ĐỔNG" keeps the commune).
 */
function sectionLevel(indexText: string, text: string): number | null {
  const mark = ROMAN_OR_LETTER.test(indexText)
    ? indexText.replace('.', '')
    : /^\d+$/.test(indexText)
      ? indexText
      : (NUMBERING.exec(text)?.[0].replace(/[\s.)\-–:]+$/u, '') ?? '')
  if (!mark) return null
  if (/^\d+$/.test(mark)) return 3
  return /^[IVX]+$/.test(mark) ? 2 : 1
}

/**
 * What a section's text gives the rows below it, for this kind, and the wording to read. A bare
 * commune name ("Thái Hòa") is read with the former district the sheet or a section above names.
 */
function sectionMeaning(
  raw: string,
  kind: ImportKind,
  lookups: Lookups,
  district?: string,
): { key: string; text: string } | null {
  const stripped = raw.replace(NUMBERING, '').trim()
  const columns = kind.columns
  const commune = columns.find((c) => c.key === 'commune')
  if (commune && DISTRICT_WORDS.test(stripped)) return { key: DISTRICT_KEY, text: stripped }
  if (
    commune &&
    (COMMUNE_WORDS.test(stripped) || meaningFor(commune, district ? `${stripped}, ${district}` : stripped, lookups))
  ) {
    return { key: 'commune', text: stripped }
  }
  for (const column of columns) {
    if (!column.section || column.key === 'commune') continue
    const meaning = meaningFor(column, raw, lookups)
    if (meaning) return { key: column.key, text: meaning.text }
  }
  return null
}

export function analyseSheet(
  raw: RawSheet,
  kind: ImportKind,
  lookups: Lookups,
  options: LayoutOptions = {},
): SheetLayout | null {
  const grid = gridOf(raw)
  const mapping = options.mapping ?? {}
  const fixed = options.headerRow?.[raw.name]
  const layout: SheetLayout = {
    sheet: raw.name,
    headerRows: [],
    titleRows: [],
    columns: [],
    sections: [],
    skipped: [],
    emptyRows: 0,
    hiddenColumns: raw.hiddenColumns.map(columnLetter),
    legacy: [],
    rows: [],
    problems: [],
  }
  // Header cells typed in a legacy font must be readable before the header can be found.
  const legacyCounts: LegacyCounts = new Map()
  const converted = convertLegacyCells(grid, legacyCounts)
  const found = findHeader(grid, kind, lookups, mapping, fixed === undefined ? undefined : fixed - 1)
  if (!found) {
    if (fixed === undefined) return null
    layout.problems.push({
      at: `${fixed}`,
      blocking: true,
      message: {
        vi: `Dòng ${fixed} không phải dòng tiêu đề: không cột nào khớp với các trường cần nhập. Hãy chọn đúng dòng tiêu đề.`,
        en: `Row ${fixed} is not a header row: no column matches a field. Choose the header row.`,
      },
    })
    return layout
  }
  layout.headerRows = Array.from({ length: found.height }, (_, i) => found.start + i + 1)
  layout.titleRows = Array.from({ length: found.start }, (_, i) => i + 1).filter((r) =>
    grid.rows[r - 1]?.some((c) => text(c)),
  )
  layout.columns = found.columns
  for (const column of layout.columns) {
    if (column.header && !column.key) {
      layout.problems.push({
        at: column.letter,
        message: {
          vi: `Cột ${column.letter} "${column.header}" không khớp với trường nào và được bỏ qua. Nếu cần, hãy chọn trường cho cột này.`,
          en: `Column ${column.letter} "${column.header}" matches no field and is ignored. Map it to a field if needed.`,
        },
      })
    }
  }

  let first = found.start + found.height
  const numberCells = (grid.rows[first] ?? []).map(text).filter(Boolean)
  if (numberCells.length >= 3 && numberCells.every((t) => COLUMN_NUMBER.test(t))) {
    layout.numberRow = first + 1
    first++
  }

  const indexColumn = layout.columns.findIndex((c) => c.key === INDEX_KEY)
  const context: LaidRow['context'] = {}
  const sheetMeaning = sectionMeaning(raw.name, kind, lookups)
  // The wording a section the officer gave a meaning to is read with.
  const wordingFor = (key: string, t: string) => {
    const column = kind.columns.find((c) => c.key === key)
    const stripped = t.replace(NUMBERING, '').trim()
    return (column && key !== 'commune' && meaningFor(column, t, lookups)?.text) || stripped
  }
  const allowed = new Set(['none', DISTRICT_KEY, ...kind.columns.filter((c) => c.section).map((c) => c.key)])
  const overrides = new Map(
    Object.entries(options.sections ?? {})
      .filter(([, key]) => allowed.has(key))
      .map(([t, key]) => [normalizeWords(t), key]),
  )
  const overrideOf = (t: string) => overrides.get(normalizeWords(t))
  const sheetOverride = overrideOf(raw.name)
  if ((sheetOverride && sheetOverride !== 'none') || (!sheetOverride && sheetMeaning)) {
    const key = sheetOverride ?? (sheetMeaning?.key as string)
    const wording = sheetOverride ? wordingFor(key, raw.name) : (sheetMeaning?.text as string)
    context[key] = { text: wording, row: 0 }
    layout.sections.push({ row: 0, text: raw.name, key, by: sheetOverride ? 'officer' : 'sheet name' })
  }
  let footer = false
  const dataRows: number[] = []
  const candidates: { r: number; kind: 'data' | 'section'; level: number | null }[] = []
  let district = context[DISTRICT_KEY]?.text
  for (let r = first; r < grid.rows.length; r++) {
    const cells = grid.rows[r] ?? []
    const filled = cells.map((cell, c) => ({ c, t: text(cell) })).filter((x) => x.t)
    if (filled.length === 0) {
      layout.emptyRows++
      continue
    }
    const summary = filled
      .map((x) => x.t)
      .join(' · ')
      .slice(0, 120)
    if (raw.hiddenRows.includes(r)) {
      layout.skipped.push({ row: r + 1, reason: 'hidden', text: summary })
      continue
    }
    const indexText = indexColumn >= 0 ? text(cells[indexColumn]) : ''
    const numbered = /^\d+$/.test(indexText)
    const others = filled.filter((x) => x.c !== indexColumn)
    const spans = (c: number) => {
      const range = grid.merged.get(`${r}:${c}`)
      return range ? range.right - range.left + 1 : 1
    }
    if (
      footer ||
      (!numbered &&
        others.some((x) => FOOTER.test(x.t) || PLACE_AND_DATE.test(x.t)) &&
        (others.length <= 3 || others.some((x) => spans(x.c) > 1)))
    ) {
      footer = true
      layout.skipped.push({ row: r + 1, reason: 'footer', text: summary })
      continue
    }
    if (!numbered && others.some((x) => SUBTOTAL.test(x.t))) {
      layout.skipped.push({ row: r + 1, reason: 'subtotal', text: summary })
      continue
    }
    const only = others.length === 1 ? (others[0] as { c: number; t: string }) : null
    // A numbered row with nothing but a commune or district is a section too ("11 | XÃ QUẤT ĐỘNG").
    const place = only ? COMMUNE_WORDS.test(only.t) || DISTRICT_WORDS.test(only.t) : false
    if (only && (!numbered || place) && !/^[\d.,\s]+$/.test(only.t)) {
      const meaning = sectionMeaning(only.t, kind, lookups, district)
      if (meaning?.key === DISTRICT_KEY) district = meaning.text
      const looksLikeSection =
        meaning !== null ||
        ROMAN_OR_LETTER.test(indexText) ||
        NUMBERING.test(only.t) ||
        (only.t.length >= 3 && only.t === only.t.toLocaleUpperCase('vi') && /\p{L}/u.test(only.t)) ||
        spans(only.c) > 1
      if (looksLikeSection) {
        candidates.push({ r, kind: 'section', level: sectionLevel(indexText, only.t) })
        continue
      }
    }
    candidates.push({ r, kind: 'data', level: null })
    dataRows.push(r)
  }
  convertLegacyColumns(grid, dataRows, converted, legacyCounts)
  layout.legacy = [...legacyCounts.values()]

  const levels = new Map<string, number | null>()
  for (const candidate of candidates) {
    const r = candidate.r
    if (candidate.kind === 'section') {
      // Converted text (legacy fonts) decides the meaning, not the mojibake.
      const t = text((grid.rows[r] ?? []).find((cell, c) => c !== indexColumn && text(cell)))
      const override = overrideOf(t)
      const meaning = override ? null : sectionMeaning(t, kind, lookups, context[DISTRICT_KEY]?.text)
      const key = override ? (override === 'none' ? null : override) : (meaning?.key ?? null)
      layout.sections.push({ row: r + 1, text: t, key, by: override ? 'officer' : 'text' })
      // "B. DI TÍCH KHÁC" ends what "I. XÃ NINH HIỆP" under part A gave: nothing carries over.
      const level = candidate.level
      if (level !== null) {
        for (const [other, at] of levels) {
          if (at !== null && at >= level) {
            delete context[other]
            levels.delete(other)
          }
        }
      }
      if (key) {
        context[key] = { text: meaning?.text ?? wordingFor(key, t), row: r + 1 }
        levels.set(key, level)
      }
      continue
    }
    layout.rows.push({ number: r + 1, cells: grid.rows[r] ?? [], context: { ...context } })
    if (layout.rows.length > MAX_ROWS) {
      throw new SheetError({
        vi: `Trang "${raw.name}" có hơn ${MAX_ROWS} dòng. Hãy chia thành nhiều tệp nhỏ hơn.`,
        en: `Sheet "${raw.name}" has more than ${MAX_ROWS} rows. Split it into smaller files.`,
      })
    }
  }
  return layout
}

/** Every sheet the import reads, with what was left out and why. */
export function analyseWorkbook(
  workbook: Workbook,
  kind: ImportKind,
  lookups: Lookups,
  options: LayoutOptions = {},
): WorkbookLayout {
  const result: WorkbookLayout = { sheets: [], ignoredSheets: [], notes: [...workbook.notes] }
  const chosen = options.sheets?.length ? new Set(options.sheets) : null
  for (const raw of workbook.sheets) {
    if (chosen && !chosen.has(raw.name)) {
      result.ignoredSheets.push({
        sheet: raw.name,
        reason: { vi: 'Không được chọn để nhập.', en: 'Not chosen for import.' },
      })
      continue
    }
    if (raw.hidden) {
      result.ignoredSheets.push({
        sheet: raw.name,
        reason: { vi: 'Trang tính bị ẩn: bỏ qua.', en: 'Hidden sheet: left out.' },
      })
      continue
    }
    const layout = analyseSheet(raw, kind, lookups, options)
    if (layout) result.sheets.push(layout)
    else {
      result.ignoredSheets.push({
        sheet: raw.name,
        reason: {
          vi: 'Không tìm thấy dòng tiêu đề có các cột cần nhập.',
          en: 'No header row with the columns to import was found.',
        },
      })
    }
  }
  return result
}
