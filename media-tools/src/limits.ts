/**
 * Defaults chosen for what officers really upload: phone photos of 12–50 MP, 360° panoramas up to
 * 16384×8192, photogrammetry scans of tens of MB. Anything beyond is refused before it is decoded.
 */
import { invalidParameterError, is } from './is.ts'

export interface MediaLimits {
  /** Largest upload accepted, in bytes. */
  maxFileBytes: number
  /** Largest decoded image (width × height): a guard against decompression bombs. */
  maxInputPixels: number
  /** Largest 3D model file, in bytes. */
  maxModelBytes: number
  /** Most triangles a 3D model may have. */
  maxModelTriangles: number
  /** Most nodes, meshes, materials or textures a 3D model may declare (each). */
  maxModelObjects: number
}

export const DEFAULT_LIMITS: MediaLimits = {
  maxFileBytes: 100 * 1024 * 1024,
  maxInputPixels: 140_000_000,
  maxModelBytes: 200 * 1024 * 1024,
  maxModelTriangles: 5_000_000,
  maxModelObjects: 10_000,
}

export const withLimits = (overrides: Partial<MediaLimits> = {}): MediaLimits => ({ ...DEFAULT_LIMITS, ...overrides })

/**
 * The one check of a `limits` option (every public function that takes one uses it), with the
 * defaults filled in. Each limit is a whole number of bytes, pixels or things, at least 1.
 */
export function checkedLimits(limits: unknown, name = 'options.limits'): MediaLimits {
  if (limits === undefined) return withLimits()
  if (!is.plainObject(limits)) throw invalidParameterError(name, 'an object of MediaLimits', limits)
  const overrides: Partial<MediaLimits> = {}
  for (const [key, value] of Object.entries(limits)) {
    if (!isLimitName(key)) throw invalidParameterError(name, `one of ${LIMIT_NAMES.join(', ')}`, key)
    if (value === undefined) continue
    if (!is.positiveInteger(value)) throw invalidParameterError(`${name}.${key}`, 'a positive integer', value)
    overrides[key] = value
  }
  return withLimits(overrides)
}

const LIMIT_NAMES = Object.keys(DEFAULT_LIMITS)
const isLimitName = (key: string): key is keyof MediaLimits => Object.hasOwn(DEFAULT_LIMITS, key)
