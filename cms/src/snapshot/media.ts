/**
 * The public form of the media records an entry shows: web versions only, a whitelist of fields
 * (the originals and their EXIF, the uploader, the GPS position never leave the CMS). Pure: the
 * files are named through `MediaFiles`, which the collector (mediaFiles.ts) backs with the disk.
 */

import { type Audio, type Image, isLocale, type Model, type Panorama } from '@heritage/contract'
import { idText } from '../shared/ids.ts'
import { valueAt } from '../shared/paths.ts'
import type { StoredAudio, StoredMedia, StoredModel, StoredPanorama } from './records.ts'
import { defined, localized, num, optionalText, str } from './values.ts'

/** What a projection hands to the strict schema: the public fields, some still unchecked. */
export type Projected<T> = { [K in keyof T]?: unknown }

export interface MediaFiles {
  /** A web version made by media-tools: the snapshot takes it, under the same name. */
  derivative(file: string): string
  /** An uploaded recording, named by its content; null when the file is missing. */
  audio(filename: string): Promise<{ file: string; bytes: number } | null>
}

/** The public media, by id, that entries refer to. */
export interface MediaLookup {
  images: ReadonlyMap<string, Projected<Image>>
  /** The photos of inscriptions: as `images`, with their deep-zoom pyramid when it could be made. */
  zoomed: ReadonlyMap<string, Projected<Image>>
  panoramas: ReadonlyMap<string, Projected<Panorama>>
  models: ReadonlyMap<string, Projected<Model>>
  audio: ReadonlyMap<string, Projected<Audio>>
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])

export function imageOf(doc: StoredMedia, files: MediaFiles): Projected<Image> | undefined {
  const versions = list(doc.derivatives)
  const cards = list(doc.cardDerivatives)
  const alt = localized(doc.alt)
  const width = num(doc.width)
  const height = num(doc.height)
  if (!alt || !width || !height || versions.length === 0 || !str(doc.placeholder)) return undefined
  const pick = (v: unknown) => ({
    format: valueAt(v, ['format']),
    width: valueAt(v, ['width']),
    height: valueAt(v, ['height']),
    bytes: valueAt(v, ['bytes']),
    file: files.derivative(String(valueAt(v, ['file']))),
  })
  return defined({
    id: String(doc.id),
    alt,
    caption: optionalText(doc.caption),
    credit: optionalText(doc.credit),
    license: str(doc.license),
    width,
    height,
    placeholder: String(doc.placeholder),
    color: str(doc.dominantColor) ?? '#808080',
    versions: versions.map(pick),
    cards: cards.map(pick),
  })
}

export function panoramaOf(doc: StoredPanorama, files: MediaFiles): Projected<Panorama> | undefined {
  const web = list(valueAt(doc.derivatives, ['web']))
  const preview = valueAt(doc.derivatives, ['preview'])
  const title = localized(doc.title)
  if (!title || !web.length || !preview || !str(doc.placeholder)) return undefined
  const pick = (f: unknown) => ({
    file: files.derivative(String(valueAt(f, ['file']))),
    width: valueAt(f, ['width']),
    height: valueAt(f, ['height']),
    bytes: valueAt(f, ['bytes']),
  })
  return defined({
    id: String(doc.id),
    title,
    heading: num(doc.initialHeading) ?? 0,
    credit: optionalText(doc.credit),
    license: str(doc.license),
    web: web.map((f) => ({
      ...pick(f),
      format: valueAt(f, ['format']) === 'webp' ? ('webp' as const) : ('jpeg' as const),
    })),
    preview: pick(preview),
    placeholder: String(doc.placeholder),
  })
}

/** A 3D model, with its poster image (already projected, from `images`). */
export function modelOf(
  doc: StoredModel,
  files: MediaFiles,
  images: ReadonlyMap<string, Projected<Image>>,
): Projected<Model> | undefined {
  const file = str(doc.optimised?.file)
  const bytesAfter = valueAt(doc.report, ['bytesAfter'])
  const title = localized(doc.title)
  // No optimised file means the scan failed validation: it is not published.
  if (!file || !title || !bytesAfter) return undefined
  const posterId = idText(doc.poster)
  return defined({
    id: String(doc.id),
    title,
    description: optionalText(doc.description),
    credit: optionalText(doc.credit),
    license: str(doc.license),
    file: files.derivative(file),
    bytes: bytesAfter,
    triangles: valueAt(doc.report, ['triangles']) ?? 0,
    poster: posterId ? images.get(posterId) : undefined,
  })
}

export async function audioOf(doc: StoredAudio, files: MediaFiles): Promise<Projected<Audio> | undefined> {
  const filename = str(doc.filename)
  const title = localized(doc.title)
  const mimeType = str(doc.mimeType)
  if (!filename || !title || !mimeType) return undefined
  const upload = await files.audio(filename)
  if (!upload) return undefined
  return defined({
    id: String(doc.id),
    title,
    language: isLocale(doc.language) ? doc.language : 'vi',
    transcript: optionalText(doc.transcript),
    durationSeconds: num(doc.durationSeconds),
    credit: optionalText(doc.credit),
    file: upload.file,
    mimeType,
    bytes: upload.bytes,
  })
}

/** What a pyramid (media-tools `makeDeepZoom`) adds to the public image it was made from. */
export interface ZoomTiles {
  hash: string
  width: number
  height: number
  tileSize: number
  scaleFactors: number[]
  sizes: { width: number; height: number }[]
  bytes: number
}

/**
 * The image with its pyramid, when the pyramid is of the same picture as the image says (its
 * width and height: the site computes every tile's address from them and `zoom`); otherwise the
 * image without one, rather than tiles a viewer would place wrongly.
 */
export function withZoom(image: Projected<Image>, tiles: ZoomTiles | null): Projected<Image> {
  if (!tiles || tiles.width !== image.width || tiles.height !== image.height) return image
  return {
    ...image,
    zoom: {
      hash: tiles.hash,
      tileSize: tiles.tileSize,
      scaleFactors: tiles.scaleFactors,
      sizes: tiles.sizes,
      bytes: tiles.bytes,
    },
  }
}
