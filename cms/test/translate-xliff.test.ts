import { describe, expect, it } from 'vitest'
import { exportTranslations, importTranslations, TranslationRefused } from '../src/translate'
import { readXliff } from '../src/translate/xliff'
import {
  arrangeRelic,
  expectMalformed,
  expectTranslated,
  otherLocaleRows,
  SOURCE_NOTE,
  skippedReasons,
  stored,
  translated,
  without,
} from './translateWorld'
import { payload } from './validationWorld'

const decode = (xml: string) =>
  xml.replace(
    /&lt;|&gt;|&quot;|&apos;|&amp;|&#13;/g,
    (e) => ({ '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&amp;': '&' })[e] ?? '\r',
  )
const encode = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c)

/** A translator's work on the file: every target becomes the translation of its source. */
const fill = (xml: string) =>
  xml.replace(
    /<source>([^<]*)<\/source><target>[^<]*<\/target>/g,
    (_, source: string) => `<source>${source}</source><target>${encode(translated(decode(source)))}</target>`,
  )

const relicXliff = (ids: number[], target = 'en') =>
  exportTranslations(payload, { collection: 'relics', ids, target }, 'xliff')

/** A relic, as stored before the import, and its XLIFF filled by a translator. */
async function filledRelic() {
  const relic = await arrangeRelic(payload)
  return { relic, before: await stored(payload, relic.id), xml: fill(await relicXliff([relic.id])) }
}

describe('XLIFF 2.0 translation exchange', () => {
  it('exports every localized text of an entry, list rows by their ids, with the current English', async () => {
    const relic = await arrangeRelic(payload)
    const xml = await relicXliff([relic.id])
    expect(xml).toContain(
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="vi" trgLang="en">',
    )
    expect(xml).toContain(`<file id="relics:${relic.id}" original="relics/${relic.id}"`)
    expect(xml).toContain(
      `name="relics/${relic.id}/sites[${relic.sites[0]}].name">\n      <notes><note category="label">Các điểm thuộc cụm di tích › Tên điểm</note></notes>\n      <segment><source>Đền Thượng</source><target>Upper Temple</target></segment>`,
    )
    expect(xml).toContain(
      '<source>Bản chép tay &lt;1920&gt; &amp; &quot;cổ&quot; &apos;Hán Nôm&apos;</source><target></target>',
    )
    const units = readXliff(xml).units
    expect(units.map((u) => u.id)).toEqual([
      `relics/${relic.id}/title`,
      `relics/${relic.id}/summary`,
      `relics/${relic.id}/rankingDecision.issuer`,
      `relics/${relic.id}/sites[${relic.sites[0]}].name`,
      `relics/${relic.id}/sites[${relic.sites[1]}].name`,
      `relics/${relic.id}/openingHours`,
      `relics/${relic.id}/sources[${relic.sources[0]}].note`,
    ])
    expect(units.find((u) => u.id.endsWith('note'))?.source).toBe(SOURCE_NOTE)
    expect(units.find((u) => u.id.endsWith('openingHours'))?.source).toBe('Sáng 7h–11h\nChiều 13h–17h')
  })

  it('round trip: only English changes; Vietnamese, row ids, row order and shared leaves stay byte-identical', async () => {
    const relic = await arrangeRelic(payload)
    const before = await stored(payload, relic.id)
    const rowsBefore = await otherLocaleRows(payload, relic.id, 'en')
    const report = await importTranslations(payload, { format: 'xliff', data: fill(await relicXliff([relic.id])) })
    expect(report.skipped).toEqual([])
    expect(report.applied).toHaveLength(7)
    const after = await expectTranslated(payload, relic, before, rowsBefore)
    expect(after.sites?.[0]?.commune).toBe(before.sites?.[0]?.commune)
    expect(after.sites?.map((s) => s.location)).toEqual(before.sites?.map((s) => s.location))
    // Importing the same file again changes nothing and says so.
    const again = await importTranslations(payload, { format: 'xliff', data: fill(await relicXliff([relic.id])) })
    expect(again.applied).toEqual([])
    expect(again.skipped).toEqual([])
    expect(again.unchanged.sort()).toEqual([...report.applied].sort())
    // A file whose targets are all empty (not translated yet) erases no stored translation.
    const blank = (await relicXliff([relic.id])).replace(/<target>[^<]*<\/target>/g, '<target></target>')
    const untouched = await importTranslations(payload, { format: 'xliff', data: blank })
    expect(untouched).toMatchObject({ applied: [], skipped: [], unchanged: [] })
    expect(untouched.untranslated.sort()).toEqual([...report.applied].sort())
    expect(await stored(payload, relic.id)).toEqual(after)
  })

  it('skips a unit whose Vietnamese changed since the export, and applies the others', async () => {
    const relic = await arrangeRelic(payload)
    const xml = fill(await relicXliff([relic.id]))
    await payload.update({ collection: 'relics', id: relic.id, locale: 'vi', data: { summary: 'Tóm tắt mới.' } })
    const before = await stored(payload, relic.id)
    const report = await importTranslations(payload, { format: 'xliff', data: xml })
    expect(skippedReasons(report)).toEqual({
      [`relics/${relic.id}/summary`]: expect.stringMatching(/^Out of date: the Vietnamese text changed/),
    })
    expect(report.skipped[0]?.reason.vi).toMatch(/^Đã lỗi thời/)
    expect(report.applied).toHaveLength(6)
    const after = await stored(payload, relic.id)
    expect(after.summary).toEqual(before.summary)
    expect(after.title).toEqual({ vi: 'Đền Phù Đổng', en: translated('Đền Phù Đổng') })
  })

  it("refuses a row id the entry does not have (another entry's row), touching neither entry's rows", async () => {
    const relic = await arrangeRelic(payload)
    const other = await arrangeRelic(payload, 'Đình Bảng')
    const foreign = other.sites[1] ?? ''
    const xml = fill(await relicXliff([relic.id])).replace(`sites[${relic.sites[1]}].name`, `sites[${foreign}].name`)
    const [before, otherBefore] = [await stored(payload, relic.id), await stored(payload, other.id)]
    const report = await importTranslations(payload, { format: 'xliff', data: xml })
    expect(skippedReasons(report)).toEqual({
      [`relics/${relic.id}/sites[${foreign}].name`]: expect.stringMatching(/^The entry has no row with that id/),
    })
    const after = await stored(payload, relic.id)
    expect(after.sites?.map((s) => [s.id, s.name])).toEqual([
      [relic.sites[0], { vi: 'Đền Thượng', en: translated('Đền Thượng') }],
      [relic.sites[1], before.sites?.[1]?.name],
    ])
    expect(without(after, 'en')).toEqual(without(before, 'en'))
    expect(await stored(payload, other.id)).toEqual(otherBefore)
  })

  it('refuses a malformed file whole, in both languages, and writes nothing', async () => {
    const { relic, before, xml } = await filledRelic()
    const broken = [
      xml.replace('</target></segment>\n    </unit>\n  </file>', '</segment>\n    </unit>\n  </file>'),
      xml.replace('<source>Đền Hạ</source>', '<source>Đền <b>Hạ</b></source>'),
      `<!DOCTYPE x [<!ENTITY e "x">]>${xml}`,
      xml.replace('version="2.0"', 'version="1.2"'),
      xml.replace('&amp;', '&'),
      xml.replace('</source>', '</target>'),
    ]
    for (const data of broken) {
      await expectMalformed(importTranslations(payload, { format: 'xliff', data }), data.slice(0, 200))
    }
    expect(await stored(payload, relic.id)).toEqual(before)
  })

  it('refuses Vietnamese and unknown target languages, on export and on import', async () => {
    const { relic, before, xml } = await filledRelic()
    const attempts = [
      relicXliff([relic.id], 'vi'),
      relicXliff([relic.id], 'de'),
      importTranslations(payload, { format: 'xliff', data: xml.replace('trgLang="en"', 'trgLang="vi"') }),
      importTranslations(payload, { format: 'xliff', data: xml.replace('trgLang="en"', 'trgLang="xx"') }),
      importTranslations(payload, { format: 'xliff', data: xml }, { target: 'de' }),
    ]
    const reasons = await Promise.all(
      attempts.map((a) =>
        a.then(
          () => null,
          (e: unknown) => e,
        ),
      ),
    )
    for (const error of reasons) expect(error).toBeInstanceOf(TranslationRefused)
    expect(String(reasons[0])).toContain('Cannot translate into Vietnamese')
    expect(String(reasons[0])).toContain('Không thể dịch sang tiếng Việt')
    expect(String(reasons[1])).toContain('The target language “de” is not configured')
    expect(await stored(payload, relic.id)).toEqual(before)
  })
})
