import { describe, expect, it } from 'vitest'
import type { User } from '../src/payload-types'
import { exportTranslations, importTranslations } from '../src/translate'
import { readXliff, writeXliff } from '../src/translate/xliff'
import { makeProvince } from './people'
import { arrangeRelic, skippedReasons, stored, translated, without } from './translateWorld'
import { payload } from './validationWorld'

/** Exports the entries, fills every target with the translation of its source, imports the file. */
async function roundTrip(collection: 'relics' | 'intangible-heritage', id: number, user?: User) {
  const xml = await exportTranslations(payload, { collection, ids: [id], target: 'en', user }, 'xliff')
  const filled = readXliff(xml).units.map((u) => ({ ...u, target: translated(u.source) }))
  const entries = [
    { collection, id: String(id), title: '', units: filled.map((u) => ({ ...u, label: { vi: '', en: '' } })) },
  ]
  return importTranslations(payload, { format: 'xliff', data: writeXliff({ target: 'en', entries }) }, { user })
}

/** A published festival with two communities and two lunar dates (one in a leap month). */
const arrangeFestival = () =>
  payload.create({
    collection: 'intangible-heritage',
    data: {
      title: 'Hội Gióng',
      type: 'social-practices-beliefs',
      communities: [{ name: 'Làng Phù Đổng' }, { name: 'Làng Sóc Sơn' }],
      festivalDates: [
        { lunarDay: 6, lunarMonth: 4, durationDays: 3, note: 'Chính hội' },
        { lunarDay: 6, lunarMonth: 1, leapMonth: true, note: 'Hội Sóc' },
      ],
      _status: 'published',
    },
  })

describe('translation exchange on other entries', () => {
  it("keeps festival dates' lunar numbers, row ids and Vietnamese texts; communities get their English names", async () => {
    const created = await arrangeFestival()
    const dates = created.festivalDates ?? []
    await payload.update({
      collection: 'intangible-heritage',
      id: created.id,
      locale: 'en',
      data: { festivalDates: dates.map((d, i) => (i === 0 ? { id: d.id, note: 'Main festival' } : { id: d.id })) },
    })
    const read = () =>
      payload.findByID({ collection: 'intangible-heritage', id: created.id, locale: 'all', depth: 0, draft: true })
    const before = await read()
    const report = await roundTrip('intangible-heritage', created.id)
    expect(report.skipped).toEqual([])
    expect(report.applied).toHaveLength(5)
    const after = await read()
    expect(JSON.stringify(without(after, 'en'))).toBe(JSON.stringify(without(before, 'en')))
    expect(
      after.festivalDates?.map((d) => [d.id, d.lunarDay, d.lunarMonth, d.leapMonth, d.durationDays, d.note]),
    ).toEqual([
      [dates[0]?.id, 6, 4, null, 3, { vi: 'Chính hội', en: translated('Chính hội') }],
      [dates[1]?.id, 6, 1, true, 1, { vi: 'Hội Sóc', en: translated('Hội Sóc') }],
    ])
    expect(after.communities?.map((c) => c.name)).toEqual([
      { vi: 'Làng Phù Đổng', en: translated('Làng Phù Đổng') },
      { vi: 'Làng Sóc Sơn', en: translated('Làng Sóc Sơn') },
    ])
  })

  it('translates the pending draft of a published entry and leaves the published version as it was', async () => {
    const relic = await arrangeRelic(payload)
    await payload.update({
      collection: 'relics',
      id: relic.id,
      draft: true,
      data: { summary: 'Bản nháp chưa duyệt.', _status: 'draft' },
    })
    const published = () => payload.findByID({ collection: 'relics', id: relic.id, locale: 'all', depth: 0 })
    const [publishedBefore, draftBefore] = [await published(), await stored(payload, relic.id)]
    const report = await roundTrip('relics', relic.id)
    expect(report.skipped).toEqual([])
    expect(await published()).toEqual(publishedBefore)
    const draft = await stored(payload, relic.id)
    expect(draft._status).toBe('draft')
    expect(draft.summary).toEqual({ vi: 'Bản nháp chưa duyệt.', en: translated('Bản nháp chưa duyệt.') })
    expect(without(draft, 'en')).toEqual(without(draftBefore, 'en'))
  })
  it("an officer's import writes only the entries their account may edit", async () => {
    const relic = await arrangeRelic(payload)
    const [mine, theirs] = [
      await makeProvince(payload, 'Tỉnh Của Tôi', ['Xã Của Tôi']),
      await makeProvince(payload, 'Tỉnh Khác', []),
    ]
    await payload.update({ collection: 'relics', id: relic.id, data: { commune: mine.communes[0] } })
    const editor = (province: number, email: string) =>
      payload.create({
        collection: 'users',
        data: { email, name: email, password: 'mat-khau-dich-1', roles: ['editor'], province },
      })
    // An installation's first account is made its administrator, whatever it asks for.
    await editor(mine.province, 'qt@dich.vn')
    const [outsider, insider] = [
      await editor(theirs.province, 'ngoai@dich.vn'),
      await editor(mine.province, 'trong@dich.vn'),
    ]
    const before = await stored(payload, relic.id)
    const refused = await roundTrip('relics', relic.id, outsider)
    expect(refused.applied).toEqual([])
    const reasons = new Set(Object.values(skippedReasons(refused)))
    expect([...reasons]).toEqual(['The entry could not be saved: this account may not edit it.'])
    expect(await stored(payload, relic.id)).toEqual(before)
    const applied = await roundTrip('relics', relic.id, insider)
    expect(applied.skipped).toEqual([])
    expect((await stored(payload, relic.id)).title).toEqual({ vi: 'Đền Phù Đổng', en: translated('Đền Phù Đổng') })
  })
})
