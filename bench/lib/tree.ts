/** Sizes of a built site on disk: every file, the HTML pages, the search index per language. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

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
 * Pagefind's index per language: pagefind-entry.json lists each language with its page count and
 * hash (`ko_8f3a…`); that language's metadata, index chunks, fragments and filters are named with
 * its language key first (`index/ko_1d2e….pf_index`).
 */
export function searchIndexByLanguage(buildDir: string): SearchIndexLanguage[] {
  const dir = path.join(buildDir, 'pagefind')
  const entryFile = path.join(dir, 'pagefind-entry.json')
  if (!existsSync(entryFile)) return []
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as {
    languages: Record<string, { hash: string; page_count: number }>
  }
  return Object.entries(entry.languages).map(([language, { hash, page_count }]) => {
    const own = (name: string) => name.startsWith(`${language}_`) || name.includes(hash)
    const { files, bytes } = folderSize(dir, own)
    return { language, pages: page_count, files, bytes }
  })
}
