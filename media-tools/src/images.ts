/**
 * Responsive image derivatives (AVIF, WebP, JPEG at several widths) for the public site, with a
 * blurred placeholder and a dominant colour for the page to show while they load.
 *
 * Outputs are content-addressed: the folder name is a hash of the input bytes, the normalised
 * options and PIPELINE_VERSION, so the same upload with the same options is encoded once and a
 * folder, once complete, never changes. A folder appears complete or not at all: everything is
 * written into a temporary folder beside it, `manifest.json` last, and the folder is renamed.
 *
 * The input is decoded once, into an oriented, cropped, sRGB pixel buffer at the largest size
 * needed (JPEG shrink-on-load makes that decode cheap); every derivative is resized and encoded
 * from that buffer, in parallel on libuv's thread pool.
 *
 * The pieces shared with panorama.ts live in images/: pixels.ts opens, decodes and encodes,
 * folders.ts writes the content-addressed output folders.
 */
import path from 'node:path'
import type { DetectedType } from './detect.ts'
import { type PhotoMetadata, readPhotoMetadata } from './exif.ts'
import { buildFolder, contentHash, readManifest, settleAll } from './images/folders.ts'
import {
  decode,
  dominantColorOf,
  FILE_EXTENSIONS,
  IMAGE_FORMATS,
  type ImageFormat,
  openSource,
  placeholderOf,
  type Region,
  writeDerivative,
} from './images/pixels.ts'
import { invalidParameterError, is } from './is.ts'
import type { MediaLimits } from './limits.ts'

export { PIPELINE_VERSION } from './images/folders.ts'
export {
  ENCODER_OPTIONS,
  FILE_EXTENSIONS,
  IMAGE_FORMATS,
  type ImageFormat,
  PLACEHOLDER_SIZE,
  type Region,
} from './images/pixels.ts'

export const DEFAULT_WIDTHS: readonly number[] = [320, 640, 960, 1280, 1920]

/** Largest width any derivative may have: WebP cannot encode more than 16383 pixels a side. */
export const MAX_DERIVATIVE_WIDTH = 16383

/** Payload stores focal points in percent of the width and height, 0–100. */
export interface FocalPoint {
  x: number
  y: number
}

export interface CropOptions {
  /** Width divided by height of the crop, e.g. 1 for square, 16 / 9 for a banner. */
  aspectRatio: number
  /** The point the crop window is centred on (clamped to the image); the centre by default. */
  focalPoint?: FocalPoint
}

export interface ImageOptions {
  /** Default all of IMAGE_FORMATS. */
  formats?: readonly ImageFormat[]
  /** Requested widths; widths above the source width are dropped, never upscaled. Default DEFAULT_WIDTHS. */
  widths?: readonly number[]
  crop?: CropOptions
  /** The uploaded file name, checked against the content (defaults to the input path's name). */
  filename?: string
  limits?: Partial<MediaLimits>
  /**
   * At most this many encodes at once (all by default). Each encode holds one of libuv's threads
   * (four by default) until it is done: a server that makes web versions beside requests leaves
   * threads free for their file and crypto work by asking for fewer.
   */
  parallel?: number
}

export interface ImageDerivative {
  format: ImageFormat
  width: number
  height: number
  bytes: number
  /** Relative to outDir, with forward slashes, e.g. `<hash>/640.webp`. */
  file: string
}

export interface OriginalImage {
  /** Display size, after EXIF orientation and before any crop. */
  width: number
  height: number
  format: DetectedType
  bytes: number
}

export interface ProcessedImage {
  hash: string
  /** True when the folder already existed and nothing was encoded. */
  cached: boolean
  original: OriginalImage
  derivatives: ImageDerivative[]
  /** A tiny blurred WebP as a `data:` URL, to show while the real image loads. */
  placeholder: string
  /** `#rrggbb` */
  dominantColor: string
  metadata: PhotoMetadata
}

/**
 * What manifest.json holds. Photo metadata (GPS, camera) is left out on purpose: the folder is
 * published next to the derivatives, which are stripped of it; it is re-read from the original.
 */
type ImageManifest = Omit<ProcessedImage, 'cached' | 'metadata'>

// ---------------------------------------------------------------------------------------------
// Argument checks

/** @internal Shared with panorama.ts. */
export function checkedCall(input: unknown, outDir: unknown, options: unknown): void {
  if (!is.bytes(input) && !is.string(input)) {
    throw invalidParameterError('input', 'a Uint8Array (or Buffer) or a file path', typeof input)
  }
  if (!is.string(outDir)) throw invalidParameterError('outDir', 'a folder path', outDir)
  if (!is.plainObject(options)) throw invalidParameterError('options', 'an object', options)
  if (options.filename !== undefined && !is.string(options.filename)) {
    throw invalidParameterError('options.filename', 'a non-empty string', options.filename)
  }
}

function checkedFormats(formats: unknown): ImageFormat[] {
  if (formats === undefined) return [...IMAGE_FORMATS]
  if (!Array.isArray(formats) || formats.length === 0) {
    throw invalidParameterError('options.formats', `a non-empty array of ${IMAGE_FORMATS.join(', ')}`, formats)
  }
  for (const format of formats) {
    if (!is.inArray(format, IMAGE_FORMATS)) {
      throw invalidParameterError('options.formats[]', `one of ${IMAGE_FORMATS.join(', ')}`, format)
    }
  }
  return IMAGE_FORMATS.filter((format) => formats.includes(format))
}

function checkedWidths(widths: unknown): number[] {
  if (widths === undefined) return [...DEFAULT_WIDTHS]
  if (!Array.isArray(widths) || widths.length === 0) {
    throw invalidParameterError('options.widths', 'a non-empty array of widths in pixels', widths)
  }
  const checked = widths.map((width: unknown) => {
    if (!is.integer(width) || !is.inRange(width, 1, MAX_DERIVATIVE_WIDTH)) {
      throw invalidParameterError('options.widths[]', `an integer from 1 to ${MAX_DERIVATIVE_WIDTH}`, width)
    }
    return width
  })
  return [...new Set(checked)].sort((a, b) => a - b)
}

function checkedCrop(crop: unknown): Required<CropOptions> | undefined {
  if (crop === undefined) return undefined
  if (!is.plainObject(crop)) throw invalidParameterError('options.crop', 'an object with an aspectRatio', crop)
  const { aspectRatio, focalPoint } = crop
  if (!is.number(aspectRatio) || !is.inRange(aspectRatio, 0.01, 100)) {
    throw invalidParameterError('options.crop.aspectRatio', 'a number from 0.01 to 100 (width / height)', aspectRatio)
  }
  if (focalPoint === undefined) return { aspectRatio, focalPoint: { x: 50, y: 50 } }
  if (!is.plainObject(focalPoint))
    throw invalidParameterError('options.crop.focalPoint', 'an object { x, y }', focalPoint)
  const percentage = (axis: 'x' | 'y'): number => {
    const value = focalPoint[axis]
    if (!is.number(value) || !is.inRange(value, 0, 100)) {
      throw invalidParameterError(`options.crop.focalPoint.${axis}`, 'a percentage from 0 to 100', value)
    }
    return value
  }
  return { aspectRatio, focalPoint: { x: percentage('x'), y: percentage('y') } }
}

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value))

/** The largest window of the given aspect ratio, centred on the focal point and kept inside the image. */
export function cropRegion(width: number, height: number, crop: Required<CropOptions>): Region {
  let cropWidth = width
  let cropHeight = height
  if (width / height > crop.aspectRatio) cropWidth = clamp(Math.round(height * crop.aspectRatio), 1, width)
  else cropHeight = clamp(Math.round(width / crop.aspectRatio), 1, height)
  const left = clamp(Math.round((crop.focalPoint.x / 100) * width - cropWidth / 2), 0, width - cropWidth)
  const top = clamp(Math.round((crop.focalPoint.y / 100) * height - cropHeight / 2), 0, height - cropHeight)
  return { left, top, width: cropWidth, height: cropHeight }
}

/**
 * Requested widths that need no upscaling, plus the source width when it is smaller than the
 * largest request, so that there is always at least one derivative and the sharpest one is kept.
 */
export function plannedWidths(requested: readonly number[], sourceWidth: number): number[] {
  const kept = requested.filter((width) => width <= sourceWidth)
  if (sourceWidth < Math.max(...requested) && !kept.includes(sourceWidth)) kept.push(sourceWidth)
  return kept.sort((a, b) => a - b)
}

/** Runs tasks with at most `parallel` of them at once (all at once without a number). */
function limiter(parallel: number | undefined): <T>(task: () => Promise<T>) => Promise<T> {
  if (parallel !== undefined && (!is.integer(parallel) || parallel < 1)) {
    throw invalidParameterError('options.parallel', 'a whole number from 1', parallel)
  }
  let free = parallel ?? Number.POSITIVE_INFINITY
  const waiting: (() => void)[] = []
  return async (task) => {
    if (free > 0) free -= 1
    else await new Promise<void>((resolve) => waiting.push(resolve))
    try {
      return await task()
    } finally {
      const next = waiting.shift()
      if (next) next()
      else free += 1
    }
  }
}

/**
 * Builds the responsive derivatives of an uploaded photo into `outDir/<hash>/` and returns what
 * the site needs to show them. Refusals are MediaErrors (file-too-large, too-many-pixels,
 * unsupported-type, type-mismatch, svg-not-allowed, corrupt-file) and leave outDir untouched.
 */
export async function processImage(
  input: Uint8Array | string,
  outDir: string,
  options: ImageOptions = {},
): Promise<ProcessedImage> {
  checkedCall(input, outDir, options)
  const formats = checkedFormats(options.formats)
  const widths = checkedWidths(options.widths)
  const crop = checkedCrop(options.crop)
  const slot = limiter(options.parallel)
  const source = await openSource(input, 'image', options)
  const hash = contentHash(source.bytes, { pipeline: 'image', formats, widths, crop: crop ?? null })
  const metadata = readPhotoMetadata(source.bytes)

  const existing = await readManifest<ImageManifest>(outDir, hash)
  if (existing) return { ...existing, cached: true, metadata: await metadata }

  const region = crop ? cropRegion(source.width, source.height, crop) : undefined
  const sourceWidth = region?.width ?? source.width
  const sourceHeight = region?.height ?? source.height
  const heightFor = (width: number): number => Math.max(1, Math.round((width * sourceHeight) / sourceWidth))
  const planned = plannedWidths(widths, sourceWidth)
  const largest = planned.at(-1) ?? sourceWidth

  const manifest = await buildFolder<ImageManifest>(outDir, hash, async (folder) => {
    const pixels = await decode(source, { width: largest, height: heightFor(largest) }, region)
    const encoded = formats.flatMap((format) =>
      planned.map(async (width): Promise<ImageDerivative> => {
        const height = heightFor(width)
        const name = `${width}.${FILE_EXTENSIONS[format]}`
        const bytes = await slot(() => writeDerivative(pixels, { format, width, height }, path.join(folder, name)))
        return { format, width, height, bytes, file: `${hash}/${name}` }
      }),
    )
    const [placeholder, dominantColor, ...derivatives] = await settleAll([
      placeholderOf(pixels),
      dominantColorOf(pixels),
      ...encoded,
    ])
    return {
      hash,
      original: { width: source.width, height: source.height, format: source.type, bytes: source.bytes.length },
      derivatives,
      placeholder,
      dominantColor,
    }
  })
  return { ...manifest, cached: false, metadata: await metadata }
}
