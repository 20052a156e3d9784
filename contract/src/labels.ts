import { GLOSSARY } from './glossary.ts'
import type { Locale } from './locales.ts'

/** A value with its Vietnamese and English labels: the one shape every enumeration here uses. */
export interface LabelledOption<V extends string = string> {
  value: V
  label: { vi: string; en: string }
}

export const valuesOf = <V extends string>(options: readonly LabelledOption<V>[]): [V, ...V[]] => {
  const values = options.map((o) => o.value)
  if (values.length === 0) throw new Error('An enumeration needs at least one value')
  return values as [V, ...V[]]
}

/** A label in any locale: Vietnamese and English from the option, the others from the glossary, else English. */
export const labelText = (label: { vi: string; en: string }, locale: Locale): string =>
  locale === 'vi' || locale === 'en' ? label[locale] : (GLOSSARY[locale][label.vi] ?? label.en)

export const labelOf = <V extends string>(options: readonly LabelledOption<V>[], value: V, locale: Locale): string => {
  const option = options.find((o) => o.value === value)
  return option ? labelText(option.label, locale) : value
}
