/**
 * The search page's only script. Pagefind's code and index are fetched on demand (when the box
 * gets focus or a query arrives), and only the index chunks a query needs: a few kilobytes.
 * The index holds folded words (see integrations/pagefind.ts), so the query is folded too.
 */
import { excerpt, foldQuery } from '../utils/search'

interface PagefindResult {
  id: string
  data(): Promise<{ url: string; meta: Record<string, string | undefined> }>
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>
  init(): Promise<void>
  search(term: string): Promise<{ results: PagefindResult[] }>
}

export interface SearchStrings {
  searching: string
  none: string
  one: string
  many: string
  more: string
  failed: string
}

const PAGE_SIZE = 10

const form = document.querySelector<HTMLFormElement>('form[data-search]')
const input = form?.querySelector<HTMLInputElement>('input[name=q]')
const status = document.querySelector<HTMLElement>('[data-search-status]')
const list = document.querySelector<HTMLOListElement>('[data-search-results]')
const more = document.querySelector<HTMLButtonElement>('[data-search-more]')

let loading: Promise<Pagefind> | undefined
/** Pagefind is loaded once; a failed load (a dropped connection) may be retried by searching again. */
function loadPagefind(): Promise<Pagefind> {
  // Built at run time so that the bundler leaves Pagefind's own file alone.
  const url = new URL('/pagefind/pagefind.js', window.location.href).href
  if (!loading) {
    loading = import(/* @vite-ignore */ url).then(async (pagefind: Pagefind) => {
      // Excerpts are cut here, from the unfolded text: Pagefind's own would lack diacritics.
      await pagefind.options({ excerptLength: 0 })
      await pagefind.init()
      return pagefind
    })
    loading.catch(() => {
      loading = undefined
    })
  }
  return loading
}

if (form && input && status && list && more) {
  const strings = JSON.parse(form.dataset.strings ?? '{}') as SearchStrings
  const say = (template: string, query: string, count = 0) =>
    template.replace('{query}', query).replace('{count}', String(count))
  let results: PagefindResult[] = []
  let shown = 0
  let query = ''
  let latest = 0

  /** Shows the next page of results; after "more", focus moves to the first new one. */
  const render = async (id: number, focusFirst = false) => {
    const batch = results.slice(shown, shown + PAGE_SIZE)
    more.hidden = true
    const data = await Promise.all(batch.map((r) => r.data()))
    if (id !== latest) return
    for (const page of data) {
      const item = document.createElement('li')
      if (page.meta.kind) {
        const kind = document.createElement('p')
        kind.className = 'result-kind'
        kind.textContent = page.meta.kind
        item.append(kind)
      }
      const heading = document.createElement('h2')
      const link = document.createElement('a')
      link.href = page.url
      link.textContent = page.meta.title ?? page.url
      heading.append(link)
      item.append(heading)
      if (page.meta.text) {
        const passage = document.createElement('p')
        for (const segment of excerpt(page.meta.text, query)) {
          passage.append(
            segment.match ? Object.assign(document.createElement('mark'), { textContent: segment.text }) : segment.text,
          )
        }
        item.append(passage)
      }
      list.append(item)
      if (focusFirst && page === data[0]) link.focus()
    }
    shown += batch.length
    more.hidden = shown >= results.length
  }

  const search = async (raw: string) => {
    const id = ++latest
    query = raw.trim()
    list.replaceChildren()
    more.hidden = true
    results = []
    shown = 0
    if (!query) {
      status.textContent = ''
      return
    }
    status.textContent = say(strings.searching, query)
    list.setAttribute('aria-busy', 'true')
    try {
      const pagefind = await loadPagefind()
      const found = await pagefind.search(foldQuery(query))
      if (id !== latest) return
      results = found.results
      const template = results.length === 0 ? strings.none : results.length === 1 ? strings.one : strings.many
      await render(id)
      status.textContent = say(template, query, results.length)
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
  more.addEventListener('click', () => void render(latest, true))
  window.addEventListener('popstate', () => {
    input.value = fromAddress()
    void search(input.value)
  })
  input.value = fromAddress()
  void search(input.value)
}
