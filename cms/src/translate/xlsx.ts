import ExcelJS from 'exceljs'
import { malformed } from './refusal'
import type { FilledFile, FilledUnit, TranslationSet } from './units'

/**
 * The spreadsheet form of a translation: one row per field, with the unit id (column A, hidden and
 * locked), the entry's title, the field's Vietnamese label, the Vietnamese source and the target
 * text (column E, the only cells left editable). The header of column E is the target locale code.
 */

const SHEET = 'Bản dịch'
const HEADERS = ['id', 'Mục / Entry', 'Trường / Field', 'vi'] as const

export async function writeXlsx(set: TranslationSet): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Di sản số'
  const sheet = workbook.addWorksheet(SHEET, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = [
    { header: HEADERS[0], key: 'id', width: 40, hidden: true },
    { header: HEADERS[1], key: 'title', width: 30 },
    { header: HEADERS[2], key: 'label', width: 30 },
    { header: HEADERS[3], key: 'source', width: 60 },
    { header: set.target, key: 'target', width: 60 },
  ]
  sheet.getRow(1).font = { bold: true }
  for (const entry of set.entries) {
    for (const unit of entry.units) {
      const row = sheet.addRow({
        id: unit.id,
        title: entry.title,
        label: unit.label.vi,
        source: unit.source,
        target: unit.target,
      })
      row.alignment = { wrapText: true, vertical: 'top' }
      row.getCell('target').protection = { locked: false }
    }
  }
  // Protected without a password: it guards against typing over the source, not against a person.
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true })
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

const cellText = (row: ExcelJS.Row, column: number): string => {
  const cell = row.getCell(column)
  return cell.value === null || cell.value === undefined ? '' : cell.text
}

/** Reads a filled translation spreadsheet; throws TranslationRefused when it is not one. */
export async function readXlsx(data: Uint8Array): Promise<FilledFile> {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(new Uint8Array(data).buffer)
  } catch {
    throw malformed({ vi: 'không đọc được tệp Excel (.xlsx).', en: 'it cannot be read as an Excel (.xlsx) file.' })
  }
  const sheet = workbook.getWorksheet(SHEET) ?? workbook.worksheets[0]
  const header = sheet?.getRow(1)
  const target = header ? cellText(header, 5).trim() : ''
  if (!sheet || !header || HEADERS.some((text, i) => cellText(header, i + 1).trim() !== text) || !target) {
    throw malformed({
      vi: `trang tính đầu tiên phải có các cột ${HEADERS.join(', ')} và cột thứ năm mang mã ngôn ngữ đích.`,
      en: `the first sheet must have the columns ${HEADERS.join(', ')} and a fifth column headed by the target language code.`,
    })
  }
  const units: FilledUnit[] = []
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r)
    const id = cellText(row, 1).trim()
    if (id === '' && cellText(row, 4) === '' && cellText(row, 5) === '') continue
    if (id === '') {
      throw malformed({ vi: `dòng ${r} không có mã (cột id).`, en: `row ${r} has no id (column id).` })
    }
    units.push({ id, source: cellText(row, 4), target: cellText(row, 5) })
  }
  return { target, units }
}
