import { describe, expect, it } from 'vitest'
import { MediaError } from '../src/errors.ts'
import { gs1DigitalLink, normalizeGtin } from '../src/gs1.ts'

// The checks themselves are the contract's (contract/test/gs1.test.ts); media-tools throws their
// problems as MediaErrors, with the same code and messages.
describe('GS1 in media-tools', () => {
  it('gives a GTIN-14 and a Digital Link for valid input', () => {
    expect(normalizeGtin('400-6381 333931')).toBe('04006381333931')
    expect(gs1DigitalLink({ baseUrl: 'https://disan.example.vn/', gtin: '4006381333931', batch: 'LOT-2026/01' })).toBe(
      'https://disan.example.vn/01/04006381333931/10/LOT-2026%2F01',
    )
  })

  it.each([
    [() => normalizeGtin('4006381333932'), 'gtin-check-digit', /check digit 2 but should end in 1/, /phải là 1/],
    [
      () => gs1DigitalLink({ baseUrl: 'https://x.vn', gtin: '4006381333931', batch: '../A' }),
      'batch-path',
      /cannot be part of a web address/,
      /không dùng được trong đường dẫn/,
    ],
    [() => gs1DigitalLink({ baseUrl: 'not a url', gtin: '4006381333931' }), 'base-url', /absolute URL/, /URL đầy đủ/],
  ])('throws a MediaError for a GS1 problem (%#)', (run, code, en, vi) => {
    const error = (() => {
      try {
        run()
      } catch (thrown) {
        return thrown
      }
    })()
    expect(error).toBeInstanceOf(MediaError)
    expect(error).toMatchObject({ code, message: expect.stringMatching(en), messageVi: expect.stringMatching(vi) })
  })
})
