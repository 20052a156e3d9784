/**
 * What the map island's build-time HTML and its client scripts must agree on. No imports with
 * side effects: this file ends up in the small script every map page loads.
 */

import type { MapPoint } from '../components/islands/map-points'
import type { PageKind } from '../data/snapshot'
import type { Locale } from '../i18n/locales'
import type { PluralForms } from '../i18n/plural'

/** Handed from the component to the client as JSON. */
export interface MapConfig {
  locale: Locale
  /** Empty when `listed`: the points are read from the list of places (`pointsFromList`). */
  points: MapPoint[]
  listed: boolean
  /** The map page: places come from the clustered files under MAP_DATA, not from the page. */
  clustered?: boolean
  /** Number the points and join them in order (route pages), instead of clustering them. */
  route: boolean
  /** `page`: the map page (loaded at once, fully interactive); `inline`: a small map inside a page. */
  variant: 'inline' | 'page'
  kinds: Partial<Record<PageKind, string>>
  text: {
    count: PluralForms
    cluster: PluralForms
    loading: string
    failed: string
    zoomIn: string
    zoomOut: string
    closePopup: string
  }
}

/** Ids are only unique within a kind. */
export const pointKey = (point: { kind: string; id: string }): string => `${point.kind}:${point.id}`

/** The points of a map with a list, read back from the list's items (the page sends them once). */
export function pointsFromList(root: ParentNode): MapPoint[] {
  const points: MapPoint[] = []
  for (const item of root.querySelectorAll<HTMLElement>('[data-map-list] li[data-key]')) {
    const [kind, id] = (item.dataset.key ?? '').split(':') as [MapPoint['kind'], string]
    const link = item.querySelector('a')
    const commune = item.querySelector<HTMLElement>('[data-commune]')
    points.push({
      id,
      kind,
      title: link?.textContent ?? '',
      lang: (link?.lang || undefined) as Locale | undefined,
      url: link?.getAttribute('href') ?? '',
      note: item.querySelector('[data-untranslated]')?.textContent ?? undefined,
      lat: Number(item.dataset.lat),
      lng: Number(item.dataset.lng),
      rank: item.dataset.rank,
      types: item.dataset.types ? item.dataset.types.split(' ') : undefined,
      commune: commune
        ? {
            id: commune.dataset.commune ?? '',
            name: commune.textContent ?? '',
            lang: (commune.lang || undefined) as Locale | undefined,
          }
        : undefined,
    })
  }
  return points
}
