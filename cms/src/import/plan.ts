import {
  type CollectionSlug,
  createLocalReq,
  type Payload,
  type PayloadRequest,
  ValidationError,
  type Where,
} from 'payload'
import { communeAllowed } from '../access/scope'
import { installationProvince, loadCommuneIndex } from '../adminUnits/resolve'
import { refreshStatistics } from '../db'
import { slugify, starsForScore } from '../domain'
import type { Bilingual } from '../fields/message'
import { requestPublish } from '../publish/publisher'
import { isRecord, recordOr } from '../shared/guards'
import { type Column, IMPORT_KINDS, type ImportKindName, isTextColumn, type Lookups } from './kinds'
import {
  analyseWorkbook,
  DISTRICT_KEY,
  INDEX_KEY,
  isMarked,
  type LayoutColumn,
  type LayoutOptions,
  type SheetLayout,
  type WorkbookLayout,
} from './layout'
import type { SheetProblem } from './sheet'
import { checkInVietnam, normalizeWords, type Parsed } from './values'
import type { Workbook } from './workbook'

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

/** What the preview shows of one sheet's structure: everything but its rows. */
export type SheetSummary = Omit<SheetLayout, 'rows'> & { dataRows: number }

export interface ImportPlan {
  kind: ImportKindName
  /** Columns of the first sheet read (the mapping screen offers these). */
  columns: { letter: string; header: string; key: string | null }[]
  sheets: SheetSummary[]
  ignoredSheets: WorkbookLayout['ignoredSheets']
  /** Problems with the file as a whole; `blocking` ones prevent the import. */
  problems: (SheetProblem & { sheet?: string; blocking: boolean })[]
  rows: RowPlan[]
  counts: Record<RowAction, number>
  canCommit: boolean
}

export interface ImportOptions {
  kind: ImportKindName
  workbook: Workbook
  /** Header as written in the file → column key, for sheets with other headers. */
  mapping?: Record<string, string>
  /** The officer's corrections to the structure found: sheets, header row, section meanings. */
  layout?: Omit<LayoutOptions, 'mapping'>
  /** The person importing: their scope and rights apply. None for the command line (system). */
  user?: Record<string, unknown> & { id: number | string }
  /** Ask for a site build after a commit (default yes; the command line publishes separately). */
  publish?: boolean
}

/** Sets a value at a dot path; an object value fills in only what earlier columns left empty. */
const setPath = (target: Record<string, unknown>, path: string, value: unknown) => {
  const parts = path.split('.')
  let node = target
  for (const part of parts.slice(0, -1)) {
    node[part] = (node[part] as Record<string, unknown> | undefined) ?? {}
    node = node[part] as Record<string, unknown>
  }
  const last = parts.at(-1) as string
  if (isRecord(value)) {
    const existing = recordOr(node[last])
    node[last] = { ...value, ...existing }
  } else node[last] = value
}
const getPath = (source: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | null)?.[part], source)

/** Stored and imported values compared as a person would: ids, day of a date, names of crafts. */
function same(stored: unknown, imported: unknown): boolean {
  const norm = (v: unknown): unknown => {
    if (v === undefined || v === '') return null
    if (v && typeof v === 'object' && 'id' in (v as object)) return String((v as { id: unknown }).id)
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v)) return v.slice(0, 10)
    if (typeof v === 'number') return String(v)
    if (Array.isArray(v)) {
      return v.map((item) =>
        item && typeof item === 'object' && 'name' in item ? (item as { name: unknown }).name : norm(item),
      )
    }
    return v
  }
  return JSON.stringify(norm(stored)) === JSON.stringify(norm(imported))
}

async function loadLookups(payload: Payload, user?: ImportOptions['user']): Promise<Lookups> {
  const all = async (collection: 'admin-units' | 'producers' | 'ocop-products', where?: Where) =>
    (
      await payload.find({
        collection,
        where,
        limit: 0,
        pagination: false,
        depth: 0,
        locale: 'vi',
        draft: collection !== 'admin-units',
        // Names resolve only to records the importing account may read.
        overrideAccess: !user,
        ...(user ? { user: { ...user, collection: 'users' } as never } : {}),
      })
    ).docs as unknown as Record<string, unknown>[]
  const communes = await loadCommuneIndex(payload, await installationProvince(payload))
  const producers = new Map<string, number | string>()
  for (const p of await all('producers')) producers.set(normalizeWords(String(p.title ?? '')), p.id as number)
  const products = new Map<string, number | string>()
  for (const p of await all('ocop-products')) {
    products.set(normalizeWords(String(p.title ?? '')), p.id as number)
    if (p.gtin) products.set(String(p.gtin), p.id as number)
  }
  return { communes, producers, products }
}

/** Maps Payload's validation errors (by field path) back to the row's columns. */
function issuesFromError(error: unknown, row: RowPlan, columns: LayoutColumn[], kindColumns: Column[]): CellIssue[] {
  const at = { sheet: row.sheet, row: row.row }
  if (error instanceof ValidationError) {
    return error.data.errors.map((e) => {
      const column = kindColumns.find((c) => c.path === e.path || (c.path && e.path.startsWith(`${c.path}.`)))
      const mapped = columns.find((c) => c.key === column?.key)
      return {
        ...at,
        column: mapped?.letter ?? '',
        header: mapped?.header ?? e.path,
        message: { vi: e.message, en: e.message },
      }
    })
  }
  const message = error instanceof Error ? error.message : String(error)
  return [{ ...at, column: '', header: '', message: { vi: message, en: message } }]
}

async function write(payload: Payload, req: PayloadRequest, kind: ImportKindName, row: RowPlan) {
  const { collection } = IMPORT_KINDS[kind]
  const common = {
    collection,
    draft: true,
    depth: 0,
    locale: 'vi' as const,
    overrideAccess: !req.user,
    req,
    context: { importing: true },
  }
  const doc = (
    row.id === undefined
      ? await payload.create({ ...common, data: { ...row.data, _status: 'draft' } as never })
      : await payload.update({ ...common, id: row.id, data: row.data as never })
  ) as { id: number | string }
  if (Object.keys(row.dataEn).length > 0) {
    await payload.update({ ...common, id: doc.id, locale: 'en', data: row.dataEn as never })
  }
  return doc.id
}

const newReq = async (payload: Payload, user: ImportOptions['user']) =>
  createLocalReq({ user: user ? ({ ...user, collection: 'users' } as never) : undefined }, payload)

const cellText = (row: { cells: { text: string }[] }, index: number) => row.cells[index]?.text.trim() ?? ''

/** Every stored record the rows may update, read at once (one query per 500 keys, not per row). */
async function existingRecords(
  payload: Payload,
  kindName: ImportKindName,
  rows: RowPlan[],
  user: ImportOptions['user'],
): Promise<{ byKey: Map<string, Record<string, unknown>>; readable: Set<string> }> {
  const kind = IMPORT_KINDS[kindName]
  const values = [
    ...new Set(rows.map((r) => r.data[kind.identity.field]).filter((v): v is string => typeof v === 'string' && !!v)),
  ]
  const byKey = new Map<string, Record<string, unknown>>()
  for (let i = 0; i < values.length; i += 500) {
    const { docs } = await payload.find({
      collection: kind.collection,
      where: { [kind.identity.field]: { in: values.slice(i, i + 500) } },
      draft: true,
      depth: 0,
      limit: 0,
      pagination: false,
      locale: 'all',
      overrideAccess: true,
    })
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      const key = kind.identity.key({
        ...doc,
        slug: doc.slug,
        title: (doc.title as Record<string, unknown> | undefined)?.vi,
      })
      if (key) byKey.set(key, doc)
    }
  }
  const readable = new Set<string>()
  const keyOf = new Map([...byKey].map(([key, doc]) => [String(doc.id), key]))
  const ids = [...byKey.values()].map((doc) => doc.id as number)
  for (let i = 0; i < ids.length; i += 500) {
    const { docs } = await payload.find({
      collection: kind.collection,
      where: { id: { in: ids.slice(i, i + 500) } },
      draft: true,
      depth: 0,
      limit: 0,
      pagination: false,
      locale: 'all',
      overrideAccess: !user,
      ...(user ? { user: { ...user, collection: 'users' } as never } : {}),
    })
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      readable.add(String(doc.id))
      // Compared as the account reads it: a private field it may not read (another commune's
      // contact details, notes) always counts as changed, so the preview never confirms a guess.
      const key = keyOf.get(String(doc.id))
      if (key) byKey.set(key, doc)
    }
  }
  return { byKey, readable }
}

/**
 * The dry run: finds the table in every sheet, reads every row and says, per row and column,
 * what would be created, updated, left unchanged or rejected and why. It writes nothing.
 */
export async function planImport(payload: Payload, options: ImportOptions): Promise<ImportPlan> {
  const kind = IMPORT_KINDS[options.kind]
  const kindColumns = kind.columns as Column[]
  const lookups = await loadLookups(payload, options.user)
  const layout = analyseWorkbook(options.workbook, kind, lookups, {
    ...options.layout,
    mapping: options.mapping,
  })
  const problems: ImportPlan['problems'] = []
  for (const note of layout.notes) problems.push({ at: '', message: note, blocking: false })
  if (layout.sheets.length === 0) {
    const required = kindColumns.filter((c) => c.required).map((c) => `"${c.header}"`)
    problems.push({
      at: '',
      blocking: true,
      message: {
        vi: `Không tìm thấy dòng tiêu đề: không trang tính nào có các cột ${required.join(', ')}. Hãy tải tệp mẫu để xem tên cột, hoặc chọn dòng tiêu đề.`,
        en: `No header row found: no sheet has the columns ${required.join(', ')}. Download the template to see the column names, or choose the header row.`,
      },
    })
  }
  const seen = new Map<string, string>()
  const rows: RowPlan[] = []
  const probeReq = await newReq(payload, options.user)
  const allowedCommunes = new Map<string, boolean>()

  for (const sheet of layout.sheets) {
    for (const p of sheet.problems) problems.push({ ...p, sheet: sheet.sheet, blocking: p.blocking ?? false })
    const byKey = new Map<string, { index: number; column: LayoutColumn }[]>()
    sheet.columns.forEach((column, index) => {
      if (!column.key || column.key === INDEX_KEY || column.key === DISTRICT_KEY) return
      byKey.set(column.key, [...(byKey.get(column.key) ?? []), { index, column }])
    })
    const sectionKeys = new Set(sheet.sections.map((s) => s.key))
    for (const column of kindColumns) {
      const plain = (byKey.get(column.key) ?? []).filter((m) => !m.column.marker)
      if (plain.length > 1) {
        const letters = plain.map((m) => m.column.letter).join(', ')
        problems.push({
          sheet: sheet.sheet,
          at: letters,
          blocking: true,
          message: {
            vi: `Các cột ${letters} cùng là "${column.header}". Hãy giữ một cột, hoặc chọn trường khác cho cột thừa.`,
            en: `Columns ${letters} are all "${column.header}". Keep one, or map the others to other fields.`,
          },
        })
      }
      if (column.required && !byKey.has(column.key) && !sectionKeys.has(column.key)) {
        problems.push({
          sheet: sheet.sheet,
          at: '',
          blocking: true,
          message: {
            vi: `Thiếu cột bắt buộc "${column.header}"${layout.sheets.length > 1 ? ` ở trang "${sheet.sheet}"` : ''}. Hãy thêm cột này (xem tệp mẫu) hoặc chọn cột tương ứng.`,
            en: `The required column "${column.header}" is missing${layout.sheets.length > 1 ? ` in sheet "${sheet.sheet}"` : ''}. Add it (see the template) or map a column to it.`,
          },
        })
      }
    }

    for (const laid of sheet.rows) {
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
        if (column.key === 'coordinates') {
          const { lat, lng } = value as { lat: number; lng: number }
          setPath(plan.data, 'location.lat', lat)
          setPath(plan.data, 'location.lng', lng)
        } else if (column.path) setPath(column.locale === 'en' ? plan.dataEn : plan.data, column.path, value)
      }
      const given = new Set<string>()
      for (const column of kindColumns) {
        const mapped = byKey.get(column.key) ?? []
        const markers = mapped.filter((m) => m.column.marker)
        const plain = mapped.find((m) => !m.column.marker)
        const plainCell = plain ? (laid.cells[plain.index] ?? { text: '' }) : null
        const marked = markers.filter((m) => isMarked(cellText(laid, m.index)))
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
          const values = [...new Set(marked.map((m) => m.column.marker as string))]
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
      for (const column of kindColumns) {
        if (!column.required || given.has(column.key)) continue
        const at = byKey.get(column.key)?.[0]?.column
        issue(at?.letter ?? '', at?.header ?? column.header, {
          vi: `Thiếu ${column.header}.`,
          en: `${column.header} is missing.`,
        })
      }
      plan.title = String(plan.data.title ?? plan.data.lotCode ?? '')
      const letterOf = (key: string) => sheet.columns.find((c) => c.key === key)
      const location = plan.data.location as { lat?: number; lng?: number } | undefined
      const latColumn = letterOf('lat') ?? letterOf('coordinates')
      const placeColumns = sheet.columns
        .filter((c) => ['lat', 'lng', 'coordinates'].includes(c.key ?? ''))
        .map((c) => c.letter)
      const placeAlreadyWrong = plan.issues.some((i) => placeColumns.includes(i.column))
      if (placeAlreadyWrong) {
        // One message per mistake: the cell that was wrong says so already.
      } else if (location && (location.lat === undefined) !== (location.lng === undefined)) {
        issue(latColumn?.letter ?? '', latColumn?.header ?? '', {
          vi: 'Cần cả vĩ độ và kinh độ (hoặc để trống cả hai).',
          en: 'Both latitude and longitude are needed (or neither).',
        })
      } else if (location?.lat !== undefined && location.lng !== undefined) {
        const inside = checkInVietnam(location.lat, location.lng)
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
      if (options.user && plan.data.commune !== undefined) {
        const id = String(plan.data.commune)
        if (!allowedCommunes.has(id)) allowedCommunes.set(id, await communeAllowed(probeReq, plan.data.commune))
        if (!allowedCommunes.get(id)) {
          const c = letterOf('commune')
          issue(c?.letter ?? '', c?.header ?? '', {
            vi: 'Xã / phường này không thuộc phạm vi bạn phụ trách.',
            en: 'This commune is outside the area you look after.',
          })
        }
      }
      rows.push(plan)
    }
  }

  const { byKey: stored, readable } = await existingRecords(payload, options.kind, rows, options.user)
  const where = (row: RowPlan) => (layout.sheets.length > 1 ? `${row.sheet}!${row.row}` : String(row.row))
  for (const plan of rows) {
    const identity = plan.issues.length === 0 ? kind.identity.key(plan.data) : null
    if (identity) {
      const first = seen.get(identity)
      const issue = (message: Bilingual) =>
        plan.issues.push({ sheet: plan.sheet, row: plan.row, column: '', header: '', message })
      if (first !== undefined) {
        issue({
          vi: `Trùng với dòng ${first} (cùng ${kind.collection === 'batches' ? 'số lô và sản phẩm' : 'đường dẫn'}). Mỗi mục chỉ ghi một dòng.`,
          en: `Duplicates row ${first} (same ${kind.collection === 'batches' ? 'lot and product' : 'slug'}). One row per record.`,
        })
      } else seen.set(identity, where(plan))
      const existing = stored.get(identity)
      // A record the importing account may not read is not compared (that would reveal it).
      if (existing && options.user && !readable.has(String(existing.id))) {
        issue({
          vi: 'Đã có một mục như vậy (cùng đường dẫn hoặc số lô) mà tài khoản của bạn không được sửa. Hãy liên hệ Sở.',
          en: 'A record like this (same slug or lot) exists that your account may not change. Ask the province office.',
        })
      } else if (existing && plan.issues.length === 0) {
        plan.id = existing.id as number
        const sheet = layout.sheets.find((s) => s.sheet === plan.sheet)
        for (const column of kindColumns) {
          if (!column.path || !sheet?.columns.some((c) => c.key === column.key)) continue
          const source = column.locale === 'en' ? plan.dataEn : plan.data
          const after = getPath(source, column.path)
          if (after === undefined) continue
          const localizedValue = (stored: unknown) =>
            stored && typeof stored === 'object' && 'vi' in (stored as object)
              ? (stored as Record<string, unknown>)[column.locale ?? 'vi']
              : stored
          const differs = isRecord(after)
            ? Object.entries(after).some(
                ([key, value]) => !same(localizedValue(getPath(existing, `${column.path}.${key}`)), value),
              )
            : !same(localizedValue(getPath(existing, column.path)), after)
          if (differs && !plan.changes.includes(column.header)) plan.changes.push(column.header)
        }
        plan.action = plan.changes.length > 0 ? 'update' : 'unchanged'
      }
    }
    if (plan.issues.length > 0) plan.action = 'reject'
  }

  const blocking = problems.some((p) => p.blocking)
  const counts: Record<RowAction, number> = { create: 0, update: 0, unchanged: 0, reject: 0 }
  for (const plan of rows) counts[plan.action]++
  return {
    kind: options.kind,
    columns: (layout.sheets[0]?.columns ?? []).map(({ letter, header, key }) => ({ letter, header, key })),
    sheets: layout.sheets.map(({ rows: data, ...summary }) => ({ ...summary, dataRows: data.length })),
    ignoredSheets: layout.ignoredSheets,
    problems,
    rows,
    counts,
    canCommit: !blocking && counts.reject === 0 && rows.length > 0,
  }
}

export interface CommitResult {
  created: number
  updated: number
  unchanged: number
}

export class ImportRefused extends Error {
  constructor(
    message: string,
    readonly plan: ImportPlan,
  ) {
    super(message)
    this.name = 'ImportRefused'
  }
}

/**
 * All or nothing: refuses a plan with any rejected row or blocking problem. Otherwise writes the
 * rows one by one, and if any write fails (someone changed the data since the dry run), undoes
 * the ones already written: created records are deleted, and the draft versions added to existing
 * records are removed. Payload's SQLite adapter runs without transactions by default, so the undo
 * is done here, the same way on every database. Imported records are drafts.
 */
export async function commitImport(
  payload: Payload,
  options: ImportOptions & { onProgress?: (done: number, total: number) => void | Promise<void> },
): Promise<CommitResult> {
  const plan = await planImport(payload, options)
  if (!plan.canCommit) {
    throw new ImportRefused(
      plan.rows.length === 0
        ? 'The file has no rows to import.'
        : `Nothing was imported: ${plan.counts.reject} row(s) rejected, ${plan.problems.filter((p) => p.blocking).length} problem(s) with the file.`,
      plan,
    )
  }
  const { collection } = IMPORT_KINDS[options.kind]
  const started = new Date(Date.now() - 1).toISOString()
  const created: (number | string)[] = []
  const updated: (number | string)[] = []
  const pending = plan.rows.filter((row) => row.action === 'create' || row.action === 'update')
  let current: RowPlan | undefined
  try {
    for (const [index, row] of pending.entries()) {
      current = row
      await options.onProgress?.(index, pending.length)
      const req = await newReq(payload, options.user)
      const isNew = row.id === undefined
      const id = await write(payload, req, options.kind, row)
      ;(isNew ? created : updated).push(id)
      row.id = id
    }
    await options.onProgress?.(pending.length, pending.length)
  } catch (error) {
    await undo(payload, collection, created, updated, started)
    if (current) {
      current.issues.push(
        ...issuesFromError(
          error,
          current,
          (plan.sheets.find((s) => s.sheet === current?.sheet)?.columns ?? []) as LayoutColumn[],
          IMPORT_KINDS[options.kind].columns as Column[],
        ),
      )
      current.action = 'reject'
    }
    throw new ImportRefused(
      `Nothing was imported: row ${current?.row ?? '?'} failed (${(error as Error).message}); the rows before it were undone.`,
      plan,
    )
  }
  if (options.publish !== false && pending.length > 0) {
    try {
      requestPublish(payload, `import of ${pending.length} ${options.kind}`)
    } catch {}
  }
  // A spreadsheet can multiply a table's size: the planner's statistics must follow.
  if (pending.length >= 100) await refreshStatistics(payload)
  return { created: plan.counts.create, updated: plan.counts.update, unchanged: plan.counts.unchanged }
}

/** Removes what a failed commit wrote. System writes: no hooks ask for builds or refuse. */
async function undo(
  payload: Payload,
  collection: CollectionSlug,
  created: (number | string)[],
  updated: (number | string)[],
  since: string,
) {
  const context = { importing: true, seeding: true }
  for (const id of created) {
    await payload.delete({ collection, id, overrideAccess: true, trash: true, context })
  }
  for (const id of updated) {
    await payload.db.deleteVersions({
      collection,
      where: { and: [{ parent: { equals: id } }, { createdAt: { greater_than: since } }] },
    })
    const { docs } = await payload.db.findVersions({
      collection,
      where: { parent: { equals: id } },
      sort: '-updatedAt',
      limit: 1,
      pagination: false,
    })
    const previous = docs[0] as (Record<string, unknown> & { id: number | string }) | undefined
    if (!previous) continue
    await payload.db.updateVersion({
      collection,
      id: previous.id,
      versionData: {
        createdAt: new Date(previous.createdAt as string).toISOString(),
        latest: true,
        parent: id,
        updatedAt: previous.updatedAt as string,
        version: previous.version as Record<string, unknown>,
      } as never,
    })
  }
  // The audit log keeps the lines of undone writes, followed by the deletions that undid them.
}
