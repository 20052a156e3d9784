/**
 * Open now or not, in Vietnam time, from weekly hours (read from the officer's text by hours.ts at
 * build time). It runs in the visitor's browser: the site is static, and "now" is when the page is
 * viewed. Kept apart from the text reading so that the page's script stays small.
 */
import { VIETNAM_TIME_ZONE } from '@heritage/contract/dates'

/** Minutes after midnight, `from` inclusive, `to` exclusive (24:00 is 1440). */
export interface Interval {
  from: number
  to: number
}
/** Opening intervals of each weekday, Monday first: index 0 is Monday, 6 is Sunday. */
export type WeeklyHours = Interval[][]

const WEEKDAY: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 }

const VIETNAM_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: VIETNAM_TIME_ZONE,
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** Weekday (0 = Monday) and minute of the day in Vietnam at an instant. */
export function vietnamClock(now: Date): { weekday: number; minute: number } {
  const parts = Object.fromEntries(VIETNAM_CLOCK.formatToParts(now).map((p) => [p.type, p.value]))
  return {
    weekday: WEEKDAY[String(parts.weekday)] ?? 0,
    minute: Number(parts.hour) * 60 + Number(parts.minute),
  }
}

export type OpenState =
  | {
      open: true /** Minute of the day it closes; undefined when it never does (open around the clock). */
      closes?: number
    }
  | {
      open: false
      /** When it opens next: in how many days (0 today, 1 tomorrow…), which weekday, at what minute. */
      opens?: { inDays: number; weekday: number; minute: number }
    }

/** Open or closed at `now` in Vietnam, and when that changes. */
export function openState(hours: WeeklyHours, now: Date): OpenState {
  const { weekday, minute } = vietnamClock(now)
  let current = (hours[weekday] ?? []).find((i) => i.from <= minute && minute < i.to)
  if (current) {
    // Open until midnight and from midnight the next day: it closes when that next interval ends.
    for (let day = weekday, n = 0; current.to === 24 * 60; n++) {
      if (n === 7) return { open: true }
      day = (day + 1) % 7
      const next: Interval | undefined = hours[day]?.[0]
      if (next?.from !== 0) break
      current = next
    }
    return { open: true, closes: current.to % (24 * 60) }
  }
  for (let inDays = 0; inDays < 8; inDays++) {
    const day = (weekday + inDays) % 7
    const next = (hours[day] ?? []).find((i) => inDays > 0 || i.from > minute)
    if (next) return { open: false, opens: { inDays, weekday: day, minute: next.from } }
  }
  return { open: false }
}

/** "7:00", "17:30". */
export const clock = (minute: number): string => `${Math.floor(minute / 60)}:${String(minute % 60).padStart(2, '0')}`
