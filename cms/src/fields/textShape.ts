import { type FlattenedField, type PayloadRequest, ValidationError } from 'payload'
import { isRecord } from '../shared/guards'
import { type Bilingual, inUserLanguage } from './message'

/**
 * A text field takes text. Sent an object or a list instead (`{"title": {"x": 1}}`, over REST, in
 * a bulk update or through the Local API), Payload passed it on to SQLite, which cannot store it:
 * the client got a 500 "Something went wrong", or the object's JSON was kept as the title. A choice
 * (select) sent an object was a 500 too, a list of choices sent an object was emptied, and a
 * rich-text body took any value (`"x"`, `[1]`), which then broke the site's export. Every text,
 * text area, list-row text, choice and rich-text body is checked here, before any other hook reads
 * it, and refused with a 400 that names the field and says what to send. Numbers and true/false are
 * left alone in texts: spreadsheets give them for codes and numbers kept as text, stored as text.
 */

type Shape = 'text' | 'texts' | 'choice' | 'choices' | 'richText'

interface Misshapen {
  path: string
  label: Bilingual
  shape: Shape
}

const scalar = (value: unknown) => value === null || value === undefined || typeof value !== 'object'
const scalars = (value: unknown) => scalar(value) || (Array.isArray(value) && value.every(scalar))

const labelOf = (field: FlattenedField): Bilingual => {
  const label = 'label' in field ? field.label : undefined
  if (typeof label === 'string') return { vi: label, en: label }
  if (isRecord(label) && typeof label.vi === 'string') {
    return { vi: label.vi, en: typeof label.en === 'string' ? label.en : label.vi }
  }
  return { vi: field.name, en: field.name }
}

/** The shape a field's value must have, for the fields checked here. */
function shapeOf(field: FlattenedField): Shape | null {
  if (field.type === 'textarea') return 'text'
  if (field.type === 'text') return field.hasMany === true ? 'texts' : 'text'
  if (field.type === 'select') return field.hasMany === true ? 'choices' : 'choice'
  if (field.type === 'radio') return 'choice'
  if (field.type === 'richText') return 'richText'
  return null
}

/** A rich-text body as the editor stores it (Lexical): `{ root: { children: […] } }`. */
const editorState = (value: unknown) =>
  value === null ||
  value === undefined ||
  (isRecord(value) && isRecord(value.root) && Array.isArray(value.root.children))

const FITS: Record<Shape, (value: unknown) => boolean> = {
  text: scalar,
  texts: scalars,
  choice: scalar,
  choices: scalars,
  richText: editorState,
}

/**
 * The fields of `data` checked here holding something else than their shape. `allLocales`: the
 * request writes every locale at once (`locale=all`), so a localized value is `{ vi: …, en: … }`.
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
    const shape = shapeOf(field)
    if (shape) {
      if (!values.every(FITS[shape])) found.push({ path, label: labelOf(field), shape })
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

const message = ({ path, label, shape }: Misshapen): Bilingual => {
  const name = path.split('.').at(-1) ?? path
  const field = { vi: `“${label.vi}” (${path})`, en: `“${label.en}” (${path})` }
  switch (shape) {
    case 'texts':
      return {
        vi: `${field.vi} là danh sách chữ: hãy gửi các đoạn chữ, ví dụ "${name}": ["…", "…"], không gửi đối tượng.`,
        en: `${field.en} is a list of texts: send texts, e.g. "${name}": ["…", "…"], not objects.`,
      }
    case 'choice':
      return {
        vi: `${field.vi} là một lựa chọn: hãy gửi giá trị của một lựa chọn (chữ), ví dụ "${name}": "…", không gửi đối tượng hay danh sách.`,
        en: `${field.en} is one choice: send the value of one option (text), e.g. "${name}": "…", not an object or a list.`,
      }
    case 'choices':
      return {
        vi: `${field.vi} là danh sách lựa chọn: hãy gửi giá trị các lựa chọn, ví dụ "${name}": ["…", "…"], không gửi đối tượng.`,
        en: `${field.en} is a list of choices: send the options' values, e.g. "${name}": ["…", "…"], not an object.`,
      }
    case 'richText':
      return {
        vi: `${field.vi} là văn bản định dạng: hãy gửi nội dung như trình soạn thảo lưu, {"root": {"type": "root", "children": […]}}, hoặc null; không gửi chữ thường hay danh sách.`,
        en: `${field.en} is rich text: send it as the editor stores it, {"root": {"type": "root", "children": […]}}, or null; not plain text or a list.`,
      }
    default:
      return {
        vi: `${field.vi} là một đoạn chữ: hãy gửi chữ, ví dụ "${name}": "…", không gửi đối tượng hay danh sách. Bản dịch gửi từng ngôn ngữ một, chọn bằng ?locale=ko.`,
        en: `${field.en} is a text: send text, e.g. "${name}": "…", not an object or a list. Send a translation one language at a time, chosen with ?locale=ko.`,
      }
  }
}

/** Refuses (400, every such field named) data whose texts, choices or rich text have another shape. */
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
