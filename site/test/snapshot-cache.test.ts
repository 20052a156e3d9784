/**
 * The cache of parsed entries (src/data/snapshot.ts, SITE_SNAPSHOT_CACHE): a build reads the
 * entries the previous build parsed instead of reading and validating every file again, and gets
 * exactly what it would have got from the files.
 */
import { createHash } from 'node:crypto'
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Manifest } from '@heritage/contract'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { loadSnapshot } from '../src/data/snapshot.ts'

let work: string
let dir: string
let cache: string

const manifestFile = () => path.join(dir, 'manifest.json')
const readManifest = async () => JSON.parse(await readFile(manifestFile(), 'utf8')) as Manifest
const writeManifest = (manifest: Manifest) => writeFile(manifestFile(), JSON.stringify(manifest))

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'heritage-snapshot-cache-'))
  dir = path.join(work, 'snapshot')
  cache = path.join(work, 'entries.v8')
  await cp(inject('snapshotDir'), dir, { recursive: true })
})

afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

it('gives the same entries as the files, and is read by the next build', async () => {
  const plain = loadSnapshot(dir, undefined)
  const first = loadSnapshot(dir, cache)
  expect((await stat(cache)).size).toBeGreaterThan(0)
  expect(first.all).toEqual(plain.all)

  // The next load takes every entry from the cache: a file gone from the disk is not even read.
  const manifest = await readManifest()
  const relic = manifest.entries.find((e) => e.kind === 'relics')
  if (!relic) throw new Error('The demo snapshot has a relic.')
  const original = await readFile(path.join(dir, relic.file), 'utf8')
  await rm(path.join(dir, relic.file))
  expect(loadSnapshot(dir, cache).all).toEqual(plain.all)
  expect(() => loadSnapshot(dir, undefined)).toThrow(relic.file)
  await writeFile(path.join(dir, relic.file), original)
})

it('reads an entry whose file changed, and keeps it for the next build', async () => {
  const manifest = await readManifest()
  const item = manifest.entries.find((e) => e.kind === 'relics')
  if (!item) throw new Error('The demo snapshot has a relic.')
  const json = JSON.parse(await readFile(path.join(dir, item.file), 'utf8'))
  json.title.vi = `${json.title.vi} (đã sửa)`
  const text = JSON.stringify(json)
  await writeFile(path.join(dir, item.file), text)
  item.hash = createHash('sha256').update(text).digest('hex')
  await writeManifest(manifest)

  const changed = loadSnapshot(dir, cache).get({ kind: 'relics', id: item.id })
  expect(changed?.title.vi).toBe(json.title.vi)
  expect(loadSnapshot(dir, cache).all).toEqual(loadSnapshot(dir, undefined).all)
})

it('holds what the schema made of each file, not what one build did with it', async () => {
  // A build publishing Vietnamese only drops the other translations from its entries; the next
  // build, publishing English again, must get them back.
  const manifest = await readManifest()
  const both = manifest.locales
  await writeManifest({ ...manifest, locales: ['vi'] })
  await rm(cache)
  const viOnly = loadSnapshot(dir, cache)
  expect(viOnly.all.some((e) => 'translations' in e && e.translations.length > 0)).toBe(false)
  await writeManifest({ ...manifest, locales: both })
  const again = loadSnapshot(dir, cache)
  expect(again.all.some((e) => 'translations' in e && e.translations.includes('en'))).toBe(true)
  expect(again.all).toEqual(loadSnapshot(dir, undefined).all)
})

it('ignores a damaged cache file and writes a good one', async () => {
  await writeFile(cache, 'not a cache')
  expect(loadSnapshot(dir, cache).all).toEqual(loadSnapshot(dir, undefined).all)
  await rm(path.join(dir, (await readManifest()).entries[0]?.file ?? ''))
  // Rewritten whole: the entry whose file is now gone still comes from it.
  expect(loadSnapshot(dir, cache).all.length).toBe((await readManifest()).entries.length)
})
