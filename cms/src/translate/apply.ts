import {
  type CollectionSlug,
  type FlattenedField,
  Forbidden,
  type Payload,
  type TypedLocale,
  ValidationError,
} from 'payload'
import type { Bilingual } from '../fields/message'
import type { User } from '../payload-types'
import { isCollectionSlug } from '../shared/collections'
import { isRecord } from '../shared/guards'
import { rebuildBody, rebuildLoses } from './body'
import { checkCodes, parseCoded } from './coded'
import { checkPublishedTarget, TranslationRefused } from './refusal'
import { IMPORTING } from './state'
import {
  asUser,
  entryUnits,
  type FilledFile,
  holderOf,
  innerFields,
  isBodyLeaf,
  isTextLeaf,
  type PathStep,
  parseUnitId,
  readEntry,
} from './units'

/**
 * Applies a filled translation file: only the target locale of each entry changes. Each entry is
 * read just before it is written (every locale, newest version); a unit is applied only when its
 * field and rows still exist in that entry and its Vietnamese source is the stored one. Lists are
 * written with every stored row, in stored order, as `{ id, <localized leaves> }`: Payload keeps a
 * row's other locales and its shared leaves only for rows sent with their own ids, and deletes the
 * rows left out. A rich text is rebuilt on its Vietnamese (./body.ts) with the blocks the file
 * translates; a block whose inline codes do not match the Vietnamese's is skipped. One entry
 * refused by Payload does not stop the others.
 */

export interface ImportReport {
  target: string
  /** Units written. */
  applied: string[]
  /** Units whose translation is already the stored one: nothing to do. */
  unchanged: string[]
  /** Units the file leaves empty: not translated yet (a stored translation is never erased). */
  untranslated: string[]
  /** Units not written, each with why (out of date, unknown row, refused by a rule…). */
  skipped: { id: string; reason: Bilingual }[]
}

const REASONS = {
  badId: {
    vi: 'Mã đơn vị không đúng dạng <bộ sưu tập>/<mã mục>/<trường>.',
    en: 'The unit id is not <collection>/<entry id>/<field>.',
  },
  twice: { vi: 'Mã đơn vị xuất hiện nhiều lần trong tệp.', en: 'The unit id appears more than once in the file.' },
  noCollection: { vi: 'Không có loại mục này.', en: 'There is no such kind of entry.' },
  noEntry: {
    vi: 'Không tìm thấy mục này (có thể đã bị xóa, hoặc tài khoản không được xem mục này).',
    en: 'The entry was not found (it may have been deleted, or this account may not see it).',
  },
  noRow: {
    vi: 'Mục này không có dòng mang mã đó (dòng đã bị xóa hoặc mã không thuộc mục này).',
    en: 'The entry has no row with that id (the row was deleted, or the id belongs to another entry).',
  },
  noField: {
    vi: 'Trường này không dịch được hoặc không còn nội dung tiếng Việt.',
    en: 'This field cannot be translated or no longer has Vietnamese text.',
  },
  shifted: {
    vi: 'Các khối của nội dung tiếng Việt đã thay đổi vị trí từ khi dịch (thêm hoặc bớt khối): ghi tệp này sẽ làm mất một phần bản dịch đang có mà vẫn để trống khối khác. Hãy xuất lại toàn bộ nội dung này và dịch mọi khối của nó trong cùng một tệp.',
    en: 'The blocks of the Vietnamese body moved since it was translated (blocks added or removed): writing this file would lose part of the stored translation while leaving other blocks empty. Export this whole body again and translate all of its blocks in one file.',
  },
  stale: {
    vi: 'Đã lỗi thời: bản tiếng Việt đã thay đổi sau khi xuất tệp. Hãy xuất lại và dịch lại trường này.',
    en: 'Out of date: the Vietnamese text changed after the file was exported. Export again and translate this field.',
  },
} satisfies Record<string, Bilingual>

/** Why a block's translation is skipped: its inline codes (`detail`) do not match the Vietnamese's. */
const codesReason = (title: string, label: Bilingual, detail: Bilingual): Bilingual => ({
  vi: `Mục “${title}”, trường “${label.vi}”: thẻ định dạng không khớp bản tiếng Việt (${detail.vi}). Hãy giữ đúng các thẻ của bản tiếng Việt, chỉ dịch chữ giữa chúng.`,
  en: `Entry “${title}”, field “${label.en}”: the inline codes do not match the Vietnamese (${detail.en}). Keep the Vietnamese's codes and translate the text between them.`,
})

interface Change {
  path: PathStep[]
  value: string
}

/** Whether every row named along the path exists in the stored entry. */
function rowsExist(fields: FlattenedField[], data: unknown, path: PathStep[]): boolean {
  const [step, ...rest] = path
  if (!step || !isRecord(data)) return true
  const field = fields.find((f) => f.name === step.field)
  const inner = field ? innerFields(field) : null
  if (!inner) return true
  const value = data[step.field]
  if (step.row === undefined) return rowsExist(inner, value, rest)
  const row = Array.isArray(value) ? value.find((r) => isRecord(r) && r.id === step.row) : undefined
  return row !== undefined && rowsExist(inner, row, rest)
}

/** What to send for the fields `changes` touch (paths relative to `fields`), read from `stored`. */
function dataFor(
  fields: FlattenedField[],
  stored: unknown,
  changes: Change[],
  target: string,
): Record<string, unknown> {
  const data: Record<string, unknown> = {}
  const record = isRecord(stored) ? stored : {}
  for (const field of fields) {
    const mine = changes.filter((c) => c.path[0]?.field === field.name)
    const inner = innerFields(field)
    const [first] = mine
    if (!first) continue
    if (isTextLeaf(field)) data[field.name] = first.value
    else if (isBodyLeaf(field)) data[field.name] = bodyFor(record[field.name], mine, target)
    else if (inner && field.type === 'array') data[field.name] = allRows(inner, record[field.name], mine, target)
    else if (inner) data[field.name] = dataFor(inner, record[field.name], mine.map(rest), target)
  }
  return data
}

/** A rich text rebuilt on its Vietnamese with the blocks `changes` translate (`body[4-2]`: by position). */
function bodyFor(stored: unknown, changes: Change[], target: string): unknown {
  const body = isRecord(stored) ? stored : {}
  const translations = new Map(changes.map((c) => [c.path[0]?.row ?? '', parseCoded(c.value)]))
  return rebuildBody(body.vi, body[target], translations)
}

const rest = (change: Change): Change => ({ path: change.path.slice(1), value: change.value })

/** Every stored row of a list, in stored order, with its id and its localized leaves in the target locale. */
function allRows(fields: FlattenedField[], stored: unknown, changes: Change[], target: string): unknown[] {
  if (!Array.isArray(stored)) return []
  return stored.filter(isRecord).map((row) => {
    const mine = changes.filter((c) => c.path[0]?.row === row.id).map(rest)
    return { id: row.id, ...keptLeaves(fields, row, target), ...dataFor(fields, row, mine, target) }
  })
}

/** A row's localized leaves (and nested lists, every row) as they are now in the target locale. */
function keptLeaves(fields: FlattenedField[], row: Record<string, unknown>, target: string): Record<string, unknown> {
  const kept: Record<string, unknown> = {}
  for (const field of fields) {
    const value = row[field.name]
    const inner = innerFields(field)
    if (isTextLeaf(field)) {
      const text = isRecord(value) ? value[target] : undefined
      if (typeof text === 'string') kept[field.name] = text
    } else if (isBodyLeaf(field) && isRecord(value) && value[target] != null) {
      kept[field.name] = value[target]
    } else if (inner && field.type === 'array' && Array.isArray(value)) {
      kept[field.name] = allRows(inner, value, [], target)
    } else if (inner && field.type === 'group' && isRecord(value)) {
      kept[field.name] = keptLeaves(inner, value, target)
    }
  }
  return kept
}

/** Why Payload refused to save an entry, in both languages (its own message is in the request's language). */
const failure = (e: unknown): Bilingual => {
  if (e instanceof Forbidden) {
    return {
      vi: 'Hệ thống từ chối lưu mục này: tài khoản này không được sửa mục này.',
      en: 'The entry could not be saved: this account may not edit it.',
    }
  }
  const detail =
    e instanceof ValidationError
      ? e.data.errors.map((error) => error.path).join(', ')
      : e instanceof Error
        ? e.message
        : String(e)
  return { vi: `Hệ thống từ chối lưu mục này: ${detail}`, en: `The entry could not be saved: ${detail}` }
}

async function applyEntry(
  payload: Payload,
  collection: CollectionSlug,
  entryId: string,
  units: FilledFile['units'],
  target: TypedLocale,
  user: User | undefined,
  report: ImportReport,
): Promise<void> {
  const skip = (id: string, reason: Bilingual) => report.skipped.push({ id, reason })
  const doc = await readEntry(payload, collection, entryId, user)
  if (!doc) {
    for (const unit of units) skip(unit.id, REASONS.noEntry)
    return
  }
  const fields = payload.collections[collection].config.flattenedFields
  const entry = entryUnits(payload, collection, doc, target)
  const current = new Map(entry.units.map((u) => [u.id, u]))
  const changes: (Change & { id: string })[] = []
  for (const unit of units) {
    const stored = current.get(unit.id)
    const path = parseUnitId(unit.id)?.path ?? []
    const codes =
      unit.problem ?? (stored?.coded ? checkCodes(parseCoded(stored.source), parseCoded(unit.target)) : null)
    if (!stored) skip(unit.id, rowsExist(fields, doc, path) ? REASONS.noField : REASONS.noRow)
    else if (stored.source !== unit.source) skip(unit.id, REASONS.stale)
    else if (unit.target.trim() === '') report.untranslated.push(unit.id)
    else if (unit.target === stored.target) report.unchanged.push(unit.id)
    else if (codes) skip(unit.id, codesReason(entry.title, stored.label, codes))
    else changes.push({ id: unit.id, path, value: unit.target })
  }
  // A body is written whole: not when that would drop stored translated blocks and leave holes.
  const bodies = new Map<string, typeof changes>()
  for (const change of changes) {
    const field = change.id.replace(/\[[^\]]*\]$/, '')
    if (current.get(change.id)?.coded) bodies.set(field, [...(bodies.get(field) ?? []), change])
  }
  for (const group of bodies.values()) {
    const path = group[0]?.path ?? []
    const value = holderOf(doc, path)?.[path.at(-1)?.field ?? '']
    const body = isRecord(value) ? value : {}
    if (!rebuildLoses(body.vi, body[target], new Set(group.map((c) => c.path.at(-1)?.row ?? '')))) continue
    for (const change of group) {
      skip(change.id, REASONS.shifted)
      changes.splice(changes.indexOf(change), 1)
    }
  }
  if (!changes.length) return
  try {
    await payload.update({
      collection,
      id: typeof doc.id === 'number' || typeof doc.id === 'string' ? doc.id : entryId,
      locale: target,
      fallbackLocale: false,
      data: dataFor(fields, doc, changes, target),
      depth: 0,
      draft: doc._status === 'draft',
      context: { [IMPORTING]: true },
      ...asUser(user),
    })
    report.applied.push(...changes.map((c) => c.id))
  } catch (e) {
    const reason = failure(e)
    for (const change of changes) skip(change.id, reason)
  }
}

/**
 * Applies a filled file read by readXliff or readXlsx. Refuses (TranslationRefused, nothing
 * written) a target that is Vietnamese, unknown, or not the one the caller expects.
 */
export async function applyTranslations(
  payload: Payload,
  file: FilledFile,
  options: { target?: string; user?: User } = {},
): Promise<ImportReport> {
  const target = await checkPublishedTarget(payload, file.target)
  if (options.target !== undefined && options.target !== target) {
    throw new TranslationRefused({
      vi: `Tệp này là bản dịch sang “${target}”, không phải “${options.target}”.`,
      en: `This file translates into “${target}”, not “${options.target}”.`,
    })
  }
  const report: ImportReport = { target, applied: [], unchanged: [], untranslated: [], skipped: [] }
  const counts = new Map<string, number>()
  for (const unit of file.units) counts.set(unit.id, (counts.get(unit.id) ?? 0) + 1)
  const entries = new Map<string, { collection: string; entryId: string; units: FilledFile['units'] }>()
  for (const unit of file.units) {
    const parsed = parseUnitId(unit.id)
    if (!parsed) report.skipped.push({ id: unit.id, reason: REASONS.badId })
    else if ((counts.get(unit.id) ?? 0) > 1) report.skipped.push({ id: unit.id, reason: REASONS.twice })
    else {
      const key = `${parsed.collection}/${parsed.entryId}`
      const entry = entries.get(key) ?? { collection: parsed.collection, entryId: parsed.entryId, units: [] }
      entry.units.push(unit)
      entries.set(key, entry)
    }
  }
  for (const { collection, entryId, units } of entries.values()) {
    if (!isCollectionSlug(payload.config, collection)) {
      for (const unit of units) report.skipped.push({ id: unit.id, reason: REASONS.noCollection })
      continue
    }
    await applyEntry(payload, collection, entryId, units, target, options.user, report)
  }
  return report
}
