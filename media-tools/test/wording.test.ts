import { describe, expect, it } from 'vitest'
import { formatNumber, quotedName } from '../src/wording.ts'

describe('wording of refusals', () => {
  it('names a file in quotes after a noun, or not at all', () => {
    expect(`The file${quotedName('anh.jpg')} is damaged`).toBe('The file "anh.jpg" is damaged')
    expect(`The file${quotedName(undefined)} is damaged`).toBe('The file is damaged')
  })

  it('writes numbers the Vietnamese and the English way', () => {
    expect(formatNumber(1234567.891, 'vi')).toBe('1.234.567,891')
    expect(formatNumber(1234567.891, 'en')).toBe('1,234,567.891')
    expect(formatNumber(133.456, 'vi', 1)).toBe('133,5')
    expect(formatNumber(133.456, 'en', 1)).toBe('133.5')
    expect(formatNumber(5_000_000, 'en', 1)).toBe('5,000,000')
  })
})
