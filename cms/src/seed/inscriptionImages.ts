/**
 * Photos of the demo's inscriptions, drawn in code: vertical columns of Hán/Nôm characters read
 * from right to left, as steles and royal ordinations are written. The same layout gives each
 * column's box, so a line's region in the demo is exactly where its column was drawn.
 *
 * Drawn from an SVG by sharp (librsvg); the characters need a CJK font (fonts-wqy-microhei on the
 * project's machines). Without one, or for a character no installed font has (Nôm in CJK
 * Extension B, 𡨸), librsvg draws an empty box in the same place: the photo is then less pretty,
 * never wrong. A rendered photo is kept in the system's temporary folder under the hash of its
 * drawing, so the many test runs that seed the demo draw each one once.
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { escapeXml } from '../translate/xml'

/** A box on the photo, in pixels from its top left corner. */
export interface Box {
  x: number
  y: number
  w: number
  h: number
}

export interface ColumnsSpec {
  width: number
  height: number
  /** The columns in reading order: the first is drawn at the right. */
  columns: readonly string[]
  /** Where the columns go. */
  area: Box
  fontSize: number
  ink: string
  /** What is drawn under the text (the stone, the paper), as SVG. */
  background: string
  /** What is drawn over the text (a seal), as SVG. */
  overlay?: string
}

const FONT = "'WenQuanYi Micro Hei', 'Noto Sans CJK SC', 'Noto Serif CJK SC', serif"

/** Characters, not UTF-16 units: a Nôm character of Extension B is one character in two units. */
const charsOf = (text: string): string[] => Array.from(text)

const step = (spec: Pick<ColumnsSpec, 'fontSize'>) => Math.round(spec.fontSize * 1.15)

/** The box of each column, in reading order: as wide as the area divided by the columns, as tall as its characters. */
export function columnBoxes(spec: Pick<ColumnsSpec, 'columns' | 'area' | 'fontSize'>): Box[] {
  const width = spec.area.w / spec.columns.length
  return spec.columns.map((text, i) => ({
    x: spec.area.x + spec.area.w - (i + 1) * width,
    y: spec.area.y,
    w: width,
    h: charsOf(text).length * step(spec),
  }))
}

/** A column's box as fractions of the photo, as a line's region stores it (6 decimals: under a pixel). */
export function regionOf(box: Box, spec: Pick<ColumnsSpec, 'width' | 'height'>) {
  const round = (value: number) => Math.round(value * 1e6) / 1e6
  return {
    x: round(box.x / spec.width),
    y: round(box.y / spec.height),
    w: round(box.w / spec.width),
    h: round(box.h / spec.height),
  }
}

export function columnsSvg(spec: ColumnsSpec): string {
  const glyphs = columnBoxes(spec).flatMap((box, i) =>
    charsOf(spec.columns[i] ?? '').map(
      (char, k) =>
        `<text x="${box.x + box.w / 2}" y="${box.y + k * step(spec) + spec.fontSize * 0.9}">${escapeXml(char)}</text>`,
    ),
  )
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${spec.width}" height="${spec.height}">
${spec.background}
<g font-family="${FONT}" font-size="${spec.fontSize}" fill="${spec.ink}" text-anchor="middle">${glyphs.join('')}</g>
${spec.overlay ?? ''}</svg>`
}

/** The photo as JPEG, drawn once per drawing on this machine (see the top of this file). */
export async function columnsPhoto(spec: ColumnsSpec): Promise<Buffer> {
  const svg = columnsSvg(spec)
  const hash = createHash('sha256').update(svg).update(String(sharp.versions.vips)).digest('hex')
  const folder = path.join(tmpdir(), 'heritage-seed-images')
  const file = path.join(folder, `${hash}.jpg`)
  const cached = await readFile(file).catch(() => null)
  if (cached) return cached
  const jpeg = await sharp(Buffer.from(svg)).jpeg({ quality: 80, mozjpeg: true }).toBuffer()
  await mkdir(folder, { recursive: true })
  const part = `${file}.${process.pid}.part`
  await writeFile(part, jpeg)
  await rename(part, file)
  return jpeg
}

/** Grey stone with a carved frame and a rounded head, 3000 × 4200. */
export const steleBackground = (width: number, height: number): string => `
<defs>
<linearGradient id="stone" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#8d8a84"/><stop offset="1" stop-color="#5e5b56"/></linearGradient>
<pattern id="grain" width="90" height="90" patternUnits="userSpaceOnUse"><circle cx="20" cy="30" r="6" fill="#000" fill-opacity="0.06"/><circle cx="65" cy="70" r="4" fill="#fff" fill-opacity="0.07"/></pattern>
</defs>
<rect width="${width}" height="${height}" fill="#2f2d2a"/>
<path d="M150 ${height - 100} V700 Q150 150 ${width / 2} 150 Q${width - 150} 150 ${width - 150} 700 V${height - 100} Z" fill="url(#stone)"/>
<path d="M150 ${height - 100} V700 Q150 150 ${width / 2} 150 Q${width - 150} 150 ${width - 150} 700 V${height - 100} Z" fill="url(#grain)"/>
<rect x="300" y="560" width="${width - 600}" height="${height - 800}" fill="none" stroke="#3d3b37" stroke-width="14"/>
<rect x="340" y="600" width="${width - 680}" height="${height - 880}" fill="none" stroke="#3d3b37" stroke-width="6"/>
<path d="M700 480 Q${width / 2} 220 ${width - 700} 480" fill="none" stroke="#3d3b37" stroke-width="18"/>`

/** Yellow paper with a faint cloud pattern, 3600 × 2400. */
export const paperBackground = (width: number, height: number): string => `
<defs>
<linearGradient id="paper" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#f3d27a"/><stop offset="1" stop-color="#e2b44f"/></linearGradient>
<pattern id="cloud" width="300" height="200" patternUnits="userSpaceOnUse"><path d="M20 120 q40 -60 80 0 q40 -60 80 0 q40 -60 80 0" fill="none" stroke="#c9962f" stroke-opacity="0.35" stroke-width="8"/></pattern>
</defs>
<rect width="${width}" height="${height}" fill="url(#paper)"/>
<rect width="${width}" height="${height}" fill="url(#cloud)"/>
<rect x="60" y="60" width="${width - 120}" height="${height - 120}" fill="none" stroke="#b5832a" stroke-width="10"/>`

/** A square red seal whose characters say it is a sample, at `box`. */
export const sampleSeal = (box: Box): string => `
<g>
<rect x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}" fill="#c0392b" fill-opacity="0.18" stroke="#b3261e" stroke-opacity="0.85" stroke-width="24"/>
<rect x="${box.x + 40}" y="${box.y + 40}" width="${box.w - 80}" height="${box.h - 80}" fill="none" stroke="#b3261e" stroke-opacity="0.85" stroke-width="10"/>
<g font-family="${FONT}" font-size="${box.w * 0.32}" fill="#b3261e" fill-opacity="0.85" text-anchor="middle">
<text x="${box.x + box.w * 0.72}" y="${box.y + box.h * 0.45}">示</text><text x="${box.x + box.w * 0.72}" y="${box.y + box.h * 0.82}">例</text>
<text x="${box.x + box.w * 0.28}" y="${box.y + box.h * 0.45}">之</text><text x="${box.x + box.w * 0.28}" y="${box.y + box.h * 0.82}">印</text>
</g></g>`
