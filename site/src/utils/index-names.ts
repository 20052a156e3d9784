/**
 * The names of the search index's files, which several sides must agree on: the build writes them
 * (integrations/pagefind.ts), the search page fetches them (scripts/search.ts), the update after a
 * partial build and the bucket upload order them (tools/search-index.ts, tools/bucket.ts), the
 * servers cache them (tools/serve.ts, deploy/), the bench measures them (bench/lib/tree.ts).
 * No imports: the browser bundle, the plain-Node tools and the bench all load this module.
 */

/** The folder of every kind of search index, under the build's root (Pagefind's own name). */
export const SEARCH_DIR = 'pagefind'

/** The sharded index's word and card files, in SEARCH_DIR: named by their content, never changed. */
export const SHARD_DIR = 'shards'

/** The compact index file of a language (`<html lang>`, lower case, as Pagefind names its own). */
export const compactIndexFile = (htmlLang: string) => `search.${htmlLang.toLowerCase()}.json.gz`

/** The language of a compact index file's name, else undefined. */
export const compactIndexLanguage = (file: string): string | undefined =>
  /^search\.([a-z0-9-]+)\.json\.gz$/.exec(file)?.[1]

/** A language's manifest of the sharded index, beside its compact index: a fixed name. */
export const shardManifestFile = (lang: string) => `search.${lang.toLowerCase()}.shards.json.gz`

/** True for the name of a sharded index's manifest (in SEARCH_DIR). */
export const isShardManifest = (file: string) => /^search\.[a-z0-9-]+\.shards\.json\.gz$/.test(file)

/**
 * A word or card file of a language, named by its content (`name`), as Pagefind names its chunks
 * (tools/index-files.ts `contentNamed`): a file that exists already is the same, and is kept.
 */
export const shardFile = (lang: string, name: string, type: 'words' | 'cards') =>
  `${SHARD_DIR}/${lang.toLowerCase()}_${name}.pf_${type}`
