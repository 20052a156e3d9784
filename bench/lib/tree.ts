/** Sizes of a built site on disk: every file, the HTML pages, the search index per language. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { compactIndexLanguage, SEARCH_DIR, shardManifestFile } from '../../site/src/utils/index-names.ts'

/** Files and bytes under a folder (regular files only: the build's symlinks to media are not its own). */
export function folderSize(
  dir: string,
  keep: (name: string) => boolean = () => true,
): { files: number; bytes: number } {
  let files = 0
  let bytes = 0
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !keep(entry.name)) continue
    files++
    bytes += statSync(path.join(entry.parentPath, entry.name)).size
  }
  return { files, bytes }
}

export interface SearchIndexLanguage {
  /** Pagefind's language key (lower case, e.g. zh-hans). */
  language: string
  pages: number
  files: number
  bytes: number
}

/**
 * The search index per language, of the kind the build has (site/src/search-strategy.ts):
 * - Pagefind's: pagefind-entry.json lists each language with its page count and hash
 *   (`ko_8f3a…`); that language's metadata, index chunks, fragments and filters are named with its
 *   language key first (`index/ko_1d2e….pf_index`);
 * - the compact index: `search.<lang>.json.gz`, its documents counted by their titles;
 * - the sharded one: that file too, the manifest `search.<lang>.shards.json.gz` (its `count`) and
 *   the files it names (`shards/<lang>_<hash>.pf_words`, `.pf_cards`).
 */
export function searchIndexByLanguage(buildDir: string): SearchIndexLanguage[] {
  const dir = path.join(buildDir, SEARCH_DIR)
  const entryFile = path.join(dir, 'pagefind-entry.json')
  if (!existsSync(entryFile)) {
    const names = existsSync(dir) ? readdirSync(dir) : []
    return names.flatMap((name) => {
      const language = compactIndexLanguage(name)
      if (!language) return []
      const unpack = (file: string) => JSON.parse(gunzipSync(readFileSync(path.join(dir, file))).toString())
      const manifest = shardManifestFile(language)
      const own = (file: string) => file === name || file === manifest || file.startsWith(`${language}_`)
      const { files, bytes } = folderSize(dir, own)
      const pages = existsSync(path.join(dir, manifest))
        ? (unpack(manifest) as { count: number }).count
        : (unpack(name) as { title: string[] }).title.length
      return [{ language, pages, files, bytes }]
    })
  }
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as {
    languages: Record<string, { hash: string; page_count: number }>
  }
  return Object.entries(entry.languages).map(([language, { hash, page_count }]) => {
    const own = (name: string) => name.startsWith(`${language}_`) || name.includes(hash)
    const { files, bytes } = folderSize(dir, own)
    return { language, pages: page_count, files, bytes }
  })
}
