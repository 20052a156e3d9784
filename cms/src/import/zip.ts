/**
 * A zip (.xlsx, .xlsm, .ods) measured by hand before anything inflates it: its central directory
 * read, its declared sizes checked, and every entry inflated with a cap, so that a zip bomb is
 * refused before it allocates.
 */
import { inflateRawSync } from 'node:zlib'
import { errorCode } from '../shared/errors'
import { damaged, encrypted, zipBomb } from './fileErrors'

/** Limits for what a zip may inflate to (a real list of a few thousand rows is a few MB). */
export const ZIP_LIMITS = {
  entryBytes: 50 * 1024 * 1024,
  totalBytes: 100 * 1024 * 1024,
  /** Above `ratioFrom` bytes, an entry may not be more than `ratio` times its compressed size. */
  ratio: 200,
  ratioFrom: 1024 * 1024,
  entries: 10_000,
}

interface ZipEntry {
  name: string
  method: number
  flags: number
  compressedSize: number
  size: number
  localOffset: number
}

const byte = (d: Uint8Array, at: number) => d[at] ?? 0
export const u16 = (d: Uint8Array, at: number) => byte(d, at) | (byte(d, at + 1) << 8)
export const u32 = (d: Uint8Array, at: number) => u16(d, at) + u16(d, at + 2) * 0x10000

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
export function checkZip(
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
        if (errorCode(error) === 'ERR_BUFFER_TOO_LARGE') throw zipBomb()
        throw damaged(filename)
      }
      if (inflated.length !== entry.size) throw zipBomb()
    } else throw damaged(filename)
    if (keep(entry.name)) kept.set(entry.name, inflated)
  }
  return { names: entries.map((entry) => entry.name), files: kept }
}
