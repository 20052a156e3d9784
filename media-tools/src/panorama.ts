/**
 * 360° panoramas for the site's viewer: an equirectangular (2:1) photo becomes a web version the
 * viewer can load as one texture (JPEG and WebP, at most 4096×2048 by default, since many phones
 * cannot hold a larger texture), a 1024×512 preview for lists and slow connections, and a
 * placeholder. Same content-addressed folders and atomic writes as images.ts.
 */
import path from 'node:path'
import { MediaError } from './errors.ts'
import { buildFolder, contentHash, readManifest, settleAll } from './images/folders.ts'
import {
  decode,
  FILE_EXTENSIONS,
  type ImageFormat,
  openSource,
  placeholderOf,
  writeDerivative,
} from './images/pixels.ts'
import { checkedCall, type OriginalImage } from './images.ts'
import { invalidParameterError, is } from './is.ts'
import type { MediaLimits } from './limits.ts'
import { quotedName } from './wording.ts'

export const PANORAMA_MIN_SIZE = { width: 2048, height: 1024 } as const
export const PANORAMA_PREVIEW_SIZE = { width: 1024, height: 512 } as const
export const DEFAULT_PANORAMA_MAX_WIDTH = 4096
/** How far from exactly 2:1 a panorama may be (stitchers often crop a few pixels). */
export const EQUIRECTANGULAR_TOLERANCE = 0.01

export interface PanoramaOptions {
  /** Width of the web version (height is half), never upscaled: an even number from 1024 to 8192. Default 4096. */
  maxWidth?: number
  /** The uploaded file name, checked against the content (defaults to the input path's name). */
  filename?: string
  limits?: Partial<MediaLimits>
}

export interface PanoramaFile {
  /** Relative to outDir, with forward slashes, e.g. `<hash>/4096.jpg`. */
  file: string
  width: number
  height: number
  bytes: number
}

export interface ProcessedPanorama {
  hash: string
  cached: boolean
  original: OriginalImage
  /** The same web version as JPEG (for every viewer) and WebP (smaller). */
  web: (PanoramaFile & { format: ImageFormat })[]
  preview: PanoramaFile
  placeholder: string
}

type PanoramaManifest = Omit<ProcessedPanorama, 'cached'>

function checkedMaxWidth(maxWidth: unknown): number {
  if (maxWidth === undefined) return DEFAULT_PANORAMA_MAX_WIDTH
  if (!is.integer(maxWidth) || maxWidth % 2 !== 0 || !is.inRange(maxWidth, 1024, 8192)) {
    throw invalidParameterError('options.maxWidth', 'an even integer from 1024 to 8192', maxWidth)
  }
  return maxWidth
}

function notEquirectangular(width: number, height: number, filename: string | undefined): MediaError {
  const ratio = (width / height).toFixed(2)
  return new MediaError(
    'not-equirectangular',
    {
      vi: `Ảnh${quotedName(filename)} có kích thước ${width}×${height} (tỉ lệ ${ratio.replace('.', ',')}:1), không phải ảnh 360° dạng equirectangular, vốn có chiều rộng gấp đôi chiều cao (tỉ lệ 2:1, ví dụ 8192×4096). Hãy xuất ảnh từ máy ảnh 360° hoặc phần mềm ghép ảnh ở dạng equirectangular 2:1; nếu đây là ảnh thường, hãy tải lên ở mục ảnh.`,
      en: `The image${quotedName(filename)} is ${width}×${height} (ratio ${ratio}:1), not an equirectangular 360° panorama, which is twice as wide as it is high (2:1, e.g. 8192×4096). Export it from the 360° camera or stitching software as a 2:1 equirectangular image; if it is an ordinary photo, upload it as a photo instead.`,
    },
    { width, height },
  )
}

function tooSmall(width: number, height: number, filename: string | undefined): MediaError {
  const { width: minWidth, height: minHeight } = PANORAMA_MIN_SIZE
  return new MediaError(
    'image-too-small',
    {
      vi: `Ảnh 360°${quotedName(filename)} chỉ có ${width}×${height} điểm ảnh; cần ít nhất ${minWidth}×${minHeight} để xem toàn cảnh không bị nhòe. Hãy xuất lại ảnh gốc từ máy ảnh 360° ở độ phân giải đầy đủ.`,
      en: `The 360° panorama${quotedName(filename)} is only ${width}×${height} pixels; at least ${minWidth}×${minHeight} is needed for a sharp view. Export the original from the 360° camera at full resolution.`,
    },
    { width, height, minWidth, minHeight },
  )
}

/**
 * Builds the web version, preview and placeholder of an equirectangular panorama into
 * `outDir/<hash>/`. Refuses images that are not 2:1 ('not-equirectangular') or smaller than
 * PANORAMA_MIN_SIZE ('image-too-small'), besides every refusal of processImage.
 */
export async function processPanorama(
  input: Uint8Array | string,
  outDir: string,
  options: PanoramaOptions = {},
): Promise<ProcessedPanorama> {
  checkedCall(input, outDir, options)
  const maxWidth = checkedMaxWidth(options.maxWidth)
  const source = await openSource(input, 'panorama', options)
  const { width, height, filename } = source
  if (Math.abs(width / height / 2 - 1) > EQUIRECTANGULAR_TOLERANCE) throw notEquirectangular(width, height, filename)
  if (width < PANORAMA_MIN_SIZE.width || height < PANORAMA_MIN_SIZE.height) throw tooSmall(width, height, filename)

  const hash = contentHash(source.bytes, { pipeline: 'panorama', maxWidth })
  const existing = await readManifest<PanoramaManifest>(outDir, hash)
  if (existing) return { ...existing, cached: true }

  // Viewers map the texture onto a sphere assuming exactly 2:1, so a slightly-off source is
  // stretched to it rather than letterboxed.
  const webWidth = Math.min(maxWidth, width - (width % 2))
  const web = { width: webWidth, height: webWidth / 2 }
  const manifest = await buildFolder<PanoramaManifest>(outDir, hash, async (folder) => {
    const pixels = await decode(source, web)
    const file = (name: string) => ({ path: path.join(folder, name), file: `${hash}/${name}` })
    const webFiles = (['jpeg', 'webp'] as const).map((format) => ({
      format,
      ...file(`${web.width}.${FILE_EXTENSIONS[format]}`),
    }))
    const preview = file(`preview.${FILE_EXTENSIONS.jpeg}`)
    const [placeholder, previewBytes, ...webBytes] = await settleAll([
      placeholderOf(pixels),
      writeDerivative(pixels, { format: 'jpeg', ...PANORAMA_PREVIEW_SIZE }, preview.path),
      ...webFiles.map((target) => writeDerivative(pixels, { format: target.format, ...web }, target.path)),
    ])
    return {
      hash,
      original: { width, height, format: source.type, bytes: source.bytes.length },
      web: webFiles.map((target, i) => ({ format: target.format, file: target.file, ...web, bytes: webBytes[i] ?? 0 })),
      preview: { file: preview.file, ...PANORAMA_PREVIEW_SIZE, bytes: previewBytes },
      placeholder,
    }
  })
  return { ...manifest, cached: false }
}
