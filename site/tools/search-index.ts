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
 *    new chunks are renamed in. Old chunks stay too, so a visitor in the middle of a search with
 *    the old entry file still finds every chunk it names;
 *  - the files with fixed names (pagefind.js, the worker, the wasm…) are replaced by rename(2);
 *    pagefind-entry.json, which names the chunks, is replaced last: from that moment searches
 *    use the new index.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { writeSearchIndex } from '../integrations/pagefind.ts'

const ENTRY = 'pagefind-entry.json'

/** Files of a folder and its subfolders, relative to it. */
async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
}

/** True for Pagefind's content-named files (`…_<hash>.pf_meta`, `index/vi_5f5a2ff.pf_index`…). */
const contentNamed = (file: string) => /_[0-9a-f]{6,}\.pf_[a-z]+$/.test(file)

export async function updateSearchIndex(build: string): Promise<{ pages: number; added: number; replaced: number }> {
  const live = path.join(build, 'pagefind')
  const fresh = path.join(build, `.pagefind-${randomBytes(4).toString('hex')}`)
  try {
    const counts = await writeSearchIndex(build, fresh)
    let added = 0
    let replaced = 0
    // Pagefind's entry file goes last; the compact index (search.<lang>.json.gz) has none.
    const written = await filesIn(fresh)
    const files = written.filter((f) => f !== ENTRY)
    for (const file of written.includes(ENTRY) ? [...files, ENTRY] : files) {
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
    return { pages: Object.values(counts).reduce((a, b) => a + b, 0), added, replaced }
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
    console.log(`Search index: ${result.pages} pages, ${result.added} files added, ${result.replaced} replaced.`)
  } catch (error) {
    console.error(`The search index was not updated: ${(error as Error).message}`)
    process.exit(1)
  }
}
