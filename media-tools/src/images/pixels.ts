/**
 * Pixels of an upload: opened and checked from its header, decoded once (oriented, cropped, sRGB),
 * then resized and encoded into each derivative, the placeholder and the dominant colour.
 */
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'
import { assertUpload, type DetectedType, FILE_TYPES, fileTooLarge } from '../detect.ts'
import { MediaError } from '../errors.ts'
import { decodeHeic } from '../heic.ts'
import { checkedLimits, type MediaLimits } from '../limits.ts'
import { formatNumber, type Language, quotedName } from '../wording.ts'

export const IMAGE_FORMATS = ['avif', 'webp', 'jpeg'] as const
export type ImageFormat = (typeof IMAGE_FORMATS)[number]

/** Encoder settings, shared with the benchmark baseline so that it compares pipelines, not settings. */
export const ENCODER_OPTIONS = {
  avif: { quality: 50 },
  webp: { quality: 80 },
  jpeg: { quality: 80, mozjpeg: true },
} as const satisfies Record<ImageFormat, object>

export const FILE_EXTENSIONS: Readonly<Record<ImageFormat, string>> = { avif: 'avif', webp: 'webp', jpeg: 'jpg' }

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

const megapixels = (pixels: number, language: Language): string => formatNumber(pixels / 1e6, language, 1)

function tooManyPixels(width: number, height: number, limit: number, filename: string | undefined): MediaError {
  return new MediaError(
    'too-many-pixels',
    {
      vi: `Ảnh${quotedName(filename)} có kích thước ${width}×${height} điểm ảnh (${megapixels(width * height, 'vi')} megapixel), vượt giới hạn ${megapixels(limit, 'vi')} megapixel. Hãy thu nhỏ ảnh rồi tải lên lại.`,
      en: `The image${quotedName(filename)} is ${width}×${height} pixels (${megapixels(width * height, 'en')} megapixels), over the ${megapixels(limit, 'en')} megapixel limit. Scale it down and upload it again.`,
    },
    { width, height, limit },
  )
}

function corruptFile(source: { type: DetectedType; filename: string | undefined }, cause: unknown): MediaError {
  const label = FILE_TYPES[source.type].label
  return new MediaError(
    'corrupt-file',
    {
      vi: `Tệp${quotedName(source.filename)} (${label.vi}) bị hỏng hoặc chưa được tải lên hết nên không đọc được. Hãy thử mở tệp trên máy tính; nếu mở được, hãy lưu lại thành JPEG hoặc PNG rồi tải lên lại.`,
      en: `The file${quotedName(source.filename)} (${label.en}) is damaged or incomplete and cannot be read. Try opening it on your computer; if it opens, save it again as JPEG or PNG and upload that.`,
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

export async function dominantColorOf(raw: RawImage): Promise<string> {
  const { dominant } = await fromRaw(raw).stats()
  return `#${[dominant.r, dominant.g, dominant.b].map((channel) => channel.toString(16).padStart(2, '0')).join('')}`
}
