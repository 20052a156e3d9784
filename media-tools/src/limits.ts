/**
 * Defaults chosen for what officers really upload: phone photos of 12–50 MP, 360° panoramas up to
 * 16384×8192, photogrammetry scans of tens of MB. Anything beyond is refused before it is decoded.
 */
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
