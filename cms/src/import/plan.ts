import {
  type CollectionSlug,
  createLocalReq,
  type Payload,
  type PayloadRequest,
  ValidationError,
  type Where,
} from 'payload'
import { communeAllowed } from '../access/scope'
import { refreshStatistics } from '../db'
import { slugify, starsForScore } from '../domain'
import type { Bilingual } from '../fields/message'
import { requestPublish } from '../publish/publisher'
import { type Column, communeKey, IMPORT_KINDS, type ImportKindName, isTextColumn, type Lookups } from './kinds'
import { columnLetter, type Sheet, type SheetProblem } from './sheet'
import { checkInVietnam, normalizeWords } from './values'

export interface CellIssue {
  /** Row number as the spreadsheet shows it. */
  row: number
  /** Column letter, or '' for the row as a whole. */
  column: string
  header: string
  message: Bilingual
}

export type RowAction = 'create' | 'update' | 'unchanged' | 'reject'

export interface RowPlan {
  row: number
  action: RowAction
  title: string
  /** The record this row updates, when it exists. */
  id?: number | string
  /** Columns whose value differs from the stored record (updates only). */
  changes: string[]
  issues: CellIssue[]
  data: Record<string, unknown>
  dataEn: Record<string, unknown>
}

export interface ImportPlan {
  kind: ImportKindName
  columns: { letter: string; header: string; key: string | null }[]
  /** Problems with the file as a whole; `blocking` ones prevent the import. */
  problems: (SheetProblem & { blocking: boolean })[]
  rows: RowPlan[]
  counts: Record<RowAction, number>
  canCommit: boolean
}

export interface ImportOptions {
  kind: ImportKindName
  sheet: Sheet
  /** Header as written in the file → column key, for sheets with other headers. */
  mapping?: Record<string, string>
  /** The person importing: their scope and rights apply. None for the command line (system). */
  user?: Record<string, unknown> & { id: number | string }
  /** Ask for a site build after a commit (default yes; the command line publishes separately). */
  publish?: boolean
}

const setPath = (target: Record<string, unknown>, path: string, value: unknown) => {
  const parts = path.split('.')
  let node = target
  for (const part of parts.slice(0, -1)) {
    node[part] = (node[part] as Record<string, unknown> | undefined) ?? {}
    node = node[part] as Record<string, unknown>
  }
  node[parts.at(-1) as string] = value
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
  const communes = new Map<string, number | string>()
  for (const unit of await all('admin-units', { level: { equals: 'commune' } })) {
    communes.set(communeKey(String(unit.name ?? '')), unit.id as number)
  }
  const producers = new Map<string, number | string>()
  for (const p of await all('producers')) producers.set(normalizeWords(String(p.title ?? '')), p.id as number)
  const products = new Map<string, number | string>()
  for (const p of await all('ocop-products')) {
    products.set(normalizeWords(String(p.title ?? '')), p.id as number)
    if (p.gtin) products.set(String(p.gtin), p.id as number)
  }
  return { communes, producers, products }
}

const matchHeader = (header: string, columns: Column[], mapping: Record<string, string>): Column | null => {
  const explicit = mapping[header] ?? mapping[normalizeWords(header)]
  if (explicit) return columns.find((c) => c.key === explicit) ?? null
  const key = normalizeWords(header)
  if (!key) return null
  return (
    columns.find((c) => normalizeWords(c.header) === key) ??
    columns.find((c) => (c.aliases ?? []).some((alias) => normalizeWords(alias) === key)) ??
    null
  )
}

/** Maps Payload's validation errors (by field path) back to the row's columns. */
function issuesFromError(
  error: unknown,
  row: number,
  columns: ImportPlan['columns'],
  kindColumns: Column[],
): CellIssue[] {
  if (error instanceof ValidationError) {
    return error.data.errors.map((e) => {
      const column = kindColumns.find((c) => c.path === e.path || (c.path && e.path.startsWith(`${c.path}.`)))
      const mapped = columns.find((c) => c.key === column?.key)
      return {
        row,
        column: mapped?.letter ?? '',
        header: mapped?.header ?? e.path,
        message: { vi: e.message, en: e.message },
      }
    })
  }
  const message = error instanceof Error ? error.message : String(error)
  return [{ row, column: '', header: '', message: { vi: message, en: message } }]
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

/**
 * The dry run: reads every row and says, per row and column, what would be created, updated, left
 * unchanged or rejected and why. It writes nothing.
 */
export async function planImport(payload: Payload, options: ImportOptions): Promise<ImportPlan> {
  const kind = IMPORT_KINDS[options.kind]
  const kindColumns = kind.columns as Column[]
  const { sheet } = options
  const problems: ImportPlan['problems'] = sheet.problems.map((p) => ({ ...p, blocking: true }))
  const mapping = options.mapping ?? {}
  const columns = sheet.headers.map((header, index) => {
    const column = matchHeader(header, kindColumns, mapping)
    return { letter: columnLetter(index), header, key: column?.key ?? null }
  })
  for (const c of columns) {
    if (c.header && !c.key) {
      problems.push({
        at: c.letter,
        blocking: false,
        message: {
          vi: `Cột ${c.letter} "${c.header}" không khớp với trường nào và được bỏ qua. Nếu cần, hãy chọn trường cho cột này.`,
          en: `Column ${c.letter} "${c.header}" matches no field and is ignored. Map it to a field if needed.`,
        },
      })
    }
  }
  for (const column of kindColumns) {
    const found = columns.filter((c) => c.key === column.key)
    if (found.length > 1) {
      problems.push({
        at: found.map((c) => c.letter).join(', '),
        blocking: true,
        message: {
          vi: `Các cột ${found.map((c) => c.letter).join(', ')} cùng là "${column.header}". Hãy giữ một cột.`,
          en: `Columns ${found.map((c) => c.letter).join(', ')} are all "${column.header}". Keep one.`,
        },
      })
    }
    if (column.required && found.length === 0) {
      problems.push({
        at: '',
        blocking: true,
        message: {
          vi: `Thiếu cột bắt buộc "${column.header}". Hãy thêm cột này (xem tệp mẫu) hoặc chọn cột tương ứng.`,
          en: `The required column "${column.header}" is missing. Add it (see the template) or map a column to it.`,
        },
      })
    }
  }

  const lookups = await loadLookups(payload, options.user)
  const seen = new Map<string, number>()
  const rows: RowPlan[] = []
  const probeReq = await newReq(payload, options.user)
  for (const sheetRow of sheet.rows) {
    const plan: RowPlan = {
      row: sheetRow.number,
      action: 'create',
      title: '',
      changes: [],
      issues: [],
      data: {},
      dataEn: {},
    }
    const issue = (letter: string, header: string, message: Bilingual) =>
      plan.issues.push({ row: sheetRow.number, column: letter, header, message })
    columns.forEach((c, index) => {
      const column = kindColumns.find((k) => k.key === c.key)
      if (!column) return
      const cell = sheetRow.cells[index] ?? { text: '' }
      if (cell.text.trim() === '') {
        if (column.required)
          issue(c.letter, c.header, { vi: `Thiếu ${column.header}.`, en: `${column.header} is missing.` })
        return
      }
      if (cell.formula && !isTextColumn(column)) {
        // A formula in a typed column: its result is not trusted and it is never evaluated.
        issue(c.letter, c.header, {
          vi: `Ô chứa công thức (${cell.text.slice(0, 40)}). Công thức không được tính khi nhập: hãy ghi giá trị.`,
          en: `The cell holds a formula (${cell.text.slice(0, 40)}). Formulas are not evaluated on import: type the value.`,
        })
        return
      }
      const parsed = column.parse(cell, lookups)
      if ('error' in parsed) {
        issue(c.letter, c.header, parsed.error)
        return
      }
      if (column.key === 'coordinates') {
        const { lat, lng } = parsed.value as { lat: number; lng: number }
        setPath(plan.data, 'location.lat', lat)
        setPath(plan.data, 'location.lng', lng)
      } else if (column.path) setPath(column.locale === 'en' ? plan.dataEn : plan.data, column.path, parsed.value)
    })
    plan.title = String(plan.data.title ?? plan.data.lotCode ?? '')
    const location = plan.data.location as { lat?: number; lng?: number } | undefined
    const latColumn = columns.find((c) => c.key === 'lat' || c.key === 'coordinates')
    const placeColumns = columns.filter((c) => ['lat', 'lng', 'coordinates'].includes(c.key ?? '')).map((c) => c.letter)
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
        const c = columns.find((k) => k.key === 'stars')
        issue(c?.letter ?? '', c?.header ?? '', {
          vi: `Hạng ${String(plan.data.stars)} sao không khớp với ${String(plan.data.score)} điểm (${expected ? `${expected} sao` : 'không đạt hạng'}).`,
          en: `${String(plan.data.stars)} stars do not match a score of ${String(plan.data.score)} (${expected ? `${expected} stars` : 'no rating'}).`,
        })
      }
    }
    if (kind.collection !== 'batches' && !plan.data.slug && plan.data.title)
      plan.data.slug = slugify(String(plan.data.title))
    if (options.user && plan.data.commune !== undefined && !(await communeAllowed(probeReq, plan.data.commune))) {
      const c = columns.find((k) => k.key === 'commune')
      issue(c?.letter ?? '', c?.header ?? '', {
        vi: 'Xã / phường này không thuộc phạm vi bạn phụ trách.',
        en: 'This commune is outside the area you look after.',
      })
    }

    const identity = plan.issues.length === 0 ? kind.identity(plan.data) : null
    if (identity) {
      const key = JSON.stringify(identity)
      const first = seen.get(key)
      if (first !== undefined) {
        issue('', '', {
          vi: `Trùng với dòng ${first} (cùng ${kind.collection === 'batches' ? 'số lô và sản phẩm' : 'đường dẫn'}). Mỗi mục chỉ ghi một dòng.`,
          en: `Duplicates row ${first} (same ${kind.collection === 'batches' ? 'lot and product' : 'slug'}). One row per record.`,
        })
      } else seen.set(key, sheetRow.number)
      const existing = (
        await payload.find({
          collection: kind.collection,
          where: identity as Where,
          draft: true,
          depth: 0,
          limit: 1,
          locale: 'all',
          overrideAccess: true,
        })
      ).docs[0] as Record<string, unknown> | undefined
      // A record the importing account may not read is not compared (that would reveal it).
      const readable =
        !existing ||
        !options.user ||
        (
          await payload.find({
            collection: kind.collection,
            where: { id: { equals: existing.id } },
            draft: true,
            depth: 0,
            limit: 1,
            overrideAccess: false,
            user: { ...options.user, collection: 'users' } as never,
          })
        ).docs.length > 0
      if (!readable) {
        issue('', '', {
          vi: 'Đã có một mục như vậy (cùng đường dẫn hoặc số lô) mà tài khoản của bạn không được sửa. Hãy liên hệ Sở.',
          en: 'A record like this (same slug or lot) exists that your account may not change. Ask the province office.',
        })
      } else if (existing && plan.issues.length === 0) {
        plan.id = existing.id as number
        for (const column of kindColumns) {
          if (!column.path || !columns.some((c) => c.key === column.key)) continue
          const stored = getPath(existing, column.path)
          const localized = stored && typeof stored === 'object' && 'vi' in (stored as object)
          const before = localized ? (stored as Record<string, unknown>)[column.locale ?? 'vi'] : stored
          const after = getPath(column.locale === 'en' ? plan.dataEn : plan.data, column.path)
          if (after !== undefined && !same(before, after)) plan.changes.push(column.header)
        }
        plan.action = plan.changes.length > 0 ? 'update' : 'unchanged'
      }
    }
    if (plan.issues.length > 0) plan.action = 'reject'
    rows.push(plan)
  }

  const blocking = problems.some((p) => p.blocking)

  const counts: Record<RowAction, number> = { create: 0, update: 0, unchanged: 0, reject: 0 }
  for (const plan of rows) counts[plan.action]++
  return {
    kind: options.kind,
    columns,
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
        ...issuesFromError(error, current.row, plan.columns, IMPORT_KINDS[options.kind].columns as Column[]),
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
