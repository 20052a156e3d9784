import { execFileSync } from 'node:child_process'
import { readFile, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, describe, expect, it } from 'vitest'
import { MediaError } from '../src/errors.ts'
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
  gpsPhoto,
  PHOTO,
  photo,
  pngRenamedGlb,
  redBlueSplit,
  standardPhoto,
  transparentPng,
} from './fixtures/images.ts'
import {
  expectDerivative,
  expectRefusal,
  listTree,
  meanColour,
  processedOnce,
  removeTempDirs,
  tempDir,
  withShared,
} from './fixtures/outputs.ts'
import { rejection } from './fixtures/refusals.ts'

afterAll(removeTempDirs)

const widthsOf = (result: ProcessedImage, format = 'webp') =>
  result.derivatives.filter((derivative) => derivative.format === format).map((derivative) => derivative.width)

describe('processImage with default options', () => {
  const run = processedOnce(standardPhoto, (input, outDir) => processImage(input, outDir))

  it('describes the original', () => {
    expect(run.result.cached).toBe(false)
    expect(run.result.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(run.result.original).toEqual({
      width: PHOTO.width,
      height: PHOTO.height,
      format: 'jpeg',
      bytes: run.input.length,
    })
  })

  it('makes AVIF, WebP and JPEG at every default width up to the source width, which is added', () => {
    const expectedWidths = [...DEFAULT_WIDTHS.filter((width) => width < PHOTO.width), PHOTO.width]
    expect(expectedWidths).toEqual([320, 640, 960, 1200])
    for (const format of ['avif', 'webp', 'jpeg'] as const) expect(widthsOf(run.result, format)).toEqual(expectedWidths)
    expect(run.result.derivatives).toHaveLength(12)
    for (const derivative of run.result.derivatives) {
      const extension = { avif: 'avif', webp: 'webp', jpeg: 'jpg' }[derivative.format]
      expect(derivative.file).toBe(`${run.result.hash}/${derivative.width}.${extension}`)
    }
  })

  it('writes each derivative in its format and size, keeping the aspect ratio, with no metadata', async () => {
    for (const derivative of run.result.derivatives)
      await expectDerivative(run.outDir, derivative, PHOTO.width / PHOTO.height)
  })

  it('gives a tiny blurred WebP placeholder as a data URL', async () => {
    expect(run.result.placeholder).toMatch(/^data:image\/webp;base64,[A-Za-z0-9+/]+=*$/)
    const bytes = Buffer.from(run.result.placeholder.split(',')[1] ?? '', 'base64')
    expect(bytes.length).toBeLessThan(1024)
    const info = await sharp(bytes).metadata()
    expect(info.format).toBe('webp')
    expect(info.width).toBeLessThanOrEqual(PLACEHOLDER_SIZE)
    expect(info.width / info.height).toBeCloseTo(4 / 3, 1)
    expect(info.exif).toBeUndefined()
  })

  it('gives the dominant colour as #rrggbb', () => {
    expect(run.result.dominantColor).toMatch(/^#[0-9a-f]{6}$/)
  })

  it('writes the manifest last, and leaves only the finished folder', async () => {
    expect(await listTree(run.outDir)).toEqual(
      [
        run.result.hash,
        `${run.result.hash}/manifest.json`,
        ...run.result.derivatives.map((derivative) => derivative.file),
      ].sort(),
    )
    const manifest = JSON.parse(await readFile(path.join(run.outDir, run.result.hash, 'manifest.json'), 'utf8'))
    const { cached, metadata, ...published } = run.result
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

  it('parallel: the same files, made with at most that many encodes at once, in the same folder', async () => {
    const input = await standardPhoto()
    const [one, all] = [await tempDir(), await tempDir()]
    const options = { formats: ['webp', 'jpeg'], widths: [160, 320, 480] } as const
    const limited = await processImage(input, one, { ...options, parallel: 1 })
    const unlimited = await processImage(input, all, options)
    expect(limited.hash).toBe(unlimited.hash)
    expect(limited.derivatives).toEqual(unlimited.derivatives)
    for (const derivative of limited.derivatives) await expectDerivative(one, derivative, 4 / 3)
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

describe('a shared folder of finished work (MEDIA_SHARED_FOLDERS)', () => {
  const options: ImageOptions = { formats: ['webp', 'jpeg'], widths: [320, 640] }

  it('copies a folder made for one output folder into the next instead of encoding again, whole', async () => {
    const shared = path.join(await tempDir(), 'shared')
    const [first, second] = [await tempDir(), await tempDir()]
    const input = await photo({ width: 900, height: 600, seed: 15 })
    const made = await withShared(shared, () => processImage(input, first, options))
    const files = await listTree(first)
    expect(await listTree(shared)).toEqual(files)
    // Marked in the shared copy only: the second folder gets it, so its files were copied, not encoded.
    const marked = path.join(shared, made.derivatives[0]?.file ?? '')
    await writeFile(marked, Buffer.concat([await readFile(marked), Buffer.from('shared')]))
    const copied = await withShared(shared, () => processImage(input, second, options))
    expect(copied).toEqual(made)
    expect(await listTree(second)).toEqual(files)
    expect(await readFile(path.join(second, made.derivatives[0]?.file ?? ''))).toEqual(await readFile(marked))
    for (const file of files.filter((entry) => entry.includes('/'))) {
      expect(await readFile(path.join(second, file)), file).toEqual(await readFile(path.join(shared, file)))
    }
  })

  it('takes nothing from a shared folder without its manifest, and makes that one whole again', async () => {
    const shared = path.join(await tempDir(), 'shared')
    const input = await photo({ width: 900, height: 600, seed: 16 })
    const first = await tempDir()
    const made = await withShared(shared, () => processImage(input, first, options))
    await rm(path.join(shared, made.hash, 'manifest.json'))
    const marked = path.join(shared, made.derivatives[0]?.file ?? '')
    await writeFile(marked, 'not an image')
    const outDir = await tempDir()
    expect(await withShared(shared, () => processImage(input, outDir, options))).toEqual(made)
    await expectDerivative(outDir, made.derivatives[0] as ImageDerivative, 900 / 600)
    expect(await readFile(marked)).toEqual(await readFile(path.join(outDir, made.derivatives[0]?.file ?? '')))
  })

  it('encodes as if nothing were shared when the shared copy cannot be copied', async () => {
    const shared = path.join(await tempDir(), 'shared')
    const input = await photo({ width: 900, height: 600, seed: 17 })
    const first = await tempDir()
    const made = await withShared(shared, () => processImage(input, first, options))
    // A named pipe, which no copy goes through.
    execFileSync('mkfifo', [path.join(shared, made.hash, 'pipe')])
    const outDir = await tempDir()
    expect(await withShared(shared, () => processImage(input, outDir, options))).toEqual(made)
    expect(await listTree(outDir)).toEqual(
      [made.hash, ...made.derivatives.map((d) => d.file), `${made.hash}/manifest.json`].sort(),
    )
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
    ['options.parallel', Buffer.alloc(1), 'out', { parallel: 0 }],
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
