import { describe, expect, it } from 'vitest'
import { TranslationRefused } from '../src/translate'
import { readXliff, writeXliff } from '../src/translate/xliff'
import { childElements, escapeXml, parseXml, XmlError } from '../src/translate/xml'

describe('the strict XML reader', () => {
  it('reads elements, attributes, entities, character references, CDATA; skips comments and the declaration', () => {
    const root = parseXml(
      '\uFEFF<?xml version="1.0"?>\n<!-- c --><a x=\'1 &amp; 2\' y="&#x4E2D;&#25991;"><b>&lt;i&gt; &quot;q&quot;</b><![CDATA[<raw> & ]]><c/></a>\n',
    )
    expect(root.attributes).toEqual({ x: '1 & 2', y: '中文' })
    expect(childElements(root).map((e) => e.name)).toEqual(['b', 'c'])
    expect(childElements(root, 'b')[0]?.children).toEqual(['<i> "q"'])
    expect(root.children[1]).toBe('<raw> & ')
  })

  it('reads line ends as \\n, keeps a \\r written as a reference, and turns tabs and line ends in attributes into spaces', () => {
    const root = parseXml('<a t="x\ny">1\r\n2\r3&#13;</a>')
    expect(root.children).toEqual(['1\n2\n3\r'])
    expect(root.attributes.t).toBe('x y')
  })

  it.each([
    ['<a>', 'not closed'],
    ['<a></b>', 'does not close'],
    ['<a/><b/>', 'a second root element'],
    ['text', 'text outside the root element'],
    ['<a>&nbsp;</a>', 'unknown entity'],
    ['<a>a & b</a>', 'a bare “&”'],
    ['<a>&#0;</a>', 'is not allowed'],
    ['<a x="1" x="2"/>', 'twice'],
    ['<a x="1"y="2"/>', 'a space is expected'],
    ['<a x=1/>', 'a quoted value'],
    ['<!DOCTYPE a><a/>', 'document type declaration'],
    ['<a><!-- a -- b --></a>', '“--” inside a comment'],
    ['<a>]]></a>', '“]]>” in text'],
    ['<a>\u0001</a>', 'a character XML does not allow'],
    ['', 'no root element'],
  ])('refuses %j (%s)', (input, message) => {
    expect(() => parseXml(input)).toThrow(XmlError)
    expect(() => parseXml(input)).toThrow(message)
  })

  it('escapes the five special characters and \\r', () => {
    expect(escapeXml(`<a href="x">'&'\r</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&#13;&lt;/a&gt;')
  })
})

describe('XLIFF 2.0 text', () => {
  const set = (source: string, target = '') => ({
    target: 'en',
    entries: [
      {
        collection: 'relics' as const,
        id: '7',
        title: 'Đình <Làng>',
        units: [{ id: 'relics/7/sites[a1b2].name', label: { vi: 'Tên & mô tả', en: 'Name' }, source, target }],
      },
    ],
  })

  it('carries any text back unchanged: markup characters, line ends, \\r, and control characters as <cp/>', () => {
    const source = 'a < b & "c" \'d\'\r\nhai dòng\ttab \u0001\u001F \uFFFF 😀 ]]> end'
    const xml = writeXliff(set(source, `${source}!`))
    expect(xml).toContain('<cp hex="0001"/><cp hex="001F"/> <cp hex="FFFF"/>')
    expect(xml).toContain('<file id="relics:7" original="relics/7" xml:space="preserve">')
    expect(xml).toContain('<unit id="sites:a1b2.name" name="relics/7/sites[a1b2].name">')
    expect(readXliff(xml)).toEqual({
      target: 'en',
      units: [{ id: 'relics/7/sites[a1b2].name', source, target: `${source}!` }],
    })
  })

  it('skips a plain text unit whose target has inline codes with a problem, not the whole file', () => {
    const xml = writeXliff(set('Đền', 'Đền'))
    const read = readXliff(xml.replace('<target>Đền</target>', '<target>Đ<ph id="1"/>ền</target>'))
    expect(read.units).toHaveLength(1)
    expect(read.units[0]?.problem?.vi).toMatch(/<ph id="1">/)
    expect(readXliff(xml).units[0]?.problem).toBeUndefined()
  })

  it('refuses a unit without its id, a second segment and a source language other than Vietnamese', () => {
    const xml = writeXliff(set('Đền'))
    const broken = [
      xml.replace(' name="relics/7/sites[a1b2].name"', ''),
      xml.replace('</segment>', '</segment><segment><source>x</source></segment>'),
      xml.replace('srcLang="vi"', 'srcLang="en"'),
    ]
    for (const text of broken) expect(() => readXliff(text)).toThrow(TranslationRefused)
  })
})
