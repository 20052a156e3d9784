import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, describe, expect, it } from 'vitest'
import { processImage } from '../src/images.ts'
import {
  BOMB,
  bombPng,
  garbageJpeg,
  iphoneHeic,
  PHOTO,
  pngRenamedGlb,
  standardPhoto,
  svgWithScript,
  truncatedJpeg,
  uploadSamples,
} from './fixtures/images.ts'
import { expectRefusal, removeTempDirs, tempDir } from './fixtures/outputs.ts'

afterAll(removeTempDirs)

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
