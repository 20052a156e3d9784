import { localeInfo } from '@heritage/contract'
import type {
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  FlattenedField,
  PayloadRequest,
  Where,
} from 'payload'
import type { Bilingual } from '../fields/message'
import { requestLocales } from '../locales/enabled'
import { isRecord, recordOr } from '../shared/guards'
import type { CollectionAccess } from './policy'
import { Refusal } from './refusal'
import { anyOf, can, communesOf, perRequest, principal } from './scope'

/**
 * The translator (a freelance or office translator, role `translator`): reads the entries of its
 * scope (drafts included) and writes their texts in a published language other than Vietnamese,
 * nothing else. Its scope is a province (every commune of it, and tourist routes) and/or communes:
 * an entry reaches it through its commune only. An entry with no commune names no province, so
 * nothing says it belongs to the translator's office; it is left to the staff (see translatorScope).
 * It never creates, deletes,
 * trashes, duplicates, restores a version or publishes (its saves are drafts: see
 * ../workflow/review.ts guardUnpublish), and never changes Vietnamese or a value every language
 * shares (a date, a place, a relationship, a list's rows). Checked on every route Payload offers
 * (REST, GraphQL, the Local API with a user, the admin's forms, bulk updates): the collection's
 * access (withTranslators) answers "may it write here at all", the hooks below say why not and
 * refuse any save that would touch a shared value.
 */

/** A translator and nothing more (a translator who is also staff keeps the staff rights). */
export const isTranslator = (req: PayloadRequest): boolean =>
  can(req, 'translator') && !can(req, 'admin', 'editor', 'contributor', 'producer')

/**
 * The entries a translator looks after, as a query (`kind`: routes have no commune and are the
 * province's, as for editors). Entries without a commune are not among them: a translator is often
 * a freelancer working for several offices, and such an entry (a draft included) could be any
 * province's. Editors and administrators translate those, or give the entry its commune.
 */
export async function translatorScope(req: PayloadRequest, kind: string): Promise<boolean | Where> {
  const who = principal(req)
  if (!who || !isTranslator(req)) return false
  const province = who.province
  if (kind === 'routes') return province !== null
  const communes = new Set(who.communes)
  if (province !== null) {
    for (const id of await perRequest(req, `translator-communes:${String(who.id)}`, () => communesOf(req, province)))
      communes.add(id)
  }
  return communes.size > 0 ? { commune: { in: [...communes] } } : false
}

/** Whether the request writes one published language other than Vietnamese. */
async function translatableLocale(req: PayloadRequest): Promise<boolean> {
  const locale = req.locale
  if (typeof locale !== 'string' || locale === 'vi' || locale === 'all') return false
  return (await requestLocales(req)).some((code) => code === locale)
}

const publishing = (data: unknown) => recordOr(data)._status === 'published'

/** A collection's rules with the translator's added: read its scope (drafts too), update its texts. */
export const withTranslators = (kind: string, access: CollectionAccess): CollectionAccess => ({
  ...access,
  read: async (args) => anyOf((await access.read?.(args)) ?? false, await translatorScope(args.req, kind)),
  readVersions: async (args) => {
    const own = (await access.readVersions?.(args)) ?? false
    const scope = await translatorScope(args.req, kind)
    return anyOf(own, typeof scope === 'boolean' ? scope : prefixed(scope))
  },
  update: async (args) => {
    if (!isTranslator(args.req)) return (await access.update?.(args)) ?? false
    if (publishing(args.data) || !(await translatableLocale(args.req))) return false
    return translatorScope(args.req, kind)
  },
})

const prefixed = (where: Where): Where =>
  Object.fromEntries(
    Object.entries(where).map(([key, value]) =>
      key === 'and' || key === 'or'
        ? [key, (Array.isArray(value) ? value : []).map(prefixed)]
        : [`version.${key}`, value],
    ),
  )

const REFUSED = {
  create: {
    vi: 'Biên dịch viên không tạo, nhân bản hay xóa mục: chỉ dịch nội dung của mục đã có.',
    en: 'Translators do not create, duplicate or delete entries: they translate existing ones.',
  },
  restore: {
    vi: 'Biên dịch viên không khôi phục phiên bản cũ: việc này đổi cả bản tiếng Việt.',
    en: 'Translators do not restore versions: that changes the Vietnamese text too.',
  },
  publish: {
    vi: 'Biên dịch viên không xuất bản: hãy lưu bản nháp, biên tập viên sẽ duyệt và xuất bản.',
    en: 'Translators do not publish: save a draft, and an editor reviews and publishes it.',
  },
} satisfies Record<string, Bilingual>

async function localeRefusal(req: PayloadRequest): Promise<Bilingual | null> {
  if (await translatableLocale(req)) return null
  const published = (await requestLocales(req)).filter((code) => code !== 'vi')
  const list = published.map((code) => `${localeInfo(code).name} (${code})`).join(', ')
  const asked = String(req.locale ?? 'vi')
  if (asked === 'vi' || asked === 'all') {
    return {
      vi: `Biên dịch viên không sửa bản tiếng Việt (bản gốc). Hãy chọn ngôn ngữ cần dịch: ${list}.`,
      en: `Translators do not edit the Vietnamese text (the source). Choose the language to translate into: ${list}.`,
    }
  }
  return {
    vi: `Ngôn ngữ “${asked}” chưa được xuất bản trên trang này, nên chưa dịch được. Các ngôn ngữ đang xuất bản: ${list}.`,
    en: `The language “${asked}” is not published on this site, so it cannot be translated yet. Published languages: ${list}.`,
  }
}

/** Says why a translator may not do this (before Payload's own generic "not allowed"). */
export const translatorOperations: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (!isTranslator(req) || recordOr(args).overrideAccess === true) return args
  if (operation === 'create' || operation === 'delete') throw new Refusal(req, REFUSED.create, 403)
  if (operation === 'restoreVersion') throw new Refusal(req, REFUSED.restore, 403)
  if (operation !== 'update') return args
  const reason = await localeRefusal(req)
  if (reason) throw new Refusal(req, reason, 403)
  if (publishing(recordOr(args).data)) throw new Refusal(req, REFUSED.publish, 403)
  return args
}

/**
 * Keys the server sets itself on a translator's save (`_status`: always a draft, see
 * guardUnpublish). Everything else, the review state and the creation date included, must come
 * back as stored.
 */
const FREE = new Set(['id', 'updatedAt', '_status', 'translationState'])

const empty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)

/** A value as compared: relationships by collection and id, numbers and ids as text, empties alike, keys sorted. */
function normal(value: unknown): unknown {
  if (empty(value)) return null
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return value.map(normal)
  if (isRecord(value)) {
    if ('relationTo' in value && 'value' in value) return `${String(value.relationTo)}:${String(normal(value.value))}`
    if ('id' in value && !('type' in value)) return normal(value.id)
    const keys = Object.keys(value).sort()
    return Object.fromEntries(keys.filter((k) => !empty(value[k])).map((k) => [k, normal(value[k])]))
  }
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : value
}

const same = (a: unknown, b: unknown) => JSON.stringify(normal(a)) === JSON.stringify(normal(b))

/** The paths of values every language shares that `data` would change in `stored`. */
export function sharedChanges(fields: FlattenedField[], data: unknown, stored: unknown, path = ''): string[] {
  if (!isRecord(data)) return []
  const before = recordOr(stored)
  const changed: string[] = []
  for (const field of fields) {
    if (!(field.name in data) || ('localized' in field && field.localized)) continue
    if (path === '' && FREE.has(field.name)) continue
    const here = path ? `${path}.${field.name}` : field.name
    const value = data[field.name]
    if (field.type === 'array') {
      const rows = Array.isArray(value) ? value : []
      const stored = before[field.name]
      const kept: unknown[] = Array.isArray(stored) ? stored : []
      const ids = (list: unknown[]) => list.map((row) => String(recordOr(row).id ?? ''))
      if (ids(rows).join() !== ids(kept).join() || ids(rows).includes('')) changed.push(here)
      else {
        for (const [i, row] of rows.entries()) {
          changed.push(...sharedChanges(field.flattenedFields, row, kept[i], `${here}.${i}`))
        }
      }
    } else if (field.type === 'group' || field.type === 'tab') {
      changed.push(...sharedChanges(field.flattenedFields, value, before[field.name], here))
    } else if (field.type !== 'join' && !same(value, before[field.name])) changed.push(here)
  }
  return changed
}

/**
 * A changed path as the officer knows it: the fields' labels in `language`, rows by number
 * ("Điểm dừng > hàng 1 > Địa điểm"), not the internal names ("stops.0.place").
 */
export function labelledPath(
  fields: FlattenedField[],
  path: string,
  language: keyof Bilingual,
  req: PayloadRequest,
): string {
  const names: string[] = []
  let here: FlattenedField[] = fields
  for (const segment of path.split('.')) {
    if (/^\d+$/.test(segment)) {
      names.push(language === 'vi' ? `hàng ${Number(segment) + 1}` : `row ${Number(segment) + 1}`)
      continue
    }
    const field = here.find((f) => f.name === segment)
    const label: unknown = field && 'label' in field ? field.label : undefined
    let text = segment
    if (typeof label === 'string') text = label
    else if (isRecord(label) && typeof label[language] === 'string') text = label[language]
    // Payload's own labels (the creation date's) are translated by the request's language only.
    else if (typeof label === 'function' && req.i18n.language === language) {
      text = String(label({ i18n: req.i18n, t: req.i18n.t }))
    }
    names.push(text)
    here = field && 'flattenedFields' in field ? field.flattenedFields : []
  }
  return names.join(' > ')
}

/** Refuses a translator's save that changes anything but the texts of its language. */
export const translatorChanges: CollectionBeforeChangeHook = ({ data, originalDoc, req, collection, operation }) => {
  if (!isTranslator(req)) return data
  if (operation !== 'update') throw new Refusal(req, REFUSED.create, 403)
  const changed = sharedChanges(collection.flattenedFields, data, originalDoc)
  if (changed.length > 0) {
    const named = (language: keyof Bilingual) =>
      changed.map((path) => `«${labelledPath(collection.flattenedFields, path, language, req)}»`).join(', ')
    throw new Refusal(
      req,
      {
        vi: `Biên dịch viên chỉ sửa nội dung dịch; các giá trị dùng chung cho mọi ngôn ngữ không được đổi: ${named('vi')}. Hãy tải lại trang rồi chỉ sửa phần dịch.`,
        en: `Translators only change translated text; values shared by every language cannot be changed: ${named('en')}. Reload the page and change only the translation.`,
      },
      403,
      { fields: changed },
    )
  }
  return data
}
