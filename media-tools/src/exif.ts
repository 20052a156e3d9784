/**
 * The few photo facts worth keeping from EXIF: where (GPS), when, with what camera, and which
 * way up. Everything else (serial numbers, owner names, maker notes) is never read, and the
 * derivatives built by images.ts carry no metadata at all.
 */
import exifr from 'exifr'
import sharp from 'sharp'
import { detectFileType } from './detect.ts'
import { invalidParameterError, is } from './is.ts'

export interface PhotoMetadata {
  /** Decimal degrees, negative south and west; altitude in metres, negative below sea level. */
  gps?: { lat: number; lng: number; altitude?: number }
  /**
   * ISO 8601 local date-time as the camera recorded it, e.g. `2024-05-01T10:20:30`, with the
   * UTC offset appended (`+07:00`) only when the camera stored one: EXIF times have no zone.
   */
  capturedAt?: string
  /** Make and model, e.g. `Canon EOS 5D`. */
  camera?: string
  /** EXIF orientation, 1–8. */
  orientation?: number
}

type Tags = Record<string, unknown>

const firstByte = (value: unknown): number | undefined =>
  is.number(value) ? value : is.bytes(value) ? value[0] : undefined

/** Degrees, minutes, seconds (or plain degrees) with a N/S/E/W reference to signed degrees. */
function toDegrees(value: unknown, reference: unknown, negativeRef: string): number | undefined {
  const parts = Array.isArray(value) ? value : [value]
  if (parts.length === 0 || parts.length > 3 || !parts.every(is.number)) return undefined
  const [degrees = 0, minutes = 0, seconds = 0] = parts as number[]
  const magnitude = degrees + minutes / 60 + seconds / 3600
  const sign = typeof reference === 'string' && reference.trim().toUpperCase() === negativeRef ? -1 : 1
  return Math.round(sign * magnitude * 1e7) / 1e7
}

function gpsOf(tags: Tags): PhotoMetadata['gps'] {
  const lat = toDegrees(tags.GPSLatitude, tags.GPSLatitudeRef, 'S')
  const lng = toDegrees(tags.GPSLongitude, tags.GPSLongitudeRef, 'W')
  if (lat === undefined || lng === undefined || Math.abs(lat) > 90 || Math.abs(lng) > 180) return undefined
  // 0,0 is what phones write when they had no fix.
  if (lat === 0 && lng === 0) return undefined
  const gps: NonNullable<PhotoMetadata['gps']> = { lat, lng }
  if (is.number(tags.GPSAltitude)) {
    gps.altitude = firstByte(tags.GPSAltitudeRef) === 1 ? -tags.GPSAltitude : tags.GPSAltitude
  }
  return gps
}

const EXIF_DATE = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/
const UTC_OFFSET = /^[+-]\d{2}:\d{2}$/

function capturedAtOf(tags: Tags): string | undefined {
  for (const [dateTag, offsetTag] of [
    ['DateTimeOriginal', 'OffsetTimeOriginal'],
    ['CreateDate', 'OffsetTimeDigitized'],
  ] as const) {
    const match = typeof tags[dateTag] === 'string' ? EXIF_DATE.exec(tags[dateTag]) : null
    if (!match) continue
    const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match.slice(1).map(Number)
    // Cameras without a set clock write 0000:00:00 00:00:00.
    const valid =
      year > 1800 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour < 24 && minute < 60 && second < 61
    if (!valid) continue
    const offset = tags[offsetTag]
    const zone = typeof offset === 'string' && UTC_OFFSET.test(offset.trim()) ? offset.trim() : ''
    return `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}${zone}`
  }
  return undefined
}

const cleanText = (value: unknown): string =>
  typeof value === 'string' ? value.replace(/\0/g, '').replace(/\s+/g, ' ').trim() : ''

function cameraOf(tags: Tags): string | undefined {
  const make = cleanText(tags.Make)
  const model = cleanText(tags.Model)
  // "NIKON CORPORATION" + "NIKON D750" should read "NIKON D750", not repeat the brand.
  const brand = make.split(' ')[0]?.toLowerCase() ?? ''
  const camera = model && brand && model.toLowerCase().startsWith(brand) ? model : `${make} ${model}`.trim()
  return camera || undefined
}

/**
 * The bytes to read EXIF from. exifr misses the EXIF of HEIC files whose item locations use a
 * base offset (as libheif writes them), so for HEIC the EXIF block (a TIFF structure) is taken
 * out by libheif, through sharp, which reads HEIF containers even though it cannot decode HEVC.
 */
async function exifSource(input: Uint8Array): Promise<Uint8Array | undefined> {
  if (detectFileType(input) !== 'heic') return input
  return (await sharp(input).metadata()).exif
}

/**
 * Reads GPS, capture time, camera and orientation from a photo's EXIF (JPEG, TIFF, PNG, WebP,
 * AVIF, HEIC). Photos without EXIF, or
 * with EXIF that cannot be parsed, give an empty object: missing metadata is normal.
 */
export async function readPhotoMetadata(input: Uint8Array): Promise<PhotoMetadata> {
  if (!is.bytes(input)) throw invalidParameterError('input', 'a Uint8Array (or Buffer)', typeof input)
  let tags: Tags | undefined
  try {
    const source = await exifSource(input)
    if (!source) return {}
    tags = await exifr.parse(source, {
      tiff: true,
      exif: true,
      gps: true,
      ifd1: false,
      interop: false,
      xmp: false,
      icc: false,
      iptc: false,
      jfif: false,
      ihdr: false,
      makerNote: false,
      userComment: false,
      translateValues: false,
      reviveValues: false,
    })
  } catch {
    return {}
  }
  if (!tags) return {}
  const metadata: PhotoMetadata = {}
  const gps = gpsOf(tags)
  if (gps) metadata.gps = gps
  const capturedAt = capturedAtOf(tags)
  if (capturedAt) metadata.capturedAt = capturedAt
  const camera = cameraOf(tags)
  if (camera) metadata.camera = camera
  const orientation = tags.Orientation
  if (is.integer(orientation) && is.inRange(orientation, 1, 8)) metadata.orientation = orientation
  return metadata
}
