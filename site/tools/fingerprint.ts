/**
 * The build fingerprint: what a build depends on. Equal fingerprints give equal sites, so publish
 * skips the build (`--if-changed`), and a differing code fingerprint rules out a partial build.
 */
import { createHash } from 'node:crypto'
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { vietnamDay } from '@heritage/contract'
import { SITE_DIR } from './files.ts'

/**
 * The contract package (snapshot schema, table of kinds, labels) the site reads the snapshot with,
 * found as Node finds it for the site's imports: an error if it is not installed, never a
 * fingerprint that silently leaves it out.
 */
const contractDir = (): string => path.dirname(fileURLToPath(import.meta.resolve('@heritage/contract/package.json')))

async function hashTree(
  hash: ReturnType<typeof createHash>,
  base: string,
  entry: string,
  required = false,
): Promise<void> {
  const full = path.join(base, entry)
  const info = await stat(full).catch(() => null)
  if (!info) {
    if (required) throw new Error(`${full} is missing: the build fingerprint needs it (run pnpm install).`)
    return
  }
  if (info.isDirectory()) {
    for (const name of (await readdir(full)).sort()) await hashTree(hash, base, path.join(entry, name))
  } else {
    hash.update(`${entry}\0`)
    hash.update(await readFile(full))
  }
}

/**
 * What a build depends on besides the snapshot: the public address, the site's own sources (its
 * build tools included) with the contract package it reads the snapshot with, and the day in Vietnam (expired certificates and batches,
 * and the festival calendar's next dates, are decided at build time). When it differs from the
 * live build's, every page may differ: no partial build.
 */
export async function codeFingerprint(siteUrl: string | undefined, siteDir = SITE_DIR, now = new Date()) {
  const hash = createHash('sha256')
  const day = process.env.BUILD_DATE ?? vietnamDay(now)
  hash.update(`${siteUrl ?? ''}\0${day}\0`)
  // `tools` too: the pages and the integrations import some of it (the QR pages' languages, the
  // page index's keys, the resolver's error page), and a partial build keeps what the live build
  // made with it (the QR table among them).
  for (const entry of ['src', 'integrations', 'tools', 'public', 'astro.config.ts', 'package.json']) {
    await hashTree(hash, siteDir, entry)
  }
  for (const entry of ['src', 'package.json']) await hashTree(hash, contractDir(), entry, true)
  await hashTree(hash, path.dirname(siteDir), 'pnpm-lock.yaml')
  return hash.digest('hex')
}

/**
 * What parsing the snapshot depends on: the contract package's schema and the locked dependency
 * versions (zod). Names the cache of parsed entries (SITE_SNAPSHOT_CACHE, src/data/snapshot.ts).
 */
export async function parserFingerprint(siteDir = SITE_DIR): Promise<string> {
  const hash = createHash('sha256')
  for (const entry of ['src', 'package.json']) await hashTree(hash, contractDir(), entry, true)
  await hashTree(hash, path.dirname(siteDir), 'pnpm-lock.yaml')
  return hash.digest('hex')
}

/** The code fingerprint with the snapshot manifest, which hashes every entry and names every media file by content. */
export async function withSnapshot(code: string, snapshot: string): Promise<string> {
  const hash = createHash('sha256').update(`${code}\0`)
  await hashTree(hash, snapshot, 'manifest.json')
  return hash.digest('hex')
}

/** Everything a build depends on. Equal fingerprints give equal sites: the build is skipped. */
export async function fingerprint(
  snapshot: string,
  siteUrl: string | undefined,
  siteDir = SITE_DIR,
  now = new Date(),
): Promise<string> {
  return withSnapshot(await codeFingerprint(siteUrl, siteDir, now), snapshot)
}
