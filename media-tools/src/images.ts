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
 */
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'
import { assertUpload, type DetectedType, FILE_TYPES, fileTooLarge } from './detect.ts'
import { MediaError } from './errors.ts'
import { type PhotoMetadata, readPhotoMetadata } from './exif.ts'
import { decodeHeic } from './heic.ts'
import { invalidParameterError, is } from './is.ts'
import { checkedLimits, type MediaLimits } from './limits.ts'

/** Bump whenever the same input and options would produce different files, so caches rebuild. */
export const PIPELINE_VERSION = 1

export const IMAGE_FORMATS = ['avif', 'webp', 'jpeg'] as const
export type ImageFormat = (typeof IMAGE_FORMATS)[number]

export const DEFAULT_WIDTHS: readonly number[] = [320, 640, 960, 1280, 1920]

/** Largest width any derivative may have: WebP cannot encode more than 16383 pixels a side. */
export const MAX_DERIVATIVE_WIDTH = 16383

/** Encoder settings, shared with the benchmark baseline so that it compares pipelines, not settings. */
export const ENCODER_OPTIONS = {
  avif: { quality: 50 },
  webp: { quality: 80 },
  jpeg: { quality: 80, mozjpeg: true },
} as const satisfies Record<ImageFormat, object>

export const FILE_EXTENSIONS: Readonly<Record<ImageFormat, string>> = { avif: 'avif', webp: 'webp', jpeg: 'jpg' }

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

// ---------------------------------------------------------------------------------------------
// Machinery shared with panorama.ts

/** @internal An upload that passed every check that can be made without decoding it. */
export interface SourceImage {
  bytes: Uint8Array
  type: DetectedType
  filename: string | undefined
  /** Display size, after EXIF orientation. */
  width: number
  height: number
  limits: MediaLimits
}

/** @internal Decoded pixels: 8-bit sRGB, 3 or 4 channels (or 1–2 for grey input). */
export interface RawImage {
  data: Buffer
  width: number
  height: number
  channels: 1 | 2 | 3 | 4
}

export interface Region {
  left: number
  top: number
  width: number
  height: number
}

const quoted = (filename: string | undefined): string => (filename ? ` "${filename}"` : '')

const megapixels = (pixels: number, language: 'vi' | 'en'): string =>
  new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 }).format(pixels / 1e6)

function tooManyPixels(width: number, height: number, limit: number, filename: string | undefined): MediaError {
  return new MediaError(
    'too-many-pixels',
    {
      vi: `Ảnh${quoted(filename)} có kích thước ${width}×${height} điểm ảnh (${megapixels(width * height, 'vi')} megapixel), vượt giới hạn ${megapixels(limit, 'vi')} megapixel. Hãy thu nhỏ ảnh rồi tải lên lại.`,
      en: `The image${quoted(filename)} is ${width}×${height} pixels (${megapixels(width * height, 'en')} megapixels), over the ${megapixels(limit, 'en')} megapixel limit. Scale it down and upload it again.`,
    },
    { width, height, limit },
  )
}

function corruptFile(source: { type: DetectedType; filename: string | undefined }, cause: unknown): MediaError {
  const label = FILE_TYPES[source.type].label
  return new MediaError(
    'corrupt-file',
    {
      vi: `Tệp${quoted(source.filename)} (${label.vi}) bị hỏng hoặc chưa được tải lên hết nên không đọc được. Hãy thử mở tệp trên máy tính; nếu mở được, hãy lưu lại thành JPEG hoặc PNG rồi tải lên lại.`,
      en: `The file${quoted(source.filename)} (${label.en}) is damaged or incomplete and cannot be read. Try opening it on your computer; if it opens, save it again as JPEG or PNG and upload that.`,
    },
    { cause: cause instanceof Error ? cause.message : String(cause) },
  )
}

/**
 * @internal Loads an upload and checks size, type, and pixel count from the header, all before
 * any pixel is decoded.
 */
export async function openSource(
  input: Uint8Array | string,
  kind: 'image' | 'panorama',
  options: { filename?: string; limits?: unknown },
): Promise<SourceImage> {
  const limits = checkedLimits(options.limits, 'options.limits')
  let filename = options.filename
  let bytes: Uint8Array
  if (typeof input === 'string') {
    filename ??= path.basename(input)
    // Refuse a huge file before reading it into memory.
    const { size } = await stat(input)
    if (size > limits.maxFileBytes) throw fileTooLarge(size, limits.maxFileBytes, filename)
    bytes = await readFile(input)
  } else {
    bytes = input
  }
  const type = assertUpload(bytes, { kind, filename, limits })
  let header: sharp.Metadata
  try {
    // The header is trusted only to be compared with the limit, so sharp's own limit is lifted here.
    header = await sharp(bytes, { limitInputPixels: false }).metadata()
  } catch (error) {
    throw corruptFile({ type, filename }, error)
  }
  if (header.width * header.height > limits.maxInputPixels) {
    throw tooManyPixels(header.width, header.height, limits.maxInputPixels, filename)
  }
  return { bytes, type, filename, width: header.autoOrient.width, height: header.autoOrient.height, limits }
}

/** @internal sha256 of the input, what is done to it, and the pipeline version. */
export function contentHash(bytes: Uint8Array, recipe: Record<string, unknown>): string {
  return createHash('sha256')
    .update(bytes)
    .update(JSON.stringify(recipe))
    .update(`pipeline-${PIPELINE_VERSION}`)
    .digest('hex')
}

const MANIFEST = 'manifest.json'

const errorCode = (error: unknown): unknown => (error as NodeJS.ErrnoException | undefined)?.code

/** @internal The manifest of a complete output folder, or undefined when there is none yet. */
export async function readManifest<T>(outDir: string, hash: string): Promise<T | undefined> {
  let text: string
  try {
    text = await readFile(path.join(outDir, hash, MANIFEST), 'utf8')
  } catch (error) {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return undefined
    throw error
  }
  try {
    return JSON.parse(text) as T
  } catch {
    return undefined
  }
}

/**
 * @internal Runs `build` in a fresh temporary folder inside outDir, writes the manifest it returns
 * (via a temporary file and a rename), then renames the folder to `outDir/<hash>`. On any error
 * the temporary folder is removed, so a failure leaves nothing behind.
 */
export async function buildFolder<T extends object>(
  outDir: string,
  hash: string,
  build: (folder: string) => Promise<T>,
): Promise<T> {
  await mkdir(outDir, { recursive: true })
  const temporary = await mkdtemp(path.join(outDir, `.tmp-${hash.slice(0, 12)}-`))
  try {
    const manifest = await build(temporary)
    await writeFile(path.join(temporary, `${MANIFEST}.tmp`), `${JSON.stringify(manifest, null, 2)}\n`)
    await rename(path.join(temporary, `${MANIFEST}.tmp`), path.join(temporary, MANIFEST))
    await publishFolder(temporary, outDir, hash)
    return manifest
  } catch (error) {
    await rm(temporary, { recursive: true, force: true })
    throw error
  }
}

async function publishFolder(temporary: string, outDir: string, hash: string): Promise<void> {
  const target = path.join(outDir, hash)
  try {
    await rename(temporary, target)
  } catch (error) {
    if (errorCode(error) !== 'ENOTEMPTY' && errorCode(error) !== 'EEXIST') throw error
    // Someone else finished the same work first: theirs is identical, keep it.
    if (await readManifest(outDir, hash)) {
      await rm(temporary, { recursive: true, force: true })
      return
    }
    // A folder without a valid manifest is not a finished output.
    await rm(target, { recursive: true, force: true })
    await rename(temporary, target)
  }
}

const sharpPipeline = (source: SourceImage): sharp.Sharp =>
  sharp(source.bytes, { failOn: 'truncated', limitInputPixels: source.limits.maxInputPixels }).rotate()

/** libheif's pixels, already turned the way the phone stored them to be shown (see heic.ts). */
async function heicPipeline(source: SourceImage): Promise<sharp.Sharp> {
  const pixels = await decodeHeic(source.bytes)
  // The header (read by sharp) sized the plan; pixels of another size would be stretched.
  if (pixels.width !== source.width || pixels.height !== source.height) {
    throw new Error(
      `libheif decoded ${pixels.width}×${pixels.height}, the header says ${source.width}×${source.height}`,
    )
  }
  const pipeline = sharp(pixels.data, { raw: { width: pixels.width, height: pixels.height, channels: 4 } })
  return pixels.opaque ? pipeline.removeAlpha() : pipeline
}

/**
 * @internal Decodes once: EXIF orientation applied (for HEIC, the container's), optional region cut out (in oriented
 * coordinates), resized to `size`, converted to 8-bit sRGB. Truncated data is an error, not grey.
 */
export async function decode(
  source: SourceImage,
  size: { width: number; height: number },
  region?: Region,
): Promise<RawImage> {
  const regionWidth = region?.width ?? source.width
  const regionHeight = region?.height ?? source.height
  try {
    let pipeline = source.type === 'heic' ? await heicPipeline(source) : sharpPipeline(source)
    if (region) pipeline = pipeline.extract(region)
    if (size.width !== regionWidth || size.height !== regionHeight) {
      pipeline = pipeline.resize(size.width, size.height, { fit: 'fill' })
    }
    const { data, info } = await pipeline
      .toColourspace('srgb')
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true })
    return { data, width: info.width, height: info.height, channels: info.channels }
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) {
      throw tooManyPixels(source.width, source.height, source.limits.maxInputPixels, source.filename)
    }
    throw corruptFile(source, error)
  }
}

const fromRaw = (raw: RawImage): sharp.Sharp =>
  sharp(raw.data, { raw: { width: raw.width, height: raw.height, channels: raw.channels } })

/** @internal Resizes decoded pixels and encodes them to `file`, with no metadata; returns the size in bytes. */
export async function writeDerivative(
  raw: RawImage,
  target: { format: ImageFormat; width: number; height: number },
  file: string,
): Promise<number> {
  let pipeline = fromRaw(raw)
  if (target.width !== raw.width || target.height !== raw.height) {
    pipeline = pipeline.resize(target.width, target.height, { fit: 'fill' })
  }
  switch (target.format) {
    case 'avif':
      pipeline = pipeline.avif(ENCODER_OPTIONS.avif)
      break
    case 'webp':
      pipeline = pipeline.webp(ENCODER_OPTIONS.webp)
      break
    case 'jpeg':
      // JPEG has no transparency: transparent areas become white, as on the page, not black.
      pipeline = pipeline.flatten({ background: '#ffffff' }).jpeg(ENCODER_OPTIONS.jpeg)
      break
  }
  const info = await pipeline.toFile(file)
  return info.size
}

/** Placeholders are at most this many pixels a side. */
export const PLACEHOLDER_SIZE = 32

/** @internal A tiny blurred WebP as a data URL (typically a few hundred bytes). */
export async function placeholderOf(raw: RawImage): Promise<string> {
  const data = await fromRaw(raw)
    .resize({ width: PLACEHOLDER_SIZE, height: PLACEHOLDER_SIZE, fit: 'inside', withoutEnlargement: true })
    .blur(1)
    .webp({ quality: 40 })
    .toBuffer()
  return `data:image/webp;base64,${data.toString('base64')}`
}

async function dominantColorOf(raw: RawImage): Promise<string> {
  const { dominant } = await fromRaw(raw).stats()
  return `#${[dominant.r, dominant.g, dominant.b].map((channel) => channel.toString(16).padStart(2, '0')).join('')}`
}

/**
 * @internal Like Promise.all, but waits for every task to settle before rejecting, so that no
 * encoder is still writing into a folder that is being removed.
 */
export async function settleAll<T extends readonly unknown[] | []>(
  tasks: T,
): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const results: PromiseSettledResult<unknown>[] = await Promise.allSettled(tasks as readonly unknown[])
  const failure = results.find((result): result is PromiseRejectedResult => result.status === 'rejected')
  if (failure) throw failure.reason
  return results.map((result) => (result as PromiseFulfilledResult<unknown>).value) as {
    -readonly [K in keyof T]: Awaited<T[K]>
  }
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

// ---------------------------------------------------------------------------------------------

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
        const bytes = await writeDerivative(pixels, { format, width, height }, path.join(folder, name))
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
