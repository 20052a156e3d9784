/**
 * The sharded search index of a large province: the compact index's documents and ranking
 * (search.ts `searchCompact`), cut into small files so that a query fetches only what it needs.
 * Written per language by integrations/pagefind.ts (`writeShardedIndex`), searched by the search
 * page (scripts/search.ts):
 *
 * - the manifest (`search.<lang>.shards.json.gz`, a fixed name) names every other file by its
 *   content and says how many documents there are, and how many of them are pages in the index's
 *   language (they come first);
 * - word files: every folded word of the documents' titles and the rest of their cards (kind,
 *   commune, summary, an inscription's lines) but those that begin with a Chinese, Japanese or
 *   Korean character, grouped by their first three letters, each word with
 *   the documents that hold it and where (title, rest). A query word of three letters or more
 *   reads the one file of its first three letters, a shorter one the files whose letters it
 *   begins: every word it can match is there (search.ts `wordMatch`);
 * - card files: the documents, in blocks of CARD_BLOCK, as small compact indexes; only the blocks
 *   of the results shown are fetched.
 *
 * A query with Chinese, Japanese or Korean words, found inside runs of text rather than by their
 * beginnings, is searched in the language's whole compact index instead (written beside).
 * Results are the same as the compact index's, in the same order (tested).
 */
import {
  type CompactDocument,
  type CompactIndex,
  compactDocumentAt,
  compactFields,
  compactIndex,
  INSIDE_WORDS,
  queryWords,
  TITLE_WEIGHT,
  wordMatch,
} from './search'

/** Documents per card file. */
export const CARD_BLOCK = 32
/** Letters of a word that name its word file. */
export const KEY_LETTERS = 3

export interface ShardManifest {
  v: 1
  /** Documents in all. */
  count: number
  /** The first `own` documents are pages in the index's language; the rest, entries not translated into it. */
  own: number
  /** Word files: the first letters of their words → the file's content name. */
  words: Record<string, string>
  /** Card files, block by block: their content names. */
  cards: string[]
}

/**
 * A word file: folded word → where it is, one number per document that holds it, `id * 4 + 1`
 * in the title, `+ 2` elsewhere (both: `+ 3`), increasing, each written as its difference from the
 * one before (smaller numbers pack better).
 */
export type WordFile = Record<string, number[]>

/** Where a word is found in a document. */
const IN_TITLE = 1
const IN_REST = 2

/**
 * The word file a word belongs to: its first KEY_LETTERS UTF-16 units, which `wordMatch` counts
 * (a letter outside the Basic Multilingual Plane counts two, there as here).
 */
export const keyOf = (word: string): string => word.slice(0, KEY_LETTERS)

/**
 * The documents in the order of the sharded index: pages in the index's language first, then
 * entries not translated into it, each group in its original order (which ranks equal scores).
 */
export function shardOrder<T extends { own: boolean }>(documents: readonly T[]): T[] {
  return [...documents.filter((d) => d.own), ...documents.filter((d) => !d.own)]
}

/**
 * The sharded index of a language's documents (in `shardOrder`), before the files are named:
 * the word files by key, the card blocks.
 */
export function shardedIndex(documents: readonly CompactDocument[]): {
  count: number
  own: number
  words: Map<string, WordFile>
  cards: CompactIndex[]
} {
  const places = new Map<string, number[]>()
  documents.forEach((doc, id) => {
    const { words } = compactFields(doc)
    const flags = new Map<string, number>()
    for (const word of words.title) flags.set(word, IN_TITLE)
    for (const word of words.rest) flags.set(word, (flags.get(word) ?? 0) | IN_REST)
    for (const [word, flag] of flags) {
      // A word that begins with a Chinese, Japanese or Korean character is met only by a query
      // word that begins with one, and such a query searches the whole index (`needsWholeIndex`).
      if (INSIDE_WORDS.test(String.fromCodePoint(word.codePointAt(0) ?? 0))) continue
      const list = places.get(word) ?? []
      list.push(id * 4 + flag)
      places.set(word, list)
    }
  })
  const words = new Map<string, WordFile>()
  for (const word of [...places.keys()].sort()) {
    const key = keyOf(word)
    const file = words.get(key) ?? {}
    let previous = 0
    file[word] = (places.get(word) ?? []).map((place) => {
      const delta = place - previous
      previous = place
      return delta
    })
    words.set(key, file)
  }
  const cards: CompactIndex[] = []
  for (let from = 0; from < documents.length; from += CARD_BLOCK) {
    cards.push(compactIndex(documents.slice(from, from + CARD_BLOCK)))
  }
  return { count: documents.length, own: documents.filter((d) => d.own).length, words, cards }
}

/** The document `id` from its card block. */
export const cardAt = (block: CompactIndex, id: number): CompactDocument => compactDocumentAt(block, id % CARD_BLOCK)

/** Whether a query must be searched in the whole compact index (words found inside runs of text). */
export const needsWholeIndex = (query: string): boolean => queryWords(query).some((term) => INSIDE_WORDS.test(term))

/**
 * Searches the sharded index: the ids of the documents that hold every word of the query (`own`:
 * pages in the index's language, else the entries not translated into it), best first, equal
 * scores in index order, as `searchCompact` ranks them. `load` gives a word file by its key.
 * Not for a query that `needsWholeIndex`.
 */
export async function searchSharded(
  manifest: ShardManifest,
  query: string,
  own: boolean,
  load: (key: string) => Promise<WordFile>,
): Promise<number[]> {
  const terms = queryWords(query)
  if (terms.length === 0) return []
  const keys = Object.keys(manifest.words)
  let scores: Map<number, number> | undefined
  for (const term of terms) {
    const needed =
      term.length >= KEY_LETTERS ? keys.filter((k) => k === keyOf(term)) : keys.filter((k) => k.startsWith(term))
    const files = await Promise.all(needed.map(load))
    // Per document: the best level of the term in its title, and elsewhere.
    const title = new Map<number, number>()
    const rest = new Map<number, number>()
    for (const file of files) {
      for (const [word, deltas] of Object.entries(file)) {
        const level = wordMatch(word, term)
        if (level === 0) continue
        let place = 0
        for (const delta of deltas) {
          place += delta
          const id = place >> 2
          const ownPage = id < manifest.own
          if (ownPage !== own) continue
          if (place & IN_TITLE && (title.get(id) ?? 0) < level) title.set(id, level)
          if (place & IN_REST && (rest.get(id) ?? 0) < level) rest.set(id, level)
        }
      }
    }
    const next = new Map<number, number>()
    for (const id of new Set([...title.keys(), ...rest.keys()])) {
      const before = scores ? scores.get(id) : 0
      if (before === undefined) continue
      next.set(id, before + Math.max(TITLE_WEIGHT * (title.get(id) ?? 0), rest.get(id) ?? 0))
    }
    scores = next
    if (scores.size === 0) break
  }
  return [...(scores ?? new Map<number, number>())].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([id]) => id)
}
