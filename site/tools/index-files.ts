/**
 * What names the files of a search index, in a module of Node's own imports only (and
 * src/utils/index-names.ts, which has none): the bench (plain `node`) reads it as well as the
 * indexer (integrations/pagefind.ts) and the update after a partial build (search-index.ts).
 */
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { isShardManifest } from '../src/utils/index-names.ts'

/**
 * The list of the content-named files of the index beside them (`pagefind/index-files.txt`), written
 * by every index: the update after a partial build (tools/search-index.ts) keeps the files of the
 * index it replaces, for searches in flight, and removes older ones by it.
 */
export const INDEX_FILES = 'index-files.txt'

/**
 * True for the content-named files of an index: Pagefind's (`…_<hash>.pf_meta`,
 * `index/vi_5f5a2ff.pf_index`…) and the sharded index's (`shards/vi_<hash>.pf_words`, `.pf_cards`).
 */
export const contentNamed = (file: string) => /_[0-9a-f]{6,}\.pf_[a-z]+$/.test(file)

/**
 * True for the files of an index that name its content-named files (relative to the index's
 * folder): Pagefind's entry file, each language's manifest of the sharded index. They are put in
 * place after the files they name (tools/search-index.ts, tools/bucket.ts).
 */
export const namingFile = (file: string) => file === 'pagefind-entry.json' || isShardManifest(file)

/** Files of a folder and its subfolders, relative to it, sorted. */
export async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort()
}
