import type { Bilingual } from '../fields/message'
import { codeToken, formatCoded, parseCoded, type Token } from './coded'
import { malformed } from './refusal'
import type { FilledFile, FilledUnit, TranslationSet } from './units'
import { childElements, escapeAttribute, escapeXml, parseXml, type XmlElement, XmlError } from './xml'

/**
 * XLIFF 2.0 (OASIS, urn:oasis:names:tc:xliff:document:2.0): one <file> per entry, one <unit> per
 * field with one <segment>. XLIFF ids are NMTOKENs, which cannot hold the unit id's “/” and “[]”,
 * so each unit carries its stable id in `name` and an NMTOKEN form of it in `id`.
 *
 * A rich text's block is a unit of type `heritage:block` whose inline codes (./coded.ts) are XLIFF
 * inline codes with the same ids: `<pc id="b1" type="fmt" subType="xlf:b">` for bold and the other
 * marks, `<pc id="link2" type="link" dataRefStart="url-link2">` for a link (its address is shown in
 * the unit's <originalData>, outside the text, and never read back: it stays the Vietnamese's),
 * `<ph id="br3" type="fmt" subType="xlf:lb"/>` for a line break.
 */

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0'
/** The `type` of a unit that is a rich text's block. */
const BLOCK = 'heritage:block'

// Characters XML cannot carry even escaped: XLIFF writes them as <cp hex="…"/>.
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters it finds
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

const content = (text: string): string =>
  escapeXml(text).replace(
    NOT_XML,
    (c) => `<cp hex="${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}"/>`,
  )

const SUBTYPES: Record<string, string> = {
  b: 'xlf:b',
  i: 'xlf:i',
  u: 'xlf:u',
  s: 'heritage:s',
  code: 'heritage:code',
  sub: 'heritage:sub',
  sup: 'heritage:sup',
  br: 'xlf:lb',
  tab: 'heritage:tab',
  obj: 'heritage:obj',
}

/** A code's attributes; a link's refers to its address in the unit's original data. */
const codeAttributes = (id: string, kind: string, links: Record<string, string>): string => {
  const link = `type="link"${id in links ? ` dataRefStart="url-${id}"` : ''}`
  const type = kind === 'link' ? link : `type="${kind === 'obj' ? 'other' : 'fmt'}" subType="${SUBTYPES[kind]}"`
  return `id="${id}" ${type} canDelete="no"`
}

/** A block's link addresses as the unit's original data, outside its text. */
const originalData = (links: Record<string, string>): string[] => {
  const data = Object.entries(links).map(([id, url]) => `<data id="url-${id}">${content(url)}</data>`)
  return data.length ? [`      <originalData>${data.join('')}</originalData>`] : []
}

/** Coded text as XLIFF content with inline codes. */
const codedContent = (text: string, links: Record<string, string>): string =>
  parseCoded(text)
    .map((token) => {
      if (token.type === 'text') return content(token.text)
      if (token.type === 'close') return '</pc>'
      return token.type === 'open'
        ? `<pc ${codeAttributes(token.id, token.kind, links)}>`
        : `<ph ${codeAttributes(token.id, token.kind, links)}/>`
    })
    .join('')

/** The NMTOKEN form of a unit or file id. */
const token = (id: string): string => id.replace(/[/[\]]/g, (c) => (c === ']' ? '' : ':'))

export function writeXliff(set: TranslationSet): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${XLIFF_NS}" version="2.0" srcLang="vi" trgLang="${escapeAttribute(set.target)}">`,
  ]
  for (const entry of set.entries) {
    const file = `${entry.collection}/${entry.id}`
    lines.push(`  <file id="${token(file)}" original="${escapeAttribute(file)}" xml:space="preserve">`)
    lines.push(`    <notes><note category="title">${content(entry.title)}</note></notes>`)
    for (const unit of entry.units) {
      const type = unit.coded ? ` type="${BLOCK}"` : ''
      const text = (value: string) => (unit.coded ? codedContent(value, unit.links ?? {}) : content(value))
      lines.push(`    <unit id="${token(unit.id.slice(file.length + 1))}" name="${escapeAttribute(unit.id)}"${type}>`)
      lines.push(`      <notes><note category="label">${content(unit.label.vi)}</note></notes>`)
      lines.push(...originalData(unit.links ?? {}))
      lines.push(`      <segment><source>${text(unit.source)}</source><target>${text(unit.target)}</target></segment>`)
      lines.push('    </unit>')
    }
    lines.push('  </file>')
  }
  lines.push('</xliff>', '')
  return lines.join('\n')
}

const NO_CODES: Bilingual = {
  vi: 'trường này là văn bản thuần, không nhận thẻ định dạng (<pc>, <ph>)',
  en: 'this field is plain text and takes no inline codes (<pc>, <ph>)',
}

/**
 * The content of a <source> or <target> as tokens: text, <cp/>, and the inline codes of a block
 * (<pc>, <ph>; <mrk> annotations are read through). A code this exchange does not write (an unknown
 * id, <sc>/<ec>) makes a problem for the unit; an element XLIFF does not have refuses the file.
 */
function segmentTokens(element: XmlElement, unit: string, out: Token[], problems: Bilingual[]): void {
  for (const child of element.children) {
    if (typeof child === 'string') {
      out.push({ type: 'text', text: child })
      continue
    }
    const { hex, id = '' } = child.attributes
    if (child.name === 'cp' && hex && /^[0-9A-Fa-f]{1,6}$/.test(hex)) {
      out.push({ type: 'text', text: String.fromCodePoint(Number.parseInt(hex, 16)) })
    } else if (child.name === 'mrk') {
      segmentTokens(child, unit, out, problems)
    } else if (child.name === 'pc' || child.name === 'ph' || child.name === 'sc' || child.name === 'ec') {
      const code =
        child.name === 'pc' || child.name === 'ph' ? codeToken(id, child.name === 'pc' ? 'open' : 'ph') : null
      if (!code) {
        problems.push({
          vi: `thẻ <${child.name} id="${id}"> không phải thẻ của bản tiếng Việt`,
          en: `<${child.name} id="${id}"> is not one of the Vietnamese's codes`,
        })
        continue
      }
      out.push(code)
      if (child.name === 'pc') {
        segmentTokens(child, unit, out, problems)
        out.push({ type: 'close', id })
      }
    } else {
      throw malformed({
        vi: `đơn vị “${unit}” có thẻ <${child.name}> trong văn bản, tệp này không dùng thẻ nào như vậy.`,
        en: `unit “${unit}” has a <${child.name}> tag in its text; this exchange uses no such tags.`,
      })
    }
  }
}

/** The text of a <source> or <target>: coded text for a block, plain text otherwise. */
function segmentText(element: XmlElement, unit: string, coded: boolean, problems: Bilingual[]): string {
  const tokens: Token[] = []
  const found: Bilingual[] = []
  segmentTokens(element, unit, tokens, found)
  const plain = tokens.every((t) => t.type === 'text')
  if (!coded && !plain && !found.length) found.push(NO_CODES)
  problems.push(...found)
  return coded ? formatCoded(tokens) : tokens.map((t) => (t.type === 'text' ? t.text : '')).join('')
}

function readUnit(unit: XmlElement): FilledUnit {
  const id = unit.attributes.name
  if (!id) {
    throw malformed({
      vi: `một <unit id="${unit.attributes.id ?? ''}"> không có thuộc tính name (mã của trường).`,
      en: `a <unit id="${unit.attributes.id ?? ''}"> has no name attribute (the field's id).`,
    })
  }
  const [segment, ...more] = childElements(unit, 'segment')
  const [source, ...sources] = segment ? childElements(segment, 'source') : []
  const [target, ...targets] = segment ? childElements(segment, 'target') : []
  if (!source || more.length || sources.length || targets.length) {
    throw malformed({
      vi: `đơn vị “${id}” phải có đúng một <segment> với một <source> và nhiều nhất một <target>.`,
      en: `unit “${id}” must have exactly one <segment> with one <source> and at most one <target>.`,
    })
  }
  const coded = unit.attributes.type === BLOCK
  const problems: Bilingual[] = []
  const read = {
    id,
    source: segmentText(source, id, coded, []),
    target: target ? segmentText(target, id, coded, problems) : '',
  }
  if (!problems.length) return read
  return { ...read, problem: { vi: problems.map((p) => p.vi).join('; '), en: problems.map((p) => p.en).join('; ') } }
}

/** Reads a filled XLIFF 2.0 file; throws TranslationRefused when it is not one. */
export function readXliff(text: string): FilledFile {
  let root: XmlElement
  try {
    root = parseXml(text)
  } catch (e) {
    if (!(e instanceof XmlError)) throw e
    throw malformed({ vi: `không phải XML hợp lệ (${e.message}).`, en: `it is not well-formed XML (${e.message}).` })
  }
  const { xmlns, version, srcLang, trgLang } = root.attributes
  if (root.name !== 'xliff' || xmlns !== XLIFF_NS || version !== '2.0') {
    throw malformed({ vi: 'không phải tệp XLIFF 2.0.', en: 'it is not an XLIFF 2.0 file.' })
  }
  if (srcLang !== 'vi' || !trgLang) {
    throw malformed({
      vi: 'ngôn ngữ nguồn phải là tiếng Việt (srcLang="vi") và phải có ngôn ngữ đích (trgLang).',
      en: 'the source language must be Vietnamese (srcLang="vi") and a target language (trgLang) is required.',
    })
  }
  const units = childElements(root, 'file').flatMap((file) => childElements(file, 'unit').map(readUnit))
  return { target: trgLang, units }
}
