import { describe, expect, it } from 'vitest'
import { Gs1Error, gs1DigitalLink, gtinCheckDigit, isValidGtin, normalizeGtin } from '../src/gs1.ts'

describe('gtinCheckDigit', () => {
  it('computes the GS1 mod-10 check digit', () => {
    // 4006381333931 is the GS1 example GTIN-13; 96385074 a GTIN-8; 036000291452 a UPC-A.
    expect(gtinCheckDigit('400638133393')).toBe(1)
    expect(gtinCheckDigit('9638507')).toBe(4)
    expect(gtinCheckDigit('03600029145')).toBe(2)
  })
})

describe('normalizeGtin', () => {
  it('pads GTIN-8/12/13 to 14 digits', () => {
    expect(normalizeGtin('96385074')).toBe('00000096385074')
    expect(normalizeGtin('036000291452')).toBe('00036000291452')
    expect(normalizeGtin('4006381333931')).toBe('04006381333931')
    expect(normalizeGtin('04006381333931')).toBe('04006381333931')
  })

  it('ignores spaces and hyphens', () => {
    expect(normalizeGtin('400-6381 333931')).toBe('04006381333931')
  })

  it.each([
    ['4006381333932', 'gtin-check-digit', /phải là 1/],
    ['40063813339', 'gtin-length', /11 chữ số/],
    ['40063813339A1', 'gtin-format', /chỉ được gồm chữ số/],
  ])('refuses %s with a Vietnamese explanation', (input, code, vi) => {
    try {
      normalizeGtin(input)
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(Gs1Error)
      expect((error as Gs1Error).code).toBe(code)
      expect((error as Gs1Error).messageVi).toMatch(vi)
    }
  })

  it('isValidGtin mirrors normalizeGtin', () => {
    expect(isValidGtin('4006381333931')).toBe(true)
    expect(isValidGtin('4006381333930')).toBe(false)
  })
})

describe('gs1DigitalLink', () => {
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
    expect(() => gs1DigitalLink({ baseUrl: 'https://x.vn', gtin: '4006381333932' })).toThrow(/check digit/)
    expect(() => gs1DigitalLink({ baseUrl: 'https://x.vn', gtin: '4006381333931', batch: 'lô 1' })).toThrow(
      /1–20 characters/,
    )
    expect(() => gs1DigitalLink({ baseUrl: 'not a url', gtin: '4006381333931' })).toThrow(/absolute URL/)
  })
})
