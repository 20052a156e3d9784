/**
 * File helpers of the site's Node tools (the CMS keeps its own in cms/src; the two runtimes share
 * no code but the contract package). One home for them on this side: publish, the lock, status.
 */
import { createHash, randomBytes } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The Astro project: the folder above this one. */
export const SITE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export const errnoOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | null)?.code

/** The parsed JSON file, or null when it is missing or unreadable. */
export async function readJson<T>(file: string): Promise<T | null> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T
  } catch {
    return null
  }
}

/** Writes a temporary file beside `file`, then renames it over: readers see the old or the new. */
export async function writeAtomic(file: string, data: string): Promise<void> {
  const temp = `${file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`
  await writeFile(temp, data)
  await rename(temp, file)
}

/**
 * Runs `task` on every item, `limit` at a time; after a failure starts nothing more, then throws
 * `{ error, item }` of the first.
 */
export async function pool<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  let failure: { error: unknown; item: T } | null = null
  const worker = async () => {
    while (!failure && next < items.length) {
      const item = items[next++] as T
      try {
        await task(item)
      } catch (error) {
        failure ??= { error, item }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  if (failure) throw failure
}

/** `pool` throwing the first failure's own error. */
export async function inParallel<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  try {
    await pool(items, limit, task)
  } catch (failure) {
    throw (failure as { error: unknown }).error
  }
}

/** Every file of a build, by its path in the build, with a hash of its content. */
export function fileHashes(dir: string): Map<string, string> {
  const files = new Map<string, string>()
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    files.set(path.relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex'))
  }
  return files
}

/** How build `b` differs from build `a` (fileHashes of each): files only in one, files not the same. */
export function treeDifferences(a: Map<string, string>, b: Map<string, string>) {
  return {
    onlyInA: [...a.keys()].filter((file) => !b.has(file)).sort(),
    onlyInB: [...b.keys()].filter((file) => !a.has(file)).sort(),
    changed: [...a.keys()].filter((file) => b.has(file) && a.get(file) !== b.get(file)).sort(),
  }
}
