import { describe, expect, it } from 'vitest'
import { findReign, gregorianYear, REIGNS } from '../src/reigns.ts'

describe('reign names to Gregorian years', () => {
  it('gives the year a historian gives for a year of a reign', () => {
    expect(gregorianYear('Cảnh Hưng', 44)).toBe(1783)
    expect(gregorianYear('Tự Đức', 1)).toBe(1848)
    expect(gregorianYear('Khải Định', 9)).toBe(1924)
    expect(gregorianYear('Gia Long', 18)).toBe(1819)
  })

  it('finds a reign however it is typed: without diacritics, another spelling, in Hán characters', () => {
    expect(findReign('canh hung')?.start).toBe(1740)
    expect(findReign('Minh Mệnh')?.name).toBe('Minh Mạng')
    expect(findReign('Chính Hoà')?.name).toBe('Chính Hòa')
    expect(findReign('景興')?.name).toBe('Cảnh Hưng')
  })

  it('gives nothing for an unknown reign or a year the reign did not have', () => {
    expect(gregorianYear('Thái Bình', 3)).toBeUndefined()
    expect(gregorianYear('Hàm Nghi', 2)).toBeUndefined()
    expect(gregorianYear('Cảnh Hưng', 0)).toBeUndefined()
    expect(gregorianYear('Cảnh Hưng', 1.5)).toBeUndefined()
  })

  it('lists each reign once, in time order, with a name that folds to itself alone', () => {
    const starts = REIGNS.map((r) => r.start)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
    for (const reign of REIGNS) expect(findReign(reign.name)).toBe(reign)
    expect(new Set(REIGNS.map((r) => r.han)).size).toBe(REIGNS.length)
  })
})
