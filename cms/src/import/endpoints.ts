import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'
import { IMPORT_KIND_NAMES, IMPORT_KINDS, type ImportKindName } from './kinds'
import { commitImport, type ImportPlan, ImportRefused, planImport } from './plan'
import { readSheet, SheetError } from './sheet'
import { importTemplate } from './template'

/** What the admin screen shows of a plan: rows with problems or changes, not every row's data. */
export const summarize = (plan: ImportPlan) => ({
  kind: plan.kind,
  columns: plan.columns,
  problems: plan.problems,
  counts: plan.counts,
  canCommit: plan.canCommit,
  rows: plan.rows
    .filter((row) => row.action !== 'unchanged')
    .slice(0, 2000)
    .map(({ row, action, title, changes, issues }) => ({ row, action, title, changes, issues })),
})

const kindOf = (req: PayloadRequest): ImportKindName | null => {
  const kind = String(req.routeParams?.kind ?? '') as ImportKindName
  return IMPORT_KIND_NAMES.includes(kind) ? kind : null
}

const refuse = (status: number, vi: string, en: string) => Response.json({ errors: [{ message: vi, en }] }, { status })

/** The uploaded file and the column mapping (multipart fields `file` and `mapping`). */
async function readUpload(req: PayloadRequest) {
  await addDataAndFileToRequest(req)
  const file = req.file
  if (!file?.data) return null
  // Payload reads the other form fields from the `_payload` JSON field, as the admin's uploads send them.
  const raw = (req.data as { mapping?: unknown } | undefined)?.mapping
  const mapping = raw && typeof raw === 'object' ? (raw as Record<string, string>) : {}
  return { data: new Uint8Array(file.data), name: file.name, mapping }
}

const canCreate = async (req: PayloadRequest, kind: ImportKindName) => {
  const access = req.payload.collections[IMPORT_KINDS[kind].collection].config.access.create
  return Boolean(await access({ req }))
}

async function prepare(req: PayloadRequest) {
  if (!req.user) return { ok: false as const, response: refuse(401, 'Hãy đăng nhập.', 'Sign in first.') }
  const kind = kindOf(req)
  if (!kind) return { ok: false as const, response: refuse(404, 'Không có loại dữ liệu này.', 'Unknown kind.') }
  if (!(await canCreate(req, kind))) {
    return {
      ok: false as const,
      response: refuse(
        403,
        `Tài khoản của bạn không được tạo ${IMPORT_KINDS[kind].label.vi.toLowerCase()}.`,
        `Your account may not create ${IMPORT_KINDS[kind].label.en.toLowerCase()}.`,
      ),
    }
  }
  const upload = await readUpload(req)
  if (!upload) {
    return {
      ok: false as const,
      response: refuse(400, 'Hãy chọn một tệp .xlsx hoặc .csv.', 'Choose an .xlsx or .csv file.'),
    }
  }
  try {
    const sheet = await readSheet(upload.data, upload.name)
    return {
      ok: true as const,
      kind,
      sheet,
      mapping: upload.mapping,
      user: req.user as unknown as { id: number | string },
    }
  } catch (error) {
    if (error instanceof SheetError) {
      return { ok: false as const, response: refuse(400, error.bilingual.vi, error.bilingual.en) }
    }
    throw error
  }
}

/**
 * POST /api/import/:kind/preview   the dry run (multipart: file, and _payload = {"mapping": {header: key}})
 * POST /api/import/:kind/commit    the import, streamed as lines of JSON: progress, then result
 * GET  /api/import/:kind/template.xlsx
 * The signed-in user's scope and rights apply throughout.
 */
export const importEndpoints: Endpoint[] = [
  {
    path: '/import/:kind/template.xlsx',
    method: 'get',
    handler: async (req) => {
      if (!req.user) return refuse(401, 'Hãy đăng nhập.', 'Sign in first.')
      const kind = kindOf(req)
      if (!kind) return refuse(404, 'Không có loại dữ liệu này.', 'Unknown kind.')
      return new Response(new Uint8Array(await importTemplate(kind)), {
        headers: {
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'content-disposition': `attachment; filename="mau-${kind}.xlsx"`,
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
      const { kind, sheet, mapping, user } = prepared
      return Response.json(summarize(await planImport(req.payload, { kind, sheet, mapping, user })))
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
            const { kind, sheet, mapping, user } = prepared
            const result = await commitImport(req.payload, {
              kind,
              sheet,
              mapping,
              user,
              onProgress: (done, total) => send({ progress: { done, total } }),
            })
            send({ result })
          } catch (error) {
            if (error instanceof ImportRefused) send({ refused: error.message, plan: summarize(error.plan) })
            else send({ refused: (error as Error).message })
          }
          controller.close()
        },
      })
      return new Response(stream, { headers: { 'content-type': 'application/x-ndjson', 'cache-control': 'no-store' } })
    },
  },
]
