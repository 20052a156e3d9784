import { csvCell, csvFile } from '@heritage/contract'
import ExcelJS from 'exceljs'
import type { CollectionSlug, Field, Payload, PayloadRequest, Where } from 'payload'
import { listDownloaded } from '../audit/details'
import { audit } from '../audit/log'
import { isRecord, recordOr } from '../shared/guards'
import { valueAt } from '../shared/paths'

/** Collections that are Payload's own bookkeeping: never exported from the admin. */
const INTERNAL = /^payload-/
/** Never in an export, whoever asks. */
const NEVER = new Set([
  'hash',
  'salt',
  'sessions',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'apiKey',
  'apiKeyIndex',
])
const MAX_ROWS = 20_000

const ID_FIELD: NamedField = { name: 'id', type: 'text' }

type NamedField = Field & { name: string }

interface ColumnDef {
  header: string
  path: string[]
  field: NamedField
  locale?: 'vi' | 'en'
}

const labelOf = (field: NamedField): string => {
  const label = 'label' in field ? field.label : undefined
  if (typeof label === 'string') return label
  if (isRecord(label) && 'vi' in label) return String(label.vi)
  return field.name
}

/** One column per stored field (two for localized ones), groups flattened, layout fields skipped. */
function columnsOf(fields: Field[], prefix: string[] = [], prefixLabel = ''): ColumnDef[] {
  const out: ColumnDef[] = []
  for (const field of fields) {
    if (field.type === 'ui') continue
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) out.push(...columnsOf(tab.fields, [...prefix, tab.name], prefixLabel))
        else out.push(...columnsOf(tab.fields, prefix, prefixLabel))
      }
      continue
    }
    if ((field.type === 'row' || field.type === 'collapsible') && 'fields' in field) {
      out.push(...columnsOf(field.fields, prefix, prefixLabel))
      continue
    }
    if (!('name' in field) || !field.name || NEVER.has(field.name)) continue
    if (('hidden' in field && field.hidden) || field.admin?.hidden) continue
    // A field that is never stored (the account page's current password) has nothing to export.
    if ('virtual' in field && field.virtual === true) continue
    if (field.type === 'group') {
      out.push(...columnsOf(field.fields, [...prefix, field.name], `${prefixLabel}${labelOf(field)} › `))
      continue
    }
    const header = `${prefixLabel}${labelOf(field)}`
    const path = [...prefix, field.name]
    if ('localized' in field && field.localized) {
      out.push({ header: `${header} (vi)`, path, field, locale: 'vi' })
      out.push({ header: `${header} (en)`, path, field, locale: 'en' })
    } else out.push({ header, path, field })
  }
  return out
}

const dayOf = (iso: string) => {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`
}

const richText = (node: unknown): string => {
  if (!isRecord(node)) return ''
  if (node.root) return richText(node.root).trim()
  const own = typeof node.text === 'string' ? node.text : ''
  const inner = (Array.isArray(node.children) ? node.children : []).map(richText).join('')
  return own + inner + (node.type === 'paragraph' || node.type === 'heading' || node.type === 'listitem' ? '\n' : '')
}

/** A stored value as one spreadsheet cell: text, number, or empty. */
function cellValue(value: unknown, field: Field, titleOf: (v: unknown) => string): string | number | null {
  if (value === null || value === undefined || value === '') return null
  switch (field.type) {
    case 'number':
      return Array.isArray(value) ? value.join('; ') : Number(value)
    case 'date':
      return dayOf(String(value))
    case 'checkbox':
      return value ? 'có' : 'không'
    case 'richText':
      return richText(value)
    case 'point':
      return Array.isArray(value) ? `${value[1]}, ${value[0]}` : JSON.stringify(value)
    case 'relationship':
    case 'upload':
      return (Array.isArray(value) ? value : [value]).map(titleOf).join('; ')
    case 'array':
      return (Array.isArray(value) ? value : [])
        .map((item) =>
          Object.entries(recordOr(item))
            .filter(([key, v]) => key !== 'id' && v !== null && v !== undefined && v !== '')
            .map(([, v]) => (typeof v === 'object' ? titleOf(v) : String(v)))
            .join(' – '),
        )
        .join('; ')
    case 'select':
      return Array.isArray(value) ? value.join('; ') : String(value)
    case 'json':
    case 'blocks':
      return JSON.stringify(value)
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value)
  }
}

export interface ExportTable {
  headers: string[]
  rows: (string | number | null)[][]
}

/**
 * The documents of a collection the user may read (their scope, their field rights; drafts too
 * when asked), as a table. Reads through the Local API with access control, like the REST API.
 */
export async function exportTable(
  payload: Payload,
  options: { collection: CollectionSlug; req: PayloadRequest; where?: Where; draft?: boolean },
): Promise<ExportTable> {
  const config = payload.collections[options.collection]?.config
  if (!config || INTERNAL.test(options.collection)) throw new Error(`Unknown collection ${options.collection}`)
  const columns = [{ header: 'ID', path: ['id'], field: ID_FIELD }, ...columnsOf(config.fields)]
  const rows: ExportTable['rows'] = []
  const titleOf = (v: unknown): string => {
    if (!v || typeof v !== 'object') return String(v)
    // A polymorphic relationship holds the document under `value`.
    const o = recordOr(isRecord(v) ? (v.value ?? v) : v)
    const title = o.title ?? o.name ?? o.lotCode ?? o.alt ?? o.email ?? o.filename ?? o.id
    if (isRecord(title) && 'vi' in title) return String(title.vi)
    return String(title ?? '')
  }
  for (let page = 1; rows.length < MAX_ROWS; page++) {
    const result = await payload.find({
      collection: options.collection,
      where: options.where,
      draft: Boolean(options.draft && config.versions),
      depth: 1,
      locale: 'all',
      limit: 500,
      page,
      sort: 'id',
      overrideAccess: false,
      user: options.req.user,
      req: options.req,
    })
    for (const doc of result.docs) {
      rows.push(
        columns.map((column) => {
          let value = valueAt(doc, column.path)
          if (column.locale && isRecord(value)) value = value[column.locale]
          return column.path[0] === 'id' ? String(value) : cellValue(value, column.field, titleOf)
        }),
      )
    }
    if (!result.hasNextPage) break
  }
  return { headers: columns.map((c) => c.header), rows }
}

/**
 * CSV with the contract's cells (formula-like text defused, as in the site's open data), a cell
 * holding `;` quoted too: lists are written `a; b`, and the file is often imported back.
 */
export const toCsv = (table: ExportTable): string =>
  csvFile([table.headers, ...table.rows], (value) => csvCell(value, { semicolon: true }))

/** XLSX with every text as a string cell: a string is never evaluated, so "=HYPERLINK(…)" opens as text. */
export async function toXlsx(table: ExportTable, sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Di sản số'
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31).replace(/[[\]:*?/\\]/g, ' '), {
    views: [{ state: 'frozen', ySplit: 1 }],
  })
  sheet.addRow(table.headers).font = { bold: true }
  for (const values of table.rows) {
    const row = sheet.addRow([])
    values.forEach((value, index) => {
      const cell = row.getCell(index + 1)
      if (value === null) return
      if (typeof value === 'number') {
        cell.value = value
        return
      }
      // A plain string is written as a shared string (t="s"), never as a formula.
      cell.value = value
    })
  }
  sheet.columns.forEach((column) => {
    column.width = 18
  })
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

export async function auditExport(req: PayloadRequest, collection: string, rows: number, format: string) {
  await audit(req.payload, req, {
    action: 'export',
    collection,
    title: `${collection}.${format}`,
    detail: listDownloaded(rows, format),
  })
}
