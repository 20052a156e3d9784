import { describe, expect, it } from 'vitest'
import {
  batchProblem,
  checkDigitalLink,
  checkGtin,
  type DigitalLinkInput,
  GS1_CHARSET_82,
  type Gs1Checked,
  gs1Path,
  gs1PathSegment,
  gtinCheckDigit,
  gtinProblem,
  isValidBatch,
  isValidGtin,
} from '../src/gs1.ts'

/** The checked value; a refusal fails the test with its English message. */
const checkedValue = <T>(checked: Gs1Checked<T>): T => {
  if (!checked.ok) throw new Error(checked.problem.message.en)
  return checked.value
}
const normalizeGtin = (input: string) => checkedValue(checkGtin(input))
const gs1DigitalLink = (input: DigitalLinkInput) => checkedValue(checkDigitalLink(input))
const linkProblem = (input: DigitalLinkInput) => {
  const checked = checkDigitalLink(input)
  return checked.ok ? null : checked.problem
}

describe('gtinCheckDigit', () => {
  it('computes the GS1 mod-10 check digit', () => {
    // 4006381333931 is the GS1 example GTIN-13; 96385074 a GTIN-8; 036000291452 a UPC-A.
    expect(gtinCheckDigit('400638133393')).toBe(1)
    expect(gtinCheckDigit('9638507')).toBe(4)
    expect(gtinCheckDigit('03600029145')).toBe(2)
  })
})

describe('checkGtin', () => {
  it.each([
    ['96385074', '00000096385074'],
    ['036000291452', '00036000291452'],
    ['4006381333931', '04006381333931'],
    ['04006381333931', '04006381333931'],
  ])('pads GTIN-8/12/13 to 14 digits: %s is %s', (input, gtin14) => {
    expect(normalizeGtin(input)).toBe(gtin14)
  })

  it('ignores spaces and hyphens', () => {
    expect(normalizeGtin('400-6381 333931')).toBe('04006381333931')
  })

  it.each([
    ['4006381333932', 'gtin-check-digit', /phải là 1/],
    ['40063813339', 'gtin-length', /11 chữ số/],
    ['40063813339A1', 'gtin-format', /chỉ được gồm chữ số/],
  ])('refuses %s with a Vietnamese explanation', (input, code, vi) => {
    const problem = gtinProblem(input)
    expect(problem?.code).toBe(code)
    expect(problem?.message.vi).toMatch(vi)
    expect(checkGtin(input)).toEqual({ ok: false, problem })
  })

  it('isValidGtin and gtinProblem mirror checkGtin', () => {
    expect(isValidGtin('4006381333931')).toBe(true)
    expect(gtinProblem('4006381333931')).toBeNull()
    expect(isValidGtin('4006381333930')).toBe(false)
  })
})

describe('checkDigitalLink', () => {
  it('builds the canonical URI with a batch', () => {
    expect(gs1DigitalLink({ baseUrl: 'https://disan.example.vn/', gtin: '4006381333931', batch: 'LOT-2026/01' })).toBe(
      'https://disan.example.vn/01/04006381333931/10/LOT-2026%2F01',
    )
  })

  it('keeps a base path', () => {
    expect(gs1DigitalLink({ baseUrl: 'https://example.vn/hanoi', gtin: '96385074' })).toBe(
      'https://example.vn/hanoi/01/00000096385074',
    )
  })

  it('refuses a wrong check digit and a batch with spaces', () => {
    expect(linkProblem({ baseUrl: 'https://x.vn', gtin: '4006381333932' })?.message.en).toMatch(/check digit/)
    expect(linkProblem({ baseUrl: 'https://x.vn', gtin: '4006381333931', batch: 'lô 1' })?.message.en).toMatch(
      /1–20 characters/,
    )
    expect(linkProblem({ baseUrl: 'not a url', gtin: '4006381333931' })).toMatchObject({
      code: 'base-url',
      message: { en: expect.stringMatching(/absolute URL/) },
    })
  })
})

describe('lots in GS1 Digital Link paths', () => {
  it('the set holds the 82 characters GS1 allows', () => {
    expect(new Set(GS1_CHARSET_82).size).toBe(82)
  })

  it.each([...GS1_CHARSET_82])('encodes %s once, and one decoding (what a web server does) gives it back', (c) => {
    const lot = c === '/' || c === '.' ? `A${c}B` : `A${c}`
    expect(isValidBatch(lot)).toBe(true)
    const segment = gs1PathSegment(lot)
    // Only RFC 3986 unreserved characters and %XX: no server, proxy or browser rewrites it.
    expect(segment).toMatch(/^(?:[A-Za-z0-9._~-]|%[0-9A-F]{2})+$/)
    expect(decodeURIComponent(segment)).toBe(lot)
    const unreserved = /[A-Za-z0-9._-]/.test(c)
    expect(segment).toBe(
      unreserved
        ? lot
        : `A%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}${c === '/' || c === '.' ? 'B' : ''}`,
    )
    const link = gs1DigitalLink({ baseUrl: 'https://disan.example.vn', gtin: '4006381333931', batch: lot })
    expect(new URL(link).pathname).toBe(gs1Path('04006381333931', lot))
  })

  it('a lot written with a percent sign stays that lot: %2F is not a slash', () => {
    expect(gs1PathSegment('A%2FB')).toBe('A%252FB')
    expect(decodeURIComponent(gs1PathSegment('A%2FB'))).toBe('A%2FB')
    expect(gs1PathSegment('A/B')).toBe('A%2FB')
  })

  it.each(['/A', 'A/', 'A//B', '.', '..', '../A', 'A/..', 'A/./B', '.hidden', 'A/.B'])(
    'refuses %s, which no web server can serve as a folder, in Vietnamese',
    (lot) => {
      const problem = batchProblem(lot)
      expect(problem?.code).toBe('batch-path')
      expect(problem?.message.vi).toMatch(/không dùng được trong đường dẫn/)
      expect(linkProblem({ baseUrl: 'https://x.vn', gtin: '4006381333931', batch: lot })).toEqual(problem)
    },
  )

  it('allows dots and slashes inside a lot', () => {
    for (const lot of ['1.5', 'A/B/C', 'L2026-01.a', 'SECP%', 'A"<>B', 'X?Y&Z+1']) expect(isValidBatch(lot)).toBe(true)
  })
})
