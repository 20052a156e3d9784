/**
 * Opening hours: officers type them as text ("Hằng ngày, 7:00–17:00", "Thứ 2–6: 8h–11h30,
 * 13h30–17h; Thứ 7, CN: 7h–18h", "Daily 8am–5pm, closed on Mondays"). The build reads weekly hours
 * out of that text where it is unambiguous, and the visitor's browser says whether the place is
 * open now, in Vietnam time (the site is static: "now" is known only when the page is viewed).
 *
 * The reading is deliberately cautious: text that depends on seasons, lunar dates, holidays or
 * appointments, or that holds two different schedules for the same days, gives no weekly hours,
 * and the page shows the officer's text alone rather than a wrong "open now".
 */

import type { Interval, WeeklyHours } from './open-now'

const ALL_DAYS = [0, 1, 2, 3, 4, 5, 6]

/** Words that make a weekly schedule a guess: seasons, lunar dates, holidays, appointments, breaks. */
const UNCERTAIN = {
  vi: /(?<![\p{L}])(?:mùa|hè|tháng|mùng|mồng|rằm|âm lịch|tết|lễ|hẹn|liên hệ|trưa|nghỉ giữa)(?![\p{L}])/u,
  en: /(?<![\p{L}])(?:summer|winter|season|seasonal|months?|lunar|holidays?|appointment|request|lunch|break)(?![\p{L}])/u,
}

type Language = keyof typeof UNCERTAIN

const NOT_AFTER_LETTER = '(?<![\\p{L}\\p{N}])'
const NOT_BEFORE_LETTER = '(?![\\p{L}\\p{N}])'
/** One weekday ("thứ 2", "thứ Hai", "T2", "CN", "chủ nhật"; "Monday", "Mon", "Mondays"). */
const DAY_WORD = {
  vi: `${NOT_AFTER_LETTER}(?:(?:thứ|t)\\s*(?:[2-7]|hai|ba|tư|bốn|năm|sáu|bảy)|cn|chủ\\s*nhật)${NOT_BEFORE_LETTER}`,
  en: `${NOT_AFTER_LETTER}(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?s?\\.?${NOT_BEFORE_LETTER}`,
}
/** The end of a day range may drop the word: "thứ 2–6". */
const DAY_TO = { vi: `${DAY_WORD.vi}|[2-7]${NOT_BEFORE_LETTER}(?!\\s*(?:h|g|giờ|:\\d))`, en: DAY_WORD.en }
const EVERY_DAY = {
  vi: 'hằng ngày|hàng ngày|mỗi ngày|các ngày trong tuần|tất cả các ngày|cả tuần|24\\/7|24\\/24',
  en: 'daily|every day|7 days a week|24\\/7',
}
const CLOSED = { vi: 'đóng cửa|nghỉ|không mở cửa', en: 'closed|closes on' }
const VI_DAY: Record<string, number> = { hai: 0, ba: 1, tư: 2, bốn: 2, năm: 3, sáu: 4, bảy: 5 }
const EN_DAY: Record<string, number> = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 }

/** Hour, separator, minutes, morning/afternoon mark. */
const TIME = '(\\d{1,2})(?:\\s*(:|h|g|giờ|\\.)\\s*(\\d{2})?)?(?:\\s*(am|pm|a\\.m\\.|p\\.m\\.|sáng|chiều|tối))?'
const RANGE_SEPARATOR = '\\s*(?:-|–|—|−|đến|tới|to|until|till)\\s*'
const TIME_ONLY = new RegExp(`^${TIME}$`, 'iu')
const TIME_RANGE = new RegExp(`^(.*?\\S)${RANGE_SEPARATOR}(\\S.*)$`, 'iu')

const tokens = (language: Language) =>
  new RegExp(
    [
      `(?<everyday>${EVERY_DAY[language]})`,
      `(?<closed>${CLOSED[language]})`,
      `(?<dayFrom>${DAY_WORD[language]})(?:${RANGE_SEPARATOR}(?<dayTo>${DAY_TO[language]}))?`,
      `(?<time>${NOT_AFTER_LETTER}${TIME}${RANGE_SEPARATOR}${TIME})`,
      '(?<separator>;|\\n|\\.\\s)',
    ].join('|'),
    'giu',
  )
const TOKENS = { vi: tokens('vi'), en: tokens('en') }

function dayIndex(word: string, language: Language): number | undefined {
  const w = word.replace(/\s+/g, ' ').replace(/\.$/, '')
  if (language === 'en') return EN_DAY[w.slice(0, 3)]
  if (/^[2-7]$/.test(w)) return Number(w) - 2
  if (w === 'cn' || w.startsWith('chủ')) return 6
  const day = /^(?:thứ|t)\s*(.+)$/u.exec(w)?.[1] ?? ''
  return /^[2-7]$/.test(day) ? Number(day) - 2 : VI_DAY[day]
}

function dayRange(from: string, to: string | undefined, language: Language): number[] | undefined {
  const a = dayIndex(from, language)
  const b = to === undefined ? a : dayIndex(to, language)
  if (a === undefined || b === undefined) return undefined
  const days: number[] = []
  for (let d = a; ; d = (d + 1) % 7) {
    days.push(d)
    if (d === b) break
  }
  return days
}

interface Time {
  minute: number
  /** Written as a time (7:00, 7h, 8 giờ, 8am), not a bare number. */
  marked: boolean
  pm: boolean
}

function timeOf(text: string, forcePm = false): Time | undefined {
  const m = TIME_ONLY.exec(text.trim())
  if (!m) return undefined
  const hour = Number(m[1])
  const minute = m[3] === undefined ? 0 : Number(m[3])
  const mark = m[4]
  const pm = forcePm || mark === 'pm' || mark === 'p.m.' || mark === 'chiều' || mark === 'tối'
  if (minute > 59 || hour > 24 || (hour === 24 && minute > 0) || (mark && hour > 12)) return undefined
  const h = pm && hour < 12 ? hour + 12 : (mark === 'am' || mark === 'a.m.') && hour === 12 ? 0 : hour
  return { minute: h * 60 + minute, marked: Boolean(m[2] || mark), pm }
}

function interval(text: string): Interval | undefined {
  const parts = TIME_RANGE.exec(text)
  if (!parts?.[1] || !parts[2]) return undefined
  let from = timeOf(parts[1])
  const to = timeOf(parts[2])
  if (!from || !to) return undefined
  // "2-6" is not a time: at least one end must say it is one.
  if (!from.marked && !to.marked) return undefined
  // "1h–5h chiều": the afternoon mark of the end covers the start too.
  if (to.pm && !from.pm && from.minute + 12 * 60 < to.minute) from = timeOf(parts[1], true)
  if (!from) return undefined
  const end = to.minute === 0 ? 24 * 60 : to.minute
  return end > from.minute ? { from: from.minute, to: end } : undefined
}

interface Group {
  days?: number[]
  times: Interval[]
  closed: boolean
}

/** Weekly hours read from an officer's text, or undefined when the text does not say them plainly. */
export function parseOpeningHours(text: string | undefined, language: Language): WeeklyHours | undefined {
  if (!text) return undefined
  const normal = text.normalize('NFC').toLowerCase()
  if (UNCERTAIN[language].test(normal)) return undefined
  const groups: Group[] = [{ times: [], closed: false }]
  let last: 'day' | 'time' | 'closed' | undefined
  const current = () => groups[groups.length - 1] as Group
  const fresh = () => {
    groups.push({ times: [], closed: false })
    return current()
  }
  for (const match of normal.matchAll(TOKENS[language])) {
    const g = match.groups ?? {}
    if (g.everyday || g.dayFrom) {
      const days = g.everyday ? ALL_DAYS : dayRange(g.dayFrom ?? '', g.dayTo, language)
      if (!days) return undefined
      let group = current()
      if (group.times.length > 0 || (group.closed && group.days && last !== 'day')) group = fresh()
      group.days = [...new Set([...(group.days ?? []), ...days])]
      if (g.everyday?.startsWith('24/')) group.times.push({ from: 0, to: 24 * 60 })
      last = 'day'
    } else if (g.closed) {
      let group = current()
      if (group.times.length > 0) group = fresh()
      group.closed = true
      last = 'closed'
    } else if (g.time) {
      const range = interval(g.time)
      if (!range) return undefined
      let group = current()
      if (group.closed) group = fresh()
      group.times.push(range)
      last = 'time'
    } else if (g.separator) {
      if (current().times.length > 0 || current().closed) fresh()
      last = undefined
    }
  }
  // Days written after their times ("8:00–17:00, Monday to Friday") belong to those times.
  for (let i = groups.length - 1; i > 0; i--) {
    const group = groups[i] as Group
    const before = groups[i - 1] as Group
    if (group.days && group.times.length === 0 && !group.closed && before.times.length > 0 && !before.days) {
      before.days = group.days
      groups.splice(i, 1)
    }
  }
  const withTimes = groups.filter((g) => g.times.length > 0)
  if (withTimes.length === 0) return undefined
  const undated = withTimes.filter((g) => !g.days)
  // Two schedules for no particular days (summer and winter hours, say): which one holds is unknown.
  if (undated.length > 1) return undefined
  const week: (Interval[] | undefined)[] = ALL_DAYS.map(() => undefined)
  for (const group of groups) {
    if (!group.days || (group.times.length === 0 && !group.closed)) continue
    if (group.times.length > 0 && group.closed) return undefined
    for (const day of group.days) week[day] = group.closed ? [] : sortIntervals(group.times)
  }
  const rest = undated[0]?.times
  return week.map((day) => day ?? (rest ? sortIntervals(rest) : []))
}

const sortIntervals = (list: Interval[]): Interval[] => [...list].sort((a, b) => a.from - b.from)
