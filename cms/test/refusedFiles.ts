/**
 * Files a reader must refuse without being hurt by them: zips that lie about their sizes or
 * inflate to hundreds of megabytes, encrypted workbooks, password-protected .xls and .ods.
 */
import { constants, deflateRawSync } from 'node:zlib'
import * as XLSX from '@e965/xlsx'
import { writeWorkbook } from './workbooks'

export interface ZipInput {
  name: string
  /** Inflated content; or `body`, an already deflated stream with its declared `size`. */
  data?: Uint8Array
  body?: Buffer
  size?: number
  stored?: boolean
}

/** A little-endian field of a zip record: its width, its name, its value. */
type ZipField = [2 | 4, string, number]

/** Where each field sits in a local header, a central directory entry and the end record. */
const LOCAL_AT: Record<string, number> = { version: 4, method: 8, compressed: 18, size: 22, name: 26 }
const CENTRAL_AT: Record<string, number> = {
  'made by': 4,
  version: 6,
  method: 10,
  compressed: 20,
  size: 24,
  name: 28,
  offset: 42,
}
const END_AT: Record<string, number> = { 'entries here': 8, entries: 10, 'directory size': 12, 'directory offset': 16 }

function zipRecord(length: number, signature: number, at: Record<string, number>, fields: ZipField[]): Buffer {
  const record = Buffer.alloc(length)
  record.writeUInt32LE(signature, 0)
  for (const [width, name, value] of fields) {
    const offset = at[name]
    if (offset === undefined) throw new Error(`no zip field ${name}`)
    if (width === 2) record.writeUInt16LE(value, offset)
    else record.writeUInt32LE(value, offset)
  }
  return record
}

/** A zip of the given entries, as any zip tool writes it, except that `size` may lie. */
export function zip(entries: ZipInput[]): Uint8Array {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name)
    const data = entry.data ?? new Uint8Array(0)
    const body = entry.body ?? (entry.stored ? Buffer.from(data) : deflateRawSync(data, { level: 9 }))
    const size = entry.size ?? data.length
    const method = entry.stored ? 0 : 8
    const sizes: ZipField[] = [
      [2, 'method', method],
      [4, 'compressed', body.length],
      [4, 'size', size],
      [2, 'name', name.length],
    ]
    const local = zipRecord(30, 0x04034b50, LOCAL_AT, [[2, 'version', 20], ...sizes])
    const central = zipRecord(46, 0x02014b50, CENTRAL_AT, [
      [2, 'made by', 20],
      [2, 'version', 20],
      ...sizes,
      [4, 'offset', offset],
    ])
    locals.push(local, name, body)
    centrals.push(central, name)
    offset += 30 + name.length + body.length
  }
  const cd = Buffer.concat(centrals)
  const end = zipRecord(22, 0x06054b50, END_AT, [
    [2, 'entries here', entries.length],
    [2, 'entries', entries.length],
    [4, 'directory size', cd.length],
    [4, 'directory offset', offset],
  ])
  return new Uint8Array(Buffer.concat([...locals, cd, end]))
}

/** A real .xlsx written by SheetJS, with one entry replaced by a given deflated body. */
export function xlsxWith(name: string, body: Buffer, size: number): Uint8Array {
  const entries: ZipInput[] = xlsxEntries().filter((e) => e.name !== name)
  return zip([...entries, { name, body, size }])
}

/** Entries of a real .xlsx written by SheetJS, inflated. */
export function xlsxEntries(): { name: string; data: Uint8Array }[] {
  const container = XLSX.CFB.read(writeWorkbook([{ name: 'S', rows: [['a']] }], 'xlsx'), { type: 'array' })
  return container.FullPaths.flatMap((path: string, i: number) => {
    const file = container.FileIndex[i]
    if (file.type !== 2) return []
    return [{ name: path.replace(/^[^/]*\//, ''), data: new Uint8Array(file.content as Uint8Array) }]
  })
}

export const BOMB_BYTES = 300 * 1024 * 1024

/** 300 MB of repeated text as one deflated stream, built from flushed 1 MB pieces (never 300 MB at once). */
export function deflatedBomb(bytes = BOMB_BYTES): Buffer {
  const piece = Buffer.alloc(1024 * 1024, '<si><t>Đình làng</t></si>')
  const head = deflateRawSync(piece, { level: 9, finishFlush: constants.Z_FULL_FLUSH })
  const tail = deflateRawSync(piece, { level: 9 })
  return Buffer.concat([...Array.from({ length: bytes / piece.length - 1 }, () => head), tail])
}

/** An encrypted .xlsx: an OLE2 container with EncryptionInfo and EncryptedPackage, as Excel writes one. */
export function encryptedXlsx(): Uint8Array {
  const container = XLSX.CFB.utils.cfb_new()
  XLSX.CFB.utils.cfb_add(container, '/EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]))
  XLSX.CFB.utils.cfb_add(container, '/EncryptedPackage', new Uint8Array(4096).fill(7))
  return new Uint8Array(XLSX.CFB.write(container, { type: 'array' }) as ArrayBuffer)
}

/** An .xls with a FILEPASS record (RC4 CryptoAPI) right after the globals' BOF: password-protected. */
export function passwordXls(): Uint8Array {
  const container = XLSX.CFB.read(writeWorkbook([{ name: 'S', rows: [['a']] }], 'xls'), { type: 'array' })
  const entry = XLSX.CFB.find(container, 'Workbook')
  if (!entry) throw new Error('no Workbook stream')
  const stream = Uint8Array.from(entry.content as ArrayLike<number>)
  const bofLength = new DataView(stream.buffer, stream.byteOffset).getUint16(2, true)
  // FILEPASS right after the globals' BOF: RC4 CryptoAPI, the header left empty.
  const filepass = new Uint8Array([0x2f, 0, 6, 0, 1, 0, 4, 0, 2, 0])
  const patched = new Uint8Array(stream.length + filepass.length)
  patched.set(stream.subarray(0, 4 + bofLength))
  patched.set(filepass, 4 + bofLength)
  patched.set(stream.subarray(4 + bofLength), 4 + bofLength + filepass.length)
  entry.content = patched as unknown as typeof entry.content
  entry.size = patched.length
  return new Uint8Array(XLSX.CFB.write(container, { type: 'array', fileType: 'cfb' }) as ArrayBuffer)
}

/** An .ods whose manifest says its content is encrypted (a password set in LibreOffice). */
export function encryptedOds(): Uint8Array {
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml" manifest:size="1024">
  <manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" manifest:checksum="AAAA">
   <manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" manifest:initialisation-vector="AAAA"/>
   <manifest:key-derivation manifest:key-derivation-name="PBKDF2" manifest:key-size="32" manifest:iteration-count="100000" manifest:salt="AAAA"/>
  </manifest:encryption-data>
 </manifest:file-entry>
</manifest:manifest>`
  return zip([
    {
      name: 'mimetype',
      data: new TextEncoder().encode('application/vnd.oasis.opendocument.spreadsheet'),
      stored: true,
    },
    { name: 'META-INF/manifest.xml', data: new TextEncoder().encode(manifest) },
    { name: 'content.xml', data: new Uint8Array(1024).fill(0x5a), stored: true },
  ])
}
