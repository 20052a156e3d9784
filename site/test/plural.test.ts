import { LOCALES } from '@heritage/contract'
import { describe, expect, it } from 'vitest'
import { plural, pluralCategories } from '../src/i18n/plural.ts'
import { strings } from '../src/i18n/ui.ts'

/** Counts in words, with each language's own plural forms (CLDR, through Intl.PluralRules). */
describe('plural', () => {
  it('gives Russian its one, few and many forms', () => {
    const entries = strings('ru').entries
    expect(plural('ru', entries, 1)).toBe('1 запись')
    expect(plural('ru', entries, 2)).toBe('2 записи')
    expect(plural('ru', entries, 5)).toBe('5 записей')
    expect(plural('ru', entries, 21)).toBe('21 запись')
    expect(plural('ru', entries, 11)).toBe('11 записей')
    expect(plural('ru', strings('ru').mapView.stops, 3)).toBe('3 остановки')
  })

  it('gives English one and other', () => {
    expect(plural('en', strings('en').entries, 1)).toBe('1 entry')
    expect(plural('en', strings('en').entries, 2)).toBe('2 entries')
    expect(plural('en', strings('en').hours, 1.5)).toBe('1.5 hours')
  })

  it('writes the number as the language does, with the other placeholders filled in', () => {
    expect(plural('vi', strings('vi').entries, 1234)).toBe('1.234 mục')
    expect(plural('ko', strings('ko').entries, 1)).toBe('1건')
    expect(plural('ru', strings('ru').entries, 1234)).toBe('1\u00a0234 записи')
    expect(plural('en', strings('en').searchPage.results.found, 3, { query: '{n} $&' })).toBe('3 results for “{n} $&”.')
  })

  it('falls back to `other` for a category a string does not give', () => {
    expect(plural('ru', { other: '{n} шт.' }, 1)).toBe('1 шт.')
  })

  it('knows which forms each locale needs', () => {
    expect(pluralCategories('vi')).toEqual(['other'])
    expect(pluralCategories('ja')).toEqual(['other'])
    expect(new Set(pluralCategories('en'))).toEqual(new Set(['one', 'other']))
    expect(new Set(pluralCategories('ru'))).toEqual(new Set(['one', 'few', 'many', 'other']))
    for (const locale of LOCALES) expect(pluralCategories(locale)).toContain('other')
  })
})
