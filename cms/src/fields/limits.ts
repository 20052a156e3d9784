import { type CollectionConfig, type Field, type GlobalConfig, validations } from 'payload'
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
  if (!node || typeof node !== 'object') return 0
  const { text, children, root } = node as { text?: unknown; children?: unknown; root?: unknown }
  let length = typeof text === 'string' ? text.length : 0
  if (Array.isArray(children)) for (const child of children) length += richTextLength(child)
  return length + richTextLength(root)
}

type Validate = (value: unknown, args: Args) => unknown

function limited(field: Field): Field {
  if ('fields' in field && Array.isArray(field.fields)) {
    return { ...field, fields: field.fields.map(limited) } as Field
  }
  if (field.type === 'tabs')
    return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(limited) })) }
  if (field.type === 'blocks') {
    return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: block.fields.map(limited) })) }
  }
  if (field.type === 'text' || field.type === 'textarea') {
    const limit = field.maxLength ?? (field.type === 'text' ? TEXT_LIMIT : TEXTAREA_LIMIT)
    const own = field.validate as Validate | undefined
    if (!own) return { ...field, maxLength: limit } as Field
    const validate: Validate = (value, args) => {
      const length = longest(value)
      return length > limit ? tooLong(length, limit, args.req) : own(value, args)
    }
    return { ...field, maxLength: limit, validate } as Field
  }
  if (field.type === 'richText') {
    const own = (field.validate ?? validations.richText) as Validate
    const validate: Validate = (value, args) => {
      const length = richTextLength(value)
      return length > RICH_TEXT_LIMIT ? tooLong(length, RICH_TEXT_LIMIT, args.req) : own(value, args)
    }
    return { ...field, validate } as Field
  }
  return field
}

export const withLengthLimits = <C extends CollectionConfig | GlobalConfig>(config: C): C => ({
  ...config,
  fields: config.fields.map(limited),
})
