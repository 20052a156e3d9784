/**
 * What a publish leaves in its root folder for others to read: `status.json` (the last attempt,
 * which the CMS shows to officers), the `current` symlink and the per-build records in `meta/`.
 */
import { readlink } from 'node:fs/promises'
import path from 'node:path'
import { readJson, writeAtomic } from './files.ts'

export type PublishState = 'building' | 'ok' | 'failed'

/** What `current` serves, carried from one status to the next so a failed attempt keeps it known. */
export interface LiveBuild {
  buildId: string
  /** Snapshot, site address and site sources it was built from (see `fingerprint`). */
  fingerprint: string
  siteUrl: string | null
  publishedAt: string
  pages: number
}

export interface PublishStatus {
  state: PublishState
  buildId: string | null
  startedAt: string
  finishedAt: string | null
  pages: number | null
  error?: string
  /** Tail of the build output, at most 4 KB. */
  log?: string
  /** True when the live build already matched and nothing was built. */
  unchanged?: boolean
  /** `incremental`: only the pages of changed entries (and of lists) were rendered. */
  mode?: BuildMode
  /** Pages rendered by this build (the others were kept from the live build). */
  rendered?: number
  live?: LiveBuild
}

export type BuildMode = 'full' | 'incremental'

export const readStatus = (root: string): Promise<PublishStatus | null> =>
  readJson<PublishStatus>(path.join(root, 'status.json'))

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
