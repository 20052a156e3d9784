/**
 * The update of a live build's search index after a partial build (tools/search-index.ts), when
 * the kind of index changes between two publishes (the province crossed the compact index's
 * size, or SITE_SEARCH changed): the files of the old kind that name others go at once, so that
 * no page reads a manifest whose files are pruned later; the old kind's content-named files stay
 * one update for searches in flight, then go.
 */
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { staticPath } from '../src/routing.ts'
import { shardFile, shardManifestFile } from '../src/utils/index-names.ts'
import { INDEX_FILES } from '../tools/index-files.ts'
import { updateSearchIndex } from '../tools/search-index.ts'

let build: string
const live = (file: string) => path.join(build, 'pagefind', file)

beforeAll(async () => {
  build = await mkdtemp(path.join(tmpdir(), 'heritage-search-update-'))
  // A build whose search page asks for the compact index, with no entry pages (nothing to index).
  const searchPage = path.join(build, staticPath('search', 'vi').slice(1), 'index.html')
  await mkdir(path.dirname(searchPage), { recursive: true })
  await writeFile(searchPage, '<form data-search data-search-index="compact"></form>')
  // The sharded index of the build before, as its update left it.
  await mkdir(live('shards'), { recursive: true })
  await writeFile(live(shardFile('vi', 'aaaaaaaaaaaa', 'words')), 'words')
  await writeFile(live(shardManifestFile('vi')), 'manifest')
  await writeFile(live(INDEX_FILES), `${shardFile('vi', 'aaaaaaaaaaaa', 'words')}\n`)
})

afterAll(async () => {
  await rm(build, { recursive: true, force: true })
})

describe('updating the search index across a change of kind', () => {
  it('removes the old kind’s manifest at once and keeps its files one update, for searches in flight', async () => {
    const result = await updateSearchIndex(build)
    expect(existsSync(live(shardManifestFile('vi')))).toBe(false)
    expect(existsSync(live(shardFile('vi', 'aaaaaaaaaaaa', 'words')))).toBe(true)
    expect(result.removed).toBe(1)
    // The compact index names no file: the next update prunes the sharded index's files.
    expect(await readFile(live(INDEX_FILES), 'utf8')).toBe('')
  })

  it('removes the old kind’s files at the next update', async () => {
    const result = await updateSearchIndex(build)
    expect(existsSync(live(shardFile('vi', 'aaaaaaaaaaaa', 'words')))).toBe(false)
    expect(result.removed).toBe(1)
  })
})
