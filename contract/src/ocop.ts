import type { OcopCertifyingLevel, OcopStars } from './enums.ts'

/** OCOP score bands (out of 100). Below 50 a product is not rated. */
export const OCOP_STAR_BANDS: ReadonlyArray<{ stars: OcopStars; min: number; max: number }> = [
  { stars: '3', min: 50, max: 69 },
  { stars: '4', min: 70, max: 89 },
  { stars: '5', min: 90, max: 100 },
]

export const CERTIFICATE_VALIDITY_MONTHS = 36

/** Stars earned by a score, or null when the score does not reach 3★ (or is not a valid score). */
export function starsForScore(score: number): OcopStars | null {
  if (!Number.isFinite(score)) return null
  return OCOP_STAR_BANDS.find((b) => score >= b.min && score <= b.max)?.stars ?? null
}

/** 5★ products are certified nationally; 3★ and 4★ by the province. */
export const certifyingLevelForStars = (stars: OcopStars): OcopCertifyingLevel =>
  stars === '5' ? 'national' : 'provincial'

/** Adds whole calendar months, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: Date, months: number): Date {
  const result = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1))
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate()
  result.setUTCDate(Math.min(date.getUTCDate(), lastDay))
  return result
}

/** A certificate issued on `issueDate` is valid for 36 months; this is the last moment of validity. */
export const certificateExpiry = (issueDate: Date): Date => addMonths(issueDate, CERTIFICATE_VALIDITY_MONTHS)

export const isCertificateValid = (expiry: Date, now: Date = new Date()): boolean => now.getTime() <= expiry.getTime()
