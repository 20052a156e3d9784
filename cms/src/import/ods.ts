/** What SheetJS does not report of an OpenDocument spreadsheet: its hidden sheets, rows and columns. */
import { READ_ROWS } from './sheet'

export interface OdsVisibility {
  hidden: boolean
  hiddenRows: number[]
  hiddenColumns: number[]
}

const attribute = (tag: string, name: string): string | undefined => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1]

/**
 * Hidden sheets (a table style with table:display="false"), rows and columns
 * (table:visibility="collapse" or "filter") from content.xml, which SheetJS does not report.
 */
export function odsVisibility(content: string): OdsVisibility[] {
  const hiddenStyles = new Set<string>()
  let style: string | undefined
  for (const [tag, element] of content.matchAll(/<\/?style:(style|table-properties)\b[^>]*>/g)) {
    if (element === 'style')
      style = tag.startsWith('</') || tag.endsWith('/>') ? undefined : attribute(tag, 'style:name')
    else if (style && attribute(tag, 'table:display') === 'false') hiddenStyles.add(style)
  }
  const tables: OdsVisibility[] = []
  let current: OdsVisibility | undefined
  let row = 0
  let column = 0
  const tokens = /<(\/?)table:(table|table-row|table-column)(?=[\s/>])([^>]*)>/g
  for (const token of content.matchAll(tokens)) {
    const [, closing, element, rest = ''] = token
    if (element === 'table') {
      if (closing) {
        current = undefined
        continue
      }
      const style = attribute(rest, 'table:style-name')
      current = { hidden: style !== undefined && hiddenStyles.has(style), hiddenRows: [], hiddenColumns: [] }
      tables.push(current)
      row = 0
      column = 0
      continue
    }
    if (!current || closing) continue
    const hidden = /^(collapse|filter)$/.test(attribute(rest, 'table:visibility') ?? '')
    if (element === 'table-row') {
      const repeat = Number(attribute(rest, 'table:number-rows-repeated') ?? 1) || 1
      if (hidden) for (let i = row; i < Math.min(row + repeat, READ_ROWS); i++) current.hiddenRows.push(i)
      row += repeat
    } else {
      const repeat = Number(attribute(rest, 'table:number-columns-repeated') ?? 1) || 1
      if (hidden) for (let i = column; i < Math.min(column + repeat, 16384); i++) current.hiddenColumns.push(i)
      column += repeat
    }
  }
  return tables
}
