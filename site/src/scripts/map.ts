/**
 * The heavy part of the map island: Leaflet and its styles. map-island.ts imports this on demand,
 * when a map is about to be seen, so other pages never download it. The map page draws clusters
 * computed at build time (map-data files, see utils/map-tiles.ts); a map with its places in the
 * page (the home page's, a commune's) clusters them with leaflet.markercluster, loaded only then.
 */
import L from 'leaflet'
import type { MapPoint } from '../components/islands/map-points'
import type { Locale } from '../i18n/locales'
import { plural } from '../i18n/plural'
// Inlined into this chunk: a plain CSS import would be put into every page of the site.
import css from './map.css?inline'
import {
  classMatches,
  communeUrl,
  fetchJson,
  fileZoom,
  MAP_DATA,
  type MapFilter,
  type MapIndex,
  type MapPlace,
  MIN_ZOOM,
  POINT_ZOOM,
  SPLIT_ZOOM,
  tileOf,
} from './map-data'
import { groupStops, MARKER_SIZE, markerWidth, stopsLabel } from './map-route'
import { type MapConfig, pointKey } from './map-shared'

const TILE_URL: string = import.meta.env.PUBLIC_TILE_URL || 'https://tile.openstreetmap.org/{z}/{x}/{y}.png'
// A custom tile server needs its own credit; OpenStreetMap's licence requires this one.
const TILE_ATTRIBUTION: string =
  import.meta.env.PUBLIC_TILE_ATTRIBUTION ||
  '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'

const ROUTE_COLOUR = '#7c2d12'

const style = document.createElement('style')
style.textContent = css
document.head.append(style)

export interface MapHandle {
  /** Shows only the points with these keys (see `pointKey`) and fits the map to them. */
  show(keys: ReadonlySet<string>): void
  /** The map page: shows the clusters and places the filters ask for. */
  filter(filter: MapFilter): void
}

export async function mountMap(container: HTMLElement, config: MapConfig): Promise<MapHandle> {
  const inline = config.variant === 'inline'
  const touch = matchMedia('(pointer: coarse)').matches
  const animate = !matchMedia('(prefers-reduced-motion: reduce)').matches
  const map = L.map(container, {
    // A small map inside a page must not catch the wheel, nor the one-finger swipe that scrolls
    // the page on a phone; it wakes up once someone taps, clicks or tabs into it.
    scrollWheelZoom: !inline,
    dragging: !(inline && touch),
    zoomControl: false,
    zoomAnimation: animate,
    fadeAnimation: animate,
    markerZoomAnimation: animate,
  })
  L.control.zoom({ zoomInTitle: config.text.zoomIn, zoomOutTitle: config.text.zoomOut }).addTo(map)
  L.tileLayer(TILE_URL, { attribution: TILE_ATTRIBUTION, maxZoom: 19 }).addTo(map)

  if (inline) {
    const wake = () => {
      map.scrollWheelZoom.enable()
      map.dragging.enable()
    }
    container.addEventListener('focusin', wake)
    container.addEventListener('focusout', (event) => {
      if (container.contains(event.relatedTarget as Node | null)) return
      map.scrollWheelZoom.disable()
      if (touch) map.dragging.disable()
    })
  }
  const popups = accessiblePopups(map, container, config.text.closePopup)

  const fitTo = (shown: L.LatLng[], options: L.FitBoundsOptions = {}) => {
    if (shown.length === 0) return
    map.fitBounds(L.latLngBounds(shown), { padding: [32, 32], maxZoom: 16, ...options })
  }
  // A view first, so that a filter matching nothing still leaves a usable map.
  fitTo(
    config.points.map((p) => L.latLng(p.lat, p.lng)),
    { animate: false },
  )
  if (config.route) return routeLayer(map, container, config, popups, (shown) => fitTo(shown, { animate }))
  if (config.clustered) {
    const index = await fetchJson<MapIndex>(`${MAP_DATA}index.json`)
    // Marker clustering in the browser only for the commune filter, loaded when first asked for.
    let communeLayer: ReturnType<typeof pointLayer> | undefined
    return clusterLayer(map, container, config, popups, index, () => {
      communeLayer ??= pointLayer(map, config, popups, animate)
      return communeLayer
    })
  }

  const layer = await pointLayer(map, config, popups, animate)
  const markers = config.points.map((point) => ({ key: pointKey(point), point }))
  return {
    show(keys) {
      const shown = markers.filter((m) => keys.has(m.key)).map((m) => m.point)
      layer.set(shown)
      container.dataset.markers = String(shown.length)
      fitTo(
        shown.map((p) => L.latLng(p.lat, p.lng)),
        { animate },
      )
    },
    filter() {},
  }
}

/** A marker for one place, coloured by its kind, with its popup. */
function placeMarker(point: MapPoint, config: MapConfig, popups: Popups): L.Marker {
  const marker = L.marker([point.lat, point.lng], {
    icon: L.divIcon({
      className: `map-marker map-kind-${point.kind}`,
      html: '<span class="map-dot"></span>',
      iconSize: [MARKER_SIZE, MARKER_SIZE],
    }),
    // The accessible name of the marker button (and a tooltip for mouse users).
    title: point.title,
    riseOnHover: true,
  })
  popups.bind(marker, () => popup([point], config, false))
  return marker
}

/** A round marker with a number: a cluster, or places too close to tell apart. */
function countIcon(n: number, config: MapConfig): L.DivIcon {
  return L.divIcon({
    className: 'map-cluster',
    html: `<span class="map-dot" aria-hidden="true" data-count="${n}">${n}</span><span class="visually-hidden">${plural(config.locale, config.text.cluster, n)}</span>`,
    iconSize: [MARKER_SIZE, MARKER_SIZE],
  })
}

/** Places given whole (a list in the page, a commune's file), clustered in the browser. */
async function pointLayer(map: L.Map, config: MapConfig, popups: Popups, animate: boolean) {
  // Marker clustering extends the global `L` that Leaflet's bundle defines, so it comes after it.
  await import('leaflet.markercluster')
  const layer = L.markerClusterGroup({
    showCoverageOnHover: false,
    maxClusterRadius: 48,
    animate,
    iconCreateFunction: (cluster) => countIcon(cluster.getChildCount(), config),
  })
  layer.addTo(map)
  return {
    set(points: MapPoint[]) {
      layer.clearLayers()
      layer.addLayers(points.map((p) => placeMarker(p, config, popups)))
    },
  }
}

/** A place of the map's files as a point of the popups. */
const toPoint = (place: MapPlace, index: MapIndex): MapPoint => {
  const [lat, lng, c, title, url, communeId, communeName, lang, communeLang, untranslated, note] = place
  return {
    id: url,
    kind: index.classes[c]?.kind ?? 'relics',
    title,
    url,
    lang: (lang || undefined) as Locale | undefined,
    untranslated: (untranslated || undefined) as Locale | undefined,
    note: note || undefined,
    lat,
    lng,
    commune: communeId
      ? { id: communeId, name: communeName, lang: (communeLang || undefined) as Locale | undefined }
      : undefined,
  }
}

/**
 * The map page: the clusters of the zoom shown, from the area files around the view, fetched as
 * the map moves; from POINT_ZOOM on, the places themselves with their popups. The filters by kind,
 * rank and type change the clusters' counts (each counts its places by class); the commune filter
 * shows that commune's places, from its file.
 */
function clusterLayer(
  map: L.Map,
  container: HTMLElement,
  config: MapConfig,
  popups: Popups,
  index: MapIndex,
  communeLayer: () => Promise<{ set(points: MapPoint[]): void }>,
): MapHandle {
  map.setMinZoom(MIN_ZOOM)
  const [[south, west], [north, east]] = index.bounds
  const bounds = L.latLngBounds([south, west], [north, east])
  map.fitBounds(bounds, { padding: [32, 32], maxZoom: 16, animate: false })
  const existing = new Map(
    Object.entries(index.tiles).map(([z, xy]) => {
      const set = new Set<string>()
      for (let i = 0; i + 1 < xy.length; i += 2) set.add(`${xy[i]}/${xy[i + 1]}`)
      return [Number(z), set]
    }),
  )
  const layer = L.layerGroup().addTo(map)
  let filter: MapFilter = {
    kinds: new Set(index.classes.map((c) => c.kind)),
    rank: '',
    type: '',
    commune: '',
  }
  let drawn = 0
  // After Enter on a cluster the map zooms and redraws: focus goes to the marker nearest the centre.
  let refocus = false

  const files = (level: number): string[] => {
    const fz = fileZoom(level)
    const set = existing.get(fz) ?? new Set()
    const view = map.getBounds().pad(0.25)
    const a = tileOf(view.getNorth(), view.getWest(), fz)
    const b = tileOf(view.getSouth(), view.getEast(), fz)
    const urls: string[] = []
    for (let y = Math.floor(a.y); y <= Math.floor(b.y); y++) {
      for (let x = Math.floor(a.x); x <= Math.floor(b.x); x++) {
        if (!set.has(`${x}/${y}`)) continue
        urls.push(
          level < POINT_ZOOM ? `${MAP_DATA}c/${level}/${x}/${y}.json` : `${MAP_DATA}${config.locale}/p/${x}/${y}.json`,
        )
      }
    }
    return urls
  }

  const matches = (c: number) => {
    const found = index.classes[c]
    return found !== undefined && classMatches(found, filter)
  }

  const clusterMarker = (lat: number, lng: number, n: number, kind: string, level: number) => {
    const label = `${n === 1 ? `${config.kinds[kind as keyof typeof config.kinds] ?? ''}: ` : ''}${plural(config.locale, config.text.cluster, n)}`
    const marker = L.marker([lat, lng], {
      icon:
        n === 1
          ? L.divIcon({
              className: `map-marker map-kind-${kind}`,
              html: `<span class="map-dot" aria-hidden="true"></span><span class="visually-hidden">${label}</span>`,
              iconSize: [MARKER_SIZE, MARKER_SIZE],
            })
          : countIcon(n, config),
      title: label,
      riseOnHover: true,
    })
    // A lone place zooms in to where it is shown with its popup; a cluster two steps.
    const zoomIn = (keyboard: boolean) => {
      refocus = keyboard
      map.setView([lat, lng], n === 1 ? POINT_ZOOM : Math.min(level + 2, POINT_ZOOM), { animate: false })
    }
    marker.on('click', () => zoomIn(document.activeElement === marker.getElement()))
    // Leaflet turns Enter on a marker into a popup, not a click.
    marker.on('keypress', (event) => {
      if ((event as L.LeafletKeyboardEvent).originalEvent.key === 'Enter') zoomIn(true)
    })
    return marker
  }

  const draw = (level: number, data: unknown[][]) => {
    layer.clearLayers()
    drawn = 0
    if (level < POINT_ZOOM) {
      for (const cluster of data as number[][]) {
        const [lat = 0, lng = 0, ...counts] = cluster
        let n = 0
        let kind = ''
        for (let i = 0; i + 1 < counts.length; i += 2) {
          if (!matches(counts[i] ?? -1)) continue
          n += counts[i + 1] ?? 0
          kind = index.classes[counts[i] ?? 0]?.kind ?? kind
        }
        if (n === 0) continue
        layer.addLayer(clusterMarker(lat, lng, n, kind, level))
        drawn++
      }
    } else {
      const split = map.getZoom() >= SPLIT_ZOOM
      for (const group of data as [number, number, MapPlace[]][]) {
        const places = group[2].filter((p) => matches(p[2]))
        // Closer than POINT_CELL px share a marker; zoomed in further, only those at one position.
        const parts: MapPlace[][] = []
        if (split) {
          const at = new Map<string, MapPlace[]>()
          for (const p of places) {
            const key = `${p[0]},${p[1]}`
            const list = at.get(key)
            if (list) list.push(p)
            else {
              const fresh = [p]
              at.set(key, fresh)
              parts.push(fresh)
            }
          }
        } else if (places.length) parts.push(places)
        for (const part of parts) {
          const points = part.map((p) => toPoint(p, index))
          const [first] = points
          if (!first) continue
          const at: [number, number] = split ? [first.lat, first.lng] : [group[0], group[1]]
          const marker =
            points.length === 1
              ? placeMarker({ ...first, lat: at[0], lng: at[1] }, config, popups)
              : L.marker(at, {
                  icon: countIcon(points.length, config),
                  title: points.map((p) => p.title).join('; '),
                  riseOnHover: true,
                })
          if (points.length > 1) popups.bind(marker, () => popup(points, config, false))
          layer.addLayer(marker)
          drawn++
        }
      }
    }
    container.dataset.markers = String(drawn)
    container.dataset.level = String(level)
    if (refocus) {
      refocus = false
      const centre = map.latLngToLayerPoint(map.getCenter())
      let best: L.Marker | undefined
      let distance = Number.POSITIVE_INFINITY
      layer.eachLayer((m) => {
        if (!(m instanceof L.Marker)) return
        const d = map.latLngToLayerPoint(m.getLatLng()).distanceTo(centre)
        if (d < distance) {
          distance = d
          best = m
        }
      })
      best?.getElement()?.focus({ preventScroll: true })
    }
  }

  let asked = 0
  let shown = ''
  const filterKey = (f: MapFilter) => `${[...f.kinds].sort().join(',')}|${f.rank}|${f.type}|${f.commune}`
  const refresh = async () => {
    if (filter.commune) {
      shown = ''
      return
    }
    const mine = ++asked
    const level = Math.max(MIN_ZOOM, Math.min(POINT_ZOOM, Math.round(map.getZoom())))
    container.dataset.mapLoading = 'true'
    try {
      const urls = files(level)
      // The same files at the same zoom (a popup panned the map into view): the same markers,
      // left alone, so that an open popup and focus stay where they are.
      const key = `${filterKey(filter)} ${map.getZoom() >= SPLIT_ZOOM} ${level} ${urls.join(' ')}`
      const data = (await Promise.all(urls.map((url) => fetchJson<unknown[][]>(url)))).flat()
      if (mine === asked && key !== shown) {
        shown = key
        draw(level, data)
      }
    } catch (error) {
      console.error(error)
      if (mine === asked) container.dataset.mapError = String(error)
    } finally {
      if (mine === asked) delete container.dataset.mapLoading
    }
  }
  map.on('moveend', () => void refresh())

  let commune = ''
  return {
    show() {},
    filter(next) {
      filter = next
      if (next.commune) {
        layer.clearLayers()
        const id = next.commune
        const mine = ++asked
        container.dataset.mapLoading = 'true'
        Promise.all([fetchJson<MapPlace[]>(communeUrl(config.locale, id)), communeLayer()])
          .then(([places, layer]) => {
            if (mine !== asked) return
            const points = places.filter((p) => matches(p[2])).map((p) => toPoint(p, index))
            layer.set(points)
            container.dataset.markers = String(points.length)
            if (points.length && id !== commune) {
              map.fitBounds(L.latLngBounds(points.map((p) => L.latLng(p.lat, p.lng))), {
                padding: [32, 32],
                maxZoom: 16,
                animate: false,
              })
            }
            commune = id
          })
          .catch((error) => console.error(error))
          .finally(() => {
            if (mine === asked) delete container.dataset.mapLoading
          })
        return
      }
      if (commune) void communeLayer().then((layer) => layer.set([]))
      // Back from a commune: the whole province again.
      if (commune) map.fitBounds(bounds, { padding: [32, 32], maxZoom: 16, animate: false })
      commune = ''
      void refresh()
    },
  }
}

interface Popups {
  /** Binds a popup to a marker, opened by a click, a tap or Enter. */
  bind(marker: L.Marker, content: () => HTMLElement): void
}

/**
 * Popups a keyboard or screen-reader user can use: opening one (Enter on a marker, a click, a tap)
 * moves focus to its first link; Escape or the close button closes it and puts focus back on the
 * marker that opened it. Leaflet leaves focus on the marker, and closes on Escape only while the
 * map itself has focus.
 */
function accessiblePopups(map: L.Map, container: HTMLElement, closeLabel: string): Popups {
  let open: { popup: L.Popup; marker: L.Marker } | undefined
  container.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !open) return
    event.preventDefault()
    const { marker } = open
    map.closePopup()
    marker.getElement()?.focus({ preventScroll: true })
  })
  return {
    bind(marker, content) {
      // Narrow enough for a small map on a phone, and clear of the zoom buttons in the top left corner.
      marker.bindPopup(content, {
        maxWidth: Math.max(160, Math.min(300, container.clientWidth - 120)),
        autoPanPaddingTopLeft: [64, 16],
        autoPanPaddingBottomRight: [16, 16],
      })
      marker.on('popupopen', (event) => {
        open = { popup: event.popup, marker }
        const element = event.popup.getElement()
        const close = element?.querySelector<HTMLElement>('.leaflet-popup-close-button')
        close?.setAttribute('aria-label', closeLabel)
        element?.querySelector<HTMLElement>('.leaflet-popup-content a[href]')?.focus({ preventScroll: true })
      })
      marker.on('popupclose', (event) => {
        if (open?.popup === event.popup) open = undefined
        // Back to the marker when focus was in the popup (its close button, a link), not when
        // another marker or the map took it.
        const active = document.activeElement
        const inside = !active || active === document.body || event.popup.getElement()?.contains(active)
        if (inside) marker.getElement()?.focus({ preventScroll: true })
      })
    },
  }
}

/**
 * A route's stops, numbered in order and joined by a line. Stops whose markers would overlap at
 * the current zoom share one marker ("1–3", see map-route.ts), regrouped after every zoom.
 */
function routeLayer(
  map: L.Map,
  container: HTMLElement,
  config: MapConfig,
  popups: Popups,
  fitTo: (shown: L.LatLng[]) => void,
): MapHandle {
  L.polyline(
    config.points.map((p) => [p.lat, p.lng]),
    { color: ROUTE_COLOUR, weight: 4, opacity: 0.75, interactive: false },
  ).addTo(map)
  const layer = L.featureGroup().addTo(map)
  const numbered = config.points.map((point, index) => ({ point, number: point.order ?? index + 1 }))
  let shown = numbered
  let drawn = ''

  const draw = () => {
    const groups = groupStops(
      shown.map(({ point, number }) => ({ ...map.latLngToLayerPoint([point.lat, point.lng]), number })),
    ).map((group) => group.flatMap((i) => shown[i] ?? []))
    const signature = groups.map((g) => g.map((s) => s.number).join(',')).join(' ')
    if (signature === drawn) return
    drawn = signature
    // A marker that had focus is replaced: focus goes to the one now holding its first stop.
    const active = document.activeElement
    const focused =
      active instanceof HTMLElement && active.classList.contains('map-marker') && container.contains(active)
        ? Number(active.querySelector<HTMLElement>('[data-stops]')?.dataset.stops?.split(' ')[0])
        : Number.NaN
    layer.clearLayers()
    for (const group of groups) {
      const [first] = group
      if (!first) continue
      const label = stopsLabel(group.map((s) => s.number))
      const marker = L.marker([first.point.lat, first.point.lng], {
        icon: L.divIcon({
          className: `map-marker map-marker-numbered ${group.length > 1 ? 'map-marker-group' : `map-kind-${first.point.kind}`}`,
          html: `<span class="map-dot" data-stops="${group.map((s) => s.number).join(' ')}">${label}</span>`,
          iconSize: [markerWidth(label), MARKER_SIZE],
        }),
        title: group.map((s) => `${s.number}. ${s.point.title}`).join('; '),
        riseOnHover: true,
      })
      popups.bind(marker, () =>
        popup(
          group.map((s) => s.point),
          config,
          true,
          group.map((s) => s.number),
        ),
      )
      layer.addLayer(marker)
      if (group.some((s) => s.number === focused)) marker.getElement()?.focus({ preventScroll: true })
    }
  }
  map.on('zoomend', draw)

  return {
    filter() {},
    show(keys) {
      shown = numbered.filter(({ point }) => keys.has(pointKey(point)))
      container.dataset.markers = String(shown.length)
      drawn = ''
      fitTo(shown.map(({ point }) => L.latLng(point.lat, point.lng)))
      draw()
    },
  }
}

/** A popup: the place's title, linked, and what it is; on a route, the stops' numbers too. */
function popup(points: MapPoint[], config: MapConfig, route: boolean, numbers: number[] = []): HTMLElement {
  const box = document.createElement(points.length > 1 ? 'ul' : 'div')
  box.className = 'map-popup'
  points.forEach((point, index) => {
    const item = document.createElement(points.length > 1 ? 'li' : 'div')
    const title = document.createElement('strong')
    const link = document.createElement('a')
    link.href = point.url
    link.textContent = point.title
    if (point.lang) link.lang = point.lang
    title.append(route ? `${numbers[index]}. ` : '', link)
    const about = document.createElement('span')
    about.className = 'map-popup-kind'
    about.textContent = config.kinds[point.kind] ?? ''
    if (point.commune) {
      const commune = Object.assign(document.createElement('span'), { textContent: point.commune.name })
      if (point.commune.lang) commune.lang = point.commune.lang
      about.append(about.textContent ? ' · ' : '', commune)
    }
    item.append(title, about)
    if (point.note) {
      const note = document.createElement('small')
      note.className = 'untranslated'
      note.textContent = point.note
      item.append(note)
    }
    box.append(item)
  })
  return box
}
