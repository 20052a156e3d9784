/**
 * Content-addressed output folders: named by a hash of the input, the recipe and the pipeline
 * version, written into a temporary folder (manifest last) and renamed, so that a folder appears
 * complete or not at all.
 */
import { createHash } from 'node:crypto'
import { cp, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** Bump whenever the same input and options would produce different files, so caches rebuild. */
export const PIPELINE_VERSION = 1

/** @internal sha256 of the input, what is done to it, and the pipeline version. */
export function contentHash(bytes: Uint8Array, recipe: Record<string, unknown>): string {
  return createHash('sha256')
    .update(bytes)
    .update(JSON.stringify(recipe))
    .update(`pipeline-${PIPELINE_VERSION}`)
    .digest('hex')
}

const MANIFEST = 'manifest.json'

const errorCode = (error: unknown): unknown => (error as NodeJS.ErrnoException | undefined)?.code

/** @internal The manifest of a complete output folder, or undefined when there is none yet. */
export async function readManifest<T>(outDir: string, hash: string): Promise<T | undefined> {
  let text: string
  try {
    text = await readFile(path.join(outDir, hash, MANIFEST), 'utf8')
  } catch (error) {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return undefined
    throw error
  }
  try {
    return JSON.parse(text) as T
  } catch {
    return undefined
  }
}

/**
 * @internal Runs `build` in a fresh temporary folder inside outDir, writes the manifest it returns
 * (via a temporary file and a rename), then renames the folder to `outDir/<hash>`. On any error
 * the temporary folder is removed, so a failure leaves nothing behind. With a shared folder
 * (MEDIA_SHARED_FOLDERS, below) the finished folder may be copied from there instead of built,
 * and one built is copied there; the result is the same either way.
 */
export async function buildFolder<T extends object>(
  outDir: string,
  hash: string,
  build: (folder: string) => Promise<T>,
): Promise<T> {
  await mkdir(outDir, { recursive: true })
  const temporary = await mkdtemp(path.join(outDir, `.tmp-${hash.slice(0, 12)}-`))
  const shared = sharedFolders()
  try {
    const copied = shared ? await reuseShared<T>(shared, hash, temporary) : undefined
    const manifest = copied ?? (await build(temporary))
    if (!copied) {
      await writeFile(path.join(temporary, `${MANIFEST}.tmp`), `${JSON.stringify(manifest, null, 2)}\n`)
      await rename(path.join(temporary, `${MANIFEST}.tmp`), path.join(temporary, MANIFEST))
      // From the folder no one else sees yet (a published one may be removed while it is copied).
      // A copy that fails costs the next data folder an encode, nothing more.
      if (shared) await share(temporary, hash, shared).catch(() => undefined)
    }
    await publishFolder(temporary, outDir, hash)
    return manifest
  } catch (error) {
    await rm(temporary, { recursive: true, force: true })
    throw error
  }
}

/**
 * A folder of finished output folders shared by every data folder on the machine, named by
 * MEDIA_SHARED_FOLDERS: a `<hash>/` folder found there is copied instead of made again, and one
 * made is copied there. The same input, recipe and pipeline version give the same files (the
 * hash says so), so only the work is saved. For one run of one version of this code: the test run
 * (scripts/test-all.sh) sets it to a folder of its own, so that the demo's photos and inscription
 * tiles, seeded into about eight data folders, are encoded once. Unset (the default), nothing is
 * shared.
 */
const sharedFolders = (): string | undefined => process.env.MEDIA_SHARED_FOLDERS || undefined

/**
 * The shared folder `<hash>/`, copied into buildFolder's (empty) temporary folder; undefined when
 * there is none, or when it cannot be copied: then the temporary folder is emptied and the work
 * is done as if nothing were shared.
 */
async function reuseShared<T>(shared: string, hash: string, temporary: string): Promise<T | undefined> {
  try {
    const manifest = await readManifest<T>(shared, hash)
    if (!manifest) return undefined
    await cp(path.join(shared, hash), temporary, { recursive: true })
    return manifest
  } catch {
    await rm(temporary, { recursive: true, force: true })
    await mkdir(temporary)
    return undefined
  }
}

/** Copies a finished folder (manifest written) to the shared folder's `<hash>/`, whole or not at all. */
async function share(finished: string, hash: string, shared: string): Promise<void> {
  if (await readManifest(shared, hash)) return
  await mkdir(shared, { recursive: true })
  const temporary = await mkdtemp(path.join(shared, `.tmp-${hash.slice(0, 12)}-`))
  try {
    await cp(finished, temporary, { recursive: true })
    await publishFolder(temporary, shared, hash)
  } catch (error) {
    await rm(temporary, { recursive: true, force: true })
    throw error
  }
}

async function publishFolder(temporary: string, outDir: string, hash: string): Promise<void> {
  const target = path.join(outDir, hash)
  try {
    await rename(temporary, target)
  } catch (error) {
    if (errorCode(error) !== 'ENOTEMPTY' && errorCode(error) !== 'EEXIST') throw error
    // Someone else finished the same work first: theirs is identical, keep it.
    if (await readManifest(outDir, hash)) {
      await rm(temporary, { recursive: true, force: true })
      return
    }
    // A folder without a valid manifest is not a finished output.
    await rm(target, { recursive: true, force: true })
    await rename(temporary, target)
  }
}

/**
 * @internal Like Promise.all, but waits for every task to settle before rejecting, so that no
 * encoder is still writing into a folder that is being removed.
 */
export async function settleAll<T extends readonly unknown[] | []>(
  tasks: T,
): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const results: PromiseSettledResult<unknown>[] = await Promise.allSettled(tasks as readonly unknown[])
  const failure = results.find((result): result is PromiseRejectedResult => result.status === 'rejected')
  if (failure) throw failure.reason
  return results.map((result) => (result as PromiseFulfilledResult<unknown>).value) as {
    -readonly [K in keyof T]: Awaited<T[K]>
  }
}
