/**
 * The layout of a deep-zoom pyramid (IIIF Image API 3, level 0), from the Image API's rules alone:
 * media-tools cuts the tiles (deepZoom.ts), the CMS lists them as snapshot media, the site writes
 * each pyramid's info.json and names it in the manifests.
 */

/** A pyramid as the rules see it: the full size, the tile edge, the scales, the whole-image sizes. */
export interface Pyramid {
  width: number
  height: number
  tileSize: number
  /** 1 (full size) first. */
  scaleFactors: number[]
  sizes: { width: number; height: number }[]
}

/**
 * The scales of a level-0 pyramid as libvips makes it (`depth: onetile`): 1, 2, 4, … until the
 * whole image fits in one tile.
 */
export function pyramidScales(width: number, height: number, tileSize: number): number[] {
  const scales = [1]
  while (Math.max(width, height) / (scales.at(-1) ?? 1) > tileSize) scales.push((scales.at(-1) ?? 1) * 2)
  return scales
}

/**
 * Every file path a IIIF level-0 client asks for, computed from the Image API's rules alone (not
 * from what is on disk): for each scale s and each tile, the region `x,y,w,h` in full-size pixels
 * (the last row and column cut at the image's edge) drawn at `ceil(w/s),ceil(h/s)`; a region that
 * is the whole image is asked for as `full`. OpenSeadragon and Mirador ask for exactly these.
 */
export function tilePaths(tiles: Omit<Pyramid, 'sizes'>): string[] {
  const paths: string[] = []
  for (const s of tiles.scaleFactors) {
    const step = tiles.tileSize * s
    for (let y = 0; y < tiles.height; y += step) {
      for (let x = 0; x < tiles.width; x += step) {
        const w = Math.min(step, tiles.width - x)
        const h = Math.min(step, tiles.height - y)
        const size = `${Math.ceil(w / s)},${Math.ceil(h / s)}`
        const whole = x === 0 && y === 0 && w === tiles.width && h === tiles.height
        paths.push(`${whole ? 'full' : `${x},${y},${w},${h}`}/${size}/0/default.jpg`)
      }
    }
  }
  return paths
}

/**
 * The IIIF Image API 3 `info.json` of a pyramid published at `id` (the absolute address of its
 * folder, without a trailing slash).
 */
export function imageInfo(tiles: Pyramid, id: string) {
  return {
    '@context': 'http://iiif.io/api/image/3/context.json',
    id,
    type: 'ImageService3',
    protocol: 'http://iiif.io/api/image',
    profile: 'level0',
    width: tiles.width,
    height: tiles.height,
    sizes: tiles.sizes,
    tiles: [{ width: tiles.tileSize, scaleFactors: tiles.scaleFactors }],
  }
}

/** A tile of pyramid `hash` as a snapshot media file (the schema's ZOOM_TILE_PATTERN). */
export const zoomTileFile = (hash: string, tile: string): string => `zoom/${hash}/${tile}`
