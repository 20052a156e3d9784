import sharp from 'sharp'

export type Motif = 'circles' | 'stripes' | 'waves' | 'tiles'

export interface DemoImageSpec {
  /** Two colours of the background gradient, as #rrggbb. */
  colors: readonly [string, string]
  motif: Motif
  width?: number
  height?: number
}

const motifShapes = (motif: Motif, width: number, height: number): string => {
  const shapes: string[] = []
  if (motif === 'circles') {
    for (let i = 0; i < 6; i++) {
      const r = (height / 10) * (6 - i)
      shapes.push(
        `<circle cx="${width / 2}" cy="${height / 2}" r="${r}" fill="none" stroke="#fff" stroke-opacity="0.25" stroke-width="12"/>`,
      )
    }
  } else if (motif === 'stripes') {
    for (let x = -height; x < width; x += 80) {
      shapes.push(`<path d="M${x} ${height} L${x + height} 0" stroke="#fff" stroke-opacity="0.18" stroke-width="28"/>`)
    }
  } else if (motif === 'waves') {
    for (let y = height / 6; y < height; y += height / 6) {
      const a = height / 20
      shapes.push(
        `<path d="M0 ${y} Q ${width / 4} ${y - a} ${width / 2} ${y} T ${width} ${y}" fill="none" stroke="#fff" stroke-opacity="0.3" stroke-width="10"/>`,
      )
    }
  } else {
    const size = height / 8
    for (let y = 0; y < height; y += size) {
      for (let x = (y / size) % 2 === 0 ? 0 : size; x < width; x += size * 2) {
        shapes.push(`<rect x="${x}" y="${y}" width="${size}" height="${size}" fill="#fff" fill-opacity="0.12"/>`)
      }
    }
  }
  return shapes.join('')
}

/**
 * An abstract placeholder photo (gradient and pattern, no text, so no fonts are needed) rendered to
 * JPEG in memory: the demo ships no binary files.
 */
export async function demoImage({ colors, motif, width = 1200, height = 800 }: DemoImageSpec): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
<stop offset="0" stop-color="${colors[0]}"/><stop offset="1" stop-color="${colors[1]}"/>
</linearGradient></defs>
<rect width="${width}" height="${height}" fill="url(#g)"/>${motifShapes(motif, width, height)}</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 78, mozjpeg: true }).toBuffer()
}
