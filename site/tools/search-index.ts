/**
 * Brings the search index of a live build up to date after a partial build (publish.ts), which
 * switches the new pages live first, with the previous build's index, because indexing a whole
 * province takes longer than rendering a few pages.
 *
 *   node --import tsx site/tools/search-index.ts --dir <root>/builds/<id>
 *
 * (tsx: the index is made by integrations/pagefind.ts, which imports the site's sources.)
 *
 * The new index is written beside the live one and moved in file by file, never overwriting a
 * file in place (the live files are hard links shared with the previous build):
 *  - Pagefind names its chunks by content: a chunk that exists already is the same, and is kept;
 *    new chunks are renamed in. The chunks of the index replaced stay too, so a visitor in the
 *    middle of a search with the old entry file still finds every chunk it names; older ones
 *    (each index lists its own in index-files.txt) are removed;
 *  - the files with fixed names (pagefind.js, the worker, the wasm…) are replaced by rename(2);
 *    pagefind-entry.json, which names the chunks (and the sharded index's manifests, which name
 *    its files: `namingFile`), is replaced last: from that moment searches use the new index.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { writeSearchIndex } from '../integrations/pagefind.ts'
import { SEARCH_DIR } from '../src/utils/index-names.ts'
import { contentNamed, filesIn, INDEX_FILES, namingFile } from './index-files.ts'

export async function updateSearchIndex(
  build: string,
): Promise<{ pages: number; added: number; replaced: number; removed: number }> {
  const live = path.join(build, SEARCH_DIR)
  const fresh = path.join(build, `.pagefind-${randomBytes(4).toString('hex')}`)
  // The index being replaced: its files stay for searches in flight (listed by it; an index
  // written before the list existed keeps everything this once).
  const replacing = await readFile(path.join(live, INDEX_FILES), 'utf8').then(
    (text) => new Set(text.split('\n').filter(Boolean)),
    () => undefined,
  )
  try {
    const counts = await writeSearchIndex(build, fresh)
    let added = 0
    let replaced = 0
    // The files that name others (Pagefind's entry file, the sharded index's manifests) go last,
    // with the list of the files named.
    const written = await filesIn(fresh)
    const last = (file: string) => namingFile(file) || file === INDEX_FILES
    for (const file of [...written.filter((f) => !last(f)), ...written.filter(last)]) {
      const target = path.join(live, file)
      const exists = await stat(target).then(
        () => true,
        () => false,
      )
      if (exists && contentNamed(file)) continue
      await mkdir(path.dirname(target), { recursive: true })
      await rename(path.join(fresh, file), target)
      if (exists) replaced++
      else added++
    }
    // Older files (of the index before the one replaced): no search uses them any more. Without
    // this, every partial build's hard-linked copy of the folder carried them on, for ever.
    let removed = 0
    const current = new Set(written)
    // A file that names the chunks of an index of another kind (a switch between kinds) or of a
    // language no longer published: gone at once, or a page would read a manifest whose files are
    // pruned later (a page without the sharded index's manifest searches the compact file).
    for (const file of (await filesIn(live)).filter(namingFile)) {
      if (current.has(file)) continue
      await rm(path.join(live, file), { force: true })
      removed++
    }
    if (replacing) {
      for (const file of (await filesIn(live)).filter(contentNamed)) {
        if (current.has(file) || replacing.has(file)) continue
        await rm(path.join(live, file), { force: true })
        removed++
      }
    }
    return { pages: Object.values(counts).reduce((a, b) => a + b, 0), added, replaced, removed }
  } finally {
    await rm(fresh, { recursive: true, force: true })
  }
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { dir: { type: 'string' } } })
  if (!values.dir) {
    console.error('Usage: node --import tsx site/tools/search-index.ts --dir <build folder>')
    process.exit(2)
  }
  try {
    const result = await updateSearchIndex(path.resolve(values.dir))
    console.log(
      `Search index: ${result.pages} pages, ${result.added} files added, ${result.replaced} replaced, ${result.removed} old ones removed.`,
    )
  } catch (error) {
    console.error(`The search index was not updated: ${(error as Error).message}`)
    process.exit(1)
  }
}
