import { describe, expect, it } from 'vitest'
import type { Column, Lookups } from '../src/import/columns'
import { IMPORT_KINDS } from '../src/import/kinds'

// The coordinates column as offices write it (issue 16: a space instead of a comma between
// degrees-minutes-seconds was refused, and the README did not say what is accepted).
const column = IMPORT_KINDS.relics.columns.find((c: Column) => c.key === 'coordinates') as Column
const parse = (text: string) => column.parse({ text } as never, {} as Lookups)

describe('the coordinates column', () => {
  it.each([
    ['21.0795, 105.9460', 21.0795, 105.946],
    ['21.0795; 105.9460', 21.0795, 105.946],
    [`21°04'46"N, 105°56'46"E`, 21.0794, 105.9461],
    [`21°04'46"N 105°56'46"E`, 21.0794, 105.9461],
    [`21°04'46" N  105°56'46" E`, 21.0794, 105.9461],
  ])('reads %s', (text, lat, lng) => {
    const parsed = parse(text) as { value: { lat: number; lng: number } }
    expect(parsed.value.lat).toBeCloseTo(lat, 3)
    expect(parsed.value.lng).toBeCloseTo(lng, 3)
  })

  it('refuses one number, naming the expected form', () => {
    expect(parse('21.0795')).toMatchObject({ error: { vi: expect.stringMatching(/cách nhau bằng dấu phẩy/) } })
  })
})
