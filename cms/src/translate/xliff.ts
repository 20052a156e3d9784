import { malformed } from './refusal'
import type { FilledFile, FilledUnit, TranslationSet } from './units'
import { childElements, escapeAttribute, escapeXml, parseXml, type XmlElement, XmlError } from './xml'

/**
 * XLIFF 2.0 (OASIS, urn:oasis:names:tc:xliff:document:2.0): one <file> per entry, one <unit> per
 * field with one <segment>. XLIFF ids are NMTOKENs, which cannot hold the unit id's “/” and “[]”,
 * so each unit carries its stable id in `name` and an NMTOKEN form of it in `id`.
 */

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0'

// Characters XML cannot carry even escaped: XLIFF writes them as <cp hex="…"/>.
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters it finds
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

const content = (text: string): string =>
  escapeXml(text).replace(
    NOT_XML,
    (c) => `<cp hex="${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}"/>`,
  )

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
      lines.push(`    <unit id="${token(unit.id.slice(file.length + 1))}" name="${escapeAttribute(unit.id)}">`)
      lines.push(`      <notes><note category="label">${content(unit.label.vi)}</note></notes>`)
      lines.push(
        `      <segment><source>${content(unit.source)}</source><target>${content(unit.target)}</target></segment>`,
      )
      lines.push('    </unit>')
    }
    lines.push('  </file>')
  }
  lines.push('</xliff>', '')
  return lines.join('\n')
}

/** The text of a <source> or <target>: text and <cp/> only (this exchange writes no other inline markup). */
function segmentText(element: XmlElement, unit: string): string {
  return element.children
    .map((child) => {
      if (typeof child === 'string') return child
      const hex = child.attributes.hex
      if (child.name === 'cp' && hex && /^[0-9A-Fa-f]{1,6}$/.test(hex))
        return String.fromCodePoint(Number.parseInt(hex, 16))
      throw malformed({
        vi: `đơn vị “${unit}” có thẻ <${child.name}> trong văn bản, tệp này không dùng thẻ nào như vậy.`,
        en: `unit “${unit}” has a <${child.name}> tag in its text; this exchange uses no such tags.`,
      })
    })
    .join('')
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
  return { id, source: segmentText(source, id), target: target ? segmentText(target, id) : '' }
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
