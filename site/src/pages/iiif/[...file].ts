/** The IIIF Presentation 3 manifests of the entries with photos (utils/iiif.ts). */
import type { APIRoute, GetStaticPaths } from 'astro'
import { type PageEntry, snapshot } from '../../data/snapshot'
import { entriesToWrite } from '../../entry-documents'
import { entryManifest, hasManifest, MANIFEST_TYPE, manifestPath } from '../../utils/iiif'

interface Props {
  entry: PageEntry
}

export const getStaticPaths = (() =>
  entriesToWrite(snapshot(), hasManifest).map((entry) => ({
    params: { file: manifestPath(entry).slice('/iiif/'.length) },
    props: { entry } satisfies Props,
  }))) satisfies GetStaticPaths

export const GET: APIRoute<Props> = ({ props, site }) => {
  const body = entryManifest(props.entry, site ?? new URL('http://localhost:4321'), snapshot().manifest)
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': `${MANIFEST_TYPE}; charset=utf-8` } })
}
