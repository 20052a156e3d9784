/**
 * What a publish leaves in its root folder for others to read: `status.json` (the last attempt,
 * which the CMS shows to officers), the `current` symlink and the per-build records in `meta/`.
 */
import { readlink } from 'node:fs/promises'
import path from 'node:path'
import {
  type BuildMode,
  type LiveBuild,
  type PublishState,
  type PublishStatus,
  parsePublishStatus,
} from '@heritage/contract'
import { readJson, writeAtomic } from './files.ts'

/** The shape of status.json is the contract's, which the CMS parses it with. */
export type { BuildMode, LiveBuild, PublishState, PublishStatus }

export const readStatus = async (root: string): Promise<PublishStatus | null> =>
  parsePublishStatus(await readJson<unknown>(path.join(root, 'status.json')))

export const writeStatus = (root: string, status: PublishStatus) =>
  writeAtomic(path.join(root, 'status.json'), `${JSON.stringify(status, null, 1)}\n`)

/** The build id `current` points to, or null when nothing has been published yet. */
export async function currentBuild(root: string): Promise<string | null> {
  try {
    return path.basename(await readlink(path.join(root, 'current')))
  } catch {
    return null
  }
}

/** A build's record in `meta/` (what it was made from, which page shows which entry), or a scratch file beside it. */
export const metaFile = (root: string, buildId: string, suffix = '') =>
  path.join(root, 'meta', `${buildId}${suffix}.json`)
