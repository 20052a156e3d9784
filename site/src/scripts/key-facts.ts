/**
 * The key-facts box (components/KeyFacts.astro) in the visitor's browser: whether the place is
 * open now, in Vietnam time, from the weekly hours the build read out of the officer's text; and
 * a directions link the phone can follow. Small on purpose: it runs on every plaque page.
 */
import { clock, type OpenState, openState, type WeeklyHours } from '../utils/open-now'

interface Strings {
  open: string
  closed: string
  closesAt: string
  opensAt: string
  opensTomorrow: string
  opensOn: string
  openAllDay: string
  vietnamTime: string
  weekdays: string[]
}

const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)

/** "Đang mở cửa · đóng cửa lúc 17:00", with "(giờ Việt Nam)" for a visitor whose clock is elsewhere. */
export function describeOpenState(state: OpenState, strings: Strings, elsewhere: boolean): string {
  const zone = elsewhere ? ` ${strings.vietnamTime}` : ''
  if (state.open) {
    return state.closes === undefined
      ? `${strings.open}, ${strings.openAllDay}`
      : `${strings.open}, ${fill(strings.closesAt, { time: clock(state.closes) })}${zone}`
  }
  if (!state.opens) return strings.closed
  const time = clock(state.opens.minute)
  const when =
    state.opens.inDays === 0
      ? fill(strings.opensAt, { time })
      : state.opens.inDays === 1
        ? fill(strings.opensTomorrow, { time })
        : fill(strings.opensOn, { time, day: strings.weekdays[state.opens.weekday] ?? '' })
  return `${strings.closed}, ${when}${zone}`
}

/** Vietnam has kept UTC+7 all year since 1975. */
const outsideVietnamTime = () => new Date().getTimezoneOffset() !== -7 * 60

function showOpenNow(row: HTMLElement): void {
  const badge = row.querySelector<HTMLElement>('[data-open-now]')
  if (!badge || !row.dataset.hours || !row.dataset.strings) return
  const hours = JSON.parse(row.dataset.hours) as WeeklyHours
  const strings = JSON.parse(row.dataset.strings) as Strings
  const update = () => {
    const state = openState(hours, new Date())
    const text = describeOpenState(state, strings, outsideVietnamTime())
    if (badge.textContent !== text) badge.textContent = text
    badge.classList.toggle('is-open', state.open)
  }
  update()
  // A visitor may keep the page open at the gate: the badge follows the clock.
  setInterval(update, 60_000)
}

/**
 * geo: opens the maps app of an Android phone (offline maps included); iPhones and iPads do not
 * follow geo: links, so they get Apple Maps, and computers, which have no maps app for it, the
 * OpenStreetMap route planner.
 */
function adaptDirections(link: HTMLAnchorElement): void {
  const { lat, lng, title = '' } = link.dataset
  if (!lat || !lng) return
  const ua = navigator.userAgent
  if (/Android/i.test(ua)) return
  const apple = /iPhone|iPad|iPod/.test(ua) || (/Macintosh/.test(ua) && navigator.maxTouchPoints > 1)
  link.href = apple
    ? `https://maps.apple.com/?daddr=${lat},${lng}&q=${encodeURIComponent(title)}`
    : `https://www.openstreetmap.org/directions?to=${lat}%2C${lng}`
  link.rel = 'noopener'
}

export function wireKeyFacts(): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-key-facts]')) {
    for (const row of box.querySelectorAll<HTMLElement>('[data-hours]')) showOpenNow(row)
    for (const link of box.querySelectorAll<HTMLAnchorElement>('a[data-directions]')) adaptDirections(link)
  }
}
