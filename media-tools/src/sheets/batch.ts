/**
 * Labels of one production batch: the code holds the GS1 Digital Link of the batch, or the short
 * link of the batch page; lot and dates are printed the Vietnamese way.
 */
import { MediaError } from '../errors.ts'
import { checkDigitalLink } from '../gs1.ts'
import { checkedObject, invalidParameterError, is } from '../is.ts'
import { type LabelInput, labelSheetPdf, MAX_LABELS } from './labels.ts'
import type { LabelLayout } from './layout.ts'
import { requireText } from './text.ts'

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

const SHORT_CODE = /^[A-Za-z0-9_-]{1,32}$/

/**
 * Labels for one production batch: the GS1 Digital Link of the batch when the product has a GTIN,
 * otherwise the short stable link of the batch page; lot and dates printed in Vietnamese.
 */
export async function batchLabelSheetPdf(input: BatchLabelInput): Promise<Uint8Array> {
  checkedObject('input', input)
  const base = readBaseUrl(input.baseUrl)
  const lot = requireText('lot', input.lot)
  if (lot.length > 40) throw invalidParameterError('lot', 'at most 40 characters', input.lot)
  const productName = requireText('productName', input.productName)
  if (!is.integer(input.count) || !is.inRange(input.count, 1, MAX_LABELS)) {
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

function digitalLink(baseUrl: string, gtin: string, lot: string): string {
  const link = checkDigitalLink({ baseUrl, gtin, batch: lot })
  if (link.ok) return link.value
  const { code, message } = link.problem
  const parameter = code === 'batch-format' || code === 'batch-path' ? 'lot' : 'gtin'
  throw new MediaError('invalid-argument', message, { parameter, gs1: code })
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
