import { type CollectionConfig, type Field, type GlobalConfig, validations } from 'payload'
import { isRecord } from '../shared/guards'
import { inUserLanguage } from './message'

/**
 * Every text has a length limit, checked on every route (admin, REST, GraphQL, Local API,
 * imports): a 5 MB title was accepted, then carried into every page, list and export that shows it.
 * Fields keep their own limit where they set one (summaries: 400); otherwise a line of text
 * (titles, names, alt text, links) takes 1,000 characters, a text area 10,000, a rich-text body
 * 500,000 characters of content. Custom validations still run, after the length check.
 */
export const TEXT_LIMIT = 1_000
export const TEXTAREA_LIMIT = 10_000
export const RICH_TEXT_LIMIT = 500_000

type Args = { req: Parameters<typeof inUserLanguage>[0] }

const tooLong = (length: number, limit: number, req: Args['req']): string =>
  inUserLanguage(req, {
    vi: `Dài quá ${limit.toLocaleString('vi-VN')} ký tự (đang có ${length.toLocaleString('vi-VN')}). Hãy rút gọn.`,
    en: `Longer than ${limit.toLocaleString('en-GB')} characters (${length.toLocaleString('en-GB')} now). Shorten it.`,
  })

const longest = (value: unknown): number =>
  Array.isArray(value) ? Math.max(0, ...value.map(longest)) : typeof value === 'string' ? value.length : 0

/** The characters of text a rich-text document holds (its text nodes), not its JSON around them. */
const richTextLength = (node: unknown): number => {
  if (!isRecord(node)) return 0
  const { text, children, root } = node
  let length = typeof text === 'string' ? text.length : 0
  if (Array.isArray(children)) for (const child of children) length += richTextLength(child)
  return length + richTextLength(root)
}

/** `own`, after a length check: the field's own rule runs only on text that is not too long. */
const afterLength =
  <V, A extends Args, R>(own: (value: V, args: A) => R, length: (value: V) => number, limit: number) =>
  (value: V, args: A): R | string => {
    const n = length(value)
    return n > limit ? tooLong(n, limit, args.req) : own(value, args)
  }

function limited(field: Field): Field {
  if ('fields' in field && Array.isArray(field.fields)) {
    return { ...field, fields: field.fields.map(limited) }
  }
  if (field.type === 'tabs')
    return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(limited) })) }
  if (field.type === 'blocks') {
    return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: block.fields.map(limited) })) }
  }
  if (field.type === 'textarea') {
    const limit = field.maxLength ?? TEXTAREA_LIMIT
    const own = field.validate
    return { ...field, maxLength: limit, ...(own ? { validate: afterLength(own, longest, limit) } : {}) }
  }
  if (field.type === 'text') {
    const limit = field.maxLength ?? TEXT_LIMIT
    // The two shapes of a text field (one value, many) have validations of different types.
    if (field.hasMany === true) {
      const own = field.validate
      return { ...field, maxLength: limit, ...(own ? { validate: afterLength(own, longest, limit) } : {}) }
    }
    const own = field.validate
    return { ...field, maxLength: limit, ...(own ? { validate: afterLength(own, longest, limit) } : {}) }
  }
  if (field.type === 'richText') {
    return { ...field, validate: afterLength(field.validate ?? validations.richText, richTextLength, RICH_TEXT_LIMIT) }
  }
  return field
}

export const withLengthLimits = <C extends CollectionConfig | GlobalConfig>(config: C): C => ({
  ...config,
  fields: config.fields.map(limited),
})
