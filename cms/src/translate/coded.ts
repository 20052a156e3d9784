import type { Bilingual } from '../fields/message'

/**
 * Coded text: the text of one rich-text block with its inline codes, as translators see it in a
 * spreadsheet and as the exchange compares it. A code is a kind and a number unique in its block,
 * numbered in the Vietnamese block's order:
 *
 * - paired codes (`[b1]đậm[/b1]`): b bold, i italic, u underline, s strikethrough, code inline
 *   code, sub, sup, link (the link's address stays in the Vietnamese entry, never in the text);
 * - placeholders (`[br2]`): br a line break, tab a tab, obj anything else inline the editor holds.
 *
 * A literal `[` is written `[[` where it could be misread: before another `[`, at the end of a
 * text, or before something shaped like a code. XLIFF carries the same codes as `<pc id="b1">` and
 * `<ph id="br2"/>`, so both files check against the Vietnamese in the same way.
 */

export const PAIRED = ['b', 'i', 'u', 's', 'code', 'sub', 'sup', 'link'] as const
export const PLACEHOLDERS = ['br', 'tab', 'obj'] as const
export type PairedKind = (typeof PAIRED)[number]
export type PlaceholderKind = (typeof PLACEHOLDERS)[number]
export type CodeKind = PairedKind | PlaceholderKind

export type Token =
  | { type: 'text'; text: string }
  | { type: 'open'; kind: PairedKind; id: string }
  | { type: 'close'; id: string }
  | { type: 'ph'; kind: PlaceholderKind; id: string }

const KINDS = [...PAIRED, ...PLACEHOLDERS].sort((a, b) => b.length - a.length).join('|')
/** A code's id: its kind and number (`b1`, `link3`). */
export const CODE_ID = new RegExp(`^(${KINDS})(\\d+)$`)
const CODE_AT = new RegExp(`^\\[(/?)(${KINDS})(\\d+)\\]`)

export const isPaired = (kind: string): kind is PairedKind => PAIRED.some((k) => k === kind)
export const isPlaceholder = (kind: string): kind is PlaceholderKind => PLACEHOLDERS.some((k) => k === kind)

/** The opening or placeholder token a code id names (`b1`, `br2`), or null when it names none of that type. */
export function codeToken(id: string, type: 'open' | 'ph'): Token | null {
  const kind = CODE_ID.exec(id)?.[1] ?? ''
  if (type === 'ph') return isPlaceholder(kind) ? { type, kind, id } : null
  return isPaired(kind) ? { type, kind, id } : null
}

function escapeText(text: string): string {
  let out = ''
  for (let at = 0; at < text.length; at++) {
    const c = text.charAt(at)
    const misread = at + 1 === text.length || text.charAt(at + 1) === '[' || CODE_AT.test(text.slice(at))
    out += c === '[' && misread ? '[[' : c
  }
  return out
}

const codeText = (token: Token): string =>
  token.type === 'text' ? escapeText(token.text) : token.type === 'close' ? `[/${token.id}]` : `[${token.id}]`

/** Tokens as coded text. */
export const formatCoded = (tokens: readonly Token[]): string => tokens.map(codeText).join('')

/** Coded text as tokens (adjacent texts joined). Anything not shaped like a code is text. */
export function parseCoded(text: string): Token[] {
  const tokens: Token[] = []
  let plain = ''
  const flush = () => {
    if (plain) tokens.push({ type: 'text', text: plain })
    plain = ''
  }
  let at = 0
  while (at < text.length) {
    if (text.startsWith('[[', at)) {
      plain += '['
      at += 2
      continue
    }
    const [whole, slash, kind = '', number] = CODE_AT.exec(text.slice(at)) ?? []
    if (whole) {
      flush()
      const id = `${kind}${number}`
      tokens.push(
        slash ? { type: 'close', id } : (codeToken(id, isPaired(kind) ? 'open' : 'ph') ?? { type: 'close', id }),
      )
      at += whole.length
    } else {
      plain += text.charAt(at)
      at += 1
    }
  }
  flush()
  return tokens
}

/** Joins adjacent texts, drops empty ones. */
export function joinTexts(tokens: readonly Token[]): Token[] {
  const out: Token[] = []
  for (const token of tokens) {
    const last = out.at(-1)
    if (token.type !== 'text') out.push(token)
    else if (last?.type === 'text') out[out.length - 1] = { type: 'text', text: last.text + token.text }
    else if (token.text) out.push(token)
  }
  return out
}

const show = (token: Token): string => (token.type === 'text' ? token.text : codeText(token))

/**
 * What is wrong with a translation's codes against its Vietnamese source's, or null when they
 * match: each code of the source exactly once, none other, pairs opened and closed in order.
 */
export function checkCodes(source: readonly Token[], target: readonly Token[]): Bilingual | null {
  const codes = new Map<string, Token>()
  for (const token of source) if (token.type !== 'text' && token.type !== 'close') codes.set(token.id, token)
  const problems: Bilingual[] = []
  const used = new Set<string>()
  const open: string[] = []
  for (const token of target) {
    if (token.type === 'text') continue
    const known = codes.get(token.id)
    if (token.type === 'close') {
      const top = open.pop()
      if (top === token.id) continue
      if (top !== undefined) open.push(top)
      problems.push({
        vi: `${show(token)} không đóng thẻ đang mở${top ? ` (${`[${top}]`})` : ''}`,
        en: `${show(token)} does not close the open code${top ? ` (${`[${top}]`})` : ''}`,
      })
      continue
    }
    if (!known || known.type !== token.type) {
      problems.push({
        vi: `${show(token)} không có trong bản tiếng Việt`,
        en: `${show(token)} is not in the Vietnamese`,
      })
    } else if (used.has(token.id)) {
      problems.push({ vi: `${show(token)} xuất hiện hai lần`, en: `${show(token)} appears twice` })
    }
    used.add(token.id)
    if (token.type === 'open') open.push(token.id)
  }
  for (const id of open)
    problems.push({ vi: `[${id}] chưa được đóng bằng [/${id}]`, en: `[${id}] is not closed by [/${id}]` })
  for (const [id, token] of codes) {
    if (!used.has(id)) problems.push({ vi: `thiếu ${show(token)}`, en: `${show(token)} is missing` })
  }
  if (!problems.length) return null
  return { vi: problems.map((p) => p.vi).join('; '), en: problems.map((p) => p.en).join('; ') }
}
