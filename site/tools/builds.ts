/**
 * The build folders: media linked in from the snapshot, the sanity check before going live, the
 * switch of `current`, pruning, and the pages a partial build keeps from the live build.
 */
import { randomBytes } from 'node:crypto'
import { copyFile, link, mkdir, readdir, readFile, realpath, rename, rm, stat, symlink } from 'node:fs/promises'
import path from 'node:path'
import { PublishError } from './failure.ts'
import { errnoOf, inParallel } from './files.ts'
import { pageFile } from './incremental.ts'
import { currentBuild } from './status.ts'

const KEEP_PREVIOUS = 2

/**
 * File operations in flight at once when a partial build links the live build's files (tens of
 * thousands at 10,000 entries). One at a time, each waited its turn for libuv's threads: linking
 * 51,474 kept pages took 8.5–14 s that way and 4–6.4 s this way, the search files 5.5 s and 0.8 s.
 */
const LINKS_AT_ONCE = 16

const inPool = <T>(items: T[], task: (item: T) => Promise<void>) => inParallel(items, LINKS_AT_ONCE, task)

/** Creates every folder (and its parents) the files will go into. */
const makeFolders = (files: string[]) =>
  inPool([...new Set(files.map((file) => path.dirname(file)))], async (dir) => {
    await mkdir(dir, { recursive: true })
  })

/** Hard links (same disk, no copy), else copies; real files only, never a link out of the build. */
export async function linkMedia(from: string, to: string): Promise<number> {
  const entries = await readdir(from, { withFileTypes: true }).catch((error) => {
    if (errnoOf(error) === 'ENOENT') return null
    throw error
  })
  if (!entries) return 0
  await mkdir(to, { recursive: true })
  let count = 0
  for (const entry of entries) {
    const source = await realpath(path.join(from, entry.name))
    const target = path.join(to, entry.name)
    if ((await stat(source)).isDirectory()) {
      count += await linkMedia(source, target)
      continue
    }
    await link(source, target).catch(async (error) => {
      if (errnoOf(error) === 'EEXIST') {
        throw new PublishError(
          `media/${path.basename(target)} exists both in the site's public folder and in the snapshot.`,
        )
      }
      await copyFile(source, target)
    })
    count++
  }
  return count
}

/** HTML files under `dir`, a level of folders at a time, several folders read at once. */
async function countPages(dir: string): Promise<number> {
  let pages = 0
  let level = [dir]
  while (level.length > 0) {
    const next: string[] = []
    await inPool(level, async (folder) => {
      for (const entry of await readdir(folder, { withFileTypes: true })) {
        if (entry.isDirectory()) next.push(path.join(folder, entry.name))
        else if (entry.name.endsWith('.html')) pages++
      }
    })
    level = next
  }
  return pages
}

/** Cheap checks that catch an empty or broken output before it goes live. */
export async function checkBuild(dir: string): Promise<number> {
  const home = { vi: 'index.html', en: path.join('en', 'index.html') }
  for (const [locale, file] of Object.entries(home)) {
    const html = await readFile(path.join(dir, file), 'utf8').catch(() => null)
    if (html === null) throw new PublishError(`The build has no ${file}: the ${locale} home page is missing.`)
    if (!new RegExp(`<html[^>]*\\blang="${locale}"`).test(html.slice(0, 2000))) {
      throw new PublishError(`${file} is not marked as lang="${locale}": the build looks broken.`)
    }
  }
  return countPages(dir)
}

/** rename(2) of a fresh symlink over the old one: readers see the old build or the new, never neither. */
export async function switchCurrent(root: string, buildId: string): Promise<void> {
  const temp = path.join(root, `.current-${process.pid}-${randomBytes(4).toString('hex')}`)
  await symlink(path.join('builds', buildId), temp)
  try {
    await rename(temp, path.join(root, 'current'))
  } catch (error) {
    await rm(temp, { force: true })
    throw new PublishError(
      `Could not switch ${path.join(root, 'current')} to the new build: ${(error as Error).message}`,
    )
  }
}

/** Keeps the live build and the two before it; anything older goes. */
export async function pruneBuilds(root: string): Promise<string[]> {
  const live = await currentBuild(root)
  const builds = (await readdir(path.join(root, 'builds'), { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && entry.name !== live)
    .map((entry) => entry.name)
    .sort()
    .reverse()
  const removed = builds.slice(KEEP_PREVIOUS)
  for (const name of removed) await rm(path.join(root, 'builds', name), { recursive: true, force: true })
  // Records of builds that are gone, and files left by an interrupted build.
  const kept = new Set(
    [...builds.slice(0, KEEP_PREVIOUS), ...(live ? [live] : [])].flatMap((id) => [`${id}.json`, `${id}.qr.json`]),
  )
  for (const name of await readdir(path.join(root, 'meta')).catch(() => [] as string[])) {
    if (!kept.has(name)) await rm(path.join(root, 'meta', name), { force: true })
  }
  return removed
}

/** Hard-links a folder of the live build into the new one (the search index of a partial build). */
export async function linkTree(from: string, to: string): Promise<void> {
  const files = (await readdir(from, { recursive: true, withFileTypes: true }).catch(() => []))
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(from, path.join(entry.parentPath, entry.name)))
  await makeFolders(files.map((file) => path.join(to, file)))
  await inPool(files, async (file) => {
    await link(path.join(from, file), path.join(to, file)).catch(() =>
      copyFile(path.join(from, file), path.join(to, file)),
    )
  })
}

/** keepPages' sign that a page of the live build is gone. */
const MISSING = Symbol('missing')

/**
 * Hard-links the kept entry pages of the live build into the new one. Linked, never written to:
 * the live files stay as they are. Null when one is missing (someone edited the live build).
 */
export async function keepPages(
  from: string,
  to: string,
  pages: Record<string, string | null>,
  keep: (key: string) => boolean,
): Promise<Record<string, string> | null> {
  const kept: Record<string, string> = {}
  for (const [pagePath, key] of Object.entries(pages)) {
    if (key !== null && keep(key)) kept[pagePath] = key
  }
  const files = Object.keys(kept).map(pageFile)
  await makeFolders(files.map((file) => path.join(to, file)))
  try {
    await inPool(files, async (file) => {
      const source = path.join(from, file)
      const target = path.join(to, file)
      try {
        await link(source, target)
      } catch (error) {
        if (errnoOf(error) === 'ENOENT') throw MISSING
        await copyFile(source, target)
      }
    })
  } catch (error) {
    if (error === MISSING) return null
    throw error
  }
  return kept
}
