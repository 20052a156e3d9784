import type { Bilingual } from '../fields/message'
import { isRecord } from '../shared/guards'
import { type CodeKind, formatCoded, joinTexts, type PairedKind, type Token } from './coded'

/**
 * A rich-text body (Lexical editor state) as translation units: one per block that holds text
 * (paragraph, heading, quote, list item), named by its position in the Vietnamese tree (`3`, the
 * third block; `4-2`, the second item of the fourth block's list), its text as coded text
 * (./coded.ts). Uploads, relationships and horizontal rules hold no text and are no units. A
 * translation is written back by rebuilding the target locale's body from the Vietnamese one,
 * block by block: the Vietnamese node types, list kinds, heading levels, link addresses and
 * embedded uploads, with each block's translated text.
 */

type Node = Record<string, unknown>

const children = (node: unknown): Node[] =>
  isRecord(node) && Array.isArray(node.children) ? node.children.filter(isRecord) : []

const TEXT_BLOCKS = ['paragraph', 'heading', 'quote', 'listitem']
const isTextBlock = (node: Node): boolean =>
  TEXT_BLOCKS.includes(String(node.type)) && !children(node).some((c) => c.type === 'list')

/** Lexical's text format bits, by code. */
const FORMAT: Record<Exclude<PairedKind, 'link'>, number> = {
  b: 1,
  i: 2,
  s: 4,
  u: 8,
  code: 16,
  sub: 32,
  sup: 64,
}
const MARKS = Object.keys(FORMAT).filter((k): k is keyof typeof FORMAT => k in FORMAT)
const marksOf = (node: Node): (keyof typeof FORMAT)[] => {
  const format = typeof node.format === 'number' ? node.format : 0
  return MARKS.filter((mark) => format & FORMAT[mark])
}
const isLink = (node: Node): boolean => node.type === 'link' || node.type === 'autolink'
const linkUrl = (node: Node): string => {
  const fields = isRecord(node.fields) ? node.fields : {}
  return String(fields.url ?? node.url ?? '')
}

/**
 * Gives codes their ids. The Vietnamese numbers its codes in order (`b1`, `link2`…); a translation
 * reuses the id of the Vietnamese code of the same kind (a link: to the same address) not used yet,
 * so that a stored translation reads back with the ids its Vietnamese has.
 */
interface Numbering {
  id(kind: CodeKind, node?: Node): string
}

const freshNumbering = (): Numbering => {
  let next = 0
  return { id: (kind) => `${kind}${++next}` }
}

/** Numbering that follows a source block's codes (a target block read against it). */
function matchingNumbering(source: readonly Token[], held: Map<string, Node>): Numbering {
  const free = source.flatMap((t) => (t.type === 'open' || t.type === 'ph' ? [{ id: t.id, kind: t.kind }] : []))
  let next = free.length
  return {
    id(kind, node) {
      const url = node && isLink(node) ? linkUrl(node) : undefined
      const same = (f: { id: string; kind: CodeKind }) => {
        const there = held.get(f.id)
        return f.kind === kind && (url === undefined || (there !== undefined && linkUrl(there) === url))
      }
      const at = free.findIndex(same)
      const any = at >= 0 ? at : free.findIndex((f) => f.kind === kind)
      const [found] = any >= 0 ? free.splice(any, 1) : []
      return found ? found.id : `${kind}${++next}`
    },
  }
}

/** A block's inline nodes as tokens, with each code's node (for links and other inline nodes). */
function inlineTokens(nodes: Node[], numbering: Numbering, out: Token[], held: Map<string, Node>): void {
  const open: { mark: keyof typeof FORMAT; id: string }[] = []
  const closeTo = (depth: number) => {
    while (open.length > depth) out.push({ type: 'close', id: open.pop()?.id ?? '' })
  }
  nodes.forEach((node, at) => {
    if (node.type !== 'text') {
      closeTo(0)
      if (isLink(node)) {
        const id = numbering.id('link', node)
        held.set(id, node)
        out.push({ type: 'open', kind: 'link', id })
        inlineTokens(children(node), numbering, out, held)
        out.push({ type: 'close', id })
      } else {
        const kind = node.type === 'linebreak' ? 'br' : node.type === 'tab' ? 'tab' : 'obj'
        const id = numbering.id(kind)
        held.set(id, node)
        out.push({ type: 'ph', kind, id })
      }
      return
    }
    const marks = marksOf(node)
    const keep = open.findIndex((o) => !marks.includes(o.mark))
    closeTo(keep < 0 ? open.length : keep)
    // Marks that last longer open first, so that they enclose the shorter ones.
    const lasting = (mark: keyof typeof FORMAT) => {
      let n = 0
      for (const next of nodes.slice(at)) {
        if (next.type !== 'text' || !marksOf(next).includes(mark)) break
        n++
      }
      return n
    }
    const missing = marks.filter((m) => !open.some((o) => o.mark === m)).sort((a, b) => lasting(b) - lasting(a))
    for (const mark of missing) {
      const id = numbering.id(mark)
      open.push({ mark, id })
      out.push({ type: 'open', kind: mark, id })
    }
    out.push({ type: 'text', text: String(node.text ?? '') })
  })
  closeTo(0)
}

/** One text block of a body. */
export interface BodyBlock {
  /** Its position path, `3` or `4-2`. */
  key: string
  label: Bilingual
  /** The Vietnamese text, coded. */
  source: string
  tokens: Token[]
  /** The Vietnamese block's links and other inline nodes, by code id. */
  held: Map<string, Node>
  /** The target's text at the same position, coded with the Vietnamese ids ('' when none). */
  target: string
  /** The addresses of the block's links, by code id (shown to translators, never translated). */
  links: Record<string, string>
}

const BLOCK_NAMES: Record<string, Bilingual> = {
  paragraph: { vi: 'đoạn văn', en: 'paragraph' },
  heading: { vi: 'tiêu đề', en: 'heading' },
  quote: { vi: 'trích dẫn', en: 'quote' },
  listitem: { vi: 'mục danh sách', en: 'list item' },
}

/** The text blocks of a tree with their position paths. */
function textBlocks(root: unknown): { key: string; node: Node }[] {
  const found: { key: string; node: Node }[] = []
  const walk = (node: unknown, path: number[]) =>
    children(node).forEach((child, at) => {
      const here = [...path, at + 1]
      if (isTextBlock(child)) found.push({ key: here.join('-'), node: child })
      else walk(child, here)
    })
  walk(isRecord(root) ? root.root : null, [])
  return found
}

const hasText = (tokens: readonly Token[]): boolean => tokens.some((t) => t.type === 'text' && t.text.trim() !== '')

/** A block's text as tokens, numbered fresh or against a source block's. */
export function blockTokens(node: Node, numbering: Numbering = freshNumbering()) {
  const tokens: Token[] = []
  const held = new Map<string, Node>()
  inlineTokens(children(node), numbering, tokens, held)
  return { tokens: joinTexts(tokens), held }
}

/** The blocks of a Vietnamese body that hold text, with the target body's text at each position. */
export function bodyBlocks(source: unknown, target: unknown): BodyBlock[] {
  const targets = new Map(textBlocks(target).map((b) => [b.key, b.node]))
  const blocks: BodyBlock[] = []
  for (const { key, node } of textBlocks(source)) {
    const { tokens, held } = blockTokens(node)
    if (!hasText(tokens)) continue
    const name = BLOCK_NAMES[String(node.type)] ?? { vi: 'khối', en: 'block' }
    const number = key.replace(/-/g, '.')
    const there = targets.get(key)
    const translated = there ? blockTokens(there, matchingNumbering(tokens, held)).tokens : []
    blocks.push({
      key,
      label: { vi: `${name.vi} ${number}`, en: `${name.en} ${number}` },
      source: formatCoded(tokens),
      tokens,
      held,
      target: hasText(translated) ? formatCoded(translated) : '',
      links: Object.fromEntries([...held].filter(([, n]) => isLink(n)).map(([id, n]) => [id, linkUrl(n)])),
    })
  }
  return blocks
}

/** The coded text of every text block of a body, by position (a body a save sends). */
export function bodyTexts(body: unknown): Map<string, string> {
  return new Map(textBlocks(body).map(({ key, node }) => [key, formatCoded(blockTokens(node).tokens)]))
}

const clone = <T>(value: T): T => structuredClone(value)

/** Lexical inline nodes from checked target tokens and the Vietnamese block's nodes. */
function inlineNodes(tokens: readonly Token[], held: Map<string, Node>): Node[] {
  const frames: { node?: Node; children: Node[] }[] = [{ children: [] }]
  const marks: { id: string; bit: number }[] = []
  for (const token of tokens) {
    const frame = frames.at(-1) ?? { children: [] }
    if (token.type === 'text') {
      const format = marks.reduce((bits, m) => bits | m.bit, 0)
      const last = frame.children.at(-1)
      if (last?.type === 'text' && last.format === format) last.text = `${String(last.text)}${token.text}`
      else
        frame.children.push({
          type: 'text',
          text: token.text,
          format,
          detail: 0,
          mode: 'normal',
          style: '',
          version: 1,
        })
    } else if (token.type === 'ph') {
      const node = held.get(token.id)
      frame.children.push(node ? clone(node) : { type: 'linebreak', version: 1 })
    } else if (token.type === 'open') {
      if (token.kind === 'link') frames.push({ node: clone(held.get(token.id) ?? { type: 'link' }), children: [] })
      else marks.push({ id: token.id, bit: FORMAT[token.kind] })
    } else if (marks.at(-1)?.id === token.id) {
      marks.pop()
    } else if (frames.length > 1) {
      frames.pop()
      frames.at(-1)?.children.push({ ...frame.node, children: frame.children })
    }
  }
  return frames[0]?.children ?? []
}

/**
 * What rebuilding a target body with the blocks `translated` (positions) would lose: whether a
 * Vietnamese block would stay empty while a stored translated block is dropped (it is not at the
 * position of a Vietnamese text block: the Vietnamese gained or lost blocks since).
 */
export function rebuildLoses(source: unknown, target: unknown, translated: ReadonlySet<string>): boolean {
  const worded = (tree: unknown) => textBlocks(tree).filter((b) => hasText(blockTokens(b.node).tokens))
  const positions = new Set(textBlocks(source).map((b) => b.key))
  const kept = worded(target).map((b) => b.key)
  const empty = worded(source).some((b) => !translated.has(b.key) && !kept.includes(b.key))
  return empty && kept.some((key) => !positions.has(key))
}

/**
 * The target body rebuilt on the Vietnamese one: each text block gets the given translation (checked
 * tokens, by position), else the target's text already at that position, else stays empty (a block
 * without words, such as a lone line break, keeps the Vietnamese).
 */
export function rebuildBody(source: unknown, target: unknown, translations: Map<string, Token[]>): unknown {
  const rebuilt = clone(source)
  const targets = new Map(textBlocks(target).map((b) => [b.key, b.node]))
  for (const { key, node } of textBlocks(rebuilt)) {
    const { tokens, held } = blockTokens(node)
    const given = translations.get(key)
    const there = targets.get(key)
    if (given) node.children = inlineNodes(given, held)
    else if (there && hasText(blockTokens(there).tokens)) node.children = clone(children(there))
    else if (hasText(tokens)) node.children = []
  }
  return rebuilt
}
