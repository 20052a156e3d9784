import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { exportTranslations, importTranslations } from '../src/translate'
import {
  arrangeRelic,
  expectMalformed,
  expectTranslated,
  otherLocaleRows,
  skippedReasons,
  stored,
  translated,
} from './translateWorld'
import { payload } from './validationWorld'

const relicXlsx = (ids: number[]) => exportTranslations(payload, { collection: 'relics', ids, target: 'en' }, 'xlsx')

const load = async (bytes: Buffer) => {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(new Uint8Array(bytes).buffer)
  const sheet = workbook.worksheets[0]
  if (!sheet) throw new Error('no sheet')
  return { workbook, sheet }
}

/** A translator's work in the spreadsheet: column E gets the translation of column D. */
async function fill(bytes: Buffer, change: (sheet: ExcelJS.Worksheet) => void = () => {}): Promise<Buffer> {
  const { workbook, sheet } = await load(bytes)
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r)
    row.getCell(5).value = translated(row.getCell(4).text)
  }
  change(sheet)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

describe('.xlsx translation exchange', () => {
  it('one row per field: hidden locked id, entry title, Vietnamese label, source, editable target', async () => {
    const relic = await arrangeRelic(payload)
    const { sheet } = await load(await relicXlsx([relic.id]))
    expect(sheet.getRow(1).values).toEqual([undefined, 'id', 'Mục / Entry', 'Trường / Field', 'vi', 'en'])
    expect(sheet.getColumn(1).hidden).toBe(true)
    expect(sheet.rowCount).toBe(8)
    expect(sheet.getRow(5).values).toEqual([
      undefined,
      `relics/${relic.id}/sites[${relic.sites[0]}].name`,
      'Đền Phù Đổng',
      'Các điểm thuộc cụm di tích › Tên điểm',
      'Đền Thượng',
      'Upper Temple',
    ])
    expect(sheet.getRow(5).getCell(1).protection?.locked).not.toBe(false)
    expect(sheet.getRow(5).getCell(5).protection?.locked).toBe(false)
  })

  it('round trip: only English changes; Vietnamese, row ids, row order and shared leaves stay byte-identical', async () => {
    const relic = await arrangeRelic(payload)
    const before = await stored(payload, relic.id)
    const rowsBefore = await otherLocaleRows(payload, relic.id, 'en')
    const report = await importTranslations(payload, { format: 'xlsx', data: await fill(await relicXlsx([relic.id])) })
    expect(report.skipped).toEqual([])
    expect(report.applied).toHaveLength(7)
    await expectTranslated(payload, relic, before, rowsBefore)
  })

  it('one entry that cannot be written, or a stale unit, does not stop the others', async () => {
    const [kept, gone] = [await arrangeRelic(payload), await arrangeRelic(payload, 'Đình Bảng')]
    const bytes = await fill(await relicXlsx([kept.id, gone.id]))
    await payload.delete({ collection: 'relics', id: gone.id })
    await payload.update({ collection: 'relics', id: kept.id, locale: 'vi', data: { openingHours: 'Cả ngày' } })
    const report = await importTranslations(payload, { format: 'xlsx', data: bytes })
    const reasons = skippedReasons(report)
    expect(Object.keys(reasons).filter((id) => id.startsWith(`relics/${gone.id}/`))).toHaveLength(7)
    expect(reasons[`relics/${gone.id}/title`]).toMatch(/^The entry was not found/)
    expect(reasons[`relics/${kept.id}/openingHours`]).toMatch(/^Out of date/)
    expect(report.applied).toHaveLength(6)
    expect((await stored(payload, kept.id)).title).toEqual({ vi: 'Đền Phù Đổng', en: translated('Đền Phù Đổng') })
  })

  it('refuses a file that is not a translation spreadsheet, in both languages, and writes nothing', async () => {
    const relic = await arrangeRelic(payload)
    const before = await stored(payload, relic.id)
    const good = await relicXlsx([relic.id])
    const broken = [
      Buffer.from('not a spreadsheet'),
      await fill(good, (sheet) => {
        sheet.getRow(1).getCell(4).value = 'Tiếng Việt'
      }),
      await fill(good, (sheet) => {
        sheet.getRow(3).getCell(1).value = null
      }),
    ]
    for (const data of broken) await expectMalformed(importTranslations(payload, { format: 'xlsx', data }))
    expect(await stored(payload, relic.id)).toEqual(before)
  })
})
