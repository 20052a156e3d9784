import { describe, expect, it } from 'vitest'
import * as enums from '../src/enums.ts'
import { GLOSSARY } from '../src/glossary.ts'
import { type LabelledOption, labelOf } from '../src/labels.ts'
import { LOCALES } from '../src/locales.ts'

/** Every enumeration of the contract (every exported list of labelled options), by its name. */
const isOptionList = (value: unknown): value is readonly LabelledOption[] =>
  Array.isArray(value) &&
  value.every((o) => typeof o === 'object' && o !== null && 'value' in o && 'label' in o && 'vi' in o.label)
const ENUMERATIONS: [string, readonly LabelledOption[]][] = Object.entries(enums).flatMap(([name, value]) =>
  isOptionList(value) ? [[name, value]] : [],
)
const vietnameseLabels = new Set(ENUMERATIONS.flatMap(([, options]) => options.map((o) => o.label.vi)))

describe('the glossaries of enumeration labels', () => {
  it('finds the enumerations', () => {
    expect(ENUMERATIONS.map(([name]) => name)).toContain('RELIC_RANKS')
    expect(ENUMERATIONS.length).toBeGreaterThan(10)
  })

  it.each(Object.entries(GLOSSARY))('%s labels every option of every enumeration', (_locale, glossary) => {
    const missing = ENUMERATIONS.flatMap(([name, options]) =>
      options.filter((o) => !glossary[o.label.vi]?.trim()).map((o) => `${name}.${o.value} (${o.label.vi})`),
    )
    expect(missing).toEqual([])
  })

  it.each(Object.entries(GLOSSARY))('%s has no stale label (a key no enumeration uses)', (_locale, glossary) => {
    expect(Object.keys(glossary).filter((key) => !vietnameseLabels.has(key))).toEqual([])
  })

  it('gives every locale its own label, never the English fallback of another', () => {
    const rank = enums.RELIC_RANKS
    const labels = LOCALES.map((locale) => labelOf(rank, 'special-national', locale))
    expect(new Set(labels).size).toBe(LOCALES.length)
    expect(labelOf(rank, 'special-national', 'zh-Hans')).toBe('国家特别级遗迹')
    expect(labelOf(rank, 'special-national', 'ru')).toBe('Памятник особого национального значения')
  })
})
