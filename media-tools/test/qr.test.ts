import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { contrastRatio, QR_MAX_LENGTH, qrMatrix, qrPng, qrSvg } from '../src/qr.ts'
import {
  decodePng,
  decodeRaster,
  decodeSvg,
  pixel,
  readErrorCorrection,
  symbolGeometry,
  toRaster,
} from './fixtures/qr.ts'
import { asyncRefusal, refusal } from './fixtures/refusals.ts'

const GS1_URL =
  'https://truyxuat.disan.example.gov.vn/01/04006381333931/10/L2026-01%2FA?linkType=gs1:traceability&lang=vi'
// "Đền Phù Đổng", percent-encoded as the URL parser writes it.
const VIETNAMESE_URL = 'https://disan.example.vn/vi/di-tich/%C4%90%E1%BB%81n-Ph%C3%B9-%C4%90%E1%BB%95ng?ngu-canh=qr'

describe('decoding with a real decoder', () => {
  it.each([
    ['PNG', 'a long GS1 Digital Link', GS1_URL],
    ['PNG', 'a percent-encoded Vietnamese URL', VIETNAMESE_URL],
    ['SVG', 'a long GS1 Digital Link', GS1_URL],
    ['SVG', 'a percent-encoded Vietnamese URL', VIETNAMESE_URL],
  ])('%s of %s decodes to the exact URL', async (format, _, url) => {
    const decoded = format === 'PNG' ? await decodePng(await qrPng(url)) : await decodeSvg(await qrSvg(url))
    expect(decoded?.data).toBe(url)
  })
})

describe('qrSvg', () => {
  it('is crisp, measured in modules, titled with the URL and self-contained', async () => {
    const url = 'https://disan.example.vn/tim?q=chua&loai=di-tich'
    const svg = await qrSvg(url)
    const { size, margin } = qrMatrix(url)
    const side = size + 2 * margin
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)
    expect(svg).toContain('shape-rendering="crispEdges"')
    expect(svg).toContain(`viewBox="0 0 ${side} ${side}"`)
    expect(svg).toContain('<title>https://disan.example.vn/tim?q=chua&#38;loai=di-tich</title>')
    expect(svg).not.toMatch(/<script|href=|url\(|<image|<foreignObject|\son\w+=/i)
  })
})

describe('qrPng', () => {
  it('is a square PNG of the requested size, 1024 px by default', async () => {
    expect(await sharp(await qrPng(GS1_URL)).metadata()).toMatchObject({ format: 'png', width: 1024, height: 1024 })
    expect(await sharp(await qrPng(GS1_URL, { size: 300 })).metadata()).toMatchObject({ width: 300, height: 300 })
  })

  it('refuses a size too small for whole-pixel modules, or not a pixel count', async () => {
    const small = await asyncRefusal(() => qrPng(GS1_URL, { size: 60 }))
    expect(small.code).toBe('invalid-argument')
    expect(small.message).toMatch(/size.*at least \d+ pixels/)
    for (const size of [0, 100.5, 100_000, Number.NaN]) {
      expect((await asyncRefusal(() => qrPng(GS1_URL, { size }))).code).toBe('invalid-argument')
    }
  })
})

describe('errorCorrection', () => {
  it.each(['L', 'M', 'Q', 'H'] as const)('level %s is written into the symbol', async (level) => {
    const raster = await toRaster(sharp(await qrPng(GS1_URL, { errorCorrection: level })))
    expect(readErrorCorrection(raster)).toBe(level)
    expect(decodeRaster(raster)?.data).toBe(GS1_URL)
  })

  it("defaults to 'Q'", async () => {
    expect(readErrorCorrection(await toRaster(sharp(await qrPng(GS1_URL))))).toBe('Q')
    expect(qrMatrix(GS1_URL).errorCorrection).toBe('Q')
  })

  it('H needs a denser symbol than L for the same URL, and the decoder sees that version', async () => {
    const low = qrMatrix(GS1_URL, { errorCorrection: 'L' })
    const high = qrMatrix(GS1_URL, { errorCorrection: 'H' })
    expect(high.version).toBeGreaterThan(low.version)
    expect(high.size).toBe(17 + 4 * high.version)
    expect((await decodeSvg(await qrSvg(GS1_URL, { errorCorrection: 'H' })))?.version).toBe(high.version)
    expect((await decodeSvg(await qrSvg(GS1_URL, { errorCorrection: 'L' })))?.version).toBe(low.version)
  })

  it('refuses an unknown level', () => {
    const error = refusal(() => qrMatrix(GS1_URL, { errorCorrection: 'X' as 'L' }))
    expect(error.code).toBe('invalid-argument')
    expect(error.message).toMatch(/errorCorrection.*'L', 'M', 'Q' or 'H'.*"X"/)
  })
})

describe('margin', () => {
  it.each([4, 6, 10])(
    'leaves a quiet zone of exactly %i modules when the size allows whole modules',
    async (margin) => {
      const { size } = qrMatrix(VIETNAMESE_URL, { margin })
      const pixelsPerModule = 10
      const png = await qrPng(VIETNAMESE_URL, { margin, size: (size + 2 * margin) * pixelsPerModule })
      const geometry = symbolGeometry(await toRaster(sharp(png)))
      expect(geometry.module).toBe(pixelsPerModule)
      expect(geometry.size).toBe(size)
      expect(geometry.offset / geometry.module).toBe(margin)
    },
  )

  it('never leaves less than the margin at other sizes', async () => {
    for (const size of [1024, 777]) {
      const geometry = symbolGeometry(await toRaster(sharp(await qrPng(GS1_URL, { size }))))
      expect(geometry.offset / geometry.module).toBeGreaterThanOrEqual(4)
    }
  })

  it('widens the SVG viewBox', async () => {
    const { size } = qrMatrix(GS1_URL)
    expect(await qrSvg(GS1_URL, { margin: 6 })).toContain(`viewBox="0 0 ${size + 12} ${size + 12}"`)
  })

  it('refuses less than 4 modules and says why', () => {
    const error = refusal(() => qrMatrix(GS1_URL, { margin: 3 }))
    expect(error.code).toBe('invalid-argument')
    expect(error.message).toMatch(/at least 4 modules.*received 3.*quiet zone/)
    expect(error.messageVi).toMatch(/ít nhất 4 ô.*máy quét/)
  })

  it('refuses a fractional or absurd margin', () => {
    for (const margin of [4.5, 100, Number.NaN]) {
      expect(refusal(() => qrMatrix(GS1_URL, { margin })).code).toBe('invalid-argument')
    }
  })
})

describe('dark and light', () => {
  it('paints the modules and the quiet zone in the given colours, and still decodes', async () => {
    const dark = '#1a3d6e'
    const light = '#fff8e1'
    const raster = await toRaster(sharp(await qrPng(VIETNAMESE_URL, { dark, light })))
    const { offset, module } = symbolGeometry(raster)
    expect(pixel(raster, 1, 1)).toEqual([0xff, 0xf8, 0xe1])
    // The centre of the top-left finder pattern is always dark.
    const centre = Math.floor(offset + 3.5 * module)
    expect(pixel(raster, centre, centre)).toEqual([0x1a, 0x3d, 0x6e])
    expect(decodeRaster(raster)?.data).toBe(VIETNAMESE_URL)

    const svg = await qrSvg(VIETNAMESE_URL, { dark: '#1A3D6E', light: '#FF8' })
    expect(svg).toContain('fill="#1a3d6e"')
    expect(svg).toContain('fill="#ffff88"')
    expect((await decodeSvg(svg))?.data).toBe(VIETNAMESE_URL)
  })

  it('computes the WCAG contrast ratio', () => {
    const black = { r: 0, g: 0, b: 0, hex: '#000000' }
    const white = { r: 255, g: 255, b: 255, hex: '#ffffff' }
    const grey = { r: 0x77, g: 0x77, b: 0x77, hex: '#777777' }
    expect(contrastRatio(black, white)).toBeCloseTo(21, 5)
    expect(contrastRatio(white, black)).toBeCloseTo(21, 5)
    expect(contrastRatio(grey, white)).toBeCloseTo(4.48, 2)
  })

  it('accepts a contrast of 4:1 and refuses less', () => {
    expect(() => qrMatrix(GS1_URL, { dark: '#777777' })).not.toThrow()
    const error = refusal(() => qrMatrix(GS1_URL, { dark: '#888888' }))
    expect(error.code).toBe('invalid-argument')
    expect(error.message).toMatch(/contrast ratio of at least 4:1 but it is 3\.5\d:1/)
    expect(error.messageVi).toMatch(/Độ tương phản/)
  })

  it('refuses light modules on a dark background', () => {
    const error = refusal(() => qrMatrix(GS1_URL, { dark: '#ffffff', light: '#000000' }))
    expect(error.message).toMatch(/darker than light/)
    expect(error.messageVi).toMatch(/phải tối hơn màu nền/)
  })

  it('refuses colours that are not opaque hex', () => {
    for (const dark of ['black', '#12345', '#00000080', 'rgb(0,0,0)']) {
      const error = refusal(() => qrMatrix(GS1_URL, { dark }))
      expect(error.code).toBe('invalid-argument')
      expect(error.message).toContain('dark')
    }
    expect(refusal(() => qrMatrix(GS1_URL, { light: 'white' })).message).toContain('light')
  })
})

describe('content', () => {
  it.each([
    ['empty', ''],
    ['not a URL', 'Đền Phù Đổng'],
    ['without a scheme', 'disan.example.vn/t/AB12'],
    ['relative', '/t/AB12'],
    ['another scheme', 'ftp://disan.example.vn/t/AB12'],
    ['a script', 'javascript:alert(1)'],
    ['without a host', 'https://'],
  ])('refuses content that is %s, in Vietnamese and English', (_, content) => {
    const error = refusal(() => qrMatrix(content))
    expect(error.code).toBe('qr-content')
    expect(error.message.length).toBeGreaterThan(10)
    expect(error.messageVi).toMatch(/mã QR|địa chỉ/i)
  })

  it('refuses raw Vietnamese letters and offers the percent-encoded form', () => {
    const error = refusal(() => qrMatrix('https://disan.example.vn/vi/Đền'))
    expect(error.code).toBe('qr-content')
    expect(error.message).toContain('https://disan.example.vn/vi/%C4%90%E1%BB%81n')
    expect(error.messageVi).toContain('https://disan.example.vn/vi/%C4%90%E1%BB%81n')
  })

  it('refuses credentials in the URL', () => {
    expect(refusal(() => qrMatrix('https://user:secret@disan.example.vn/')).code).toBe('qr-content')
  })

  it('refuses content that is not a string', () => {
    expect(refusal(() => qrMatrix(42 as unknown as string)).code).toBe('invalid-argument')
  })

  it.each(['L', 'M', 'Q', 'H'] as const)('holds exactly the stated limit at level %s and refuses one more', (level) => {
    const limit = QR_MAX_LENGTH[level]
    const base = 'https://disan.example.vn/'
    const longest = base + 'a'.repeat(limit - base.length)
    expect(qrMatrix(longest, { errorCorrection: level }).version).toBe(40)
    const error = refusal(() => qrMatrix(`${longest}b`, { errorCorrection: level }))
    expect(error.code).toBe('qr-content')
    expect(error.message).toContain(`${limit + 1} characters`)
    expect(error.message).toContain(`at most ${limit}`)
    expect(error.messageVi).toContain(`tối đa ${limit}`)
  })
})
