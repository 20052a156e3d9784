/**
 * Text on the printed sheets: read and normalised from the input, then fitted to its box. Text
 * that is too long is shrunk down to a legible minimum and then cut with an ellipsis, so it never
 * runs outside its box; an address is never cut (it is broken onto lines, or left out).
 */
import { type Color, type PDFFont, type PDFPage, rgb } from 'pdf-lib'
import { MediaError } from '../errors.ts'
import { invalidParameterError } from '../is.ts'
import type { Fonts } from './fonts.ts'
import type { LabelInput } from './labels.ts'

/** Smallest text size still readable on a label (about 1.8 mm high). */
const MIN_TEXT_PT = 5

const MAX_ADDRESS_LINES = 3

export const BLACK = rgb(0, 0, 0)
export const GREY = rgb(0.25, 0.25, 0.25)

export interface TextBlock {
  lines: string[]
  font: PDFFont
  size: number
  color: Color
  /** Space above the block, when there is a block above it. */
  spaceBefore: number
}

const TITLE_PT = 10
const LINE_PT = 8

/**
 * The lines (lot, dates) are fitted first, at their own size, because they matter most; the title
 * takes the room left, up to two lines. Both shrink to MIN_TEXT_PT, then get cut with an ellipsis.
 */
export function fitLabelText(
  label: Required<LabelInput>,
  fonts: Fonts,
  width: number,
  height: number,
  index: number,
): TextBlock[] {
  const { bold, regular, mono } = fonts
  const count = label.lines.length
  const urlAt = (size: number): string[] | undefined =>
    label.shortUrl ? addressLines(label.shortUrl, mono, size, width) : []
  const urlFitsAt = (size: number): boolean => smallestUrl.length === 0 || urlAt(size) !== undefined
  // An address that cannot be printed whole is left out (the code still works): a cut address
  // would send people to a wrong page.
  const smallestUrl = urlAt(MIN_TEXT_PT) ?? []
  const belowTitle = (lineSize: number, urlLines: number): number =>
    (count > 0 ? count * lineHeight(regular, lineSize) + lineSize * 0.3 : 0) +
    (urlLines > 0 ? urlLines * lineHeight(mono, lineSize) + lineSize * 0.3 : 0)
  const titleRoomAt = (lineSize: number): number =>
    height - belowTitle(lineSize, urlAt(lineSize)?.length ?? smallestUrl.length)
  const minTitleLine = lineHeight(bold, MIN_TEXT_PT)
  if (titleRoomAt(MIN_TEXT_PT) < minTitleLine) {
    const room = Math.max(
      0,
      Math.floor(
        (height - minTitleLine - belowTitle(MIN_TEXT_PT, smallestUrl.length) + belowTitle(MIN_TEXT_PT, 0)) /
          lineHeight(regular, MIN_TEXT_PT),
      ),
    )
    throw new MediaError(
      'invalid-argument',
      {
        en: `Expected labels[${index}].lines to fit in the label with its title, but it has ${count} lines and there is room for ${room}; use fewer lines or fewer rows per page.`,
        vi: `Nhãn ${index + 1} có ${count} dòng chữ nhưng chỉ đủ chỗ cho ${room} dòng cùng với tên sản phẩm; hãy bớt dòng hoặc giảm số hàng nhãn trên trang.`,
      },
      { parameter: `labels[${index}].lines`, lines: count, room },
    )
  }
  const fittedLineSize =
    largestSize(
      LINE_PT,
      (size) =>
        urlFitsAt(size) &&
        titleRoomAt(size) >= lineHeight(bold, Math.min(size, TITLE_PT)) &&
        label.lines.every((line) => regular.widthOfTextAtSize(line, size) <= width),
    ) ?? MIN_TEXT_PT
  const titleLinesAt = (size: number): number =>
    Math.min(2, Math.floor(titleRoomAt(fittedLineSize) / lineHeight(bold, size)))
  const titleSize =
    largestSize(TITLE_PT, (size) => {
      const lines = wrap(label.title, bold, size, width)
      return lines.length <= titleLinesAt(size) && lines.every((line) => bold.widthOfTextAtSize(line, size) <= width)
    }) ?? MIN_TEXT_PT
  // Never larger than the title: smaller lines only leave the title more room.
  const lineSize = Math.min(fittedLineSize, titleSize)
  return [
    {
      lines: fitLines(label.title, bold, titleSize, width, Math.max(1, titleLinesAt(titleSize))),
      font: bold,
      size: titleSize,
      color: BLACK,
      spaceBefore: 0,
    },
    {
      lines: label.lines.map((line) => ellipsize(line, regular, lineSize, width)),
      font: regular,
      size: lineSize,
      color: GREY,
      spaceBefore: lineSize * 0.3,
    },
    {
      // Smaller than the fitted size only makes it fit better.
      lines: smallestUrl.length === 0 ? [] : (urlAt(lineSize) ?? smallestUrl),
      font: mono,
      size: lineSize,
      color: BLACK,
      spaceBefore: lineSize * 0.3,
    },
  ]
}

/** How a printed address reads: without `https://` or `http://`, which people need not type. */
export function printedAddress(url: string): string {
  return url.replace(/^https?:\/\//i, '')
}

/**
 * The address on as few lines as fit (at most three), broken only after a dot of the host or before
 * a slash of the path, so every line reads as a piece of the address; undefined when it cannot fit.
 */
function addressLines(address: string, font: PDFFont, size: number, width: number): string[] | undefined {
  const fits = (text: string) => font.widthOfTextAtSize(text, size) <= width
  if (fits(address)) return [address]
  const slash = address.indexOf('/')
  const hostAndPath = slash > 0 ? [address.slice(0, slash), address.slice(slash)] : []
  if (hostAndPath.length > 0 && hostAndPath.every(fits)) return hostAndPath
  const lines: string[] = []
  let current = ''
  for (const piece of address.match(/[^./]+\.|\/?[^/.]+|[./]/g) ?? [address]) {
    if (current && !fits(current + piece)) {
      lines.push(current)
      current = piece
    } else current += piece
    if (!fits(current)) return undefined
  }
  lines.push(current)
  return lines.length <= MAX_ADDRESS_LINES ? lines : undefined
}

/** The largest size from `start` down to MIN_TEXT_PT, in quarter points, for which `fits` holds. */
function largestSize(start: number, fits: (size: number) => boolean): number | undefined {
  for (let size = start; size >= MIN_TEXT_PT; size -= 0.25) if (fits(size)) return size
  return undefined
}

export function fitBlock(
  text: string,
  font: PDFFont,
  size: number,
  minSize: number,
  width: number,
  maxLines: number,
  color: Color,
  spaceBefore: number,
): TextBlock {
  if (!text) return { lines: [], font, size, color, spaceBefore }
  for (let current = size; current >= minSize - 1e-9; current -= 0.25) {
    const lines = wrap(text, font, current, width)
    if (lines.length <= maxLines && lines.every((line) => font.widthOfTextAtSize(line, current) <= width)) {
      return { lines, font, size: current, color, spaceBefore }
    }
  }
  return { lines: fitLines(text, font, minSize, width, maxLines), font, size: minSize, color, spaceBefore }
}

function lineHeight(font: PDFFont, size: number): number {
  // Vietnamese stacks two marks on capitals (Ổ, Ễ), so lines need the font's full height.
  return font.heightAtSize(size) * 1.08
}

export function blocksHeight(blocks: TextBlock[]): number {
  let total = 0
  let first = true
  for (const block of blocks) {
    if (block.lines.length === 0) continue
    if (!first) total += block.spaceBefore
    total += block.lines.length * lineHeight(block.font, block.size)
    first = false
  }
  return total
}

/** Draws blocks downwards from `top`; returns the y of the bottom of the last line. */
export function drawBlocks(
  page: PDFPage,
  blocks: TextBlock[],
  x: number,
  top: number,
  align: 'centre' | 'left' = 'centre',
) {
  let y = top
  let first = true
  for (const block of blocks) {
    if (block.lines.length === 0) continue
    if (!first) y -= block.spaceBefore
    first = false
    const height = lineHeight(block.font, block.size)
    const ascent = block.font.heightAtSize(block.size, { descender: false })
    for (const line of block.lines) {
      const lineWidth = block.font.widthOfTextAtSize(line, block.size)
      page.drawText(line, {
        x: align === 'centre' ? x - lineWidth / 2 : x,
        y: y - (height - block.font.heightAtSize(block.size)) / 2 - ascent,
        size: block.size,
        font: block.font,
        color: block.color,
      })
      y -= height
    }
  }
  return y
}

/** Greedy word wrap; a word wider than the box stays on its own line (callers then shrink or cut). */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = []
  let current = ''
  for (const word of text.split(' ')) {
    const candidate = current ? `${current} ${word}` : word
    if (current && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(current)
      current = word
    } else {
      current = candidate
    }
  }
  if (current) lines.push(current)
  return lines
}

function fitLines(text: string, font: PDFFont, size: number, width: number, maxLines: number): string[] {
  const lines = wrap(text, font, size, width)
  const kept = lines.slice(0, maxLines).map((line) => ellipsize(line, font, size, width))
  if (lines.length > maxLines)
    kept[maxLines - 1] = ellipsize(`${lines.slice(maxLines - 1).join(' ')}…`, font, size, width)
  return kept
}

function ellipsize(text: string, font: PDFFont, size: number, width: number): string {
  if (font.widthOfTextAtSize(text, size) <= width) return text
  const characters = Array.from(text)
  let low = 0
  let high = characters.length
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    const candidate = `${characters.slice(0, middle).join('').trimEnd()}…`
    if (font.widthOfTextAtSize(candidate, size) <= width) low = middle
    else high = middle - 1
  }
  return `${characters.slice(0, low).join('').trimEnd()}…`
}

export function cleanText(text: string): string {
  // Precomposed letters (NFC) so that each Vietnamese letter is one glyph with its marks in place.
  return text.normalize('NFC').replace(/\s+/g, ' ').trim()
}

export function requireText(name: string, value: unknown): string {
  const text = typeof value === 'string' ? cleanText(value) : ''
  if (!text) throw invalidParameterError(name, 'a non-empty text', value)
  return text
}

export function optionalText(name: string, value: unknown): string {
  if (value === undefined) return ''
  if (typeof value !== 'string') throw invalidParameterError(name, 'a text', value)
  return cleanText(value)
}
