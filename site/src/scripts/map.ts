/**
 * The heavy part of the map island: Leaflet, marker clustering and their styles. map-island.ts
 * imports this on demand, when a map is about to be seen, so other pages never download it.
 */
import L from 'leaflet'
// Marker clustering extends the global `L` that Leaflet's bundle defines, so it comes second.
import 'leaflet.markercluster'
import type { MapPoint } from '../components/islands/map-points'
// Inlined into this chunk: a plain CSS import would be put into every page of the site.
import css from './map.css?inline'
import { countText, type MapConfig, pointKey } from './map-shared'

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
  map.on('popupopen', (event) => {
    event.popup
      .getElement()
      ?.querySelector('.leaflet-popup-close-button')
      ?.setAttribute('aria-label', config.text.closePopup)
  })

  const markers = config.points.map((point, index) => {
    const number = config.route ? (point.order ?? index + 1) : undefined
    const marker = L.marker([point.lat, point.lng], {
      icon: L.divIcon({
        className: `map-marker map-kind-${point.kind}`,
        html: number ? String(number) : '',
        iconSize: number ? [32, 32] : [28, 28],
      }),
      // The accessible name of the marker button (and a tooltip for mouse users).
      title: number ? `${number}. ${point.title}` : point.title,
      riseOnHover: true,
    })
    marker.bindPopup(() => popup(point, config, number))
    return { key: pointKey(point), marker }
  })

  const layer = config.route
    ? L.featureGroup()
    : L.markerClusterGroup({
        showCoverageOnHover: false,
        maxClusterRadius: 48,
        animate,
        iconCreateFunction: (cluster) => {
          const n = cluster.getChildCount()
          return L.divIcon({
            className: 'map-cluster',
            html: `<span aria-hidden="true" data-count="${n}">${n}</span><span class="visually-hidden">${countText(config.text.cluster, n, config.locale)}</span>`,
            iconSize: [40, 40],
          })
        },
      })
  if (config.route) {
    L.polyline(
      config.points.map((p) => [p.lat, p.lng]),
      { color: ROUTE_COLOUR, weight: 4, opacity: 0.75, interactive: false },
    ).addTo(map)
  }
  layer.addTo(map)

  const fitTo = (shown: L.Marker[], options: L.FitBoundsOptions = {}) => {
    if (shown.length === 0) return
    map.fitBounds(L.latLngBounds(shown.map((m) => m.getLatLng())), { padding: [32, 32], maxZoom: 16, ...options })
  }
  // A view first, so that a filter matching nothing still leaves a usable map.
  fitTo(
    markers.map((m) => m.marker),
    { animate: false },
  )

  return {
    show(keys) {
      const shown = markers.filter((m) => keys.has(m.key)).map((m) => m.marker)
      layer.clearLayers()
      if (layer instanceof L.MarkerClusterGroup) layer.addLayers(shown)
      else for (const marker of shown) layer.addLayer(marker)
      container.dataset.markers = String(shown.length)
      fitTo(shown, { animate })
    },
  }
}

function popup(point: MapPoint, config: MapConfig, number: number | undefined): HTMLElement {
  const box = document.createElement('div')
  const title = document.createElement('strong')
  const link = document.createElement('a')
  link.href = point.url
  link.textContent = point.title
  if (point.lang) link.lang = point.lang
  title.append(number ? `${number}. ` : '', link)
  const about = document.createElement('span')
  about.className = 'map-popup-kind'
  about.textContent = [config.kinds[point.kind], point.commune?.name].filter(Boolean).join(' · ')
  box.append(title, about)
  return box
}
