import type { Relic } from '../payload-types'

/** The editor state Payload's Lexical field stores: root → paragraph → text. */
export type LexicalRoot = NonNullable<Relic['body']>

const textNode = (text: string) => ({
  type: 'text',
  text,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

/** Plain paragraphs as a Lexical document, one paragraph per string. */
export function paragraphs(texts: readonly string[]): LexicalRoot {
  return {
    root: {
      type: 'root',
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      children: texts.map((text) => ({
        type: 'paragraph',
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        textStyle: '',
        version: 1,
        children: [textNode(text)],
      })),
    },
  }
}
