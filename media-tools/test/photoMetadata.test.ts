import { readFile } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, describe, expect, it } from 'vitest'
import { readPhotoMetadata } from '../src/exif.ts'
import { processImage } from '../src/images.ts'
import {
  garbageJpeg,
  gpsPhoto,
  HOAN_KIEM,
  nullIslandPhoto,
  SOUTH_WEST,
  southWestPhoto,
  truncatedJpeg,
  uploadSamples,
} from './fixtures/images.ts'
import { expectDerivative, meanColour, processedOnce, removeTempDirs } from './fixtures/outputs.ts'
import { rejection } from './fixtures/refusals.ts'

afterAll(removeTempDirs)

describe('processImage orientation and metadata', () => {
  const run = processedOnce(gpsPhoto, (input, outDir) => processImage(input, outDir, { formats: ['jpeg', 'webp'] }))

  it('the fixture really has sideways orientation, GPS and an ICC profile', async () => {
    const info = await sharp(run.input).metadata()
    expect([info.width, info.height, info.orientation]).toEqual([400, 300, 6])
    expect(info.exif).toBeDefined()
    expect(info.icc).toBeDefined()
  })

  it('applies the EXIF orientation: a sideways 400×300 photo gives portrait derivatives', async () => {
    expect(run.result.original).toMatchObject({ width: 300, height: 400 })
    expect(run.result.derivatives.map((derivative) => [derivative.width, derivative.height])).toEqual([
      [300, 400],
      [300, 400],
    ])
    for (const derivative of run.result.derivatives) {
      await expectDerivative(run.outDir, derivative, 3 / 4)
      const file = path.join(run.outDir, derivative.file)
      const [topRed, , topBlue] = await meanColour(file, { left: 0, top: 0, width: 300, height: 150 })
      const [bottomRed, , bottomBlue] = await meanColour(file, { left: 0, top: 250, width: 300, height: 150 })
      expect(topRed).toBeGreaterThan(240)
      expect(topBlue).toBeLessThan(15)
      expect(bottomRed).toBeLessThan(15)
      expect(bottomBlue).toBeGreaterThan(240)
    }
  })

  it('returns the photo metadata', () => {
    expect(run.result.metadata.gps?.lat).toBeCloseTo(HOAN_KIEM.lat, 4)
    expect(run.result.metadata.gps?.lng).toBeCloseTo(HOAN_KIEM.lng, 4)
    expect(run.result.metadata).toMatchObject({
      capturedAt: HOAN_KIEM.capturedAt,
      camera: HOAN_KIEM.camera,
      orientation: 6,
    })
  })

  it('keeps GPS and camera out of the published manifest, and still returns them from the cache', async () => {
    const manifest = await readFile(path.join(run.outDir, run.result.hash, 'manifest.json'), 'utf8')
    expect(manifest).not.toContain('21.02')
    expect(manifest).not.toContain('Canon')
    const again = await processImage(run.input, run.outDir, { formats: ['jpeg', 'webp'] })
    expect(again.cached).toBe(true)
    expect(again.metadata).toEqual(run.result.metadata)
  })
})

describe('readPhotoMetadata', () => {
  it('reads GPS in decimal degrees, capture time with its offset, camera and orientation', async () => {
    const metadata = await readPhotoMetadata(await gpsPhoto())
    expect(Object.keys(metadata).sort()).toEqual(['camera', 'capturedAt', 'gps', 'orientation'])
    expect(metadata.gps?.lat).toBeCloseTo(HOAN_KIEM.lat, 4)
    expect(metadata.gps?.lng).toBeCloseTo(HOAN_KIEM.lng, 4)
    expect(metadata.gps?.altitude).toBe(HOAN_KIEM.altitude)
    expect(metadata.capturedAt).toBe(HOAN_KIEM.capturedAt)
    expect(metadata.camera).toBe('Canon EOS R6')
  })

  it('makes south, west and below sea level negative', async () => {
    expect(await readPhotoMetadata(await southWestPhoto())).toEqual({ gps: SOUTH_WEST, orientation: 1 })
  })

  it('ignores 0,0 coordinates and an unset camera clock', async () => {
    expect(await readPhotoMetadata(await nullIslandPhoto())).toEqual({ orientation: 1 })
  })

  it('gives an empty object without EXIF, or for bytes that are not an image', async () => {
    expect(await readPhotoMetadata((await uploadSamples()).png)).toEqual({})
    expect(await readPhotoMetadata(await truncatedJpeg())).toEqual({})
    expect(await readPhotoMetadata(garbageJpeg())).toEqual({})
    expect(await readPhotoMetadata(new TextEncoder().encode('hello'))).toEqual({})
  })

  it('refuses a non-byte argument, naming it', async () => {
    const error = await rejection(readPhotoMetadata('photo.jpg' as unknown as Uint8Array))
    expect(error.code).toBe('invalid-argument')
    expect(error.message).toContain('Expected input to be')
  })
})
