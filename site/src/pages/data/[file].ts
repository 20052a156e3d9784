/** The open-data downloads: /data/heritage.csv, /data/heritage.geojson and /data/heritage.jsonld. */
import type { APIRoute, GetStaticPaths } from 'astro'
import { snapshot } from '../../data/snapshot'
import { openData } from '../../utils/opendata'

interface Props {
  content: string
  type: string
}

export const getStaticPaths = (() => {
  const site = new URL(import.meta.env.SITE ?? 'http://localhost:4321')
  return openData(snapshot(), site).files.map((file) => ({
    params: { file: file.name },
    props: { content: file.content, type: `${file.encodingFormat}; charset=utf-8` } satisfies Props,
  }))
}) satisfies GetStaticPaths

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(props.content, { headers: { 'Content-Type': props.type } })
