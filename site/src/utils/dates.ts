import { vietnamDay } from '@heritage/contract'

/** The build's "today", in Vietnam. BUILD_DATE (YYYY-MM-DD) pins it for reproducible builds and tests. */
export function buildDate(): Date {
  const pinned = process.env.BUILD_DATE
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return new Date(`${pinned}T12:00:00+07:00`)
  return new Date()
}

/** The day in Vietnam of an instant, as YYYY-MM-DD (the contract's, which the CMS uses too). */
export { vietnamDay }

/** Past its last valid day: a certificate or a best-before date holds through that whole day in Vietnam. */
export const isPast = (iso: string, now = buildDate()): boolean => vietnamDay(now) > vietnamDay(new Date(iso))
