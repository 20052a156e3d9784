/**
 * A photo's deep-zoom pyramid is made from its original once and kept with the web versions: the
 * next export finds it in the store by the original's hash and encodes nothing (on a bucket the
 * encoder would otherwise run again in a temporary folder on every export).
 */
import * as deepZoom from '@heritage/media-tools/deepZoom'
import sharp from 'sharp'
import { describe, expect, it, vi } from 'vitest'
import { deepZoomOf, zoomTileKey } from '../src/media/deepZoom'
import { fileStore, originalKey } from '../src/media/files'

vi.mock('@heritage/media-tools/deepZoom', async (original) => {
  const actual = await original<typeof deepZoom>()
  return { ...actual, makeDeepZoom: vi.fn(actual.makeDeepZoom) }
})

describe('deep-zoom pyramids in the file store', () => {
  it('are made from the original once, then found by its hash; a photo without its original has none', async () => {
    const bytes = await sharp({ create: { width: 1300, height: 600, channels: 3, background: '#a08050' } })
      .jpeg()
      .toBuffer()
    await fileStore().write(originalKey('media', 'bia.jpg'), bytes)
    const first = await deepZoomOf('bia.jpg')
    expect(first).toMatchObject({ width: 1300, height: 600, tileSize: 512, scaleFactors: [1, 2, 4] })
    const tiles = deepZoom.tilePaths(first as deepZoom.DeepZoomTiles)
    for (const tile of tiles) expect(await fileStore().exists(zoomTileKey(String(first?.hash), tile))).toBe(true)
    expect(first?.files).toBe(tiles.length)

    const again = await deepZoomOf('bia.jpg')
    expect(again).toEqual(first)
    expect(vi.mocked(deepZoom.makeDeepZoom)).toHaveBeenCalledTimes(1)

    expect(await deepZoomOf('khong-co.jpg')).toBeNull()
  })
})
