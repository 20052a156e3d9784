/**
 * Deep zoom from static files: an image pyramid in the IIIF Image API 3 layout, level 0 (every
 * tile a viewer may ask for exists as a file, so any static host or CDN serves it; no image
 * server). Made by libvips through sharp's `tile({ layout: 'iiif3' })`:
 *
 *   <hash>/<x>,<y>,<w>,<h>/<tw>,<th>/0/default.jpg   a tile: region in full-size pixels, size drawn
 *   <hash>/full/<w>,<h>/0/default.jpg                the whole image in one tile (the smallest scale)
 *   <hash>/manifest.json                             what was made (this module's `DeepZoomTiles`)
 *
 * The `info.json` a viewer reads first names the service by its absolute address, which only the
 * site knows (its domain): `imageInfo` writes it there; the folder itself does not depend on where
 * it is published. The folder is content-addressed and complete or absent, like the other media
 * (images/folders.ts).
 *
 * The input is decoded once, oriented (EXIF) and converted to sRGB, as for the web versions, and
 * checked against the same limits before a pixel is decoded.
 */
import { readdir, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { pyramidScales } from '@heritage/contract/zoom'
import sharp from 'sharp'
import { buildFolder, contentHash, readManifest } from './images/folders.ts'
import { decode, ENCODER_OPTIONS, openSource } from './images/pixels.ts'
import { checkedCall } from './images.ts'
import { invalidParameterError, is } from './is.ts'
import type { MediaLimits } from './limits.ts'

// The layout's rules, shared with the CMS and the site: contract/src/zoom.ts.
export { imageInfo, pyramidScales, tilePaths } from '@heritage/contract/zoom'

/** Tile edge in pixels. 512 keeps a 12 MP photo to about 60 files and a phone screen to a few tiles. */
export const DEEP_ZOOM_TILE_SIZE = 512

export interface DeepZoomOptions {
  /** Tile edge in pixels, 64–2048 (default DEEP_ZOOM_TILE_SIZE). */
  tileSize?: number
  /** The uploaded file name, checked against the content (defaults to the input path's name). */
  filename?: string
  limits?: Partial<MediaLimits>
}

export interface DeepZoomTiles {
  /** The folder under outDir, and the last part of the image service's address. */
  hash: string
  /** True when the folder already existed and nothing was encoded. */
  cached: boolean
  /** Full size, after EXIF orientation. */
  width: number
  height: number
  tileSize: number
  /** The scales drawn, 1 (full size) first: the pyramid's levels. */
  scaleFactors: number[]
  /** Whole-image sizes that exist as files (`full/w,h`), for thumbnails: the smallest level. */
  sizes: { width: number; height: number }[]
  /** Tile files written (JPEG) and their bytes. */
  files: number
  bytes: number
}

type DeepZoomManifest = Omit<DeepZoomTiles, 'cached'>

function checkedTileSize(value: unknown): number {
  if (value === undefined) return DEEP_ZOOM_TILE_SIZE
  if (!is.integer(value) || value < 64 || value > 2048) {
    throw invalidParameterError('options.tileSize', 'a whole number of pixels from 64 to 2048', value)
  }
  return value
}

/** Files under `dir` (recursively) and their total bytes. */
async function countFiles(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0
  let bytes = 0
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    files++
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size
  }
  return { files, bytes }
}

/**
 * The folder name `makeDeepZoom` gives the pyramid of these bytes, without decoding them: a store
 * that keeps pyramids elsewhere (a bucket) finds one already made before asking for it again.
 */
export function deepZoomHash(bytes: Uint8Array, tileSize: number = DEEP_ZOOM_TILE_SIZE): string {
  return contentHash(bytes, { pipeline: 'deep-zoom', tileSize: checkedTileSize(tileSize), jpeg: ENCODER_OPTIONS.jpeg })
}

/**
 * Makes the pyramid of one image in `outDir/<hash>/` (see the top of this file), or finds it made.
 * Refuses what `processImage` refuses (type, size, pixel count), with the same messages.
 */
export async function makeDeepZoom(
  input: Uint8Array | string,
  outDir: string,
  options: DeepZoomOptions = {},
): Promise<DeepZoomTiles> {
  checkedCall(input, outDir, options)
  const tileSize = checkedTileSize(options.tileSize)
  const source = await openSource(input, 'image', options)
  const hash = deepZoomHash(source.bytes, tileSize)
  const existing = await readManifest<DeepZoomManifest>(outDir, hash)
  if (existing) return { ...existing, cached: true }

  const manifest = await buildFolder<DeepZoomManifest>(outDir, hash, async (folder) => {
    const pixels = await decode(source, { width: source.width, height: source.height })
    // libvips writes `<target>/…` with its own info.json (a placeholder address): the tiles move
    // up into the folder; imageInfo writes the real info.json where the site publishes them.
    const target = path.join(folder, 'vips')
    await sharp(pixels.data, { raw: { width: pixels.width, height: pixels.height, channels: pixels.channels } })
      .flatten({ background: '#ffffff' })
      .jpeg(ENCODER_OPTIONS.jpeg)
      .tile({ layout: 'iiif3', size: tileSize, id: 'https://invalid.example' })
      .toFile(target)
    // libvips's own info.json and its metadata file (written beside the target) are not published.
    await rm(path.join(target, 'info.json'), { force: true })
    await rm(path.join(folder, 'vips-properties.xml'), { force: true })
    for (const entry of await readdir(target)) await rename(path.join(target, entry), path.join(folder, entry))
    await rm(target, { recursive: true })
    const scaleFactors = pyramidScales(source.width, source.height, tileSize)
    const smallest = scaleFactors.at(-1) ?? 1
    const counted = await countFiles(folder)
    return {
      hash,
      width: source.width,
      height: source.height,
      tileSize,
      scaleFactors,
      sizes: [{ width: Math.ceil(source.width / smallest), height: Math.ceil(source.height / smallest) }],
      ...counted,
    }
  })
  return { ...manifest, cached: false }
}
