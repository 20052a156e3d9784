/**
 * The translation state of an entry, per language and field by field: who wrote a translation
 * decides its status (a translator or an import: draft; an editor: reviewed), and a change of the
 * Vietnamese text makes exactly the translations of that text out of date.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { entry as entrySchema, manifest as manifestSchema } from '@heritage/contract'
import { describe, expect, it } from 'vitest'
import type { User } from '../src/payload-types'
import { exportSnapshot } from '../src/snapshot/export'
import { exportTranslations, importTranslations } from '../src/translate'
import { REVIEWING } from '../src/translate/state'
import { badgeOf, readState } from '../src/translate/status'
import { readXliff, writeXliff } from '../src/translate/xliff'
import { makeProvince } from './people'
import { arrangeRelic, stored } from './translateWorld'
import { payload } from './validationWorld'

const stateOf = async (id: number) => readState((await stored(payload, id)).translationState)

/** A translator of `province` (after an administrator: an installation's first account is one). */
async function translator(province: number): Promise<User> {
  if ((await payload.count({ collection: 'users' })).totalDocs === 0) {
    const admin = {
      email: 'quantri@example.vn',
      name: 'Quản trị',
      password: 'mat-khau-quan-tri',
      roles: ['admin' as const],
    }
    await payload.create({ collection: 'users', data: admin, overrideAccess: true })
  }
  return payload.create({
    collection: 'users',
    data: {
      email: `dich-${province}@example.vn`,
      name: 'Biên dịch',
      password: 'mat-khau-dich',
      roles: ['translator'],
      province,
    },
    overrideAccess: true,
  })
}

describe('translation state', () => {
  it('records a status per language and the Vietnamese each field was translated from', async () => {
    const relic = await arrangeRelic(payload, 'Đền Trạng')
    // arrangeRelic wrote English with full rights (as an editor would): reviewed.
    const english = (await stateOf(relic.id)).en
    expect(english?.status).toBe('reviewed')
    expect(Object.keys(english?.fields ?? {}).sort()).toEqual(['title', `sites[${relic.sites[0]}].name`].sort())
    expect(badgeOf(english)).toEqual({ badge: 'reviewed', stale: 0 })
    expect(badgeOf((await stateOf(relic.id)).ko)).toEqual({ badge: 'missing', stale: 0 })

    // A translator reaches an entry through its commune.
    const { province, communes } = await makeProvince(payload, 'Tỉnh Trạng', ['Xã Trạng'])
    await payload.update({ collection: 'relics', id: relic.id, data: { commune: communes[0] } })
    const user = await translator(province)
    await payload.update({
      collection: 'relics',
      id: relic.id,
      locale: 'ko',
      data: { title: '부동 사당', sites: [{ id: relic.sites[0], name: '상사' }, { id: relic.sites[1] }] },
      overrideAccess: false,
      user,
    })
    const korean = (await stateOf(relic.id)).ko
    expect(korean?.status).toBe('draft')
    expect(korean?.titled).toBe(true)
    expect(badgeOf(korean)).toEqual({ badge: 'draft', stale: 0 })

    // The Vietnamese name of the first site changes: its English and Korean names are out of date,
    // the titles are not.
    await payload.update({
      collection: 'relics',
      id: relic.id,
      locale: 'vi',
      draft: true,
      data: { sites: [{ id: relic.sites[0], name: 'Đền Thượng (Sóc Sơn)' }, { id: relic.sites[1] }] },
    })
    const after = await stateOf(relic.id)
    expect(after.en?.stale).toEqual([`sites[${relic.sites[0]}].name`])
    expect(after.ko?.stale).toEqual([`sites[${relic.sites[0]}].name`])
    expect(badgeOf(after.en)).toEqual({ badge: 'reviewed', stale: 1 })
    expect(after.ko?.status).toBe('draft')

    // Translating that name again brings English up to date; Korean stays out of date.
    await payload.update({
      collection: 'relics',
      id: relic.id,
      locale: 'en',
      draft: true,
      data: { sites: [{ id: relic.sites[0], name: 'Upper Temple (Soc Son)' }, { id: relic.sites[1] }] },
    })
    const again = await stateOf(relic.id)
    expect(again.en?.stale).toEqual([])
    expect(again.ko?.stale).toEqual([`sites[${relic.sites[0]}].name`])

    // "Only what needs translating": Korean's out-of-date site name and its untranslated texts,
    // not its title, which is current.
    const todo = readXliff(
      await exportTranslations(payload, { collection: 'relics', ids: [relic.id], target: 'ko', only: 'todo' }, 'xliff'),
    ).units.map((u) => u.id.split('/')[2])
    expect(todo).toContain(`sites[${relic.sites[0]}].name`)
    expect(todo).toContain('summary')
    expect(todo).not.toContain('title')
    expect(todo).toContain(`sites[${relic.sites[1]}].name`)
  })

  it('an import writes drafts, whoever imports; a translation with no state yet counts as reviewed', async () => {
    const relic = await arrangeRelic(payload, 'Đền Nhập')
    const xml = await exportTranslations(payload, { collection: 'relics', ids: [relic.id], target: 'ja' }, 'xliff')
    const units = readXliff(xml).units.map((u) => ({ ...u, target: `JA ${u.source}`, label: { vi: '', en: '' } }))
    const file = writeXliff({
      target: 'ja',
      entries: [{ collection: 'relics', id: String(relic.id), title: '', units }],
    })
    const report = await importTranslations(payload, { format: 'xliff', data: file })
    expect(report.skipped).toEqual([])
    const state = await stateOf(relic.id)
    expect(state.ja?.status).toBe('draft')
    expect(state.ja?.stale).toEqual([])
    expect(Object.keys(state.ja?.fields ?? {})).toHaveLength(units.length)
    // The English written before the state existed (no status) is shown as reviewed.
    expect(badgeOf({ titled: true, fields: {}, stale: [] })).toEqual({ badge: 'reviewed', stale: 0 })
  })

  it('the snapshot lists a language once its translation is not a draft', async () => {
    const relic = await arrangeRelic(payload, 'Đền Công Bố Dịch')
    const { province, communes } = await makeProvince(payload, 'Tỉnh Công Bố Dịch', ['Xã Công Bố Dịch'])
    await payload.update({ collection: 'relics', id: relic.id, data: { commune: communes[0] } })
    const user = await translator(province)
    await payload.update({
      collection: 'relics',
      id: relic.id,
      locale: 'ko',
      data: { title: '공개 사당', _status: 'draft' },
      draft: true,
      overrideAccess: false,
      user,
    })
    // The editor publishes the translator's draft without reviewing the Korean yet.
    await payload.update({ collection: 'relics', id: relic.id, data: { _status: 'published' } })
    const dir = await mkdtemp(path.join(tmpdir(), 'heritage-translation-state-'))
    const translations = async () => {
      await exportSnapshot(payload, { dir, full: true, siteUrl: 'https://example.vn' })
      const manifest = manifestSchema.parse(JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')))
      const file = manifest.entries.find((e) => e.kind === 'relics' && e.id === String(relic.id))?.file ?? ''
      const entry = entrySchema.parse(JSON.parse(await readFile(path.join(dir, file), 'utf8')))
      return entry.kind === 'relics' ? entry.translations : []
    }
    try {
      expect(await translations()).toEqual(['en'])
      await payload.update({
        collection: 'relics',
        id: relic.id,
        locale: 'ko',
        data: {},
        context: { [REVIEWING]: 'ko' },
      })
      expect(await translations()).toEqual(['en', 'ko'])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
