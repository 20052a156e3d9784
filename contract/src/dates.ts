/** Days as Vietnam counts them: certificates, best-before dates and file names turn at midnight there. */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh'
/** UTC+7 all year (Vietnam has no daylight saving time). */
export const VIETNAM_UTC_OFFSET_MS = 7 * 60 * 60_000

// One formatter for every call: making one is far slower than using it (it was 5 s of a
// 10,000-entry site build, called for every certificate and batch date on every page).
const VIETNAM_DAY = /* @__PURE__ */ new Intl.DateTimeFormat('en-CA', { timeZone: VIETNAM_TIME_ZONE })
/** The day in Vietnam of an instant (now by default), as YYYY-MM-DD. */
export const vietnamDay = (instant: Date = new Date()): string => VIETNAM_DAY.format(instant)
