import { readFileSync } from 'node:fs'
import { LOCALES } from '@heritage/contract'
import { describe, expect, it } from 'vitest'

/**
 * The interface strings of every locale of the contract's table, against Vietnamese's: the
 * typecheck already refuses a missing key (ui.ts types every file as Vietnamese's); this checks
 * what types cannot see: the `{placeholders}` a string is filled with, the `|`-separated lists
 * (weekdays), the length of the lists of paragraphs, and that no string was left empty.
 */
type Json = string | Json[] | { [key: string]: Json }

const read = (locale: string): Json =>
  JSON.parse(readFileSync(new URL(`../src/i18n/ui/${locale}.json`, import.meta.url), 'utf8'))

/** Every string, by its path ("model.open", "openDataPage.notes.0"). */
function flatten(value: Json, path = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string') return out.set(path, value)
  const items: [string, Json][] = Array.isArray(value)
    ? value.map((item, i) => [String(i), item])
    : Object.entries(value)
  for (const [key, item] of items) flatten(item, path ? `${path}.${key}` : key, out)
  return out
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort()
const listLength = (text: string): number => text.split('|').length

const source = flatten(read('vi'))

describe('interface strings in every locale', () => {
  it.each([...LOCALES])('%s has every string of Vietnamese, none empty, with the same placeholders', (locale) => {
    const own = flatten(read(locale))
    expect([...own.keys()].sort()).toEqual([...source.keys()].sort())
    for (const [path, text] of source) {
      const translated = own.get(path) ?? ''
      expect(translated.trim(), `${locale} ${path}`).not.toBe('')
      expect(placeholders(translated), `${locale} ${path}`).toEqual(placeholders(text))
      if (path === 'weekdays') expect(listLength(translated), `${locale} ${path}`).toBe(listLength(text))
    }
  })
})
