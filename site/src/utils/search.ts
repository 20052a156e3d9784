/**
 * Diacritic-insensitive search, shared by the index build (integrations/pagefind.ts) and the
 * search page's script: both fold text with the domain's `foldVietnamese`, so a query typed
 * with or without diacritics meets the same folded words.
 */
import { foldVietnamese } from '@heritage/cms/domain'

/** The query as the index holds words: folded, lower case, single spaces. */
export const foldQuery = (query: string): string => foldVietnamese(query).toLowerCase().replace(/\s+/g, ' ').trim()

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }
const INLINE = /^(?:a|abbr|b|bdi|bdo|cite|code|data|em|i|mark|q|s|small|span|strong|sub|sup|time|u)$/i

/** The readable text of an HTML fragment as the built pages write it (no parser needed for that). */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|template|noscript|svg)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\/?([a-z][a-z0-9-]*)\b[^>]*>/gi, (_, tag: string) => (INLINE.test(tag) ? '' : ' '))
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1))
        return Number.isFinite(code) ? String.fromCodePoint(code) : entity
      }
      return ENTITIES[name.toLowerCase()] ?? entity
    })
    .replace(/\s+/g, ' ')
    .trim()
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
  const terms = foldQuery(query.replace(/["“”]/g, ' '))
    .split(' ')
    .filter((t) => t && !t.startsWith('-'))
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
  const wordStarts = [...text.matchAll(/\S+/g)].map((m) => m.index)
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      const atWordStart = at === 0 || !/[\p{L}\p{N}]/u.test(folded[at - 1] ?? '')
      const start = origin[at] ?? 0
      if (atWordStart) {
        const word = wordStarts.findLastIndex((s) => s <= start)
        matches.push({ start, end: origin[at + term.length] ?? text.length, term, word })
      }
    }
  }
  matches.sort((a, b) => a.start - b.start)

  // The passage that holds the most different query words, the earliest of equals.
  const lead = Math.floor(words / 4)
  let best = { word: 0, terms: 0 }
  for (const m of matches) {
    const inWindow = new Set(
      matches.filter((n) => n.word >= m.word && n.word < m.word + words - lead).map((n) => n.term),
    )
    if (inWindow.size > best.terms) best = { word: m.word, terms: inWindow.size }
  }
  const fromWord = Math.max(0, best.word - lead)
  const from = wordStarts[fromWord] ?? 0
  const to = wordStarts[fromWord + words] ?? text.length
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
  if (from > 0) segments.unshift({ text: '… ' })
  if (end < text.length) segments.push({ text: ' …' })
  return segments
}
