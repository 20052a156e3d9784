/**
 * Ids of relationship values. Payload hands a relationship either as the related document
 * (`{ id, … }`, when populated) or as its bare id (depth 0, form state); both mean the same link.
 */

/** A document id: a number on the SQL databases, a string where a form or URL carries it. */
export type Id = number | string

/**
 * The id a relationship value points to, as Payload gave it (number or string); null when there is
 * none (null, undefined, '', a document without an id, anything else).
 */
export function idOf(value: unknown): Id | null {
  if (typeof value === 'object' && value !== null && 'id' in value) return idOf(value.id)
  if (typeof value === 'number' || (typeof value === 'string' && value !== '')) return value
  return null
}

/** The same id as text, for comparing and keying ids that arrive as numbers or as strings. */
export function idText(value: unknown): string | null {
  const id = idOf(value)
  return id === null ? null : String(id)
}
