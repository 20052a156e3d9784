import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'
import { type RefusalStatus, refuse as refusal } from '../access/refusal'
import { contentDisposition } from '../download'
import { errorMessage } from '../shared/errors'
import { recordOr } from '../shared/guards'
import { commitImport, ImportRefused } from './commit'
import { IMPORT_KINDS, type ImportKindName, isImportKindName } from './kinds'
import type { LayoutOptions } from './layout'
import { type ImportPlan, planImport } from './plan'
import { structureLines } from './report'
import { MAX_BYTES, SheetError } from './sheet'
import { importTemplate } from './template'
import { readWorkbook } from './workbook'

/** What the admin screen shows of a plan: its structure, rows with problems or changes, not every row's data. */
export const summarize = (plan: ImportPlan) => ({
  kind: plan.kind,
  columns: plan.columns,
  sheets: plan.sheets,
  ignoredSheets: plan.ignoredSheets,
  structure: structureLines(plan),
  problems: plan.problems,
  counts: plan.counts,
  canCommit: plan.canCommit,
  rows: plan.rows
    .filter((row) => row.action !== 'unchanged')
    .slice(0, 2000)
    .map(({ sheet, row, action, title, changes, issues, notes }) => ({
      sheet,
      row,
      action,
      title,
      changes,
      issues,
      notes,
    })),
})

const kindOf = (req: PayloadRequest): ImportKindName | null => {
  const kind = String(req.routeParams?.kind ?? '')
  return isImportKindName(kind) ? kind : null
}

const refuse = (req: PayloadRequest, status: RefusalStatus, vi: string, en: string) => refusal(req, status, { vi, en })

/** The entries of a form's object whose values are text (a mapping, section meanings). */
const stringsOf = (value: unknown): Record<string, string> =>
  Object.fromEntries(
    Object.entries(recordOr(value)).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  )

/** The officer's corrections, from the form: only well-formed values are kept. */
export function layoutFrom(raw: unknown): Omit<LayoutOptions, 'mapping'> {
  const input = recordOr(raw)
  const sheets = Array.isArray(input.sheets) ? input.sheets.filter((s): s is string => typeof s === 'string') : []
  const headerRow = Object.fromEntries(
    Object.entries(recordOr(input.headerRow)).filter(
      (entry): entry is [string, number] =>
        typeof entry[1] === 'number' && Number.isInteger(entry[1]) && entry[1] >= 1 && entry[1] <= 1000,
    ),
  )
  return { ...(sheets.length ? { sheets } : {}), headerRow, sections: stringsOf(input.sections) }
}

/** The uploaded file, the column mapping and the structure overrides (multipart: `file`, `_payload`). */
async function readUpload(req: PayloadRequest) {
  await addDataAndFileToRequest(req)
  const file = req.file
  if (!file?.data) return null
  // Payload reads the other form fields from the `_payload` JSON field, as the admin's uploads send them.
  const data = recordOr(req.data)
  return {
    data: new Uint8Array(file.data),
    name: file.name,
    mapping: stringsOf(data.mapping),
    layout: layoutFrom(data.layout),
  }
}

const canCreate = async (req: PayloadRequest, kind: ImportKindName) => {
  const access = req.payload.collections[IMPORT_KINDS[kind].collection].config.access.create
  return Boolean(await access({ req }))
}

async function prepare(req: PayloadRequest) {
  if (!req.user) return { ok: false as const, response: refuse(req, 401, 'Hãy đăng nhập.', 'Sign in first.') }
  const kind = kindOf(req)
  if (!kind) return { ok: false as const, response: refuse(req, 404, 'Không có loại dữ liệu này.', 'Unknown kind.') }
  if (!(await canCreate(req, kind))) {
    return {
      ok: false as const,
      response: refuse(
        req,
        403,
        `Tài khoản của bạn không được tạo ${IMPORT_KINDS[kind].label.vi.toLowerCase()}.`,
        `Your account may not create ${IMPORT_KINDS[kind].label.en.toLowerCase()}.`,
      ),
    }
  }
  // A file over the limit is refused before it is read, let alone parsed.
  const length = Number(req.headers.get('content-length') ?? 0)
  if (length > MAX_BYTES + 64 * 1024) {
    return {
      ok: false as const,
      response: refuse(
        req,
        413,
        `Tệp quá lớn (${Math.round(length / 1048576)} MB, tối đa ${MAX_BYTES / 1048576} MB). Hãy chia thành nhiều tệp.`,
        `The file is too large (${Math.round(length / 1048576)} MB, at most ${MAX_BYTES / 1048576} MB). Split it.`,
      ),
    }
  }
  const upload = await readUpload(req)
  if (!upload) {
    return {
      ok: false as const,
      response: refuse(
        req,
        400,
        'Hãy chọn một tệp bảng tính (.xlsx, .xls, .ods hoặc .csv).',
        'Choose a spreadsheet file (.xlsx, .xls, .ods or .csv).',
      ),
    }
  }
  try {
    const workbook = await readWorkbook(upload.data, upload.name)
    return {
      ok: true as const,
      kind,
      workbook,
      mapping: upload.mapping,
      layout: upload.layout,
      user: req.user,
    }
  } catch (error) {
    if (error instanceof SheetError) {
      return { ok: false as const, response: refuse(req, 400, error.bilingual.vi, error.bilingual.en) }
    }
    throw error
  }
}

/**
 * POST /api/import/:kind/preview   the dry run (multipart: file, and _payload = {"mapping": {header: key},
 *                                   "layout": {"sheets": [...], "headerRow": {sheet: n}, "sections": {text: key}}})
 * POST /api/import/:kind/commit    the import, streamed as lines of JSON: progress, then result
 * GET  /api/import/:kind/template.xlsx
 * The signed-in user's scope and rights apply throughout.
 */
export const importEndpoints: Endpoint[] = [
  {
    path: '/import/:kind/template.xlsx',
    method: 'get',
    handler: async (req) => {
      if (!req.user) return refuse(req, 401, 'Hãy đăng nhập.', 'Sign in first.')
      const kind = kindOf(req)
      if (!kind) return refuse(req, 404, 'Không có loại dữ liệu này.', 'Unknown kind.')
      return new Response(new Uint8Array(await importTemplate(kind)), {
        headers: {
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'content-disposition': contentDisposition('attachment', `mau-${kind}.xlsx`),
        },
      })
    },
  },
  {
    path: '/import/:kind/preview',
    method: 'post',
    handler: async (req) => {
      const prepared = await prepare(req)
      if (!prepared.ok) return prepared.response
      const { kind, workbook, mapping, layout, user } = prepared
      return Response.json(summarize(await planImport(req.payload, { kind, workbook, mapping, layout, user })))
    },
  },
  {
    path: '/import/:kind/commit',
    method: 'post',
    handler: async (req) => {
      const prepared = await prepare(req)
      if (!prepared.ok) return prepared.response
      const encoder = new TextEncoder()
      const stream = new ReadableStream({
        async start(controller) {
          const send = (line: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`))
          try {
            const { kind, workbook, mapping, layout, user } = prepared
            const result = await commitImport(req.payload, {
              kind,
              workbook,
              mapping,
              layout,
              user,
              onProgress: (done, total) => send({ progress: { done, total } }),
            })
            send({ result })
          } catch (error) {
            if (error instanceof ImportRefused) send({ refused: error.message, plan: summarize(error.plan) })
            else send({ refused: errorMessage(error) })
          }
          controller.close()
        },
      })
      return new Response(stream, { headers: { 'content-type': 'application/x-ndjson', 'cache-control': 'no-store' } })
    },
  },
]
