/**
 * The open-data downloads: /data/heritage.csv, /data/heritage.geojson and /data/heritage.jsonld,
 * and /data/catalog.jsonld, the DCAT catalogue that describes them for open-data portals.
 */
import type { APIRoute, GetStaticPaths } from 'astro'
import { snapshot } from '../../data/snapshot'
import { siteOf } from '../../site-url'
import { CATALOG_FILE, dcatCatalog } from '../../utils/dcat'
import { openData } from '../../utils/opendata'

interface Props {
  content: string
  type: string
}

export const getStaticPaths = (() => {
  const site = siteOf(import.meta.env.SITE)
  const snap = snapshot()
  const data = openData(snap, site)
  return [
    ...data.files.map((file) => ({
      params: { file: file.name },
      props: { content: file.content, type: `${file.encodingFormat}; charset=utf-8` } satisfies Props,
    })),
    {
      params: { file: CATALOG_FILE },
      props: {
        content: JSON.stringify(dcatCatalog(data, site, snap.manifest.publisher)),
        type: 'application/ld+json; charset=utf-8',
      } satisfies Props,
    },
  ]
}) satisfies GetStaticPaths

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(props.content, { headers: { 'Content-Type': props.type } })
