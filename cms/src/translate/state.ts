import { createHash } from 'node:crypto'
import { TRANSLATION_LOCALES } from '@heritage/contract'
import type { CollectionBeforeChangeHook, CollectionSlug, Field, FlattenedField, PayloadRequest } from 'payload'
import { isEditorUser } from '../access/policy'
import { isRecord } from '../shared/guards'
import { type LocaleState, readState, type TranslationState, type TranslationStatus } from './status'
import { formatPath, holderOf, innerFields, isBodyLeaf, isTextLeaf, type PathStep, textUnits } from './units'

/**
 * Keeps each entry's translation state (./status.ts) as texts are saved: a save in a language
 * other than Vietnamese records, for each text it changes, a hash of the Vietnamese text beside it,
 * and the language's status (draft when a translator or an import wrote it, reviewed when an
 * editor did); any save recomputes which translations are out of date (their Vietnamese changed
 * since). The field is written by the server only.
 */

/** Set in a save's context by the import: its texts are drafts, whoever imports them. */
export const IMPORTING = 'heritage:translation-import'
/** Set in a save's context to mark a language's translation reviewed (an editor's action). */
export const REVIEWING = 'heritage:translation-reviewed'

export const hashText = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16)

/** The list column (badges per language) and sidebar panel (fields out of date) of an entry's translations. */
export const TRANSLATION_COLUMN = 'translationBadges'

export const translationFields = (): Field[] => [
  translationStateField(),
  {
    name: TRANSLATION_COLUMN,
    type: 'ui',
    label: { vi: 'Bản dịch', en: 'Translations' },
    admin: {
      position: 'sidebar',
      components: {
        Cell: '/components/TranslationCell#TranslationCell',
        Field: '/components/TranslationPanel#TranslationPanel',
      },
    },
  },
]

const translationStateField = (): Field => ({
  name: 'translationState',
  type: 'json',
  label: { vi: 'Tình trạng bản dịch', en: 'Translation status' },
  access: { create: () => false, update: () => false },
  admin: { hidden: true, disableListColumn: true, disableListFilter: true },
})

/** What a save sends in its language: plain texts by path, rich texts whole by the path of their field. */
interface Sent {
  texts: Map<string, string>
  bodies: Map<string, { path: PathStep[]; value: unknown }>
}

/** The localized texts a save sends (in the request's language), by path; list rows only with their ids. */
function sentTexts(fields: FlattenedField[], data: unknown, path: PathStep[], out: Sent): void {
  if (!isRecord(data)) return
  for (const field of fields) {
    if (!(field.name in data)) continue
    const value = data[field.name]
    const here = [...path, { field: field.name }]
    if (isTextLeaf(field)) {
      if (typeof value === 'string' || value === null) out.texts.set(formatPath(here), value ?? '')
      continue
    }
    if (isBodyLeaf(field)) {
      out.bodies.set(formatPath(here), { path: here, value })
      continue
    }
    const inner = innerFields(field)
    if (!inner) continue
    if (field.type !== 'array') sentTexts(inner, value, here, out)
    else if (Array.isArray(value)) {
      for (const row of value) {
        if (isRecord(row) && typeof row.id === 'string') {
          sentTexts(inner, row, [...path, { field: field.name, row: row.id }], out)
        }
      }
    }
  }
}

/** The stored entry with the rich texts a save sends put in its language (a copy). */
function withBodies(stored: Record<string, unknown>, change: StateChange): Record<string, unknown> {
  const merged = structuredClone(stored)
  for (const { path, value } of change.bodies?.values() ?? []) {
    const at = holderOf(merged, path)
    const name = path.at(-1)?.field ?? ''
    if (at) at[name] = { ...(isRecord(at[name]) ? at[name] : {}), [change.locale]: value }
  }
  return merged
}

/** Whether a save sends, whole, the rich text a block's path belongs to (`body[3-2]`: `body`). */
const bodySent = (change: StateChange, path: string): boolean =>
  [...(change.bodies?.keys() ?? [])].some((field) => path.startsWith(`${field}[`))

const sameText = (a: unknown, b: unknown): boolean =>
  typeof a === 'string' ? a === b : isRecord(a) && isRecord(b) && JSON.stringify(a) === JSON.stringify(b)
const isEmpty = (value: unknown): boolean => value == null || value === ''

/**
 * A save in a language other than Vietnamese that sends, for a text this language does not have
 * yet, exactly the stored Vietnamese: the admin's form refilled the empty field from Vietnamese
 * (Payload's fallback) and the officer did not translate it. Such a text stays empty, so that it is
 * neither stored as a translation nor counted as one. A text the language already has, or any
 * other value, is kept.
 */
export function dropFallbackEchoes(fields: FlattenedField[], data: unknown, stored: unknown, locale: string): void {
  if (!isRecord(data) || !isRecord(stored)) return
  for (const field of fields) {
    if (!(field.name in data)) continue
    const value = data[field.name]
    const before = stored[field.name]
    const localizedLeaf = isTextLeaf(field) || (field.type === 'richText' && field.localized === true)
    if (localizedLeaf) {
      if (!isEmpty(value) && isRecord(before) && sameText(value, before.vi) && isEmpty(before[locale])) {
        data[field.name] = null
      }
      continue
    }
    const inner = innerFields(field)
    if (!inner) continue
    if (field.type !== 'array') dropFallbackEchoes(inner, value, before, locale)
    else if (Array.isArray(value) && Array.isArray(before)) {
      for (const row of value) {
        if (!isRecord(row)) continue
        dropFallbackEchoes(
          inner,
          row,
          before.find((old) => isRecord(old) && old.id === row.id),
          locale,
        )
      }
    }
  }
}

export interface StateChange {
  /** The language the save writes. */
  locale: string
  /** Its plain texts, by path. */
  sent: Map<string, string>
  /** Its rich texts, whole, by the path of their field. */
  bodies?: Sent['bodies']
  /** The status a language gets when its texts change. */
  mark: TranslationStatus
  /** A language marked reviewed by this save. */
  reviewed?: string
}

/** The translation state after a save, from the entry as stored (every locale) and what the save sends. */
export function nextState(
  fields: FlattenedField[],
  collection: string,
  stored: Record<string, unknown>,
  change: StateChange,
): TranslationState {
  const previous = readState(stored.translationState)
  const next: TranslationState = {}
  const prefix = `${collection}/${String(stored.id)}/`
  const merged = change.bodies?.size ? withBodies(stored, change) : null
  for (const locale of TRANSLATION_LOCALES) {
    const before = previous[locale]
    const hashes: Record<string, string> = {}
    const stale: string[] = []
    let changed = false
    let titled = false
    // The texts as they will be: a rich text the save sends is read from the entry with it, its
    // blocks named by the positions they will have (a block the Vietnamese no longer has is no unit).
    const was = merged ? new Map(textUnits(fields, collection, stored, locale).map((u) => [u.id, u.target])) : null
    for (const unit of textUnits(fields, collection, merged ?? stored, locale)) {
      const path = unit.id.slice(prefix.length)
      const old = was ? (was.get(unit.id) ?? '') : unit.target
      const source = change.locale === 'vi' ? (change.sent.get(path) ?? unit.source) : unit.source
      const whole = unit.coded === true && bodySent(change, path) ? unit.target : undefined
      const sent = change.locale === locale ? (change.sent.get(path) ?? whole) : undefined
      const target = sent ?? old
      if (sent !== undefined && sent !== old) changed = true
      if (target.trim() === '') continue
      if (path === 'title') titled = true
      const hash = sent !== undefined && sent !== old ? hashText(source) : before?.fields[path]
      if (hash === undefined) continue
      hashes[path] = hash
      if (hash !== hashText(source)) stale.push(path)
    }
    const status: TranslationStatus | undefined =
      change.reviewed === locale ? 'reviewed' : changed ? change.mark : before?.status
    if (!titled && !status && Object.keys(hashes).length === 0) continue
    const state: LocaleState = { titled, fields: hashes, stale }
    next[locale] = status ? { status, ...state } : state
  }
  return next
}

/** Whether a field is, or holds, a text this state follows (what textUnits and sentTexts walk). */
const holdsText = (field: FlattenedField): boolean =>
  isTextLeaf(field) || isBodyLeaf(field) || (innerFields(field)?.some(holdsText) ?? false)

/** Per collection: the top-level fields the state is computed from, and the state itself. */
const textSelects = new WeakMap<FlattenedField[], Record<string, true>>()
const textSelect = (fields: FlattenedField[]): Record<string, true> => {
  let select = textSelects.get(fields)
  if (!select) {
    select = { translationState: true }
    for (const field of fields) if (holdsText(field)) select[field.name] = true
    textSelects.set(fields, select)
  }
  return select
}

/**
 * The entry as stored now, every locale, newest version; the request's own locale is left as it
 * was. Only its texts and state are read (a third less time than the whole entry on every save:
 * bench/RESULTS.md, issue 21).
 */
async function storedEntry(
  req: PayloadRequest,
  collection: { slug: CollectionSlug; flattenedFields: FlattenedField[] },
  id: number | string,
) {
  const { locale, fallbackLocale } = req
  try {
    const doc = await req.payload.findByID({
      collection: collection.slug,
      id,
      locale: 'all',
      draft: true,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      select: textSelect(collection.flattenedFields),
      req,
    })
    return isRecord(doc) ? doc : null
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}

/** The collection hook: recomputes `translationState` on every create and update in one language. */
export const translationStateHook: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
  collection,
  operation,
}) => {
  const locale = req.locale
  // A restored version carries every locale and its own state: kept as it was.
  if (typeof locale !== 'string' || locale === 'all' || isRecord(data.title)) return data
  const id = originalDoc?.id
  const stored =
    operation === 'update' && (typeof id === 'number' || typeof id === 'string')
      ? await storedEntry(req, collection, id)
      : null
  if (stored && locale !== 'vi' && req.context[IMPORTING] !== true) {
    dropFallbackEchoes(collection.flattenedFields, data, stored, locale)
  }
  const sent: Sent = { texts: new Map(), bodies: new Map() }
  sentTexts(collection.flattenedFields, data, [], sent)
  const editor = isEditorUser(req) || !req.user
  const reviewed = req.context[REVIEWING]
  data.translationState = nextState(collection.flattenedFields, collection.slug, stored ?? { id: 'new' }, {
    locale,
    sent: sent.texts,
    bodies: sent.bodies,
    mark: editor && req.context[IMPORTING] !== true ? 'reviewed' : 'draft',
    ...(typeof reviewed === 'string' ? { reviewed } : {}),
  })
  return data
}
