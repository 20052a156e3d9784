import { labelOf, RELIC_RANKS, type RelicRank } from '@heritage/contract'
import { batchLabelSheetPdf, relicPlaquePdf } from '@heritage/media-tools/sheets'
import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'
import { ownProducerId } from '../access/producerScope'
import { hasRole } from '../access/roles'
import { contentDisposition } from '../download'
import { markShortCodePrinted } from '../fields/shortCode'
import { publicSiteUrl } from '../site'
import { asUploadError } from './errors'

const pdfResponse = (pdf: Uint8Array, filename: string) =>
  new Response(pdf as BodyInit, {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': contentDisposition('inline', filename),
      'cache-control': 'no-store',
    },
  })

const forbidden = () => Response.json({ errors: [{ message: 'Forbidden' }] }, { status: 403 })

const failure = (error: unknown, req: PayloadRequest, collection: string) => {
  const refused = asUploadError(error, req, collection) as { data?: { errors?: { message: string }[] } }
  const message = refused?.data?.errors?.[0]?.message
  if (message) return Response.json({ errors: [{ message }] }, { status: 400 })
  throw error
}

/** GET /api/<entries>/:id/plaque.pdf — a print-ready plaque whose QR leads to the entry's short URL. */
export const plaqueEndpoint = (slug: CollectionSlug): Endpoint => ({
  path: '/:id/plaque.pdf',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req, 'admin', 'editor', 'contributor')) return forbidden()
    const id = String(req.routeParams?.id)
    const read = (locale: 'vi' | 'en') =>
      req.payload.findByID({
        collection: slug,
        id,
        locale,
        fallbackLocale: false,
        draft: true,
        depth: 0,
        overrideAccess: false,
        // Not `req`: Payload sets the locale on the request it is given, and these run in parallel.
        user: req.user,
      }) as Promise<{ code?: string; slug?: string; title?: string | null; rank?: RelicRank }>
    const [vi, en] = await Promise.all([read('vi'), read('en')])
    if (!vi.code) return Response.json({ errors: [{ message: 'This entry has no QR code yet.' }] }, { status: 409 })
    const url = `${publicSiteUrl()}/p/${vi.code}`
    try {
      const pdf = await relicPlaquePdf({
        url,
        shortUrl: url,
        name: { vi: vi.title ?? '', en: en.title ?? undefined },
        subtitle: vi.rank
          ? { vi: labelOf(RELIC_RANKS, vi.rank, 'vi'), en: labelOf(RELIC_RANKS, vi.rank, 'en') }
          : undefined,
      })
      await markShortCodePrinted(req, slug, id)
      return pdfResponse(pdf, `${vi.slug ?? vi.code}-qr.pdf`)
    } catch (error) {
      return failure(error, req, slug)
    }
  },
})

/** GET /api/batches/:id/labels.pdf?count=24 — A4 sheets of QR labels for one production batch. */
export const labelsEndpoint: Endpoint = {
  path: '/:id/labels.pdf',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req, 'admin', 'editor', 'contributor', 'producer')) return forbidden()
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
    // Signed-in users may read every batch; a producer prints labels for its own products only.
    if (!hasRole(req, 'admin', 'editor', 'contributor')) {
      const producer = product?.producer
      const owner = typeof producer === 'object' && producer ? producer.id : producer
      if (owner === undefined || String(owner) !== String(ownProducerId(req))) return forbidden()
    }
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
      return failure(error, req, 'batches')
    }
  },
}
