import type { Bilingual } from '../fields/message'
import { INDEX_KEY } from './header'
import { IMPORT_KINDS } from './kinds'
import { SKIP_REASONS, type SkipReason } from './layout'
import type { ImportPlan, SheetSummary } from './plan'
import { DISTRICT_KEY } from './sections'

const ACTION = { create: 'tạo mới', update: 'cập nhật', unchanged: 'không đổi', reject: 'bị từ chối' } as const

const SKIPPED: Record<SkipReason, Bilingual> = {
  hidden: { vi: 'dòng bị ẩn', en: 'hidden row' },
  subtotal: { vi: 'dòng cộng', en: 'subtotal' },
  footer: { vi: 'phần cuối (chữ ký, ghi chú)', en: 'footer (signatures, notes)' },
}

const ENCODING: Record<string, string> = { tcvn3: 'TCVN3 (.VnTime)', vni: 'VNI (VNI-Times)' }

/** A run of row numbers written as "5–7, 9". */
export const rowRanges = (rows: number[]): string => {
  const out: string[] = []
  let start = rows[0]
  for (let i = 1; i <= rows.length; i++) {
    const previous = rows[i - 1]
    if (previous === undefined || rows[i] === previous + 1) continue
    out.push(start === previous ? String(start) : `${start}–${previous}`)
    start = rows[i]
  }
  return out.join(', ')
}

/** What a column key means, in words, for this kind (a section's or a column's meaning). */
export function keyLabel(plan: Pick<ImportPlan, 'kind'>, key: string | null): Bilingual {
  if (key === INDEX_KEY) return { vi: 'số thứ tự (bỏ qua)', en: 'row number (ignored)' }
  if (key === DISTRICT_KEY) return { vi: 'huyện / quận cũ', en: 'former district' }
  const column = IMPORT_KINDS[plan.kind].columns.find((c) => c.key === key)
  return column ? { vi: column.header, en: column.header } : { vi: 'không hiểu', en: 'not understood' }
}

/** The structure found in one sheet, as lines a person reads before importing. */
export function sheetLines(plan: Pick<ImportPlan, 'kind'>, sheet: SheetSummary): Bilingual[] {
  const lines: Bilingual[] = []
  const headerRows = rowRanges(sheet.headerRows)
  lines.push({
    vi: `Trang "${sheet.sheet}": dòng tiêu đề ${headerRows}${sheet.numberRow ? `, dòng ${sheet.numberRow} đánh số cột (bỏ qua)` : ''}${sheet.titleRows.length ? `; phía trên là phần đầu văn bản (dòng ${rowRanges(sheet.titleRows)}), bỏ qua` : ''}; ${sheet.dataRows} dòng dữ liệu.`,
    en: `Sheet "${sheet.sheet}": header on row${sheet.headerRows.length > 1 ? 's' : ''} ${headerRows}${sheet.numberRow ? `, column numbers on row ${sheet.numberRow} (skipped)` : ''}${sheet.titleRows.length ? `; title block above (rows ${rowRanges(sheet.titleRows)}), skipped` : ''}; ${sheet.dataRows} data rows.`,
  })
  for (const column of sheet.columns) {
    if (!column.header) continue
    const meaning = keyLabel(plan, column.key)
    const marker = column.marker ? ` = ${column.path.at(-1)} (đánh dấu x)` : ''
    const markerEn = column.marker ? ` = ${column.path.at(-1)} (marked with x)` : ''
    lines.push({
      vi: `  Cột ${column.letter} "${column.header}" → ${column.key ? `${meaning.vi}${marker}` : 'bỏ qua (không khớp trường nào)'}`,
      en: `  Column ${column.letter} "${column.header}" → ${column.key ? `${meaning.en}${markerEn}` : 'ignored (matches no field)'}`,
    })
  }
  for (const section of sheet.sections) {
    const meaning = keyLabel(plan, section.key)
    const where =
      section.row === 0
        ? { vi: 'tên trang', en: 'sheet name' }
        : { vi: `dòng ${section.row}`, en: `row ${section.row}` }
    lines.push({
      vi: `  Mục ${where.vi} "${section.text}" → ${section.key ? `${meaning.vi} cho các dòng bên dưới` : 'chỉ là tiêu đề, không gán giá trị cho các dòng (chọn nghĩa nếu cần)'}`,
      en: `  Section ${where.en} "${section.text}" → ${section.key ? `${meaning.en} for the rows below` : 'a heading only, gives the rows no value (choose its meaning if needed)'}`,
    })
  }
  for (const reason of SKIP_REASONS) {
    const rows = sheet.skipped.filter((s) => s.reason === reason)
    if (rows.length === 0) continue
    lines.push({
      vi: `  Bỏ qua ${rows.length} ${SKIPPED[reason].vi}: dòng ${rowRanges(rows.map((r) => r.row))}${reason === 'subtotal' ? ` ("${rows[0]?.text}")` : ''}`,
      en: `  Skipped ${rows.length} ${SKIPPED[reason].en}: row ${rowRanges(rows.map((r) => r.row))}${reason === 'subtotal' ? ` ("${rows[0]?.text}")` : ''}`,
    })
  }
  if (sheet.hiddenColumns.length) {
    lines.push({
      vi: `  Cột bị ẩn, bỏ qua: ${sheet.hiddenColumns.join(', ')}`,
      en: `  Hidden columns, ignored: ${sheet.hiddenColumns.join(', ')}`,
    })
  }
  for (const legacy of sheet.legacy) {
    lines.push({
      vi: `  Cột ${legacy.column}: ${legacy.cells} ô gõ bằng phông ${ENCODING[legacy.encoding]} đã được chuyển sang Unicode.`,
      en: `  Column ${legacy.column}: ${legacy.cells} cells typed in ${ENCODING[legacy.encoding]} were converted to Unicode.`,
    })
  }
  return lines
}

/** The whole structure found: sheets read and left out. */
export function structureLines(plan: ImportPlan): Bilingual[] {
  const lines = plan.sheets.flatMap((sheet) => sheetLines(plan, sheet))
  for (const ignored of plan.ignoredSheets) {
    lines.push({
      vi: `Trang "${ignored.sheet}" không nhập: ${ignored.reason.vi}`,
      en: `Sheet "${ignored.sheet}" not imported: ${ignored.reason.en}`,
    })
  }
  return lines
}

/** The dry run as plain text, one line per problem, in Vietnamese (the CLI's output). */
export function planReport(plan: ImportPlan): string {
  const lines: string[] = structureLines(plan).map((line) => line.vi)
  const several = plan.sheets.length > 1
  for (const problem of plan.problems) {
    const where = [several && problem.sheet ? `trang "${problem.sheet}"` : '', problem.at].filter(Boolean).join(' ')
    lines.push(`${problem.blocking ? 'LỖI' : 'Lưu ý'}${where ? ` ${where}` : ''}: ${problem.message.vi}`)
  }
  for (const row of plan.rows) {
    const at = several ? `Trang "${row.sheet}", dòng ${row.row}` : `Dòng ${row.row}`
    for (const note of row.notes) lines.push(`${at}: ${note.vi}`)
    for (const issue of row.issues) {
      const where = issue.column ? `cột ${issue.column} (${issue.header})` : 'cả dòng'
      lines.push(`${at}, ${where}: ${issue.message.vi}`)
    }
  }
  const { create, update, unchanged, reject } = plan.counts
  const blocking = plan.problems.some((p) => p.blocking)
  lines.push(
    blocking
      ? `${plan.rows.length} dòng đọc được; không thể nhập vì các LỖI về tệp ở trên.`
      : `${plan.rows.length} dòng: ${create} ${ACTION.create}, ${update} ${ACTION.update}, ${unchanged} ${ACTION.unchanged}, ${reject} ${ACTION.reject}.`,
  )
  lines.push(
    plan.canCommit ? 'Có thể nhập (chạy lại với --commit).' : 'Chưa thể nhập: hãy sửa các lỗi trên rồi thử lại.',
  )
  return lines.join('\n')
}
