import { type FlattenedField, type PayloadRequest, ValidationError } from 'payload'
import { isRecord } from '../shared/guards'
import { type Bilingual, inUserLanguage } from './message'

/**
 * A text field takes text. Sent an object or a list instead (`{"title": {"x": 1}}`, over REST, in
 * a bulk update or through the Local API), Payload passed it on to SQLite, which cannot store it:
 * the client got a 500 "Something went wrong", or the object's JSON was kept as the title. Every
 * text, text area and list-row text is checked here, before any other hook reads it, and refused
 * with a 400 that names the field and says what to send. Numbers and true/false are left alone:
 * spreadsheets give them for codes and numbers kept as text, and they are stored as their text.
 */

interface Misshapen {
  path: string
  label: Bilingual
  multiple: boolean
}

const scalar = (value: unknown) => value === null || value === undefined || typeof value !== 'object'

const labelOf = (field: FlattenedField): Bilingual => {
  const label = 'label' in field ? field.label : undefined
  if (typeof label === 'string') return { vi: label, en: label }
  if (isRecord(label) && typeof label.vi === 'string') {
    return { vi: label.vi, en: typeof label.en === 'string' ? label.en : label.vi }
  }
  return { vi: field.name, en: field.name }
}

/** Whether `value` fits a text field: one text, or (hasMany) a list of texts. */
const fits = (field: FlattenedField, value: unknown): boolean =>
  field.type === 'text' && field.hasMany === true
    ? scalar(value) || (Array.isArray(value) && value.every(scalar))
    : scalar(value)

/**
 * The text fields of `data` holding something else than text. `allLocales`: the request writes
 * every locale at once (`locale=all`), so a localized value is `{ vi: …, en: … }`, one text each.
 */
export function misshapenTexts(fields: FlattenedField[], data: unknown, allLocales: boolean, at = ''): Misshapen[] {
  if (!isRecord(data)) return []
  const found: Misshapen[] = []
  for (const field of fields) {
    if (!(field.name in data)) continue
    const value = data[field.name]
    const path = `${at}${field.name}`
    const perLocale = allLocales && 'localized' in field && field.localized === true && isRecord(value)
    const values = perLocale ? Object.values(value) : [value]
    if (field.type === 'text' || field.type === 'textarea') {
      if (!values.every((one) => fits(field, one))) {
        found.push({ path, label: labelOf(field), multiple: field.type === 'text' && field.hasMany === true })
      }
    } else if (field.type === 'array') {
      for (const rows of values) {
        if (!Array.isArray(rows)) continue
        rows.forEach((row, i) => {
          found.push(...misshapenTexts(field.flattenedFields, row, allLocales, `${path}.${i}.`))
        })
      }
    } else if (field.type === 'group' || field.type === 'tab') {
      for (const group of values) found.push(...misshapenTexts(field.flattenedFields, group, allLocales, `${path}.`))
    } else if (field.type === 'blocks') {
      for (const rows of values) {
        if (!Array.isArray(rows)) continue
        rows.forEach((row, i) => {
          const block = field.blocks.find((b) => isRecord(row) && b.slug === row.blockType)
          if (block) found.push(...misshapenTexts(block.flattenedFields, row, allLocales, `${path}.${i}.`))
        })
      }
    }
  }
  return found
}

const message = ({ path, label, multiple }: Misshapen): Bilingual => {
  const name = path.split('.').at(-1) ?? path
  return multiple
    ? {
        vi: `“${label.vi}” (${path}) là danh sách chữ: hãy gửi các đoạn chữ, ví dụ "${name}": ["…", "…"], không gửi đối tượng.`,
        en: `“${label.en}” (${path}) is a list of texts: send texts, e.g. "${name}": ["…", "…"], not objects.`,
      }
    : {
        vi: `“${label.vi}” (${path}) là một đoạn chữ: hãy gửi chữ, ví dụ "${name}": "…", không gửi đối tượng hay danh sách. Bản dịch gửi từng ngôn ngữ một, chọn bằng ?locale=ko.`,
        en: `“${label.en}” (${path}) is a text: send text, e.g. "${name}": "…", not an object or a list. Send a translation one language at a time, chosen with ?locale=ko.`,
      }
}

/** Refuses (400, every such field named) data whose texts are not text. */
export function refuseMisshapenText(
  req: PayloadRequest,
  owner: { collection?: string; global?: string },
  fields: FlattenedField[],
  data: unknown,
): void {
  const found = misshapenTexts(fields, data, req.locale === 'all')
  if (found.length === 0) return
  throw new ValidationError(
    {
      ...owner,
      errors: found.map((one) => ({ path: one.path, message: inUserLanguage(req, message(one)) })),
      req,
    },
    req.t,
  )
}
