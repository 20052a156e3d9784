import type { FestivalDate, IntangibleHeritage } from '@heritage/contract'
import { addDays, type CivilDate } from './civil-date'
import { vietnamDay } from './dates'
import { nextOccurrence } from './lunar'

export interface Occurrence {
  entry: IntangibleHeritage
  date: FestivalDate
  start: CivilDate
  end: CivilDate
}

/** A civil date in Vietnam for an instant (the site is built anywhere; festivals are local). */
export function vietnamDate(instant: Date): CivilDate {
  const [year, month, day] = vietnamDay(instant).split('-').map(Number) as [number, number, number]
  return { year, month, day }
}

/** The next solar dates of one lunar festival date, from `from` (a festival under way counts). */
export function nextOf(date: FestivalDate, from: CivilDate): { start: CivilDate; end: CivilDate } {
  // Start looking `durationDays - 1` days back so that a festival already under way is still listed.
  const start = nextOccurrence(date.lunarMonth, date.lunarDay, date.leapMonth, addDays(from, 1 - date.durationDays))
  return { start, end: addDays(start, date.durationDays - 1) }
}

/** Every festival date of these entries, by its next solar start date. */
export function upcomingFestivals(entries: IntangibleHeritage[], from: CivilDate): Occurrence[] {
  return entries
    .flatMap((entry) => entry.festivalDates.map((date) => ({ entry, date, ...nextOf(date, from) })))
    .sort(
      (a, b) =>
        a.start.year - b.start.year ||
        a.start.month - b.start.month ||
        a.start.day - b.start.day ||
        a.entry.title.vi.localeCompare(b.entry.title.vi, 'vi'),
    )
}

const pad = (n: number) => String(n).padStart(2, '0')
export const isoDay = (d: CivilDate): string => `${d.year}-${pad(d.month)}-${pad(d.day)}`

const MONTH_EN = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' })
const WEEKDAY = {
  vi: new Intl.DateTimeFormat('vi-VN', { weekday: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'UTC' }),
}
export function formatCivil(d: CivilDate, locale: 'vi' | 'en'): string {
  const weekday = WEEKDAY[locale].format(new Date(Date.UTC(d.year, d.month - 1, d.day)))
  return locale === 'vi'
    ? `${weekday}, ${pad(d.day)}/${pad(d.month)}/${d.year}`
    : `${weekday} ${d.day} ${MONTH_EN.format(new Date(Date.UTC(d.year, d.month - 1, d.day)))} ${d.year}`
}

/** "ngày 6 tháng 4 âm lịch" / "4th month, day 6 (lunar)". */
export function formatLunar(date: FestivalDate, locale: 'vi' | 'en'): string {
  if (locale === 'vi') {
    return `ngày ${date.lunarDay} tháng ${date.leapMonth ? `${date.lunarMonth} nhuận` : date.lunarMonth} âm lịch`
  }
  return `lunar ${date.leapMonth ? 'leap ' : ''}month ${date.lunarMonth}, day ${date.lunarDay}`
}
