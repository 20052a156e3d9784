import { inflateRawSync } from 'node:zlib'
import * as XLSX from '@e965/xlsx'
import type { Bilingual } from '../fields/message'
import { type Cell, MAX_BYTES, MAX_ROWS, parseCsv, SheetError } from './sheet'

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

/** Limits for what a zip may inflate to (a real list of a few thousand rows is a few MB). */
export const ZIP_LIMITS = {
  entryBytes: 50 * 1024 * 1024,
  totalBytes: 100 * 1024 * 1024,
  /** Above `ratioFrom` bytes, an entry may not be more than `ratio` times its compressed size. */
  ratio: 200,
  ratioFrom: 1024 * 1024,
  entries: 10_000,
}

/**
 * Rows read per sheet. The caller refuses sheets with more than MAX_ROWS data rows, so it must see
 * a few more than that (the header may sit below a title block), but never a million.
 */
const READ_ROWS = MAX_ROWS + 1000

export const MACRO_NOTE: Bilingual = {
  vi: 'Tệp có macro: chỉ đọc giá trị, macro không được chạy.',
  en: 'The file contains macros: only the values were read; the macros were not run.',
}

export const WINDOWS_1258_NOTE: Bilingual = {
  vi: 'Tệp CSV không phải mã UTF-8 nên đã được đọc theo bảng mã Windows-1258 (Windows tiếng Việt cũ). Hãy kiểm tra lại chữ có dấu; tốt nhất hãy lưu lại tệp dạng "CSV UTF-8".',
  en: 'The CSV file is not UTF-8, so it was read as Windows-1258 (old Vietnamese Windows). Check the accented letters; better, save the file again as "CSV UTF-8".',
}

const mb = (bytes: number) => Math.round(bytes / 1048576)

const tooLarge = (bytes: number) =>
  new SheetError({
    vi: `Tệp quá lớn (${mb(bytes)} MB, tối đa ${MAX_BYTES / 1048576} MB). Hãy chia thành nhiều tệp.`,
    en: `The file is too large (${mb(bytes)} MB, at most ${MAX_BYTES / 1048576} MB). Split it.`,
  })

const emptyFile = () =>
  new SheetError({
    vi: 'Tệp rỗng (0 byte). Hãy chọn lại đúng tệp danh sách rồi tải lên.',
    en: 'The file is empty (0 bytes). Choose the right list file and upload it again.',
  })

const encrypted = () =>
  new SheetError({
    vi: 'Tệp được đặt mật khẩu nên không đọc được: hãy mở tệp, bỏ mật khẩu (trong Excel: Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu, xóa mật khẩu) rồi lưu lại và tải lên lần nữa.',
    en: 'The file is password-protected, so it cannot be read: open it, remove the password (in Excel: File › Info › Protect Workbook › Encrypt with Password, clear it), save it and upload it again.',
  })

const zipBomb = () =>
  new SheetError({
    vi: 'Tệp nén bất thường: nội dung giải nén quá lớn so với tệp (có thể là tệp độc hại), nên không được đọc. Nếu đây là danh sách thật, hãy mở bằng Excel và lưu lại dạng .xlsx, hoặc chia thành nhiều tệp nhỏ hơn.',
    en: 'The file is an abnormal archive: it inflates to far more than its size (it may be malicious), so it was not read. If it is a real list, open it in Excel and save it as .xlsx, or split it into smaller files.',
  })

const damaged = (filename: string) =>
  new SheetError({
    vi: `Không đọc được tệp "${filename}": tệp bị hỏng hoặc không phải bảng tính. Hãy mở bằng Excel hoặc LibreOffice và lưu lại dạng "Excel Workbook (.xlsx)".`,
    en: `"${filename}" cannot be read: it is damaged or not a spreadsheet. Open it in Excel or LibreOffice and save it as "Excel Workbook (.xlsx)".`,
  })

const unknownType = (filename: string) =>
  new SheetError({
    vi: `Không nhận dạng được tệp "${filename}". Hãy dùng tệp Excel (.xlsx, .xls), LibreOffice (.ods) hoặc .csv; với loại khác, hãy mở bằng Excel và lưu lại dạng "Excel Workbook (.xlsx)".`,
    en: `"${filename}" is not a recognised file. Use an Excel (.xlsx, .xls), LibreOffice (.ods) or .csv file; for anything else, open it in Excel and save it as "Excel Workbook (.xlsx)".`,
  })

const binaryXlsb = () =>
  new SheetError({
    vi: 'Tệp Excel dạng nhị phân (.xlsb) không được hỗ trợ. Hãy mở bằng Excel và lưu lại dạng "Excel Workbook (.xlsx)".',
    en: 'Binary Excel files (.xlsb) are not supported. Open it in Excel and save it as "Excel Workbook (.xlsx)".',
  })

// ————————————————————————————————————————— zip, measured by hand —————————————————————————————————————————

interface ZipEntry {
  name: string
  method: number
  flags: number
  compressedSize: number
  size: number
  localOffset: number
}

const byte = (d: Uint8Array, at: number) => d[at] ?? 0
const u16 = (d: Uint8Array, at: number) => byte(d, at) | (byte(d, at + 1) << 8)
const u32 = (d: Uint8Array, at: number) => u16(d, at) + u16(d, at + 2) * 0x10000

/** Reads the zip's central directory (End of Central Directory record and its entries). */
function centralDirectory(data: Uint8Array, filename: string): ZipEntry[] {
  let eocd = -1
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (u32(data, i) === 0x06054b50) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw damaged(filename)
  const count = u16(data, eocd + 10)
  const cdSize = u32(data, eocd + 12)
  const cdOffset = u32(data, eocd + 16)
  // Zip64 (a locator just before the record, or saturated fields): never needed below MAX_BYTES.
  const zip64 = (eocd >= 20 && u32(data, eocd - 20) === 0x07064b50) || count === 0xffff || cdOffset === 0xffffffff
  if (zip64) throw zipBomb()
  if (u16(data, eocd + 4) !== 0 || u16(data, eocd + 6) !== 0) throw damaged(filename) // split archives
  if (count > ZIP_LIMITS.entries) throw zipBomb()
  if (cdOffset + cdSize > eocd) throw damaged(filename)
  const entries: ZipEntry[] = []
  let at = cdOffset
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || u32(data, at) !== 0x02014b50) throw damaged(filename)
    const nameLength = u16(data, at + 28)
    const entry: ZipEntry = {
      flags: u16(data, at + 8),
      method: u16(data, at + 10),
      compressedSize: u32(data, at + 20),
      size: u32(data, at + 24),
      localOffset: u32(data, at + 42),
      name: new TextDecoder().decode(data.subarray(at + 46, at + 46 + nameLength)),
    }
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff || entry.localOffset === 0xffffffff) {
      throw zipBomb()
    }
    entries.push(entry)
    at += 46 + nameLength + u16(data, at + 30) + u16(data, at + 32)
  }
  return entries
}

/**
 * Refuses a zip that would inflate to too much, judging first by the sizes it declares, then by
 * inflating every entry with a cap one byte above its declared size, so an entry that lies is
 * stopped before it allocates more than that. Returns the inflated text of the small entries the
 * reader itself looks at.
 */
function checkZip(
  data: Uint8Array,
  filename: string,
  keep: (name: string) => boolean,
): { names: string[]; files: Map<string, Buffer> } {
  const entries = centralDirectory(data, filename)
  let total = 0
  for (const entry of entries) {
    total += entry.size
    if (entry.size > ZIP_LIMITS.entryBytes || total > ZIP_LIMITS.totalBytes) throw zipBomb()
    if (entry.size > ZIP_LIMITS.ratioFrom && entry.size > ZIP_LIMITS.ratio * entry.compressedSize) throw zipBomb()
  }
  if (entries.some((entry) => entry.flags & 1)) throw encrypted() // zip-level (traditional or AES) encryption
  const kept = new Map<string, Buffer>()
  for (const entry of entries) {
    const at = entry.localOffset
    if (at + 30 > data.length || u32(data, at) !== 0x04034b50) throw damaged(filename)
    const start = at + 30 + u16(data, at + 26) + u16(data, at + 28)
    const end = start + entry.compressedSize
    if (end > data.length) throw damaged(filename)
    const raw = data.subarray(start, end)
    let inflated: Buffer
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.size) throw zipBomb()
      inflated = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength)
    } else if (entry.method === 8) {
      try {
        inflated = inflateRawSync(raw, { maxOutputLength: entry.size + 1 })
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw zipBomb()
        throw damaged(filename)
      }
      if (inflated.length !== entry.size) throw zipBomb()
    } else throw damaged(filename)
    if (keep(entry.name)) kept.set(entry.name, inflated)
  }
  return { names: entries.map((entry) => entry.name), files: kept }
}

// ————————————————————————————————————————— OLE2 / CFB —————————————————————————————————————————

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
  content instanceof Uint8Array ? content : Array.isArray(content) ? Uint8Array.from(content as number[]) : undefined

// ————————————————————————————————————————— ODS: what SheetJS does not report —————————————————————————————————————————

interface OdsVisibility {
  hidden: boolean
  hiddenRows: number[]
  hiddenColumns: number[]
}

const attribute = (tag: string, name: string): string | undefined => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1]

/**
 * Hidden sheets (a table style with table:display="false"), rows and columns
 * (table:visibility="collapse" or "filter") from content.xml, which SheetJS does not report.
 */
function odsVisibility(content: string): OdsVisibility[] {
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

// ————————————————————————————————————————— cells —————————————————————————————————————————

const nfc = (text: string) => text.normalize('NFC')

const pad = (n: number) => String(n).padStart(2, '0')

/** Excel's built-in format 14 follows the machine's locale; Vietnamese Excel shows it as dd/mm/yyyy. */
const localeDateFormat = (z: unknown) => z === 14 || z === 'm/d/yy'

function cellOf(cell: XLSX.CellObject | undefined): Cell {
  if (!cell) return { text: '' }
  if (cell.f !== undefined && cell.f !== '') return { text: nfc(`=${cell.f}`), formula: true }
  const shown = cell.w !== undefined ? nfc(cell.w) : undefined
  switch (cell.t) {
    case 'n': {
      const value = cell.v as number
      const general = cell.z === undefined || cell.z === 'General' || cell.z === 0
      // A General integer is kept whole (a 13-digit GTIN must not become 8.93E+12).
      return { text: general && Number.isInteger(value) ? String(value) : (shown ?? String(value)), number: value }
    }
    case 'd': {
      const value = cell.v instanceof Date ? cell.v : new Date(String(cell.v))
      if (Number.isNaN(value.getTime())) return { text: shown ?? '' }
      // SheetJS 0.20 readers give date cells as Dates whose UTC fields are the day and time the sheet
      // shows, whatever the machine's time zone (checked with TZ=Asia/Ho_Chi_Minh and America/New_York).
      const date = new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate()))
      // A time of day alone (day 0 is 1899-12-30/31) has no calendar day.
      if (date.getUTCFullYear() < 1900) return { text: shown ?? '' }
      const text = localeDateFormat(cell.z)
        ? `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`
        : (shown ?? date.toISOString().slice(0, 10))
      return { text, date }
    }
    case 's':
      return { text: nfc(String(cell.v ?? '')) }
    case 'z':
      return { text: '' }
    default:
      return { text: shown ?? (cell.v === undefined ? '' : nfc(String(cell.v))) }
  }
}

const isEmpty = (cell: Cell) => cell.text === '' && cell.number === undefined && cell.date === undefined

/** Trailing empty cells and rows removed; holes filled with { text: '' }. */
function trim(rows: Cell[][]): Cell[][] {
  const out: Cell[][] = []
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? []
    let end = row.length
    while (end > 0 && isEmpty(row[end - 1] ?? { text: '' })) end--
    out.push(Array.from({ length: end }, (_, c) => row[c] ?? { text: '' }))
  }
  while (out.length > 0 && out[out.length - 1]?.length === 0) out.pop()
  return out
}

function rawSheet(workbook: XLSX.WorkBook, index: number, ods?: OdsVisibility): RawSheet {
  const name = workbook.SheetNames[index] ?? ''
  const ws: XLSX.WorkSheet = workbook.Sheets[name] ?? {}
  const data = (ws['!data'] ?? []) as (XLSX.CellObject | undefined)[][]
  const merges: Range[] = (ws['!merges'] ?? []).map((m: XLSX.Range) => ({
    top: m.s.r,
    left: m.s.c,
    bottom: m.e.r,
    right: m.e.c,
  }))
  const table: Cell[][] = []
  for (let r = 0; r < Math.min(data.length, READ_ROWS); r++) {
    const row = data[r]
    table[r] = row ? Array.from({ length: row.length }, (_, c) => cellOf(row[c])) : []
  }
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom && r < table.length; r++) {
      const row = table[r]
      if (!row) continue
      for (let c = m.left; c <= m.right && c < row.length; c++) {
        if (r !== m.top || c !== m.left) row[c] = { text: '' }
      }
    }
  }
  const rows = trim(table)
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0)
  // Hidden rows and columns are reported where the sheet has data; formatting beyond it is noise.
  const hiddenRows = ods
    ? ods.hiddenRows
    : (ws['!rows'] ?? []).flatMap((info: XLSX.RowInfo | undefined, r: number) => (info?.hidden ? [r] : []))
  const hiddenColumns = ods
    ? ods.hiddenColumns
    : (ws['!cols'] ?? []).flatMap((info: XLSX.ColInfo | undefined, c: number) => (info?.hidden ? [c] : []))
  const sheetProps = workbook.Workbook?.Sheets?.[index]
  return {
    name: nfc(name),
    hidden: ods ? ods.hidden : Boolean(sheetProps?.Hidden),
    rows,
    merges,
    hiddenRows: hiddenRows.filter((r: number) => r < rows.length),
    hiddenColumns: hiddenColumns.filter((c: number) => c < width),
  }
}

function parseWithSheetJS(data: Uint8Array, filename: string): XLSX.WorkBook {
  // SheetJS reports formats it only half understands (some ODS number styles) on console.error:
  // noise in the server's log for every upload. The read is synchronous, so nothing else logs meanwhile.
  const log = console.error
  console.error = () => {}
  try {
    return XLSX.read(data, {
      type: 'array',
      dense: true, // rows as arrays: less memory than one key per cell
      cellDates: true, // date-formatted numbers (and ODS dates) come back as dates…
      UTC: true, // …in UTC (the 0.20 readers' default; said explicitly so it cannot drift to local time)
      cellFormula: true, // formulas as text; SheetJS never evaluates them
      cellStyles: true, // needed for hidden rows (!rows) and columns (!cols)
      cellHTML: false,
      cellText: true,
      bookVBA: false, // macros are not even extracted
      sheetRows: READ_ROWS,
      WTF: false,
    })
  } catch (error) {
    if (/password|encrypt/i.test(String((error as Error)?.message))) throw encrypted()
    throw damaged(filename)
  } finally {
    console.error = log
  }
}

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
