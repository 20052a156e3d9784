import { describe, expect, it } from 'vitest'
import { MediaError } from '../src/errors.ts'
import { checkedChoice, checkedInteger, checkedOptions, invalidParameterError, is } from '../src/is.ts'
import { checkedLimits, DEFAULT_LIMITS } from '../src/limits.ts'
import { refusal, VIETNAMESE_LETTERS } from './fixtures/refusals.ts'

describe('is', () => {
  it('tells objects, strings and numbers apart', () => {
    expect([{}, [], null, 'a'].map(is.plainObject)).toEqual([true, false, false, false])
    expect([{}, [], null, 'a'].map(is.object)).toEqual([true, true, false, false])
    expect([0, '', null, undefined].map(is.defined)).toEqual([true, true, false, false])
    expect(['a', '', 1].map(is.string)).toEqual([true, false, false])
    expect([1.5, Number.NaN, Number.POSITIVE_INFINITY, '1'].map(is.number)).toEqual([true, false, false, false])
    expect([2, 2.5, '2'].map(is.integer)).toEqual([true, false, false])
    expect([1, 0, -1, 1.5, 2 ** 53].map(is.positiveInteger)).toEqual([true, false, false, false, false])
    expect([is.inRange(1, 1, 2), is.inRange(2, 1, 2), is.inRange(3, 1, 2)]).toEqual([true, true, false])
    expect([is.inArray('b', ['a', 'b']), is.inArray('c', ['a', 'b'])]).toEqual([true, false])
    expect([new Uint8Array(1), Buffer.alloc(1), [1]].map(is.bytes)).toEqual([true, true, false])
  })
})

describe('invalidParameterError', () => {
  it('names the parameter, what was expected and what was given, in English and Vietnamese', () => {
    const error = invalidParameterError('options.size', 'an integer', 'big')
    expect(error).toBeInstanceOf(MediaError)
    expect(error.code).toBe('invalid-argument')
    expect(error.message).toBe('Expected options.size to be an integer but received "big".')
    expect(error.messageVi).toBe('Tham số options.size phải là an integer, nhưng nhận được "big".')
    expect(invalidParameterError('x', 'a string', [1]).message).toBe('Expected x to be a string but received [1].')
  })
})

describe('checked options', () => {
  it('gives {} for no options and refuses unknown keys and non-objects', () => {
    expect(checkedOptions(undefined, ['a'])).toEqual({})
    expect(checkedOptions({ a: 1 }, ['a'])).toEqual({ a: 1 })
    expect(refusal(() => checkedOptions({ b: 1 }, ['a'])).message).toContain('an object with keys a but received "b"')
    expect(refusal(() => checkedOptions([1, 2], ['a'])).message).toContain('received "Array"')
  })

  it('fills in integers and choices, and refuses what is out of range', () => {
    expect(checkedInteger('n', undefined, 1, 9, 5)).toBe(5)
    expect(checkedInteger('n', 9, 1, 9, 5)).toBe(9)
    expect(refusal(() => checkedInteger('n', 10, 1, 9, 5)).message).toContain('an integer from 1 to 9')
    expect(checkedChoice('c', undefined, ['x', 'y'], 'x')).toBe('x')
    expect(checkedChoice('c', 'y', ['x', 'y'], 'x')).toBe('y')
    expect(refusal(() => checkedChoice('c', 'z', ['x', 'y'], 'x')).message).toContain('one of "x", "y"')
  })
})

describe('checkedLimits, the one check of a limits option', () => {
  it('fills in the defaults, also for a limit given as undefined', () => {
    expect(checkedLimits(undefined)).toEqual(DEFAULT_LIMITS)
    expect(checkedLimits({ maxFileBytes: 10, maxModelBytes: undefined })).toEqual({
      ...DEFAULT_LIMITS,
      maxFileBytes: 10,
    })
  })

  it.each([
    ['options.limits', 5],
    ['options.limits', []],
    ['options.limits', { maxBytes: 1 }],
    ['options.limits', { constructor: 1 }],
    ['options.limits.maxFileBytes', { maxFileBytes: 0 }],
    ['options.limits.maxFileBytes', { maxFileBytes: -1 }],
    // sharp takes maxInputPixels only as an integer: a fraction would fail later, as a "damaged file".
    ['options.limits.maxInputPixels', { maxInputPixels: 1000.5 }],
    ['options.limits.maxModelTriangles', { maxModelTriangles: Number.POSITIVE_INFINITY }],
  ])('names %s when it is %j', (name, limits) => {
    const error = refusal(() => checkedLimits(limits))
    expect(error.message).toContain(`Expected ${name} to be`)
    expect(error.messageVi).toMatch(VIETNAMESE_LETTERS)
  })
})
