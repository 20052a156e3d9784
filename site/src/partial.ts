/**
 * Partial builds. When one entry changes in a large province, the publisher (tools/publish.ts)
 * re-renders only the pages that show it, and keeps the other entry pages of the live build.
 * Two environment variables carry that between the publisher and Astro:
 *
 *   SITE_RENDER_ONLY  a JSON file with the keys (`kind:id`) of the entries whose pages to render;
 *                     the pages that are not about one entry (home, lists, map, search, festival
 *                     calendar, open data, 404) are always rendered, since they show many entries.
 *   SITE_PAGE_INDEX   where to write the pages rendered, `{ "<path>": "<key>" | null }`, so that
 *                     the next publish knows which files belong to which entry.
 *
 * Neither is set by a plain `astro build`: every page is rendered and no index is written.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import type { Page } from './routing'

/** The entry a page is about, or null for pages that list or summarise many entries. */
export function pageKey(page: Page): string | null {
  const view = page.view
  if (view.type === 'entry') return `${view.entry.kind}:${view.entry.id}`
  if (view.type === 'batch') return `batches:${view.batch.id}`
  return null
}

/** The pages this build renders: all of them, or the partial set the publisher asked for. */
export function pagesToRender(pages: Page[], env: NodeJS.ProcessEnv = process.env): Page[] {
  const only = env.SITE_RENDER_ONLY
  const chosen = only
    ? (() => {
        const keys = new Set(JSON.parse(readFileSync(only, 'utf8')) as string[])
        return pages.filter((page) => {
          const key = pageKey(page)
          return key === null || keys.has(key)
        })
      })()
    : pages
  if (env.SITE_PAGE_INDEX) {
    const index = Object.fromEntries(chosen.map((page) => [page.path, pageKey(page)]))
    writeFileSync(env.SITE_PAGE_INDEX, JSON.stringify(index))
  }
  return chosen
}
