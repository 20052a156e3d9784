import { describe, expect, it } from 'vitest'
import { isRecord, recordOr } from '../src/shared/guards'

describe('isRecord', () => {
  it('accepts plain objects only', () => {
    expect(isRecord({})).toBe(true)
    expect(isRecord({ a: 1 })).toBe(true)
    expect(isRecord(Object.create(null))).toBe(true)
    for (const value of [null, undefined, [], [1], 'x', 1, true]) expect(isRecord(value)).toBe(false)
  })
  it('recordOr gives an empty object for anything else', () => {
    const value = { a: 1 }
    expect(recordOr(value)).toBe(value)
    expect(recordOr([1])).toEqual({})
    expect(recordOr(null)).toEqual({})
    expect(recordOr('x')).toEqual({})
  })
})
