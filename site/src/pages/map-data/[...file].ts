/** The map page's clusters and places, cut into small files (utils/map-tiles.ts). */
import type { APIRoute, GetStaticPaths } from 'astro'
import { snapshotPoints } from '../../components/islands/map-points'
import { snapshot } from '../../data/snapshot'
import { type Locale, publishedLocales } from '../../i18n/locales'
import { untranslatedNote } from '../../i18n/ui'
import { MAP_DATA } from '../../scripts/map-data'
import { mapDataFiles } from '../../utils/map-tiles'

interface Props {
  content: string
}

export const getStaticPaths = (() => {
  const data = snapshot()
  const points = (locale: string) =>
    snapshotPoints(data, locale as Locale).map((p) =>
      p.untranslated ? { ...p, note: untranslatedNote(locale as Locale, p.untranslated) } : p,
    )
  return mapDataFiles(points, publishedLocales(data.manifest)).map((file) => ({
    params: { file: file.path.slice(MAP_DATA.length) },
    props: { content: file.content } satisfies Props,
  }))
}) satisfies GetStaticPaths

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(props.content, { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
