import { describe, expect, it } from 'vitest'
import { isRecord, recordOr } from '../src/shared/guards'
import { valueAt } from '../src/shared/paths'

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

describe('valueAt', () => {
  it('follows keys through plain objects', () => {
    const doc = { title: { vi: 'Đình', en: 'Temple' }, location: { lat: 21 }, crafts: [{ name: 'Gốm' }] }
    expect(valueAt(doc, ['title', 'vi'])).toBe('Đình')
    expect(valueAt(doc, ['location', 'lat'])).toBe(21)
    expect(valueAt(doc, ['crafts'])).toEqual([{ name: 'Gốm' }])
    expect(valueAt(doc, [])).toBe(doc)
  })
  it('gives undefined where a key or an object is missing', () => {
    expect(valueAt({ a: null }, ['a', 'b'])).toBeUndefined()
    expect(valueAt({ a: 'text' }, ['a', 'length'])).toBeUndefined()
    expect(valueAt(undefined, ['a'])).toBeUndefined()
  })
})
