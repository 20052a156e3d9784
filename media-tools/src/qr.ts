/**
 * QR codes for relic plaques and product labels: SVG for the web and for designers, PNG for
 * quick use, and a module matrix that the PDF sheets draw as vector rectangles.
 *
 * What a code contains is exactly the URL given: nothing is re-encoded or normalised, so the
 * link that was checked is the link that gets printed.
 */
import QRCode from 'qrcode'
import sharp from 'sharp'
import { MediaError } from './errors.ts'
import { invalidParameterError, is } from './is.ts'

export type QrErrorCorrection = 'L' | 'M' | 'Q' | 'H'

export interface QrOptions {
  /**
   * How much of the symbol may be damaged and still scan: L ≈ 7 %, M ≈ 15 %, Q ≈ 25 %, H ≈ 30 %.
   * Default 'Q': plaques stand outdoors (scratches, fading, dirt, stickers) and labels get rubbed
   * in bags and on shelves, so M is too little; H makes the symbol denser (smaller modules at the
   * same print size), which costs more at scanning distance than the extra 5 % gains.
   */
  errorCorrection?: QrErrorCorrection
  /** Quiet zone around the symbol, in modules. Default 4, the minimum of ISO/IEC 18004. */
  margin?: number
  /** Colour of the dark modules, `#rgb` or `#rrggbb`. Default black. */
  dark?: string
  /** Colour of the light modules and the quiet zone, `#rgb` or `#rrggbb`. Default white. */
  light?: string
}

export interface QrPngOptions extends QrOptions {
  /** Width and height of the image in pixels. Default 1024. */
  size?: number
}

export interface QrMatrix {
  /** QR version (1–40); the symbol has 17 + 4 × version modules a side. */
  version: number
  errorCorrection: QrErrorCorrection
  /** Modules a side, without the quiet zone. */
  size: number
  /** Quiet zone in modules, to be left light on every side. */
  margin: number
  /** `modules[row][column]` is true for a dark module. */
  modules: boolean[][]
  dark: QrColour
  light: QrColour
}

export interface QrColour {
  /** 0–255 each. */
  r: number
  g: number
  b: number
  /** As given, normalised to lower-case `#rrggbb`. */
  hex: string
}

const LEVELS: readonly QrErrorCorrection[] = ['L', 'M', 'Q', 'H']

export const MIN_QR_MARGIN = 4
const MAX_QR_MARGIN = 40
export const MIN_QR_CONTRAST = 4
const MAX_PNG_SIZE = 8192
const MIN_PNG_MODULE_PIXELS = 2

/**
 * Characters a version-40 symbol holds in byte mode. Every accepted URL is printable ASCII and so
 * fits byte mode, which makes this limit exact and easy to explain, whatever segment mix the
 * encoder then picks.
 */
export const QR_MAX_LENGTH: Readonly<Record<QrErrorCorrection, number>> = { L: 2953, M: 2331, Q: 1663, H: 1273 }

/** Validates the content and options and computes the symbol. */
export function qrMatrix(content: string, options: QrOptions = {}): QrMatrix {
  const { errorCorrection, margin, dark, light } = readOptions(options)
  checkContent(content, errorCorrection)
  const symbol = QRCode.create(content, { errorCorrectionLevel: errorCorrection })
  const size = symbol.modules.size
  const modules: boolean[][] = []
  for (let row = 0; row < size; row++) {
    const line: boolean[] = []
    for (let column = 0; column < size; column++) line.push(symbol.modules.get(row, column) === 1)
    modules.push(line)
  }
  return { version: symbol.version, errorCorrection, size, margin, modules, dark, light }
}

/** An SVG whose viewBox counts modules (quiet zone included), with the URL as its `<title>`. */
export async function qrSvg(content: string, options: QrOptions = {}): Promise<string> {
  const matrix = qrMatrix(content, options)
  const side = matrix.size + 2 * matrix.margin
  const path = darkRuns(matrix)
    .map(({ row, column, length }) => `M${column + matrix.margin} ${row + matrix.margin}h${length}v1h-${length}z`)
    .join('')
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges" role="img">`,
    `<title>${escapeXml(content)}</title>`,
    `<rect width="${side}" height="${side}" fill="${matrix.light.hex}"/>`,
    `<path fill="${matrix.dark.hex}" d="${path}"/>`,
    '</svg>',
  ].join('')
}

/**
 * A square PNG of `size` pixels. Modules are a whole number of pixels so that edges stay sharp;
 * the pixels left over are added to the quiet zone, which therefore is at least `margin` modules.
 */
export async function qrPng(content: string, options: QrPngOptions = {}): Promise<Uint8Array> {
  const size = options?.size ?? 1024
  if (!is.integer(size) || !is.inRange(size, 1, MAX_PNG_SIZE)) {
    throw invalidParameterError('size', `an integer number of pixels between 1 and ${MAX_PNG_SIZE}`, size)
  }
  const matrix = qrMatrix(content, options)
  const side = matrix.size + 2 * matrix.margin
  const modulePixels = Math.floor(size / side)
  if (modulePixels < MIN_PNG_MODULE_PIXELS) {
    const minimum = side * MIN_PNG_MODULE_PIXELS
    throw invalidParameterError('size', `at least ${minimum} pixels for this content (${side} modules a side)`, size)
  }
  const offset = Math.floor((size - matrix.size * modulePixels) / 2)
  const pixels = Buffer.alloc(size * size * 3)
  for (let i = 0; i < size * size; i++) {
    pixels[i * 3] = matrix.light.r
    pixels[i * 3 + 1] = matrix.light.g
    pixels[i * 3 + 2] = matrix.light.b
  }
  for (const { row, column, length } of darkRuns(matrix)) {
    for (let y = 0; y < modulePixels; y++) {
      const start = ((offset + row * modulePixels + y) * size + offset + column * modulePixels) * 3
      for (let x = 0; x < length * modulePixels; x++) {
        pixels[start + x * 3] = matrix.dark.r
        pixels[start + x * 3 + 1] = matrix.dark.g
        pixels[start + x * 3 + 2] = matrix.dark.b
      }
    }
  }
  const png = await sharp(pixels, { raw: { width: size, height: size, channels: 3 } })
    .png({ compressionLevel: 9 })
    .toBuffer()
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength)
}

/** Horizontal runs of dark modules, row by row: fewer shapes than one per module. */
export function darkRuns(matrix: QrMatrix): { row: number; column: number; length: number }[] {
  const runs: { row: number; column: number; length: number }[] = []
  matrix.modules.forEach((line, row) => {
    let column = 0
    while (column < line.length) {
      if (!line[column]) {
        column++
        continue
      }
      const start = column
      while (column < line.length && line[column]) column++
      runs.push({ row, column: start, length: column - start })
    }
  })
  return runs
}

/** WCAG 2.x contrast ratio between two colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: QrColour, b: QrColour): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number]
  return (lighter + 0.05) / (darker + 0.05)
}

export function relativeLuminance({ r, g, b }: QrColour): number {
  const linear = (channel: number): number => {
    const c = channel / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

function readOptions(
  options: QrOptions,
): Required<Omit<QrOptions, 'dark' | 'light'>> & { dark: QrColour; light: QrColour } {
  if (!is.object(options)) throw invalidParameterError('options', 'an object', options)
  const errorCorrection = options.errorCorrection ?? 'Q'
  if (!is.inArray(errorCorrection, LEVELS)) {
    throw invalidParameterError('errorCorrection', "one of 'L', 'M', 'Q' or 'H'", errorCorrection)
  }
  const margin = options.margin ?? MIN_QR_MARGIN
  if (!is.integer(margin) || margin > MAX_QR_MARGIN) {
    throw invalidParameterError(
      'margin',
      `an integer number of modules from ${MIN_QR_MARGIN} to ${MAX_QR_MARGIN}`,
      margin,
    )
  }
  if (margin < MIN_QR_MARGIN) {
    throw new MediaError(
      'invalid-argument',
      {
        en: `Expected margin to be at least ${MIN_QR_MARGIN} modules but received ${margin}: scanners need a light quiet zone of ${MIN_QR_MARGIN} modules around the code to find it, especially next to text or a border.`,
        vi: `Lề (margin) phải có ít nhất ${MIN_QR_MARGIN} ô, nhưng nhận được ${margin}: máy quét cần một vùng trống sáng màu rộng ${MIN_QR_MARGIN} ô quanh mã để nhận ra mã, nhất là khi mã nằm cạnh chữ hoặc đường viền.`,
      },
      { parameter: 'margin', minimum: MIN_QR_MARGIN, given: margin },
    )
  }
  const dark = parseColour('dark', options.dark ?? '#000000')
  const light = parseColour('light', options.light ?? '#ffffff')
  const ratio = contrastRatio(dark, light)
  if (relativeLuminance(dark) >= relativeLuminance(light) || ratio < MIN_QR_CONTRAST) {
    const shown = Math.floor(ratio * 100) / 100
    const inverted = relativeLuminance(dark) >= relativeLuminance(light)
    throw new MediaError(
      'invalid-argument',
      {
        en: inverted
          ? `Expected dark (${dark.hex}) to be darker than light (${light.hex}): many scanners cannot read light-on-dark codes.`
          : `Expected dark (${dark.hex}) and light (${light.hex}) to have a contrast ratio of at least ${MIN_QR_CONTRAST}:1 but it is ${shown}:1; choose a darker dark colour or a lighter light colour.`,
        vi: inverted
          ? `Màu đậm (dark, ${dark.hex}) phải tối hơn màu nền (light, ${light.hex}): nhiều máy quét không đọc được mã sáng trên nền tối.`
          : `Độ tương phản giữa màu đậm (dark, ${dark.hex}) và màu nền (light, ${light.hex}) phải ít nhất ${MIN_QR_CONTRAST}:1, nhưng chỉ là ${shown}:1; hãy chọn màu đậm tối hơn hoặc màu nền sáng hơn.`,
      },
      { parameter: 'dark', contrast: ratio, minimum: MIN_QR_CONTRAST },
    )
  }
  return { errorCorrection, margin, dark, light }
}

function parseColour(name: string, value: unknown): QrColour {
  const match = typeof value === 'string' ? /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value) : null
  if (!match?.[1]) throw invalidParameterError(name, 'an opaque colour written #rgb or #rrggbb', value)
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join('') : match[1]
  const channel = (i: number): number => Number.parseInt(digits.slice(i * 2, i * 2 + 2), 16)
  return { r: channel(0), g: channel(1), b: channel(2), hex: `#${digits.toLowerCase()}` }
}

function checkContent(content: unknown, level: QrErrorCorrection): asserts content is string {
  if (typeof content !== 'string')
    throw invalidParameterError('content', 'a string with an absolute http(s) URL', content)
  if (content.length === 0) {
    throw contentError(
      'The QR code content is empty; give the absolute URL of the page it should open.',
      'Nội dung mã QR đang trống; hãy nhập địa chỉ (URL) đầy đủ của trang cần mở.',
    )
  }
  let parsed: URL | undefined
  try {
    parsed = new URL(content)
  } catch {
    parsed = undefined
  }
  if (!/^https?:\/\//i.test(content) || !parsed || !['http:', 'https:'].includes(parsed.protocol) || !parsed.host) {
    throw contentError(
      `"${content}" is not an absolute http(s) URL; a QR code must open a web page, e.g. https://disan.example.vn/t/AB12.`,
      `"${content}" không phải là địa chỉ web đầy đủ; mã QR phải mở một trang web, ví dụ https://disan.example.vn/t/AB12.`,
    )
  }
  // Scanners disagree on how they read bytes outside ASCII (UTF-8 or Latin-1), so Vietnamese
  // letters are only safe percent-encoded, which is also what the URL parser produces.
  if (!/^[\x21-\x7e]+$/.test(content)) {
    throw contentError(
      `"${content}" contains spaces or non-ASCII characters, which scanners read differently; use the percent-encoded form ${parsed.href}`,
      `"${content}" có khoảng trắng hoặc ký tự có dấu, mà các máy quét đọc khác nhau; hãy dùng dạng đã mã hóa ${parsed.href}`,
    )
  }
  if (parsed.username || parsed.password) {
    throw contentError(
      `"${content}" contains a user name or password; a printed code must never carry credentials.`,
      `"${content}" chứa tên đăng nhập hoặc mật khẩu; mã in ra không bao giờ được chứa thông tin đăng nhập.`,
    )
  }
  const limit = QR_MAX_LENGTH[level]
  if (content.length > limit) {
    throw new MediaError(
      'qr-content',
      {
        en: `The URL has ${content.length} characters but a QR code with error correction ${level} holds at most ${limit}; use a shorter link (e.g. a short code) or a lower error correction level.`,
        vi: `Địa chỉ có ${content.length} ký tự nhưng mã QR với mức sửa lỗi ${level} chỉ chứa được tối đa ${limit} ký tự; hãy dùng đường dẫn ngắn hơn (ví dụ mã rút gọn) hoặc mức sửa lỗi thấp hơn.`,
      },
      { length: content.length, limit, errorCorrection: level },
    )
  }
}

function contentError(en: string, vi: string): MediaError {
  return new MediaError('qr-content', { en, vi })
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
