/**
 * How long an audio guide plays, read from the file itself, so officers need not type it and the
 * public player can show it before anyone presses play (issue 17, item 11). Nothing is decoded:
 *
 * - WAV: the `data` chunk's size over the byte rate in `fmt ` (the `fact` sample count for
 *   compressed WAV).
 * - Ogg Vorbis / Opus: the last page's granule position over the sample rate (Opus always counts
 *   at 48 kHz, less its pre-skip). Chained streams add up.
 * - M4A: the movie header's duration over its timescale (a fragmented file's `mehd`).
 * - MP3: the frame count of a Xing/Info or VBRI header, else every frame header counted.
 * - WebM: the segment's Duration × TimecodeScale.
 *
 * Seconds rounded to 0.1, or undefined when the file does not say (never an exception).
 */
import { detectFileType } from './detect.ts'
import { readVint } from './ebml.ts'

const ascii = (bytes: Uint8Array, at: number, length: number) =>
  at < 0 || at + length > bytes.length ? '' : String.fromCharCode(...bytes.subarray(at, at + length))
const le16 = (bytes: Uint8Array, at: number) => (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8)
const le32 = (bytes: Uint8Array, at: number) =>
  ((bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) | ((bytes[at + 2] ?? 0) << 16) | ((bytes[at + 3] ?? 0) << 24)) >>> 0
const be32 = (bytes: Uint8Array, at: number) =>
  (((bytes[at] ?? 0) << 24) | ((bytes[at + 1] ?? 0) << 16) | ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0)) >>> 0
const be64 = (bytes: Uint8Array, at: number) => be32(bytes, at) * 2 ** 32 + be32(bytes, at + 4)

/** WAV: a RIFF list of chunks. */
function wavDuration(bytes: Uint8Array): number | undefined {
  let byteRate = 0
  let sampleRate = 0
  let format = 0
  let factSamples: number | undefined
  let dataSize: number | undefined
  for (let at = 12; at + 8 <= bytes.length; ) {
    const id = ascii(bytes, at, 4)
    // A recorder that was stopped may leave a size unwritten: the rest of the file.
    const size = Math.min(le32(bytes, at + 4), bytes.length - at - 8)
    if (id === 'fmt ' && size >= 16) {
      format = le16(bytes, at + 8)
      sampleRate = le32(bytes, at + 12)
      byteRate = le32(bytes, at + 16)
    } else if (id === 'fact' && size >= 4) factSamples = le32(bytes, at + 8)
    else if (id === 'data') dataSize = size
    at += 8 + size + (size % 2)
  }
  // PCM (1), IEEE float (3) and extensible (0xfffe) have a constant byte rate; others may not.
  const constantRate = format === 1 || format === 3 || format === 0xfffe
  if (!constantRate && factSamples !== undefined && sampleRate > 0) return factSamples / sampleRate
  if (dataSize === undefined || byteRate === 0) return undefined
  return dataSize / byteRate
}

/** Ogg: each logical stream's last granule position, in samples of its codec's clock. */
function oggDuration(bytes: Uint8Array): number | undefined {
  interface Stream {
    rate: number
    preSkip: number
    granule: number
  }
  const streams = new Map<number, Stream | null>()
  // Streams that play one after the other (chained) add up; streams side by side do not.
  const chains: Stream[][] = []
  let open = 0
  for (let at = 0; at + 27 <= bytes.length; ) {
    if (ascii(bytes, at, 4) !== 'OggS') break
    const flags = bytes[at + 5] ?? 0
    const granuleLow = le32(bytes, at + 6)
    const granuleHigh = le32(bytes, at + 10)
    const serial = le32(bytes, at + 14)
    const count = bytes[at + 26] ?? 0
    const bodyAt = at + 27 + count
    let length = 0
    for (let i = 0; i < count; i++) length += bytes[at + 27 + i] ?? 0
    if (bodyAt + length > bytes.length) break
    if (flags & 0x02) {
      // Beginning of a stream: its first packet says what it is.
      const body = bytes.subarray(bodyAt, bodyAt + length)
      let stream: Stream | null = null
      if (ascii(body, 0, 8) === 'OpusHead') stream = { rate: 48000, preSkip: le16(body, 10), granule: 0 }
      else if (body[0] === 0x01 && ascii(body, 1, 6) === 'vorbis') {
        stream = { rate: le32(body, 12), preSkip: 0, granule: 0 }
      }
      if (open === 0 || chains.length === 0) chains.push([])
      if (stream) chains[chains.length - 1]?.push(stream)
      streams.set(serial, stream)
      open++
    }
    const stream = streams.get(serial)
    // -1 means no packet ends on this page.
    if (stream && !(granuleLow === 0xffffffff && granuleHigh === 0xffffffff)) {
      stream.granule = granuleHigh * 2 ** 32 + granuleLow
    }
    if (flags & 0x04 && streams.has(serial)) open = Math.max(0, open - 1)
    at = bodyAt + length
  }
  let total = 0
  let any = false
  for (const chain of chains) {
    const lengths = chain.filter((s) => s.rate > 0).map((s) => Math.max(0, s.granule - s.preSkip) / s.rate)
    if (lengths.length === 0) continue
    total += Math.max(...lengths)
    any = true
  }
  return any ? total : undefined
}

/** M4A: `moov` › `mvhd` (or `moov` › `mvex` › `mehd` for a fragmented recording). */
function mp4Duration(bytes: Uint8Array): number | undefined {
  const boxes = (from: number, to: number) => {
    const found = new Map<string, [number, number]>()
    for (let at = from; at + 8 <= to; ) {
      let size = be32(bytes, at)
      let header = 8
      if (size === 1) {
        size = be64(bytes, at + 8)
        header = 16
      } else if (size === 0) size = to - at
      if (size < header || at + size > to) break
      const type = ascii(bytes, at + 4, 4)
      if (!found.has(type)) found.set(type, [at + header, at + size])
      at += size
    }
    return found
  }
  const moov = boxes(0, bytes.length).get('moov')
  if (!moov) return undefined
  const inMoov = boxes(...moov)
  const mvhd = inMoov.get('mvhd')
  if (!mvhd) return undefined
  const [at] = mvhd
  const version = bytes[at] ?? 0
  const timescale = be32(bytes, version === 1 ? at + 20 : at + 12)
  let duration = version === 1 ? be64(bytes, at + 24) : be32(bytes, at + 16)
  // All ones: unknown; zero: a fragmented file, whose whole length is in mvex › mehd.
  if (duration === 0xffffffff || (version === 1 && be32(bytes, at + 24) === 0xffffffff)) duration = 0
  if (duration === 0) {
    const mvex = inMoov.get('mvex')
    const mehd = mvex && boxes(...mvex).get('mehd')
    if (mehd) duration = (bytes[mehd[0]] ?? 0) === 1 ? be64(bytes, mehd[0] + 4) : be32(bytes, mehd[0] + 4)
  }
  if (timescale === 0 || duration === 0) return undefined
  return duration / timescale
}

// kbit/s by [MPEG-1 ? 0 : 1][layer I, II, III][bitrate index].
const BITRATES = [
  [
    [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
    [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
    [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  ],
  [
    [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
    [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
    [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
  ],
]
// Hz by version bits (0 MPEG-2.5, 2 MPEG-2, 3 MPEG-1) and rate index.
const SAMPLE_RATES: Record<number, number[]> = {
  0: [11025, 12000, 8000],
  2: [22050, 24000, 16000],
  3: [44100, 48000, 32000],
}

interface MpegFrame {
  length: number
  samples: number
  rate: number
  mpeg1: boolean
  mono: boolean
}

/** An MPEG audio frame header at `at`, or null (free-format frames included: their length is not written). */
function mpegFrame(bytes: Uint8Array, at: number): MpegFrame | null {
  if (at + 4 > bytes.length) return null
  const [b1, b2, b3] = [bytes[at + 1] ?? 0, bytes[at + 2] ?? 0, bytes[at + 3] ?? 0]
  if (bytes[at] !== 0xff || (b1 & 0xe0) !== 0xe0) return null
  const version = (b1 >> 3) & 3
  const layerBits = (b1 >> 1) & 3
  const bitrateIndex = b2 >> 4
  const rateIndex = (b2 >> 2) & 3
  if (version === 1 || layerBits === 0 || bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3) return null
  const layer = 4 - layerBits // 1, 2 or 3
  const mpeg1 = version === 3
  const bitrate = (BITRATES[mpeg1 ? 0 : 1]?.[layer - 1]?.[bitrateIndex] ?? 0) * 1000
  const rate = SAMPLE_RATES[version]?.[rateIndex] ?? 0
  const padding = (b2 >> 1) & 1
  const samples = layer === 1 ? 384 : layer === 2 || mpeg1 ? 1152 : 576
  const length =
    layer === 1
      ? (Math.floor((12 * bitrate) / rate) + padding) * 4
      : Math.floor(((samples / 8) * bitrate) / rate) + padding
  return { length, samples, rate, mpeg1, mono: b3 >> 6 === 3 }
}

/** MP3: the encoder's frame count when it wrote one, else the frames counted one by one. */
function mp3Duration(bytes: Uint8Array): number | undefined {
  let start = 0
  while (ascii(bytes, start, 3) === 'ID3' && start + 10 <= bytes.length) {
    const size =
      (((bytes[start + 6] ?? 0) & 0x7f) << 21) |
      (((bytes[start + 7] ?? 0) & 0x7f) << 14) |
      (((bytes[start + 8] ?? 0) & 0x7f) << 7) |
      ((bytes[start + 9] ?? 0) & 0x7f)
    start += 10 + size + (((bytes[start + 5] ?? 0) & 0x10) !== 0 ? 10 : 0)
  }
  // The first frame: a header whose successor (or the end of the file) is where its length says.
  let first: MpegFrame | null = null
  const limit = Math.min(bytes.length, start + 64 * 1024)
  for (; start < limit; start++) {
    const frame = mpegFrame(bytes, start)
    if (!frame) continue
    const next = start + frame.length
    if (next >= bytes.length || mpegFrame(bytes, next)) {
      first = frame
      break
    }
  }
  if (!first) return undefined
  // Xing/Info (LAME and others) sits after the side information; VBRI (Fraunhofer) 32 bytes in.
  const side = first.mpeg1 ? (first.mono ? 17 : 32) : first.mono ? 9 : 17
  const xing = start + 4 + side
  const tag = ascii(bytes, xing, 4)
  if ((tag === 'Xing' || tag === 'Info') && be32(bytes, xing + 4) & 0x01) {
    const frames = be32(bytes, xing + 8)
    if (frames > 0) return (frames * first.samples) / first.rate
  }
  if (ascii(bytes, start + 36, 4) === 'VBRI') {
    const frames = be32(bytes, start + 36 + 14)
    if (frames > 0) return (frames * first.samples) / first.rate
  }
  let seconds = 0
  for (let at = start; ; ) {
    const frame = mpegFrame(bytes, at)
    // Tags at the end (ID3v1, APE, Lyrics) or a cut-off last frame end the count.
    if (!frame || at + frame.length > bytes.length) break
    seconds += frame.samples / frame.rate
    at += frame.length
  }
  return seconds
}

/** WebM: Segment › Info › Duration (a float, in TimecodeScale nanoseconds, 1 ms by default). */
function webmDuration(bytes: Uint8Array): number | undefined {
  const SEGMENT = 0x18538067
  const INFO = 0x1549a966
  const TIMECODE_SCALE = 0x2ad7b1
  const DURATION = 0x4489
  let scale = 1_000_000
  let duration: number | undefined
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const walk = (from: number, to: number): boolean => {
    for (let at = from; at < to; ) {
      const id = readVint(bytes, at, true)
      const size = id && readVint(bytes, at + id.length, false)
      if (!id || !size) return false
      const dataAt = at + id.length + size.length
      const end = size.unknown ? to : Math.min(to, dataAt + size.value)
      if (id.value === SEGMENT) return walk(dataAt, end)
      if (id.value === INFO) {
        walk(dataAt, end)
        return true
      }
      if (id.value === TIMECODE_SCALE && size.value >= 1 && size.value <= 8 && end <= bytes.length) {
        scale = 0
        for (let i = dataAt; i < end; i++) scale = scale * 256 + (bytes[i] ?? 0)
      }
      if (id.value === DURATION && end <= bytes.length) {
        if (size.value === 4) duration = view.getFloat32(dataAt)
        else if (size.value === 8) duration = view.getFloat64(dataAt)
      }
      // Info comes before the clusters; an unknown-size element other than the segment ends the search.
      if (size.unknown) return false
      at = end
    }
    return false
  }
  walk(0, bytes.length)
  return duration === undefined ? undefined : (duration * scale) / 1e9
}

/** The audio file's playing time in seconds (to 0.1 s), or undefined when the file does not tell. */
export function audioDuration(bytes: Uint8Array): number | undefined {
  let seconds: number | undefined
  try {
    switch (detectFileType(bytes)) {
      case 'wav':
        seconds = wavDuration(bytes)
        break
      case 'ogg':
        seconds = oggDuration(bytes)
        break
      case 'm4a':
        seconds = mp4Duration(bytes)
        break
      case 'mp3':
        seconds = mp3Duration(bytes)
        break
      case 'webm':
        seconds = webmDuration(bytes)
        break
    }
  } catch {
    return undefined
  }
  if (seconds === undefined || !Number.isFinite(seconds) || seconds <= 0) return undefined
  return Math.round(seconds * 10) / 10
}
