import path from 'node:path'
import sharp from 'sharp'
import { afterAll, describe, expect, it } from 'vitest'
import { readPhotoMetadata } from '../src/exif.ts'
import { processImage } from '../src/images.ts'
import { IPHONE_HEIC, iphoneHeic } from './fixtures/images.ts'
import { expectDerivative, meanColour, processedOnce, removeTempDirs } from './fixtures/outputs.ts'

afterAll(removeTempDirs)

describe('HEIC from an iPhone (a real HEVC file, decoded by libheif)', () => {
  const run = processedOnce(iphoneHeic, (input, outDir) => processImage(input, outDir, { widths: [60, 120, 640] }))

  it('the fixture really is HEVC that sharp alone cannot decode', async () => {
    const input = await iphoneHeic()
    expect((await sharp(input).metadata()).compression).toBe('hevc')
    await expect(sharp(input).raw().toBuffer()).rejects.toThrow()
  })

  it('turns the photo as the phone stored it, once: portrait, red block top right', async () => {
    expect(run.result.original).toEqual({
      width: IPHONE_HEIC.width,
      height: IPHONE_HEIC.height,
      format: 'heic',
      bytes: (await iphoneHeic()).length,
    })
    for (const derivative of run.result.derivatives) {
      const file = path.join(run.outDir, derivative.file)
      const { width, height } = derivative
      const [topRightRed, , topRightBlue] = await meanColour(file, {
        left: Math.round(width * 0.6),
        top: Math.round(height * 0.05),
        width: Math.round(width * 0.3),
        height: Math.round(height * 0.35),
      })
      const [topLeftRed, , topLeftBlue] = await meanColour(file, {
        left: Math.round(width * 0.1),
        top: Math.round(height * 0.05),
        width: Math.round(width * 0.3),
        height: Math.round(height * 0.35),
      })
      expect(topRightRed).toBeGreaterThan(180)
      expect(topRightBlue).toBeLessThan(80)
      expect(topLeftRed).toBeLessThan(80)
      expect(topLeftBlue).toBeGreaterThan(130)
    }
  })

  it('makes the AVIF, WebP and JPEG derivatives (never upscaled), placeholder and colour, without metadata', async () => {
    expect(
      run.result.derivatives.map((derivative) => [derivative.format, derivative.width, derivative.height]),
    ).toEqual([
      ['avif', 60, 80],
      ['avif', 120, 160],
      ['webp', 60, 80],
      ['webp', 120, 160],
      ['jpeg', 60, 80],
      ['jpeg', 120, 160],
    ])
    for (const derivative of run.result.derivatives) {
      await expectDerivative(run.outDir, derivative, 3 / 4)
      // Opaque photos stay without an alpha channel.
      expect((await sharp(path.join(run.outDir, derivative.file)).metadata()).hasAlpha).toBe(false)
    }
    expect(run.result.placeholder).toMatch(/^data:image\/webp;base64,/)
    expect(run.result.dominantColor).toMatch(/^#[0-9a-f]{6}$/)
  })

  it('reads GPS, capture time, camera and orientation from the HEIC EXIF', async () => {
    const { gps, ...rest } = run.result.metadata
    expect(gps?.lat).toBeCloseTo(IPHONE_HEIC.lat, 5)
    expect(gps?.lng).toBeCloseTo(IPHONE_HEIC.lng, 5)
    expect(gps?.altitude).toBe(IPHONE_HEIC.altitude)
    expect(rest).toEqual({
      capturedAt: IPHONE_HEIC.capturedAt,
      camera: IPHONE_HEIC.camera,
      orientation: IPHONE_HEIC.orientation,
    })
    expect(await readPhotoMetadata(await iphoneHeic())).toEqual(run.result.metadata)
  })

  it('re-processing is a cache hit that still returns the metadata', async () => {
    const again = await processImage(await iphoneHeic(), run.outDir, { widths: [60, 120, 640] })
    expect(again.cached).toBe(true)
    expect(again.metadata).toEqual(run.result.metadata)
  })
})
