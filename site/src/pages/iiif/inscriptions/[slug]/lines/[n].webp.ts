/**
 * The photo of each inscription line with characters many phones cannot draw (Extension B and
 * later): its region cut from the largest JPEG web version of its photo, a small WebP
 * (utils/inscriptions.ts `needsLineImage`).
 */
import path from 'node:path'
import type { APIRoute, GetStaticPaths } from 'astro'
import sharp from 'sharp'
import { snapshot } from '../../../../../data/snapshot'
import { entriesToWrite } from '../../../../../entry-documents'
import { type Inscription, needsLineImage, regionPixels } from '../../../../../utils/inscriptions'

interface Props {
  entry: Inscription
  index: number
}

/** The longer side of a line's photo, in pixels: enough to read the characters on a phone. */
const LONGEST = 720

export const getStaticPaths = (() =>
  entriesToWrite(snapshot(), (e): e is Inscription => e.kind === 'inscriptions').flatMap((entry) =>
    entry.lines.flatMap((line, index) =>
      needsLineImage(line) && regionPixels(entry, line)
        ? [{ params: { slug: entry.slug, n: String(index + 1) }, props: { entry, index } satisfies Props }]
        : [],
    ),
  )) satisfies GetStaticPaths

export const GET: APIRoute<Props> = async ({ props }) => {
  const line = props.entry.lines[props.index]
  const region = line && regionPixels(props.entry, line)
  if (!region) return new Response(null, { status: 404 })
  const source = region.photo.versions.filter((v) => v.format === 'jpeg').at(-1) ?? region.photo.versions.at(-1)
  if (!source) return new Response(null, { status: 404 })
  // The web version may be smaller than the photo: the region is scaled to it.
  const k = source.width / region.photo.width
  const left = Math.floor(region.x * k)
  const top = Math.floor(region.y * k)
  const width = Math.max(1, Math.min(source.width - left, Math.round(region.w * k)))
  const height = Math.max(1, Math.min(source.height - top, Math.round(region.h * k)))
  const data = await sharp(path.join(snapshot().dir, 'media', source.file))
    .extract({ left, top, width, height })
    .resize({ width: LONGEST, height: LONGEST, fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 72 })
    .toBuffer()
  return new Response(new Uint8Array(data), { headers: { 'Content-Type': 'image/webp' } })
}
