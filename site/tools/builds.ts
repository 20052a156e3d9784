/**
 * The build folders: media linked in from the snapshot, the sanity check before going live, the
 * switch of `current`, pruning, and the pages a partial build keeps from the live build.
 */
import { randomBytes } from 'node:crypto'
import { copyFile, link, mkdir, readdir, readFile, realpath, rename, rm, stat, symlink } from 'node:fs/promises'
import path from 'node:path'
import { PublishError } from './failure.ts'
import { errnoOf } from './files.ts'
import { pageFile } from './incremental.ts'
import { currentBuild } from './status.ts'

const KEEP_PREVIOUS = 2

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

async function countPages(dir: string): Promise<number> {
  let pages = 0
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) pages += await countPages(path.join(dir, entry.name))
    else if (entry.name.endsWith('.html')) pages++
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
  const kept = new Set([...builds.slice(0, KEEP_PREVIOUS), ...(live ? [live] : [])].map((id) => `${id}.json`))
  for (const name of await readdir(path.join(root, 'meta')).catch(() => [] as string[])) {
    if (!kept.has(name)) await rm(path.join(root, 'meta', name), { force: true })
  }
  return removed
}

/** Hard-links a folder of the live build into the new one (the search index of a partial build). */
export async function linkTree(from: string, to: string): Promise<void> {
  for (const entry of await readdir(from, { withFileTypes: true }).catch(() => [])) {
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    if (entry.isDirectory()) {
      await linkTree(source, target)
      continue
    }
    await mkdir(to, { recursive: true })
    await link(source, target).catch(() => copyFile(source, target))
  }
}

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
    if (key === null || !keep(key)) continue
    const source = path.join(from, pageFile(pagePath))
    const target = path.join(to, pageFile(pagePath))
    await mkdir(path.dirname(target), { recursive: true })
    try {
      await link(source, target)
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return null
      await copyFile(source, target)
    }
    kept[pagePath] = key
  }
  return kept
}
