/** The build's "today", in Vietnam. BUILD_DATE (YYYY-MM-DD) pins it for reproducible builds and tests. */
export function buildDate(): Date {
  const pinned = process.env.BUILD_DATE
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return new Date(`${pinned}T12:00:00+07:00`)
  return new Date()
}

// One formatter for the whole build: making one is far slower than using it (it was 5 s of a
// 10,000-entry build, called for every certificate and batch date on every page).
const VIETNAM_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' })
/** The day in Vietnam of an instant, as YYYY-MM-DD. */
export const vietnamDay = (instant: Date): string => VIETNAM_DAY.format(instant)

/** Past its last valid day: a certificate or a best-before date holds through that whole day in Vietnam. */
export const isPast = (iso: string, now = buildDate()): boolean => vietnamDay(now) > vietnamDay(new Date(iso))
