/** The plaque of a relic: one portrait page with the name, a big QR code and a prompt to scan it. */
import { PageSizes, type PDFFont, rgb } from 'pdf-lib'
import { MediaError } from '../errors.ts'
import { checkedObject, invalidParameterError } from '../is.ts'
import { checkGlyphs, newSheet } from './fonts.ts'
import { checkModuleSize, mm, namedMatrix, QrStamps } from './layout.ts'
import { BLACK, blocksHeight, drawBlocks, fitBlock, GREY, optionalText, requireText, type TextBlock } from './text.ts'

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

const PLAQUE_SIZES: Readonly<Record<PlaqueSize, [number, number]>> = {
  A4: PageSizes.A4,
  A5: PageSizes.A5,
  A6: PageSizes.A6,
}
const SCAN_PROMPT = 'Quét mã để xem thuyết minh / Scan for the guide'

/**
 * Office printers leave up to 5 mm unprinted and plaques get framed or trimmed, so text stays well
 * over 10 mm from the edge.
 */
const MIN_PRINT_MARGIN_MM = 12

const FRAME_GREY = rgb(0.7, 0.7, 0.7)

/** A portrait plaque for a relic: name, big QR code, short URL and a bilingual prompt to scan. */
export async function relicPlaquePdf(input: RelicPlaqueInput): Promise<Uint8Array> {
  checkedObject('input', input)
  const size = input.size ?? 'A5'
  if (!Object.hasOwn(PLAQUE_SIZES, size)) throw invalidParameterError('size', "'A4', 'A5' or 'A6'", size)
  checkedObject('name', input.name)
  const nameVi = requireText('name.vi', input.name.vi)
  const nameEn = optionalText('name.en', input.name.en)
  if (input.subtitle !== undefined) checkedObject('subtitle', input.subtitle)
  const subtitleVi = optionalText('subtitle.vi', input.subtitle?.vi)
  const subtitleEn = optionalText('subtitle.en', input.subtitle?.en)
  const matrix = namedMatrix('url', { en: 'url', vi: 'Địa chỉ của mã QR' }, input.url)
  if (input.shortUrl !== undefined) {
    namedMatrix('shortUrl', { en: 'shortUrl', vi: 'Đường dẫn ngắn in dưới mã' }, input.shortUrl)
  }

  const [width, height] = PLAQUE_SIZES[size]
  const { document, fonts } = await newSheet(nameVi, input.url)
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
