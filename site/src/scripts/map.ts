/**
 * The heavy part of the map island: Leaflet, marker clustering and their styles. map-island.ts
 * imports this on demand, when a map is about to be seen, so other pages never download it.
 */
import L from 'leaflet'
// Marker clustering extends the global `L` that Leaflet's bundle defines, so it comes second.
import 'leaflet.markercluster'
import type { MapPoint } from '../components/islands/map-points'
import { plural } from '../i18n/plural'
// Inlined into this chunk: a plain CSS import would be put into every page of the site.
import css from './map.css?inline'
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
}

export function mountMap(container: HTMLElement, config: MapConfig): MapHandle {
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

  const markers = config.points.map((point) => {
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
    return { key: pointKey(point), marker }
  })

  const layer = L.markerClusterGroup({
    showCoverageOnHover: false,
    maxClusterRadius: 48,
    animate,
    iconCreateFunction: (cluster) => {
      const n = cluster.getChildCount()
      return L.divIcon({
        className: 'map-cluster',
        html: `<span class="map-dot" aria-hidden="true" data-count="${n}">${n}</span><span class="visually-hidden">${plural(config.locale, config.text.cluster, n)}</span>`,
        iconSize: [MARKER_SIZE, MARKER_SIZE],
      })
    },
  })
  layer.addTo(map)

  return {
    show(keys) {
      const shown = markers.filter((m) => keys.has(m.key)).map((m) => m.marker)
      layer.clearLayers()
      layer.addLayers(shown)
      container.dataset.markers = String(shown.length)
      fitTo(
        shown.map((m) => m.getLatLng()),
        { animate },
      )
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
