import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { foldVietnamese } from '@heritage/contract'
import type { AstroIntegration } from 'astro'
import * as pagefind from 'pagefind'
import { LOCALES, type Locale, localePrefix } from '../src/i18n/locales.ts'
import { KIND_LABEL, KIND_SEGMENT, PAGE_KINDS, PAGE_SEGMENT, STATIC_PAGES } from '../src/routing.ts'
import { htmlToText, textByLanguage } from '../src/utils/search.ts'

/**
 * Whether a page belongs in the search results and, if so, its language and the kind shown
 * above its title (none for the static pages). Entry pages, the festival calendar and the
 * open-data page are what people look for by name; the home, list, map and search pages only
 * repeat entry titles and would crowd the results; batch pages are reached from their label.
 */
function searchablePage(url: string): { locale: Locale; kind: string } | undefined {
  const locale: Locale = url.startsWith(localePrefix('en')) ? 'en' : 'vi'
  for (const kind of PAGE_KINDS) {
    const list = `${localePrefix(locale)}${KIND_SEGMENT[kind][locale]}/`
    if (url.startsWith(list) && /^[a-z0-9-]+\/$/.test(url.slice(list.length))) {
      return { locale, kind: KIND_LABEL[kind][locale].one }
    }
  }
  for (const page of ['festivals', 'openData'] as const) {
    if (url === `${localePrefix(locale)}${STATIC_PAGES[page][locale]}`) return { locale, kind: '' }
  }
  return undefined
}

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/**
 * The document Pagefind indexes for one built page. Its words are folded ("Đình" → "Dinh"), and
 * the search page folds the query the same way, so "dinh", "đình" and "Đình" all find it.
 * Pagefind ignores tone marks by itself, but `đ` has no Unicode decomposition and stays apart
 * from `d`. What people see (title, text for the excerpt) travels unfolded in the metadata.
 */
export function indexDocument(html: string, kind: string): string | undefined {
  const main = /<main\b([^>]*)>([\s\S]*?)<\/main>/.exec(html)
  // Base.astro marks only canonical pages as searchable: QR and GS1 aliases stay out.
  if (!main?.[1]?.includes('data-pagefind-body') || main[2] === undefined) return undefined
  const inner = main[2]
  const lang = /<html\b[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? 'vi'
  const heading = /<h1\b([^>]*)>([\s\S]*?)<\/h1>/.exec(inner)
  const title = htmlToText(heading?.[2] ?? /<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '')
  const titleLang = /(?:^|\s)lang="([^"]+)"/.exec(heading?.[1] ?? '')?.[1]
  // The excerpt is cut from the text in the page's language; an entry not translated yet shows
  // its text in the language of record, which travels apart and is labelled on the search page.
  const text = textByLanguage(heading ? inner.slice((heading.index ?? 0) + heading[0].length) : inner, lang)
  const folded = foldVietnamese(inner.replace(/\sdata-pagefind-meta="[^"]*"/g, ''))
  const meta = {
    title,
    titleLang: titleLang && titleLang !== lang ? titleLang : '',
    kind,
    text: text.own,
    other: text.other,
    otherLang: text.otherLang ?? '',
  }
  const metaTags = Object.entries(meta)
    .filter(([, value]) => value)
    .map(([key, value]) => `<span data-pagefind-meta="${key}[data-value]" data-value="${attribute(value)}"></span>`)
    .join('')
  return `<!doctype html><html lang="${lang}"><body><main data-pagefind-body>${folded}${metaTags}</main></body></html>`
}

/**
 * The built pages that can be searchable: entry pages in the kinds' folders and the static pages
 * searchablePage accepts. Listing only these folders, not the whole build (52,000 pages and the
 * media at 10,000 entries), saves seconds on every index.
 */
async function htmlFiles(dir: string): Promise<string[]> {
  const files: string[] = []
  for (const locale of LOCALES) {
    for (const kind of PAGE_KINDS) {
      const folder = `${localePrefix(locale)}${KIND_SEGMENT[kind][locale]}/`
      const entries = await readdir(path.join(dir, folder), { withFileTypes: true }).catch(() => [])
      for (const entry of entries) {
        // The list's further pages (…/trang/2/) are not entries.
        if (entry.isDirectory() && entry.name !== PAGE_SEGMENT[locale]) {
          files.push(`${folder.slice(1)}${entry.name}/index.html`)
        }
      }
    }
    for (const page of ['festivals', 'openData'] as const) {
      files.push(`${localePrefix(locale)}${STATIC_PAGES[page][locale]}index.html`.slice(1))
    }
  }
  return files.sort()
}

/**
 * Writes the Pagefind index of the built pages in `outDir` to `outputPath` (default
 * `outDir/pagefind`) and says how many pages of each language it holds.
 */
export async function writeSearchIndex(
  outDir: string,
  outputPath = path.join(outDir, 'pagefind'),
): Promise<Partial<Record<Locale, number>>> {
  const counts: Partial<Record<Locale, number>> = {}
  try {
    const { index, errors } = await pagefind.createIndex()
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
    for (const file of await htmlFiles(outDir)) {
      const url = `/${path.dirname(file).split(path.sep).join('/')}/`.replace(/^\/\.\/$/, '/')
      const page = searchablePage(url)
      if (!page) continue
      const content = indexDocument(await readFile(path.join(outDir, file), 'utf8'), page.kind)
      if (!content) continue
      const added = await index.addHTMLFile({ url, content })
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`)
      counts[page.locale] = (counts[page.locale] ?? 0) + 1
    }
    const written = await index.writeFiles({ outputPath })
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
  } finally {
    await pagefind.close()
  }
  return counts
}

/**
 * Builds the Pagefind search index into the output once the pages are written. A partial build
 * (tools/publish.ts) sets SITE_SEARCH_INDEX=later: its pages go live first, with the previous
 * index, and tools/search-index.ts brings the index up to date right after.
 */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'heritage-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.SITE_SEARCH_INDEX === 'later') {
          logger.info('Search index: left for after the switch (partial build).')
          return
        }
        const counts = await writeSearchIndex(fileURLToPath(dir))
        const summary = Object.entries(counts)
          .map(([lang, n]) => `${lang}: ${n}`)
          .join(', ')
        logger.info(`Search index written to /pagefind/ (${summary} pages)`)
      },
    },
  }
}
