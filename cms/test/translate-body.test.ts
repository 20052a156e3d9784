/**
 * Rich-text bodies in the translation exchange: each text block of the Vietnamese body is a unit
 * with its inline codes (XLIFF <pc>/<ph>, coded text in .xlsx); a Korean import rebuilds the Korean
 * body on the Vietnamese one, marks and link address intact, and changes nothing else (the raw
 * SQLite rows of vi, en and ja); a block whose codes do not match is refused, the rest applies.
 */
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { exportTranslations, importTranslations } from '../src/translate'
import { checkCodes, formatCoded, parseCoded, type Token } from '../src/translate/coded'
import { readState } from '../src/translate/status'
import { arrangeBodyRelic, bodyIn, codedBlocks, LINK, shape, translateCoded } from './translate-body-world'
import { otherLocaleRows, skippedReasons, stored, without } from './translateWorld'
import { payload } from './validationWorld'

const KO = '한 '
const request = (id: number) => ({ collection: 'relics' as const, ids: [id], target: 'ko' })
const exportXliff = (id: number) => exportTranslations(payload, request(id), 'xliff')
const exportXlsx = (id: number) => exportTranslations(payload, request(id), 'xlsx')

/** A translation tool's work on the XLIFF: each target is its source with every text prefixed. */
async function fillXliff(id: number, change: (xml: string) => string = (x) => x) {
  const xml = await exportXliff(id)
  const filled = xml.replace(
    /<source>(.*?)<\/source><target>.*?<\/target>/g,
    (_, source: string) =>
      `<source>${source}</source><target>${`>${source}<`.replace(/>([^<]+)</g, (_m, t: string) => `>${KO}${t}<`).slice(1, -1)}</target>`,
  )
  return { format: 'xliff' as const, data: change(filled) }
}

/** A translator's work in the spreadsheet: column E, the coded text of column D translated. */
async function fillXlsx(id: number, change: (rows: Map<string, ExcelJS.Row>) => void = () => {}) {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(new Uint8Array(await exportXlsx(id)).buffer)
  const sheet = workbook.worksheets[0]
  if (!sheet) throw new Error('no sheet')
  const rows = new Map<string, ExcelJS.Row>()
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r)
    row.getCell(5).value = translateCoded(row.getCell(4).text, KO)
    rows.set(row.getCell(1).text.split('/')[2] ?? '', row)
  }
  change(rows)
  return { format: 'xlsx' as const, data: new Uint8Array(await workbook.xlsx.writeBuffer()) }
}

const PARAGRAPH = 'Đền thờ [b1]Thánh Gióng[/b1], [i2]một trong Tứ bất tử[/i2]. Xem [link3]bản đồ[/link3].'

describe('rich-text bodies in the exchange', () => {
  it('exports one unit per text block, with inline codes and no link address in the text', async () => {
    const relic = await arrangeBodyRelic(payload, 'Đền Thân Bài')
    const xml = await exportXliff(relic.id)
    expect(xml).toContain(
      '<source>Đền thờ <pc id="b1" type="fmt" subType="xlf:b" canDelete="no">Thánh Gióng</pc>, <pc id="i2" type="fmt" subType="xlf:i" canDelete="no">một trong Tứ bất tử</pc>. Xem <pc id="link3" type="link" dataRefStart="url-link3" canDelete="no">bản đồ</pc>.</source>',
    )
    // The link's address is shown beside the text, never inside it.
    expect(xml).toContain(`<originalData><data id="url-link3">${LINK.replace('&', '&amp;')}</data></originalData>`)
    for (const [segment] of xml.matchAll(/<segment>.*?<\/segment>/g)) expect(segment).not.toContain('dsvh.example.vn')
    expect(xml).toContain('Ăn quả nhớ kẻ trồng cây<ph id="br1" type="fmt" subType="xlf:lb" canDelete="no"/>Uống')
    const blocks = [...xml.matchAll(/name="relics\/\d+\/(body\[[^\]]+\])" type="heritage:block"/g)].map((m) => m[1])
    // The horizontal rule (block 4) is no unit.
    expect(blocks).toEqual(['body[1]', 'body[2]', 'body[3-1]', 'body[3-2]', 'body[5]'])

    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(new Uint8Array(await exportXlsx(relic.id)).buffer)
    const sheet = workbook.worksheets[0]
    const row = sheet?.getRows(2, sheet.rowCount - 1)?.find((r) => r.getCell(1).text.endsWith('/body[2]'))
    expect(row?.getCell(3).text).toBe('Nội dung › đoạn văn 2')
    expect(row?.getCell(4).text).toBe(PARAGRAPH)
    expect(String(sheet?.getCell('E1').note)).toContain('[b1]…[/b1]')
    expect(workbook.getWorksheet('Hướng dẫn')?.getCell('A2').text).toContain('[link8]…[/link8] a link')
  })

  for (const [name, fill] of [
    ['XLIFF 2.0', fillXliff],
    ['.xlsx', fillXlsx],
  ] as const) {
    it(`${name}: the Korean body is rebuilt on the Vietnamese; vi, en and ja rows byte-identical`, async () => {
      const relic = await arrangeBodyRelic(payload, `Đền Thân ${name}`)
      const before = await stored(payload, relic.id)
      const rowsBefore = await otherLocaleRows(payload, relic.id, 'ko')
      expect(rowsBefore.filter((r) => r.table === 'relics_locales').map((r) => r._locale)).toEqual(['en', 'ja', 'vi'])
      const report = await importTranslations(payload, await fill(relic.id), { target: 'ko' })
      expect(report.skipped).toEqual([])
      expect(report.applied.filter((id) => id.includes('/body['))).toHaveLength(5)
      expect(await otherLocaleRows(payload, relic.id, 'ko')).toEqual(rowsBefore)
      expect(JSON.stringify(without(await stored(payload, relic.id), 'ko'))).toBe(JSON.stringify(without(before, 'ko')))

      const vi = await bodyIn(payload, relic.id, 'vi')
      const ko = await bodyIn(payload, relic.id, 'ko')
      expect(shape(ko)).toEqual(shape(vi))
      expect(JSON.stringify(ko)).toContain(`"url":"${LINK}"`)
      expect(codedBlocks(ko)).toEqual({
        '1': `${KO}Lịch sử [1]`,
        '2': translateCoded(PARAGRAPH, KO),
        '3-1': `${KO}Đền Thượng`,
        '3-2': `${KO}Đền [b1]${KO}Hạ[/b1]${KO} bên sông`,
        '5': `${KO}Ăn quả nhớ kẻ trồng cây[br1]${KO}Uống nước nhớ nguồn`,
      })
      expect(readState((await stored(payload, relic.id)).translationState).ko?.fields).toHaveProperty('body[3-2]')

      // The same file again: nothing to write.
      const again = await importTranslations(payload, await fill(relic.id), { target: 'ko' })
      expect(again.applied).toEqual([])
    })
  }

  it('a block whose codes do not match is refused with its entry, field and block; the rest applies', async () => {
    const relic = await arrangeBodyRelic(payload, 'Đền Thẻ Sai')
    const rowsBefore = await otherLocaleRows(payload, relic.id, 'ko')
    const file = await fillXlsx(relic.id, (rows) => {
      const set = (key: string, value: string) => {
        const row = rows.get(key)
        if (row) row.getCell(5).value = value
      }
      set('body[2]', 'Thờ [b1]Thánh Gióng, [i2]bất tử[/i2]. [link3]Bản đồ[/link3].')
      set('body[3-2]', 'Đền [i1]Hạ[/i1] bên sông')
    })
    const report = await importTranslations(payload, file, { target: 'ko' })
    const reasons = skippedReasons(report)
    expect(Object.keys(reasons).sort()).toEqual([`relics/${relic.id}/body[2]`, `relics/${relic.id}/body[3-2]`])
    expect(reasons[`relics/${relic.id}/body[2]`]).toBe(
      "Entry “Đền Thẻ Sai”, field “Body › paragraph 2”: the inline codes do not match the Vietnamese ([b1] is not closed by [/b1]). Keep the Vietnamese's codes and translate the text between them.",
    )
    expect(reasons[`relics/${relic.id}/body[3-2]`]).toContain('[i1] is not in the Vietnamese; [b1] is missing')
    const vi = report.skipped.find((s) => s.id.endsWith('body[3-2]'))?.reason.vi
    expect(vi).toContain('Mục “Đền Thẻ Sai”, trường “Nội dung › mục danh sách 3.2”: thẻ định dạng không khớp')
    expect(report.applied).toContain(`relics/${relic.id}/title`)
    expect(report.applied).toContain(`relics/${relic.id}/body[3-1]`)
    expect(await otherLocaleRows(payload, relic.id, 'ko')).toEqual(rowsBefore)
    const ko = codedBlocks(await bodyIn(payload, relic.id, 'ko'))
    expect(ko['2']).toBe('')
    expect(ko['3-1']).toBe(`${KO}Đền Thượng`)
    expect(ko['3-2']).toBe('')

    // In XLIFF, a code the Vietnamese does not have (a renamed <pc>) likewise.
    const xliff = await fillXliff(relic.id, (xml) =>
      xml.replace(/(<target>[^<]*)<pc id="b1"([^>]*)>(.*?)<\/pc>/, '$1<pc id="b7"$2>$3</pc>'),
    )
    const second = await importTranslations(payload, xliff, { target: 'ko' })
    expect(Object.keys(skippedReasons(second))).toEqual([`relics/${relic.id}/body[2]`])
    expect(second.skipped[0]?.reason.en).toContain('[b7] is not in the Vietnamese; [b1] is missing')
    expect(second.applied).toContain(`relics/${relic.id}/body[3-2]`)
  })
})

describe('coded text', () => {
  it('reads back every text it writes, brackets included', () => {
    const pieces = ['[', ']', '[[', 'b1]', '[b1]', '[/i2]', '[1]', 'x', '[br', ' [link9] ', '']
    const codes: Token[] = [
      { type: 'open', kind: 'b', id: 'b1' },
      { type: 'close', id: 'b1' },
      { type: 'ph', kind: 'br', id: 'br2' },
    ]
    for (let seed = 0; seed < 2000; seed++) {
      const tokens: Token[] = []
      let n = seed
      for (let k = 0; k < 4; k++) {
        const pick = n % (pieces.length + codes.length)
        n = Math.floor(n / 3) + k * 7
        const token =
          pick < pieces.length ? { type: 'text' as const, text: pieces[pick] ?? '' } : codes[pick - pieces.length]
        if (token && !(token.type === 'text' && token.text === '')) tokens.push(token)
      }
      const joined = tokens.reduce<Token[]>((out, t) => {
        const last = out.at(-1)
        if (t.type === 'text' && last?.type === 'text') out[out.length - 1] = { type: 'text', text: last.text + t.text }
        else out.push(t)
        return out
      }, [])
      expect(parseCoded(formatCoded(joined)), formatCoded(joined)).toEqual(joined)
    }
  })

  it('names what is missing, extra, twice or badly nested', () => {
    const source = parseCoded('[b1]a[/b1] [link2]b[/link2][br3]')
    expect(checkCodes(source, parseCoded('[link2]B[/link2] [b1]A[/b1][br3]'))).toBeNull()
    expect(checkCodes(source, parseCoded('[b1]A [link2]B[/b1][/link2][br3]'))?.en).toContain('[/b1] does not close')
    expect(checkCodes(source, parseCoded('[b1]A[/b1][b1]A[/b1] [link2]B[/link2][br3]'))?.en).toContain(
      '[b1] appears twice',
    )
    expect(checkCodes(source, parseCoded('[b1]A[/b1] B[br3]'))?.en).toBe('[link2] is missing')
  })
})
