/**
 * What the map island's build-time HTML and its client scripts must agree on. No imports with
 * side effects: this file ends up in the small script every map page loads.
 */

import type { MapPoint } from '../components/islands/map-points'
import type { PageKind } from '../data/snapshot'
import type { Locale } from '../i18n/locales'

/** Plural forms of a count, `{n}` standing for the number (Vietnamese has one form). */
export type CountText = Record<'one' | 'other', string>

/** Handed from the component to the client as JSON. */
export interface MapConfig {
  locale: Locale
  points: MapPoint[]
  /** Number the points and join them in order (route pages), instead of clustering them. */
  route: boolean
  /** `page`: the map page (loaded at once, fully interactive); `inline`: a small map inside a page. */
  variant: 'inline' | 'page'
  kinds: Partial<Record<PageKind, string>>
  text: {
    count: CountText
    cluster: CountText
    loading: string
    failed: string
    zoomIn: string
    zoomOut: string
    closePopup: string
  }
}

/** Ids are only unique within a kind. */
export const pointKey = (point: { kind: string; id: string }): string => `${point.kind}:${point.id}`

export const countText = (text: CountText, n: number, locale: Locale): string =>
  text[new Intl.PluralRules(locale).select(n) === 'one' ? 'one' : 'other'].replace('{n}', n.toLocaleString(locale))
