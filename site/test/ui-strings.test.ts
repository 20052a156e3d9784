import { readFileSync } from 'node:fs'
import { LOCALES } from '@heritage/contract'
import { describe, expect, it } from 'vitest'
import { pluralCategories } from '../src/i18n/plural.ts'

/**
 * The interface strings of every locale of the contract's table, against Vietnamese's: the
 * typecheck already refuses a missing key (ui.ts types every file as Vietnamese's); this checks
 * what types cannot see: the `{placeholders}` a string is filled with, the `|`-separated lists
 * (weekdays), the length of the lists of paragraphs, that no string was left empty, and that a
 * count's forms (an object with `other`, see i18n/plural.ts) are exactly the locale's plural
 * categories: English `one` and `other`, Russian `one`, `few`, `many` and `other`, Vietnamese,
 * Korean, Chinese and Japanese only `other`.
 */
type Json = string | Json[] | { [key: string]: Json }

const read = (locale: string): Json =>
  JSON.parse(readFileSync(new URL(`../src/i18n/ui/${locale}.json`, import.meta.url), 'utf8'))

const CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other'])
const isPlural = (value: Json): value is Record<string, string> =>
  typeof value === 'object' &&
  !Array.isArray(value) &&
  'other' in value &&
  Object.entries(value).every(([k, v]) => CATEGORIES.has(k) && typeof v === 'string')

interface Flat {
  /** Every string, by its path ("model.open", "openDataPage.notes.0"). */
  strings: Map<string, string>
  /** Every count's forms, by its path ("entries", "mapView.count"). */
  plurals: Map<string, Record<string, string>>
}
function flatten(value: Json, path = '', flat: Flat = { strings: new Map(), plurals: new Map() }): Flat {
  if (typeof value === 'string') flat.strings.set(path, value)
  else if (isPlural(value)) flat.plurals.set(path, value)
  else {
    const items: [string, Json][] = Array.isArray(value)
      ? value.map((item, i) => [String(i), item])
      : Object.entries(value)
    for (const [key, item] of items) flatten(item, path ? `${path}.${key}` : key, flat)
  }
  return flat
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort()
const listLength = (text: string): number => text.split('|').length

const source = flatten(read('vi'))

describe('interface strings in every locale', () => {
  it.each([...LOCALES])('%s has every string of Vietnamese, none empty, with the same placeholders', (locale) => {
    const own = flatten(read(locale))
    expect([...own.strings.keys()].sort()).toEqual([...source.strings.keys()].sort())
    for (const [path, text] of source.strings) {
      const translated = own.strings.get(path) ?? ''
      expect(translated.trim(), `${locale} ${path}`).not.toBe('')
      expect(placeholders(translated), `${locale} ${path}`).toEqual(placeholders(text))
      if (path === 'weekdays') expect(listLength(translated), `${locale} ${path}`).toBe(listLength(text))
    }
  })

  it.each([...LOCALES])('%s has each count in exactly its plural forms', (locale) => {
    const own = flatten(read(locale))
    expect([...own.plurals.keys()].sort()).toEqual([...source.plurals.keys()].sort())
    expect(source.plurals.size).toBeGreaterThan(10)
    const categories = [...pluralCategories(locale)].sort()
    for (const [path, forms] of own.plurals) {
      expect(Object.keys(forms).sort(), `${locale} ${path}`).toEqual(categories)
      const expected = placeholders(source.plurals.get(path)?.other ?? '')
      for (const [category, text] of Object.entries(forms)) {
        expect(text.trim(), `${locale} ${path}.${category}`).not.toBe('')
        // `{n}` may be left out of a form (English "the result"), never another value.
        const own = placeholders(text)
        expect(
          own.every((p) => expected.includes(p)),
          `${locale} ${path}.${category}`,
        ).toBe(true)
        expect(
          expected.filter((p) => p !== 'n').every((p) => own.includes(p)),
          `${locale} ${path}.${category}`,
        ).toBe(true)
      }
    }
  })
})
