import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, describe, expect, it } from 'vitest'
import {
  DEEP_ZOOM_TILE_SIZE,
  deepZoomHash,
  imageInfo,
  makeDeepZoom,
  pyramidScales,
  tilePaths,
} from '../src/deepZoom.ts'
import { garbageJpeg, gpsPhoto } from './fixtures/images.ts'
import { expectRefusal, listTree, meanColour, removeTempDirs, tempDir, withShared } from './fixtures/outputs.ts'

afterAll(removeTempDirs)

/** An 8,000 × 6,000 picture, grey, with a red square at (1024, 512) and a blue one in the bottom-right corner. */
const LARGE = { width: 8000, height: 6000 } as const
const RED = { left: 1024, top: 512, width: 512, height: 512 }
const BLUE = { left: 7680, top: 5632, width: 320, height: 368 }
let largeBytes: Promise<Buffer> | undefined
const large = () =>
  (largeBytes ??= sharp({ create: { ...LARGE, channels: 3, background: '#808080' } })
    .composite([
      { input: { create: { width: RED.width, height: RED.height, channels: 3, background: '#ff0000' } }, ...RED },
      { input: { create: { width: BLUE.width, height: BLUE.height, channels: 3, background: '#0000ff' } }, ...BLUE },
    ])
    .jpeg({ quality: 95 })
    .toBuffer())

const near = (actual: number[], expected: number[]) =>
  expect(actual.every((value, i) => Math.abs(value - (expected[i] ?? 0)) < 12)).toBe(true)

describe('deep zoom (IIIF Image API 3, level 0)', () => {
  it('makes every tile a level-0 viewer asks for, of the size it asks, and nothing else, for an 8,000 px photo', async () => {
    const out = await tempDir()
    const tiles = await makeDeepZoom(await large(), out, { filename: 'bia-da.jpg' })
    expect(tiles).toMatchObject({
      cached: false,
      width: 8000,
      height: 6000,
      tileSize: DEEP_ZOOM_TILE_SIZE,
      scaleFactors: [1, 2, 4, 8, 16],
      sizes: [{ width: 500, height: 375 }],
    })
    // The paths come from the Image API's rules (tilePaths), the files from libvips: the same set.
    const expected = tilePaths(tiles)
    // 16 × 12 tiles at full size, 8 × 6, 4 × 3, 2 × 2, and the whole image once.
    expect(expected).toHaveLength(192 + 48 + 12 + 4 + 1)
    const onDisk = (await listTree(path.join(out, tiles.hash))).filter((p) => p.endsWith('.jpg'))
    expect(onDisk.sort()).toEqual([...expected].sort())
    expect(await listTree(path.join(out, tiles.hash))).not.toContain('info.json')
    // The tiles, counted; besides them the folder holds its manifest and nothing of libvips's.
    expect(tiles.files).toBe(expected.length)
    const files = (await readdir(path.join(out, tiles.hash), { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile() && !e.name.endsWith('.jpg'))
      .map((e) => e.name)
    expect(files).toEqual(['manifest.json'])
    // Each tile is a JPEG of the size its path names (the edge tiles are cut, not padded).
    for (const file of expected) {
      const [, size = ''] = file.split('/')
      const [w, h] = size.split(',').map(Number)
      const meta = await sharp(path.join(out, tiles.hash, file)).metadata()
      expect([meta.format, meta.width, meta.height], file).toEqual(['jpeg', w, h])
    }
    // The pixels are where the region says: the red square's tile, the blue corner's (an edge tile).
    near(await meanColour(path.join(out, tiles.hash, '1024,512,512,512/512,512/0/default.jpg')), [255, 0, 0])
    near(await meanColour(path.join(out, tiles.hash, '7680,5632,320,368/320,368/0/default.jpg')), [0, 0, 255])
    near(await meanColour(path.join(out, tiles.hash, '0,0,512,512/512,512/0/default.jpg')), [128, 128, 128])
    // At 1/16 the red square is 32 px at (64, 32) of the whole image.
    near(
      await meanColour(path.join(out, tiles.hash, 'full/500,375/0/default.jpg'), {
        left: 68,
        top: 36,
        width: 24,
        height: 24,
      }),
      [255, 0, 0],
    )
  })

  it('describes the pyramid as an Image API 3 info.json at the address the site gives, and finds it made the second time', async () => {
    const out = await tempDir()
    const bytes = await large()
    const first = await makeDeepZoom(bytes, out)
    const info = imageInfo(first, 'https://disan.example.vn/media/abc')
    expect(info).toEqual({
      '@context': 'http://iiif.io/api/image/3/context.json',
      id: 'https://disan.example.vn/media/abc',
      type: 'ImageService3',
      protocol: 'http://iiif.io/api/image',
      profile: 'level0',
      width: 8000,
      height: 6000,
      sizes: [{ width: 500, height: 375 }],
      tiles: [{ width: 512, scaleFactors: [1, 2, 4, 8, 16] }],
    })
    const manifest = JSON.parse(await readFile(path.join(out, first.hash, 'manifest.json'), 'utf8'))
    // The folder's name is known from the bytes alone (a bucket is asked for it before encoding).
    expect(deepZoomHash(bytes)).toBe(first.hash)
    expect(deepZoomHash(bytes, 256)).not.toBe(first.hash)
    const again = await makeDeepZoom(bytes, out)
    expect(again).toEqual({ ...first, cached: true })
    expect(JSON.parse(await readFile(path.join(out, first.hash, 'manifest.json'), 'utf8'))).toEqual(manifest)
    // Only the finished folder: no temporary one left beside it.
    expect((await listTree(out)).filter((p) => !p.includes('/'))).toEqual([first.hash])
  })

  it('gives a small image one whole tile, and turns a photo stored sideways before cutting it', async () => {
    const out = await tempDir()
    const small = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#00ff00' } })
      .png()
      .toBuffer()
    const tiles = await makeDeepZoom(small, out)
    expect(tiles.scaleFactors).toEqual([1])
    expect(tilePaths(tiles)).toEqual(['full/300,200/0/default.jpg'])
    expect((await listTree(path.join(out, tiles.hash))).filter((p) => p.endsWith('.jpg'))).toEqual([
      'full/300,200/0/default.jpg',
    ])
    // gpsPhoto is 400 × 300 stored with EXIF orientation 6: seen upright it is 300 × 400.
    const turned = await makeDeepZoom(await gpsPhoto(), out, { tileSize: 256 })
    expect([turned.width, turned.height, turned.scaleFactors]).toEqual([300, 400, [1, 2]])
    for (const file of tilePaths(turned)) {
      const meta = await sharp(path.join(out, turned.hash, file)).metadata()
      expect(`${meta.width},${meta.height}`).toBe(file.split('/')[1])
    }
  })

  it('copies a pyramid, every level, from a shared folder of finished work instead of cutting it again', async () => {
    const shared = path.join(await tempDir(), 'shared')
    const [first, second] = [await tempDir(), await tempDir()]
    const input = await sharp({ create: { width: 1500, height: 1000, channels: 3, background: '#806040' } })
      .jpeg()
      .toBuffer()
    const made = await withShared(shared, () => makeDeepZoom(input, first, { tileSize: 256 }))
    const files = (await listTree(first)).filter((entry) => entry.endsWith('.jpg'))
    expect(files.length).toBeGreaterThan(10)
    // Marked in the shared copy only: the second folder gets it, so it was copied, not cut.
    const marked = path.join(shared, files[0] ?? '')
    await writeFile(marked, Buffer.concat([await readFile(marked), Buffer.from('shared')]))
    expect(await withShared(shared, () => makeDeepZoom(input, second, { tileSize: 256 }))).toEqual(made)
    expect(await listTree(second)).toEqual(await listTree(first))
    for (const file of files) {
      expect(await readFile(path.join(second, file)), file).toEqual(await readFile(path.join(shared, file)))
    }
  })

  it('refuses what is not an image, and a wrong tile size, leaving nothing behind', async () => {
    const out = await tempDir()
    await expectRefusal(makeDeepZoom(garbageJpeg(), out, { filename: 'bia.jpg' }), 'corrupt-file', out)
    await expect(makeDeepZoom(await large(), out, { tileSize: 10 })).rejects.toThrow(/tileSize/)
    expect(await listTree(out)).toEqual([])
  })

  it('stops the pyramid when the whole image fits one tile', () => {
    expect(pyramidScales(512, 512, 512)).toEqual([1])
    expect(pyramidScales(513, 10, 512)).toEqual([1, 2])
    expect(pyramidScales(4032, 3024, 512)).toEqual([1, 2, 4, 8])
  })
})
