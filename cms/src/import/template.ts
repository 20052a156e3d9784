import ExcelJS from 'exceljs'
import { IMPORT_KINDS, type ImportKindName } from './kinds'

/**
 * The spreadsheet an office fills in: Vietnamese headers (required ones marked *), one example
 * row, what each column accepts as a note on its header, and a second sheet listing allowed values.
 */
export async function importTemplate(kindName: ImportKindName): Promise<Buffer> {
  const kind = IMPORT_KINDS[kindName]
  const columns = kind.columns.filter((column) => column.template !== false)
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Di sản số'
  const sheet = workbook.addWorksheet('Dữ liệu', { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = columns.map((column) => ({
    header: column.header,
    key: column.key,
    width: Math.max(14, column.header.length + 4),
  }))
  const header = sheet.getRow(1)
  header.font = { bold: true }
  columns.forEach((column, index) => {
    const cell = header.getCell(index + 1)
    if (column.required) cell.font = { bold: true, color: { argb: 'FFB00020' } }
    const lines = [column.required ? 'Bắt buộc.' : 'Không bắt buộc.', column.help?.vi].filter(Boolean)
    cell.note = lines.join(' ')
  })
  // Every example value is text, so nothing in the template can run as a formula.
  sheet.addRow(columns.map((column) => column.example))
  const allowed = workbook.addWorksheet('Giá trị cho phép')
  allowed.columns = [
    { header: 'Cột', key: 'header', width: 32 },
    { header: 'Bắt buộc', key: 'required', width: 10 },
    { header: 'Cách ghi', key: 'help', width: 100 },
  ]
  allowed.getRow(1).font = { bold: true }
  for (const column of columns) {
    allowed.addRow({ header: column.header, required: column.required ? 'có' : '', help: column.help?.vi ?? '' })
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
