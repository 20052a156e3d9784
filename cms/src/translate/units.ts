import { TRANSLATION_LOCALES, type TranslationLocale } from '@heritage/contract'
import type { CollectionSlug, FlattenedField, Payload } from 'payload'
import type { Bilingual } from '../fields/message'
import type { User } from '../payload-types'
import { isRecord } from '../shared/guards'
import { bodyBlocks } from './body'
import { readState } from './status'

/**
 * The translation units of an entry: every localized plain text (text and textarea fields,
 * including the localized leaves of list rows and groups) and every text block of a localized rich
 * text (./body.ts), with its Vietnamese source and its current text in the target locale.
 *
 * A unit's id is stable: `<collection>/<entryId>/<path>`, where the path names list rows by their
 * ids (`sites[6b13…].name`), never by position, so that an import finds the same row again. A rich
 * text's block is named by its position in the Vietnamese (`body[4-2]`); its source, compared on
 * import, tells when that position no longer holds the same Vietnamese.
 */

export interface Unit {
  /** `<collection>/<entryId>/<path>`. */
  id: string
  /** The field's name as the admin shows it, list names first ("Các điểm › Tên điểm"). */
  label: Bilingual
  source: string
  target: string
  /** A rich text's block: source and target are coded text (./coded.ts). */
  coded?: true
  /** A block's link addresses, by code id (`link3`). */
  links?: Record<string, string>
}

export interface EntryUnits {
  collection: CollectionSlug
  id: string
  /** The entry's Vietnamese title (or its id when it has none). */
  title: string
  units: Unit[]
}

export interface TranslationSet {
  target: string
  entries: EntryUnits[]
}

/** One step of a unit's path: a field, and for a list the id of one of its rows (a rich text: a block's position). */
export interface PathStep {
  field: string
  row?: string
}

const STEP = /^([A-Za-z_][A-Za-z0-9_]*)(?:\[([A-Za-z0-9_-]+)\])?$/

export const formatPath = (path: readonly PathStep[]): string =>
  path.map((s) => (s.row === undefined ? s.field : `${s.field}[${s.row}]`)).join('.')

/** The steps of a path as written by formatPath, or null when it is not one. */
export function parsePath(text: string): PathStep[] | null {
  const steps: PathStep[] = []
  for (const part of text.split('.')) {
    const [, field, row] = STEP.exec(part) ?? []
    if (field === undefined) return null
    steps.push(row === undefined ? { field } : { field, row })
  }
  return steps
}

export const unitId = (collection: string, entryId: string, path: readonly PathStep[]): string =>
  `${collection}/${entryId}/${formatPath(path)}`

/** The collection, entry id and path of a unit id, or null when it is not one. */
export function parseUnitId(id: string): { collection: string; entryId: string; path: PathStep[] } | null {
  const [, collection, entryId, rest] = /^([a-z0-9-]+)\/([A-Za-z0-9_-]+)\/(.+)$/.exec(id) ?? []
  const path = rest === undefined ? null : parsePath(rest)
  return collection !== undefined && entryId !== undefined && path ? { collection, entryId, path } : null
}

/** The record that holds the last step's field: the steps before it walked (rows by id); null when gone. */
export function holderOf(doc: unknown, path: readonly PathStep[]): Record<string, unknown> | null {
  let at: unknown = doc
  for (const step of path.slice(0, -1)) {
    const next: unknown = isRecord(at) ? at[step.field] : undefined
    at = step.row === undefined ? next : Array.isArray(next) ? next.find((r) => isRecord(r) && r.id === step.row) : null
  }
  return isRecord(at) ? at : null
}

/** A field's label in both languages (its name when it has none the admin shows). */
export function fieldLabel(field: FlattenedField): Bilingual {
  const label = 'label' in field ? field.label : undefined
  if (typeof label === 'string') return { vi: label, en: label }
  if (isRecord(label)) {
    const vi = typeof label.vi === 'string' ? label.vi : field.name
    return { vi, en: typeof label.en === 'string' ? label.en : vi }
  }
  return { vi: field.name, en: field.name }
}

const joinLabels = (a: Bilingual | undefined, b: Bilingual): Bilingual =>
  a ? { vi: `${a.vi} › ${b.vi}`, en: `${a.en} › ${b.en}` } : b

/** Whether a field holds a translatable plain text (a localized text or textarea). */
export const isTextLeaf = (field: FlattenedField): boolean =>
  (field.type === 'textarea' || (field.type === 'text' && field.hasMany !== true)) && field.localized === true

/** Whether a field holds a translatable rich text (a localized Lexical body). */
export const isBodyLeaf = (field: FlattenedField): boolean => field.type === 'richText' && field.localized === true

/** The sub-fields a list or a group walks into, when the container itself is shared by every locale. */
export function innerFields(field: FlattenedField): FlattenedField[] | null {
  if ('localized' in field && field.localized) return null
  if (field.type === 'array' || field.type === 'group' || field.type === 'tab') return field.flattenedFields
  return null
}

/** A stored localized value (`{vi, en, …}`) in one locale, as text ('' when absent). */
const inLocale = (value: unknown, locale: string): string => {
  const text = isRecord(value) ? value[locale] : undefined
  return typeof text === 'string' ? text : ''
}

interface Walk {
  collection: string
  entryId: string
  target: string
  units: Unit[]
}

function walk(walker: Walk, fields: FlattenedField[], data: unknown, path: PathStep[], label?: Bilingual): void {
  if (!isRecord(data)) return
  for (const field of fields) {
    const here = joinLabels(label, fieldLabel(field))
    if (isTextLeaf(field)) {
      const source = inLocale(data[field.name], 'vi')
      if (source.trim() === '') continue
      walker.units.push({
        id: unitId(walker.collection, walker.entryId, [...path, { field: field.name }]),
        label: here,
        source,
        target: inLocale(data[field.name], walker.target),
      })
      continue
    }
    if (isBodyLeaf(field)) {
      const value = data[field.name]
      const stored = isRecord(value) ? value : {}
      for (const block of bodyBlocks(stored.vi, stored[walker.target])) {
        const { source, target: text, key, links } = block
        const id = unitId(walker.collection, walker.entryId, [...path, { field: field.name, row: key }])
        walker.units.push({ id, label: joinLabels(here, block.label), source, target: text, coded: true, links })
      }
      continue
    }
    const inner = innerFields(field)
    if (!inner) continue
    const value = data[field.name]
    if (field.type !== 'array') {
      walk(walker, inner, value, [...path, { field: field.name }], here)
      continue
    }
    if (!Array.isArray(value)) continue
    for (const row of value) {
      if (isRecord(row) && typeof row.id === 'string') {
        walk(walker, inner, row, [...path, { field: field.name, row: row.id }], here)
      }
    }
  }
}

/** The units of one stored entry, read with `locale: 'all'`. */
export function entryUnits(
  payload: Payload,
  collection: CollectionSlug,
  doc: Record<string, unknown>,
  target: string,
): EntryUnits {
  const entryId = String(doc.id)
  const units = textUnits(payload.collections[collection].config.flattenedFields, collection, doc, target)
  const title = inLocale(doc.title, 'vi')
  return { collection, id: entryId, title: title || entryId, units }
}

/** The units of a document read with `locale: 'all'`, given its collection's fields. */
export function textUnits(
  fields: FlattenedField[],
  collection: string,
  doc: Record<string, unknown>,
  target: string,
): Unit[] {
  const walker: Walk = { collection, entryId: String(doc.id), target, units: [] }
  walk(walker, fields, doc, [])
  return walker.units
}

/**
 * An entry as stored now, every locale, its newest version (a draft when there is one); null when
 * there is none, or when `user` (when given: an officer's own rights apply) may not read it.
 */
export async function readEntry(
  payload: Payload,
  collection: CollectionSlug,
  id: string,
  user?: User,
): Promise<Record<string, unknown> | null> {
  const key = payload.db.defaultIDType === 'number' && /^\d+$/.test(id) ? Number(id) : id
  const doc = await payload
    .findByID({ collection, id: key, locale: 'all', depth: 0, draft: true, disableErrors: true, ...asUser(user) })
    .catch(() => null)
  return isRecord(doc) ? doc : null
}

/** The Local API options that make a read or write with `user`'s rights, or with full rights without one. */
export const asUser = (user: User | undefined) =>
  user ? { overrideAccess: false, user: { ...user, collection: 'users' as const } } : { overrideAccess: true }

const targetLocale = (target: string): TranslationLocale => TRANSLATION_LOCALES.find((code) => code === target) ?? 'en'

/** Every unit of the given entries for `target` (checked by the caller with checkTarget). */
export async function collectUnits(
  payload: Payload,
  request: {
    collection: CollectionSlug
    ids: readonly (string | number)[]
    target: string
    user?: User
    /** `todo`: only the texts not translated yet or out of date (and the entries that have some). */
    only?: 'all' | 'todo'
  },
): Promise<TranslationSet> {
  const entries: EntryUnits[] = []
  for (const id of request.ids) {
    const doc = await readEntry(payload, request.collection, String(id), request.user)
    if (!doc) continue
    const entry = entryUnits(payload, request.collection, doc, request.target)
    if (request.only !== 'todo') entries.push(entry)
    else {
      const stale = new Set(readState(doc.translationState)[targetLocale(request.target)]?.stale ?? [])
      const prefix = `${request.collection}/${entry.id}/`
      const todo = entry.units.filter((u) => u.target.trim() === '' || stale.has(u.id.slice(prefix.length)))
      if (todo.length > 0) entries.push({ ...entry, units: todo })
    }
  }
  return { target: request.target, entries }
}

/** A unit as read back from a filled file: its id, the source it was translated from, the translation. */
export interface FilledUnit {
  id: string
  source: string
  target: string
  /** What the file's markup of this unit gets wrong (the unit is skipped with it, the others apply). */
  problem?: Bilingual
}

/** A filled translation file, read (XLIFF or xlsx) but not yet checked against the entries. */
export interface FilledFile {
  target: string
  units: FilledUnit[]
}
