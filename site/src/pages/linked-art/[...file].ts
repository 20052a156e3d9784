/** The Linked Art documents of the relics and inscriptions (utils/linked-art.ts). */
import type { APIRoute, GetStaticPaths } from 'astro'
import { snapshot } from '../../data/snapshot'
import { entriesToWrite } from '../../entry-documents'
import { entryLinkedArt, hasLinkedArt, LINKED_ART_TYPE, linkedArtPath } from '../../utils/linked-art'

interface Props {
  entry: Parameters<typeof entryLinkedArt>[0]
}

export const getStaticPaths = (() =>
  entriesToWrite(snapshot(), hasLinkedArt).map((entry) => ({
    params: { file: linkedArtPath(entry).slice('/linked-art/'.length) },
    props: { entry } satisfies Props,
  }))) satisfies GetStaticPaths

export const GET: APIRoute<Props> = ({ props, site }) => {
  const body = entryLinkedArt(props.entry, site ?? new URL('http://localhost:4321'), snapshot().manifest)
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': `${LINKED_ART_TYPE}; charset=utf-8` } })
}
