/**
 * The IIIF Image API 3 info.json of each deep-zoom pyramid (utils/inscriptions.ts), beside its
 * tiles (snapshot media under /media/zoom/<hash>/, published with the other media).
 */
import type { APIRoute, GetStaticPaths } from 'astro'
import { snapshot } from '../../../../data/snapshot'
import { entriesToWrite } from '../../../../entry-documents'
import { siteOf } from '../../../../site-url'
import { imageService, zoomable } from '../../../../utils/inscriptions'

type Zoomable = Parameters<typeof imageService>[0]
interface Props {
  image: Zoomable
}

export const getStaticPaths = (() => {
  const images = new Map<string, Zoomable>()
  for (const entry of entriesToWrite(snapshot(), (e) => e.gallery.some(zoomable))) {
    for (const image of entry.gallery.filter(zoomable)) images.set(image.zoom.hash, image)
  }
  return [...images].map(([hash, image]) => ({ params: { hash }, props: { image } satisfies Props }))
}) satisfies GetStaticPaths

export const GET: APIRoute<Props> = ({ props, site }) =>
  new Response(JSON.stringify(imageService(props.image, siteOf(site))), {
    headers: { 'Content-Type': 'application/ld+json;profile="http://iiif.io/api/image/3/context.json"' },
  })
