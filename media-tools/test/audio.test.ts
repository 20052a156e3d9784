/**
 * stripAudioTags: the recording comes back without its metadata (names, phone numbers, places,
 * pictures) and with its sound untouched, in every format audio guides are accepted in. The files
 * are built here byte by byte, with an Ogg checksum written independently of the library's and
 * checked against the CRC-32/POSIX check value.
 */
import { describe, expect, it } from 'vitest'
import { stripAudioTags } from '../src/audio.ts'
import { detectFileType } from '../src/detect.ts'
import { MediaError } from '../src/errors.ts'
import { be32, bytes, crc, le32 } from './fixtures/audio.ts'

const SECRET = 'Nguyen Van A 0912 345 678, Bat Trang'
const syncsafe = (n: number) => [(n >> 21) & 0x7f, (n >> 14) & 0x7f, (n >> 7) & 0x7f, n & 0x7f]
const has = (data: Uint8Array, text: string) => Buffer.from(data).includes(Buffer.from(text, 'latin1'))

interface Page {
  flags: number
  granule: number
  serial: number
  sequence: number
  packets: Uint8Array[]
  /** The last packet continues on the next page. */
  open?: boolean
}

function page({ flags, granule, serial, sequence, packets, open }: Page): Buffer {
  const lacing: number[] = []
  packets.forEach((packet, index) => {
    let left = packet.length
    while (left >= 255) {
      lacing.push(255)
      left -= 255
    }
    if (!(open && index === packets.length - 1)) lacing.push(left)
  })
  const header = bytes(
    'OggS',
    [0, flags],
    le32(granule),
    le32(0),
    le32(serial),
    le32(sequence),
    le32(0),
    [lacing.length],
    lacing,
  )
  const out = Buffer.concat([header, ...packets.map((p) => Buffer.from(p))])
  out.writeUInt32LE(crc(out), 22)
  return out
}

function readPages(data: Uint8Array) {
  const pages: { flags: number; granule: Buffer; sequence: number; body: Buffer; crcOk: boolean; lacing: number[] }[] =
    []
  const buffer = Buffer.from(data)
  let at = 0
  while (at < buffer.length) {
    expect(buffer.toString('latin1', at, at + 4)).toBe('OggS')
    const count = buffer[at + 26] ?? 0
    const lacing = [...buffer.subarray(at + 27, at + 27 + count)]
    const length = lacing.reduce((a, b) => a + b, 0)
    const whole = Buffer.from(buffer.subarray(at, at + 27 + count + length))
    const stored = whole.readUInt32LE(22)
    whole.writeUInt32LE(0, 22)
    pages.push({
      flags: buffer[at + 5] ?? 0,
      granule: buffer.subarray(at + 6, at + 14),
      sequence: buffer.readUInt32LE(at + 18),
      body: buffer.subarray(at + 27 + count, at + 27 + count + length),
      crcOk: crc(whole) === stored,
      lacing,
    })
    at += 27 + count + length
  }
  return pages
}

const mp3Frame = (fill: number) => bytes([0xff, 0xfb, 0x90, 0x64], new Array<number>(413).fill(fill))

describe('stripAudioTags', () => {
  it('the independent checksum matches CRC-32/POSIX ("123456789" → 0x765e7680 after its final xor)', () => {
    expect((crc(Buffer.from('123456789')) ^ 0xffffffff) >>> 0).toBe(0x765e7680)
  })

  it('MP3: ID3v2 before, APEv2 and ID3v1 after the frames are cut off; the frames are kept as they were', () => {
    const frame = bytes('TIT2', be32(SECRET.length + 1), [0, 0, 0], SECRET)
    const id3v2 = bytes('ID3', [3, 0, 0], syncsafe(frame.length), frame)
    const frames = bytes(mp3Frame(1), mp3Frame(2), mp3Frame(3))
    const apeItems = bytes(le32(SECRET.length), le32(0), 'Artist', [0], SECRET)
    const apeFooter = bytes(
      'APETAGEX',
      le32(2000),
      le32(apeItems.length + 32),
      le32(1),
      le32(0),
      new Array<number>(8).fill(0),
    )
    const id3v1 = bytes('TAG', SECRET.padEnd(125, '\0'))
    const out = stripAudioTags(bytes(id3v2, frames, apeItems, apeFooter, id3v1))
    expect(Buffer.from(out).equals(frames)).toBe(true)
    expect(detectFileType(out)).toBe('mp3')
  })

  it('WAV: only fmt and data are kept, sizes rewritten, samples unchanged', () => {
    const fmt = bytes('fmt ', le32(16), [1, 0, 1, 0], le32(8000), le32(16000), [2, 0, 16, 0])
    const samples = Buffer.from(Array.from({ length: 1001 }, (_, i) => (i * 7) % 256))
    const info = bytes('INFO', 'INAM', le32(SECRET.length + 1), SECRET, [0])
    const list = bytes('LIST', le32(info.length), info, info.length % 2 ? [0] : [])
    const data = bytes('data', le32(samples.length), samples, [0])
    const id3 = bytes('id3 ', le32(SECRET.length), SECRET)
    const input = bytes('RIFF', le32(0), 'WAVE', fmt, list, data, id3)
    input.writeUInt32LE(input.length - 8, 4)
    const out = Buffer.from(stripAudioTags(input))
    expect(has(out, SECRET)).toBe(false)
    expect(out.equals(bytes('RIFF', le32(4 + fmt.length + data.length), 'WAVE', fmt, data))).toBe(true)
    expect(detectFileType(out)).toBe('wav')
  })

  it('Ogg Opus: an empty comment header replaces a long one (with a picture over several pages); audio pages renumbered, checksums valid', () => {
    const head = bytes('OpusHead', [1, 1], [0x38, 0x01], le32(48000), [0, 0, 0])
    const picture = `METADATA_BLOCK_PICTURE=${'A'.repeat(150_000)}`
    const comments = [`ARTIST=${SECRET}`, picture]
    const tags = bytes(
      'OpusTags',
      le32(7),
      'libopus',
      le32(comments.length),
      ...comments.flatMap((c) => [Buffer.from(le32(c.length)), Buffer.from(c, 'latin1')]),
    )
    // The tags packet spans pages of at most 255 segments (65,025 bytes).
    const pieces: Uint8Array[] = []
    for (let at = 0; at < tags.length; at += 255 * 255) pieces.push(tags.subarray(at, at + 255 * 255))
    const audio = [0, 1, 2].map((n) => Buffer.from(Array.from({ length: 300 + n }, (_, i) => (i + n) % 256)))
    const input = Buffer.concat([
      page({ flags: 2, granule: 0, serial: 77, sequence: 0, packets: [head] }),
      ...pieces.map((piece, index) =>
        page({
          flags: index > 0 ? 1 : 0,
          granule: index === pieces.length - 1 ? 0 : -1,
          serial: 77,
          sequence: 1 + index,
          packets: [piece],
          open: index < pieces.length - 1,
        }),
      ),
      ...audio.map((packet, n) =>
        page({
          flags: n === 2 ? 4 : 0,
          granule: 960 * (n + 1),
          serial: 77,
          sequence: 1 + pieces.length + n,
          packets: [packet],
        }),
      ),
    ])
    expect(pieces.length).toBeGreaterThan(2)
    const out = stripAudioTags(input)
    expect(has(out, SECRET)).toBe(false)
    expect(has(out, 'METADATA_BLOCK_PICTURE')).toBe(false)
    const pages = readPages(out)
    expect(pages.every((p) => p.crcOk)).toBe(true)
    expect(pages.map((p) => p.sequence)).toEqual([0, 1, 2, 3, 4])
    expect(pages[0]?.body.equals(head)).toBe(true)
    expect(pages[0]?.flags).toBe(2)
    expect(pages[1]?.body.equals(bytes('OpusTags', le32(0), le32(0)))).toBe(true)
    for (const [n, packet] of audio.entries()) {
      expect(pages[2 + n]?.body.equals(packet)).toBe(true)
      expect(pages[2 + n]?.granule.readUInt32LE(0)).toBe(960 * (n + 1))
    }
    expect(pages[4]?.flags).toBe(4)
    expect(detectFileType(out)).toBe('ogg')
  })

  it('Ogg Vorbis: the comment is emptied, the setup header sharing its page is kept byte for byte', () => {
    const identification = bytes([1], 'vorbis', le32(0), [1], le32(8000), le32(0), le32(24000), le32(0), [0xb8, 1])
    const comment = bytes([3], 'vorbis', le32(4), 'Xiph', le32(1), le32(SECRET.length + 7), `artist=${SECRET}`, [1])
    const setup = bytes(
      [5],
      'vorbis',
      Array.from({ length: 600 }, (_, i) => (i * 13) % 256),
    )
    const audio = Buffer.from(Array.from({ length: 120 }, (_, i) => i))
    const input = Buffer.concat([
      page({ flags: 2, granule: 0, serial: 5, sequence: 0, packets: [identification] }),
      page({ flags: 0, granule: 0, serial: 5, sequence: 1, packets: [comment, setup] }),
      page({ flags: 4, granule: 4096, serial: 5, sequence: 2, packets: [audio] }),
    ])
    const out = stripAudioTags(input)
    expect(has(out, SECRET)).toBe(false)
    const pages = readPages(out)
    expect(pages.every((p) => p.crcOk)).toBe(true)
    expect(pages.map((p) => p.sequence)).toEqual([0, 1, 2])
    const empty = bytes([3], 'vorbis', le32(0), le32(0), [1])
    expect(pages[1]?.body.equals(Buffer.concat([empty, setup]))).toBe(true)
    expect(pages[1]?.lacing).toEqual([empty.length, 255, 255, setup.length - 510])
    expect(pages[2]?.body.equals(audio)).toBe(true)
  })

  it('M4A: iTunes tags become free space of the same size; the samples and their offsets do not move', () => {
    const box = (type: string, ...content: Uint8Array[]) => {
      const body = Buffer.concat(content)
      return bytes(be32(8 + body.length), type, body)
    }
    const ilst = box('ilst', box('\xa9ART', box('data', bytes(be32(1), be32(0), SECRET))))
    const moov = box('moov', box('mvhd', Buffer.alloc(100, 1)), box('udta', box('meta', Buffer.alloc(4), ilst)))
    const mdat = box('mdat', Buffer.from(Array.from({ length: 500 }, (_, i) => i % 256)))
    const input = bytes(box('ftyp', bytes('M4A ', be32(0), 'M4A mp42isom')), moov, mdat)
    const out = Buffer.from(stripAudioTags(input))
    expect(out.length).toBe(input.length)
    expect(has(out, SECRET)).toBe(false)
    expect(out.subarray(input.length - mdat.length).equals(mdat)).toBe(true)
    expect(
      out.toString(
        'latin1',
        input.length - mdat.length - moov.length + 8 + 108 + 4,
        input.length - mdat.length - moov.length + 8 + 108 + 8,
      ),
    ).toBe('free')
    expect(detectFileType(out)).toBe('m4a')
  })

  it('WebM: Tags and the title become Void elements of the same size; the cluster is untouched', () => {
    const element = (id: number[], content: Uint8Array) =>
      bytes(id, [0x40 | (content.length >> 8), content.length & 0xff], content)
    const ebml = element([0x1a, 0x45, 0xdf, 0xa3], element([0x42, 0x82], Buffer.from('webm')))
    const info = element(
      [0x15, 0x49, 0xa9, 0x66],
      Buffer.concat([element([0x7b, 0xa9], Buffer.from(SECRET)), element([0x4d, 0x80], Buffer.from('muxer'))]),
    )
    const tags = element([0x12, 0x54, 0xc3, 0x67], element([0x73, 0x73], element([0x45, 0xa3], Buffer.from(SECRET))))
    const cluster = element([0x1f, 0x43, 0xb6, 0x75], element([0xe7], Buffer.from([0])))
    const segment = element([0x18, 0x53, 0x80, 0x67], Buffer.concat([info, tags, cluster]))
    const input = bytes(ebml, segment)
    const out = Buffer.from(stripAudioTags(input))
    expect(out.length).toBe(input.length)
    expect(has(out, SECRET)).toBe(false)
    expect(has(out, 'muxer')).toBe(true)
    expect(out.subarray(out.length - cluster.length).equals(cluster)).toBe(true)
    expect(detectFileType(out)).toBe('webm')
  })

  it('refuses what is not audio, in Vietnamese and English', () => {
    const error = (() => {
      try {
        stripAudioTags(Buffer.from('%PDF-1.7\n'))
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(MediaError)
    expect((error as MediaError).messageVi).toMatch(/Không phải tệp âm thanh/)
  })
})
