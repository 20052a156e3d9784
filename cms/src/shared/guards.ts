/**
 * Type guards the CMS shares: one home for each, so that untrusted values (request bodies, stored
 * JSON, documents read at depth 0) are narrowed by a check rather than cast.
 */

/**
 * A plain object: not null, not an array (a JSON object, a request body, a stored document). A
 * typed value keeps its type, with its other keys readable as unknown.
 */
export const isRecord = <T>(value: T): value is T & Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The value when it is a plain object, otherwise an empty one (forms and JSON fields as sent). */
export const recordOr = (value: unknown): Record<string, unknown> => (isRecord(value) ? value : {})
