import { vietnamDay } from '@heritage/contract'
import type { Endpoint, Where } from 'payload'
import { REFUSALS, refuse } from '../access/refusal'
import { contentDisposition } from '../download'
import { auditExport, exportTable, toCsv, toXlsx } from './table'

const slugOk = (slug: string) => /^[a-z0-9-]+$/.test(slug) && !slug.startsWith('payload-')

/**
 * GET /api/export/:collection?format=xlsx|csv[&draft=true][&where…] — the documents the signed-in
 * user may read, with the fields they may read, as a spreadsheet. The admin's list views link here
 * with their current filters. Every export is written to the audit log.
 */
export const exportEndpoint: Endpoint = {
  path: '/export/:collection',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return refuse(req, 401, REFUSALS.signIn)
    const slug = String(req.routeParams?.collection ?? '')
    const collection = slugOk(slug) ? req.payload.config.collections.find((c) => c.slug === slug)?.slug : undefined
    if (!collection) {
      return refuse(req, 404, { vi: `Không có loại dữ liệu ${slug}.`, en: `Unknown collection ${slug}.` })
    }
    const format = req.searchParams.get('format') === 'csv' ? 'csv' : 'xlsx'
    // cast: PayloadRequest types the parsed query string as unknown values; Payload's own REST handlers
    // hand its `where` to the query as a Where, and so does this one (the query validates it).
    const where = req.query?.where as Where | undefined
    const table = await exportTable(req.payload, {
      collection,
      req,
      where,
      draft: req.searchParams.get('draft') === 'true',
    })
    await auditExport(req, slug, table.rows.length, format)
    const day = vietnamDay()
    const headers = {
      'content-disposition': contentDisposition('attachment', `${slug}-${day}.${format}`),
      'cache-control': 'no-store',
    }
    if (format === 'csv') {
      return new Response(toCsv(table), { headers: { ...headers, 'content-type': 'text/csv; charset=utf-8' } })
    }
    const body = await toXlsx(table, slug)
    return new Response(new Uint8Array(body), {
      headers: { ...headers, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    })
  },
}
