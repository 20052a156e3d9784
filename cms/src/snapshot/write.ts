/**
 * The snapshot on disk: entry files written only when their content changed, files no longer
 * published removed, media linked (or copied) by content, and the manifest that lists it all.
 */
import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { ENTRY_KINDS, type Manifest, manifest as manifestSchema, SNAPSHOT_SCHEMA_VERSION } from '@heritage/contract'
import { copyOut, fileStore } from '../media/files.ts'
import { writeAtomic } from './writeAtomic.ts'

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex')

/** The manifest of the snapshot already in `dir`, or null (none yet, or unreadable). */
export async function readManifest(dir: string): Promise<Manifest | null> {
  try {
    return manifestSchema.parse(JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')))
  } catch {
    return null
  }
}

export const exists = (file: string) => stat(file).catch(() => null)

/** Writes an entry's JSON unless the file already holds it; true when it was written. */
export async function writeEntry(dir: string, file: string, json: string, previousHash: string | undefined) {
  const hash = sha256(json)
  const target = path.join(dir, file)
  if (previousHash === hash && (await exists(target))) return { hash, written: false }
  await writeAtomic(target, json)
  return { hash, written: true }
}

/** Removes the entry files no longer published (unpublished, deleted); returns how many. */
export async function pruneEntries(dir: string, keep: ReadonlySet<string>): Promise<number> {
  let removed = 0
  for (const kind of ENTRY_KINDS) {
    const folder = path.join(dir, 'entries', kind)
    for (const name of await readdir(folder).catch((): string[] => [])) {
      if (!keep.has(`entries/${kind}/${name}`)) {
        await rm(path.join(folder, name), { force: true })
        removed++
      }
    }
  }
  return removed
}

/**
 * Puts each media file (snapshot-relative name → key in the file store) in `dir/media`: a hard
 * link from the data folder when possible, else a copy, or a download from the bucket. Removes
 * the ones no longer named. Content-addressed, so a file that exists is already right.
 */
export async function copyMedia(dir: string, files: ReadonlyMap<string, string>) {
  let linked = 0
  const list: Manifest['media'] = []
  const store = fileStore()
  for (const [file, source] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    const target = path.join(dir, 'media', file)
    const existing = await exists(target)
    if (!existing) {
      await mkdir(path.dirname(target), { recursive: true })
      if (!(await copyOut(store, source, target))) {
        throw new Error(`snapshot: ${file} is not in the file store (${store.where}, key ${source})`)
      }
      linked++
    }
    list.push({ file, bytes: (existing ?? (await stat(target))).size })
  }
  await pruneMedia(path.join(dir, 'media'), new Set(list.map((m) => m.file)))
  return { list, linked }
}

/**
 * Removes the files under `root` (any depth: a pyramid's tiles are `zoom/<hash>/<region>/<size>/0/…`)
 * that `keep` does not name, and the folders left empty.
 */
async function pruneMedia(root: string, keep: ReadonlySet<string>, folder = ''): Promise<boolean> {
  const entries = await readdir(path.join(root, folder), { withFileTypes: true }).catch(() => [])
  let left = 0
  for (const entry of entries) {
    const name = folder ? `${folder}/${entry.name}` : entry.name
    if (entry.isDirectory() ? await pruneMedia(root, keep, name) : !keep.has(name)) {
      await rm(path.join(root, name), { recursive: true, force: true })
    } else left++
  }
  return folder !== '' && left === 0
}

/** One hash of everything public: equal hashes mean an identical snapshot. */
export const contentHashOf = (
  entries: Manifest['entries'],
  media: Manifest['media'],
  retired: NonNullable<Manifest['retiredCodes']>,
): string =>
  sha256(
    JSON.stringify({
      v: SNAPSHOT_SCHEMA_VERSION,
      e: entries.map((e) => e.hash),
      m: media.map((m) => m.file),
      ...(retired.length > 0 ? { r: retired.map((r) => r.code) } : {}),
    }),
  )

export const writeManifest = (dir: string, manifest: Manifest) =>
  writeAtomic(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`)
