/**
 * Rich-text bodies in the translation state: each text block of a translation keeps the hash of
 * the Vietnamese block it was made from, so a change of one Vietnamese paragraph makes exactly
 * that block of the Korean body out of date (named in the editor's panel), and a translator's
 * edit of the Korean body makes the Korean a draft again.
 */
import { describe, expect, it } from 'vitest'
import type { User } from '../src/payload-types'
import { importTranslations } from '../src/translate'
import { REVIEWING } from '../src/translate/state'
import { badgeOf, readState } from '../src/translate/status'
import { entryUnits, type Unit } from '../src/translate/units'
import { writeXlsx } from '../src/translate/xlsx'
import { makeProvince } from './people'
import { arrangeBodyRelic, body, bodyIn, codedBlocks, translateCoded } from './translate-body-world'
import { stored } from './translateWorld'
import { payload } from './validationWorld'

/** The relic as stored, as a plain record (what entryUnits reads). */
const storedRecord = async (id: number): Promise<Record<string, unknown>> => ({ ...(await stored(payload, id)) })
const stateOf = async (id: number) => readState((await stored(payload, id)).translationState)

/** An import of a Korean translation of the relic's texts (every one, or those `which` picks). */
async function importKorean(id: number, which: (unit: Unit) => boolean = () => true) {
  const doc = await storedRecord(id)
  const units = entryUnits(payload, 'relics', doc, 'ko')
    .units.filter(which)
    .map((u) => ({
      id: u.id,
      source: u.source,
      target: u.coded ? translateCoded(u.source, '한 ') : `한 ${u.source}`,
    }))
  return importTranslations(payload, { format: 'xlsx', data: await xlsxOf(units) }, { target: 'ko' })
}

/** Korean for every text, reviewed by an editor. */
async function translateKorean(id: number) {
  expect((await importKorean(id)).skipped).toEqual([])
  await payload.update({ collection: 'relics', id, locale: 'ko', data: {}, context: { [REVIEWING]: 'ko' } })
}

/** The units as a filled spreadsheet (the exchange's own writer, targets given). */
async function xlsxOf(units: { id: string; source: string; target: string }[]) {
  const label = { vi: '', en: '' }
  const entries = [{ collection: 'relics' as const, id: '', title: '', units: units.map((u) => ({ ...u, label })) }]
  return new Uint8Array(await writeXlsx({ target: 'ko', entries }))
}

/** A translator of a province, and the relic moved to one of its communes (how a translator reaches it). */
async function translator(relic: number): Promise<User> {
  const { province, communes } = await makeProvince(payload, 'Tỉnh Thân Bài', ['Xã Thân Bài'])
  await payload.update({ collection: 'relics', id: relic, data: { commune: communes[0] } })
  const account = (email: string, roles: ('admin' | 'translator')[]) =>
    payload.create({
      collection: 'users',
      data: { email, name: email, password: 'mat-khau-than-bai', roles, province },
      overrideAccess: true,
    })
  // An installation's first account is its administrator.
  if ((await payload.count({ collection: 'users' })).totalDocs === 0) await account('qt@than.vn', ['admin'])
  return account('dich@than.vn', ['translator'])
}

describe('rich-text bodies in the translation state', () => {
  it('a changed Vietnamese paragraph makes that Korean block out of date, named in the panel', async () => {
    const relic = await arrangeBodyRelic(payload, 'Đền Lỗi Thời')
    await translateKorean(relic.id)
    const korean = (await stateOf(relic.id)).ko
    expect(badgeOf(korean)).toEqual({ badge: 'reviewed', stale: 0 })
    expect(Object.keys(korean?.fields ?? {}).filter((p) => p.startsWith('body'))).toEqual([
      'body[1]',
      'body[2]',
      'body[3-1]',
      'body[3-2]',
      'body[5]',
    ])

    // The Vietnamese list's second item changes (in a draft, as an editor works).
    const changed = body((vi) => (vi === ' bên sông' ? ' bên bờ sông Đuống' : vi))
    await payload.update({ collection: 'relics', id: relic.id, locale: 'vi', draft: true, data: { body: changed } })
    const after = await stateOf(relic.id)
    expect(after.ko?.stale).toEqual(['body[3-2]'])
    // English and Japanese, written block by block by an editor, likewise; their other blocks are current.
    expect(after.en?.stale).toEqual(['body[3-2]'])
    expect(after.ja?.stale).toEqual(['body[3-2]'])
    expect(badgeOf(after.ko)).toEqual({ badge: 'reviewed', stale: 1 })
    const doc = await storedRecord(relic.id)
    const label = entryUnits(payload, 'relics', doc, 'ko').units.find((u) => u.id.endsWith('/body[3-2]'))?.label
    expect(label).toEqual({ vi: 'Nội dung › mục danh sách 3.2', en: 'Body › list item 3.2' })
  })

  it('a translator’s edit of the Korean body makes the Korean a draft and that block current', async () => {
    const relic = await arrangeBodyRelic(payload, 'Đền Sửa Thân')
    await translateKorean(relic.id)
    await payload.update({
      collection: 'relics',
      id: relic.id,
      locale: 'vi',
      draft: true,
      data: { body: body((vi) => (vi === 'Đền Thượng' ? 'Đền Thượng (Sóc Sơn)' : vi)) },
    })
    expect((await stateOf(relic.id)).ko?.stale).toEqual(['body[3-1]'])
    const hashBefore = (await stateOf(relic.id)).ko?.fields['body[3-1]']

    // The translator retranslates that item in the admin: the whole body comes back, one item changed.
    const user = await translator(relic.id)
    const ko = await bodyIn(payload, relic.id, 'ko')
    const edited = JSON.parse(JSON.stringify(ko).replace('"한 Đền Thượng"', '"상사 (소크선)"'))
    await payload.update({
      collection: 'relics',
      id: relic.id,
      locale: 'ko',
      draft: true,
      data: { body: edited },
      overrideAccess: false,
      user,
    })
    const state = (await stateOf(relic.id)).ko
    expect(codedBlocks(await bodyIn(payload, relic.id, 'ko'))['3-1']).toBe('상사 (소크선)')
    expect(state?.status).toBe('draft')
    expect(state?.stale).toEqual([])
    expect(state?.fields['body[3-1]']).not.toBe(hashBefore)
    expect(state?.fields['body[2]']).toBeDefined()
  })

  it('a block inserted in the Vietnamese: an import that would drop Korean blocks and leave holes is refused', async () => {
    const relic = await arrangeBodyRelic(payload, 'Đền Thêm Khối')
    await translateKorean(relic.id)
    const before = await bodyIn(payload, relic.id, 'ko')
    await payload.update({
      collection: 'relics',
      id: relic.id,
      locale: 'vi',
      draft: true,
      data: { body: body(undefined, 'Truyền thuyết') },
    })
    // The paragraph moved from 2 to 3: what Korean has at 2 is out of date, at 3 nothing lines up.
    const stale = (await stateOf(relic.id)).ko?.stale
    expect(stale).toContain('body[2]')
    expect(stale).not.toContain('body[1]')

    // Only the new heading: the rest of the Korean would be lost while the paragraph stays empty.
    const partial = await importKorean(relic.id, (u) => u.id.endsWith('/body[2]'))
    expect(partial.skipped.map((s) => [s.id.split('/')[2], s.reason.en.slice(0, 40)])).toEqual([
      ['body[2]', 'The blocks of the Vietnamese body moved '],
    ])
    expect(await bodyIn(payload, relic.id, 'ko')).toEqual(before)

    // Every block that is not current, in one file: written, the heading kept, nothing empty.
    const state = (await stateOf(relic.id)).ko
    const todo = await importKorean(
      relic.id,
      (u) => u.target === '' || (state?.stale ?? []).includes(u.id.split('/')[2] ?? ''),
    )
    expect(todo.skipped).toEqual([])
    const blocks = codedBlocks(await bodyIn(payload, relic.id, 'ko'))
    expect(Object.keys(blocks).sort()).toEqual(['1', '2', '3', '4-1', '4-2', '6'])
    expect(blocks['1']).toBe('한 Lịch sử [1]')
    expect(blocks['2']).toBe('한 Truyền thuyết')
    expect(Object.values(blocks).every((text) => text.startsWith('한 '))).toBe(true)
  })
})
