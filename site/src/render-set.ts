/**
 * Which entries a partial build renders (src/partial.ts): SITE_RENDER_ONLY names a JSON file of
 * their keys (`kind:id`), written by the publisher (tools/publish.ts).
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
