import { describe, expect, it } from 'vitest'
import {
  ACCEPTED_TYPES,
  acceptedMimeTypes,
  assertUpload,
  type DetectedType,
  detectFileType,
  FILE_TYPES,
  type UploadKind,
} from '../src/detect.ts'
import type { MediaError } from '../src/errors.ts'
import { pngRenamedGlb, unknownSamples, uploadSamples } from './fixtures/images.ts'
import { refusal as mediaRefusal, VIETNAMESE_LETTERS } from './fixtures/refusals.ts'

const samples = await uploadSamples()
type Sample = keyof typeof samples

const EXPECTED: Record<Sample, DetectedType> = {
  jpeg: 'jpeg',
  png: 'png',
  webp: 'webp',
  avif: 'avif',
  gif: 'gif',
  tiff: 'tiff',
  heic: 'heic',
  heicMif1: 'heic',
  svg: 'svg',
  svgPlain: 'svg',
  glb: 'glb',
  gltf: 'gltf',
  mp3: 'mp3',
  mp3NoTag: 'mp3',
  ogg: 'ogg',
  wav: 'wav',
  m4a: 'm4a',
  m4aGeneric: 'm4a',
  mp4: 'mp4',
  webm: 'webm',
  pdf: 'pdf',
}

/** Runs `act` and returns the MediaError it throws, checking that it speaks Vietnamese and English. */
function refusal(act: () => unknown): MediaError {
  const error = mediaRefusal(act)
  expect(error.messageVi).toMatch(VIETNAMESE_LETTERS)
  expect(error.message).not.toMatch(VIETNAMESE_LETTERS)
  return error
}

describe('detectFileType', () => {
  it.each(Object.entries(EXPECTED) as [Sample, DetectedType][])('recognises %s by its content', (sample, type) => {
    expect(detectFileType(samples[sample])).toBe(type)
  })

  it.each(Object.entries(unknownSamples()))('returns null for %s', (_, bytes) => {
    expect(detectFileType(bytes)).toBeNull()
  })

  it('reads a plain Uint8Array as well as a Buffer, at any offset', () => {
    const padded = new Uint8Array(samples.m4aGeneric.length + 7)
    padded.set(samples.m4aGeneric, 7)
    expect(detectFileType(padded.subarray(7))).toBe('m4a')
    expect(detectFileType(new Uint8Array(samples.png))).toBe('png')
  })

  it('refuses a non-byte argument, naming it', () => {
    const error = refusal(() => detectFileType('photo.jpg' as unknown as Uint8Array))
    expect(error.code).toBe('invalid-argument')
    expect(error.message).toMatch(/bytes/)
  })
})

describe('assertUpload', () => {
  it.each([
    ['image', 'jpeg'],
    ['image', 'png'],
    ['image', 'webp'],
    ['image', 'avif'],
    ['image', 'gif'],
    ['image', 'tiff'],
    ['image', 'heic'],
    ['image', 'heicMif1'],
    ['panorama', 'jpeg'],
    ['model', 'glb'],
    ['model', 'gltf'],
    ['audio', 'mp3'],
    ['audio', 'ogg'],
    ['audio', 'wav'],
    ['audio', 'm4a'],
    ['audio', 'webm'],
  ] as [UploadKind, Sample][])('accepts %s uploads of %s and returns the type', (kind, sample) => {
    expect(ACCEPTED_TYPES[kind]).toContain(EXPECTED[sample])
    expect(assertUpload(samples[sample], { kind })).toBe(EXPECTED[sample])
    const filename = `upload.${FILE_TYPES[EXPECTED[sample]].extensions[0]}`
    expect(assertUpload(samples[sample], { kind, filename })).toBe(EXPECTED[sample])
  })

  describe('limits', () => {
    it('refuses a file over maxFileBytes, in MB', () => {
      const bytes = new Uint8Array(3 * 1024 * 1024)
      bytes.set(samples.jpeg)
      const error = refusal(() =>
        assertUpload(bytes, { kind: 'image', filename: 'anh.jpg', limits: { maxFileBytes: 2 * 1024 * 1024 } }),
      )
      expect(error.code).toBe('file-too-large')
      expect(error.messageVi).toContain('"anh.jpg" nặng 3 MB, vượt giới hạn 2 MB')
      expect(error.message).toContain('3 MB, over the 2 MB limit')
      expect(error.details).toEqual({ size: bytes.length, limit: 2 * 1024 * 1024 })
    })

    it('uses maxModelBytes for models, not maxFileBytes', () => {
      const limits = { maxFileBytes: 10, maxModelBytes: 1_000_000 }
      expect(assertUpload(samples.glb, { kind: 'model', limits })).toBe('glb')
      const error = refusal(() => assertUpload(samples.glb, { kind: 'model', limits: { maxModelBytes: 10 } }))
      expect(error.code).toBe('file-too-large')
    })

    it('checks the size before the content', () => {
      const error = refusal(() => assertUpload(samples.svg, { kind: 'image', limits: { maxFileBytes: 100 } }))
      expect(error.code).toBe('file-too-large')
    })
  })

  describe('SVG', () => {
    it('refuses an SVG with a script and external references, and says to export PNG or JPEG', () => {
      const error = refusal(() => assertUpload(samples.svg, { kind: 'image', filename: 'logo.svg' }))
      expect(error.code).toBe('svg-not-allowed')
      expect(error.messageVi).toContain('PNG hoặc JPEG')
      expect(error.messageVi).toContain('script')
      expect(error.message).toContain('PNG or JPEG')
      expect(error.details).toEqual({ scripts: true, externalReferences: true })
    })

    it('refuses a harmless SVG too: SVG is rejected, never sanitised', () => {
      for (const kind of ['image', 'panorama', 'model'] as const) {
        const error = refusal(() => assertUpload(samples.svgPlain, { kind }))
        expect(error.code).toBe('svg-not-allowed')
        expect(error.details).toEqual({ scripts: false, externalReferences: false })
      }
    })

    it('finds the SVG whatever the file is called', () => {
      expect(refusal(() => assertUpload(samples.svg, { kind: 'image', filename: 'logo.png' })).code).toBe(
        'svg-not-allowed',
      )
    })
  })

  describe('extension against content', () => {
    it('refuses a PNG renamed .glb, naming both', async () => {
      const { filename, bytes } = await pngRenamedGlb()
      for (const kind of ['model', 'image'] as const) {
        const error = refusal(() => assertUpload(bytes, { kind, filename }))
        expect(error.code).toBe('type-mismatch')
        expect(error.messageVi).toContain('có đuôi .glb nhưng nội dung là ảnh PNG')
        expect(error.message).toContain('ends in .glb but its content is a PNG image')
        expect(error.details).toEqual({ extension: 'glb', detected: 'png' })
      }
    })

    it('refuses an MP3 named .jpg and a GLB named .mp3', () => {
      expect(refusal(() => assertUpload(samples.mp3, { kind: 'image', filename: 'IMG_0001.JPG' })).code).toBe(
        'type-mismatch',
      )
      expect(refusal(() => assertUpload(samples.glb, { kind: 'audio', filename: 'thuyet-minh.mp3' })).code).toBe(
        'type-mismatch',
      )
    })

    it('accepts a wrong extension within the same family: the content decides', () => {
      expect(assertUpload(samples.png, { kind: 'image', filename: 'anh.jpg' })).toBe('png')
      expect(assertUpload(samples.gltf, { kind: 'model', filename: 'scan.glb' })).toBe('gltf')
    })

    it('ignores unknown and missing extensions', () => {
      expect(assertUpload(samples.jpeg, { kind: 'image', filename: 'anh.dat' })).toBe('jpeg')
      expect(assertUpload(samples.jpeg, { kind: 'image', filename: 'anh' })).toBe('jpeg')
      expect(assertUpload(samples.jpeg, { kind: 'image', filename: 'thu.muc/anh' })).toBe('jpeg')
    })
  })

  describe('unsupported types', () => {
    it('refuses content it cannot recognise, listing what the slot accepts', () => {
      const error = refusal(() => assertUpload(unknownSamples().text, { kind: 'image', filename: 'ghi-chu.txt' }))
      expect(error.code).toBe('unsupported-type')
      expect(error.messageVi).toContain('Không nhận ra định dạng')
      expect(error.messageVi).toContain('JPEG, PNG, WEBP')
    })

    it('refuses a type the slot does not take', () => {
      const pdf = refusal(() => assertUpload(samples.pdf, { kind: 'image', filename: 'quyet-dinh.pdf' }))
      expect(pdf.code).toBe('unsupported-type')
      expect(pdf.messageVi).toContain('là tài liệu PDF; mục ảnh chỉ nhận')
      expect(refusal(() => assertUpload(samples.gif, { kind: 'panorama' })).code).toBe('unsupported-type')
      expect(refusal(() => assertUpload(samples.mp4, { kind: 'audio' })).code).toBe('unsupported-type')
      expect(refusal(() => assertUpload(samples.jpeg, { kind: 'model' })).code).toBe('unsupported-type')
    })

    it('takes iPhone HEIC photos (named .HEIC or .heif) but not as panoramas, naming what is accepted', () => {
      expect(assertUpload(samples.heic, { kind: 'image', filename: 'IMG_1234.HEIC' })).toBe('heic')
      expect(assertUpload(samples.heicMif1, { kind: 'image', filename: 'IMG_1234.heif' })).toBe('heic')
      const error = refusal(() => assertUpload(samples.heic, { kind: 'panorama', filename: 'IMG_1234.HEIC' }))
      expect(error.code).toBe('unsupported-type')
      expect(error.messageVi).toBe(
        'Tệp "IMG_1234.HEIC" là ảnh HEIC; mục ảnh 360° chỉ nhận JPEG, PNG, WEBP, AVIF, TIFF. Hãy chọn đúng loại tệp cho mục này.',
      )
    })

    it('lists the MIME types of each slot for Payload, HEIF under both names', () => {
      expect(acceptedMimeTypes('image')).toEqual([
        'image/jpeg',
        'image/png',
        'image/webp',
        'image/avif',
        'image/gif',
        'image/tiff',
        'image/heic',
        'image/heif',
      ])
      expect(acceptedMimeTypes('panorama')).not.toContain('image/heic')
    })
  })

  describe('arguments', () => {
    it.each([
      ['bytes', () => assertUpload([1, 2, 3] as unknown as Uint8Array, { kind: 'image' })],
      ['options', () => assertUpload(samples.jpeg, undefined as unknown as { kind: 'image' })],
      ['options.kind', () => assertUpload(samples.jpeg, { kind: 'video' as UploadKind })],
      ['options.filename', () => assertUpload(samples.jpeg, { kind: 'image', filename: 42 as unknown as string })],
      ['options.limits', () => assertUpload(samples.jpeg, { kind: 'image', limits: 5 as never })],
      ['options.limits', () => assertUpload(samples.jpeg, { kind: 'image', limits: { maxBytes: 5 } as never })],
      [
        'options.limits.maxFileBytes',
        () => assertUpload(samples.jpeg, { kind: 'image', limits: { maxFileBytes: -1 } }),
      ],
    ])('names %s when it is wrong', (name, act) => {
      const error = refusal(act)
      expect(error.code).toBe('invalid-argument')
      expect(error.message).toContain(`Expected ${name} to be`)
    })
  })
})
