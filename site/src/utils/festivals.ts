import type { FestivalDate, IntangibleHeritage } from '@heritage/contract'
import { type Locale, localeInfo } from '../i18n/locales'
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
const WEEKDAY_VI = new Intl.DateTimeFormat('vi-VN', { weekday: 'long', timeZone: 'UTC' })
const WEEKDAY_EN = new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'UTC' })
const CIVIL = new Map<Locale, Intl.DateTimeFormat>()
/** A day with its weekday: "Thứ Bảy, 05/12/2026", "Sat 5 December 2026", "2026年12月5日(土)". */
export function formatCivil(d: CivilDate, locale: Locale): string {
  const day = new Date(Date.UTC(d.year, d.month - 1, d.day))
  if (locale === 'vi') return `${WEEKDAY_VI.format(day)}, ${pad(d.day)}/${pad(d.month)}/${d.year}`
  if (locale === 'en') return `${WEEKDAY_EN.format(day)} ${d.day} ${MONTH_EN.format(day)} ${d.year}`
  let format = CIVIL.get(locale)
  if (!format) {
    const options = { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const
    format = new Intl.DateTimeFormat(localeInfo(locale).intl, options)
    CIVIL.set(locale, format)
  }
  return format.format(day)
}

const HAN_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十']
/** 1–30 in Chinese numerals: 十一, 二十, 廿一 is not used on purpose (二十一 reads everywhere). */
const han = (n: number): string =>
  n <= 10
    ? (HAN_DIGITS[n] ?? '')
    : n < 20
      ? `十${HAN_DIGITS[n - 10]}`
      : `${HAN_DIGITS[Math.floor(n / 10)]}十${HAN_DIGITS[n % 10]}`
/** A lunar month and day as Chinese calendars print them: 正月初六, 四月十五, 闰四月二十. */
const hanLunar = (month: number, day: number, leap: string): string =>
  `${leap}${month === 1 ? '正' : han(month)}月${day <= 10 ? `初${han(day)}` : han(day)}`
const ordinalFr = (n: number) => (n === 1 ? '1er' : `${n}e`)

/**
 * A lunar date in each language, as its readers write one: "ngày 6 tháng 4 âm lịch", "lunar
 * month 4, day 6", "음력 4월 6일", "旧暦4月6日", "农历四月初六"; a leap month says so.
 */
const LUNAR: Record<Locale, (month: number, day: number, leap: boolean) => string> = {
  vi: (m, d, leap) => `ngày ${d} tháng ${leap ? `${m} nhuận` : m} âm lịch`,
  en: (m, d, leap) => `lunar ${leap ? 'leap ' : ''}month ${m}, day ${d}`,
  ko: (m, d, leap) => `음력 ${leap ? '윤' : ''}${m}월 ${d}일`,
  ja: (m, d, leap) => `旧暦${leap ? '閏' : ''}${m}月${d}日`,
  'zh-Hans': (m, d, leap) => `农历${hanLunar(m, d, leap ? '闰' : '')}`,
  'zh-Hant': (m, d, leap) => `農曆${hanLunar(m, d, leap ? '閏' : '')}`,
  fr: (m, d, leap) => `${ordinalFr(d)} jour du ${ordinalFr(m)} mois lunaire${leap ? ' intercalaire' : ''}`,
  ru: (m, d, leap) => `${d}-й день ${m}-го ${leap ? 'дополнительного ' : ''}лунного месяца`,
}

/** "ngày 6 tháng 4 âm lịch" / "lunar month 4, day 6" / "음력 4월 6일" … */
export function formatLunar(date: FestivalDate, locale: Locale): string {
  return LUNAR[locale](date.lunarMonth, date.lunarDay, date.leapMonth)
}
