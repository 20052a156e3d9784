/**
 * Which entries a partial build renders (src/partial.ts): SITE_RENDER_ONLY names a JSON file of
 * their keys (`kind:id`), written by the publisher (tools/publish.ts); and what it takes from the
 * live build (SITE_KEEP_FROM, `keptFrom`).
 */
import { readFileSync } from 'node:fs'

const renderSets = new Map<string, Set<string>>()

/**
 * The keys (`kind:id`) of the entries whose files this build renders, or null for all of them (a
 * full build). Read once per build: every route of the build asks.
 */
export function entriesToRender(env: NodeJS.ProcessEnv = process.env): Set<string> | null {
  const only = env.SITE_RENDER_ONLY
  if (!only) return null
  let set = renderSets.get(only)
  if (!set) {
    set = new Set(JSON.parse(readFileSync(only, 'utf8')) as string[])
    renderSets.set(only, set)
  }
  return set
}

/**
 * What a partial build takes from the live build (SITE_KEEP_FROM, a JSON file the publisher
 * writes: tools/publish.ts): its folder, its record (the pages of each entry) and its QR table.
 */
export interface KeepFrom {
  dir: string
  record: string
  qrTable: string
}

/** The live build a partial build takes pages and its QR table from; null for a full build. */
export function keptFrom(env: NodeJS.ProcessEnv = process.env): KeepFrom | null {
  if (!env.SITE_RENDER_ONLY || !env.SITE_KEEP_FROM) return null
  return JSON.parse(readFileSync(env.SITE_KEEP_FROM, 'utf8')) as KeepFrom
}
