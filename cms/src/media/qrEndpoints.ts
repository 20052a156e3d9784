import { labelOf, RELIC_RANKS } from '@heritage/contract'
import { isMediaError } from '@heritage/media-tools/errors'
import { batchLabelSheetPdf, relicPlaquePdf } from '@heritage/media-tools/sheets'
import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'
import { mayPrintLabels, mayPrintLabelsOf, mayPrintPlaque } from '../access/printing'
import { refuse } from '../access/refusal'
import { contentDisposition } from '../download'
import { markShortCodePrinted } from '../fields/shortCode'
import { isRecord } from '../shared/guards'
import { publicSiteUrl } from '../site'

// A copy on its own ArrayBuffer: a Response body may not be a view of a SharedArrayBuffer.
const pdfResponse = (pdf: Uint8Array, filename: string) =>
  new Response(new Uint8Array(pdf), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': contentDisposition('inline', filename),
      'cache-control': 'no-store',
    },
  })

const NOT_PRINTER = {
  vi: 'Tài khoản của bạn không được in mã QR cho mục này.',
  en: 'Your account may not print QR codes for this entry.',
}
const NO_CODE = { vi: 'Mục này chưa có mã QR.', en: 'This entry has no QR code yet.' }

/** A sheet media-tools refused to lay out (a GS1 value it cannot encode…): the reason, as a refusal. */
const failure = (error: unknown, req: PayloadRequest) => {
  if (isMediaError(error)) return refuse(req, 400, { vi: error.messageVi, en: error.message })
  throw error
}

/** The texts a plaque shows, from an entry of any kind read in one locale (undefined where it has none). */
const plaqueTexts = (doc: unknown) => {
  const text = (key: string): string | undefined => {
    const value = isRecord(doc) ? doc[key] : undefined
    return typeof value === 'string' ? value : undefined
  }
  return { code: text('code'), slug: text('slug'), title: text('title'), rank: text('rank') }
}

/** GET /api/<entries>/:id/plaque.pdf — a print-ready plaque whose QR leads to the entry's short URL. */
export const plaqueEndpoint = (slug: CollectionSlug): Endpoint => ({
  path: '/:id/plaque.pdf',
  method: 'get',
  handler: async (req) => {
    if (!mayPrintPlaque(req)) return refuse(req, 403, NOT_PRINTER)
    const id = String(req.routeParams?.id)
    const read = async (locale: 'vi' | 'en') =>
      plaqueTexts(
        await req.payload.findByID({
          collection: slug,
          id,
          locale,
          fallbackLocale: false,
          draft: true,
          depth: 0,
          overrideAccess: false,
          // Not `req`: Payload sets the locale on the request it is given, and these run in parallel.
          user: req.user,
        }),
      )
    const [vi, en] = await Promise.all([read('vi'), read('en')])
    if (!vi.code) return refuse(req, 409, NO_CODE)
    const url = `${publicSiteUrl()}/p/${vi.code}`
    try {
      const pdf = await relicPlaquePdf({
        url,
        shortUrl: url,
        name: { vi: vi.title ?? '', en: en.title ?? undefined },
        subtitle: vi.rank
          ? { vi: labelOf<string>(RELIC_RANKS, vi.rank, 'vi'), en: labelOf<string>(RELIC_RANKS, vi.rank, 'en') }
          : undefined,
      })
      await markShortCodePrinted(req, slug, id)
      return pdfResponse(pdf, `${vi.slug ?? vi.code}-qr.pdf`)
    } catch (error) {
      return failure(error, req)
    }
  },
})

/** GET /api/batches/:id/labels.pdf?count=24 — A4 sheets of QR labels for one production batch. */
export const labelsEndpoint: Endpoint = {
  path: '/:id/labels.pdf',
  method: 'get',
  handler: async (req) => {
    if (!mayPrintLabels(req)) return refuse(req, 403, NOT_PRINTER)
    const id = String(req.routeParams?.id)
    const count = Math.min(Math.max(Number(req.searchParams.get('count') ?? 24) || 24, 1), 2400)
    const batch = await req.payload.findByID({
      collection: 'batches',
      id,
      draft: true,
      depth: 1,
      locale: 'vi',
      overrideAccess: false,
      req,
    })
    const product = typeof batch.product === 'object' ? batch.product : null
    if (!mayPrintLabelsOf(req, product)) return refuse(req, 403, NOT_PRINTER)
    try {
      const pdf = await batchLabelSheetPdf({
        baseUrl: publicSiteUrl(),
        gtin: product?.gtin ?? undefined,
        lot: batch.lotCode,
        shortCode: batch.code ?? undefined,
        productName: product?.title ?? '',
        productionDate: batch.productionDate ?? undefined,
        expiryDate: batch.expiryDate ?? undefined,
        count,
      })
      await markShortCodePrinted(req, 'batches', id)
      return pdfResponse(pdf, `lo-${batch.lotCode}-tem-qr.pdf`)
    } catch (error) {
      return failure(error, req)
    }
  },
}
