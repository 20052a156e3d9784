/**
 * The sharded index (utils/sharded-search.ts) answers every query as the compact index does
 * (utils/search.ts `searchCompact`), the same results in the same order, while reading only the
 * word files a query needs.
 */
import { describe, expect, it } from 'vitest'
import { type CompactDocument, compactIndex, foldQuery, INSIDE_WORDS, searchCompact } from '../src/utils/search.ts'
import {
  CARD_BLOCK,
  cardAt,
  keyOf,
  needsWholeIndex,
  type ShardManifest,
  searchSharded,
  shardedIndex,
  shardOrder,
  type WordFile,
} from '../src/utils/sharded-search.ts'

/** A small deterministic generator (the same documents every run). */
function random(seed: number) {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31
    return state / 2 ** 31
  }
}

const SYLLABLES = [
  'Đình',
  'Đền',
  'Chùa',
  'làng',
  'gốm',
  'Bát',
  'Tràng',
  'Phù',
  'Đổng',
  'thành',
  'tháng',
  'hoàng',
  'Hà',
  'Nội',
  'đá',
  'đa',
  'da',
  'ba',
  'bà',
  'an',
  'Ân',
  'Thánh',
  'Gióng',
  'lễ',
  'hội',
  'nghề',
  'mộc',
  'Kim',
  'Long',
]
const ENGLISH = [
  'temple',
  'temples',
  'pottery',
  'potteries',
  'carved',
  'carving',
  'village',
  'villages',
  'co-op',
  'st.john',
]
const RUSSIAN = ['храм', 'храма', 'храмов', 'деревня']
const KINDS = ['Di tích', 'Làng nghề', 'Sản phẩm OCOP']
const COMMUNES = ['Xã Bát Tràng', 'Phường Phù Đổng', '', 'Xã Đa Tốn']

/** Documents like a province's: titles and summaries of Vietnamese syllables, some English, codes, other-language entries. */
function documents(count: number, seed: number): CompactDocument[] {
  const next = random(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T
  const words = (n: number) =>
    Array.from({ length: n }, () =>
      next() < 0.15 ? pick(ENGLISH) : next() < 0.05 ? pick(RUSSIAN) : pick(SYLLABLES),
    ).join(' ')
  return Array.from({ length: count }, (_, i) => {
    const own = next() < 0.8
    return {
      url: `/${pick(['di-tich', 'lang-nghe', 'en/relics'])}/muc-${i}/`,
      own,
      kind: pick(KINDS),
      commune: pick(COMMUNES),
      title: `${words(2 + Math.floor(next() * 3))} ${String(i).padStart(4, '0')}`,
      titleLang: own ? '' : 'vi',
      summary: words(Math.floor(next() * 12)),
      summaryLang: own ? '' : 'vi',
      text: next() < 0.05 ? `${words(4)} 景興四十四年` : '',
    }
  })
}

/** The sharded index of `docs` as the search page reads it: a manifest and its word files by name. */
function written(docs: readonly CompactDocument[]) {
  const ordered = shardOrder(docs)
  const index = shardedIndex(ordered)
  const files = new Map<string, WordFile>()
  const manifest: ShardManifest = { v: 1, count: index.count, own: index.own, words: {}, cards: [] }
  for (const [key, file] of index.words) {
    // Through JSON, as the page gets it.
    files.set(key, JSON.parse(JSON.stringify(file)) as WordFile)
    manifest.words[key] = key
  }
  return { ordered, index, files, manifest }
}

const QUERIES = [
  'dinh',
  'Đình',
  'den phu dong',
  'd',
  'da',
  'đa',
  'ba',
  'an',
  'ha noi',
  'bat trang 0012',
  'thanh',
  'than',
  'thang',
  'temple',
  'temples',
  'potteries',
  'pottery',
  'carving',
  'village',
  'coop',
  'co-op',
  'john',
  'st',
  'храм',
  'храмов',
  'xa',
  'lang nghe',
  'ocop',
  'san pham',
  '0003',
  '00',
  'kim long',
  'gom',
  'zzz',
  'dinh zzz',
  'le hoi le hoi',
  'hoang',
]

describe('sharded index', () => {
  const docs = documents(700, 7)
  const { ordered, index, files, manifest } = written(docs)
  const whole = compactIndex(docs)

  it.each(QUERIES)('finds for %j what the compact index finds, in the same order', async (query) => {
    for (const own of [true, false]) {
      const expected = searchCompact(whole, query, own).map((r) => r.url)
      const ids = await searchSharded(manifest, query, own, async (key) => files.get(key) ?? {})
      expect(ids.map((id) => ordered[id]?.url)).toEqual(expected)
    }
  })

  it('finds the same for every word of every document and each of its beginnings', async () => {
    const terms = new Set<string>()
    for (const doc of docs.slice(0, 60)) {
      for (const word of foldQuery(`${doc.title} ${doc.summary}`).split(' ')) {
        for (let n = 1; n <= word.length; n++) terms.add(word.slice(0, n))
      }
    }
    expect(terms.size).toBeGreaterThan(100)
    let found = 0
    for (const term of terms) {
      if (needsWholeIndex(term)) continue
      const expected = searchCompact(whole, term, true).map((r) => r.url)
      const ids = await searchSharded(manifest, term, true, async (key) => files.get(key) ?? {})
      expect(
        ids.map((id) => ordered[id]?.url),
        term,
      ).toEqual(expected)
      found += expected.length
    }
    expect(found).toBeGreaterThan(1000)
  })

  it('reads only the word file of a word of three letters or more, and those a shorter one begins', async () => {
    const read: string[] = []
    const load = async (key: string) => {
      read.push(key)
      return files.get(key) ?? {}
    }
    await searchSharded(manifest, 'den phu dong', true, load)
    expect(read.sort()).toEqual(['den', 'don', 'phu'])
    read.length = 0
    await searchSharded(manifest, 'ba', true, load)
    expect(read.length).toBeGreaterThan(1)
    expect(read.every((key) => key.startsWith('ba'))).toBe(true)
  })

  it('puts the pages in the index language first, then the untranslated entries, each in their order', () => {
    expect(index.own).toBe(docs.filter((d) => d.own).length)
    expect(ordered.slice(0, index.own).every((d) => d.own)).toBe(true)
    expect(ordered.slice(index.own).map((d) => d.url)).toEqual(docs.filter((d) => !d.own).map((d) => d.url))
  })

  it('keeps every document in its card block, as the compact index keeps it', () => {
    expect(index.cards).toHaveLength(Math.ceil(docs.length / CARD_BLOCK))
    for (const id of [0, 31, 32, 699]) {
      expect(cardAt(index.cards[Math.floor(id / CARD_BLOCK)] as never, id)).toEqual(ordered[id])
    }
  })

  it('groups words by their first three letters', () => {
    for (const [key, file] of index.words) {
      for (const word of Object.keys(file)) expect(keyOf(word)).toBe(key)
    }
    expect(keyOf('храмов')).toBe('хра')
    expect(keyOf('da')).toBe('da')
  })

  it('finds words of letters outside the Basic Multilingual Plane as the compact index does', async () => {
    const few = ['𐐨𐐩s', '𐐨𐐩', '𐐨𐐪', 'đình 𐐨𐐩'].map((title, i) => ({
      ...(docs[i] as CompactDocument),
      title,
      summary: '',
    }))
    const { ordered: order, files: shardFiles, manifest: named } = written(few)
    for (const query of ['𐐨𐐩s', '𐐨𐐩', '𐐨', 'dinh 𐐨𐐩']) {
      const expected = searchCompact(compactIndex(few), query, true).map((r) => r.url)
      expect(expected.length, query).toBeGreaterThan(0)
      const ids = await searchSharded(named, query, true, async (key) => shardFiles.get(key) ?? {})
      expect(
        ids.map((id) => order[id]?.url),
        query,
      ).toEqual(expected)
    }
  })

  it('leaves out of the word files the words that begin with Chinese, Japanese or Korean characters', () => {
    expect(docs.some((d) => d.text.includes('景興'))).toBe(true)
    const first = (word: string) => String.fromCodePoint(word.codePointAt(0) ?? 0)
    for (const [key, file] of index.words) {
      expect(INSIDE_WORDS.test(first(key)), key).toBe(false)
      for (const word of Object.keys(file)) expect(INSIDE_WORDS.test(first(word)), word).toBe(false)
    }
  })

  it('sends queries with Chinese, Japanese or Korean words to the whole index', () => {
    expect(needsWholeIndex('景興')).toBe(true)
    expect(needsWholeIndex('chua 사당')).toBe(true)
    expect(needsWholeIndex('canh hung')).toBe(false)
  })
})
