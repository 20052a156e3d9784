/**
 * The dry run of an import: the structure found in the workbook, every row read, compared with
 * what is stored and checked against the importing account's rights. Writing is ./commit.ts.
 */
import type { Payload } from 'payload'
import { communeAllowed } from '../access/scope'
import type { Bilingual } from '../fields/message'
import type { User } from '../payload-types'
import { newRequest } from './account'
import { IMPORT_KINDS, type ImportKindName } from './kinds'
import { analyseWorkbook, type LayoutOptions, type SheetLayout, type WorkbookLayout } from './layout'
import { columnsByKey, type RowAction, type RowPlan, readRow } from './rows'
import type { SheetProblem } from './sheet'
import { changedColumns, existingRecords, loadLookups } from './stored'
import type { Workbook } from './workbook'

/** What the preview shows of one sheet's structure: everything but its rows. */
export type SheetSummary = Omit<SheetLayout, 'rows'> & { dataRows: number }

export interface ImportPlan {
  kind: ImportKindName
  /** Columns of the first sheet read (the mapping screen offers these). */
  columns: { letter: string; header: string; key: string | null }[]
  sheets: SheetSummary[]
  ignoredSheets: WorkbookLayout['ignoredSheets']
  /** Problems with the file as a whole; `blocking` ones prevent the import. */
  problems: (SheetProblem & { sheet?: string; blocking: boolean })[]
  rows: RowPlan[]
  counts: Record<RowAction, number>
  canCommit: boolean
}

export interface ImportOptions {
  kind: ImportKindName
  workbook: Workbook
  /** Header as written in the file → column key, for sheets with other headers. */
  mapping?: Record<string, string>
  /** The officer's corrections to the structure found: sheets, header row, section meanings. */
  layout?: Omit<LayoutOptions, 'mapping'>
  /** The person importing: their scope and rights apply. None for the command line (system). */
  user?: User
  /** Ask for a site build after a commit (default yes; the command line publishes separately). */
  publish?: boolean
}

/** Columns a sheet repeats or lacks: problems with the file that no row can fix. */
function columnProblems(
  kindName: ImportKindName,
  sheet: SheetLayout,
  sheets: number,
): (SheetProblem & { sheet: string; blocking: true })[] {
  const problems: (SheetProblem & { sheet: string; blocking: true })[] = []
  const byKey = columnsByKey(sheet)
  const sectionKeys = new Set(sheet.sections.map((s) => s.key))
  for (const column of IMPORT_KINDS[kindName].columns) {
    const plain = (byKey.get(column.key) ?? []).filter((m) => !m.column.marker)
    if (plain.length > 1) {
      const letters = plain.map((m) => m.column.letter).join(', ')
      problems.push({
        sheet: sheet.sheet,
        at: letters,
        blocking: true,
        message: {
          vi: `Các cột ${letters} cùng là "${column.header}". Hãy giữ một cột, hoặc chọn trường khác cho cột thừa.`,
          en: `Columns ${letters} are all "${column.header}". Keep one, or map the others to other fields.`,
        },
      })
    }
    if (column.required && !byKey.has(column.key) && !sectionKeys.has(column.key)) {
      problems.push({
        sheet: sheet.sheet,
        at: '',
        blocking: true,
        message: {
          vi: `Thiếu cột bắt buộc "${column.header}"${sheets > 1 ? ` ở trang "${sheet.sheet}"` : ''}. Hãy thêm cột này (xem tệp mẫu) hoặc chọn cột tương ứng.`,
          en: `The required column "${column.header}" is missing${sheets > 1 ? ` in sheet "${sheet.sheet}"` : ''}. Add it (see the template) or map a column to it.`,
        },
      })
    }
  }
  return problems
}

/**
 * The dry run: finds the table in every sheet, reads every row and says, per row and column,
 * what would be created, updated, left unchanged or rejected and why. It writes nothing.
 */
export async function planImport(payload: Payload, options: ImportOptions): Promise<ImportPlan> {
  const kind = IMPORT_KINDS[options.kind]
  const lookups = await loadLookups(payload, options.user)
  const layout = analyseWorkbook(options.workbook, kind, lookups, {
    ...options.layout,
    mapping: options.mapping,
  })
  const problems: ImportPlan['problems'] = []
  for (const note of layout.notes) problems.push({ at: '', message: note, blocking: false })
  if (layout.sheets.length === 0) {
    const required = kind.columns.filter((c) => c.required).map((c) => `"${c.header}"`)
    problems.push({
      at: '',
      blocking: true,
      message: {
        vi: `Không tìm thấy dòng tiêu đề: không trang tính nào có các cột ${required.join(', ')}. Hãy tải tệp mẫu để xem tên cột, hoặc chọn dòng tiêu đề.`,
        en: `No header row found: no sheet has the columns ${required.join(', ')}. Download the template to see the column names, or choose the header row.`,
      },
    })
  }
  const rows: RowPlan[] = []
  const probeReq = await newRequest(payload, options.user)
  const allowedCommunes = new Map<string, boolean>()

  for (const sheet of layout.sheets) {
    for (const p of sheet.problems) problems.push({ ...p, sheet: sheet.sheet, blocking: p.blocking ?? false })
    problems.push(...columnProblems(options.kind, sheet, layout.sheets.length))
    const byKey = columnsByKey(sheet)
    for (const laid of sheet.rows) {
      const plan = readRow(kind, sheet, byKey, laid, lookups)
      if (options.user && plan.data.commune !== undefined) {
        const id = String(plan.data.commune)
        if (!allowedCommunes.has(id)) allowedCommunes.set(id, await communeAllowed(probeReq, plan.data.commune))
        if (!allowedCommunes.get(id)) {
          const c = sheet.columns.find((column) => column.key === 'commune')
          plan.issues.push({
            sheet: sheet.sheet,
            row: laid.number,
            column: c?.letter ?? '',
            header: c?.header ?? '',
            message: {
              vi: 'Xã / phường này không thuộc phạm vi bạn phụ trách.',
              en: 'This commune is outside the area you look after.',
            },
          })
        }
      }
      rows.push(plan)
    }
  }

  const seen = new Map<string, string>()
  const { byKey: stored, readable } = await existingRecords(payload, kind, rows, options.user)
  const where = (row: RowPlan) => (layout.sheets.length > 1 ? `${row.sheet}!${row.row}` : String(row.row))
  for (const plan of rows) {
    const identity = plan.issues.length === 0 ? kind.identity.key(plan.data) : null
    if (identity) {
      const first = seen.get(identity)
      const issue = (message: Bilingual) =>
        plan.issues.push({ sheet: plan.sheet, row: plan.row, column: '', header: '', message })
      if (first !== undefined) {
        issue({
          vi: `Trùng với dòng ${first} (cùng ${kind.collection === 'batches' ? 'số lô và sản phẩm' : 'đường dẫn'}). Mỗi mục chỉ ghi một dòng.`,
          en: `Duplicates row ${first} (same ${kind.collection === 'batches' ? 'lot and product' : 'slug'}). One row per record.`,
        })
      } else seen.set(identity, where(plan))
      const existing = stored.get(identity)
      // A record the importing account may not read is not compared (that would reveal it).
      if (existing && options.user && !readable.has(String(existing.id))) {
        issue({
          vi: 'Đã có một mục như vậy (cùng đường dẫn hoặc số lô) mà tài khoản của bạn không được sửa. Hãy liên hệ Sở.',
          en: 'A record like this (same slug or lot) exists that your account may not change. Ask the province office.',
        })
      } else if (existing && plan.issues.length === 0) {
        plan.id = existing.id
        const sheet = layout.sheets.find((s) => s.sheet === plan.sheet)
        plan.changes = changedColumns(plan, existing, kind.columns, (key) =>
          Boolean(sheet?.columns.some((c) => c.key === key)),
        )
        plan.action = plan.changes.length > 0 ? 'update' : 'unchanged'
      }
    }
    if (plan.issues.length > 0) plan.action = 'reject'
  }

  const blocking = problems.some((p) => p.blocking)
  const counts: Record<RowAction, number> = { create: 0, update: 0, unchanged: 0, reject: 0 }
  for (const plan of rows) counts[plan.action]++
  return {
    kind: options.kind,
    columns: (layout.sheets[0]?.columns ?? []).map(({ letter, header, key }) => ({ letter, header, key })),
    sheets: layout.sheets.map(({ rows: data, ...summary }) => ({ ...summary, dataRows: data.length })),
    ignoredSheets: layout.ignoredSheets,
    problems,
    rows,
    counts,
    canCommit: !blocking && counts.reject === 0 && rows.length > 0,
  }
}
