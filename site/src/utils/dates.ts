/** The build's "today", in Vietnam. BUILD_DATE (YYYY-MM-DD) pins it for reproducible builds and tests. */
export function buildDate(): Date {
  const pinned = process.env.BUILD_DATE
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return new Date(`${pinned}T12:00:00+07:00`)
  return new Date()
}

/** A certificate is valid through its expiry day (Vietnam time). */
export const isPast = (iso: string, now = buildDate()): boolean => new Date(iso).getTime() < now.getTime()
