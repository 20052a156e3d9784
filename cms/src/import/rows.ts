/**
 * One row of a sheet read into the record it would write: every column's cell parsed (or the
 * value its section or its marked choice gives), and what is wrong with it said per column.
 */
import { slugify, starsForScore } from '@heritage/contract'
import type { Bilingual } from '../fields/message'
import { isRecord, recordOr } from '../shared/guards'
import { type Column, type ImportKind, isTextColumn, type Lookups } from './columns'
import { INDEX_KEY } from './header'
import { isMarked, type LaidRow, type LayoutColumn, type SheetLayout } from './layout'
import { DISTRICT_KEY } from './sections'
import { checkInVietnam, type Parsed } from './values'

export interface CellIssue {
  /** Sheet the row is on (workbooks with several sheets). */
  sheet?: string
  /** Row number as the spreadsheet shows it. */
  row: number
  /** Column letter, or '' for the row as a whole. */
  column: string
  header: string
  message: Bilingual
}

export type RowAction = 'create' | 'update' | 'unchanged' | 'reject'

export interface RowPlan {
  sheet: string
  row: number
  action: RowAction
  title: string
  /** The record this row updates, when it exists. */
  id?: number | string
  /** Columns whose value differs from the stored record (updates only). */
  changes: string[]
  issues: CellIssue[]
  /** What was understood on the way that the officer should know (never a refusal). */
  notes: Bilingual[]
  data: Record<string, unknown>
  dataEn: Record<string, unknown>
}

/** A sheet's columns by the key they were mapped to (a choice laid out as marked columns has several). */
export type ColumnsByKey = Map<string, { index: number; column: LayoutColumn }[]>

export function columnsByKey(sheet: SheetLayout): ColumnsByKey {
  const byKey: ColumnsByKey = new Map()
  sheet.columns.forEach((column, index) => {
    if (!column.key || column.key === INDEX_KEY || column.key === DISTRICT_KEY) return
    byKey.set(column.key, [...(byKey.get(column.key) ?? []), { index, column }])
  })
  return byKey
}

/** Sets a value at a dot path; an object value fills in only what earlier columns left empty. */
export const setPath = (target: Record<string, unknown>, path: string, value: unknown) => {
  const parts = path.split('.')
  const last = parts.pop() ?? path
  let node = target
  for (const part of parts) {
    const child = recordOr(node[part])
    node[part] = child
    node = child
  }
  if (isRecord(value)) node[last] = { ...value, ...recordOr(node[last]) }
  else node[last] = value
}

const cellText = (row: { cells: { text: string }[] }, index: number) => row.cells[index]?.text.trim() ?? ''

const numberOrUndefined = (value: unknown) => (typeof value === 'number' ? value : undefined)

/** What a sheet's row says, for a kind: its data (Vietnamese and English) and what is wrong with it. */
export function readRow(
  kind: ImportKind,
  sheet: SheetLayout,
  byKey: ColumnsByKey,
  laid: LaidRow,
  lookups: Lookups,
): RowPlan {
  const plan: RowPlan = {
    sheet: sheet.sheet,
    row: laid.number,
    action: 'create',
    title: '',
    changes: [],
    issues: [],
    notes: [],
    data: {},
    dataEn: {},
  }
  const issue = (letter: string, header: string, message: Bilingual) =>
    plan.issues.push({ sheet: sheet.sheet, row: laid.number, column: letter, header, message })
  const district = laid.context[DISTRICT_KEY]?.text
  const assign = (column: Column, value: unknown, parsed?: Parsed<unknown>) => {
    if (parsed && 'value' in parsed) {
      for (const [path, extra] of Object.entries(parsed.also ?? {})) {
        if (extra !== undefined) setPath(plan.data, path, extra)
      }
      if (parsed.note) plan.notes.push(parsed.note)
    }
    if (column.path) setPath(column.locale === 'en' ? plan.dataEn : plan.data, column.path, value)
  }
  const given = new Set<string>()
  for (const column of kind.columns) {
    const mapped = byKey.get(column.key) ?? []
    const plain = mapped.find((m) => !m.column.marker)
    const plainCell = plain ? (laid.cells[plain.index] ?? { text: '' }) : null
    const marked = mapped.flatMap((m) =>
      m.column.marker && isMarked(cellText(laid, m.index)) ? [{ column: m.column, marker: m.column.marker }] : [],
    )
    if (plain && plainCell && plainCell.text.trim() !== '') {
      const c = plain.column
      const cell = plainCell
      given.add(column.key)
      if (cell.formula && !isTextColumn(column)) {
        // A formula in a typed column: its result is not trusted and it is never evaluated.
        issue(c.letter, c.header, {
          vi: `Ô chứa công thức (${cell.text.slice(0, 40)}). Công thức không được tính khi nhập: hãy ghi giá trị.`,
          en: `The cell holds a formula (${cell.text.slice(0, 40)}). Formulas are not evaluated on import: type the value.`,
        })
        continue
      }
      const withDistrict =
        column.key === 'commune' && district && !cell.text.includes(',')
          ? { ...cell, text: `${cell.text}, ${district}` }
          : cell
      const parsed = column.parse(withDistrict, lookups)
      if ('error' in parsed) issue(c.letter, c.header, parsed.error)
      else assign(column, parsed.value, parsed)
      continue
    }
    if (marked.length > 0) {
      given.add(column.key)
      const values = [...new Set(marked.map((m) => m.marker))]
      if (column.multiple) assign(column, values)
      else if (values.length > 1) {
        issue(marked[1]?.column.letter ?? '', marked[1]?.column.header ?? '', {
          vi: `Đánh dấu ở nhiều cột (${marked.map((m) => m.column.path.at(-1)).join(', ')}): chỉ được chọn một ${column.header.toLowerCase()}.`,
          en: `Marked in several columns (${marked.map((m) => m.column.path.at(-1)).join(', ')}): only one ${column.header} may be chosen.`,
        })
      } else assign(column, values[0])
      continue
    }
    // An empty cell (or no mark) takes the value of the section the row is in, if any.
    const fromSection = laid.context[column.key]
    if (fromSection) {
      given.add(column.key)
      const text = column.key === 'commune' && district ? `${fromSection.text}, ${district}` : fromSection.text
      const parsed = column.parse({ text }, lookups)
      if ('error' in parsed) {
        issue('', column.header, {
          vi: `Mục "${fromSection.text}" (dòng ${fromSection.row || 'tên trang'}): ${parsed.error.vi}`,
          en: `Section "${fromSection.text}" (row ${fromSection.row || 'sheet name'}): ${parsed.error.en}`,
        })
      } else assign(column, parsed.value, parsed)
    }
  }
  for (const column of kind.columns) {
    if (!column.required || given.has(column.key)) continue
    const at = byKey.get(column.key)?.[0]?.column
    issue(at?.letter ?? '', at?.header ?? column.header, {
      vi: `Thiếu ${column.header}.`,
      en: `${column.header} is missing.`,
    })
  }
  plan.title = String(plan.data.title ?? plan.data.lotCode ?? '')
  const letterOf = (key: string) => sheet.columns.find((c) => c.key === key)
  const location = isRecord(plan.data.location) ? plan.data.location : undefined
  const lat = numberOrUndefined(location?.lat)
  const lng = numberOrUndefined(location?.lng)
  const latColumn = letterOf('lat') ?? letterOf('coordinates')
  const placeColumns = sheet.columns
    .filter((c) => ['lat', 'lng', 'coordinates'].includes(c.key ?? ''))
    .map((c) => c.letter)
  const placeAlreadyWrong = plan.issues.some((i) => placeColumns.includes(i.column))
  if (placeAlreadyWrong) {
    // One message per mistake: the cell that was wrong says so already.
  } else if (location && (lat === undefined) !== (lng === undefined)) {
    issue(latColumn?.letter ?? '', latColumn?.header ?? '', {
      vi: 'Cần cả vĩ độ và kinh độ (hoặc để trống cả hai).',
      en: 'Both latitude and longitude are needed (or neither).',
    })
  } else if (lat !== undefined && lng !== undefined) {
    const inside = checkInVietnam(lat, lng)
    if ('error' in inside) issue(latColumn?.letter ?? '', latColumn?.header ?? '', inside.error)
  }
  if (plan.data.score !== undefined && plan.data.stars !== undefined) {
    const expected = starsForScore(Number(plan.data.score))
    if (expected !== plan.data.stars) {
      const c = letterOf('stars')
      issue(c?.letter ?? '', c?.header ?? '', {
        vi: `Hạng ${String(plan.data.stars)} sao không khớp với ${String(plan.data.score)} điểm (${expected ? `${expected} sao` : 'không đạt hạng'}).`,
        en: `${String(plan.data.stars)} stars do not match a score of ${String(plan.data.score)} (${expected ? `${expected} stars` : 'no rating'}).`,
      })
    }
  }
  if (kind.collection !== 'batches' && !plan.data.slug && plan.data.title)
    plan.data.slug = slugify(String(plan.data.title))
  return plan
}
