/**
 * Which languages leave the CMS: the snapshot carries the locales the installation publishes
 * (the `installation` global's `siteLocales`, empty = the contract's defaults) and nothing of the
 * others, and each entry says which of them it is translated into.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DEFAULT_ENABLED_LOCALES, entry as entrySchema, manifest as manifestSchema } from '@heritage/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportSnapshot } from '../src/snapshot/export'
import { payload, relic } from './validationWorld'

let dir: string
let id: number

const TITLES = { vi: 'Đình Làng Dịch', en: 'Dich Village Hall', ko: '딕 마을 정자', fr: 'Maison commune de Dich' }

async function exported() {
  await exportSnapshot(payload, { dir, full: true, siteUrl: 'https://example.vn' })
  const manifest = manifestSchema.parse(JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')))
  const file = manifest.entries.find((e) => e.kind === 'relics' && e.id === String(id))?.file
  if (!file) throw new Error('relic missing from the snapshot')
  const text = await readFile(path.join(dir, file), 'utf8')
  return { manifest, text, entry: entrySchema.parse(JSON.parse(text)) }
}

const publish = (siteLocales: ('en' | 'ko' | 'fr')[]) =>
  payload.updateGlobal({ slug: 'installation', data: { siteLocales }, overrideAccess: true })

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'heritage-locales-'))
  const created = await payload.create({
    collection: 'relics',
    data: relic({ title: TITLES.vi, slug: 'dinh-lang-dich', summary: 'Đình thờ Thành hoàng.', _status: 'published' }),
  })
  id = created.id
  for (const locale of ['en', 'ko', 'fr'] as const) {
    await payload.update({ collection: 'relics', id, locale, data: { title: TITLES[locale] } })
  }
})
afterAll(async () => {
  await publish([])
  await rm(dir, { recursive: true, force: true })
})

describe('the snapshot carries the published locales only', () => {
  it('publishes the defaults when nothing is set: French stays in the CMS', async () => {
    await publish([])
    const { manifest, entry, text } = await exported()
    expect(manifest.locales).toEqual(DEFAULT_ENABLED_LOCALES)
    expect(entry.kind === 'relics' && entry.title).toEqual({ vi: TITLES.vi, en: TITLES.en, ko: TITLES.ko })
    expect(entry.kind === 'relics' && entry.translations).toEqual(['en', 'ko'])
    expect(text).not.toContain(TITLES.fr)
    expect(text).not.toContain('"fr"')
  })

  it('follows the setting: French on, Korean off', async () => {
    await publish(['en', 'fr'])
    const { manifest, entry, text } = await exported()
    expect(manifest.locales).toEqual(['vi', 'en', 'fr'])
    expect(entry.kind === 'relics' && entry.title).toEqual({ vi: TITLES.vi, en: TITLES.en, fr: TITLES.fr })
    expect(entry.kind === 'relics' && entry.translations).toEqual(['en', 'fr'])
    expect(text).not.toContain(TITLES.ko)
  })

  it('keeps the texts of a locale turned off: turning it on again publishes them', async () => {
    await publish(['ko'])
    const { entry } = await exported()
    expect(entry.kind === 'relics' && entry.title).toEqual({ vi: TITLES.vi, ko: TITLES.ko })
    const stored = await payload.findByID({ collection: 'relics', id, locale: 'all', depth: 0 })
    expect(stored.title).toMatchObject(TITLES)
  })
})
