/**
 * The light part of the map island, loaded on every page with a map: it narrows the list with the
 * filters, and brings in Leaflet (./map.ts) only when the map is about to be seen, or at once on
 * the map page. Without JavaScript the page keeps its list of places.
 */

import { plural } from '../i18n/plural'
import type { MapHandle } from './map'
import { classMatches, communeUrl, fetchJson, MAP_DATA, type MapFilter, type MapIndex, type MapPlace } from './map-data'
import { type MapConfig, pointKey, pointsFromList } from './map-shared'

/** Visitors who asked their browser to save data load small maps only on request. */
const savesData = (): boolean =>
  (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true

function setUp(root: HTMLElement): void {
  const json = root.querySelector('script[data-map-config]')?.textContent
  const canvas = root.querySelector<HTMLElement>('[data-map-canvas]')
  if (!json || !canvas) return
  const config = JSON.parse(json) as MapConfig
  if (config.listed) config.points = pointsFromList(root)
  const status = root.querySelector<HTMLElement>('[data-map-status]')
  const loadButton = root.querySelector<HTMLButtonElement>('[data-map-load]')
  let visible: ReadonlySet<string> = new Set(config.points.map(pointKey))
  let filter: MapFilter | undefined
  let map: MapHandle | undefined
  let loading = false

  const load = async () => {
    if (map || loading) return
    loading = true
    root.dataset.mapState = 'loading'
    if (loadButton) loadButton.hidden = true
    if (status) status.textContent = config.text.loading
    try {
      const { mountMap } = await import('./map')
      map = await mountMap(canvas, config)
      if (config.clustered) {
        if (filter) map.filter(filter)
      } else map.show(visible)
      root.querySelector('[data-map-placeholder]')?.remove()
      root.dataset.mapState = 'ready'
    } catch (error) {
      console.error(error)
      if (status) status.textContent = config.text.failed
      if (loadButton) loadButton.hidden = false
      root.dataset.mapState = 'failed'
    } finally {
      loading = false
    }
  }
  loadButton?.addEventListener('click', load)

  const form = root.querySelector<HTMLFormElement>('form[data-map-filters]')
  if (form) {
    setUpFilters(
      root,
      form,
      config,
      (f) => {
        filter = f
        map?.filter(f)
      },
      (keys) => {
        visible = keys
        map?.show(keys)
      },
    )
  }

  if (config.variant === 'page') void load()
  else if (!savesData() && 'IntersectionObserver' in window) {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return
        observer.disconnect()
        void load()
      },
      { rootMargin: '300px 0px' },
    )
    observer.observe(canvas)
    root.dataset.mapState = 'waiting'
  }
}

const FILTERS = ['rank', 'type', 'commune'] as const

/**
 * Narrows markers and list as the form changes. The state lives in the address (`?kind=relics&rank=national`)
 * so that a filtered map can be shared; kinds are left out of it while all are ticked.
 */
function setUpFilters(
  root: HTMLElement,
  form: HTMLFormElement,
  config: MapConfig,
  apply: (filter: MapFilter) => void,
  showKeys: (keys: ReadonlySet<string>) => void,
): void {
  const count = root.querySelector<HTMLOutputElement>('[data-map-count]')
  const listCount = root.querySelector<HTMLElement>('[data-map-list-count]')
  const empty = root.querySelector<HTMLElement>('[data-map-empty]')
  const items = [...root.querySelectorAll<HTMLElement>('[data-map-list] [data-key]')]
  const kindBoxes = [...form.querySelectorAll<HTMLInputElement>('input[name=kind]')]

  const params = new URLSearchParams(location.search)
  if (params.has('kind')) {
    const wanted = new Set(params.getAll('kind'))
    for (const box of kindBoxes) box.checked = wanted.has(box.value)
  }
  for (const name of FILTERS) {
    const select = form.elements.namedItem(name)
    const value = params.get(name)
    if (select instanceof HTMLSelectElement && value && [...select.options].some((o) => o.value === value)) {
      select.value = value
      select.closest('details')?.setAttribute('open', '')
    }
  }

  const showCount = (n: number) => {
    if (count) count.value = plural(config.locale, config.text.count, n)
    if (listCount) listCount.textContent = n.toLocaleString(config.locale)
    if (empty) empty.hidden = n > 0
  }
  // The map page counts by class (index.json), or a commune's places (its file); the others their list.
  const index = config.clustered ? fetchJson<MapIndex>(`${MAP_DATA}index.json`) : undefined
  let asked = 0
  const countClustered = async (f: MapFilter) => {
    const mine = ++asked
    try {
      const classes = (await index)?.classes ?? []
      const n = f.commune
        ? (await fetchJson<MapPlace[]>(communeUrl(config.locale, f.commune))).filter((p) => {
            const c = classes[p[2]]
            return c !== undefined && classMatches(c, f)
          }).length
        : classes.filter((c) => classMatches(c, f)).reduce((sum, c) => sum + c.total, 0)
      if (mine === asked) showCount(n)
    } catch (error) {
      console.error(error)
    }
  }

  const update = () => {
    const data = new FormData(form)
    const [rank, type, commune] = FILTERS.map((name) => String(data.get(name) ?? ''))
    const filter: MapFilter = {
      kinds: new Set(data.getAll('kind').map(String)),
      rank: rank ?? '',
      type: type ?? '',
      commune: commune ?? '',
    }
    if (config.clustered) {
      void countClustered(filter)
      apply(filter)
    } else {
      const keys = new Set(
        config.points
          .filter(
            (p) =>
              filter.kinds.has(p.kind) &&
              (!filter.rank || p.rank === filter.rank) &&
              (!filter.type || p.types?.includes(filter.type)) &&
              (!filter.commune || p.commune?.id === filter.commune),
          )
          .map(pointKey),
      )
      for (const item of items) item.hidden = !keys.has(item.dataset.key ?? '')
      showCount(keys.size)
      showKeys(keys)
    }

    const query = new URLSearchParams()
    if (kindBoxes.some((box) => !box.checked)) {
      const ticked = kindBoxes.filter((box) => box.checked)
      // An empty `kind` keeps "no kind ticked" apart from "every kind".
      for (const box of ticked.length ? ticked : [{ value: '' }]) query.append('kind', box.value)
    }
    for (const name of FILTERS) {
      const value = data.get(name)
      if (value) query.set(name, String(value))
    }
    const search = query.size ? `?${query}` : ''
    if (search !== location.search)
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`)
  }

  form.addEventListener('change', update)
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    update()
  })
  // The reset event comes before the fields are reset.
  form.addEventListener('reset', () => setTimeout(update))
  update()
}

for (const root of document.querySelectorAll<HTMLElement>('[data-map-view]')) setUp(root)
