import * as XLSX from '@e965/xlsx'
import type { Bilingual } from '../fields/message'
import { binaryXlsb, damaged, emptyFile, encrypted, tooLarge, unknownType } from './fileErrors'
import { odsVisibility } from './ods'
import { type Cell, MAX_BYTES, parseCsv, SheetError } from './sheet'
import { nfc, parseWithSheetJS, rawSheet, trim } from './sheetjs'
import { checkZip, u16 } from './zip'

/**
 * The one reader for every workbook format culture offices send: .xlsx, .xlsm, old .xls (BIFF8),
 * LibreOffice .ods and CSV (UTF-8, or Windows-1258 from old Vietnamese Windows). The format is
 * told by the bytes, not the name. Nothing in a file is ever run or evaluated: formulas come back
 * as their text, macros are ignored, and a zip is measured before anything inflates it.
 */

export interface Range {
  top: number
  left: number
  bottom: number
  right: number
} // 0-based, inclusive

export interface RawSheet {
  name: string
  hidden: boolean // hidden or very hidden
  /** rows[r][c], 0-based; a merged range keeps its value in its top-left cell only, the others are { text: '' } */
  rows: Cell[][]
  merges: Range[]
  hiddenRows: number[] // 0-based
  hiddenColumns: number[] // 0-based
}

export type WorkbookFormat = 'xlsx' | 'xlsm' | 'xls' | 'ods' | 'csv'

export interface Workbook {
  format: WorkbookFormat
  sheets: RawSheet[]
  notes: Bilingual[]
}

export const MACRO_NOTE: Bilingual = {
  vi: 'Tệp có macro: chỉ đọc giá trị, macro không được chạy.',
  en: 'The file contains macros: only the values were read; the macros were not run.',
}

export const WINDOWS_1258_NOTE: Bilingual = {
  vi: 'Tệp CSV không phải mã UTF-8 nên đã được đọc theo bảng mã Windows-1258 (Windows tiếng Việt cũ). Hãy kiểm tra lại chữ có dấu; tốt nhất hãy lưu lại tệp dạng "CSV UTF-8".',
  en: 'The CSV file is not UTF-8, so it was read as Windows-1258 (old Vietnamese Windows). Check the accented letters; better, save the file again as "CSV UTF-8".',
}

/** True when the BIFF workbook stream's globals hold a FILEPASS record (RC4 or XOR encryption). */
function hasFilePass(stream: Uint8Array): boolean {
  let at = 0
  for (let n = 0; at + 4 <= stream.length && n < 100_000; n++) {
    const type = u16(stream, at)
    if (type === 0x002f) return true
    if (type === 0x000a) return false // EOF of the globals substream
    at += 4 + u16(stream, at + 2)
  }
  return false
}

const bytesOf = (content: unknown): Uint8Array | undefined =>
  content instanceof Uint8Array ? content : Array.isArray(content) ? Uint8Array.from(content) : undefined

function readCsv(data: Uint8Array, filename: string): Workbook {
  // Excel's "Unicode Text (*.txt)": UTF-16 with a byte-order mark, separated by tabs.
  if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff)) {
    throw new SheetError({
      vi: 'Tệp văn bản mã UTF-16 (Excel "Unicode Text") không được hỗ trợ. Hãy mở bằng Excel và lưu lại dạng "CSV UTF-8 (Comma delimited)" hoặc "Excel Workbook (.xlsx)".',
      en: 'UTF-16 text files (Excel "Unicode Text") are not supported. Open it in Excel and save it as "CSV UTF-8 (Comma delimited)" or "Excel Workbook (.xlsx)".',
    })
  }
  // Text has no NUL bytes and few control characters; an image or a program renamed .csv has many.
  const sample = data.subarray(0, 64 * 1024)
  const control = sample.reduce((n, b) => n + (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d ? 1 : 0), 0)
  if (sample.includes(0) || control > sample.length / 100) {
    throw new SheetError({
      vi: `Tệp "${filename}" không phải tệp văn bản CSV (có vẻ là tệp nhị phân đặt tên .csv). Hãy chọn đúng tệp, hoặc mở tệp gốc bằng Excel và lưu dạng "CSV UTF-8" hoặc .xlsx.`,
      en: `"${filename}" is not a CSV text file (it looks like a binary file named .csv). Choose the right file, or save the original from Excel as "CSV UTF-8" or .xlsx.`,
    })
  }
  const notes: Bilingual[] = []
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data)
  } catch {
    // Windows-1258 writes tones as combining marks after the letter: NFC folds them back.
    text = new TextDecoder('windows-1258').decode(data)
    notes.push(WINDOWS_1258_NOTE)
  }
  text = nfc(text)
  // An apostrophe before = + - @ is how exports (ours included) keep such cells as text: drop it.
  const table = parseCsv(text).map((row) => row.map((cell) => ({ text: cell.replace(/^'(?=[=+\-@])/, '') })))
  const rows = trim(table)
  return {
    format: 'csv',
    // Like Excel, the one sheet of a CSV file is named after the file.
    sheets: [
      {
        name: nfc(filename.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '')),
        hidden: false,
        rows,
        merges: [],
        hiddenRows: [],
        hiddenColumns: [],
      },
    ],
    notes,
  }
}

function readZip(data: Uint8Array, filename: string): Workbook {
  const wanted = new Set(['mimetype', '[Content_Types].xml', 'META-INF/manifest.xml', 'content.xml'])
  const { names, files } = checkZip(data, filename, (name) => wanted.has(name))
  const notes: Bilingual[] = []
  const mimetype = files.get('mimetype')?.toString('latin1').trim()
  if (mimetype?.startsWith('application/vnd.oasis.opendocument.spreadsheet')) {
    if (/<manifest:encryption-data\b/.test(files.get('META-INF/manifest.xml')?.toString('utf8') ?? '')) {
      throw encrypted()
    }
    const workbook = parseWithSheetJS(data, filename)
    const visibility = odsVisibility(files.get('content.xml')?.toString('utf8') ?? '')
    const sheets = workbook.SheetNames.map((_, i) => rawSheet(workbook, i, visibility[i]))
    return { format: 'ods', sheets, notes }
  }
  const types = files.get('[Content_Types].xml')?.toString('utf8')
  if (!types) throw unknownType(filename)
  // The workbook part's own content type (Overrides only: Defaults list types for any extension).
  const overrides = [...types.matchAll(/<Override\b[^>]*\sContentType="([^"]*)"/g)].map((m) => m[1]).join('\n')
  let format: WorkbookFormat
  if (/sheet\.binary\.macroEnabled\.main/i.test(overrides)) throw binaryXlsb()
  if (/application\/vnd\.ms-excel\.(sheet|template)\.macroEnabled\.main\+xml/i.test(overrides)) format = 'xlsm'
  else if (/spreadsheetml\.(sheet|template)\.main\+xml/i.test(overrides)) format = 'xlsx'
  else throw unknownType(filename)
  if (format === 'xlsm' || names.some((name) => /(^|\/)vbaProject\.bin$/i.test(name))) notes.push(MACRO_NOTE)
  const workbook = parseWithSheetJS(data, filename)
  return { format, sheets: workbook.SheetNames.map((_, i) => rawSheet(workbook, i)), notes }
}

function readCfb(data: Uint8Array, filename: string): Workbook {
  let container: ReturnType<typeof XLSX.CFB.read>
  try {
    container = XLSX.CFB.read(data, { type: 'array' })
  } catch {
    throw damaged(filename)
  }
  // An encrypted .xlsx/.xlsm is an OLE2 container holding the encrypted package.
  if (XLSX.CFB.find(container, 'EncryptionInfo') || XLSX.CFB.find(container, 'EncryptedPackage')) throw encrypted()
  const stream = XLSX.CFB.find(container, 'Workbook') ?? XLSX.CFB.find(container, 'Book')
  const bytes = bytesOf(stream?.content)
  if (!bytes) throw unknownType(filename)
  if (hasFilePass(bytes)) throw encrypted()
  const notes: Bilingual[] = []
  if (container.FullPaths.some((path: string) => /\/_VBA_PROJECT_CUR\//i.test(path))) notes.push(MACRO_NOTE)
  const workbook = parseWithSheetJS(data, filename)
  return { format: 'xls', sheets: workbook.SheetNames.map((_, i) => rawSheet(workbook, i)), notes }
}

/** Reads every sheet of a workbook or CSV file; throws SheetError saying what is wrong and what to do. */
export async function readWorkbook(data: Uint8Array, filename: string): Promise<Workbook> {
  if (data.byteLength > MAX_BYTES) throw tooLarge(data.byteLength)
  if (data.byteLength === 0) throw emptyFile()
  const lower = filename.toLowerCase()
  if (data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04) return readZip(data, filename)
  if (data[0] === 0x50 && data[1] === 0x4b) throw damaged(filename) // an empty or spanned zip
  if (data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0) return readCfb(data, filename)
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return readCsv(data, filename)
  if (/\.(xlsx|xlsm|xls|ods|xlsb|xltx|xlt)$/.test(lower)) throw damaged(filename)
  throw unknownType(filename)
}
