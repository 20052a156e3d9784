/**
 * What is wrong with an uploaded file, said to the officer in both languages with what to do
 * about it: thrown as SheetError by the readers.
 */
import { MAX_BYTES, SheetError } from './sheet'

const mb = (bytes: number) => Math.round(bytes / 1048576)

export const tooLarge = (bytes: number) =>
  new SheetError({
    vi: `Tệp quá lớn (${mb(bytes)} MB, tối đa ${MAX_BYTES / 1048576} MB). Hãy chia thành nhiều tệp.`,
    en: `The file is too large (${mb(bytes)} MB, at most ${MAX_BYTES / 1048576} MB). Split it.`,
  })

export const emptyFile = () =>
  new SheetError({
    vi: 'Tệp rỗng (0 byte). Hãy chọn lại đúng tệp danh sách rồi tải lên.',
    en: 'The file is empty (0 bytes). Choose the right list file and upload it again.',
  })

export const encrypted = () =>
  new SheetError({
    vi: 'Tệp được đặt mật khẩu nên không đọc được: hãy mở tệp, bỏ mật khẩu (trong Excel: Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu, xóa mật khẩu) rồi lưu lại và tải lên lần nữa.',
    en: 'The file is password-protected, so it cannot be read: open it, remove the password (in Excel: File › Info › Protect Workbook › Encrypt with Password, clear it), save it and upload it again.',
  })

export const zipBomb = () =>
  new SheetError({
    vi: 'Tệp nén bất thường: nội dung giải nén quá lớn so với tệp (có thể là tệp độc hại), nên không được đọc. Nếu đây là danh sách thật, hãy mở bằng Excel và lưu lại dạng .xlsx, hoặc chia thành nhiều tệp nhỏ hơn.',
    en: 'The file is an abnormal archive: it inflates to far more than its size (it may be malicious), so it was not read. If it is a real list, open it in Excel and save it as .xlsx, or split it into smaller files.',
  })

export const damaged = (filename: string) =>
  new SheetError({
    vi: `Không đọc được tệp "${filename}": tệp bị hỏng hoặc không phải bảng tính. Hãy mở bằng Excel hoặc LibreOffice và lưu lại dạng "Excel Workbook (.xlsx)".`,
    en: `"${filename}" cannot be read: it is damaged or not a spreadsheet. Open it in Excel or LibreOffice and save it as "Excel Workbook (.xlsx)".`,
  })

export const unknownType = (filename: string) =>
  new SheetError({
    vi: `Không nhận dạng được tệp "${filename}". Hãy dùng tệp Excel (.xlsx, .xls), LibreOffice (.ods) hoặc .csv; với loại khác, hãy mở bằng Excel và lưu lại dạng "Excel Workbook (.xlsx)".`,
    en: `"${filename}" is not a recognised file. Use an Excel (.xlsx, .xls), LibreOffice (.ods) or .csv file; for anything else, open it in Excel and save it as "Excel Workbook (.xlsx)".`,
  })

export const binaryXlsb = () =>
  new SheetError({
    vi: 'Tệp Excel dạng nhị phân (.xlsb) không được hỗ trợ. Hãy mở bằng Excel và lưu lại dạng "Excel Workbook (.xlsx)".',
    en: 'Binary Excel files (.xlsb) are not supported. Open it in Excel and save it as "Excel Workbook (.xlsx)".',
  })
