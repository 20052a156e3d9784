/**
 * The import itself: the dry run's rows written as drafts, all or nothing (one transaction).
 */
import {
  commitTransaction,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  ValidationError,
} from 'payload'
import { refreshStatistics } from '../db'
import { requestPublish } from '../publish/publisher'
import { errorMessage } from '../shared/errors'
import { newRequest } from './account'
import type { Column } from './columns'
import { IMPORT_KINDS, type ImportKindName } from './kinds'
import type { LayoutColumn } from './layout'
import { type ImportOptions, type ImportPlan, planImport } from './plan'
import { keepRowIds } from './rowIds'
import type { CellIssue, RowPlan } from './rows'

/** Maps Payload's validation errors (by field path) back to the row's columns. */
function issuesFromError(error: unknown, row: RowPlan, columns: LayoutColumn[], kindColumns: Column[]): CellIssue[] {
  const at = { sheet: row.sheet, row: row.row }
  if (error instanceof ValidationError) {
    return error.data.errors.map((e) => {
      const column = kindColumns.find((c) => c.path === e.path || (c.path && e.path.startsWith(`${c.path}.`)))
      const mapped = columns.find((c) => c.key === column?.key)
      return {
        ...at,
        column: mapped?.letter ?? '',
        header: mapped?.header ?? e.path,
        message: { vi: e.message, en: e.message },
      }
    })
  }
  const message = errorMessage(error)
  return [{ ...at, column: '', header: '', message: { vi: message, en: message } }]
}

async function write(payload: Payload, req: PayloadRequest, kind: ImportKindName, row: RowPlan) {
  const { collection } = IMPORT_KINDS[kind]
  const common = {
    collection,
    draft: true as const,
    depth: 0,
    locale: 'vi' as const,
    overrideAccess: !req.user,
    req,
    context: { importing: true },
  }
  // A row's data is assembled from the kind's column paths: Payload's validation checks it on write.
  const data: Record<string, unknown> = { ...row.data, _status: 'draft' }
  const doc =
    row.id === undefined
      ? await payload.create({ ...common, data })
      : await payload.update({
          ...common,
          id: row.id,
          data: keepRowIds(
            row.data,
            await payload.findByID({ collection, id: row.id, draft: true, depth: 0, locale: 'all', req }),
          ),
        })
  if (Object.keys(row.dataEn).length > 0) {
    await payload.update({ ...common, id: doc.id, locale: 'en', data: row.dataEn })
  }
  return doc.id
}

export interface CommitResult {
  created: number
  updated: number
  unchanged: number
}

export class ImportRefused extends Error {
  constructor(
    message: string,
    readonly plan: ImportPlan,
  ) {
    super(message)
    this.name = 'ImportRefused'
  }
}

/**
 * All or nothing: refuses a plan with any rejected row or blocking problem. Otherwise writes the
 * rows one by one in one transaction, so that if any write fails (someone changed the data since
 * the dry run, the database refused), nothing of the import remains: not the records, not their
 * versions, not their lines in the audit log. Imported records are drafts.
 */
export async function commitImport(
  payload: Payload,
  options: ImportOptions & { onProgress?: (done: number, total: number) => void | Promise<void> },
): Promise<CommitResult> {
  const plan = await planImport(payload, options)
  if (!plan.canCommit) {
    throw new ImportRefused(
      plan.rows.length === 0
        ? 'The file has no rows to import.'
        : `Nothing was imported: ${plan.counts.reject} row(s) rejected, ${plan.problems.filter((p) => p.blocking).length} problem(s) with the file.`,
      plan,
    )
  }
  const pending = plan.rows.filter((row) => row.action === 'create' || row.action === 'update')
  const transaction = await newRequest(payload, options.user)
  await initTransaction(transaction)
  let current: RowPlan | undefined
  try {
    for (const [index, row] of pending.entries()) {
      current = row
      await options.onProgress?.(index, pending.length)
      // A request of its own for each row (its context, its cache), all in the import's transaction.
      const req = await newRequest(payload, options.user)
      req.transactionID = transaction.transactionID
      row.id = await write(payload, req, options.kind, row)
    }
    await commitTransaction(transaction)
    await options.onProgress?.(pending.length, pending.length)
  } catch (error) {
    await killTransaction(transaction)
    if (current) {
      current.issues.push(
        ...issuesFromError(
          error,
          current,
          plan.sheets.find((s) => s.sheet === current?.sheet)?.columns ?? [],
          IMPORT_KINDS[options.kind].columns,
        ),
      )
      current.action = 'reject'
    }
    throw new ImportRefused(
      `Nothing was imported: row ${current?.row ?? '?'} failed (${errorMessage(error)}); nothing was written.`,
      plan,
    )
  }
  if (options.publish !== false && pending.length > 0) {
    try {
      requestPublish(payload, `import of ${pending.length} ${options.kind}`)
    } catch {}
  }
  // A spreadsheet can multiply a table's size: the planner's statistics must follow.
  if (pending.length >= 100) await refreshStatistics(payload)
  return { created: plan.counts.create, updated: plan.counts.update, unchanged: plan.counts.unchanged }
}
