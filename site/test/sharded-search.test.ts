/**
 * The sharded index (utils/sharded-search.ts) answers every query as the compact index does
 * (utils/search.ts `searchCompact`), the same results in the same order, while reading only the
 * word files a query needs.
 */
import { describe, expect, it } from 'vitest'
import {
  type CompactDocument,
  type CompactIndex,
  compactIndex,
  foldQuery,
  INSIDE_WORDS,
  searchCompact,
  unspacedWords,
} from '../src/utils/search.ts'
import {
  CARD_BLOCK,
  cardAt,
  GRAM_FILES,
  gramKeyOf,
  keyOf,
  searchSharded,
  shardedIndex,
  shardManifest,
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
/** Korean, Chinese and Japanese as the translated entries write them (found inside runs of text). */
const INSIDE = [
  '바짱',
  '도자기',
  '도자기마을',
  '마을',
  '사당',
  '전통',
  '陶瓷',
  '陶瓷村',
  '寺',
  '傳統',
  '寺院',
  'やきもの',
  'ベトナム',
  // Japanese marks inside words that belong to no script: the long vowel, the dot, half width.
  'センター',
  'ホアン・ヴァン',
  'ﾗｰﾒﾝ',
]
const KINDS = ['Di tích', 'Làng nghề', 'Sản phẩm OCOP']
const COMMUNES = ['Xã Bát Tràng', 'Phường Phù Đổng', '', 'Xã Đa Tốn']

/** Documents like a province's: titles and summaries of Vietnamese syllables, some English, codes, other-language entries. */
function documents(count: number, seed: number): CompactDocument[] {
  const next = random(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T
  const words = (n: number) =>
    Array.from({ length: n }, () =>
      next() < 0.15
        ? pick(ENGLISH)
        : next() < 0.05
          ? pick(RUSSIAN)
          : next() < 0.12
            ? `${pick(INSIDE)}${next() < 0.3 ? pick(INSIDE) : ''}`
            : pick(SYLLABLES),
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

/**
 * The sharded index of `docs` as the search page reads it: a manifest and its word files by name,
 * its card blocks; `search` answers a query through them and notes which files it read, and
 * what the compact index answers instead when the sharded one leaves the query to it.
 */
function written(docs: readonly CompactDocument[]) {
  const ordered = shardOrder(docs)
  const index = shardedIndex(ordered)
  const files = new Map<string, WordFile>()
  // Through JSON, as the page gets them; each file named by its key, each block by its number.
  for (const [key, file] of index.words) files.set(key, JSON.parse(JSON.stringify(file)) as WordFile)
  const blocks = index.cards.map((block) => JSON.parse(JSON.stringify(block)) as CompactIndex)
  const manifest = shardManifest(
    index,
    Object.fromEntries([...index.words.keys()].map((key) => [key, key])),
    blocks.map((_, i) => String(i)),
  )
  const read = { words: [] as string[], cards: [] as number[] }
  const search = (query: string, own: boolean) =>
    searchSharded(
      manifest,
      query,
      own,
      async (key) => {
        read.words.push(key)
        return files.get(key) ?? {}
      },
      async (block) => {
        read.cards.push(block)
        return blocks[block] as CompactIndex
      },
    )
  const whole = compactIndex(docs)
  const expected = (query: string, own: boolean) => searchCompact(whole, query, own).map((r) => r.url)
  const left: string[] = []
  /** The urls found, as the page shows them: by the sharded index, else (noted) by the compact index. */
  const found = async (query: string, own: boolean) => {
    const ids = await search(query, own)
    if (ids === null) left.push(query)
    return ids === null ? expected(query, own) : ids.map((id) => ordered[id]?.url)
  }
  return { ordered, index, files, manifest, search, found, expected, read, left }
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
  '도자기',
  '도자기마을',
  '사당',
  '도',
  '마을 사당',
  'bat trang 도자기',
  '전통 temple',
  '陶瓷',
  '陶瓷村',
  '寺',
  '寺院 ベトナム',
  'やきもの',
  '景興',
  '景興四十四年',
  '四十四',
  '년도',
  'センター',
  'ター',
  'ホアン・ヴァン',
  'ヴァン',
  'ﾗｰﾒﾝ',
  'ｰﾒ',
]

describe('sharded index', () => {
  const docs = documents(700, 7)
  const { ordered, index, manifest, search, found, expected, read, left } = written(docs)

  it.each(QUERIES)('finds for %j what the compact index finds, in the same order', async (query) => {
    for (const own of [true, false]) {
      expect(await found(query, own)).toEqual(expected(query, own))
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
    let results = 0
    let inside = 0
    for (const term of terms) {
      const urls = expected(term, true)
      expect(await found(term, true), term).toEqual(urls)
      results += urls.length
      if (INSIDE_WORDS.test(term)) inside++
    }
    expect(results).toBeGreaterThan(1000)
    expect(inside).toBeGreaterThan(10)
    // Left to the whole index: only words of more than three such characters (in many documents).
    // (a part, as the browser cuts the word, of more than three characters or with other letters).
    for (const term of left) {
      expect(
        unspacedWords(term).some(
          (part) =>
            Array.from(part).length > 3 ||
            /[\p{L}\p{N}]/u.test(
              part.replace(/[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}ー・ｰ]/gu, ''),
            ),
        ),
        term,
      ).toBe(true)
    }
  })

  it('reads only the word file of a word of three letters or more, and those a shorter one begins', async () => {
    read.words.length = 0
    read.cards.length = 0
    await search('den phu dong', true)
    expect(read.words.sort()).toEqual(['den', 'don', 'phu'])
    read.words.length = 0
    await search('ba', true)
    expect(read.words.length).toBeGreaterThan(1)
    expect(read.words.every((key) => key.startsWith('ba'))).toBe(true)
    expect(read.cards).toEqual([])
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
      if (key.startsWith('~')) continue
      for (const word of Object.keys(file)) expect(keyOf(word)).toBe(key)
    }
    expect(keyOf('храмов')).toBe('хра')
    expect(keyOf('da')).toBe('da')
  })

  it('finds words of letters outside the Basic Multilingual Plane as the compact index does', async () => {
    // Gothic letters (spaced), and Han characters of the supplementary planes (inside runs).
    const few = ['𐐨𐐩s', '𐐨𐐩', '𐐨𐐪', 'đình 𐐨𐐩', '𠀀𠀁寺', '寺𠀀'].map((title, i) => ({
      ...(docs[i] as CompactDocument),
      title,
      summary: '',
    }))
    const small = written(few)
    for (const query of ['𐐨𐐩s', '𐐨𐐩', '𐐨', 'dinh 𐐨𐐩', '𠀀', '𠀀𠀁', '寺𠀀', '𠀁寺']) {
      expect(small.expected(query, true).length, query).toBeGreaterThan(0)
      expect(await small.found(query, true), query).toEqual(small.expected(query, true))
    }
  })

  it('keeps the Chinese, Japanese and Korean characters and their runs of two and three in a fixed number of files', () => {
    expect(docs.some((d) => d.text.includes('景興'))).toBe(true)
    const characterFiles = [...index.words].filter(([key]) => key.startsWith('~'))
    expect(characterFiles.length).toBeGreaterThan(10)
    expect(characterFiles.length).toBeLessThanOrEqual(GRAM_FILES)
    for (const [key, file] of characterFiles) {
      for (const gram of Object.keys(file)) {
        expect(gramKeyOf(gram), gram).toBe(key)
        expect(Array.from(gram).length, gram).toBeLessThanOrEqual(3)
      }
    }
    // The runs go on through the marks Japanese writes inside words.
    expect(Object.keys(index.words.get(gramKeyOf('ン')) ?? {})).toContain('ン・ヴ')
    expect(Object.keys(index.words.get(gramKeyOf('ｰ')) ?? {})).toContain('ｰﾒﾝ')
    // No word beginning with one of these characters in the word files.
    const first = (word: string) => String.fromCodePoint(word.codePointAt(0) ?? 0)
    for (const [key, file] of index.words) {
      if (key.startsWith('~')) continue
      for (const word of Object.keys(file)) expect(INSIDE_WORDS.test(first(word)), word).toBe(false)
    }
  })

  it('answers a word of up to three such characters from their files alone, a longer one with the cards of its documents', async () => {
    read.words.length = 0
    read.cards.length = 0
    for (const word of ['사당', '도자기', '寺', 'ター', 'ン・ヴ', 'ｰﾒﾝ']) {
      expect(expected(word, true).length, word).toBeGreaterThan(5)
      expect(await found(word, true), word).toEqual(expected(word, true))
    }
    // The file of each part (as the browser cuts a word: ン・ヴ may be ン and ヴ), each of three
    // characters at most, so found whole there.
    const parts = ['사당', '도자기', '寺', 'ター', 'ン・ヴ', 'ｰﾒﾝ'].flatMap(unspacedWords)
    for (const part of parts) expect(Array.from(part).length).toBeLessThanOrEqual(3)
    expect(new Set(read.words)).toEqual(new Set(parts.map(gramKeyOf)))
    expect(read.cards).toEqual([])
    // A longer word in a few documents (옛가마터, an old kiln's site): the documents holding its
    // runs of three, checked on the card blocks they are in.
    const rare = written(docs.map((doc, i) => (i % 97 === 0 ? { ...doc, summary: `${doc.summary} 옛가마터` } : doc)))
    expect(rare.expected('옛가마터', true).length).toBeGreaterThan(3)
    expect(await rare.search('옛가마터', true)).not.toBeNull()
    expect(await rare.found('옛가마터', true)).toEqual(rare.expected('옛가마터', true))
    expect(new Set(rare.read.words)).toEqual(new Set(['옛', '가'].map(gramKeyOf)))
    expect(rare.read.cards.length).toBeGreaterThan(0)
    expect(new Set(rare.read.cards).size).toBeLessThan(rare.manifest.cards.length / 2)
    expect(rare.left).toEqual([])
    // A document with every run of three of a word, but not the word: not found.
    const near = written(
      docs.slice(0, 40).map((doc, i) => ({
        ...doc,
        own: true,
        summary: i === 3 ? '옛가마 가마터' : i === 30 ? '옛가마터' : '',
      })),
    )
    expect(near.expected('옛가마터', true)).toHaveLength(1)
    expect(await near.search('옛가마터', true)).not.toBeNull()
    expect(await near.found('옛가마터', true)).toEqual(near.expected('옛가마터', true))
  })

  it('leaves to the whole index a word with nothing to look up, or whose documents would need most of the cards', async () => {
    // "abc" is a part of this word (as the browser cuts it) that no character file holds.
    expect(await search('abc景興', true)).toBeNull()
    // Unless the rest of the query finds nothing: nothing to look for in the whole index.
    expect(await search('zzzq abc景興', true)).toEqual([])
    // A manifest written before the character files: its word files do not have them.
    const before = { ...manifest, inside: undefined }
    const nothing = async () => ({}) as never
    expect(await searchSharded(before, '사당', true, nothing, nothing)).toBeNull()
    expect(await searchSharded(before, 'dinh', true, nothing, nothing)).toEqual([])
    // A word of five characters in every document: its documents are in every card block.
    const many = documents(200, 3).map((doc) => ({ ...doc, summary: `${doc.summary} 옛도자기마을` }))
    const crowded = written(many)
    expect(await crowded.search('도자기마을', true)).toBeNull()
    expect(await crowded.found('도자기마을', true)).toEqual(crowded.expected('도자기마을', true))
    // Three of them: the character files alone.
    expect(await crowded.search('자기마', true)).not.toBeNull()
    expect(await crowded.found('자기마', true)).toEqual(crowded.expected('자기마', true))
  })
})
