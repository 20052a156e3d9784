import type { Block, Inline } from '@heritage/contract'

/**
 * Lexical editor state → the snapshot's small block model. Only known, harmless node types pass:
 * paragraphs, headings, quotes, lists, text with bold/italic/underline, line breaks and http(s)
 * links. Anything else (embedded uploads, raw HTML, unknown plugins) is reduced to its text or
 * dropped, so the site never has to trust markup from the editor.
 */
interface LexicalNode {
  type?: string
  text?: string
  format?: number | string
  tag?: string
  listType?: string
  children?: LexicalNode[]
  fields?: { url?: string; linkType?: string }
  url?: string
}

const BOLD = 1
const ITALIC = 2
const UNDERLINE = 8

function safeHref(raw: unknown): string | null {
  if (typeof raw !== 'string') return null
  try {
    const url = new URL(raw.trim())
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

function inlines(nodes: LexicalNode[] | undefined): Inline[] {
  const out: Inline[] = []
  for (const node of nodes ?? []) {
    switch (node.type) {
      case 'text': {
        if (!node.text) break
        const format = typeof node.format === 'number' ? node.format : 0
        out.push({
          type: 'text',
          text: node.text,
          ...(format & BOLD ? { bold: true } : {}),
          ...(format & ITALIC ? { italic: true } : {}),
          ...(format & UNDERLINE ? { underline: true } : {}),
        })
        break
      }
      case 'linebreak':
        out.push({ type: 'break' })
        break
      case 'tab':
        out.push({ type: 'text', text: ' ' })
        break
      case 'link':
      case 'autolink': {
        const children = inlines(node.children)
        const href = safeHref(node.fields?.url ?? node.url)
        if (href && node.fields?.linkType !== 'internal') out.push({ type: 'link', href, children })
        else out.push(...children)
        break
      }
      default:
        // Unknown inline wrappers keep their text; leaf nodes without text vanish.
        out.push(...inlines(node.children))
    }
  }
  return out
}

const hasText = (items: Inline[]): boolean =>
  items.some((i) => (i.type === 'text' && i.text.trim() !== '') || (i.type === 'link' && hasText(i.children)))

function blocks(nodes: LexicalNode[] | undefined): Block[] {
  const out: Block[] = []
  for (const node of nodes ?? []) {
    switch (node.type) {
      case 'paragraph': {
        const children = inlines(node.children)
        if (hasText(children)) out.push({ type: 'paragraph', children })
        break
      }
      case 'heading': {
        // The page title is the only h1; editors' h1/h2 become h2.
        const n = Number(String(node.tag ?? 'h2').slice(1))
        const level = n <= 2 ? 2 : n === 3 ? 3 : 4
        const children = inlines(node.children)
        if (hasText(children)) out.push({ type: 'heading', level, children })
        break
      }
      case 'quote': {
        const children = inlines(node.children)
        if (hasText(children)) out.push({ type: 'quote', children })
        break
      }
      case 'list': {
        const items = (node.children ?? [])
          .filter((child) => child.type === 'listitem')
          .map((child) => inlines(child.children))
          .filter(hasText)
        if (items.length > 0) out.push({ type: 'list', ordered: node.listType === 'number', items })
        break
      }
      default:
        // Uploads, blocks, horizontal rules and unknown nodes carry nothing the site should show.
        break
    }
  }
  return out
}

/** Converts a Lexical value (or null) to blocks; undefined when there is nothing to show. */
export function lexicalToBlocks(value: { root?: LexicalNode | null } | null | undefined): Block[] | undefined {
  const root = value?.root
  if (!root) return undefined
  const result = blocks(root.children)
  return result.length > 0 ? result : undefined
}
