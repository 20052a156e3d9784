import { stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, describe, expect, it } from 'vitest'
import { processImage } from '../src/images.ts'
import { PANORAMA_PREVIEW_SIZE, type PanoramaOptions, processPanorama } from '../src/panorama.ts'
import {
  bombPng,
  LARGE_PANORAMA,
  largePanorama,
  NEARLY_PANORAMA,
  NOT_PANORAMA,
  nearlyPanorama,
  notPanorama,
  PANORAMA,
  panorama,
  SMALL_PANORAMA,
  smallPanorama,
  svgWithScript,
} from './fixtures/images.ts'
import {
  expectOutputFile,
  expectRefusal,
  listTree,
  processedOnce,
  removeTempDirs,
  tempDir,
} from './fixtures/outputs.ts'
import { rejection } from './fixtures/refusals.ts'

afterAll(removeTempDirs)

describe('processPanorama', () => {
  const run = processedOnce(panorama, (input, outDir) => processPanorama(input, outDir))

  it('describes the original', () => {
    expect(run.result.cached).toBe(false)
    expect(run.result.original).toEqual({ ...PANORAMA, format: 'jpeg', bytes: run.input.length })
  })

  it('makes the web version in JPEG and WebP at the source size, never upscaled to 4096', async () => {
    expect(run.result.web.map(({ format, width, height }) => [format, width, height])).toEqual([
      ['jpeg', PANORAMA.width, PANORAMA.height],
      ['webp', PANORAMA.width, PANORAMA.height],
    ])
    expect(run.result.web.map((entry) => entry.file)).toEqual([
      `${run.result.hash}/2048.jpg`,
      `${run.result.hash}/2048.webp`,
    ])
    for (const entry of run.result.web)
      await expectOutputFile(run.outDir, entry, entry.format === 'jpeg' ? 'jpeg' : 'webp')
  })

  it('makes a 1024×512 JPEG preview', async () => {
    expect(run.result.preview).toMatchObject({ file: `${run.result.hash}/preview.jpg`, ...PANORAMA_PREVIEW_SIZE })
    await expectOutputFile(run.outDir, run.result.preview, 'jpeg')
  })

  it('gives a tiny 2:1 WebP placeholder', async () => {
    expect(run.result.placeholder).toMatch(/^data:image\/webp;base64,/)
    const bytes = Buffer.from(run.result.placeholder.split(',')[1] ?? '', 'base64')
    expect(bytes.length).toBeLessThan(1024)
    const info = await sharp(bytes).metadata()
    expect([info.format, info.width, info.height]).toEqual(['webp', 32, 16])
  })

  it('returns the manifest from the cache without writing anything', async () => {
    const files = await listTree(run.outDir)
    const mtimes = await Promise.all(files.map(async (file) => (await stat(path.join(run.outDir, file))).mtimeMs))
    const again = await processPanorama(run.input, run.outDir)
    expect(again).toEqual({ ...run.result, cached: true })
    expect(await listTree(run.outDir)).toEqual(files)
    expect(await Promise.all(files.map(async (file) => (await stat(path.join(run.outDir, file))).mtimeMs))).toEqual(
      mtimes,
    )
    expect(files).toEqual(
      [
        run.result.hash,
        `${run.result.hash}/manifest.json`,
        run.result.preview.file,
        ...run.result.web.map((entry) => entry.file),
      ].sort(),
    )
  })

  it('uses a different folder from processImage for the same bytes', async () => {
    const image = await processImage(run.input, run.outDir, { formats: ['webp'], widths: [320] })
    expect(image.hash).not.toBe(run.result.hash)
  })
})

describe('processPanorama sizes', () => {
  it('caps the web version at 4096×2048 by default', async () => {
    const outDir = await tempDir()
    const result = await processPanorama(await largePanorama(), outDir)
    expect(result.original).toMatchObject(LARGE_PANORAMA)
    for (const entry of result.web) {
      expect([entry.width, entry.height]).toEqual([4096, 2048])
      await expectOutputFile(outDir, entry, entry.format === 'jpeg' ? 'jpeg' : 'webp')
    }
  }, 60_000)

  it('maxWidth: a smaller web version, and a different folder', async () => {
    const outDir = await tempDir()
    const input = await panorama()
    const result = await processPanorama(input, outDir, { maxWidth: 1024 })
    expect(result.web.map((entry) => [entry.width, entry.height])).toEqual([
      [1024, 512],
      [1024, 512],
    ])
    for (const entry of result.web) await expectOutputFile(outDir, entry, entry.format === 'jpeg' ? 'jpeg' : 'webp')
    const other = await processPanorama(input, outDir, { maxWidth: 1536 })
    expect(other.hash).not.toBe(result.hash)
    expect(other.web[0]?.width).toBe(1536)
  })

  it('accepts a panorama within 1 % of 2:1 and makes its outputs exactly 2:1', async () => {
    const outDir = await tempDir()
    const result = await processPanorama(await nearlyPanorama(), outDir)
    expect(result.original).toMatchObject(NEARLY_PANORAMA)
    for (const entry of result.web) {
      expect([entry.width, entry.height]).toEqual([NEARLY_PANORAMA.width, NEARLY_PANORAMA.width / 2])
      await expectOutputFile(outDir, entry, entry.format === 'jpeg' ? 'jpeg' : 'webp')
    }
  })
})

describe('processPanorama refusals leave outDir empty', () => {
  it('a 4:3 photo is not equirectangular, and the message says so with its size', async () => {
    const outDir = await tempDir()
    const error = await expectRefusal(processPanorama(await notPanorama(), outDir), 'not-equirectangular', outDir)
    expect(error.messageVi).toContain(`${NOT_PANORAMA.width}×${NOT_PANORAMA.height}`)
    expect(error.messageVi).toContain('tỉ lệ 1,33:1')
    expect(error.messageVi).toContain('2:1')
    expect(error.message).toContain('ratio 1.33:1')
    expect(error.message).toContain('upload it as a photo')
  })

  it('a 2:1 image below 2048×1024 is too small', async () => {
    const outDir = await tempDir()
    const error = await expectRefusal(processPanorama(await smallPanorama(), outDir), 'image-too-small', outDir)
    expect(error.messageVi).toContain(`${SMALL_PANORAMA.width}×${SMALL_PANORAMA.height}`)
    expect(error.messageVi).toContain('2048×1024')
  })

  it('a truncated panorama is corrupt', async () => {
    const outDir = await tempDir()
    const whole = await panorama()
    await expectRefusal(processPanorama(whole.subarray(0, whole.length / 2), outDir), 'corrupt-file', outDir)
  })

  it('a decompression bomb, an SVG, a JPEG renamed .glb, an oversized file', async () => {
    const outDir = await tempDir()
    await expectRefusal(processPanorama(await bombPng(), outDir), 'too-many-pixels', outDir)
    await expectRefusal(processPanorama(svgWithScript(), outDir), 'svg-not-allowed', outDir)
    const file = path.join(await tempDir(), 'toan-canh.glb')
    await writeFile(file, await panorama())
    await expectRefusal(processPanorama(file, outDir), 'type-mismatch', outDir)
    await expectRefusal(
      processPanorama(await panorama(), outDir, { filename: 'toan-canh.mp3' }),
      'type-mismatch',
      outDir,
    )
    await expectRefusal(
      processPanorama(await panorama(), outDir, { limits: { maxFileBytes: 1024 } }),
      'file-too-large',
      outDir,
    )
  })

  it.each([
    ['options.maxWidth', { maxWidth: 1023 }],
    ['options.maxWidth', { maxWidth: 2049 }],
    ['options.maxWidth', { maxWidth: 10000 }],
    ['options.maxWidth', { maxWidth: '4096' }],
    ['options.filename', { filename: '' }],
    ['options.limits', { limits: [] }],
  ])('names %s when it is wrong', async (name, options) => {
    const outDir = await tempDir()
    const error = await rejection(processPanorama(await panorama(), outDir, options as PanoramaOptions))
    expect(error.code).toBe('invalid-argument')
    expect(error.message).toContain(`Expected ${name} to be`)
    expect(await listTree(outDir)).toEqual([])
  })
})
