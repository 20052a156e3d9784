/** Sheets of labels: A4 pages of QR codes, each with a title, short lines and a short address. */
import { PageSizes, type PDFPage } from 'pdf-lib'
import { checkedObject, invalidParameterError } from '../is.ts'
import type { QrMatrix } from '../qr.ts'
import { checkGlyphs, newSheet } from './fonts.ts'
import {
  cellCorner,
  checkModuleSize,
  drawLabel,
  type LabelLayout,
  labelGrid,
  namedMatrix,
  QrStamps,
  readLayout,
} from './layout.ts'
import { cleanText, fitLabelText, printedAddress, requireText, type TextBlock } from './text.ts'

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

export interface LabelSheetInput {
  labels: LabelInput[]
  layout?: LabelLayout
}

export const MAX_LABELS = 10_000

/** A4 pages of labels, `columns × rows` per page, each a QR code with a title and short lines. */
export async function labelSheetPdf(input: LabelSheetInput): Promise<Uint8Array> {
  checkedObject('input', input)
  const layout = readLayout(input.layout)
  if (!Array.isArray(input.labels) || input.labels.length === 0) {
    throw invalidParameterError('labels', 'a non-empty array of labels', input.labels)
  }
  if (input.labels.length > MAX_LABELS) {
    throw invalidParameterError('labels', `at most ${MAX_LABELS} labels per document`, `${input.labels.length} labels`)
  }
  const labels = input.labels.map((label, index) => readLabel(label, index))
  const grid = labelGrid(layout)

  const { document, fonts } = await newSheet(labels[0]?.title ?? '')
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
    const { left, top } = cellCorner(grid, layout.columns, slot)
    drawLabel(page, stamps, matrix, text, grid, left, top)
  }
  return document.save()
}

function readLabel(label: LabelInput, index: number): Required<LabelInput> {
  checkedObject(`labels[${index}]`, label)
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
