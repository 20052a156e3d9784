/**
 * Diacritic-insensitive search, shared by the index build (integrations/pagefind.ts) and the
 * search page's script: both fold text with the domain's `foldVietnamese`, so a query typed
 * with or without diacritics meets the same folded words.
 */
import { foldVietnamese } from '@heritage/contract/text'

/** The query as the index holds words: folded, lower case, single spaces. */
export const foldQuery = (query: string): string => foldVietnamese(query).toLowerCase().replace(/\s+/g, ' ').trim()

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }
const INLINE = /^(?:a|abbr|b|bdi|bdo|cite|code|data|em|i|mark|q|s|small|span|strong|sub|sup|time|u)$/i
const VOID = /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/i

const decode = (text: string): string =>
  text
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1))
        return Number.isFinite(code) ? String.fromCodePoint(code) : entity
      }
      return ENTITIES[name.toLowerCase()] ?? entity
    })
    .replace(/\s+/g, ' ')
    .trim()

const primaryLanguage = (lang: string): string => lang.trim().toLowerCase().split('-')[0] ?? ''

export interface TextByLanguage {
  /** Text in the page's language (and text marked with no language). */
  own: string
  /** Text inside elements whose `lang` names another language. */
  other: string
  /** That language (the first one met, as the `lang` attribute wrote it). */
  otherLang?: string
}

/**
 * The readable text of an HTML fragment as the built pages write it (no parser needed for that),
 * split by language: an English page shows the Vietnamese text of an entry that has no English
 * yet, marked `lang="vi"` (see `pick` in i18n/locales.ts), and a search result must not pass that
 * off as English. Without `pageLang` all text is `own`. Elements marked `data-pagefind-ignore`
 * (controls such as the map's buttons) are left out, as Pagefind leaves them out of the index.
 */
export function textByLanguage(html: string, pageLang?: string): TextByLanguage {
  const page = pageLang === undefined ? undefined : primaryLanguage(pageLang)
  const cleaned = html
    .replace(/<(script|style|template|noscript|svg)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
  const parts = { own: [] as string[], other: [] as string[] }
  // Open elements, each with whether its text is in the page's language, and whether it is left out.
  const open: { tag: string; own: boolean; ignored: boolean }[] = []
  let otherLang: string | undefined
  let own = true
  let ignored = false
  let from = 0
  for (const m of cleaned.matchAll(/<(\/?)([a-z][a-z0-9-]*)\b([^>]*)>/gi)) {
    if (!ignored) parts[own ? 'own' : 'other'].push(cleaned.slice(from, m.index))
    from = m.index + m[0].length
    const [, closing, name = '', attributes = ''] = m
    const tag = name.toLowerCase()
    if (!INLINE.test(tag)) {
      parts.own.push(' ')
      parts.other.push(' ')
    }
    if (closing) {
      const at = open.findLastIndex((e) => e.tag === tag)
      if (at !== -1) open.length = at
    } else if (!VOID.test(tag) && !attributes.trimEnd().endsWith('/')) {
      const lang = /(?:^|\s)lang\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(attributes)
      const value = lang && (lang[1] ?? lang[2] ?? lang[3] ?? '')
      const inherited = open.at(-1)?.own ?? true
      const same = page === undefined || !value ? inherited : primaryLanguage(value) === page
      const left = (open.at(-1)?.ignored ?? false) || /(?:^|\s)data-pagefind-ignore\b/i.test(attributes)
      if (!same && value && !left) otherLang ??= value
      open.push({ tag, own: same, ignored: left })
    }
    own = open.at(-1)?.own ?? true
    ignored = open.at(-1)?.ignored ?? false
  }
  if (!ignored) parts[own ? 'own' : 'other'].push(cleaned.slice(from))
  const other = decode(parts.other.join(''))
  return { own: decode(parts.own.join('')), other, ...(other && otherLang ? { otherLang } : {}) }
}

/** The readable text of an HTML fragment, whatever its languages. */
export const htmlToText = (html: string): string => textByLanguage(html).own

/** The words a query looks for, folded (quotes and `-excluded` words left out). */
export const queryWords = (query: string): string[] =>
  foldQuery(query.replace(/["“”]/g, ' '))
    .split(' ')
    .filter((t) => t && !t.startsWith('-'))

/** Folded words of a text; a hyphenated or dotted word also counts whole ("co-op": co, op, coop). */
function foldedWords(text: string): Set<string> {
  const words = new Set<string>()
  for (const token of foldQuery(text).split(' ')) {
    const parts = token.split(/[^\p{L}\p{N}]+/u).filter(Boolean)
    for (const part of parts) words.add(part)
    if (parts.length > 1) words.add(parts.join(''))
  }
  return words
}

/** Han characters and kana: scripts written without spaces between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u

/** Scripts whose words Pagefind finds inside longer runs: Chinese and Japanese, and Korean (integrations/pagefind.ts `indexOnlyWords`). */
export const INSIDE_WORDS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u

/**
 * Where a text can be cut: each Chinese or Japanese character (counted as half a word, so that
 * an excerpt holds about as much to read as in a spaced language), every other run of non-spaces.
 */
function textUnits(text: string): { start: number; weight: number }[] {
  return [
    ...text.matchAll(
      /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu,
    ),
  ].map((m) => ({ start: m.index, weight: UNSPACED.test(m[0]) ? 0.5 : 1 }))
}

/** The words of a term in a script written without spaces, as `Intl.Segmenter` cuts them. */
export const unspacedWords = (term: string): string[] => {
  const parts = [...new Intl.Segmenter(undefined, { granularity: 'word' }).segment(term)]
    .filter((part) => part.isWordLike)
    .map((part) => part.segment)
  return parts.length > 0 ? parts : [term]
}

/**
 * Whether each word of the query really occurs in one of the texts (the indexed content of the
 * first results): it begins a word there, or shares with one a beginning of at least half its
 * length and three letters, as an English stem does ("temples", "temple").
 *
 * Pagefind, when no indexed word begins with a query word, falls back to the longest indexed word
 * that the query word begins with (`find_word_extensions` in its search code): "xyzzyq" then finds
 * every page holding a stray "x" ("20 x 30 cm"), and "batrang" every page with "ba". The fallback
 * holds for all results of that word alike, so the first results tell.
 */
export function everyWordFound(texts: readonly string[], query: string): boolean {
  const words = texts.map(foldedWords)
  const folded = texts.map(foldQuery)
  return queryWords(query).every((term) => {
    // Chinese and Japanese write no spaces between words: each word of the term (as the browser
    // cuts it, as Pagefind does) must stand somewhere in a text, not at the start of a spaced run.
    if (UNSPACED.test(term)) return unspacedWords(term).every((part) => folded.some((text) => text.includes(part)))
    return words.some((set) => spacedMatch(set, term) > 0)
  })
}

/**
 * The endings by which two forms of a word may differ and still count as one (a stem and its
 * endings), folded as words are: English (temple, temples; pottery, potteries; carved, carving),
 * French (village, villages; sculpté, sculptées) and Russian case endings (храм, храма, храмов).
 * Only these: two words that merely begin alike differ by other letters (two codes, mxclvypr and
 * mxclvabc; Vietnamese syllables, thành and tháng), and are different words.
 */
const STEM_ENDINGS: ReadonlySet<string> = new Set(
  [
    ...['', 's', 'es', 'e', 'ed', 'd', 'ing', 'er', 'ers', 'y', 'ies', 'ied', 'ly', 'x'],
    ...['é', 'ée', 'és', 'ées'],
    ...['а', 'я', 'ы', 'и', 'у', 'ю', 'е', 'о', 'ь', 'й', 'ой', 'ей', 'ом', 'ем', 'ам', 'ям', 'ах', 'ях'],
    ...['ов', 'ев', 'ую', 'юю', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ий', 'ый', 'ого', 'его', 'ами', 'ями'],
  ].map(foldQuery),
)

/** The beginning two forms of a word share at least (besides half the query word's length). */
const STEM_MIN = 4

/**
 * How a word of a spaced language meets one word of a text: 3 it is that word, 2 it begins it,
 * 1 the two share a beginning of at least half the query word's length and four letters and
 * differ only by endings of STEM_ENDINGS ("temples", "temple"; "potteries", "pottery"; not
 * "mxbfrkk4" and "mxbfqemp", nor "thanh" and "thang", which only begin alike), 0 not at all.
 * Whatever the level, the two words begin with the query word's first three letters (or all of
 * it, when shorter): the sharded index (sharded-search.ts) relies on it.
 */
export function wordMatch(word: string, term: string): number {
  if (word === term) return 3
  if (word.startsWith(term)) return 2
  const needed = Math.min(term.length, Math.max(STEM_MIN, Math.ceil(term.length / 2)))
  let common = 0
  while (common < word.length && word[common] === term[common]) common++
  return common >= needed && STEM_ENDINGS.has(term.slice(common)) && STEM_ENDINGS.has(word.slice(common)) ? 1 : 0
}

/** How a word of a spaced language meets a text's words: the best `wordMatch` of any of them. */
function spacedMatch(words: ReadonlySet<string>, term: string): number {
  if (words.has(term)) return 3
  let best = 0
  for (const word of words) {
    const level = wordMatch(word, term)
    if (level === 2) return 2
    if (level > best) best = level
  }
  return best
}

/**
 * The compact search index of a small province (integrations/pagefind.ts `writeCompactIndex`),
 * one per language, fetched whole by the search page instead of Pagefind's code and chunks: at a
 * few hundred entries it is a few kilobytes where Pagefind's first query costs over 100 KB.
 * It holds what an entry's card shows (title, summary, kind, commune), not the whole page, and
 * the text of an inscription (its lines: characters, reading and translation), which is what
 * people search an inscription by.
 */
export interface CompactIndex {
  v: 3
  /** Kind labels in the index's language; a document's `kind` is a position here plus one (0: none). */
  kinds: string[]
  /** Commune names; a document's `commune` is a position here plus one (0: none). */
  communes: string[]
  /** Folders of the addresses (`/di-tich/`, `/en/relics/`, `/`): an address is `folders[folder] + slug + '/'`. */
  folders: string[]
  // One column per field, a value per document: columns of like values pack better than rows.
  folder: number[]
  slug: string[]
  /** 1 for a page in the index's language, 0 for an entry not translated into it (listed after, marked). */
  own: (0 | 1)[]
  kind: number[]
  commune: number[]
  title: string[]
  /** The title's language when it is not the index's (else ''). */
  titleLang: string[]
  summary: string[]
  summaryLang: string[]
  /** Searched, not shown: an inscription's lines ('' for other documents). */
  text: string[]
}

/**
 * One document of the compact index: its address; whether it is a page in the index's language
 * or an entry not translated into it (found by its English, else Vietnamese, page); its kind and
 * commune; its title and summary, each with its language when that is not the index's.
 */
export interface CompactDocument {
  url: string
  own: boolean
  kind: string
  commune: string
  title: string
  titleLang: string
  summary: string
  summaryLang: string
  /** Searched, not shown: an inscription's lines as its page writes them (else ''). */
  text: string
}

/** The compact index of one language's documents, kinds, communes and folders written once each. */
export function compactIndex(documents: readonly CompactDocument[]): CompactIndex {
  const table = (values: string[]) => [...new Set(values.filter(Boolean))]
  const kinds = table(documents.map((d) => d.kind))
  const communes = table(documents.map((d) => d.commune))
  const split = documents.map((d) => /^(.*\/)([^/]+)\/$/.exec(d.url) ?? ['', d.url, ''])
  const folders = table(split.map(([, folder = '']) => folder))
  const position = (list: string[], value: string) => (value ? list.indexOf(value) + 1 : 0)
  return {
    v: 3,
    kinds,
    communes,
    folders,
    folder: split.map(([, folder = '']) => folders.indexOf(folder)),
    slug: split.map(([, , slug = '']) => slug),
    own: documents.map((d) => (d.own ? 1 : 0)),
    kind: documents.map((d) => position(kinds, d.kind)),
    commune: documents.map((d) => position(communes, d.commune)),
    title: documents.map((d) => d.title),
    titleLang: documents.map((d) => d.titleLang),
    summary: documents.map((d) => d.summary),
    summaryLang: documents.map((d) => d.summaryLang),
    text: documents.map((d) => d.text),
  }
}

/** The document at `at` of a compact index. */
export function compactDocumentAt(index: CompactIndex, at: number): CompactDocument {
  const slug = index.slug[at] ?? ''
  return {
    url: `${index.folders[index.folder[at] ?? -1] ?? ''}${slug}${slug ? '/' : ''}`,
    own: index.own[at] === 1,
    kind: index.kinds[(index.kind[at] ?? 0) - 1] ?? '',
    commune: index.communes[(index.commune[at] ?? 0) - 1] ?? '',
    title: index.title[at] ?? '',
    titleLang: index.titleLang[at] ?? '',
    summary: index.summary[at] ?? '',
    summaryLang: index.summaryLang[at] ?? '',
    text: index.text?.[at] ?? '',
  }
}

/** A document as the search page shows it: the shape of Pagefind's result data. */
export interface CompactResult {
  url: string
  /** The searched text, folded. */
  content: string
  meta: ResultMeta
}

/** Weight of a word found in the title against one found in the rest (Pagefind weighs `<h1>` 7). */
export const TITLE_WEIGHT = 7

/** What a compact document is searched by, folded: its title, and the rest. */
export function compactFields(doc: CompactDocument) {
  const rest = [doc.kind, doc.commune, doc.summary, doc.text].join(' ')
  const text = { title: foldQuery(doc.title), rest: foldQuery(rest) }
  return { text, words: { title: foldedWords(doc.title), rest: foldedWords(rest) } }
}

/**
 * Searches a compact index as Pagefind searches its own, for the search page's script: every
 * word of the query must be found (with or without diacritics, at the beginning of a word, or
 * inside a run of Chinese, Japanese or Korean); a word found in the title counts more, a whole
 * word more than a beginning; equal scores keep the index's order. `own` picks the pages in the
 * index's language (true) or the entries not translated into it (false).
 */
export function searchCompact(index: CompactIndex, query: string, own: boolean): CompactResult[] {
  const terms = queryWords(query)
  if (terms.length === 0) return []
  const found: { result: CompactResult; score: number; at: number }[] = []
  for (let at = 0; at < index.title.length; at++) {
    if ((index.own[at] === 1) !== own) continue
    const doc = compactDocumentAt(index, at)
    const { text, words } = compactFields(doc)
    let score = 0
    for (const term of terms) {
      const inside = INSIDE_WORDS.test(term)
      const parts = inside ? unspacedWords(term) : []
      const match = (field: 'title' | 'rest') =>
        inside ? (parts.every((part) => text[field].includes(part)) ? 2 : 0) : spacedMatch(words[field], term)
      const best = Math.max(TITLE_WEIGHT * match('title'), match('rest'))
      score = best === 0 ? -1 : score + best
      if (score < 0) break
    }
    if (score < 0) continue
    found.push({ result: compactResult(doc), score, at })
  }
  return found.sort((a, b) => b.score - a.score || a.at - b.at).map((f) => f.result)
}

/** A compact document as a search result. */
export function compactResult(doc: CompactDocument): CompactResult {
  const { text } = compactFields(doc)
  const meta: ResultMeta = {
    url: doc.url,
    title: doc.title,
    titleLang: doc.titleLang,
    kind: doc.kind,
    text: doc.summaryLang ? '' : doc.summary,
    other: doc.summaryLang ? doc.summary : '',
    otherLang: doc.summaryLang,
  }
  return { url: doc.url, content: `${text.title} ${text.rest}`, meta }
}

/** Below this many results in the page's language, the other language's results are offered. */
export const FEW_RESULTS = 3

/**
 * Whether to offer the other language's results: the page's language found few, and the other
 * more (an English word on the Vietnamese site, a Vietnamese name on the English one).
 */
export const offerOtherLanguage = (own: number, other: number): boolean => own < FEW_RESULTS && other > own

/** A search result's metadata, as integrations/pagefind.ts writes it. */
export interface ResultMeta {
  /** The page's address when it is not Pagefind's (an entry not translated into the index's language). */
  url?: string | undefined
  title?: string | undefined
  /** Set when the title is in another language than the page's (not translated yet). */
  titleLang?: string | undefined
  kind?: string | undefined
  /** The page's text in its own language. */
  text?: string | undefined
  /** Its text in another language (not translated yet), and which. */
  other?: string | undefined
  otherLang?: string | undefined
}

export interface Snippet {
  segments: Segment[]
  /** Set when the passage is in another language than the page's: it is labelled as such. */
  lang?: string
}

/**
 * The passage shown under a result: from the text in the page's language, unless only the
 * untranslated text holds the query's words (or there is no text in the page's language), and
 * then visibly marked as in the other language.
 */
export function snippet(meta: ResultMeta, query: string): Snippet | undefined {
  const matches = (segments: Segment[]) => segments.filter((s) => s.match).length
  const own = meta.text ? excerpt(meta.text, query) : undefined
  const other = meta.other ? excerpt(meta.other, query) : undefined
  if (own && (!other || matches(own) > 0 || matches(other) === 0)) return { segments: own }
  if (other) return { segments: other, lang: meta.otherLang }
  return undefined
}

export interface Segment {
  text: string
  /** A word the query matched: shown highlighted. */
  match?: true
}

/**
 * A short passage of `text` where most of the query's words meet, split into plain and matched
 * segments. Matching is on folded text, so "dinh" highlights "Đình" in the original.
 */
export function excerpt(text: string, query: string, words = 28): Segment[] {
  const terms = queryWords(query)
  // Fold one character at a time to keep a map from folded positions back to the original.
  let folded = ''
  const origin: number[] = []
  for (let i = 0; i < text.length; ) {
    const char = String.fromCodePoint(text.codePointAt(i) ?? 0)
    for (const f of foldVietnamese(char).toLowerCase()) {
      folded += f
      origin.push(i)
    }
    i += char.length
  }
  origin.push(text.length)

  const matches: { start: number; end: number; term: string; word: number }[] = []
  const units = textUnits(text)
  const wordStarts = units.map((u) => u.start)
  for (const term of terms) {
    // Chinese, Japanese and Korean words are found inside longer runs (扶董祠, 푸동사당), as the index finds them.
    const anywhere = INSIDE_WORDS.test(term)
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      const atWordStart = anywhere || at === 0 || !/[\p{L}\p{N}]/u.test(folded[at - 1] ?? '')
      const start = origin[at] ?? 0
      if (atWordStart) {
        const word = wordStarts.findLastIndex((s) => s <= start)
        matches.push({ start, end: origin[at + term.length] ?? text.length, term, word })
      }
    }
  }
  matches.sort((a, b) => a.start - b.start)

  // The passage that holds the most different query words, the earliest of equals; its length is
  // counted in units, a Chinese or Japanese character being half a word.
  const windowEnd = (first: number) => {
    let weight = 0
    let i = first
    while (i < units.length && weight + (units[i]?.weight ?? 1) <= words) weight += units[i++]?.weight ?? 1
    return i
  }
  const lead = Math.floor(words / 4)
  const windowStart = (word: number) => {
    let weight = 0
    let i = word
    while (i > 0 && weight + (units[i - 1]?.weight ?? 1) <= lead) weight += units[--i]?.weight ?? 1
    return i
  }
  let best = { word: 0, terms: 0 }
  for (const m of matches) {
    const last = windowEnd(windowStart(m.word))
    const inWindow = new Set(matches.filter((n) => n.word >= m.word && n.word < last).map((n) => n.term))
    if (inWindow.size > best.terms) best = { word: m.word, terms: inWindow.size }
  }
  const fromWord = best.terms > 0 ? windowStart(best.word) : 0
  const from = wordStarts[fromWord] ?? 0
  const to = wordStarts[windowEnd(fromWord)] ?? text.length
  const passage = text.slice(from, to).trimEnd()
  const end = from + passage.length

  const segments: Segment[] = []
  let cursor = from
  for (const m of matches) {
    if (m.start < cursor || m.end > end) continue
    if (m.start > cursor) segments.push({ text: text.slice(cursor, m.start) })
    segments.push({ text: text.slice(m.start, m.end), match: true })
    cursor = m.end
  }
  if (cursor < end) segments.push({ text: text.slice(cursor, end) })
  if (from > 0) segments.unshift({ text: `…${UNSPACED.test(text[from] ?? '') ? '' : ' '}` })
  if (end < text.length) segments.push({ text: `${UNSPACED.test(text[end - 1] ?? '') ? '' : ' '}…` })
  return segments
}
