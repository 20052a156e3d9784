/**
 * The acceptance for the translation exchange: export Korean (XLIFF and .xlsx) of a relic
 * that already has English and some Korean, fill it, import it: Vietnamese and every other locale
 * byte-identical before and after (the raw SQLite rows too), list rows keep their ids. And who
 * imports decides what reaches the public: an editor's import into a published entry publishes,
 * a translator's is a draft an editor publishes.
 */
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { User } from '../src/payload-types'
import { exportTranslations, importTranslations } from '../src/translate'
import { readState } from '../src/translate/status'
import { readXliff, writeXliff } from '../src/translate/xliff'
import { makeProvince } from './people'
import { type ArrangedRelic, arrangeRelic, otherLocaleRows, stored, without } from './translateWorld'
import { payload } from './validationWorld'

const korean = (source: string) => `한국어 ${source}`

/** A relic with English (title, first site) and Korean already for its second site. */
async function arrangeKorean(title: string): Promise<ArrangedRelic> {
  const relic = await arrangeRelic(payload, title)
  await payload.update({
    collection: 'relics',
    id: relic.id,
    locale: 'ko',
    data: { sites: [{ id: relic.sites[0] }, { id: relic.sites[1], name: '하사 (옛 번역)' }] },
  })
  return relic
}

async function fillXliff(relic: ArrangedRelic, user?: User) {
  const xml = await exportTranslations(payload, { collection: 'relics', ids: [relic.id], target: 'ko', user }, 'xliff')
  const units = readXliff(xml).units.map((u) => ({ ...u, target: korean(u.source), label: { vi: '', en: '' } }))
  const entries = [{ collection: 'relics' as const, id: String(relic.id), title: '', units }]
  return { format: 'xliff' as const, data: writeXliff({ target: 'ko', entries }) }
}

async function fillXlsx(relic: ArrangedRelic) {
  const bytes = await exportTranslations(payload, { collection: 'relics', ids: [relic.id], target: 'ko' }, 'xlsx')
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(new Uint8Array(bytes).buffer)
  const sheet = workbook.worksheets[0]
  if (!sheet) throw new Error('no sheet')
  expect(sheet.getRow(1).getCell(5).text).toBe('ko')
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r)
    row.getCell(5).value = korean(row.getCell(4).text)
  }
  return { format: 'xlsx' as const, data: new Uint8Array(await workbook.xlsx.writeBuffer()) }
}

describe('Korean round trip with English present', () => {
  for (const [name, fill] of [
    ['XLIFF 2.0', fillXliff],
    ['.xlsx', fillXlsx],
  ] as const) {
    it(`${name}: only Korean changes; Vietnamese and English byte-identical; rows keep their ids`, async () => {
      const relic = await arrangeKorean(`Đền ${name}`)
      const before = await stored(payload, relic.id)
      const rowsBefore = await otherLocaleRows(payload, relic.id, 'ko')
      expect(rowsBefore.filter((r) => r.table === 'relics_sites_locales').map((r) => r._locale)).toEqual([
        'en',
        'vi',
        'vi',
      ])
      const report = await importTranslations(payload, await fill(relic), { target: 'ko' })
      expect(report.skipped).toEqual([])
      expect(report.applied.length).toBeGreaterThanOrEqual(6)
      const after = await stored(payload, relic.id)
      expect(await otherLocaleRows(payload, relic.id, 'ko')).toEqual(rowsBefore)
      expect(JSON.stringify(without(after, 'ko'))).toBe(JSON.stringify(without(before, 'ko')))
      expect(after.sites?.map((s) => [s.id, s.name])).toEqual([
        [relic.sites[0], { vi: 'Đền Thượng', en: 'Upper Temple', ko: korean('Đền Thượng') }],
        [relic.sites[1], { vi: 'Đền Hạ', ko: korean('Đền Hạ') }],
      ])
      expect(after.sites?.map((s) => [s.location, s.commune])).toEqual(
        before.sites?.map((s) => [s.location, s.commune]),
      )
      expect(after.title).toEqual({ vi: `Đền ${name}`, en: 'Phu Dong Temple', ko: korean(`Đền ${name}`) })
      expect(readState(after.translationState).ko?.status).toBe('draft')
    })
  }

  it('an editor’s import into a published entry publishes it; a translator’s is a draft for an editor', async () => {
    const { province, communes } = await makeProvince(payload, 'Tỉnh Nhập Dịch', ['Xã Nhập Dịch'])
    const account = (email: string, roles: ('editor' | 'translator' | 'admin')[]) =>
      payload.create({
        collection: 'users',
        data: { email, name: email, password: 'mat-khau-nhap-dich', roles, province },
        overrideAccess: true,
      })
    if ((await payload.count({ collection: 'users' })).totalDocs === 0) await account('qt@nhap.vn', ['admin'])
    const [editor, translator] = [await account('bt@nhap.vn', ['editor']), await account('d@nhap.vn', ['translator'])]
    const published = (id: number) => payload.findByID({ collection: 'relics', id, locale: 'all', depth: 0 })

    const byTranslator = await arrangeKorean('Đền Người Dịch')
    // A translator reaches an entry through its commune (an editor, also one without).
    await payload.update({ collection: 'relics', id: byTranslator.id, data: { commune: communes[0] } })
    const publicBefore = await published(byTranslator.id)
    const draftReport = await importTranslations(payload, await fillXliff(byTranslator, translator), {
      target: 'ko',
      user: translator,
    })
    expect(draftReport.skipped).toEqual([])
    expect(await published(byTranslator.id)).toEqual(publicBefore)
    const draft = await stored(payload, byTranslator.id)
    expect(draft._status).toBe('draft')
    expect(draft.title).toMatchObject({ ko: korean('Đền Người Dịch') })

    const byEditor = await arrangeKorean('Đền Biên Tập')
    const editorReport = await importTranslations(payload, await fillXliff(byEditor, editor), {
      target: 'ko',
      user: editor,
    })
    expect(editorReport.skipped).toEqual([])
    const live = await published(byEditor.id)
    expect(live._status).toBe('published')
    expect(live.title).toMatchObject({ ko: korean('Đền Biên Tập') })
    // Imported texts wait for review whoever imports them: not yet on the public site.
    expect(readState(live.translationState).ko?.status).toBe('draft')
  })
})
