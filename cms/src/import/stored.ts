/**
 * What the database already holds for an import: the records rows refer to by name (producers,
 * products, communes), the records rows would update, and which of their fields a row changes.
 * Everything is read as the importing account may read it.
 */
import type { Payload } from 'payload'
import { installationProvince, loadCommuneIndex } from '../adminUnits/resolve'
import type { User } from '../payload-types'
import { isRecord } from '../shared/guards'
import { valueAt } from '../shared/paths'
import { asAccount } from './account'
import type { Column, ImportKind, Lookups } from './columns'
import type { RowPlan } from './rows'
import { normalizeWords } from './values'

/** A stored record as read at depth 0 in every locale. */
export type StoredRecord = Record<string, unknown> & { id: number }

export async function loadLookups(payload: Payload, user?: User): Promise<Lookups> {
  // Names resolve only to records the importing account may read.
  const options = { limit: 0, pagination: false, depth: 0, locale: 'vi', draft: true, ...asAccount(user) } as const
  const communes = await loadCommuneIndex(payload, await installationProvince(payload))
  const producers = new Map<string, number | string>()
  for (const p of (await payload.find({ collection: 'producers', ...options })).docs) {
    producers.set(normalizeWords(String(p.title ?? '')), p.id)
  }
  const products = new Map<string, number | string>()
  for (const p of (await payload.find({ collection: 'ocop-products', ...options })).docs) {
    products.set(normalizeWords(String(p.title ?? '')), p.id)
    if (p.gtin) products.set(String(p.gtin), p.id)
  }
  return { communes, producers, products }
}

/** Every stored record the rows may update, read at once (one query per 500 keys, not per row). */
export async function existingRecords(
  payload: Payload,
  kind: ImportKind,
  rows: RowPlan[],
  user: User | undefined,
): Promise<{ byKey: Map<string, StoredRecord>; readable: Set<string> }> {
  const values = [
    ...new Set(rows.map((r) => r.data[kind.identity.field]).filter((v): v is string => typeof v === 'string' && !!v)),
  ]
  const read = async (field: string, keys: (number | string)[], account = asAccount()) => {
    const { docs } = await payload.find({
      collection: kind.collection,
      where: { [field]: { in: keys } },
      draft: true,
      depth: 0,
      limit: 0,
      pagination: false,
      locale: 'all',
      ...account,
    })
    return docs.filter(isRecord)
  }
  const byKey = new Map<string, StoredRecord>()
  for (let i = 0; i < values.length; i += 500) {
    for (const doc of await read(kind.identity.field, values.slice(i, i + 500))) {
      const key = kind.identity.key({ ...doc, slug: doc.slug, title: valueAt(doc, ['title', 'vi']) })
      if (key) byKey.set(key, doc)
    }
  }
  const readable = new Set<string>()
  const keyOf = new Map([...byKey].map(([key, doc]) => [String(doc.id), key]))
  const ids = [...byKey.values()].map((doc) => doc.id)
  for (let i = 0; i < ids.length; i += 500) {
    for (const doc of await read('id', ids.slice(i, i + 500), asAccount(user))) {
      readable.add(String(doc.id))
      // Compared as the account reads it: a private field it may not read (another commune's
      // contact details, notes) always counts as changed, so the preview never confirms a guess.
      const key = keyOf.get(String(doc.id))
      if (key) byKey.set(key, doc)
    }
  }
  return { byKey, readable }
}

/** Stored and imported values compared as a person would: ids, day of a date, names of crafts. */
function same(stored: unknown, imported: unknown): boolean {
  const norm = (v: unknown): unknown => {
    if (v === undefined || v === '') return null
    if (v && typeof v === 'object' && 'id' in v) return String(v.id)
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v)) return v.slice(0, 10)
    if (typeof v === 'number') return String(v)
    if (Array.isArray(v)) {
      return v.map((item) => (item && typeof item === 'object' && 'name' in item ? item.name : norm(item)))
    }
    return v
  }
  return JSON.stringify(norm(stored)) === JSON.stringify(norm(imported))
}

/** The headers of the columns a row would change in a stored record, in the kind's order. */
export function changedColumns(
  row: RowPlan,
  existing: Record<string, unknown>,
  columns: Column[],
  inSheet: (key: string) => boolean,
): string[] {
  const changes: string[] = []
  for (const column of columns) {
    if (!column.path || !inSheet(column.key)) continue
    const path = column.path.split('.')
    const after = valueAt(column.locale === 'en' ? row.dataEn : row.data, path)
    if (after === undefined) continue
    const localizedValue = (stored: unknown) =>
      isRecord(stored) && 'vi' in stored ? stored[column.locale ?? 'vi'] : stored
    const differs = isRecord(after)
      ? Object.entries(after).some(([key, value]) => !same(localizedValue(valueAt(existing, [...path, key])), value))
      : !same(localizedValue(valueAt(existing, path)), after)
    if (differs && !changes.includes(column.header)) changes.push(column.header)
  }
  return changes
}
