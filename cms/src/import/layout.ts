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
import type { ImportKind, Lookups } from './columns'
import { convertLegacyCells, convertLegacyColumns, gridOf, type LegacyCounts, textOf } from './grid'
import { findHeader, INDEX_KEY } from './header'
import type { LegacyEncoding } from './legacyTables'
import {
  COMMUNE_WORDS,
  DISTRICT_KEY,
  DISTRICT_WORDS,
  meaningFor,
  NUMBERING,
  ROMAN_OR_LETTER,
  sectionLevel,
  sectionMeaning,
} from './sections'
import { type Cell, columnLetter, MAX_ROWS, SheetError, type SheetProblem } from './sheet'
import { normalizeWords } from './values'
import type { RawSheet, Workbook } from './workbook'

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

/** Why a row below the header is not read, in the order the report lists them. */
export const SKIP_REASONS = ['hidden', 'subtotal', 'footer'] as const
export type SkipReason = (typeof SKIP_REASONS)[number]

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
    grid.rows[r - 1]?.some((c) => textOf(c)),
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
  const numberCells = (grid.rows[first] ?? []).map(textOf).filter(Boolean)
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
  const fromSheet = sheetOverride
    ? sheetOverride === 'none'
      ? null
      : { key: sheetOverride, text: wordingFor(sheetOverride, raw.name), by: 'officer' as const }
    : sheetMeaning && { ...sheetMeaning, by: 'sheet name' as const }
  if (fromSheet) {
    context[fromSheet.key] = { text: fromSheet.text, row: 0 }
    layout.sections.push({ row: 0, text: raw.name, key: fromSheet.key, by: fromSheet.by })
  }
  let footer = false
  const dataRows: number[] = []
  const candidates: { r: number; kind: 'data' | 'section'; level: number | null }[] = []
  let district = context[DISTRICT_KEY]?.text
  for (let r = first; r < grid.rows.length; r++) {
    const cells = grid.rows[r] ?? []
    const filled = cells.map((cell, c) => ({ c, t: textOf(cell) })).filter((x) => x.t)
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
    const indexText = indexColumn >= 0 ? textOf(cells[indexColumn]) : ''
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
    const only = others.length === 1 ? others[0] : undefined
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
      const t = textOf((grid.rows[r] ?? []).find((cell, c) => c !== indexColumn && textOf(cell)))
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
