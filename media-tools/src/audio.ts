/**
 * Audio guides are published as the uploaded file itself (there is no web version to make), so
 * whatever the recorder or editing program wrote into it went public with it: ID3 and APE tags,
 * Vorbis comments, iTunes atoms, WAV INFO chunks and Matroska tags carry names, phone numbers,
 * comments, places and dates, and sometimes a cover picture. `stripAudioTags` returns the same
 * recording without them, without re-encoding: the sound is byte for byte what was uploaded.
 *
 * - MP3: ID3v2 at the start (and appended at the end), ID3v1 / ID3v1.1 / enhanced TAG+, APEv2
 *   and Lyrics3v2 at the end are cut off.
 * - WAV: only the `fmt `, `fact` and `data` chunks are kept (LIST/INFO, `id3 `, `bext`, iXML,
 *   XMP… are dropped).
 * - Ogg Vorbis and Opus: the comment header is replaced by an empty one and the pages after it
 *   renumbered, with their checksums.
 * - M4A: `udta`, `meta` and `uuid` boxes (iTunes tags, XMP) become `free` boxes of the same size,
 *   zeroed, so no sample offset moves.
 * - WebM: Tags, Attachments and the title become Void elements of the same size, zeroed.
 */
import { detectFileType } from './detect.ts'
import { readVint, type Vint } from './ebml.ts'
import { MediaError } from './errors.ts'

const ascii = (bytes: Uint8Array, at: number, length: number) =>
  at < 0 || at + length > bytes.length ? '' : String.fromCharCode(...bytes.subarray(at, at + length))
const le32 = (bytes: Uint8Array, at: number) =>
  ((bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) | ((bytes[at + 2] ?? 0) << 16) | ((bytes[at + 3] ?? 0) << 24)) >>> 0
const be32 = (bytes: Uint8Array, at: number) =>
  (((bytes[at] ?? 0) << 24) | ((bytes[at + 1] ?? 0) << 16) | ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0)) >>> 0
const syncsafe = (bytes: Uint8Array, at: number) =>
  ((bytes[at] ?? 0) << 21) | ((bytes[at + 1] ?? 0) << 14) | ((bytes[at + 2] ?? 0) << 7) | (bytes[at + 3] ?? 0)

const damaged = () =>
  new MediaError('corrupt-file', {
    en: 'The audio file is damaged: its tags could not be removed. Export it again from the recording program and upload that.',
    vi: 'Tệp âm thanh bị hỏng: không xóa được thông tin kèm theo (thẻ). Hãy xuất lại tệp từ phần mềm ghi âm rồi tải lên.',
  })

/** MP3 (and ADTS AAC): tags live before and after the audio frames, never among them. */
function stripMp3(bytes: Uint8Array): Uint8Array {
  let start = 0
  while (ascii(bytes, start, 3) === 'ID3' && bytes.length - start >= 10) {
    const footer = ((bytes[start + 5] ?? 0) & 0x10) !== 0 ? 10 : 0
    start += 10 + syncsafe(bytes, start + 6) + footer
  }
  let end = bytes.length
  for (let changed = true; changed && end > start; ) {
    changed = false
    if (ascii(bytes, end - 128, 3) === 'TAG') {
      end -= 128
      if (ascii(bytes, end - 227, 4) === 'TAG+') end -= 227
      changed = true
    } else if (ascii(bytes, end - 32, 8) === 'APETAGEX') {
      const hasHeader = (le32(bytes, end - 32 + 20) & 0x80000000) !== 0
      end -= le32(bytes, end - 32 + 12) + (hasHeader ? 32 : 0)
      changed = true
    } else if (ascii(bytes, end - 9, 9) === 'LYRICS200') {
      end -= Number.parseInt(ascii(bytes, end - 15, 6), 10) + 15
      changed = true
    } else if (ascii(bytes, end - 10, 3) === '3DI') {
      end -= syncsafe(bytes, end - 4) + 20
      changed = true
    }
  }
  if (start >= end || end > bytes.length) throw damaged()
  return bytes.slice(start, end)
}

/** WAV: a RIFF list of chunks; the sound needs only its format and its samples. */
function stripWav(bytes: Uint8Array): Uint8Array {
  const KEEP = new Set(['fmt ', 'fact', 'data'])
  const kept: Uint8Array[] = []
  let at = 12
  while (at + 8 <= bytes.length) {
    const id = ascii(bytes, at, 4)
    // A recorder that was stopped may leave the data size unwritten: the rest of the file.
    const size = Math.min(le32(bytes, at + 4), bytes.length - at - 8)
    const padded = size + (size % 2)
    if (KEEP.has(id)) {
      const chunk = bytes.slice(at, Math.min(at + 8 + padded, bytes.length))
      new DataView(chunk.buffer).setUint32(4, size, true)
      kept.push(chunk.length < 8 + padded ? concat([chunk, new Uint8Array(8 + padded - chunk.length)]) : chunk)
    }
    at += 8 + padded
  }
  if (!kept.some((chunk) => ascii(chunk, 0, 4) === 'data')) throw damaged()
  const body = concat(kept)
  const out = concat([bytes.slice(0, 12), body])
  new DataView(out.buffer).setUint32(4, out.length - 8, true)
  return out
}

const concat = (parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256)
  for (let i = 0; i < 256; i++) {
    let r = i << 24
    for (let j = 0; j < 8; j++) r = r & 0x80000000 ? (r << 1) ^ 0x04c11db7 : r << 1
    table[i] = r >>> 0
  }
  return table
})()

/** The Ogg page checksum (CRC-32, polynomial 0x04c11db7, not reflected), over the page with its field zeroed. */
export function oggCrc(page: Uint8Array): number {
  let crc = 0
  for (let i = 0; i < page.length; i++) {
    const byte = i >= 22 && i < 26 ? 0 : (page[i] ?? 0)
    crc = ((crc << 8) ^ (CRC_TABLE[((crc >>> 24) ^ byte) & 0xff] ?? 0)) >>> 0
  }
  return crc
}

interface OggPage {
  flags: number
  granule: Uint8Array
  serial: number
  sequence: number
  segments: number[]
  body: Uint8Array
}

function readPages(bytes: Uint8Array): OggPage[] {
  const pages: OggPage[] = []
  let at = 0
  while (at < bytes.length) {
    if (ascii(bytes, at, 4) !== 'OggS' || at + 27 > bytes.length) throw damaged()
    const count = bytes[at + 26] ?? 0
    const segments = [...bytes.subarray(at + 27, at + 27 + count)]
    const length = segments.reduce((sum, s) => sum + s, 0)
    const bodyAt = at + 27 + count
    if (bodyAt + length > bytes.length) throw damaged()
    pages.push({
      flags: bytes[at + 5] ?? 0,
      granule: bytes.slice(at + 6, at + 14),
      serial: le32(bytes, at + 14),
      sequence: le32(bytes, at + 18),
      segments,
      body: bytes.slice(bodyAt, bodyAt + length),
    })
    at = bodyAt + length
  }
  return pages
}

function writePage(page: OggPage): Uint8Array {
  const out = new Uint8Array(27 + page.segments.length + page.body.length)
  out.set([0x4f, 0x67, 0x67, 0x53, 0, page.flags], 0)
  out.set(page.granule, 6)
  const view = new DataView(out.buffer)
  view.setUint32(14, page.serial, true)
  view.setUint32(18, page.sequence, true)
  out[26] = page.segments.length
  out.set(page.segments, 27)
  out.set(page.body, 27 + page.segments.length)
  view.setUint32(22, oggCrc(out), true)
  return out
}

/** Header packets laid out on fresh pages (granule 0), as many as they need. */
function paginate(packets: Uint8Array[], serial: number, firstSequence: number, firstFlags: number): OggPage[] {
  const lacing: { value: number; packet: number }[] = []
  packets.forEach((packet, index) => {
    for (let left = packet.length; ; left -= 255) {
      lacing.push({ value: Math.min(left, 255), packet: index })
      if (left < 255) break
    }
  })
  const pages: OggPage[] = []
  const offsets = packets.map(() => 0)
  for (let i = 0; i < lacing.length; i += 255) {
    const slice = lacing.slice(i, i + 255)
    const body = concat(
      slice.map(({ value, packet }) => {
        const from = offsets[packet] ?? 0
        offsets[packet] = from + value
        return (packets[packet] as Uint8Array).subarray(from, from + value)
      }),
    )
    const continued = i > 0 && (lacing[i - 1]?.value ?? 0) === 255
    pages.push({
      flags: (pages.length === 0 ? firstFlags : 0) | (continued ? 0x01 : 0),
      granule: new Uint8Array(8),
      serial,
      sequence: firstSequence + pages.length,
      segments: slice.map((s) => s.value),
      body,
    })
  }
  return pages
}

const emptyComment = (first: Uint8Array): Uint8Array | null => {
  if (ascii(first, 0, 8) === 'OpusHead')
    return new Uint8Array([...'OpusTags'].map((c) => c.charCodeAt(0)).concat(0, 0, 0, 0, 0, 0, 0, 0))
  if (first[0] === 0x01 && ascii(first, 1, 6) === 'vorbis') {
    return new Uint8Array([0x03, ...[...'vorbis'].map((c) => c.charCodeAt(0)), 0, 0, 0, 0, 0, 0, 0, 0, 0x01])
  }
  return null
}

/** Ogg Vorbis / Opus: the second header packet is the comment list; everything else is kept. */
function stripOgg(bytes: Uint8Array): Uint8Array {
  const pages = readPages(bytes)
  const out: Uint8Array[] = []
  const streams = new Map<
    number,
    {
      packets: Uint8Array[]
      partial: Uint8Array[]
      headers: number
      shift: number
      done: boolean
      first: number
      firstFlags: number
    }
  >()
  for (const page of pages) {
    let stream = streams.get(page.serial)
    if (!stream) {
      stream = {
        packets: [],
        partial: [],
        headers: 0,
        shift: 0,
        done: false,
        first: page.sequence,
        firstFlags: page.flags,
      }
      streams.set(page.serial, stream)
    }
    if (stream.done) {
      out.push(stream.shift === 0 ? writePage(page) : writePage({ ...page, sequence: page.sequence + stream.shift }))
      continue
    }
    let at = 0
    for (const [index, segment] of page.segments.entries()) {
      stream.partial.push(page.body.subarray(at, at + segment))
      at += segment
      if (segment < 255) {
        stream.packets.push(concat(stream.partial))
        stream.partial = []
        if (stream.packets.length === 1) {
          const first = stream.packets[0] as Uint8Array
          stream.headers =
            ascii(first, 0, 8) === 'OpusHead' ? 2 : first[0] === 0x01 && ascii(first, 1, 6) === 'vorbis' ? 3 : 0
        }
        // Headers must end a page (Vorbis I §4.3, RFC 7845 §3): audio never shares it.
        if (stream.headers > 0 && stream.packets.length === stream.headers && index !== page.segments.length - 1) {
          throw damaged()
        }
      }
    }
    if (stream.headers === 0) {
      // Not Vorbis or Opus (e.g. a skeleton track): its pages are copied as they are.
      stream.done = true
      out.push(writePage(page))
      continue
    }
    if (stream.packets.length < stream.headers) continue
    const [identification, , ...rest] = stream.packets
    const comment = emptyComment(identification as Uint8Array)
    if (!comment) throw damaged()
    const fresh = [
      ...paginate([identification as Uint8Array], page.serial, stream.first, stream.firstFlags),
      ...paginate([comment, ...rest], page.serial, stream.first + 1, 0),
    ]
    for (const p of fresh) out.push(writePage(p))
    stream.shift = stream.first + fresh.length - 1 - page.sequence
    stream.done = true
  }
  return concat(out)
}

/** M4A: metadata boxes become free space of the same size, so every sample offset stays valid. */
function stripMp4(bytes: Uint8Array): Uint8Array {
  const out = bytes.slice()
  const CONTAINERS = new Set(['moov', 'trak', 'mdia', 'minf', 'stbl'])
  const METADATA = new Set(['udta', 'meta', 'uuid', 'ID32', 'XMP_'])
  const walk = (from: number, to: number) => {
    let at = from
    while (at + 8 <= to) {
      let size = be32(out, at)
      const type = ascii(out, at + 4, 4)
      let header = 8
      if (size === 1) {
        size = be32(out, at + 8) * 2 ** 32 + be32(out, at + 12)
        header = 16
      } else if (size === 0) size = to - at
      if (size < header || at + size > to) throw damaged()
      if (METADATA.has(type)) {
        out.set([0x66, 0x72, 0x65, 0x65], at + 4)
        out.fill(0, at + header, at + size)
      } else if (CONTAINERS.has(type)) walk(at + header, at + size)
      at += size
    }
  }
  walk(0, out.length)
  return out
}

/** An EBML variable-length integer at `at` (see ebml.ts); a malformed or cut one means a damaged file. */
function vint(bytes: Uint8Array, at: number, keepMarker: boolean): Vint {
  const read = readVint(bytes, at, keepMarker)
  if (!read) throw damaged()
  return read
}

/** WebM: Tags, Attachments and the segment title are overwritten by Void elements of the same size. */
function stripWebm(bytes: Uint8Array): Uint8Array {
  const out = bytes.slice()
  const SEGMENT = 0x18538067
  const INFO = 0x1549a966
  const REMOVE = new Set([0x1254c367, 0x1941a469, 0x7ba9])
  const voidOut = (at: number, total: number) => {
    const sizeLength = Math.min(8, total - 1)
    const dataLength = total - 1 - sizeLength
    out[at] = 0xec
    let value = dataLength
    for (let i = sizeLength - 1; i >= 0; i--) {
      out[at + 1 + i] = value & 0xff
      value = Math.floor(value / 256)
    }
    out[at + 1] = (out[at + 1] ?? 0) | (0x80 >> (sizeLength - 1))
    out.fill(0, at + 1 + sizeLength, at + total)
  }
  const walk = (from: number, to: number) => {
    let at = from
    while (at < to) {
      const id = vint(out, at, true)
      const size = vint(out, at + id.length, false)
      const dataAt = at + id.length + size.length
      // An element of unknown size (a live recording) runs to the end of its parent.
      const end = size.unknown ? to : dataAt + size.value
      if (end > to) throw damaged()
      if (REMOVE.has(id.value)) voidOut(at, end - at)
      else if (id.value === SEGMENT || id.value === INFO) walk(dataAt, end)
      if (size.unknown && id.value !== SEGMENT) return
      at = end
    }
  }
  walk(0, out.length)
  return out
}

/** The recording without its metadata tags (see above); other files are refused. */
export function stripAudioTags(bytes: Uint8Array): Uint8Array {
  switch (detectFileType(bytes)) {
    case 'mp3':
      return stripMp3(bytes)
    case 'wav':
      return stripWav(bytes)
    case 'ogg':
      return stripOgg(bytes)
    case 'm4a':
      return stripMp4(bytes)
    case 'webm':
      return stripWebm(bytes)
    default:
      throw new MediaError('unsupported-type', {
        en: 'Not an audio file: upload MP3, OGG, WAV, M4A or WebM.',
        vi: 'Không phải tệp âm thanh: hãy tải lên tệp MP3, OGG, WAV, M4A hoặc WebM.',
      })
  }
}
