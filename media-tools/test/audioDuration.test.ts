/**
 * audioDuration: an audio guide's playing time read from the file (issue 17, item 11), in every
 * format guides are accepted in. The files are built here byte by byte with a known length; a
 * file that does not say how long it is gives undefined, never an exception.
 */
import { describe, expect, it } from 'vitest'
import { stripAudioTags } from '../src/audio.ts'
import { audioDuration } from '../src/audioDuration.ts'
import { detectFileType } from '../src/detect.ts'
import { be32, bytes, crc, le32 } from './fixtures/audio.ts'

const le16 = (n: number) => [n & 0xff, (n >> 8) & 0xff]
const le64 = (n: number) => [...le32(n % 2 ** 32), ...le32(Math.floor(n / 2 ** 32))]
const be64 = (n: number) => [...be32(Math.floor(n / 2 ** 32)), ...be32(n % 2 ** 32)]

// WAV -------------------------------------------------------------------------------------------

function wav({
  rate,
  channels,
  seconds,
  dataSize,
}: {
  rate: number
  channels: number
  seconds: number
  dataSize?: number
}) {
  const blockAlign = channels * 2
  const samples = Buffer.alloc(Math.round(rate * seconds) * blockAlign, 0x11)
  const fmt = bytes(
    'fmt ',
    le32(16),
    le16(1),
    le16(channels),
    le32(rate),
    le32(rate * blockAlign),
    le16(blockAlign),
    le16(16),
  )
  const info = bytes('LIST', le32(12), 'INFO', 'INAM', le32(0))
  const data = bytes('data', le32(dataSize ?? samples.length), samples)
  const body = bytes('WAVE', fmt, info, data)
  return bytes('RIFF', le32(body.length), body)
}

// Ogg -------------------------------------------------------------------------------------------

function oggPage(flags: number, granule: number, serial: number, sequence: number, packet: Uint8Array, open = false) {
  const lacing: number[] = []
  let left = packet.length
  for (; left >= 255; left -= 255) lacing.push(255)
  if (!open) lacing.push(left)
  const granuleBytes = granule === -1 ? new Array<number>(8).fill(0xff) : le64(granule)
  const out = bytes(
    'OggS',
    [0, flags],
    granuleBytes,
    le32(serial),
    le32(sequence),
    le32(0),
    [lacing.length],
    lacing,
    packet,
  )
  out.writeUInt32LE(crc(out), 22)
  return out
}

const opusHead = (preSkip: number) => bytes('OpusHead', [1, 1], le16(preSkip), le32(44100), [0, 0, 0])
const opusTags = bytes('OpusTags', le32(0), le32(0))
const packet = (n: number, length = 200) => Buffer.from(Array.from({ length }, (_, i) => (i * 7 + n) % 256))

/** An Opus stream whose last page ends at `samples` (48 kHz) after the pre-skip. */
function opusStream(serial: number, preSkip: number, samples: number) {
  return [
    oggPage(2, 0, serial, 0, opusHead(preSkip)),
    oggPage(0, 0, serial, 1, opusTags),
    oggPage(0, Math.round(samples / 2) + preSkip, serial, 2, packet(1)),
    oggPage(4, samples + preSkip, serial, 3, packet(2)),
  ]
}

// M4A -------------------------------------------------------------------------------------------

const box = (type: string, ...content: Uint8Array[]) => {
  const body = Buffer.concat(content)
  return bytes(be32(8 + body.length), type, body)
}
const ftyp = box('ftyp', bytes('M4A ', be32(0), 'M4A mp42isom'))
const mvhd0 = (timescale: number, duration: number) =>
  box('mvhd', bytes([0, 0, 0, 0], be32(0), be32(0), be32(timescale), be32(duration), Buffer.alloc(80)))
const mvhd1 = (timescale: number, duration: number) =>
  box('mvhd', bytes([1, 0, 0, 0], be64(0), be64(0), be32(timescale), be64(duration), Buffer.alloc(80)))
const mdat = box('mdat', Buffer.alloc(300, 0x22))

// MP3 -------------------------------------------------------------------------------------------

/** MPEG-1 layer III, 128 kbit/s, 44.1 kHz, joint stereo: 417 bytes and 1152 samples a frame. */
const MPEG1 = [0xff, 0xfb, 0x90, 0x64]
const mpeg1Frame = (fill: number, body?: Uint8Array) => {
  const frame = bytes(MPEG1, new Array<number>(413).fill(fill))
  if (body) frame.set(body, 4)
  return frame
}
/** MPEG-2 layer III, 64 kbit/s, 22.05 kHz, mono: 208 bytes and 576 samples a frame. */
const mpeg2Frame = (fill: number) => bytes([0xff, 0xf3, 0x80, 0xc4], new Array<number>(204).fill(fill))
const id3v2 = bytes('ID3', [3, 0, 0], [0, 0, 0, 20], 'TIT2', be32(10), [0, 0], [0], 'thuyet mi', Buffer.alloc(0))
const id3v1 = bytes('TAG', 'x'.padEnd(125, '\0'))

// WebM ------------------------------------------------------------------------------------------

const element = (id: number[], content: Uint8Array) => {
  if (content.length > 0x3fff) throw new Error('too long for this helper')
  return bytes(id, [0x40 | (content.length >> 8), content.length & 0xff], content)
}
const ebmlHeader = element([0x1a, 0x45, 0xdf, 0xa3], element([0x42, 0x82], Buffer.from('webm')))
const float64 = (n: number) => {
  const b = Buffer.alloc(8)
  b.writeDoubleBE(n)
  return b
}
const float32 = (n: number) => {
  const b = Buffer.alloc(4)
  b.writeFloatBE(n)
  return b
}
const cluster = element([0x1f, 0x43, 0xb6, 0x75], element([0xe7], Buffer.from([0])))
/** A Segment of unknown size, as a recorder writes it while recording. */
const segment = (...children: Uint8Array[]) =>
  bytes([0x18, 0x53, 0x80, 0x67], [0x01, ...new Array(7).fill(0xff)], ...children)

describe('audioDuration', () => {
  it('WAV: the data size over the byte rate, other chunks ignored', () => {
    const file = wav({ rate: 8000, channels: 1, seconds: 2.5 })
    expect(detectFileType(file)).toBe('wav')
    expect(audioDuration(file)).toBe(2.5)
    expect(audioDuration(wav({ rate: 44100, channels: 2, seconds: 1.3 }))).toBe(1.3)
  })

  it('WAV: a recorder stopped before writing the data size counts to the end of the file', () => {
    expect(audioDuration(wav({ rate: 16000, channels: 1, seconds: 3.2, dataSize: 0xffffffff }))).toBe(3.2)
  })

  it('Ogg Opus: the last granule at 48 kHz, less the pre-skip; the independent checksum is valid', () => {
    // A pre-skip of 80 ms: left in, it would read 4.3 s.
    const file = Buffer.concat(opusStream(9, 3840, 48000 * 4.2))
    expect(detectFileType(file)).toBe('ogg')
    // stripAudioTags rereads and rewrites every page: it accepts these checksums and keeps the granules.
    expect(audioDuration(stripAudioTags(file))).toBe(4.2)
    expect(audioDuration(file)).toBe(4.2)
  })

  it('Ogg Vorbis: the last granule over the identification header sample rate; a page where no packet ends (-1) is skipped', () => {
    const identification = bytes([1], 'vorbis', le32(0), [2], le32(44100), le32(0), le32(128000), le32(0), [0xb8, 1])
    const comment = bytes([3], 'vorbis', le32(0), le32(0), [1])
    const long = packet(5, 600)
    const file = Buffer.concat([
      oggPage(2, 0, 5, 0, identification),
      oggPage(0, 0, 5, 1, Buffer.concat([comment])),
      oggPage(0, 44100 * 6, 5, 2, packet(3)),
      oggPage(0, 44100 * 9 + 4410, 5, 3, packet(4)),
      oggPage(0, -1, 5, 4, long.subarray(0, 510), true),
      oggPage(5, 44100 * 9 + 4410, 5, 5, long.subarray(510)),
    ])
    expect(audioDuration(file)).toBe(9.1)
  })

  it('Ogg: streams played one after the other (chained) add up', () => {
    const file = Buffer.concat([...opusStream(1, 312, 48000 * 2), ...opusStream(2, 312, 48000 * 3.5)])
    expect(audioDuration(file)).toBe(5.5)
  })

  it('M4A: the movie header duration over its timescale (version 0 and 1)', () => {
    const file = bytes(ftyp, box('moov', mvhd0(44100, Math.round(44100 * 12.3)), box('trak', Buffer.alloc(8))), mdat)
    expect(detectFileType(file)).toBe('m4a')
    expect(audioDuration(file)).toBe(12.3)
    expect(audioDuration(stripAudioTags(file))).toBe(12.3)
    expect(audioDuration(bytes(ftyp, mdat, box('moov', mvhd1(1000, 3_725_400))))).toBe(3725.4)
  })

  it('M4A: a fragmented recording (no duration in mvhd) takes the fragment duration from mvex/mehd', () => {
    const mehd = box('mehd', bytes([0, 0, 0, 0], be32(48000 * 7)))
    const file = bytes(ftyp, box('moov', mvhd0(48000, 0), box('mvex', mehd)), mdat)
    expect(audioDuration(file)).toBe(7)
  })

  it('MP3 without a Xing header: every frame counted, tags before and after ignored', () => {
    const frames = Array.from({ length: 115 }, (_, i) => mpeg1Frame(i % 256))
    const file = bytes(id3v2, ...frames, id3v1)
    expect(detectFileType(file)).toBe('mp3')
    // 115 × 1152 / 44100 = 3.004 s.
    expect(audioDuration(file)).toBe(3)
    expect(audioDuration(stripAudioTags(file))).toBe(3)
    // MPEG-2: 200 × 576 / 22050 = 5.22 s.
    expect(audioDuration(bytes(...Array.from({ length: 200 }, (_, i) => mpeg2Frame(i))))).toBe(5.2)
  })

  it('MP3 with a Xing/Info or VBRI header: the frame count it gives, not the frames present', () => {
    // Xing after the 32 bytes of MPEG-1 stereo side information: flags (frames), frame count.
    const xing = bytes(new Array<number>(32).fill(0), 'Xing', be32(1), be32(2000))
    const withXing = bytes(mpeg1Frame(0, xing), mpeg1Frame(1), mpeg1Frame(2))
    // 2000 × 1152 / 44100 = 52.24 s.
    expect(audioDuration(withXing)).toBe(52.2)
    const info = bytes(new Array<number>(32).fill(0), 'Info', be32(0x0f), be32(100), be32(41700), Buffer.alloc(100))
    expect(audioDuration(bytes(mpeg1Frame(0, info), mpeg1Frame(1)))).toBe(2.6)
    // VBRI 32 bytes after the header: version, delay, quality, size, frame count.
    const vbri = bytes(new Array<number>(32).fill(0), 'VBRI', le16(1), le16(0), le16(75), be32(417_000), be32(1000))
    // 1000 × 1152 / 44100 = 26.12 s.
    expect(audioDuration(bytes(mpeg1Frame(0, vbri), mpeg1Frame(1)))).toBe(26.1)
  })

  it('WebM: Segment › Info › Duration × TimecodeScale (default 1 ms; float 64 and 32)', () => {
    const info = element([0x15, 0x49, 0xa9, 0x66], element([0x44, 0x89], float64(83_456)))
    const file = bytes(ebmlHeader, segment(element([0xec], Buffer.alloc(10)), info, cluster))
    expect(detectFileType(file)).toBe('webm')
    expect(audioDuration(file)).toBe(83.5)
    expect(audioDuration(stripAudioTags(file))).toBe(83.5)
    const scaled = element(
      [0x15, 0x49, 0xa9, 0x66],
      Buffer.concat([
        element([0x2a, 0xd7, 0xb1], Buffer.from([0x01, 0x86, 0xa0])),
        element([0x44, 0x89], float32(4321)),
      ]),
    )
    // 4321 × 100 000 ns = 0.4321 s.
    expect(audioDuration(bytes(ebmlHeader, segment(scaled, cluster)))).toBe(0.4)
  })

  it('a file that does not tell, or is damaged or not audio, gives undefined without throwing', () => {
    const cases: [string, Uint8Array][] = [
      ['empty', Buffer.alloc(0)],
      ['a PDF', Buffer.from('%PDF-1.7\n')],
      ['WAV without fmt', bytes('RIFF', le32(12), 'WAVE', 'data', le32(4), [1, 2, 3, 4])],
      ['WAV cut in its header', wav({ rate: 8000, channels: 1, seconds: 1 }).subarray(0, 30)],
      ['Ogg cut in its first page', Buffer.concat(opusStream(3, 312, 48000)).subarray(0, 40)],
      ['Ogg FLAC (not Vorbis or Opus)', oggPage(6, 0, 3, 0, bytes([0x7f], 'FLAC', Buffer.alloc(40)))],
      ['M4A without moov', bytes(ftyp, mdat)],
      ['M4A with a box longer than the file', bytes(ftyp, be32(9999), 'moov', mvhd0(1000, 5000))],
      ['M4A of unknown duration', bytes(ftyp, box('moov', mvhd0(1000, 0xffffffff)), mdat)],
      ['MP3 header then noise', bytes(id3v2, [0xff, 0xfb, 0x90, 0x64], Buffer.alloc(50, 0xab))],
      ['MP3 of free-format frames', bytes([0xff, 0xfb, 0x00, 0x64], Buffer.alloc(600))],
      [
        'WebM without Duration (a live recording)',
        bytes(ebmlHeader, segment(element([0x15, 0x49, 0xa9, 0x66], Buffer.alloc(0)), cluster)),
      ],
      ['WebM cut in its segment', bytes(ebmlHeader, [0x18, 0x53, 0x80, 0x67, 0x01])],
      ['noise', Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 2654435761) % 251))],
    ]
    for (const [name, file] of cases) {
      expect(() => audioDuration(file), name).not.toThrow()
      expect(audioDuration(file), name).toBeUndefined()
    }
  })
})
