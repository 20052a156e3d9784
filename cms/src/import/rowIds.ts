/**
 * The rows of a list keep their identity when a spreadsheet updates a record. A sheet names a
 * list's rows by their Vietnamese text ("Gốm; Sơn mài"), without the ids Payload keys rows by; a row
 * written without an id is a new row, and the stored row's texts in every other language go with
 * the old one (each re-import of a craft village dropped its crafts' English names). So each row
 * of the file takes the id of a stored row whose Vietnamese texts are the same (each stored row
 * once, in order); a row that matches none is new, and a stored row the file no longer names is
 * removed, as the file says.
 */
import { isRecord } from '../shared/guards'

/** True when every text the file gives for the row is the stored row's Vietnamese text. */
function sameRow(row: Record<string, unknown>, stored: Record<string, unknown>): boolean {
  const texts = Object.entries(row).filter(([, value]) => typeof value === 'string')
  return (
    texts.length > 0 &&
    texts.every(([key, value]) => {
      const kept = stored[key]
      const vi = isRecord(kept) ? kept.vi : kept
      return typeof vi === 'string' && vi.trim() === String(value).trim()
    })
  )
}

/**
 * `data` (what the file says, in Vietnamese) with the ids of `stored`'s rows (the record read with
 * `locale: 'all'`) on the rows of its lists that are the same rows.
 */
export function keepRowIds(data: Record<string, unknown>, stored: object): Record<string, unknown> {
  const result = { ...data }
  for (const [key, value] of Object.entries(data)) {
    const before = isRecord(stored) ? stored[key] : undefined
    if (!Array.isArray(value) || !Array.isArray(before)) continue
    const free = before.filter(isRecord)
    result[key] = value.map((row) => {
      if (!isRecord(row) || row.id !== undefined) return row
      const at = free.findIndex((candidate) => sameRow(row, candidate))
      if (at < 0) return row
      const [match] = free.splice(at, 1)
      return match?.id === undefined ? row : { ...row, id: match.id }
    })
  }
  return result
}
