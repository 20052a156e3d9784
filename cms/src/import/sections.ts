/**
 * Section rows ("I. XÃ PHÙ ĐỔNG", "A. DI TÍCH CẤP QUỐC GIA") and marked-choice headings: what
 * they give the rows below them, and how high a numbered one sits.
 */
import type { Column, ImportKind, Lookups } from './columns'

/** Section rows naming a former district ("II. HUYỆN GIA LÂM"): context for old commune names. */
export const DISTRICT_KEY = '#district'

/** "I.", "II -", "A)", "1." in front of a section's text. */
export const NUMBERING = /^(?:[IVXLC]{1,8}|[A-ZĐ]|\d{1,2})\s*[.)\-–:]\s*/u
export const ROMAN_OR_LETTER = /^(?:[IVXLC]{1,8}|[A-ZĐ])\.?$/u
export const COMMUNE_WORDS = /^(xã|phường|thị trấn|đặc khu|tt\.?|p\.|x\.)\s/iu
export const DISTRICT_WORDS = /^(huyện|quận|thị xã|tx\.?|h\.|q\.)\s/iu

/** Texts a section or a marker heading might mean, from the most literal to the most trimmed. */
export function meaningVariants(raw: string): string[] {
  const base = raw
    .replace(NUMBERING, '')
    .replace(/\(.*?\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  const out = [base]
  const trimmed = base
    .replace(/^(danh (sách|mục)\s+)?(các\s+)?(di tích|di sản|làng nghề)\s+/iu, '')
    .replace(/^(đã\s+)?(được\s+)?(xếp hạng|công nhận|ghi danh)\s*/iu, '')
    .replace(/^loại hình\s+/iu, '')
    .replace(/\s*:\s*\d+.*$/u, '')
    .trim()
  if (trimmed && trimmed !== base) out.push(trimmed, `Di tích ${trimmed}`, `Cấp ${trimmed}`)
  return out
}

/** The choice a section or marker text names for one column, and the wording that named it. */
export function meaningFor(column: Column, raw: string, lookups: Lookups): { value: string; text: string } | null {
  for (const variant of meaningVariants(raw)) {
    if (!variant) continue
    const parsed = column.parse({ text: variant }, lookups)
    if (!('value' in parsed)) continue
    const value = parsed.value
    if (typeof value === 'string') return { value, text: variant }
    if (Array.isArray(value) && value.length === 1 && typeof value[0] === 'string')
      return { value: value[0], text: variant }
    if (column.key === 'commune') return { value: String(value), text: variant }
  }
  return null
}

/**
 * How high a numbered section sits: parts (A, B) above sections numbered I, II…, above 1, 2…; a
 * new one ends the sections at its level and below. Unnumbered sections (null) end nothing: they
 * replace only the value they give ("DI TÍCH CẤP TỈNH" under "XÃ PHÙ ĐỔNG" keeps the commune).
 */
export function sectionLevel(indexText: string, text: string): number | null {
  const mark = ROMAN_OR_LETTER.test(indexText)
    ? indexText.replace('.', '')
    : /^\d+$/.test(indexText)
      ? indexText
      : (NUMBERING.exec(text)?.[0].replace(/[\s.)\-–:]+$/u, '') ?? '')
  if (!mark) return null
  if (/^\d+$/.test(mark)) return 3
  return /^[IVX]+$/.test(mark) ? 2 : 1
}

/**
 * What a section's text gives the rows below it, for this kind, and the wording to read. A bare
 * commune name ("Thái Hòa") is read with the former district the sheet or a section above names.
 */
export function sectionMeaning(
  raw: string,
  kind: ImportKind,
  lookups: Lookups,
  district?: string,
): { key: string; text: string } | null {
  const stripped = raw.replace(NUMBERING, '').trim()
  const columns = kind.columns
  const commune = columns.find((c) => c.key === 'commune')
  if (commune && DISTRICT_WORDS.test(stripped)) return { key: DISTRICT_KEY, text: stripped }
  if (
    commune &&
    (COMMUNE_WORDS.test(stripped) || meaningFor(commune, district ? `${stripped}, ${district}` : stripped, lookups))
  ) {
    return { key: 'commune', text: stripped }
  }
  for (const column of columns) {
    if (!column.section || column.key === 'commune') continue
    const meaning = meaningFor(column, raw, lookups)
    if (meaning) return { key: column.key, text: meaning.text }
  }
  return null
}
