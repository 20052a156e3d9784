import { describe, expect, it } from 'vitest'
import { describeOpenState } from '../src/scripts/key-facts'
import { parseOpeningHours } from '../src/utils/hours'
import { openState, vietnamClock, type WeeklyHours } from '../src/utils/open-now'

const h = (hour: number, minute = 0) => hour * 60 + minute
const every = (from: number, to: number): WeeklyHours => Array.from({ length: 7 }, () => [{ from, to }])

describe('reading opening hours from the officer’s text', () => {
  it('reads the demo relics’ hours in both languages, ignoring the notes around them', () => {
    const daily = every(h(7), h(17))
    expect(
      parseOpeningHours('Hằng ngày, khoảng 7:00–17:00 (giờ ví dụ, hãy hỏi ban quản lý trước khi đến)', 'vi'),
    ).toEqual(daily)
    expect(
      parseOpeningHours('Daily, about 7:00–17:00 (example hours; ask the management board before visiting)', 'en'),
    ).toEqual(daily)
    expect(parseOpeningHours('7h - 17h', 'vi')).toEqual(daily)
    expect(parseOpeningHours('Mở cửa từ 7 giờ đến 17 giờ các ngày trong tuần', 'vi')).toEqual(daily)
  })

  it('reads days, day ranges, two sittings a day and closed days', () => {
    const weekdays = [
      { from: h(8), to: h(11, 30) },
      { from: h(13, 30), to: h(17) },
    ]
    const weekend = [{ from: h(7), to: h(18) }]
    expect(parseOpeningHours('Thứ 2–6: 8h–11h30, 13h30–17h; Thứ 7, CN: 7h–18h', 'vi')).toEqual([
      weekdays,
      weekdays,
      weekdays,
      weekdays,
      weekdays,
      weekend,
      weekend,
    ])
    expect(parseOpeningHours('Thứ Hai đến thứ Sáu, 8:00 - 17:00', 'vi')).toEqual([
      ...Array.from({ length: 5 }, () => [{ from: h(8), to: h(17) }]),
      [],
      [],
    ])
    const tuesdayToSunday = [[], ...Array.from({ length: 6 }, () => [{ from: h(8), to: h(17) }])]
    expect(parseOpeningHours('Daily 8am–5pm, closed on Mondays', 'en')).toEqual(tuesdayToSunday)
    expect(parseOpeningHours('Mở cửa 8h - 17h, đóng cửa thứ Hai', 'vi')).toEqual(tuesdayToSunday)
    expect(parseOpeningHours('Tue–Sun 8:00–17:00', 'en')).toEqual(tuesdayToSunday)
    expect(parseOpeningHours('Mở cửa 1h - 5h chiều', 'vi')).toEqual(every(h(13), h(17)))
    expect(parseOpeningHours('Mở cửa 24/24', 'vi')).toEqual(every(0, h(24)))
  })

  it('gives nothing rather than a guess: no times, seasons, lunar days, holidays, two schedules, a lunch break', () => {
    for (const text of [
      'Hằng ngày (giờ ví dụ)',
      'Mùa hè 6:00–18:00; mùa đông 7:00–17:00',
      'Mở cửa ngày rằm và mùng 1 âm lịch, 6h–21h',
      'Hằng ngày 7:00–17:00, trừ ngày lễ',
      '6:00–18:00; 7:00–17:00',
      'Thứ 2-6',
      'Vé 20.000 đồng',
      'Hằng ngày 7h–17h, nghỉ trưa 11h30–13h30',
      'Nên hẹn trước với các xưởng (thông tin ví dụ).',
    ])
      expect(parseOpeningHours(text, 'vi'), text).toBeUndefined()
    expect(parseOpeningHours('Summer 6:00–18:00, winter 7:00–17:00', 'en')).toBeUndefined()
    // "thu" is Vietnamese for autumn or "to collect", never Thursday in a Vietnamese text.
    expect(parseOpeningHours('Thu phí 8h–17h', 'vi')).toEqual(every(h(8), h(17)))
  })
})

describe('open now, in Vietnam time', () => {
  const daily = every(h(7), h(17))

  it('reads the clock in Vietnam whatever the time zone the page is viewed in', () => {
    // Friday 4 December 2026, 23:30 UTC is Saturday 5 December, 6:30 in Vietnam.
    expect(vietnamClock(new Date('2026-12-04T23:30:00Z'))).toEqual({ weekday: 5, minute: h(6, 30) })
  })

  it('is open during the hours and says when it closes', () => {
    expect(openState(daily, new Date('2026-12-05T09:00:00+07:00'))).toEqual({ open: true, closes: h(17) })
    expect(openState(daily, new Date('2026-12-05T07:00:00+07:00'))).toEqual({ open: true, closes: h(17) })
  })

  it('is closed before opening, at closing time and at night, and says when it opens', () => {
    const early = new Date('2026-12-04T23:30:00Z')
    expect(openState(daily, early)).toEqual({ open: false, opens: { inDays: 0, weekday: 5, minute: h(7) } })
    expect(openState(daily, new Date('2026-12-05T17:00:00+07:00'))).toEqual({
      open: false,
      opens: { inDays: 1, weekday: 6, minute: h(7) },
    })
  })

  it('skips closed days and finds the next sitting of a split day', () => {
    const hours = parseOpeningHours('Thứ 3 - CN: 8h–11h30, 13h30–17h', 'vi')
    if (!hours) throw new Error('not read')
    // Sunday 6 December 2026 at 18:00: Monday is closed, so Tuesday.
    expect(openState(hours, new Date('2026-12-06T18:00:00+07:00'))).toEqual({
      open: false,
      opens: { inDays: 2, weekday: 1, minute: h(8) },
    })
    expect(openState(hours, new Date('2026-12-08T12:00:00+07:00'))).toEqual({
      open: false,
      opens: { inDays: 0, weekday: 1, minute: h(13, 30) },
    })
  })

  it('never closes around the clock, and never opens with no hours', () => {
    expect(openState(every(0, h(24)), new Date('2026-12-05T03:00:00+07:00'))).toEqual({ open: true })
    expect(
      openState(
        Array.from({ length: 7 }, () => []),
        new Date(),
      ),
    ).toEqual({ open: false })
  })
})

describe('what the badge says', () => {
  const strings = {
    open: 'Đang mở cửa',
    closed: 'Đang đóng cửa',
    closesAt: 'đóng cửa lúc {time}',
    opensAt: 'mở cửa lúc {time}',
    opensTomorrow: 'mở cửa lúc {time} ngày mai',
    opensOn: 'mở cửa lúc {time} {day}',
    openAllDay: 'mở cửa cả ngày đêm',
    vietnamTime: '(giờ Việt Nam)',
    weekdays: ['thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy', 'Chủ nhật'],
  }
  it('says when it closes or opens next, and that the time is Vietnam’s to a visitor whose clock is elsewhere', () => {
    expect(describeOpenState({ open: true, closes: h(17) }, strings, false)).toBe('Đang mở cửa, đóng cửa lúc 17:00')
    expect(describeOpenState({ open: true, closes: h(17) }, strings, true)).toBe(
      'Đang mở cửa, đóng cửa lúc 17:00 (giờ Việt Nam)',
    )
    expect(describeOpenState({ open: true }, strings, true)).toBe('Đang mở cửa, mở cửa cả ngày đêm')
    const opens = (inDays: number) => ({ open: false as const, opens: { inDays, weekday: 1, minute: h(7, 30) } })
    expect(describeOpenState(opens(0), strings, false)).toBe('Đang đóng cửa, mở cửa lúc 7:30')
    expect(describeOpenState(opens(1), strings, false)).toBe('Đang đóng cửa, mở cửa lúc 7:30 ngày mai')
    expect(describeOpenState(opens(2), strings, false)).toBe('Đang đóng cửa, mở cửa lúc 7:30 thứ Ba')
    expect(describeOpenState({ open: false }, strings, false)).toBe('Đang đóng cửa')
  })
})
