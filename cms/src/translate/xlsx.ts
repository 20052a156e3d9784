import ExcelJS from 'exceljs'
import { malformed } from './refusal'
import type { FilledFile, FilledUnit, TranslationSet } from './units'

/**
 * The spreadsheet form of a translation: one row per field, with the unit id (column A, hidden and
 * locked), the entry's title, the field's Vietnamese label, the Vietnamese source and the target
 * text (column E, the only cells left editable). The header of column E is the target locale code.
 * A rich text's block is a row of coded text (./coded.ts), explained in the note of the target
 * column's header and on a second sheet.
 */

const SHEET = 'Bản dịch'
const GUIDE = 'Hướng dẫn'

/** How coded text reads, for the translator (vi, then en). */
export const NOTATION = [
  'Nội dung có định dạng: mỗi dòng là một khối (đoạn văn, tiêu đề, trích dẫn, mục danh sách). Thẻ trong ngoặc vuông giữ định dạng: [b1]…[/b1] đậm, [i2]…[/i2] nghiêng, [u3]…[/u3] gạch chân, [s4]…[/s4] gạch ngang, [code5]…[/code5] mã, [sub6]…[/sub6] chỉ số dưới, [sup7]…[/sup7] chỉ số trên, [link8]…[/link8] liên kết (địa chỉ giữ theo bản tiếng Việt), [br9] xuống dòng, [tab10] tab, [obj11] đối tượng nhúng. Giữ mọi thẻ của cột tiếng Việt, mỗi thẻ một lần (được đổi chỗ, thẻ mở trước thẻ đóng), chỉ dịch chữ. Một dấu [ đứng trước chữ có dạng thẻ được viết [[.',
  'Formatted text: each row is one block (paragraph, heading, quote, list item). Codes in square brackets keep the formatting: [b1]…[/b1] bold, [i2]…[/i2] italic, [u3]…[/u3] underline, [s4]…[/s4] strikethrough, [code5]…[/code5] code, [sub6]…[/sub6] subscript, [sup7]…[/sup7] superscript, [link8]…[/link8] a link (its address stays as in the Vietnamese), [br9] a line break, [tab10] a tab, [obj11] an embedded object. Keep every code of the Vietnamese column, each once (they may move; open before close) and translate only the text. A [ before text shaped like a code is written [[.',
] as const
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
  sheet.getCell('E1').note = NOTATION.join('\n\n')
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
  const guide = workbook.addWorksheet(GUIDE)
  guide.getColumn(1).width = 120
  for (const text of NOTATION) guide.addRow([text]).alignment = { wrapText: true, vertical: 'top' }
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
