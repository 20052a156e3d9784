/**
 * The search page's only script. The index is fetched on demand (when the box gets focus or a
 * query arrives): for a small province, its language's compact index, whole (a few kilobytes,
 * searched here: utils/search.ts `searchCompact`); for a large one, the same index cut into
 * files, of which a query fetches the few it needs (utils/sharded-search.ts); when the site
 * chose full-text search, Pagefind's code and the index chunks a query needs (search-strategy.ts
 * chooses; the form's `data-search-index` says which).
 * The index holds folded words (see integrations/pagefind.ts), so the query is folded too.
 * A language's index holds its pages and, found by their English (else Vietnamese) text, the
 * entries not translated into it: these are listed after the page's own, marked, and lead to
 * the English or Vietnamese page.
 * When the page's language finds little, the other language's index is searched too and its
 * results offered ("Có 3 kết quả bằng tiếng Anh"): visitors type English words on the Vietnamese
 * site and Vietnamese names on the English one.
 */
import type { Locale } from '../i18n/locales'
import { type PluralForms, plural } from '../i18n/plural'
import { compactIndexFile, SEARCH_DIR, shardFile, shardManifestFile } from '../utils/index-names'
import {
  type CompactIndex,
  compactResult,
  everyWordFound,
  FEW_RESULTS,
  foldQuery,
  offerOtherLanguage,
  type ResultMeta,
  searchCompact,
  snippet,
} from '../utils/search'
import { CARD_BLOCK, cardAt, type ShardManifest, searchSharded, type WordFile } from '../utils/sharded-search'

interface PagefindData {
  url: string
  /** The indexed text (folded words). */
  content: string
  meta: ResultMeta
}
interface PagefindResult {
  id: string
  data(): Promise<PagefindData>
}
interface Searcher {
  options(options: Record<string, unknown>): Promise<void>
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>
  /** Set when every result holds every word of the query (the compact index): no check needed. */
  exact?: true
}
interface Pagefind extends Searcher {
  init(): Promise<void>
  createInstance(options: Record<string, unknown>): Searcher & { init(): Promise<void> }
}

export interface SearchStrings {
  /** The page's language (its counts' plural forms). */
  locale: Locale
  searching: string
  none: string
  /** "Tìm thấy {n} kết quả cho “{query}”." */
  found: PluralForms
  more: string
  failed: string
  /** Said instead of `none` when the other language's results are offered. */
  noneHere: string
  /** "Có {n} kết quả bằng tiếng Anh." */
  otherFound: PluralForms
  otherHeading: string
  /** The link to the other language's search page with the same query. */
  otherAll: PluralForms
  /** Before a passage in the other language (an entry not translated yet). */
  untranslated: string
  /** Before a passage in Vietnamese when the other language is not Vietnamese. */
  untranslatedVi: string
  /** Whether the index holds entries not translated into the page's language (not in Vietnamese). */
  fallback: boolean
  /** The other language: its `lang` and its search page. */
  otherLang: string
  otherSearch: string
}

const PAGE_SIZE = 10
/** Results of the other language listed with the offer; the link leads to all of them. */
const OTHER_SHOWN = 3

const form = document.querySelector<HTMLFormElement>('form[data-search]')
const input = form?.querySelector<HTMLInputElement>('input[name=q]')
const status = document.querySelector<HTMLElement>('[data-search-status]')
const list = document.querySelector<HTMLOListElement>('[data-search-results]')
const more = document.querySelector<HTMLButtonElement>('[data-search-more]')

const BASE_PATH = `/${SEARCH_DIR}/`
/**
 * `load` run at the first call (with its arguments) and its promise given to every later call; a
 * failed load (a dropped connection) is forgotten, so that searching again retries it.
 */
function loadOnce<A extends unknown[], T>(load: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  let loading: Promise<T> | undefined
  return (...args) => {
    if (!loading) {
      loading = load(...args)
      loading.catch(() => {
        loading = undefined
      })
    }
    return loading
  }
}

/** Excerpts are cut here, from the unfolded text: Pagefind's own would lack diacritics. */
async function ready<S extends Searcher & { init(): Promise<void> }>(searcher: S): Promise<S> {
  await searcher.options({ excerptLength: 0 })
  await searcher.init()
  return searcher
}

/** Pagefind's module; `copy` names a separate copy of it (another address of the same file). */
const importPagefind = async (copy = ''): Promise<Pagefind> => {
  // Built at run time so that the bundler leaves Pagefind's own file alone.
  const url = new URL(`${BASE_PATH}pagefind.js${copy ? `?${copy}` : ''}`, window.location.href).href
  return import(/* @vite-ignore */ url)
}

/** A file of the search index the server did not give (`status` 0: no answer at all). */
class IndexFileError extends Error {
  constructor(
    path: string,
    readonly status: number,
  ) {
    super(`${path}: ${status}`)
  }
}

/** A gzip JSON file of the search index, unpacked here (stored compressed, it travels small from any static host). */
async function fetchPacked<T>(file: string): Promise<T> {
  const url = new URL(`${BASE_PATH}${file}`, window.location.href)
  const response = await fetch(url).catch(() => {
    throw new IndexFileError(url.pathname, 0)
  })
  if (!response.ok || !response.body) throw new IndexFileError(url.pathname, response.status)
  return (await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).json()) as T
}

/**
 * A language's compact index (integrations/pagefind.ts `writeCompactIndex`), with Pagefind's
 * search interface. The file is stored gzip-compressed, as Pagefind stores its chunks.
 */
async function compactSearcher(lang: string): Promise<Searcher> {
  const index = await fetchPacked<CompactIndex>(compactIndexFile(lang))
  return {
    exact: true,
    options: async () => {},
    search: async (term, options) => ({
      results: searchCompact(index, term, options?.filters?.t !== 'other').map((data, i) => ({
        id: String(i),
        data: async () => data,
      })),
    }),
  }
}

/**
 * A language's sharded index (utils/sharded-search.ts): its manifest first, then the word and
 * character files a query needs and the card blocks of the results shown (and of those a longer
 * word in Chinese, Japanese or Korean is checked on), each fetched once. The language's whole
 * compact index only for a query the sharded index leaves to it (`searchSharded` answers null).
 */
async function shardedSearcher(lang: string): Promise<Searcher> {
  const whole = loadOnce(() => compactSearcher(lang))
  /** A manifest and the files it names, each fetched once. */
  const shards = () => {
    const once = <T>(type: 'words' | 'cards') => {
      const files = new Map<string, Promise<T>>()
      return (name: string): Promise<T> => {
        let file = files.get(name)
        if (!file) {
          file = fetchPacked<T>(shardFile(lang, name, type))
          // A failed fetch (a dropped connection) is tried again by the next search.
          file.catch(() => files.delete(name))
          files.set(name, file)
        }
        return file
      }
    }
    const manifest = fetchPacked<ShardManifest>(shardManifestFile(lang))
    manifest.catch(() => {})
    return { manifest, words: once<WordFile>('words'), cards: once<CompactIndex>('cards') }
  }
  let current: ReturnType<typeof shards> | undefined
  const search = async (term: string, options: Parameters<Searcher['search']>[1], again: boolean) => {
    // Fetched when a query first needs it.
    current ??= shards()
    const index = current
    const forget = () => {
      if (current === index) current = undefined
    }
    const manifest = await index.manifest.catch((error: unknown) => {
      forget()
      // None on the server: the site has just switched from the compact index, whose file this
      // kind writes too. Any other failure (no connection) is the search's.
      if (error instanceof IndexFileError && error.status === 404) return undefined
      throw error
    })
    if (!manifest) return (await whole()).search(term, options)
    const own = options?.filters?.t !== 'other'
    const card = async (id: number) => {
      try {
        return cardAt(await index.cards(manifest.cards[Math.floor(id / CARD_BLOCK)] ?? ''), id)
      } catch (error) {
        forget()
        throw error
      }
    }
    let ids: number[] | null
    try {
      ids = await searchSharded(
        manifest,
        term,
        own,
        (key) => index.words(manifest.words[key] ?? ''),
        (block) => index.cards(manifest.cards[block] ?? ''),
      )
      // The cards of the first results too: a file of the index may be gone with it.
      await Promise.all((ids ?? []).slice(0, PAGE_SIZE).map(card))
    } catch (error) {
      // A file gone: a newer index replaced this one (files are kept one update) or the connection
      // dropped. The manifest is fetched again, once.
      forget()
      if (again) return search(term, options, false)
      throw error
    }
    if (ids === null) return (await whole()).search(term, options)
    return {
      results: ids.map((id) => ({ id: String(id), data: async () => compactResult(await card(id)) })),
    }
  }
  return {
    exact: true,
    options: async () => {},
    search: (term, options) => search(term, options, true),
  }
}

const kind = document.querySelector<HTMLElement>('form[data-search]')?.dataset.searchIndex
/** The searcher of a language's index of our own (compact or sharded), if the build has one. */
const ownSearcher = (lang: string): Promise<Searcher> | undefined =>
  kind === 'compact' ? compactSearcher(lang) : kind === 'sharded' ? shardedSearcher(lang) : undefined

/** The page's index is loaded once; a failed load may be retried by searching again. */
const loadPagefind = loadOnce(
  async (): Promise<Searcher> => ownSearcher(document.documentElement.lang) ?? ready(await importPagefind()),
)

/**
 * A Pagefind instance on the other language's index. It comes from a separate copy of Pagefind's
 * module: the instances of one module share its WebAssembly, and the other language's (English:
 * with a stemmer) would replace the page's own, so that "pottery" found 2 English pages of 14.
 * Pagefind 1.6 takes an instance's language from `<html lang>` when the instance is created and
 * has no option for it, so the attribute names the other language for that one synchronous call
 * only (nothing is rendered or announced in between).
 */
const loadOther = loadOnce(async (lang: string): Promise<Searcher> => {
  const own = ownSearcher(lang)
  if (own) return own
  const pagefind = await importPagefind(lang)
  const root = document.documentElement
  const pageLang = root.lang
  root.lang = lang
  let instance: ReturnType<Pagefind['createInstance']>
  try {
    instance = pagefind.createInstance({ basePath: BASE_PATH })
  } finally {
    root.lang = pageLang
  }
  return ready(instance)
})

/**
 * Searches one index: its pages in its own language, then (`all`) the entries not translated
 * into it (integrations/pagefind.ts, filter `t`). Results that Pagefind found only through its
 * fallback for words it does not know (see `everyWordFound`) count as none; the first page of
 * results is loaded to tell.
 */
async function find(
  searcher: Searcher,
  query: string,
  all: boolean,
): Promise<{ results: PagefindResult[]; first: PagefindData[] }> {
  const term = foldQuery(query)
  const own = await searcher.search(term, { filters: { t: 'own' } })
  const others = all ? await searcher.search(term, { filters: { t: 'other' } }) : { results: [] }
  const results = [...own.results, ...others.results]
  const first = await Promise.all(results.slice(0, PAGE_SIZE).map((r) => r.data()))
  if (
    first.length > 0 &&
    !searcher.exact &&
    !everyWordFound(
      first.map((d) => d.content),
      query,
    )
  )
    return { results: [], first: [] }
  return { results, first }
}

/** Where a result leads. */
const pageUrl = (page: PagefindData): string => page.meta.url || page.url

/** A result's title, linked, in a heading; its language marked when it is not the page's. */
function resultHeading(page: PagefindData, lang: string | undefined, level: 'h2' | 'h3'): HTMLElement {
  const heading = document.createElement(level)
  const link = document.createElement('a')
  link.href = pageUrl(page)
  link.textContent = page.meta.title ?? pageUrl(page)
  const titleLang = page.meta.titleLang || lang
  if (titleLang) link.lang = titleLang
  heading.append(link)
  return heading
}

const other = document.querySelector<HTMLElement>('[data-search-other]')

if (form && input && status && list && more && other) {
  const strings = JSON.parse(form.dataset.strings ?? '{}') as SearchStrings
  const say = (template: string, query: string) => template.replace('{query}', () => query)
  let results: PagefindResult[] = []
  let loaded: PagefindData[] = []
  let shown = 0
  let query = ''
  let latest = 0

  /** Shows the next page of results; after "more", focus moves to the first new one. */
  const render = async (id: number, focusFirst = false) => {
    const batch = results.slice(shown, shown + PAGE_SIZE)
    more.hidden = true
    const data = shown === 0 && loaded.length > 0 ? loaded : await Promise.all(batch.map((r) => r.data()))
    if (id !== latest) return
    for (const page of data) {
      const item = document.createElement('li')
      if (page.meta.kind) {
        const kind = document.createElement('p')
        kind.className = 'result-kind'
        kind.textContent = page.meta.kind
        item.append(kind)
      }
      const heading = resultHeading(page, undefined, 'h2')
      item.append(heading)
      // An entry not translated into the page's language has a passage in another (or none).
      const passage = snippet(page.meta, query) ?? (page.meta.titleLang ? { segments: [] } : undefined)
      const elsewhere = passage?.lang ?? page.meta.titleLang
      if (passage) {
        const paragraph = document.createElement('p')
        if (elsewhere) {
          // Said, not only marked: the visitor sees that this entry has no text in the page's language yet.
          const label = document.createElement('span')
          label.className = 'result-lang'
          label.textContent =
            elsewhere === 'vi' && strings.otherLang !== 'vi' ? strings.untranslatedVi : strings.untranslated
          paragraph.append(label, ' ')
        }
        const text = passage.lang ? Object.assign(document.createElement('span'), { lang: passage.lang }) : paragraph
        for (const segment of passage.segments) {
          text.append(
            segment.match ? Object.assign(document.createElement('mark'), { textContent: segment.text }) : segment.text,
          )
        }
        if (text !== paragraph) paragraph.append(text)
        item.append(paragraph)
      }
      list.append(item)
      if (focusFirst && page === data[0]) heading.querySelector('a')?.focus()
    }
    shown += batch.length
    more.hidden = shown >= results.length
  }

  /** Offers the other language's results, a few of them and a link to its search page. */
  const offer = (found: { results: PagefindResult[]; first: PagefindData[] }, count: number) => {
    const items = other.querySelector('[data-search-other-list]')
    const all = other.querySelector<HTMLAnchorElement>('[data-search-other-all]')
    items?.replaceChildren(
      ...found.first.slice(0, OTHER_SHOWN).map((page) => {
        const item = document.createElement('li')
        if (page.meta.kind) {
          const kind = Object.assign(document.createElement('p'), { className: 'result-kind', lang: strings.otherLang })
          kind.textContent = page.meta.kind
          item.append(kind)
        }
        item.append(resultHeading(page, strings.otherLang, 'h3'))
        return item
      }),
    )
    if (all) {
      const url = new URL(strings.otherSearch, window.location.href)
      url.searchParams.set('q', query)
      all.href = `${url.pathname}${url.search}`
      all.textContent = plural(strings.locale, strings.otherAll, count, { query })
    }
    other.hidden = false
  }

  const search = async (raw: string) => {
    const id = ++latest
    query = raw.trim()
    list.replaceChildren()
    more.hidden = true
    other.hidden = true
    results = []
    loaded = []
    shown = 0
    if (!query) {
      status.textContent = ''
      return
    }
    status.textContent = say(strings.searching, query)
    list.setAttribute('aria-busy', 'true')
    try {
      const pagefind = await loadPagefind()
      const found = await find(pagefind, query, strings.fallback)
      if (id !== latest) return
      results = found.results
      loaded = found.first
      await render(id)
      let offered = 0
      if (results.length < FEW_RESULTS) {
        // The page's own results stand even when the other index cannot be loaded.
        const elsewhere = await loadOther(strings.otherLang)
          .then((searcher) => find(searcher, query, false))
          .catch(() => undefined)
        if (id !== latest) return
        // An entry listed here already (not translated, shown in the other language) is not offered again.
        const listed = new Set(loaded.map(pageUrl))
        const fresh = elsewhere?.first.filter((page) => !listed.has(pageUrl(page))) ?? []
        const count = (elsewhere?.results.length ?? 0) - ((elsewhere?.first.length ?? 0) - fresh.length)
        if (elsewhere && offerOtherLanguage(results.length, count)) {
          offer({ results: elsewhere.results, first: fresh }, count)
          offered = count
        }
      }
      const n = results.length
      const own =
        n > 0
          ? plural(strings.locale, strings.found, n, { query })
          : say(offered ? strings.noneHere : strings.none, query)
      const elsewhere = offered === 0 ? '' : plural(strings.locale, strings.otherFound, offered)
      // Chinese and Japanese sentences follow each other without a space.
      status.textContent = [own, elsewhere].filter(Boolean).join(/^(ja|zh)\b/.test(strings.locale) ? '' : ' ')
    } catch {
      if (id === latest) status.textContent = strings.failed
    } finally {
      if (id === latest) list.removeAttribute('aria-busy')
    }
  }

  const fromAddress = () => new URLSearchParams(window.location.search).get('q') ?? ''
  input.addEventListener('focus', () => void loadPagefind().catch(() => {}), { once: true })
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const url = new URL(window.location.href)
    url.searchParams.set('q', input.value.trim())
    window.history.pushState(null, '', url)
    void search(input.value)
  })
  more.addEventListener('click', () => {
    const id = latest
    render(id, true).catch(() => {
      // The next results could not be loaded (no connection): said, and "more" offered again.
      if (id !== latest) return
      status.textContent = strings.failed
      more.hidden = false
    })
  })
  window.addEventListener('popstate', () => {
    input.value = fromAddress()
    void search(input.value)
  })
  input.value = fromAddress()
  void search(input.value)
}
