import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seed } from '../src/seed'
import { exportSnapshot } from '../src/snapshot/export'
import { bootPayload } from './payload'

/**
 * The export reads in full only the entries saved since the last one. Whatever changes, its
 * snapshot must be the very snapshot a full export (no memory of the last one) writes.
 */
let payload: Payload
let work: string
let live: string
let runs = 0

/** Manifest entries and every entry file of a snapshot. */
async function contents(dir: string) {
  const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as {
    entries: { file: string; hash: string }[]
    media: { file: string }[]
  }
  const files: Record<string, string> = {}
  for (const entry of manifest.entries) files[entry.file] = await readFile(path.join(dir, entry.file), 'utf8')
  return { entries: manifest.entries, media: manifest.media, files }
}

/** Exports incrementally into the live snapshot and in full into a fresh folder; both must agree. */
async function exportBoth() {
  const incremental = await exportSnapshot(payload, { dir: live })
  const fresh = path.join(work, `full-${runs++}`)
  const full = await exportSnapshot(payload, { dir: fresh, full: true })
  expect(await contents(live)).toEqual(await contents(fresh))
  return { incremental, full }
}

const first = async (collection: 'relics' | 'artisans' | 'intangible-heritage' | 'admin-units' | 'craft-villages') =>
  (await payload.find({ collection, limit: 1, depth: 0, sort: 'id', overrideAccess: true })).docs[0] as unknown as {
    id: number
    [key: string]: unknown
  }

// Most of the set-up is the demo seed encoding its eight photos (responsive AVIF/WebP/JPEG and 4:3
// cards, in each upload's own transaction): 150–230 s on a shared two-core machine at a load average
// of 8–15, on SQLite and PostgreSQL alike, and past 300 s at a load of 20.
beforeAll(async () => {
  payload = await bootPayload()
  await seed(payload)
  work = await mkdtemp(path.join(tmpdir(), 'heritage-export-incremental-'))
  live = path.join(work, 'live')
  await exportSnapshot(payload, { dir: live })
}, 600_000)

afterAll(async () => {
  await payload?.destroy()
  if (work) await rm(work, { recursive: true, force: true })
})

/** An officer's edit in Vietnamese, made with full rights. */
const editInVietnamese = (collection: 'admin-units' | 'media', id: number, data: Record<string, unknown>) =>
  payload.update({ collection, id, data, locale: 'vi', overrideAccess: true })

describe('incremental export', () => {
  it('reads nothing in full when nothing was saved', async () => {
    const { incremental, full } = await exportBoth()
    expect(incremental.read).toBe(0)
    expect(full.read).toBe(full.manifest.entries.length)
  })

  it('trusts its memory of the last export only while the state file is the one it wrote', async () => {
    // The last state this process wrote is the live snapshot's (exportBoth ends with a fresh folder).
    expect((await exportSnapshot(payload, { dir: live })).read).toBe(0)
    // Another process (or a restore) rewrites the state: same size, another world. The export must
    // read the file, see the world differ and read every entry, not reuse what it wrote.
    const file = path.join(live, '.export-state.json')
    const state = await readFile(file, 'utf8')
    const world = (JSON.parse(state) as { world: string }).world
    await new Promise((resolve) => setTimeout(resolve, 20))
    await writeFile(
      file,
      state.replace(
        world,
        world.replace(/^./, (c) => (c === '0' ? '1' : '0')),
      ),
    )
    const { incremental, full } = await exportBoth()
    expect(incremental.read).toBe(full.read)
  })

  it('keeps each media file once in its state, and reads the state written in the form before', async () => {
    expect((await exportSnapshot(payload, { dir: live })).read).toBe(0)
    const file = path.join(live, '.export-state.json')
    const text = await readFile(file, 'utf8')
    const state = JSON.parse(text) as {
      world: string
      files: [string, string][]
      entries: Record<string, { media: number[] }>
    }
    expect(new Set(state.files.map(([name, source]) => `${name}\0${source}`)).size).toBe(state.files.length)
    expect(Object.values(state.entries).filter((entry) => entry.media.length > 1).length).toBeGreaterThan(3)
    // The form before (a map of media files in each entry): read as it is, nothing read again.
    const before = JSON.stringify({
      world: state.world,
      entries: Object.fromEntries(
        Object.entries(state.entries).map(([key, entry]) => [
          key,
          { ...entry, media: Object.fromEntries(entry.media.map((place) => state.files[place] ?? [])) },
        ]),
      ),
    })
    expect(before.length).toBeGreaterThan(text.length)
    await new Promise((resolve) => setTimeout(resolve, 20))
    await writeFile(file, before)
    const { incremental } = await exportBoth()
    expect(incremental.read).toBe(0)
    expect(JSON.parse(await readFile(file, 'utf8')).files).toEqual(state.files)
    // A state naming a media file it does not list is no state: every entry is read again.
    const entries = Object.entries(state.entries)
    const [key, entry] = entries.find(([, e]) => e.media.length > 0) ?? []
    if (!key || !entry) throw new Error('no entry shows a photo')
    await new Promise((resolve) => setTimeout(resolve, 20))
    await writeFile(
      file,
      JSON.stringify({ ...state, entries: { ...state.entries, [key]: { ...entry, media: [state.files.length] } } }),
    )
    const again = await exportBoth()
    expect(again.incremental.read).toBe(again.full.read)
  })

  it('names the installation’s publisher, and writes the manifest again when it changes, reading no entry', async () => {
    const manifest = async () => JSON.parse(await readFile(path.join(live, 'manifest.json'), 'utf8'))
    expect((await manifest()).publisher).toEqual({
      name: { vi: 'Cơ quan văn hóa của tỉnh (ví dụ)', en: 'Provincial culture office (example)' },
      email: 'dulieumo@example.vn',
      website: 'https://vanhoa.example.vn/',
    })
    // A name in a language the site does not publish stays in the CMS.
    await payload.updateGlobal({ slug: 'installation', locale: 'fr', data: { publisher: { name: 'Office' } } })
    // Its address ends up in links: only a web address is saved.
    await expect(
      payload.updateGlobal({ slug: 'installation', data: { publisher: { website: 'javascript:alert(1)' } } }),
    ).rejects.toThrow()
    await payload.updateGlobal({
      slug: 'installation',
      locale: 'vi',
      data: { publisher: { email: 'lienhe@example.vn' } },
    })
    const { incremental } = await exportBoth()
    expect(incremental.read).toBe(0)
    const written = await manifest()
    expect(written.publisher.email).toBe('lienhe@example.vn')
    expect(written.publisher.website).toBe('https://vanhoa.example.vn/')
    expect(written.publisher.name).toEqual({
      vi: 'Cơ quan văn hóa của tỉnh (ví dụ)',
      en: 'Provincial culture office (example)',
    })
  })

  it('reads only the entry an officer saved', async () => {
    const relic = await first('relics')
    await payload.update({ collection: 'relics', id: relic.id, data: { summary: 'Tóm tắt mới.' }, locale: 'vi' })
    const { incremental } = await exportBoth()
    expect(incremental).toMatchObject({ read: 1, written: 1 })
  })

  it('reads again an entry whose file is gone from the snapshot, and only that one', async () => {
    const relic = await first('relics')
    const file = path.join(live, 'entries', 'relics', `${relic.id}.json`)
    await rm(file)
    const { incremental } = await exportBoth()
    expect(incremental).toMatchObject({ read: 1, written: 1 })
    expect(JSON.parse(await readFile(file, 'utf8')).id).toBe(String(relic.id))
  })

  it('reads only an inscription whose line an officer translated, and keeps its photo’s tiles', async () => {
    const stele = (
      await payload.find({ collection: 'inscriptions', limit: 1, sort: 'id', depth: 0, overrideAccess: true })
    ).docs[0]
    const lines = stele?.lines ?? []
    expect(lines.length).toBeGreaterThan(0)
    await payload.update({
      collection: 'inscriptions',
      id: stele?.id as number,
      data: { lines: lines.map((line, i) => (i === 0 ? { ...line, translation: 'Dịch nghĩa mới' } : line)) },
      locale: 'vi',
      overrideAccess: true,
    })
    const { incremental } = await exportBoth()
    expect(incremental).toMatchObject({ read: 1, written: 1 })
    const { files, media } = await contents(live)
    expect(files[`entries/inscriptions/${stele?.id}.json`]).toContain('Dịch nghĩa mới')
    expect(media.some((m) => m.file.startsWith('zoom/'))).toBe(true)
  })

  it('reads everything again when an entry others point at is unpublished', async () => {
    const festival = (
      await payload.find({
        collection: 'relics',
        where: { 'festivals.id': { exists: true } },
        depth: 0,
        limit: 1,
        overrideAccess: true,
      })
    ).docs[0]?.festivals as number[] | undefined
    const target = festival?.[0]
    expect(target).toBeDefined()
    await payload.update({
      collection: 'intangible-heritage',
      id: target as number,
      data: { _status: 'draft' },
      overrideAccess: true,
    })
    const { incremental, full } = await exportBoth()
    expect(incremental.read).toBe(full.read)
  })

  it('follows a renamed commune into every entry that names it', async () => {
    // The country has 3,321 communes: take one that an entry names.
    const relic = (await payload.find({ collection: 'relics', limit: 1, depth: 0, overrideAccess: true })).docs[0]
    await editInVietnamese('admin-units', relic?.commune as number, { name: 'Xã Đổi Tên' })
    await exportBoth()
    expect(JSON.stringify((await contents(live)).files)).toContain('Xã Đổi Tên')
  })

  it('follows a changed photo caption into the entries that show it', async () => {
    const image = (await payload.find({ collection: 'media', limit: 1, sort: 'id', overrideAccess: true })).docs[0]
    await editInVietnamese('media', image?.id as number, { alt: 'Mô tả ảnh mới' })
    await exportBoth()
  })

  it('lists an artisan under the village they moved to', async () => {
    const artisan = await first('artisans')
    const villages = (await payload.find({ collection: 'craft-villages', depth: 0, sort: 'id', overrideAccess: true }))
      .docs
    const other = villages.find((v) => v.id !== artisan.craftVillage)
    await payload.update({
      collection: 'artisans',
      id: artisan.id,
      data: { craftVillage: other?.id },
      overrideAccess: true,
    })
    const { incremental } = await exportBoth()
    // The artisan and the villages (which list their artisans), nothing else.
    expect(incremental.read).toBe(1 + villages.length)
  })
})
