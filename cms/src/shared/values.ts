import { isRecord } from './guards'

/**
 * Narrowing values whose type the code cannot know: form state in the admin (`useFormFields` gives
 * `unknown`), JSON fields, answers of the REST API. Client-safe (no server imports).
 */

/** The value when it is a string. */
export const textOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)

/** The value when it is a finite number. */
export const numberOf = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined

/** The plain objects of a list (none when it is not one). */
export const recordsOf = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.filter(isRecord) : []

/** Whether the object's `keys` all hold numbers. */
export const hasNumbers = <T extends Record<string, unknown>, K extends string>(
  value: T,
  ...keys: K[]
): value is T & Record<K, number> => keys.every((key) => typeof value[key] === 'number')
