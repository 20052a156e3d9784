import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { gzip } from 'node:zlib'
import { fallbackChain, foldVietnamese, kindPath } from '@heritage/contract'
import type { AstroIntegration } from 'astro'
import * as pagefind from 'pagefind'
import { DEFAULT_LOCALE, HTML_LANG, LOCALES, type Locale, localePrefix } from '../src/i18n/locales.ts'
import { strings } from '../src/i18n/ui.ts'
import { KIND_LABEL, PAGE_KINDS, PAGE_SEGMENT, staticPath } from '../src/routing.ts'
import { indexKindOfPage, type SearchIndexKind } from '../src/search-strategy.ts'
import { compactIndexFile, SEARCH_DIR, SHARD_DIR, shardFile, shardManifestFile } from '../src/utils/index-names.ts'
import { type CompactDocument, compactIndex, htmlToText, textByLanguage } from '../src/utils/search.ts'
import { shardedIndex, shardManifest, shardOrder } from '../src/utils/sharded-search.ts'
import { inParallel } from '../tools/files.ts'
import { contentNamed, filesIn, INDEX_FILES } from '../tools/index-files.ts'

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/** Hangul syllables: Korean is written with spaces, but between phrases, not words. */
const HANGUL_RUN = /[\p{Script=Hangul}]{2,}/gu
const HAN = /\p{Script=Han}/gu
const HAN_RUN = /\p{Script=Han}{2,}/gu
/** How many characters of a run of Han each index-only word keeps (see `indexOnlyWords`). */
const HAN_WORD = 8

/**
 * Words added to a document for the index only, for what Pagefind's own cutting misses:
 * - Korean, which Pagefind cuts at spaces only: 사당 (shrine) is not found in 푸동사당 (Phù Đổng
 *   shrine), nor 보살 in 관음보살을. Each run of Hangul gets its endings as words (동사당, 사당,
 *   당), and Pagefind, which matches the beginnings of words, then finds any part of it;
 * - Traditional Chinese, whose segmenter keeps no single characters (鐘 alone finds nothing in
 *   銅鐘 while 钟 finds 铜钟): each Han character of the page, once;
 * - Han characters in a language Pagefind cuts at spaces (an inscription's original text on a
 *   Vietnamese, English, French, Russian or Korean page: 景興四十四年 is one word there): from
 *   each character of a run, the next few characters (HAN_WORD) as a word, so that a query of
 *   one or a few characters taken from anywhere in a line begins a word.
 */
export function indexOnlyWords(text: string, lang: string): string[] {
  const words = new Set<string>()
  for (const [run] of text.matchAll(HANGUL_RUN)) {
    const letters = [...run]
    for (let i = 1; i < letters.length; i++) words.add(letters.slice(i).join(''))
  }
  const lower = lang.toLowerCase()
  if (lower === 'zh-hant') for (const [char] of text.matchAll(HAN)) words.add(char)
  else if (!lower.startsWith('zh') && !lower.startsWith('ja')) {
    for (const [run] of text.matchAll(HAN_RUN)) {
      const chars = [...run]
      for (let i = 1; i < chars.length; i++) words.add(chars.slice(i, i + HAN_WORD).join(''))
    }
  }
  return [...words]
}

/** An entry page's name and lead paragraph (views/Entry.astro), what its card in a list shows. */
const summaryOf = (main: string): string =>
  [/<h1\b[^>]*>[\s\S]*?<\/h1>/.exec(main)?.[0], /<p class="lead"[^>]*>[\s\S]*?<\/p>/.exec(main)?.[0]]
    .filter(Boolean)
    .join('')

/** What is known of an indexed page besides its HTML. */
export interface IndexedPage {
  /** The kind shown above the title, in the index's language ('' for the static pages). */
  kind: string
  /**
   * The `lang` of the index the document goes to, when it is not the page's own: an entry not
   * translated into that language is found there by its English (else Vietnamese) text, and
   * leads to that page, marked "not translated yet".
   */
  lang?: string
  /** Its address (needed with `lang`). */
  url?: string
}

/**
 * The document Pagefind indexes for one built page. Its words are folded ("Đình" → "Dinh"), and
 * the search page folds the query the same way, so "dinh", "đình" and "Đình" all find it.
 * Pagefind ignores tone marks by itself, but `đ` has no Unicode decomposition and stays apart
 * from `d`. What people see (title, text for the excerpt) travels unfolded in the metadata.
 * The filter `t` tells the page's own language (`own`) from a page in another (`other`), which
 * the search page lists after them.
 */
export function indexDocument(html: string, { kind, lang: indexLang, url }: IndexedPage): string | undefined {
  const main = /<main\b([^>]*)>([\s\S]*?)<\/main>/.exec(html)
  // Base.astro marks only canonical pages as searchable: QR and GS1 aliases stay out.
  if (!main?.[1]?.includes('data-pagefind-body') || main[2] === undefined) return undefined
  const pageLang = /<html\b[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? 'vi'
  const lang = indexLang ?? pageLang
  const translated = lang === pageLang
  // An entry not translated into the index's language is found there by its name and summary
  // (the lead paragraph), as its card shows it; its whole text is in its own language's index.
  // Each language's index then grows by a few words an entry, not by the province's text again.
  const inner = translated ? main[2] : summaryOf(main[2])
  const heading = /<h1\b([^>]*)>([\s\S]*?)<\/h1>/.exec(inner)
  const title = htmlToText(heading?.[2] ?? /<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '')
  const titleLang = translated ? /(?:^|\s)lang="([^"]+)"/.exec(heading?.[1] ?? '')?.[1] : pageLang
  // The excerpt is cut from the text in the page's language; text in another language (an entry
  // not translated yet) travels apart and is labelled on the search page.
  const body = heading ? inner.slice((heading.index ?? 0) + heading[0].length) : inner
  const byLanguage = textByLanguage(body, pageLang)
  const text = translated
    ? byLanguage
    : { own: '', other: textByLanguage(body).own, otherLang: byLanguage.own ? pageLang : byLanguage.otherLang }
  const folded = foldVietnamese(inner.replace(/\sdata-pagefind-meta="[^"]*"/g, ''))
  const meta = {
    // A page indexed in several languages' indexes is given to Pagefind under an address per index
    // (one address, one page for Pagefind): the address it leads to travels here.
    url: translated ? '' : (url ?? ''),
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
  const extra = indexOnlyWords(htmlToText(folded), lang)
  const tail = extra.length > 0 ? `<p>${extra.join(' ')}</p>` : ''
  const filter = `<span data-pagefind-filter="t:${translated ? 'own' : 'other'}"></span>`
  return `<!doctype html><html lang="${lang}"><body><main data-pagefind-body>${folded}${tail}${metaTags}${filter}</main></body></html>`
}

/** A page to index: its file in the build, its address, and how it is indexed. */
interface Source extends IndexedPage {
  file: string
  url: string
  /** The index it goes to. */
  locale: Locale
}

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  )

/**
 * The pages to index, per language the build publishes (a locale's folder exists; Vietnamese is
 * the root): its entry pages and its festival calendar and open-data page, which are what
 * people look for by name (the home, list, map and search pages only repeat entry titles and
 * would crowd the results; batch pages are reached from their label). An entry with no page in
 * a language is indexed there from its page in the first language of the fallback chain that has
 * one (English, else Vietnamese), as the lists show it. Listing only the kinds' folders, not the
 * whole build (52,000 pages and the media at 10,000 entries), saves seconds on every index.
 */
async function sources(dir: string): Promise<Source[]> {
  const published: Locale[] = []
  for (const locale of LOCALES) if (await exists(path.join(dir, localePrefix(locale)))) published.push(locale)
  const all: Source[] = []
  for (const kind of PAGE_KINDS) {
    // Each entry's page in each language, by slug (the same in every language).
    const pages = new Map<string, Map<string, string>>()
    for (const locale of published) {
      const folder = kindPath(kind, locale)
      const entries = await readdir(path.join(dir, folder), { withFileTypes: true }).catch(() => [])
      for (const entry of entries) {
        // The list's further pages (…/trang/2/) are not entries.
        if (!entry.isDirectory() || entry.name === PAGE_SEGMENT[locale]) continue
        const byLocale = pages.get(entry.name) ?? new Map<string, string>()
        byLocale.set(locale, `${folder}${entry.name}/`)
        pages.set(entry.name, byLocale)
      }
    }
    for (const locale of published) {
      const label = KIND_LABEL[kind][locale].one
      for (const byLocale of pages.values()) {
        const own = byLocale.get(locale)
        const shown = own ?? fallbackChain(locale).flatMap((l) => byLocale.get(l) ?? [])[0]
        if (!shown) continue
        const source: Source = { file: `${shown.slice(1)}index.html`, url: shown, locale, kind: label }
        all.push(own ? source : { ...source, lang: HTML_LANG[locale] })
      }
    }
  }
  for (const locale of published) {
    for (const page of ['festivals', 'openData'] as const) {
      const url = staticPath(page, locale)
      all.push({ file: `${url.slice(1)}index.html`, url, locale, kind: '' })
    }
  }
  return all
}

/** The "Commune" label of the entry pages' facts, in every language. */
const COMMUNE_LABELS = new Set(LOCALES.map((l) => strings(l).commune))

/**
 * The compact index's document for one built page: what its card shows, read from the page as
 * `indexDocument` reads it (same pages, same languages, same addresses). The summary is the
 * lead paragraph (the page's description for the calendar and open-data pages); the commune
 * comes from the facts list.
 */
export function compactDocument(
  html: string,
  { kind, lang: indexLang, url }: IndexedPage & { url: string },
): CompactDocument | undefined {
  const main = /<main\b([^>]*)>([\s\S]*?)<\/main>/.exec(html)
  if (!main?.[1]?.includes('data-pagefind-body') || main[2] === undefined) return undefined
  const pageLang = /<html\b[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? 'vi'
  const lang = indexLang ?? pageLang
  const translated = lang === pageLang
  const heading = /<h1\b([^>]*)>([\s\S]*?)<\/h1>/.exec(main[2])
  const title = htmlToText(heading?.[2] ?? /<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '')
  const titleLang = translated ? /(?:^|\s)lang="([^"]+)"/.exec(heading?.[1] ?? '')?.[1] : pageLang
  const lead =
    /<p class="lead"[^>]*>[\s\S]*?<\/p>/.exec(main[2])?.[0] ??
    `<p>${/<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? ''}</p>`
  const byLanguage = textByLanguage(lead, pageLang)
  const summary = translated
    ? { text: byLanguage.own || byLanguage.other, lang: byLanguage.own ? '' : (byLanguage.otherLang ?? '') }
    : { text: textByLanguage(lead).own, lang: byLanguage.own ? pageLang : (byLanguage.otherLang ?? pageLang) }
  let commune = ''
  for (const [, label = '', value = ''] of main[2].matchAll(/<dt>([^<]*)<\/dt>\s*<dd\b[^>]*>([\s\S]*?)<\/dd>/g)) {
    if (COMMUNE_LABELS.has(htmlToText(label))) {
      commune = htmlToText(value)
      break
    }
  }
  const document: CompactDocument = {
    url,
    own: translated,
    kind,
    commune,
    title,
    titleLang: titleLang && titleLang !== lang ? titleLang : '',
    summary: summary.text,
    summaryLang: summary.text && summary.lang !== lang ? summary.lang : '',
    // An inscription's lines (InscriptionText.astro), in its own language's index only.
    text: translated ? htmlToText(/<ol data-search-lines>([\s\S]*?)<\/ol>/.exec(main[2])?.[1] ?? '') : '',
  }
  return document
}

/** Which index the built search page asks for (search-strategy.ts decided it when the page was rendered). */
export async function builtIndexKind(outDir: string): Promise<SearchIndexKind> {
  const file = path.join(outDir, staticPath('search', 'vi').slice(1), 'index.html')
  return indexKindOfPage(await readFile(file, 'utf8').catch(() => ''))
}

const gzipped = promisify(gzip)

/**
 * Writes the search index of the built pages in `outDir` to `outputPath` (default
 * `outDir/pagefind`), of the kind the built search page asks for, and says how many pages of
 * each language it holds (untranslated entries included). One index per language, by
 * `<html lang>`: the search page of a language loads the index of the same tag (HTML_LANG), so
 * the tags must be the same exact strings.
 */
export async function writeSearchIndex(
  outDir: string,
  outputPath = path.join(outDir, SEARCH_DIR),
): Promise<Partial<Record<Locale, number>>> {
  const kind = await builtIndexKind(outDir)
  if (kind === 'compact') return writeCompactIndex(outDir, outputPath)
  if (kind === 'sharded') return writeShardedIndex(outDir, outputPath)
  return writePagefindIndex(outDir, outputPath)
}

/** Pages read at once for the compact and sharded indexes. */
const PAGE_READERS = 16

/** The compact documents of every published language, in the order of the pages read. */
async function compactDocuments(outDir: string): Promise<Map<Locale, CompactDocument[]>> {
  const list = await sources(outDir)
  // Many pages read at once: one at a time, the 50,010 of 10,000 entries in five languages spent
  // 18 of 28 s waiting for each file in turn (2026-12-07).
  const found: (CompactDocument | undefined)[] = new Array(list.length)
  await inParallel(
    list.map((source, at) => ({ source, at })),
    PAGE_READERS,
    async ({ source, at }) => {
      const html = await readFile(path.join(outDir, source.file), 'utf8').catch(() => undefined)
      found[at] = html === undefined ? undefined : compactDocument(html, source)
    },
  )
  const byLocale = new Map<Locale, CompactDocument[]>()
  list.forEach((source, at) => {
    const document = found[at]
    if (!document) return
    const documents = byLocale.get(source.locale) ?? []
    documents.push(document)
    byLocale.set(source.locale, documents)
  })
  return byLocale
}

/** The compact index of every published language (see utils/search.ts `CompactIndex`). */
export async function writeCompactIndex(outDir: string, outputPath: string): Promise<Partial<Record<Locale, number>>> {
  const byLocale = await compactDocuments(outDir)
  await mkdir(outputPath, { recursive: true })
  const counts: Partial<Record<Locale, number>> = {}
  for (const [locale, documents] of byLocale) {
    const body = await gzipped(JSON.stringify(compactIndex(documents)), { level: 9 })
    await writeFile(path.join(outputPath, compactIndexFile(HTML_LANG[locale])), body)
    counts[locale] = documents.length
  }
  // No file named by its content: after a switch from another kind, the update after a partial
  // build keeps that kind's files one publish more, for searches in flight, then removes them.
  await writeFile(path.join(outputPath, INDEX_FILES), '')
  return counts
}

/**
 * The sharded index of every published language (utils/sharded-search.ts): its word and card
 * files, named by their content, its manifest, and its whole compact index (for queries in
 * Chinese, Japanese or Korean), with the list of content-named files (INDEX_FILES) that the
 * update after a partial build keeps for searches in flight.
 */
export async function writeShardedIndex(outDir: string, outputPath: string): Promise<Partial<Record<Locale, number>>> {
  const byLocale = await compactDocuments(outDir)
  await mkdir(path.join(outputPath, SHARD_DIR), { recursive: true })
  const counts: Partial<Record<Locale, number>> = {}
  const named: string[] = []
  /** Writes a file named by its content; gives the name. */
  const put = async (lang: string, type: 'words' | 'cards', value: unknown): Promise<string> => {
    const body = await gzipped(JSON.stringify(value), { level: 9 })
    const name = createHash('sha256').update(body).digest('hex').slice(0, 12)
    const file = shardFile(lang, name, type)
    await writeFile(path.join(outputPath, file), body)
    named.push(file)
    return name
  }
  for (const [locale, found] of byLocale) {
    const lang = HTML_LANG[locale]
    const documents = shardOrder(found)
    const index = shardedIndex(documents)
    const words: Record<string, string> = {}
    for (const [key, file] of index.words) words[key] = await put(lang, 'words', file)
    const cards: string[] = []
    for (const block of index.cards) cards.push(await put(lang, 'cards', block))
    const manifest = shardManifest(index, words, cards)
    await writeFile(
      path.join(outputPath, compactIndexFile(lang)),
      await gzipped(JSON.stringify(compactIndex(documents)), { level: 9 }),
    )
    // Last: it names the files above.
    await writeFile(
      path.join(outputPath, shardManifestFile(lang)),
      await gzipped(JSON.stringify(manifest), { level: 9 }),
    )
    counts[locale] = documents.length
  }
  await writeFile(
    path.join(outputPath, INDEX_FILES),
    [...new Set(named)]
      .sort()
      .map((file) => `${file}\n`)
      .join(''),
  )
  return counts
}

/** The file of Pagefind's index that names each language's index (the entry a search reads first). */
const PAGEFIND_ENTRY = 'pagefind-entry.json'

/** Moves every file under `from` to the same place under `to` (files of the same name replaced). */
async function moveInto(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true })
  for (const item of await readdir(from, { withFileTypes: true })) {
    const source = path.join(from, item.name)
    if (item.isDirectory()) await moveInto(source, path.join(to, item.name))
    else await rename(source, path.join(to, item.name))
  }
}

/**
 * Pagefind's index (see `writeSearchIndex`), one language at a time: each language's pages go to
 * a Pagefind service of their own, closed before the next starts. The indexer holds every page it
 * was given until it writes them out: all languages at once reached 15 GB for the 263,246 pages
 * of 50,000 entries; at 10,000 one at a time peaks at 2.2 GB instead of 3.7 (bench/RESULTS.md),
 * the index the same, byte for byte. Pagefind's indexes are per
 * language anyway, with file names from their content; only the entry file names them all, so
 * the entry files of the runs are merged into the one a single run writes (the same bytes).
 */
export async function writePagefindIndex(
  outDir: string,
  outputPath = path.join(outDir, SEARCH_DIR),
): Promise<Partial<Record<Locale, number>>> {
  const counts: Partial<Record<Locale, number>> = {}
  const byLocale = new Map<Locale, Source[]>()
  for (const source of await sources(outDir)) {
    const list = byLocale.get(source.locale) ?? []
    list.push(source)
    byLocale.set(source.locale, list)
  }
  // No page to index: one empty run still writes the entry file a search reads.
  if (byLocale.size === 0) byLocale.set(DEFAULT_LOCALE, [])
  let entry: ({ languages: Record<string, unknown> } & Record<string, unknown>) | undefined
  const languages: Record<string, unknown> = {}
  await mkdir(outputPath, { recursive: true })
  for (const [locale, list] of byLocale) {
    const part = `${outputPath}.${locale}-${process.pid}`
    try {
      try {
        const { index, errors } = await pagefind.createIndex()
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
        for (const source of list) {
          const html = await readFile(path.join(outDir, source.file), 'utf8').catch(() => undefined)
          const content = html === undefined ? undefined : indexDocument(html, source)
          if (!content) continue
          const url = source.lang ? `${source.url}?in=${source.lang}` : source.url
          const added = await index.addHTMLFile({ url, content })
          if (added.errors.length > 0) {
            throw new Error(`Pagefind could not index ${source.url}: ${added.errors.join('; ')}`)
          }
          counts[locale] = (counts[locale] ?? 0) + 1
        }
        const written = await index.writeFiles({ outputPath: part })
        if (written.errors.length > 0) {
          throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
        }
      } finally {
        await pagefind.close()
      }
      const own = JSON.parse(await readFile(path.join(part, PAGEFIND_ENTRY), 'utf8')) as NonNullable<typeof entry>
      entry ??= own
      Object.assign(languages, own.languages)
      await rm(path.join(part, PAGEFIND_ENTRY))
      await moveInto(part, outputPath)
    } finally {
      // Beside the index (in the build, when the search page's index is made again): never left there.
      await rm(part, { recursive: true, force: true })
    }
  }
  if (entry) {
    // As one run writes it: the first run's fields in their order, every language, by code point.
    const sorted = Object.keys(languages).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    entry.languages = Object.fromEntries(sorted.map((code) => [code, languages[code]]))
    await writeFile(path.join(outputPath, PAGEFIND_ENTRY), JSON.stringify(entry))
  }
  const named = (await filesIn(outputPath)).filter(contentNamed)
  await writeFile(path.join(outputPath, INDEX_FILES), named.map((file) => `${file}\n`).join(''))
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
