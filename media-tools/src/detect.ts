/**
 * What an upload really is, judged by its content (magic bytes), never by its name: officers
 * rename files, phones save HEIC as .jpg, and a renamed file must not reach a decoder that
 * trusts its extension.
 */
import { MediaError } from './errors.ts'
import { invalidParameterError, is } from './is.ts'
import { checkedLimits, type MediaLimits } from './limits.ts'
import { formatNumber, type Language, quotedName } from './wording.ts'

export type DetectedType =
  | 'jpeg'
  | 'png'
  | 'webp'
  | 'avif'
  | 'heic'
  | 'gif'
  | 'tiff'
  | 'svg'
  | 'glb'
  | 'gltf'
  | 'mp3'
  | 'ogg'
  | 'wav'
  | 'm4a'
  | 'webm'
  | 'mp4'
  | 'pdf'

export type UploadKind = 'image' | 'panorama' | 'model' | 'audio'

/** Files of one family are interchangeable enough that a wrong extension within it is harmless. */
export type FileFamily = 'image' | 'model' | 'audio' | 'video' | 'document'

export interface FileTypeInfo {
  mime: string
  family: FileFamily
  /** Extensions, lower case without the dot; the first is the canonical one. */
  extensions: readonly string[]
  /** How to name the content to a person, e.g. "ảnh PNG" / "a PNG image". */
  label: { vi: string; en: string }
  /** Other MIME types the same content is sent as (browsers and Payload call a `mif1` HEIF `image/heif`). */
  otherMimes?: readonly string[]
}

const fileType = (
  mime: string,
  family: FileFamily,
  extensions: readonly string[],
  vi: string,
  en: string,
  otherMimes?: readonly string[],
): FileTypeInfo => ({ mime, family, extensions, label: { vi, en }, ...(otherMimes ? { otherMimes } : {}) })

export const FILE_TYPES: Readonly<Record<DetectedType, FileTypeInfo>> = {
  jpeg: fileType('image/jpeg', 'image', ['jpg', 'jpeg', 'jpe', 'jfif'], 'ảnh JPEG', 'a JPEG image'),
  png: fileType('image/png', 'image', ['png'], 'ảnh PNG', 'a PNG image'),
  webp: fileType('image/webp', 'image', ['webp'], 'ảnh WebP', 'a WebP image'),
  avif: fileType('image/avif', 'image', ['avif'], 'ảnh AVIF', 'an AVIF image'),
  heic: fileType('image/heic', 'image', ['heic', 'heif'], 'ảnh HEIC', 'a HEIC image', ['image/heif']),
  gif: fileType('image/gif', 'image', ['gif'], 'ảnh GIF', 'a GIF image'),
  tiff: fileType('image/tiff', 'image', ['tif', 'tiff'], 'ảnh TIFF', 'a TIFF image'),
  svg: fileType('image/svg+xml', 'image', ['svg', 'svgz'], 'hình vẽ SVG', 'an SVG drawing'),
  glb: fileType('model/gltf-binary', 'model', ['glb'], 'mô hình 3D GLB', 'a GLB 3D model'),
  gltf: fileType('model/gltf+json', 'model', ['gltf'], 'mô hình 3D glTF', 'a glTF 3D model'),
  mp3: fileType('audio/mpeg', 'audio', ['mp3'], 'âm thanh MP3', 'an MP3 audio file'),
  ogg: fileType('audio/ogg', 'audio', ['ogg', 'oga', 'opus'], 'âm thanh OGG', 'an OGG audio file'),
  wav: fileType('audio/wav', 'audio', ['wav'], 'âm thanh WAV', 'a WAV audio file'),
  m4a: fileType('audio/mp4', 'audio', ['m4a', 'm4b'], 'âm thanh M4A', 'an M4A audio file'),
  webm: fileType('audio/webm', 'audio', ['webm', 'weba'], 'âm thanh WebM', 'a WebM audio file'),
  mp4: fileType('video/mp4', 'video', ['mp4', 'm4v', 'mov'], 'video MP4', 'an MP4 video'),
  pdf: fileType('application/pdf', 'document', ['pdf'], 'tài liệu PDF', 'a PDF document'),
}

/**
 * What each upload slot accepts. HEIC (the iPhone camera's default) is decoded by libheif, see
 * heic.ts; SVG is never accepted (see below).
 */
export const ACCEPTED_TYPES: Readonly<Record<UploadKind, readonly DetectedType[]>> = {
  image: ['jpeg', 'png', 'webp', 'avif', 'gif', 'tiff', 'heic'],
  panorama: ['jpeg', 'png', 'webp', 'avif', 'tiff'],
  model: ['glb', 'gltf'],
  audio: ['mp3', 'ogg', 'wav', 'm4a', 'webm'],
}

const KIND_LABELS: Readonly<Record<UploadKind, { vi: string; en: string }>> = {
  image: { vi: 'ảnh', en: 'image' },
  panorama: { vi: 'ảnh 360°', en: '360° panorama' },
  model: { vi: 'mô hình 3D', en: '3D model' },
  audio: { vi: 'âm thanh', en: 'audio' },
}

const UPLOAD_KINDS = Object.keys(ACCEPTED_TYPES) as UploadKind[]

/** Every MIME type an upload slot accepts, e.g. for Payload's `upload.mimeTypes`. */
export const acceptedMimeTypes = (kind: UploadKind): string[] =>
  ACCEPTED_TYPES[kind].flatMap((type) => [FILE_TYPES[type].mime, ...(FILE_TYPES[type].otherMimes ?? [])])

const ascii = (bytes: Uint8Array, start: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(start, start + length))

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0): boolean =>
  bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte)

const readUint32BE = (bytes: Uint8Array, offset: number): number =>
  (bytes[offset] ?? 0) * 0x1000000 +
  (bytes[offset + 1] ?? 0) * 0x10000 +
  (bytes[offset + 2] ?? 0) * 0x100 +
  (bytes[offset + 3] ?? 0)

const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1'])
const AUDIO_MP4_BRANDS = new Set(['M4A ', 'M4B ', 'M4P ', 'F4A '])

/** ISO base media files (AVIF, HEIC, M4A, MP4) share the `ftyp` box; its brands tell them apart. */
function detectIsoMedia(bytes: Uint8Array): DetectedType | null {
  const boxSize = readUint32BE(bytes, 0) >>> 0
  const end = Math.min(bytes.length, Math.max(16, boxSize))
  const major = ascii(bytes, 8, 4)
  const brands = [major]
  for (let offset = 16; offset + 4 <= end; offset += 4) brands.push(ascii(bytes, offset, 4))
  if (brands.includes('avif') || brands.includes('avis')) return 'avif'
  if (brands.some((brand) => HEIC_BRANDS.has(brand))) return 'heic'
  if (brands.some((brand) => AUDIO_MP4_BRANDS.has(brand))) return 'm4a'
  if (major === 'qt  ') return 'mp4'
  // Generic brands (isom, mp42…) are used for both sound recordings and videos: the track
  // handlers decide. Android voice recorders write `.m4a` files with exactly these brands.
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let sound = false
  for (let at = view.indexOf('hdlr'); at !== -1; at = view.indexOf('hdlr', at + 4)) {
    const handler = view.toString('latin1', at + 12, at + 16)
    if (handler === 'vide') return 'mp4'
    if (handler === 'soun') sound = true
  }
  return sound ? 'm4a' : 'mp4'
}

/** MPEG-1/2 layer III frame header: sync bits, a valid version, layer III, a valid bitrate and rate. */
function isMp3Frame(bytes: Uint8Array): boolean {
  const [b0, b1, b2] = [bytes[0] ?? 0, bytes[1] ?? 0, bytes[2] ?? 0]
  return (
    b0 === 0xff &&
    (b1 & 0xe0) === 0xe0 &&
    ((b1 >> 3) & 3) !== 1 &&
    ((b1 >> 1) & 3) === 1 &&
    b2 >> 4 !== 15 &&
    ((b2 >> 2) & 3) !== 3
  )
}

const SNIFF_BYTES = 64 * 1024
const utf8 = new TextDecoder('utf-8')

/**
 * SVG is XML text: an optional BOM, then any mix of whitespace, the XML declaration, processing
 * instructions, comments and a DOCTYPE (possibly with an internal subset), then `<svg`.
 */
function isSvg(bytes: Uint8Array): boolean {
  const text = utf8.decode(bytes.subarray(0, SNIFF_BYTES)).replace(/^\uFEFF/, '')
  let at = 0
  for (;;) {
    while (at < text.length && /\s/.test(text.charAt(at))) at++
    const rest = text.slice(at, at + 9)
    let close: number
    if (rest.startsWith('<?')) close = skipPast(text, at, '?>')
    else if (rest.startsWith('<!--')) close = skipPast(text, at, '-->')
    else if (rest.toUpperCase().startsWith('<!DOCTYPE')) {
      const bracket = text.indexOf('[', at)
      const end = text.indexOf('>', at)
      close = bracket !== -1 && bracket < end ? skipPast(text, bracket, ']>') : skipPast(text, at, '>')
    } else return /^<svg[\s>/]/.test(text.slice(at, at + 5))
    if (close === -1) return false
    at = close
  }
}

const skipPast = (text: string, from: number, token: string): number => {
  const found = text.indexOf(token, from)
  return found === -1 ? -1 : found + token.length
}

/** glTF JSON: an object whose `asset` member is an object (it carries the required `version`). */
function isGltfJson(bytes: Uint8Array): boolean {
  let first = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  while (first < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[first] ?? 0)) first++
  if (bytes[first] !== 0x7b) return false
  try {
    const json: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(first)))
    return is.plainObject(json) && is.plainObject(json.asset)
  } catch {
    return false
  }
}

/** The type of a file judged by its content, or null when it is none of the types media-tools knows. */
export function detectFileType(bytes: Uint8Array): DetectedType | null {
  if (!is.bytes(bytes)) throw invalidParameterError('bytes', 'a Uint8Array (or Buffer)', typeof bytes)
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg'
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  const head = ascii(bytes, 0, 12)
  if (head.startsWith('GIF87a') || head.startsWith('GIF89a')) return 'gif'
  if (head.startsWith('II*\0') || head.startsWith('MM\0*') || head.startsWith('II+\0')) return 'tiff'
  if (head.startsWith('RIFF') && head.slice(8) === 'WEBP') return 'webp'
  if (head.startsWith('RIFF') && head.slice(8) === 'WAVE') return 'wav'
  if (head.slice(4, 8) === 'ftyp') return detectIsoMedia(bytes)
  if (head.startsWith('glTF')) return 'glb'
  if (head.startsWith('OggS')) return 'ogg'
  if (head.startsWith('%PDF-')) return 'pdf'
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return ascii(bytes, 0, 64).includes('webm') ? 'webm' : null
  if (head.startsWith('ID3') || isMp3Frame(bytes)) return 'mp3'
  if (isGltfJson(bytes)) return 'gltf'
  if (isSvg(bytes)) return 'svg'
  return null
}

export interface UploadOptions {
  /** Which upload slot the file is for. */
  kind: UploadKind
  /** The name the file was uploaded with; its extension is checked against the content. */
  filename?: string
  limits?: Partial<MediaLimits>
}

const megabytes = (bytes: number, language: Language): string => formatNumber(bytes / 1024 / 1024, language, 1)

/** The refusal for a file over the size limit; also used before a file is read from disk. */
export function fileTooLarge(size: number, limit: number, filename?: string): MediaError {
  return new MediaError(
    'file-too-large',
    {
      vi: `Tệp${quotedName(filename)} nặng ${megabytes(size, 'vi')} MB, vượt giới hạn ${megabytes(limit, 'vi')} MB. Hãy giảm dung lượng tệp (ví dụ xuất lại với kích thước hoặc chất lượng thấp hơn) rồi tải lên lại.`,
      en: `The file${quotedName(filename)} is ${megabytes(size, 'en')} MB, over the ${megabytes(limit, 'en')} MB limit. Make it smaller (for example export it again at a lower size or quality) and upload it again.`,
    },
    { size, limit },
  )
}

/** Scripts, event handlers and references to other files: what makes an SVG unsafe to publish. */
function svgHazards(bytes: Uint8Array): { scripts: boolean; externalReferences: boolean } {
  const text = utf8.decode(bytes)
  return {
    scripts: /<script[\s>/]|\son[a-z]+\s*=|javascript:/i.test(text),
    externalReferences: /(?:href|src)\s*=\s*["']\s*(?!#|data:)[^"']+|@import|url\(\s*["']?\s*(?!#|data:)/i.test(text),
  }
}

function extensionOf(filename: string): string | undefined {
  const dot = filename.lastIndexOf('.')
  if (dot <= 0 || dot < filename.lastIndexOf('/') || dot < filename.lastIndexOf('\\')) return undefined
  return filename.slice(dot + 1).toLowerCase()
}

const TYPE_BY_EXTENSION = new Map<string, DetectedType>(
  (Object.entries(FILE_TYPES) as [DetectedType, FileTypeInfo][]).flatMap(([type, info]) =>
    info.extensions.map((extension): [string, DetectedType] => [extension, type]),
  ),
)

function acceptedList(kind: UploadKind): string {
  return ACCEPTED_TYPES[kind].map((type) => type.toUpperCase()).join(', ')
}

/**
 * Checks an upload before anything decodes it: size, real type, SVG, extension against content,
 * and whether the slot accepts that type. Returns the detected type; throws a MediaError that
 * tells the officer what was wrong and what to do.
 */
export function assertUpload(bytes: Uint8Array, options: UploadOptions): DetectedType {
  if (!is.bytes(bytes)) throw invalidParameterError('bytes', 'a Uint8Array (or Buffer)', typeof bytes)
  if (!is.plainObject(options)) throw invalidParameterError('options', 'an object with a kind', options)
  const { kind, filename } = options
  if (!is.inArray(kind, UPLOAD_KINDS))
    throw invalidParameterError('options.kind', `one of ${UPLOAD_KINDS.join(', ')}`, kind)
  if (filename !== undefined && typeof filename !== 'string') {
    throw invalidParameterError('options.filename', 'a string', filename)
  }
  const limits = checkedLimits(options.limits, 'options.limits')

  const maxBytes = kind === 'model' ? limits.maxModelBytes : limits.maxFileBytes
  if (bytes.length > maxBytes) throw fileTooLarge(bytes.length, maxBytes, filename)

  const type = detectFileType(bytes)
  const slot = KIND_LABELS[kind]
  if (type === null) {
    throw new MediaError('unsupported-type', {
      vi: `Không nhận ra định dạng của tệp${quotedName(filename)}. Mục ${slot.vi} chỉ nhận các định dạng ${acceptedList(kind)}; hãy chuyển tệp sang một trong các định dạng đó rồi tải lên lại.`,
      en: `The format of the file${quotedName(filename)} was not recognised. The ${slot.en} field accepts ${acceptedList(kind)}; convert the file to one of these and upload it again.`,
    })
  }

  if (type === 'svg') {
    const hazards = svgHazards(bytes)
    const found = [
      ...(hazards.scripts ? [{ vi: 'có mã chạy (script)', en: 'contains scripts' }] : []),
      ...(hazards.externalReferences ? [{ vi: 'liên kết tới tệp bên ngoài', en: 'refers to external files' }] : []),
    ]
    const why = found.length
      ? {
          vi: ` (tệp này ${found.map((f) => f.vi).join(' và ')})`,
          en: ` (this one ${found.map((f) => f.en).join(' and ')})`,
        }
      : { vi: '', en: '' }
    throw new MediaError(
      'svg-not-allowed',
      {
        vi: `Không nhận tệp SVG${quotedName(filename)}: SVG có thể chứa mã chạy (script) hoặc liên kết tới tệp bên ngoài${why.vi}, nên không được đăng công khai. Hãy xuất hình ra PNG hoặc JPEG rồi tải lên lại.`,
        en: `SVG files${quotedName(filename)} are not accepted: an SVG can contain scripts or references to external files${why.en}, so it cannot be published. Export the drawing as PNG or JPEG and upload that instead.`,
      },
      hazards,
    )
  }

  const extension = filename === undefined ? undefined : extensionOf(filename)
  const claimed = extension === undefined ? undefined : TYPE_BY_EXTENSION.get(extension)
  const content = FILE_TYPES[type]
  if (claimed !== undefined && FILE_TYPES[claimed].family !== content.family) {
    throw new MediaError(
      'type-mismatch',
      {
        vi: `Tệp${quotedName(filename)} có đuôi .${extension} nhưng nội dung là ${content.label.vi}. Hãy kiểm tra lại xem đã chọn đúng tệp chưa, hoặc đổi đuôi tệp cho đúng với nội dung.`,
        en: `The file${quotedName(filename)} ends in .${extension} but its content is ${content.label.en}. Check that you picked the right file, or give it the extension that matches its content.`,
      },
      { extension, detected: type },
    )
  }

  if (!ACCEPTED_TYPES[kind].includes(type)) {
    throw new MediaError(
      'unsupported-type',
      {
        vi: `Tệp${quotedName(filename)} là ${content.label.vi}; mục ${slot.vi} chỉ nhận ${acceptedList(kind)}. Hãy chọn đúng loại tệp cho mục này.`,
        en: `The file${quotedName(filename)} is ${content.label.en}; the ${slot.en} field accepts ${acceptedList(kind)}. Pick a file of the right kind for this field.`,
      },
      { detected: type },
    )
  }
  return type
}
