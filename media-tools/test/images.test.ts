import { readFile, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MediaError } from '../src/errors.ts'
import { readPhotoMetadata } from '../src/exif.ts'
import {
  cropRegion,
  DEFAULT_WIDTHS,
  type ImageDerivative,
  type ImageOptions,
  PLACEHOLDER_SIZE,
  type ProcessedImage,
  plannedWidths,
  processImage,
} from '../src/images.ts'
import {
  BOMB,
  bombPng,
  garbageJpeg,
  gpsPhoto,
  HOAN_KIEM,
  IPHONE_HEIC,
  iphoneHeic,
  listTree,
  nullIslandPhoto,
  PHOTO,
  photo,
  pngRenamedGlb,
  redBlueSplit,
  removeTempDirs,
  SOUTH_WEST,
  southWestPhoto,
  standardPhoto,
  svgWithScript,
  tempDir,
  transparentPng,
  truncatedJpeg,
  uploadSamples,
} from './fixtures/images.ts'
import { rejection, VIETNAMESE_LETTERS } from './fixtures/refusals.ts'

afterAll(removeTempDirs)

const SHARP_FORMAT = { avif: 'heif', webp: 'webp', jpeg: 'jpeg' } as const

/** Checks one derivative file against its manifest entry: format, size, bytes, and no metadata at all. */
async function expectDerivative(outDir: string, derivative: ImageDerivative, aspectRatio: number) {
  const file = path.join(outDir, derivative.file)
  const info = await sharp(file).metadata()
  expect(info.format).toBe(SHARP_FORMAT[derivative.format])
  if (derivative.format === 'avif') expect(info.compression).toBe('av1')
  expect([info.width, info.height]).toEqual([derivative.width, derivative.height])
  expect(Math.abs(derivative.width / aspectRatio - derivative.height)).toBeLessThanOrEqual(1)
  expect((await stat(file)).size).toBe(derivative.bytes)
  expect(info.exif).toBeUndefined()
  expect(info.icc).toBeUndefined()
  expect(info.xmp).toBeUndefined()
  expect(info.iptc).toBeUndefined()
  expect(info.hasProfile).toBe(false)
  expect(info.orientation).toBeUndefined()
}

/** Mean red, green and blue of an output file, or of a region of it. */
async function meanColour(file: string, region?: sharp.Region): Promise<[number, number, number]> {
  // stats() reads the input and ignores operations, so the region is cut out first.
  const pixels = region ? await sharp(file).extract(region).toBuffer() : file
  const { channels } = await sharp(pixels).stats()
  return [channels[0]?.mean ?? 0, channels[1]?.mean ?? 0, channels[2]?.mean ?? 0]
}

/** Checks a refusal: a MediaError with the code, in Vietnamese, and nothing left in outDir. */
async function expectRefusal(promise: Promise<unknown>, code: string, outDir: string): Promise<MediaError> {
  const error = await rejection(promise)
  expect(error).toBeInstanceOf(MediaError)
  expect(error.code).toBe(code)
  expect(error.messageVi).toMatch(VIETNAMESE_LETTERS)
  expect(await listTree(outDir)).toEqual([])
  return error as MediaError
}

const widthsOf = (result: ProcessedImage, format = 'webp') =>
  result.derivatives.filter((derivative) => derivative.format === format).map((derivative) => derivative.width)

describe('processImage with default options', () => {
  let outDir: string
  let input: Buffer
  let result: ProcessedImage
  beforeAll(async () => {
    outDir = await tempDir()
    input = await standardPhoto()
    result = await processImage(input, outDir)
  }, 60_000)

  it('describes the original', () => {
    expect(result.cached).toBe(false)
    expect(result.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(result.original).toEqual({ width: PHOTO.width, height: PHOTO.height, format: 'jpeg', bytes: input.length })
  })

  it('makes AVIF, WebP and JPEG at every default width up to the source width, which is added', () => {
    const expectedWidths = [...DEFAULT_WIDTHS.filter((width) => width < PHOTO.width), PHOTO.width]
    expect(expectedWidths).toEqual([320, 640, 960, 1200])
    for (const format of ['avif', 'webp', 'jpeg'] as const) expect(widthsOf(result, format)).toEqual(expectedWidths)
    expect(result.derivatives).toHaveLength(12)
    for (const derivative of result.derivatives) {
      const extension = { avif: 'avif', webp: 'webp', jpeg: 'jpg' }[derivative.format]
      expect(derivative.file).toBe(`${result.hash}/${derivative.width}.${extension}`)
    }
  })

  it('writes each derivative in its format and size, keeping the aspect ratio, with no metadata', async () => {
    for (const derivative of result.derivatives) await expectDerivative(outDir, derivative, PHOTO.width / PHOTO.height)
  })

  it('gives a tiny blurred WebP placeholder as a data URL', async () => {
    expect(result.placeholder).toMatch(/^data:image\/webp;base64,[A-Za-z0-9+/]+=*$/)
    const bytes = Buffer.from(result.placeholder.split(',')[1] ?? '', 'base64')
    expect(bytes.length).toBeLessThan(1024)
    const info = await sharp(bytes).metadata()
    expect(info.format).toBe('webp')
    expect(info.width).toBeLessThanOrEqual(PLACEHOLDER_SIZE)
    expect(info.width / info.height).toBeCloseTo(4 / 3, 1)
    expect(info.exif).toBeUndefined()
  })

  it('gives the dominant colour as #rrggbb', () => {
    expect(result.dominantColor).toMatch(/^#[0-9a-f]{6}$/)
  })

  it('writes the manifest last, and leaves only the finished folder', async () => {
    expect(await listTree(outDir)).toEqual(
      [result.hash, `${result.hash}/manifest.json`, ...result.derivatives.map((derivative) => derivative.file)].sort(),
    )
    const manifest = JSON.parse(await readFile(path.join(outDir, result.hash, 'manifest.json'), 'utf8'))
    const { cached, metadata, ...published } = result
    expect(manifest).toEqual(published)
  })
})

describe('processImage options', () => {
  it('formats: only the formats asked for, in a fixed order', async () => {
    const outDir = await tempDir()
    const result = await processImage(await standardPhoto(), outDir, { formats: ['jpeg', 'webp'], widths: [320] })
    expect(result.derivatives.map((derivative) => derivative.format)).toEqual(['webp', 'jpeg'])
    const reordered = await processImage(await standardPhoto(), outDir, { formats: ['webp', 'jpeg'], widths: [320] })
    expect(reordered.hash).toBe(result.hash)
    expect(reordered.cached).toBe(true)
    for (const derivative of result.derivatives) await expectDerivative(outDir, derivative, 4 / 3)
  })

  it('widths: drops widths above the source, adds the source width, sorts and de-duplicates', async () => {
    const outDir = await tempDir()
    const input = await standardPhoto()
    const result = await processImage(input, outDir, { formats: ['webp'], widths: [5000, 500, 100, 500] })
    expect(widthsOf(result)).toEqual([100, 500, PHOTO.width])
    for (const derivative of result.derivatives) await expectDerivative(outDir, derivative, 4 / 3)
    const exact = await processImage(input, outDir, { formats: ['webp'], widths: [320, PHOTO.width] })
    expect(widthsOf(exact)).toEqual([320, PHOTO.width])
    const allLarger = await processImage(input, outDir, { formats: ['webp'], widths: [2000, 3000] })
    expect(widthsOf(allLarger)).toEqual([PHOTO.width])
  })

  it('never upscales a small photo', async () => {
    const outDir = await tempDir()
    const result = await processImage(await photo({ width: 200, height: 150, seed: 7 }), outDir, { formats: ['jpeg'] })
    expect(widthsOf(result, 'jpeg')).toEqual([200])
    await expectDerivative(outDir, result.derivatives[0] as ImageDerivative, 4 / 3)
  })

  it('crop: square window centred on the focal point (x=90 on left red / right blue is blue)', async () => {
    const outDir = await tempDir()
    const input = await redBlueSplit(800, 400)
    const crop = (x: number) =>
      processImage(input, outDir, { formats: ['jpeg'], crop: { aspectRatio: 1, focalPoint: { x, y: 50 } } })
    const right = await crop(90)
    expect(widthsOf(right, 'jpeg')).toEqual([320, 400])
    for (const derivative of right.derivatives) {
      await expectDerivative(outDir, derivative, 1)
      const [red, , blue] = await meanColour(path.join(outDir, derivative.file))
      expect(blue).toBeGreaterThan(240)
      expect(red).toBeLessThan(15)
    }
    const [red, , blue] = await meanColour(path.join(outDir, (await crop(10)).derivatives[0]?.file ?? ''))
    expect(red).toBeGreaterThan(240)
    expect(blue).toBeLessThan(15)
  })

  it('crop: without a focal point the window is centred; the focal point is part of the hash', async () => {
    const outDir = await tempDir()
    const input = await redBlueSplit(800, 400)
    const centred = await processImage(input, outDir, { formats: ['jpeg'], widths: [400], crop: { aspectRatio: 1 } })
    const [red, , blue] = await meanColour(path.join(outDir, centred.derivatives[0]?.file ?? ''))
    expect(red).toBeGreaterThan(100)
    expect(blue).toBeGreaterThan(100)
    const explicit = await processImage(input, outDir, {
      formats: ['jpeg'],
      widths: [400],
      crop: { aspectRatio: 1, focalPoint: { x: 50, y: 50 } },
    })
    expect(explicit.hash).toBe(centred.hash)
    const moved = await processImage(input, outDir, {
      formats: ['jpeg'],
      widths: [400],
      crop: { aspectRatio: 1, focalPoint: { x: 51, y: 50 } },
    })
    expect(moved.hash).not.toBe(centred.hash)
  })

  it('crop: a wide banner from a portrait photo keeps the full width', async () => {
    const outDir = await tempDir()
    const result = await processImage(await gpsPhoto(), outDir, {
      formats: ['webp'],
      crop: { aspectRatio: 3, focalPoint: { x: 50, y: 0 } },
    })
    expect(widthsOf(result)).toEqual([300])
    await expectDerivative(outDir, result.derivatives[0] as ImageDerivative, 3)
    // Orientation is applied before cropping: the displayed top of that photo is red.
    const [red, , blue] = await meanColour(path.join(outDir, result.derivatives[0]?.file ?? ''))
    expect(red).toBeGreaterThan(240)
    expect(blue).toBeLessThan(15)
  })

  it('filename: checked against the content of a byte input', async () => {
    const outDir = await tempDir()
    const { bytes } = await pngRenamedGlb()
    await expectRefusal(processImage(bytes, outDir, { filename: 'dinh-lang.glb' }), 'type-mismatch', outDir)
    const accepted = await processImage(bytes, outDir, { filename: 'dinh-lang.png', formats: ['webp'] })
    expect(accepted.original.format).toBe('png')
  })

  it('limits: maxFileBytes and maxInputPixels', async () => {
    const outDir = await tempDir()
    const input = await standardPhoto()
    await expectRefusal(processImage(input, outDir, { limits: { maxFileBytes: 1000 } }), 'file-too-large', outDir)
    const error = await expectRefusal(
      processImage(input, outDir, { limits: { maxInputPixels: 1_000_000 } }),
      'too-many-pixels',
      outDir,
    )
    expect(error.messageVi).toContain('1200×900')
  })
})

describe('processImage orientation and metadata', () => {
  let outDir: string
  let input: Buffer
  let result: ProcessedImage
  beforeAll(async () => {
    outDir = await tempDir()
    input = await gpsPhoto()
    result = await processImage(input, outDir, { formats: ['jpeg', 'webp'] })
  })

  it('the fixture really has sideways orientation, GPS and an ICC profile', async () => {
    const info = await sharp(input).metadata()
    expect([info.width, info.height, info.orientation]).toEqual([400, 300, 6])
    expect(info.exif).toBeDefined()
    expect(info.icc).toBeDefined()
  })

  it('applies the EXIF orientation: a sideways 400×300 photo gives portrait derivatives', async () => {
    expect(result.original).toMatchObject({ width: 300, height: 400 })
    expect(result.derivatives.map((derivative) => [derivative.width, derivative.height])).toEqual([
      [300, 400],
      [300, 400],
    ])
    for (const derivative of result.derivatives) {
      await expectDerivative(outDir, derivative, 3 / 4)
      const file = path.join(outDir, derivative.file)
      const [topRed, , topBlue] = await meanColour(file, { left: 0, top: 0, width: 300, height: 150 })
      const [bottomRed, , bottomBlue] = await meanColour(file, { left: 0, top: 250, width: 300, height: 150 })
      expect(topRed).toBeGreaterThan(240)
      expect(topBlue).toBeLessThan(15)
      expect(bottomRed).toBeLessThan(15)
      expect(bottomBlue).toBeGreaterThan(240)
    }
  })

  it('returns the photo metadata', () => {
    expect(result.metadata.gps?.lat).toBeCloseTo(HOAN_KIEM.lat, 4)
    expect(result.metadata.gps?.lng).toBeCloseTo(HOAN_KIEM.lng, 4)
    expect(result.metadata).toMatchObject({
      capturedAt: HOAN_KIEM.capturedAt,
      camera: HOAN_KIEM.camera,
      orientation: 6,
    })
  })

  it('keeps GPS and camera out of the published manifest, and still returns them from the cache', async () => {
    const manifest = await readFile(path.join(outDir, result.hash, 'manifest.json'), 'utf8')
    expect(manifest).not.toContain('21.02')
    expect(manifest).not.toContain('Canon')
    const again = await processImage(input, outDir, { formats: ['jpeg', 'webp'] })
    expect(again.cached).toBe(true)
    expect(again.metadata).toEqual(result.metadata)
  })
})

describe('HEIC from an iPhone (a real HEVC file, decoded by libheif)', () => {
  let outDir: string
  let result: ProcessedImage
  beforeAll(async () => {
    outDir = await tempDir()
    result = await processImage(await iphoneHeic(), outDir, { widths: [60, 120, 640] })
  })

  it('the fixture really is HEVC that sharp alone cannot decode', async () => {
    const input = await iphoneHeic()
    expect((await sharp(input).metadata()).compression).toBe('hevc')
    await expect(sharp(input).raw().toBuffer()).rejects.toThrow()
  })

  it('turns the photo as the phone stored it, once: portrait, red block top right', async () => {
    expect(result.original).toEqual({
      width: IPHONE_HEIC.width,
      height: IPHONE_HEIC.height,
      format: 'heic',
      bytes: (await iphoneHeic()).length,
    })
    for (const derivative of result.derivatives) {
      const file = path.join(outDir, derivative.file)
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
    expect(result.derivatives.map((derivative) => [derivative.format, derivative.width, derivative.height])).toEqual([
      ['avif', 60, 80],
      ['avif', 120, 160],
      ['webp', 60, 80],
      ['webp', 120, 160],
      ['jpeg', 60, 80],
      ['jpeg', 120, 160],
    ])
    for (const derivative of result.derivatives) {
      await expectDerivative(outDir, derivative, 3 / 4)
      // Opaque photos stay without an alpha channel.
      expect((await sharp(path.join(outDir, derivative.file)).metadata()).hasAlpha).toBe(false)
    }
    expect(result.placeholder).toMatch(/^data:image\/webp;base64,/)
    expect(result.dominantColor).toMatch(/^#[0-9a-f]{6}$/)
  })

  it('reads GPS, capture time, camera and orientation from the HEIC EXIF', async () => {
    const { gps, ...rest } = result.metadata
    expect(gps?.lat).toBeCloseTo(IPHONE_HEIC.lat, 5)
    expect(gps?.lng).toBeCloseTo(IPHONE_HEIC.lng, 5)
    expect(gps?.altitude).toBe(IPHONE_HEIC.altitude)
    expect(rest).toEqual({
      capturedAt: IPHONE_HEIC.capturedAt,
      camera: IPHONE_HEIC.camera,
      orientation: IPHONE_HEIC.orientation,
    })
    expect(await readPhotoMetadata(await iphoneHeic())).toEqual(result.metadata)
  })

  it('re-processing is a cache hit that still returns the metadata', async () => {
    const again = await processImage(await iphoneHeic(), outDir, { widths: [60, 120, 640] })
    expect(again.cached).toBe(true)
    expect(again.metadata).toEqual(result.metadata)
  })
})

describe('transparency', () => {
  it('keeps alpha in WebP and AVIF, and flattens JPEG onto white', async () => {
    const outDir = await tempDir()
    const result = await processImage(await transparentPng(), outDir, { widths: [400] })
    for (const derivative of result.derivatives) {
      const file = path.join(outDir, derivative.file)
      const info = await sharp(file).metadata()
      expect(info.hasAlpha).toBe(derivative.format !== 'jpeg')
      if (derivative.format === 'jpeg') {
        const left = await meanColour(file, { left: 0, top: 0, width: 150, height: 200 })
        expect(left.map(Math.round)).toEqual([255, 255, 255])
      }
    }
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

describe('content-addressed cache', () => {
  const options: ImageOptions = { formats: ['webp', 'jpeg'], widths: [320, 640] }

  it('returns the manifest with cached: true and rewrites nothing', async () => {
    const outDir = await tempDir()
    const input = await photo({ width: 900, height: 600, seed: 11 })
    const first = await processImage(input, outDir, options)
    const files = await listTree(outDir)
    const mtimes = await Promise.all(files.map(async (file) => (await stat(path.join(outDir, file))).mtimeMs))
    const second = await processImage(input, outDir, options)
    expect(second.cached).toBe(true)
    expect({ ...second, cached: false }).toEqual(first)
    expect(await listTree(outDir)).toEqual(files)
    expect(await Promise.all(files.map(async (file) => (await stat(path.join(outDir, file))).mtimeMs))).toEqual(mtimes)
  })

  it('gives a new folder for changed options or input, the same for a path or bytes', async () => {
    const outDir = await tempDir()
    const input = await photo({ width: 900, height: 600, seed: 11 })
    const base = await processImage(input, outDir, options)
    const otherWidths = await processImage(input, outDir, { ...options, widths: [320] })
    const otherFormats = await processImage(input, outDir, { ...options, formats: ['webp'] })
    const otherInput = await processImage(await photo({ width: 900, height: 600, seed: 12 }), outDir, options)
    const hashes = new Set([base.hash, otherWidths.hash, otherFormats.hash, otherInput.hash])
    expect(hashes.size).toBe(4)
    expect(otherWidths.cached || otherFormats.cached || otherInput.cached).toBe(false)

    const file = path.join(await tempDir(), 'anh-dinh-lang.jpg')
    await writeFile(file, input)
    const fromPath = await processImage(file, outDir, options)
    expect(fromPath.hash).toBe(base.hash)
    expect(fromPath.cached).toBe(true)
    const folders = (await listTree(outDir)).filter((entry) => !entry.includes('/'))
    expect(folders).toEqual([...hashes].sort())
  })

  it('rebuilds a folder whose manifest is missing', async () => {
    const outDir = await tempDir()
    const input = await photo({ width: 900, height: 600, seed: 13 })
    const first = await processImage(input, outDir, options)
    await rm(path.join(outDir, first.hash, 'manifest.json'))
    const second = await processImage(input, outDir, options)
    expect(second.cached).toBe(false)
    expect(second).toEqual(first)
    expect(await listTree(outDir)).toContain(`${first.hash}/manifest.json`)
  })

  it('lets two simultaneous runs of the same work finish with one folder and no temporary files', async () => {
    const outDir = await tempDir()
    const input = await photo({ width: 900, height: 600, seed: 14 })
    const [a, b] = await Promise.all([processImage(input, outDir, options), processImage(input, outDir, options)])
    expect(a.hash).toBe(b.hash)
    expect(await listTree(outDir)).toEqual(
      [a.hash, ...a.derivatives.map((d) => d.file), `${a.hash}/manifest.json`].sort(),
    )
  })
})

describe('refusals leave outDir empty', () => {
  it('a decompression bomb is refused from its header, before decoding', async () => {
    const outDir = await tempDir()
    const error = await expectRefusal(processImage(await bombPng(), outDir), 'too-many-pixels', outDir)
    expect(error.messageVi).toContain(`${BOMB.width}×${BOMB.height}`)
    expect(error.details).toEqual({ width: BOMB.width, height: BOMB.height, limit: 140_000_000 })
  })

  it('a JPEG cut in half is corrupt-file, although its header reads and a lenient decoder accepts it', async () => {
    const outDir = await tempDir()
    const input = await truncatedJpeg()
    expect((await sharp(input).metadata()).width).toBe(PHOTO.width)
    await expect(sharp(input, { failOn: 'none' }).resize(100).toBuffer()).resolves.toBeInstanceOf(Buffer)
    const error = await expectRefusal(processImage(input, outDir), 'corrupt-file', outDir)
    expect(error.messageVi).toContain('bị hỏng hoặc chưa được tải lên hết')
  })

  it('a JPEG whose header is garbage is corrupt-file', async () => {
    const outDir = await tempDir()
    await expectRefusal(processImage(garbageJpeg(), outDir), 'corrupt-file', outDir)
  })

  it('an SVG with a script', async () => {
    const outDir = await tempDir()
    const error = await expectRefusal(processImage(svgWithScript(), outDir), 'svg-not-allowed', outDir)
    expect(error.messageVi).toContain('PNG hoặc JPEG')
  })

  it('a PNG renamed .glb, given as a path', async () => {
    const outDir = await tempDir()
    const { filename, bytes } = await pngRenamedGlb()
    const file = path.join(await tempDir(), filename)
    await writeFile(file, bytes)
    const error = await expectRefusal(processImage(file, outDir), 'type-mismatch', outDir)
    expect(error.messageVi).toContain('có đuôi .glb nhưng nội dung là ảnh PNG')
  })

  it('a file over maxFileBytes, given as bytes or as a path (refused before reading it)', async () => {
    const outDir = await tempDir()
    const input = await standardPhoto()
    const file = path.join(await tempDir(), 'lon.jpg')
    await writeFile(file, input)
    for (const source of [input, file]) {
      const error = await expectRefusal(
        processImage(source, outDir, { limits: { maxFileBytes: 64 * 1024 } }),
        'file-too-large',
        outDir,
      )
      expect(error.messageVi).toContain('vượt giới hạn 0,1 MB')
    }
  })

  it('a HEIC file that holds no image (only its header), in Vietnamese', async () => {
    const outDir = await tempDir()
    const error = await expectRefusal(
      processImage((await uploadSamples()).heic, outDir, { filename: 'IMG_0001.HEIC' }),
      'corrupt-file',
      outDir,
    )
    expect(error.messageVi).toContain('Tệp "IMG_0001.HEIC" (ảnh HEIC) bị hỏng')
  })

  it('a HEIC cut short in its image data', async () => {
    const outDir = await tempDir()
    const heic = await iphoneHeic()
    await expectRefusal(processImage(heic.subarray(0, heic.length - 300), outDir), 'corrupt-file', outDir)
  })
})

describe('arguments', () => {
  const cases: [string, unknown, unknown, unknown][] = [
    ['input', 42, 'out', {}],
    ['input', '', 'out', {}],
    ['outDir', Buffer.alloc(1), '', {}],
    ['options', Buffer.alloc(1), 'out', null],
    ['options.filename', Buffer.alloc(1), 'out', { filename: 7 }],
    ['options.formats', Buffer.alloc(1), 'out', { formats: [] }],
    ['options.formats[]', Buffer.alloc(1), 'out', { formats: ['gif'] }],
    ['options.widths', Buffer.alloc(1), 'out', { widths: 640 }],
    ['options.widths[]', Buffer.alloc(1), 'out', { widths: [0] }],
    ['options.widths[]', Buffer.alloc(1), 'out', { widths: [640.5] }],
    ['options.widths[]', Buffer.alloc(1), 'out', { widths: [20000] }],
    ['options.crop', Buffer.alloc(1), 'out', { crop: 1.5 }],
    ['options.crop.aspectRatio', Buffer.alloc(1), 'out', { crop: { aspectRatio: -1 } }],
    ['options.crop.focalPoint', Buffer.alloc(1), 'out', { crop: { aspectRatio: 1, focalPoint: [50, 50] } }],
    ['options.crop.focalPoint.x', Buffer.alloc(1), 'out', { crop: { aspectRatio: 1, focalPoint: { x: 101, y: 0 } } }],
    ['options.crop.focalPoint.y', Buffer.alloc(1), 'out', { crop: { aspectRatio: 1, focalPoint: { x: 0 } } }],
    ['options.limits.maxInputPixels', Buffer.alloc(1), 'out', { limits: { maxInputPixels: 0 } }],
  ]

  it.each(cases)('names %s when it is wrong', async (name, input, out, options) => {
    const outDir = await tempDir()
    const error = await rejection(
      processImage(
        input as Uint8Array,
        out ? path.join(outDir, String(out)) : (out as string),
        options as ImageOptions,
      ),
    )
    expect(error).toBeInstanceOf(MediaError)
    expect(error.code).toBe('invalid-argument')
    expect(error.message).toContain(`Expected ${name} to be`)
    expect(await listTree(outDir)).toEqual([])
  })
})

describe('helpers', () => {
  it('plannedWidths never upscales and always keeps one width', () => {
    expect(plannedWidths([320, 640, 1920], 1000)).toEqual([320, 640, 1000])
    expect(plannedWidths([320, 640], 1000)).toEqual([320, 640])
    expect(plannedWidths([320, 640], 640)).toEqual([320, 640])
    expect(plannedWidths([320, 640], 5000)).toEqual([320, 640])
    expect(plannedWidths([320, 640], 100)).toEqual([100])
  })

  it('cropRegion keeps the window inside the image', () => {
    expect(cropRegion(800, 400, { aspectRatio: 1, focalPoint: { x: 100, y: 100 } })).toEqual({
      left: 400,
      top: 0,
      width: 400,
      height: 400,
    })
    expect(cropRegion(800, 400, { aspectRatio: 1, focalPoint: { x: 0, y: 0 } })).toEqual({
      left: 0,
      top: 0,
      width: 400,
      height: 400,
    })
    expect(cropRegion(300, 400, { aspectRatio: 3, focalPoint: { x: 50, y: 60 } })).toEqual({
      left: 0,
      top: 190,
      width: 300,
      height: 100,
    })
  })
})
