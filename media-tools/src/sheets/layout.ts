/**
 * Where things go on a printed sheet: millimetres to points, the grid of label cells on an A4
 * page, and the QR codes, drawn as vector stamps with their quiet zone kept clear.
 */
import {
  concatTransformationMatrix,
  drawObject,
  fill,
  PageSizes,
  type PDFDocument,
  type PDFName,
  type PDFPage,
  type PDFRef,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingRgbColor,
} from 'pdf-lib'
import { isMediaError, MediaError } from '../errors.ts'
import { checkedObject, invalidParameterError, is } from '../is.ts'
import { darkRuns, type QrMatrix, qrMatrix } from '../qr.ts'
import { blocksHeight, drawBlocks, type TextBlock } from './text.ts'

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

const POINTS_PER_MM = 72 / 25.4
export const mm = (value: number): number => value * POINTS_PER_MM

/**
 * Below this module size phone cameras struggle at arm's length; well under the 0.5 mm that
 * comfortable scanning needs, so it only refuses layouts that would certainly fail.
 */
const MIN_MODULE_MM = 0.33

const LABEL_PADDING_MM = 1.5
const MIN_CELL_MM = 15

const LAYOUT_LIMITS = {
  columns: { min: 1, max: 10, integer: true },
  rows: { min: 1, max: 30, integer: true },
  marginMm: { min: 0, max: 60, integer: false },
  gapMm: { min: 0, max: 30, integer: false },
} as const
const DEFAULT_LAYOUT: Required<LabelLayout> = { columns: 3, rows: 8, marginMm: 10, gapMm: 3 }

export interface LabelGrid {
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

/**
 * Each distinct code becomes one form XObject, drawn in module units, so a batch of thousands of
 * identical labels stores the code once and every cell only places it.
 */
export class QrStamps {
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

export function checkModuleSize(matrix: QrMatrix, side: number, parameter: string, given: unknown): void {
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
export function namedMatrix(name: string, place: { en: string; vi: string }, url: unknown): QrMatrix {
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

export function readLayout(layout: LabelLayout | undefined): Required<LabelLayout> {
  if (layout !== undefined) checkedObject('layout', layout)
  const result = { ...DEFAULT_LAYOUT }
  for (const key of ['columns', 'rows', 'marginMm', 'gapMm'] as const) {
    const value = layout?.[key]
    if (value === undefined) continue
    const { min, max, integer } = LAYOUT_LIMITS[key]
    if (!is.number(value) || !is.inRange(value, min, max)) {
      throw invalidParameterError(
        `layout.${key}`,
        `${integer ? 'an integer' : 'a number'} from ${min} to ${max}`,
        value,
      )
    }
    if (integer && !is.integer(value)) throw invalidParameterError(`layout.${key}`, 'an integer', value)
    result[key] = value
  }
  return result
}

export function labelGrid(layout: Required<LabelLayout>): LabelGrid {
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
  const cells = { margin, gap, cellWidth, cellHeight }
  if (cellWidth >= cellHeight * 1.3) {
    const qrSide = Math.min(innerHeight, innerWidth * 0.55)
    const qr = { x: padding, y: (cellHeight - qrSide) / 2 }
    // The quiet zone already separates the code from the text.
    const text = { x: padding + qrSide, y: padding, width: innerWidth - qrSide, height: innerHeight }
    return { ...cells, qrSide, qr, text, centred: false }
  }
  const qrSide = Math.min(innerWidth, innerHeight * 0.62)
  const qr = { x: (cellWidth - qrSide) / 2, y: padding }
  const text = { x: padding, y: padding + qrSide, width: innerWidth, height: innerHeight - qrSide }
  return { ...cells, qrSide, qr, text, centred: true }
}

/** The top-left corner of the cell in `slot` (0 is the top-left cell, then across and down). */
export function cellCorner(grid: LabelGrid, columns: number, slot: number): { left: number; top: number } {
  const column = slot % columns
  const row = Math.floor(slot / columns)
  return {
    left: grid.margin + column * (grid.cellWidth + grid.gap),
    top: PageSizes.A4[1] - grid.margin - row * (grid.cellHeight + grid.gap),
  }
}

/**
 * Beside the code, the text is centred on the code's height; under it, code and text are centred
 * together in the cell so that the text sits right under the code.
 */
export function drawLabel(
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
