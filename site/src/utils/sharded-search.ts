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
 *   of the results shown are fetched;
 * - character files, for Chinese, Japanese and Korean, whose words are found inside runs of text
 *   rather than by their beginnings: each character of such a run (RUN: with the marks Japanese
 *   writes inside words, ー and ・), and each run of two and of three neighbours in it, with the
 *   documents that hold it and where. A query word of up to three characters is answered by them; a longer one by the documents
 *   that hold all its runs of three, checked on their cards (or, when that needs more than
 *   MAX_CHECKED_BLOCKS card files or half of them, in the language's whole compact index, written
 *   beside). The character files are GRAM_FILES files, by their first character, named in the
 *   manifest's `words` by `~` and a number.
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
  unspacedWords,
  wordMatch,
} from './search'

/** Documents per card file. */
export const CARD_BLOCK = 32
/** Letters of a word that name its word file. */
export const KEY_LETTERS = 3
/**
 * At most this many card files fetched to check a long word in Chinese, Japanese or Korean (about
 * 1 KB each at 10,000 entries), and never more than half of them; else the whole compact index.
 */
const MAX_CHECKED_BLOCKS = 16

export interface ShardManifest {
  v: 1
  /** Documents in all. */
  count: number
  /** The first `own` documents are pages in the index's language; the rest, entries not translated into it. */
  own: number
  /**
   * Word files: the first letters of their words (or the first character of a character file's
   * characters) → the file's content name.
   */
  words: Record<string, string>
  /** Card files, block by block: their content names. */
  cards: string[]
  /**
   * 1 when the word files hold the character files. A manifest written before them (still live
   * for the seconds a publish takes to write the new index) leaves such queries to the whole index.
   */
  inside?: 1
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

/** Character files: the characters are spread over this many, by their first character's code. */
export const GRAM_FILES = 64
/**
 * The character file of a run of characters: `~` (never in a word, whose key is letters and
 * digits) and the number of its first character's file. A fixed number of files, whatever the
 * characters: the manifest every query reads names each, and a province's inscriptions alone may
 * hold thousands of different Han characters.
 */
export const gramKeyOf = (gram: string): string => `~${(gram.codePointAt(0) ?? 0) % GRAM_FILES}`

/** The longest run of characters the character files hold whole. */
const GRAM = 3

/**
 * What runs of characters are cut at: the characters of INSIDE_WORDS, and the marks Japanese
 * writes inside words though they belong to no script of their own (the long vowel ー, the dot ・
 * between the parts of a name, the voicing marks, in full and half width).
 */
const RUN = new RegExp(`${INSIDE_WORDS.source.slice(0, -1)}\u3099-\u309C\u30FB\u30FC\uFF70\uFF9E\uFF9F]`, 'u')
const NOT_RUN = new RegExp(`(?:(?!${RUN.source}).)+`, 'su')

/** Whether a word begins with a Chinese, Japanese or Korean character (found inside runs of text). */
const isInside = (word: string): boolean => INSIDE_WORDS.test(String.fromCodePoint(word.codePointAt(0) ?? 0))

/**
 * The characters of the runs (RUN) in a folded text, and the runs of two and three neighbours in
 * each: what the character files hold.
 */
function insideGrams(text: string): Set<string> {
  const grams = new Set<string>()
  let before = ''
  let previous = ''
  for (const character of text) {
    if (!RUN.test(character)) {
      before = ''
      previous = ''
      continue
    }
    grams.add(character)
    if (previous) grams.add(previous + character)
    if (before) grams.add(before + previous + character)
    before = previous
    previous = character
  }
  return grams
}

/**
 * What a query word in Chinese, Japanese or Korean needs from the character files: for each of
 * its parts (`unspacedWords`, as `searchCompact` cuts it), the runs of up to GRAM characters a text
 * holding it must hold; `proven` when holding them is holding the part (a part that is one run of
 * up to GRAM characters). Null when a part has none of them to look up (a number, say).
 */
function insideNeeds(term: string): { parts: string[]; grams: string[][]; proven: boolean } | null {
  const parts = unspacedWords(term)
  let proven = true
  const grams = parts.map((part) => {
    const needed: string[] = []
    const runs = part.split(NOT_RUN).filter(Boolean)
    for (const run of runs) {
      const characters = Array.from(run)
      if (characters.length <= GRAM) needed.push(run)
      for (let i = GRAM; i <= characters.length && characters.length > GRAM; i++) {
        needed.push(characters.slice(i - GRAM, i).join(''))
      }
    }
    if (runs.length !== 1 || runs[0] !== part || Array.from(part).length > GRAM) proven = false
    return needed
  })
  return grams.some((needed) => needed.length === 0) ? null : { parts, grams, proven }
}

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
  // Words and runs of characters apart: the same string may be both (ーー).
  const wordPlaces = new Map<string, number[]>()
  const gramPlaces = new Map<string, number[]>()
  documents.forEach((doc, id) => {
    const { text, words } = compactFields(doc)
    const record = (places: Map<string, number[]>, title: Iterable<string>, rest: Iterable<string>) => {
      const flags = new Map<string, number>()
      for (const word of title) flags.set(word, IN_TITLE)
      for (const word of rest) flags.set(word, (flags.get(word) ?? 0) | IN_REST)
      for (const [word, flag] of flags) {
        const list = places.get(word) ?? []
        list.push(id * 4 + flag)
        places.set(word, list)
      }
    }
    // A word that begins with a Chinese, Japanese or Korean character is met only by a query word
    // that begins with one, which is searched inside the text: by the runs of characters instead.
    const spaced = (found: Set<string>) => [...found].filter((word) => !isInside(word))
    record(wordPlaces, spaced(words.title), spaced(words.rest))
    record(gramPlaces, insideGrams(text.title), insideGrams(text.rest))
  })
  const words = new Map<string, WordFile>()
  for (const [places, key] of [
    [wordPlaces, keyOf],
    [gramPlaces, gramKeyOf],
  ] as const) {
    for (const word of [...places.keys()].sort()) {
      const file = words.get(key(word)) ?? {}
      let previous = 0
      file[word] = (places.get(word) ?? []).map((place) => {
        const delta = place - previous
        previous = place
        return delta
      })
      words.set(key(word), file)
    }
  }
  const cards: CompactIndex[] = []
  for (let from = 0; from < documents.length; from += CARD_BLOCK) {
    cards.push(compactIndex(documents.slice(from, from + CARD_BLOCK)))
  }
  return { count: documents.length, own: documents.filter((d) => d.own).length, words, cards }
}

/**
 * The manifest of a sharded index whose word files and card blocks are named `words` and `cards`
 * (the writer names them by their content): the one place that says what a manifest holds.
 */
export function shardManifest(
  index: Pick<ReturnType<typeof shardedIndex>, 'count' | 'own'>,
  words: Record<string, string>,
  cards: string[],
): ShardManifest {
  return { v: 1, count: index.count, own: index.own, words, cards, inside: 1 }
}

/** The document `id` from its card block. */
export const cardAt = (block: CompactIndex, id: number): CompactDocument => compactDocumentAt(block, id % CARD_BLOCK)

/** Where a word file says each document holds its words: document → IN_TITLE, IN_REST or both. */
function placesOf(deltas: readonly number[], manifest: ShardManifest, own: boolean): Map<number, number> {
  const found = new Map<number, number>()
  let place = 0
  for (const delta of deltas) {
    place += delta
    const id = place >> 2
    if (id < manifest.own === own) found.set(id, place & 3)
  }
  return found
}

/**
 * Searches the sharded index: the ids of the documents that hold every word of the query (`own`:
 * pages in the index's language, else the entries not translated into it), best first, equal
 * scores in index order, as `searchCompact` ranks them. `load` gives a word or character file by
 * its key, `cards` a card block by its number. Null when the query is better searched in the
 * whole compact index: a word in Chinese, Japanese or Korean whose documents the character files
 * cannot tell without more than MAX_CHECKED_BLOCKS card blocks (or half of them), or with a part
 * that has nothing to look up, and documents left by the query's other words.
 */
export async function searchSharded(
  manifest: ShardManifest,
  query: string,
  own: boolean,
  load: (key: string) => Promise<WordFile>,
  cards: (block: number) => Promise<CompactIndex>,
): Promise<number[] | null> {
  const terms = queryWords(query)
  if (terms.length === 0) return []
  const keys = Object.keys(manifest.words)
  // The word files of spaced languages: not the character files (`~` and a number; no word holds a `~`).
  const spaced = keys.filter((k) => !k.startsWith('~'))
  const inside = new Map<string, ReturnType<typeof insideNeeds>>()
  for (const term of terms.filter((t) => INSIDE_WORDS.test(t))) {
    inside.set(term, manifest.inside === 1 ? insideNeeds(term) : null)
  }
  // Words of spaced languages first, then those the character files prove, then those checked on
  // cards, then those left to the whole index: each finds among the documents the ones before
  // left (none left: no need for the whole index). A sum of scores, the same in any order.
  const rank = (term: string) => {
    if (!inside.has(term)) return 0
    const needs = inside.get(term)
    return needs ? (needs.proven ? 1 : 2) : 3
  }
  let scores: Map<number, number> | undefined
  for (const term of [...terms].sort((a, b) => rank(a) - rank(b))) {
    // Per document: the best level of the term in its title, and elsewhere.
    const title = new Map<number, number>()
    const rest = new Map<number, number>()
    if (rank(term) === 3) return null
    const needs = inside.get(term)
    if (needs) {
      const grams = [...new Set(needs.grams.flat())]
      const needed = [...new Set(grams.map(gramKeyOf))].filter((key) => keys.includes(key))
      const files = new Map(await Promise.all(needed.map(async (key) => [key, await load(key)] as const)))
      const placesOfGram = new Map(
        grams.map((gram) => [gram, placesOf(files.get(gramKeyOf(gram))?.[gram] ?? [], manifest, own)]),
      )
      // A field may hold the term when it holds every run of characters of every part.
      let fields: Map<number, number> | undefined
      for (const gram of grams) {
        const at = placesOfGram.get(gram) ?? new Map<number, number>()
        const next = new Map<number, number>()
        for (const [id, flag] of fields ?? at) {
          if (scores && !scores.has(id)) continue
          const both = flag & (at.get(id) ?? 0)
          if (both) next.set(id, both)
        }
        fields = next
      }
      fields ??= new Map()
      if (!needs.proven) {
        const blocks = new Set([...fields.keys()].map((id) => Math.floor(id / CARD_BLOCK)))
        if (blocks.size > Math.min(MAX_CHECKED_BLOCKS, manifest.cards.length / 2)) return null
        const read = new Map(await Promise.all([...blocks].map(async (b) => [b, await cards(b)] as const)))
        for (const [id, flag] of fields) {
          const block = read.get(Math.floor(id / CARD_BLOCK))
          const { text } = compactFields(cardAt(block as CompactIndex, id))
          const holds = (field: 'title' | 'rest') => needs.parts.every((part) => text[field].includes(part))
          fields.set(
            id,
            (flag & IN_TITLE && holds('title') ? IN_TITLE : 0) | (flag & IN_REST && holds('rest') ? IN_REST : 0),
          )
        }
      }
      // Found inside a run of text: level 2, as `searchCompact` counts it.
      for (const [id, flag] of fields) {
        if (flag & IN_TITLE) title.set(id, 2)
        if (flag & IN_REST) rest.set(id, 2)
      }
    } else {
      const needed =
        term.length >= KEY_LETTERS ? spaced.filter((k) => k === keyOf(term)) : spaced.filter((k) => k.startsWith(term))
      const files = await Promise.all(needed.map(load))
      for (const file of files) {
        for (const [word, deltas] of Object.entries(file)) {
          const level = wordMatch(word, term)
          if (level === 0) continue
          for (const [id, flag] of placesOf(deltas, manifest, own)) {
            if (flag & IN_TITLE && (title.get(id) ?? 0) < level) title.set(id, level)
            if (flag & IN_REST && (rest.get(id) ?? 0) < level) rest.set(id, level)
          }
        }
      }
    }
    const next = new Map<number, number>()
    for (const id of new Set([...title.keys(), ...rest.keys()])) {
      const before = scores ? scores.get(id) : 0
      if (before === undefined) continue
      const best = Math.max(TITLE_WEIGHT * (title.get(id) ?? 0), rest.get(id) ?? 0)
      if (best > 0) next.set(id, before + best)
    }
    scores = next
    if (scores.size === 0) break
  }
  return [...(scores ?? new Map<number, number>())].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([id]) => id)
}
