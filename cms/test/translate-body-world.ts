/**
 * What the rich-text translation tests share: a Vietnamese body as the admin's editor stores it
 * (a heading, a paragraph with bold, italic and a link, a bulleted list with a bold word, a
 * horizontal rule, a quote with a line break), the same shape with other words for other
 * languages, and helpers to read a stored body back.
 */
import type { Payload } from 'payload'
import { isRecord } from '../src/shared/guards'
import { bodyTexts } from '../src/translate/body'
import { formatCoded, parseCoded } from '../src/translate/coded'
import { arrangeRelic, stored } from './translateWorld'

export const LINK = 'https://dsvh.example.vn/ban-do?xa=phu-dong&lop=di-tich'

const text = (value: string, format = 0): Node => ({
  type: 'text',
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
interface Node {
  type: string
  version: number
  [key: string]: unknown
}

const element = (type: string, children: Node[], extra: Record<string, unknown> = {}): Node => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

/**
 * A body in the editor's shape; `words` changes every text (another language's body); `inserted`
 * adds a heading as its second block.
 */
export function body(words: (vi: string) => string = (vi) => vi, inserted?: string) {
  const t = (value: string, format = 0) => text(words(value), format)
  const blocks = [
    element('heading', [t('Lịch sử [1]')], { tag: 'h2' }),
    element('paragraph', [
      t('Đền thờ '),
      t('Thánh Gióng', 1),
      t(', '),
      t('một trong Tứ bất tử', 2),
      t('. Xem '),
      element('link', [t('bản đồ')], { fields: { url: LINK, newTab: true, linkType: 'custom' }, id: 'lk1' }),
      t('.'),
    ]),
    element(
      'list',
      [
        element('listitem', [t('Đền Thượng')], { value: 1 }),
        element('listitem', [t('Đền '), t('Hạ', 1), t(' bên sông')], { value: 2 }),
      ],
      { listType: 'bullet', tag: 'ul', start: 1 },
    ),
    { type: 'horizontalrule', version: 1 },
    element('quote', [t('Ăn quả nhớ kẻ trồng cây'), { type: 'linebreak', version: 1 }, t('Uống nước nhớ nguồn')]),
  ]
  if (inserted) blocks.splice(1, 0, element('heading', [t(inserted)], { tag: 'h3' }))
  return { root: element('root', blocks) }
}

/** A translator's work on coded text: every text between codes gets `prefix`, the codes stay. */
export const translateCoded = (coded: string, prefix: string): string =>
  formatCoded(parseCoded(coded).map((t) => (t.type === 'text' ? { type: 'text', text: `${prefix}${t.text}` } : t)))

/** A relic (arrangeRelic) with the Vietnamese body, and an English and a Japanese one. */
export async function arrangeBodyRelic(payload: Payload, title: string) {
  const relic = await arrangeRelic(payload, title)
  await payload.update({ collection: 'relics', id: relic.id, locale: 'vi', data: { body: body() } })
  for (const locale of ['en', 'ja'] as const) {
    await payload.update({
      collection: 'relics',
      id: relic.id,
      locale,
      data: { body: body((vi) => `${locale.toUpperCase()} ${vi}`) },
    })
  }
  return relic
}

/** The stored body of a relic in one locale. */
export async function bodyIn(payload: Payload, id: number, locale: string): Promise<unknown> {
  const value = (await stored(payload, id)).body
  return isRecord(value) ? value[locale] : undefined
}

/** A body without its words: node types, formats, link fields, list kinds (what a translation keeps). */
export function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape)
  if (!isRecord(value)) return value
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'text' ? '' : shape(v)]))
}

/** A body's coded text per block position. */
export const codedBlocks = (value: unknown) => Object.fromEntries(bodyTexts(value))
