/**
 * Print-ready PDFs with QR codes: a plaque for a relic and A4 sheets of product labels.
 *
 * QR codes are drawn as vector rectangles (sharp at any printer resolution) with their quiet zone
 * kept clear; text uses DejaVu Sans, which has every precomposed Vietnamese letter, embedded as a
 * subset. Text that is too long is shrunk down to a legible minimum and then cut with an ellipsis,
 * so it never runs outside its box.
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import fontkit from '@pdf-lib/fontkit'
import {
  type Color,
  concatTransformationMatrix,
  drawObject,
  fill,
  PageSizes,
  PDFDocument,
  type PDFFont,
  type PDFName,
  type PDFPage,
  type PDFRef,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  setFillingRgbColor,
} from 'pdf-lib'
import { isMediaError, MediaError } from './errors.ts'
import { Gs1Error, gs1DigitalLink } from './gs1.ts'
import { invalidParameterError, is } from './is.ts'
import { darkRuns, type QrMatrix, qrMatrix } from './qr.ts'

export type PlaqueSize = 'A4' | 'A5' | 'A6'

export interface RelicPlaqueInput {
  /** The page the QR code opens. */
  url: string
  /** Printed under the code for people without a scanner; without it `url` is printed if it fits one line. */
  shortUrl?: string
  name: { vi: string; en?: string }
  /** A second line such as the rank: `{ vi: 'Di tích quốc gia đặc biệt', en: 'Special national relic' }`. */
  subtitle?: { vi?: string; en?: string }
  /** Paper size, portrait. Default A5. */
  size?: PlaqueSize
}

export interface LabelInput {
  url: string
  title: string
  /** Short lines under the title, e.g. "Lô: L2026-01", "HSD: 12/2027". */
  lines?: string[]
  /**
   * A short address printed last, for people without a scanner (`https://` left out), e.g.
   * `https://disan.example.vn/t/AB12CD`: on one line, or broken after a dot or before a slash onto
   * up to three; never cut (left out when even that does not fit).
   */
  shortUrl?: string
}

export interface LabelLayout {
  /** Labels across the page. Default 3. */
  columns?: number
  /** Labels down the page. Default 8. */
  rows?: number
  /** Distance from the paper edge to the first label, in millimetres. Default 10. */
  marginMm?: number
  /** Distance between neighbouring labels, in millimetres. Default 3. */
  gapMm?: number
}

export interface LabelSheetInput {
  labels: LabelInput[]
  layout?: LabelLayout
}

export interface BatchLabelInput {
  /** Origin of the public site, e.g. https://disan.example.vn */
  baseUrl: string
  /** When given, labels carry the GS1 Digital Link `/01/{GTIN-14}/10/{lot}`. */
  gtin?: string
  /** Lot (batch) number, printed on the label and, with a GTIN, encoded as GS1 AI (10). */
  lot: string
  /**
   * Stable short code of the batch page: `${baseUrl}/t/${shortCode}` is printed under each code for
   * people without a scanner, and is what the code holds when there is no GTIN.
   */
  shortCode?: string
  productName: string
  /** A calendar date `YYYY-MM-DD`, or a Date (read in Vietnam's time zone). */
  productionDate?: string | Date
  expiryDate?: string | Date
  /** How many labels to print. */
  count: number
  layout?: LabelLayout
}

const PLAQUE_SIZES: Readonly<Record<PlaqueSize, [number, number]>> = {
  A4: PageSizes.A4,
  A5: PageSizes.A5,
  A6: PageSizes.A6,
}
const SCAN_PROMPT = 'Quét mã để xem thuyết minh / Scan for the guide'

const POINTS_PER_MM = 72 / 25.4
const mm = (value: number): number => value * POINTS_PER_MM

/**
 * Office printers leave up to 5 mm unprinted and plaques get framed or trimmed, so text stays well
 * over 10 mm from the edge.
 */
const MIN_PRINT_MARGIN_MM = 12
/**
 * Below this module size phone cameras struggle at arm's length; well under the 0.5 mm that
 * comfortable scanning needs, so it only refuses layouts that would certainly fail.
 */
const MIN_MODULE_MM = 0.33
/** Smallest text size still readable on a label (about 1.8 mm high). */
const MIN_TEXT_PT = 5
const MAX_LABELS = 10_000
const LABEL_PADDING_MM = 1.5
const MIN_CELL_MM = 15
const SHORT_CODE = /^[A-Za-z0-9_-]{1,32}$/
const MAX_ADDRESS_LINES = 3

const LAYOUT_LIMITS = {
  columns: { min: 1, max: 10, integer: true },
  rows: { min: 1, max: 30, integer: true },
  marginMm: { min: 0, max: 60, integer: false },
  gapMm: { min: 0, max: 30, integer: false },
} as const
const DEFAULT_LAYOUT: Required<LabelLayout> = { columns: 3, rows: 8, marginMm: 10, gapMm: 3 }

const BLACK = rgb(0, 0, 0)
const GREY = rgb(0.25, 0.25, 0.25)
const FRAME_GREY = rgb(0.7, 0.7, 0.7)

/** A portrait plaque for a relic: name, big QR code, short URL and a bilingual prompt to scan. */
export async function relicPlaquePdf(input: RelicPlaqueInput): Promise<Uint8Array> {
  requireObject('input', input)
  const size = input.size ?? 'A5'
  if (!Object.hasOwn(PLAQUE_SIZES, size)) throw invalidParameterError('size', "'A4', 'A5' or 'A6'", size)
  requireObject('name', input.name)
  const nameVi = requireText('name.vi', input.name.vi)
  const nameEn = optionalText('name.en', input.name.en)
  if (input.subtitle !== undefined) requireObject('subtitle', input.subtitle)
  const subtitleVi = optionalText('subtitle.vi', input.subtitle?.vi)
  const subtitleEn = optionalText('subtitle.en', input.subtitle?.en)
  const matrix = namedMatrix('url', { en: 'url', vi: 'Địa chỉ của mã QR' }, input.url)
  if (input.shortUrl !== undefined) {
    namedMatrix('shortUrl', { en: 'shortUrl', vi: 'Đường dẫn ngắn in dưới mã' }, input.shortUrl)
  }

  const [width, height] = PLAQUE_SIZES[size]
  const document = await PDFDocument.create()
  document.setTitle(nameVi)
  document.setSubject(input.url)
  document.setLanguage('vi-VN')
  document.setCreator('@heritage/media-tools')
  const fonts = await embedFonts(document)
  checkGlyphs(fonts.bold, 'name.vi', nameVi)
  checkGlyphs(fonts.regular, 'name.en', nameEn)
  checkGlyphs(fonts.regular, 'subtitle.vi', subtitleVi)
  checkGlyphs(fonts.regular, 'subtitle.en', subtitleEn)
  checkGlyphs(fonts.mono, 'shortUrl', input.shortUrl ?? '')

  const page = document.addPage([width, height])
  // Type and spacing follow the paper: A5 is the reference, A4 is 1.41× larger, A6 1.41× smaller.
  const unit = width / PageSizes.A5[0]
  const margin = Math.max(mm(MIN_PRINT_MARGIN_MM), width * 0.1)
  const contentWidth = width - 2 * margin
  const centerX = width / 2

  page.drawRectangle({
    x: margin / 2,
    y: margin / 2,
    width: width - margin,
    height: height - margin,
    borderColor: FRAME_GREY,
    borderWidth: 0.75 * unit,
  })

  const head: TextBlock[] = [
    fitBlock(nameVi, fonts.bold, 26 * unit, 13 * unit, contentWidth, 3, BLACK, 0),
    fitBlock(nameEn, fonts.regular, 15 * unit, 9 * unit, contentWidth, 2, GREY, 5 * unit),
    fitBlock(subtitleVi, fonts.regular, 12 * unit, 8 * unit, contentWidth, 2, BLACK, 10 * unit),
    fitBlock(subtitleEn, fonts.regular, 11 * unit, 7 * unit, contentWidth, 2, GREY, 3 * unit),
  ]
  const headBottom = drawBlocks(page, head, centerX, height - margin)

  const printedUrl = plaqueUrlText(input, fonts.mono, 8 * unit, contentWidth)
  const foot: TextBlock[] = [
    fitBlock(printedUrl, fonts.mono, 15 * unit, 8 * unit, contentWidth, 1, BLACK, 0),
    fitBlock(SCAN_PROMPT, fonts.regular, 11 * unit, 6 * unit, contentWidth, 2, GREY, 8 * unit),
  ]
  const footHeight = blocksHeight(foot)
  const gap = 12 * unit
  const available = headBottom - gap - margin
  const qrSide = Math.min(contentWidth, available - (footHeight > 0 ? footHeight + gap / 2 : 0))
  checkModuleSize(matrix, qrSide, 'size', size)
  const groupHeight = qrSide + (footHeight > 0 ? gap / 2 + footHeight : 0)
  const qrTop = margin + (available + groupHeight) / 2
  new QrStamps(document).draw(page, matrix, centerX - qrSide / 2, qrTop, qrSide)
  drawBlocks(page, foot, centerX, qrTop - qrSide - gap / 2)

  return document.save()
}

/** A4 pages of labels, `columns × rows` per page, each a QR code with a title and short lines. */
export async function labelSheetPdf(input: LabelSheetInput): Promise<Uint8Array> {
  requireObject('input', input)
  const layout = readLayout(input.layout)
  if (!Array.isArray(input.labels) || input.labels.length === 0) {
    throw invalidParameterError('labels', 'a non-empty array of labels', input.labels)
  }
  if (input.labels.length > MAX_LABELS) {
    throw invalidParameterError('labels', `at most ${MAX_LABELS} labels per document`, `${input.labels.length} labels`)
  }
  const labels = input.labels.map((label, index) => readLabel(label, index))
  const grid = labelGrid(layout)

  const document = await PDFDocument.create()
  document.setTitle(labels[0]?.title ?? '')
  document.setLanguage('vi-VN')
  document.setCreator('@heritage/media-tools')
  const fonts = await embedFonts(document)
  for (const [index, label] of labels.entries()) {
    checkGlyphs(fonts.bold, `labels[${index}].title`, label.title)
    for (const [n, line] of label.lines.entries()) checkGlyphs(fonts.regular, `labels[${index}].lines[${n}]`, line)
    checkGlyphs(fonts.mono, `labels[${index}].shortUrl`, label.shortUrl)
  }

  const stamps = new QrStamps(document)
  const matrices = new Map<string, QrMatrix>()
  const texts = new Map<string, TextBlock[]>()
  const perPage = layout.columns * layout.rows
  let page: PDFPage | undefined
  for (const [index, label] of labels.entries()) {
    const slot = index % perPage
    if (slot === 0) page = document.addPage(PageSizes.A4)
    if (!page) throw new Error('unreachable: a page is added for the first slot')
    let matrix = matrices.get(label.url)
    if (!matrix) {
      matrix = namedMatrix(`labels[${index}].url`, { en: `Label ${index + 1}`, vi: `Nhãn ${index + 1}` }, label.url)
      checkModuleSize(matrix, grid.qrSide, 'layout', layout)
      matrices.set(label.url, matrix)
    }
    const key = JSON.stringify([label.title, label.lines, label.shortUrl])
    let text = texts.get(key)
    if (!text) {
      text = fitLabelText(label, fonts, grid.text.width, grid.text.height, index)
      texts.set(key, text)
    }
    const column = slot % layout.columns
    const row = Math.floor(slot / layout.columns)
    const left = grid.margin + column * (grid.cellWidth + grid.gap)
    const top = PageSizes.A4[1] - grid.margin - row * (grid.cellHeight + grid.gap)
    drawLabel(page, stamps, matrix, text, grid, left, top)
  }
  return document.save()
}

/**
 * Labels for one production batch: the GS1 Digital Link of the batch when the product has a GTIN,
 * otherwise the short stable link of the batch page; lot and dates printed in Vietnamese.
 */
export async function batchLabelSheetPdf(input: BatchLabelInput): Promise<Uint8Array> {
  requireObject('input', input)
  const base = readBaseUrl(input.baseUrl)
  const lot = requireText('lot', input.lot)
  if (lot.length > 40) throw invalidParameterError('lot', 'at most 40 characters', input.lot)
  const productName = requireText('productName', input.productName)
  if (!Number.isInteger(input.count) || input.count < 1 || input.count > MAX_LABELS) {
    throw invalidParameterError('count', `an integer from 1 to ${MAX_LABELS}`, input.count)
  }
  let url: string
  const shortCode = input.shortCode
  const hasShortCode = typeof shortCode === 'string' && SHORT_CODE.test(shortCode)
  if (shortCode !== undefined && !hasShortCode) {
    throw invalidParameterError('shortCode', 'the batch short code (1–32 letters, digits, "-" or "_")', shortCode)
  }
  if (input.gtin !== undefined) {
    if (typeof input.gtin !== 'string')
      throw invalidParameterError('gtin', 'a string of 8, 12, 13 or 14 digits', input.gtin)
    url = digitalLink(base, input.gtin, lot)
  } else {
    if (!hasShortCode) {
      throw invalidParameterError(
        'shortCode',
        'the batch short code (1–32 letters, digits, "-" or "_"), required when there is no GTIN',
        input.shortCode,
      )
    }
    url = `${base}/t/${input.shortCode}`
  }
  const production = input.productionDate === undefined ? undefined : readDate('productionDate', input.productionDate)
  const expiry = input.expiryDate === undefined ? undefined : readDate('expiryDate', input.expiryDate)
  if (production && expiry && expiry.key < production.key) {
    throw new MediaError(
      'invalid-argument',
      {
        en: `Expected expiryDate (${expiry.text}) to be on or after productionDate (${production.text}).`,
        vi: `Hạn sử dụng (${expiry.text}) phải bằng hoặc sau ngày sản xuất (${production.text}); hãy kiểm tra lại hai ngày.`,
      },
      { parameter: 'expiryDate' },
    )
  }
  const lines = [`Lô: ${lot}`]
  if (production) lines.push(`NSX: ${production.text}`)
  if (expiry) lines.push(`HSD: ${expiry.text}`)
  const label: LabelInput = { url, title: productName, lines }
  if (hasShortCode) label.shortUrl = `${base}/t/${shortCode}`
  return labelSheetPdf({ labels: Array.from({ length: input.count }, () => label), layout: input.layout })
}

interface TextBlock {
  lines: string[]
  font: PDFFont
  size: number
  color: Color
  /** Space above the block, when there is a block above it. */
  spaceBefore: number
}

interface Fonts {
  regular: PDFFont
  bold: PDFFont
  mono: PDFFont
}

interface LabelGrid {
  margin: number
  gap: number
  cellWidth: number
  cellHeight: number
  qrSide: number
  /** Offsets from the top-left corner of the cell, downwards. */
  qr: { x: number; y: number }
  text: { x: number; y: number; width: number; height: number }
  /** Text under the code (narrow cells) is centred; beside the code it is left-aligned. */
  centred: boolean
}

let fontFiles: Promise<{ regular: Uint8Array; bold: Uint8Array; mono: Uint8Array }> | undefined

function loadFontFiles(): Promise<{ regular: Uint8Array; bold: Uint8Array; mono: Uint8Array }> {
  if (!fontFiles) {
    const folder = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf')
    fontFiles = Promise.all(
      ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSansMono.ttf'].map((file) => readFile(join(folder, file))),
    ).then(([regular, bold, mono]) => {
      if (!regular || !bold || !mono) throw new Error('DejaVu fonts are missing from dejavu-fonts-ttf')
      return { regular, bold, mono }
    })
    fontFiles.catch(() => {
      fontFiles = undefined
    })
  }
  return fontFiles
}

async function embedFonts(document: PDFDocument): Promise<Fonts> {
  const files = await loadFontFiles()
  document.registerFontkit(fontkit)
  const [regular, bold, mono] = await Promise.all([
    document.embedFont(files.regular, { subset: true }),
    document.embedFont(files.bold, { subset: true }),
    document.embedFont(files.mono, { subset: true }),
  ])
  return { regular, bold, mono }
}

const characterSets = new WeakMap<PDFFont, Set<number>>()

/** Refuses characters the font has no glyph for, instead of printing empty boxes. */
function checkGlyphs(font: PDFFont, name: string, text: string): void {
  let known = characterSets.get(font)
  if (!known) {
    known = new Set(font.getCharacterSet())
    characterSets.set(font, known)
  }
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0
    if (character !== ' ' && !known.has(code)) {
      const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
      throw new MediaError(
        'invalid-argument',
        {
          en: `Expected ${name} to contain printable letters but "${character}" (${hex}) cannot be printed with the label font; remove it.`,
          vi: `${name} có ký tự "${character}" (${hex}) mà phông chữ in nhãn không có; hãy bỏ ký tự này.`,
        },
        { parameter: name, character: hex },
      )
    }
  }
}

/**
 * Each distinct code becomes one form XObject, drawn in module units, so a batch of thousands of
 * identical labels stores the code once and every cell only places it.
 */
class QrStamps {
  readonly #forms = new Map<QrMatrix, PDFRef>()
  readonly #names = new WeakMap<PDFPage, Map<PDFRef, PDFName>>()

  readonly #document: PDFDocument

  constructor(document: PDFDocument) {
    this.#document = document
  }

  /** Draws the code with its quiet zone as a square of `side` points whose top-left corner is (left, top). */
  draw(page: PDFPage, matrix: QrMatrix, left: number, top: number, side: number): void {
    const ref = this.#form(matrix)
    let names = this.#names.get(page)
    if (!names) {
      names = new Map()
      this.#names.set(page, names)
    }
    let name = names.get(ref)
    if (!name) {
      name = page.node.newXObject('QR', ref)
      names.set(ref, name)
    }
    const scale = side / (matrix.size + 2 * matrix.margin)
    page.pushOperators(
      pushGraphicsState(),
      concatTransformationMatrix(scale, 0, 0, scale, left, top - side),
      drawObject(name),
      popGraphicsState(),
    )
  }

  #form(matrix: QrMatrix): PDFRef {
    const known = this.#forms.get(matrix)
    if (known) return known
    const side = matrix.size + 2 * matrix.margin
    const { light, dark, margin } = matrix
    const operators = [
      setFillingRgbColor(light.r / 255, light.g / 255, light.b / 255),
      rectangle(0, 0, side, side),
      fill(),
      setFillingRgbColor(dark.r / 255, dark.g / 255, dark.b / 255),
      // One path for all modules: neighbouring rectangles then render without hairline seams.
      ...darkRuns(matrix).map(({ row, column, length }) =>
        rectangle(margin + column, side - margin - row - 1, length, 1),
      ),
      fill(),
    ]
    const stream = this.#document.context.formXObject(operators, { BBox: [0, 0, side, side] })
    const ref = this.#document.context.register(stream)
    this.#forms.set(matrix, ref)
    return ref
  }
}

function checkModuleSize(matrix: QrMatrix, side: number, parameter: string, given: unknown): void {
  const moduleMm = side / (matrix.size + 2 * matrix.margin) / POINTS_PER_MM
  if (moduleMm < MIN_MODULE_MM) {
    const shown = JSON.stringify(given)
    throw new MediaError(
      'invalid-argument',
      {
        en: `Expected ${parameter} to leave room for a QR code with modules of at least ${MIN_MODULE_MM} mm, but with ${shown} they would be ${moduleMm.toFixed(2)} mm (version ${matrix.version}); use bigger labels or a shorter URL.`,
        vi: `Với ${parameter} = ${shown}, mỗi ô của mã QR chỉ rộng ${moduleMm.toFixed(2)} mm (phiên bản ${matrix.version}), nhỏ hơn mức tối thiểu ${MIN_MODULE_MM} mm để điện thoại quét được; hãy dùng nhãn lớn hơn hoặc đường dẫn ngắn hơn.`,
      },
      { parameter, moduleMm, minimum: MIN_MODULE_MM },
    )
  }
}

/** The code for one URL argument; a refusal says which argument (or label) it was about. */
function namedMatrix(name: string, place: { en: string; vi: string }, url: unknown): QrMatrix {
  if (typeof url !== 'string') throw invalidParameterError(name, 'an absolute http(s) URL', url)
  try {
    return qrMatrix(url)
  } catch (error) {
    if (!isMediaError(error)) throw error
    throw new MediaError(
      error.code,
      { en: `${place.en}: ${error.message}`, vi: `${place.vi}: ${error.messageVi}` },
      { ...error.details, parameter: name },
    )
  }
}

function readLabel(label: LabelInput, index: number): Required<LabelInput> {
  requireObject(`labels[${index}]`, label)
  const title = requireText(`labels[${index}].title`, label.title)
  const lines = label.lines ?? []
  if (!Array.isArray(lines)) throw invalidParameterError(`labels[${index}].lines`, 'an array of strings', lines)
  let shortUrl = ''
  if (label.shortUrl !== undefined) {
    const name = `labels[${index}].shortUrl`
    namedMatrix(name, { en: name, vi: `Đường dẫn ngắn của nhãn ${index + 1}` }, label.shortUrl)
    shortUrl = printedAddress(label.shortUrl)
  }
  return {
    url: label.url,
    title,
    lines: lines.map((line, n) => {
      if (typeof line !== 'string') throw invalidParameterError(`labels[${index}].lines[${n}]`, 'a string', line)
      return cleanText(line)
    }),
    shortUrl,
  }
}

function readLayout(layout: LabelLayout | undefined): Required<LabelLayout> {
  if (layout !== undefined) requireObject('layout', layout)
  const result = { ...DEFAULT_LAYOUT }
  for (const key of Object.keys(LAYOUT_LIMITS) as (keyof LabelLayout)[]) {
    const value = layout?.[key]
    if (value === undefined) continue
    const { min, max, integer } = LAYOUT_LIMITS[key]
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
      throw invalidParameterError(
        `layout.${key}`,
        `${integer ? 'an integer' : 'a number'} from ${min} to ${max}`,
        value,
      )
    }
    if (integer && !Number.isInteger(value)) throw invalidParameterError(`layout.${key}`, 'an integer', value)
    result[key] = value
  }
  return result
}

function labelGrid(layout: Required<LabelLayout>): LabelGrid {
  const [pageWidth, pageHeight] = PageSizes.A4
  const margin = mm(layout.marginMm)
  const gap = mm(layout.gapMm)
  const cellWidth = (pageWidth - 2 * margin - (layout.columns - 1) * gap) / layout.columns
  const cellHeight = (pageHeight - 2 * margin - (layout.rows - 1) * gap) / layout.rows
  if (cellWidth < mm(MIN_CELL_MM) || cellHeight < mm(MIN_CELL_MM)) {
    const shown = `${(cellWidth / POINTS_PER_MM).toFixed(1)} × ${(cellHeight / POINTS_PER_MM).toFixed(1)} mm`
    throw new MediaError(
      'invalid-argument',
      {
        en: `Expected layout to give labels of at least ${MIN_CELL_MM} × ${MIN_CELL_MM} mm but ${JSON.stringify(layout)} gives ${shown}; use fewer columns or rows, or smaller margins.`,
        vi: `Bố cục ${JSON.stringify(layout)} cho nhãn chỉ ${shown}, nhỏ hơn mức tối thiểu ${MIN_CELL_MM} × ${MIN_CELL_MM} mm; hãy giảm số cột, số hàng hoặc lề.`,
      },
      { parameter: 'layout' },
    )
  }
  const padding = mm(LABEL_PADDING_MM)
  const innerWidth = cellWidth - 2 * padding
  const innerHeight = cellHeight - 2 * padding
  if (cellWidth >= cellHeight * 1.3) {
    const qrSide = Math.min(innerHeight, innerWidth * 0.55)
    return {
      margin,
      gap,
      cellWidth,
      cellHeight,
      qrSide,
      qr: { x: padding, y: (cellHeight - qrSide) / 2 },
      // The quiet zone already separates the code from the text.
      text: { x: padding + qrSide, y: padding, width: innerWidth - qrSide, height: innerHeight },
      centred: false,
    }
  }
  const qrSide = Math.min(innerWidth, innerHeight * 0.62)
  return {
    margin,
    gap,
    cellWidth,
    cellHeight,
    qrSide,
    qr: { x: (cellWidth - qrSide) / 2, y: padding },
    text: { x: padding, y: padding + qrSide, width: innerWidth, height: innerHeight - qrSide },
    centred: true,
  }
}

const TITLE_PT = 10
const LINE_PT = 8

/**
 * The lines (lot, dates) are fitted first, at their own size, because they matter most; the title
 * takes the room left, up to two lines. Both shrink to MIN_TEXT_PT, then get cut with an ellipsis.
 */
function fitLabelText(
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
function printedAddress(url: string): string {
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
} /** The largest size from `start` down to MIN_TEXT_PT, in quarter points, for which `fits` holds. */
function largestSize(start: number, fits: (size: number) => boolean): number | undefined {
  for (let size = start; size >= MIN_TEXT_PT; size -= 0.25) if (fits(size)) return size
  return undefined
}

/**
 * Beside the code, the text is centred on the code's height; under it, code and text are centred
 * together in the cell so that the text sits right under the code.
 */
function drawLabel(
  page: PDFPage,
  stamps: QrStamps,
  matrix: QrMatrix,
  blocks: TextBlock[],
  grid: LabelGrid,
  left: number,
  top: number,
): void {
  const { x, y, width, height } = grid.text
  const textHeight = blocksHeight(blocks)
  if (grid.centred) {
    const shift = (height - textHeight) / 2
    stamps.draw(page, matrix, left + grid.qr.x, top - grid.qr.y - shift, grid.qrSide)
    drawBlocks(page, blocks, left + x + width / 2, top - y - shift)
  } else {
    stamps.draw(page, matrix, left + grid.qr.x, top - grid.qr.y, grid.qrSide)
    drawBlocks(page, blocks, left + x, top - y - (height - textHeight) / 2, 'left')
  }
}

function fitBlock(
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

/** What to print under the plaque's code: the short URL (which must fit), else the URL if it fits. */
function plaqueUrlText(input: RelicPlaqueInput, font: PDFFont, minSize: number, width: number): string {
  const shown = (url: string): string => url.replace(/^https:\/\//i, '')
  if (input.shortUrl !== undefined) {
    const text = shown(input.shortUrl)
    if (font.widthOfTextAtSize(text, minSize) > width) {
      throw new MediaError(
        'invalid-argument',
        {
          en: `Expected shortUrl to fit on one line under the code but "${input.shortUrl}" is too long for this paper size; use a shorter link.`,
          vi: `Đường dẫn ngắn "${input.shortUrl}" quá dài để in trên một dòng dưới mã QR ở khổ giấy này; hãy dùng đường dẫn ngắn hơn.`,
        },
        { parameter: 'shortUrl' },
      )
    }
    return text
  }
  const text = shown(input.url)
  // A URL cut short would send people to a wrong page, so a long one is simply not printed.
  return font.widthOfTextAtSize(text, minSize) <= width ? text : ''
}

function lineHeight(font: PDFFont, size: number): number {
  // Vietnamese stacks two marks on capitals (Ổ, Ễ), so lines need the font's full height.
  return font.heightAtSize(size) * 1.08
}

function blocksHeight(blocks: TextBlock[]): number {
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
function drawBlocks(page: PDFPage, blocks: TextBlock[], x: number, top: number, align: 'centre' | 'left' = 'centre') {
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

function digitalLink(baseUrl: string, gtin: string, lot: string): string {
  try {
    return gs1DigitalLink({ baseUrl, gtin, batch: lot })
  } catch (error) {
    if (!(error instanceof Gs1Error)) throw error
    const parameter = error.code === 'batch-format' || error.code === 'batch-path' ? 'lot' : 'gtin'
    throw new MediaError('invalid-argument', { en: error.message, vi: error.messageVi }, { parameter, gs1: error.code })
  }
}

function readBaseUrl(value: unknown): string {
  const expected = 'the absolute http(s) address of the site, without query or fragment'
  if (typeof value !== 'string') throw invalidParameterError('baseUrl', expected, value)
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw invalidParameterError('baseUrl', expected, value)
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.search || url.hash || url.username || url.password) {
    throw invalidParameterError('baseUrl', expected, value)
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
}

const VIETNAM_DATE = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** A calendar date as dd/mm/yyyy, the way Vietnamese labels print it, plus a sortable key. */
function readDate(name: string, value: string | Date): { text: string; key: string } {
  const expected = "a date 'YYYY-MM-DD' or a valid Date"
  let year: number
  let month: number
  let day: number
  const calendar = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null
  if (calendar) {
    ;[year, month, day] = [Number(calendar[1]), Number(calendar[2]), Number(calendar[3])]
    const check = new Date(Date.UTC(year, month - 1, day))
    if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
      throw invalidParameterError(name, expected, value)
    }
  } else {
    // Timestamps are read in Vietnam's time zone, where the products are made and sold.
    const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined
    if (!date || Number.isNaN(date.getTime()) || (typeof value === 'string' && !/^\d{4}-\d{2}-\d{2}T/.test(value))) {
      throw invalidParameterError(name, expected, value instanceof Date ? 'Invalid Date' : value)
    }
    const part = (type: string): number => Number(VIETNAM_DATE.formatToParts(date).find((p) => p.type === type)?.value)
    ;[year, month, day] = [part('year'), part('month'), part('day')]
  }
  const two = (n: number): string => String(n).padStart(2, '0')
  return { text: `${two(day)}/${two(month)}/${year}`, key: `${year}-${two(month)}-${two(day)}` }
}

function requireObject(name: string, value: unknown): void {
  if (!is.plainObject(value)) throw invalidParameterError(name, 'an object', value)
}

function cleanText(text: string): string {
  // Precomposed letters (NFC) so that each Vietnamese letter is one glyph with its marks in place.
  return text.normalize('NFC').replace(/\s+/g, ' ').trim()
}

function requireText(name: string, value: unknown): string {
  const text = typeof value === 'string' ? cleanText(value) : ''
  if (!text) throw invalidParameterError(name, 'a non-empty text', value)
  return text
}

function optionalText(name: string, value: unknown): string {
  if (value === undefined) return ''
  if (typeof value !== 'string') throw invalidParameterError(name, 'a text', value)
  return cleanText(value)
}
