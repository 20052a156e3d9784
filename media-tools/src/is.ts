/**
 * Argument checks at the public boundary, in one place: small predicates (`is.plainObject`,
 * `is.integer`, `is.inRange`, …) that the public functions combine, and `invalidParameterError`,
 * the one refusal they throw, naming the parameter, what was expected and what was given.
 * Checks say nothing about uploads themselves (their refusals live with the code that reads them).
 */
import { MediaError } from './errors.ts'

export const is = {
  /** Neither undefined nor null. */
  defined: <T>(value: T | undefined | null): value is T => value !== undefined && value !== null,
  /** Any object (arrays included), not null. */
  object: (value: unknown): value is object => typeof value === 'object' && value !== null,
  /** An object that is not an array: an options bag or a record read from JSON. */
  plainObject: (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value),
  /** A string with at least one character. */
  string: (value: unknown): value is string => typeof value === 'string' && value.length > 0,
  /** A finite number. */
  number: (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value),
  integer: (value: unknown): value is number => Number.isInteger(value),
  /** A whole number of bytes, pixels or things, at least 1. */
  positiveInteger: (value: unknown): value is number => Number.isSafeInteger(value) && Number(value) > 0,
  inRange: (value: number, min: number, max: number): boolean => value >= min && value <= max,
  inArray: <T>(value: unknown, list: readonly T[]): value is T => list.some((item) => item === value),
  /** A Uint8Array or a Node Buffer. */
  bytes: (value: unknown): value is Uint8Array => value instanceof Uint8Array,
} as const

/** How a given value is quoted in a refusal: strings in quotes, everything else as JSON. */
const shown = (actual: unknown): string => (typeof actual === 'string' ? `"${actual}"` : JSON.stringify(actual))

/** The refusal of a wrong argument, in English and Vietnamese. */
export function invalidParameterError(name: string, expected: string, actual: unknown): MediaError {
  return new MediaError('invalid-argument', {
    en: `Expected ${name} to be ${expected} but received ${shown(actual)}.`,
    vi: `Tham số ${name} phải là ${expected}, nhưng nhận được ${shown(actual)}.`,
  })
}

/** Refuses anything that is not an object; null and arrays are refused too. */
export function checkedObject(name: string, value: unknown): asserts value is object {
  if (!is.plainObject(value)) throw invalidParameterError(name, 'an object', value)
}

/** What a refusal shows of a value: objects by their class name, so that a large one is not printed whole. */
export const described = (value: unknown): unknown =>
  value === null || typeof value !== 'object' ? value : (value.constructor?.name ?? 'object')

/** An options object with only the `allowed` keys; undefined gives {}. */
export function checkedOptions(value: unknown, allowed: readonly string[], name = 'options'): Record<string, unknown> {
  if (value === undefined) return {}
  if (!is.plainObject(value)) throw invalidParameterError(name, 'an object', described(value))
  const unknownKey = Object.keys(value).find((key) => !allowed.includes(key))
  if (unknownKey !== undefined) {
    throw invalidParameterError(name, `an object with keys ${allowed.join(', ')}`, unknownKey)
  }
  return value
}

/** An optional integer from `min` to `max`, or `fallback` when it is not given. */
export function checkedInteger(name: string, value: unknown, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback
  if (!is.integer(value) || !is.inRange(value, min, max)) {
    throw invalidParameterError(name, `an integer from ${min} to ${max}`, value)
  }
  return value
}

/** An optional choice among `choices`, or `fallback` when it is not given. */
export function checkedChoice<T extends string>(name: string, value: unknown, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback
  if (!is.inArray(value, choices)) {
    throw invalidParameterError(name, `one of ${choices.map((choice) => `"${choice}"`).join(', ')}`, value)
  }
  return value
}
