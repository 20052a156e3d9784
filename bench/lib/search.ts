/**
 * Search at scale: how big the search index is on disk (the compact index of a small province, the
 * sharded one of a large province or Pagefind's, all under /pagefind/), and what a visitor
 * downloads for one query, measured in a
 * real Chromium on the served site. Baseline from the same build: a single
 * JSON index of every entry's title and summary, the simplest client-side search there is, which
 * every visitor would download whole before seeing a result.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { SEARCH_DIR } from '../../site/src/utils/index-names.ts'
import { chromiumPath, HEADLESS_FLAGS } from '../../site/tools/chromium.ts'
import { folderSize } from './tree.ts'

export interface SearchFigures {
  /** Each file of the index fetched for the query: its path and bytes on the wire. */
  files: { path: string; bytes: number }[]
  indexFiles: number
  indexBytes: number
  query: string
  results: number
  requests: number
  /** Bytes on the wire (compressed as the server sent them) for the query, page excluded. */
  fetchedBytes: number
  baselineGzipBytes: number
}

/** The naive index: `[{ t, s, u }]` for every entry in the snapshot, gzip-compressed. */
function naiveIndexBytes(snapshot: string): number {
  const manifest = JSON.parse(readFileSync(path.join(snapshot, 'manifest.json'), 'utf8')) as {
    entries: { kind: string; file: string }[]
  }
  const rows = manifest.entries
    .filter((e) => e.kind !== 'batches')
    .map((e) => {
      const doc = JSON.parse(readFileSync(path.join(snapshot, e.file), 'utf8')) as {
        slug: string
        title: Record<string, string>
        summary?: Record<string, string>
      }
      return { t: doc.title, s: doc.summary, u: doc.slug }
    })
  return gzipSync(JSON.stringify(rows)).length
}

/** The Vietnamese search page's path (site/src/routing.ts STATIC_PAGES, which Node cannot load here). */
export const VIETNAMESE_SEARCH = '/tim-kiem/'

/**
 * The path of the search page in `htmlLang`, as the build's Vietnamese search page links it
 * (its hreflang alternates); undefined when the build has no such page.
 */
export function searchPageIn(buildDir: string, htmlLang: string): string | undefined {
  const html = readFileSync(path.join(buildDir, VIETNAMESE_SEARCH, 'index.html'), 'utf8')
  for (const [link] of html.matchAll(/<link [^>]*rel="alternate"[^>]*>/g)) {
    const href = /href="([^"]+)"/.exec(link)?.[1]
    if (href && link.includes(`hreflang="${htmlLang}"`)) return new URL(href).pathname
  }
  return undefined
}

export async function benchSearch(options: {
  siteUrl: string
  buildDir: string
  snapshot: string
  query: string
  /** The search page's path (Vietnamese's unless given). */
  page?: string
}): Promise<SearchFigures> {
  const index = folderSize(path.join(options.buildDir, SEARCH_DIR))
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...HEADLESS_FLAGS],
  })
  try {
    const page = await browser.newPage()
    // Pagefind fetches from a worker as well as the page: Playwright's response events see both.
    // Sizes are as transferred: compressed body plus headers.
    const fetched: Promise<{ url: string; bytes: number }>[] = []
    page.on('response', (response) => {
      fetched.push(
        response
          .request()
          .sizes()
          .then((sizes) => ({ url: response.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize }))
          .catch(() => ({ url: response.url(), bytes: 0 })),
      )
    })
    const address = `${options.siteUrl}${options.page ?? VIETNAMESE_SEARCH}?q=${encodeURIComponent(options.query)}`
    await page.goto(address, { waitUntil: 'load' })
    await page.waitForFunction(
      () => (document.querySelector('[data-search-status]')?.textContent ?? '').trim() !== '',
      undefined,
      { timeout: 60_000 },
    )
    await page.waitForLoadState('networkidle')
    const results = await page.locator('[data-search-results] > li').count()
    const search = (await Promise.all(fetched)).filter((r) => new URL(r.url).pathname.startsWith(`/${SEARCH_DIR}/`))
    return {
      files: search.map((r) => ({ path: new URL(r.url).pathname, bytes: r.bytes })),
      indexFiles: index.files,
      indexBytes: index.bytes,
      query: options.query,
      results,
      requests: search.length,
      fetchedBytes: search.reduce((sum, r) => sum + r.bytes, 0),
      baselineGzipBytes: naiveIndexBytes(options.snapshot),
    }
  } finally {
    await browser.close()
  }
}
