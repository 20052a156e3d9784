/**
 * A small strict XML reader for translation files: elements, attributes, text, the five named
 * entities, character references, comments, CDATA and processing instructions. A document type
 * declaration is refused (no entity expansion), as is anything not well-formed: the reader throws
 * XmlError with the offset, and a caller refuses the whole file.
 */

export interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: (XmlElement | string)[]
}

export class XmlError extends Error {
  constructor(message: string, offset: number) {
    super(`${message} (at character ${offset})`)
    this.name = 'XmlError'
  }
}

const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }
// Characters XML 1.0 allows in a document (Char production).
const XML_CHAR = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u

/** Text with its entity and character references replaced. */
function decode(text: string, offset: number): string {
  return text.replace(/&([^;&<]*);|&/g, (whole, ref: string | undefined) => {
    if (ref === undefined) throw new XmlError('a bare “&”', offset)
    const named = NAMED[ref]
    if (named !== undefined) return named
    const m = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(ref)
    if (!m) throw new XmlError(`unknown entity “${whole}”`, offset)
    const code = m[1] !== undefined ? Number.parseInt(m[1], 16) : Number.parseInt(m[2] ?? '', 10)
    const char = code <= 0x10ffff ? String.fromCodePoint(code) : ''
    if (!char || !XML_CHAR.test(char)) throw new XmlError(`character reference “${whole}” is not allowed`, offset)
    return char
  })
}

/** Parses a whole document and returns its root element. */
export function parseXml(input: string): XmlElement {
  // A reader sees line ends as \n (XML 1.0, 2.11); a \r kept in a text is written as &#13;.
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  if (!XML_CHAR.test(text)) throw new XmlError('a character XML does not allow', 0)
  let at = 0
  const stack: XmlElement[] = []
  let root: XmlElement | null = null

  const name = (): string => {
    NAME.lastIndex = at
    const m = NAME.exec(text)
    if (!m) throw new XmlError('a name was expected', at)
    at += m[0].length
    return m[0]
  }
  const spaces = (): boolean => {
    const from = at
    while (at < text.length && ' \t\n'.includes(text.charAt(at))) at++
    return at > from
  }
  const skipTo = (end: string, what: string): string => {
    const close = text.indexOf(end, at)
    if (close < 0) throw new XmlError(`${what} is not closed`, at)
    const body = text.slice(at, close)
    at = close + end.length
    return body
  }
  const addText = (value: string) => {
    const parent = stack.at(-1)
    if (parent) parent.children.push(value)
    else if (value.trim() !== '') throw new XmlError('text outside the root element', at)
  }

  while (at < text.length) {
    if (text.startsWith('<!--', at)) {
      at += 4
      if (skipTo('-->', 'a comment').includes('--')) throw new XmlError('“--” inside a comment', at)
    } else if (text.startsWith('<![CDATA[', at)) {
      if (!stack.length) throw new XmlError('CDATA outside the root element', at)
      at += 9
      addText(skipTo(']]>', 'a CDATA section'))
    } else if (text.startsWith('<!', at)) {
      throw new XmlError('a document type declaration is not accepted', at)
    } else if (text.startsWith('<?', at)) {
      at += 2
      skipTo('?>', 'a processing instruction')
    } else if (text.startsWith('</', at)) {
      at += 2
      const closing = name()
      spaces()
      if (text[at] !== '>') throw new XmlError('“>” expected', at)
      at++
      const open = stack.pop()
      if (!open || open.name !== closing) throw new XmlError(`“</${closing}>” does not close “${open?.name}”`, at)
    } else if (text[at] === '<') {
      at++
      if (root && !stack.length) throw new XmlError('a second root element', at)
      const element: XmlElement = { name: name(), attributes: {}, children: [] }
      for (;;) {
        const spaced = spaces()
        if (text.startsWith('/>', at) || text[at] === '>') break
        if (!spaced) throw new XmlError('a space is expected between attributes', at)
        const attribute = name()
        spaces()
        if (text[at] !== '=') throw new XmlError(`“=” expected after “${attribute}”`, at)
        at++
        spaces()
        const quote = text[at]
        if (quote !== '"' && quote !== "'") throw new XmlError('a quoted value is expected', at)
        at++
        const raw = skipTo(quote, 'an attribute value')
        if (raw.includes('<')) throw new XmlError('“<” in an attribute value', at)
        if (attribute in element.attributes) throw new XmlError(`attribute “${attribute}” twice`, at)
        element.attributes[attribute] = decode(raw.replace(/[\t\n]/g, ' '), at)
      }
      const parent = stack.at(-1)
      if (parent) parent.children.push(element)
      else root = element
      if (text.startsWith('/>', at)) at += 2
      else {
        at++
        stack.push(element)
      }
    } else {
      const next = text.indexOf('<', at)
      const end = next < 0 ? text.length : next
      const raw = text.slice(at, end)
      if (raw.includes(']]>')) throw new XmlError('“]]>” in text', at)
      addText(decode(raw, at))
      at = end
    }
  }
  if (stack.length) throw new XmlError(`“<${stack.at(-1)?.name}>” is not closed`, at)
  if (!root) throw new XmlError('no root element', at)
  return root
}

/** The child elements of an element, by name (every child element when no name is given). */
export const childElements = (element: XmlElement, name?: string): XmlElement[] =>
  element.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name))

/** Escapes a text for an element's content or an attribute value (quotes included). */
export const escapeXml = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')

/** Escapes an attribute value, keeping tabs and line ends (a reader turns literal ones into spaces). */
export const escapeAttribute = (text: string): string => escapeXml(text).replace(/\n/g, '&#10;').replace(/\t/g, '&#9;')
