/**
 * Counts in words: "1 entry", "2 entries"; "1 запись", "2 записи", "5 записей", "21 запись". A
 * count's forms in the ui strings are keyed by its language's plural categories (CLDR, as
 * `Intl.PluralRules` knows them): Vietnamese, Korean, Chinese and Japanese have only `other`,
 * English and French `one` and `other`, Russian `one`, `few`, `many` and `other` (fractions).
 * `{n}` in a form is the number, written as the language writes numbers.
 *
 * The browser scripts (map, search) use it too: it imports only the contract's locale table.
 */
import { type Locale, localeInfo } from '@heritage/contract/locales'

/** A count's forms: `other` always, the other categories where the language has them. */
export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>

const made = new Map<Locale, { rules: Intl.PluralRules; number: Intl.NumberFormat }>()
const formatters = (locale: Locale) => {
  let f = made.get(locale)
  if (!f) {
    const intl = localeInfo(locale).intl
    f = { rules: new Intl.PluralRules(intl), number: new Intl.NumberFormat(intl) }
    made.set(locale, f)
  }
  return f
}

/** The plural categories a locale's counts need (what its ui strings must give). */
export const pluralCategories = (locale: Locale): Intl.LDMLPluralRule[] =>
  formatters(locale).rules.resolvedOptions().pluralCategories

/**
 * The form of `forms` for `n` in `locale`, `{n}` replaced by the number and the other
 * `{placeholders}` by `values` (those without a value are kept).
 */
export function plural(
  locale: Locale,
  forms: PluralForms,
  n: number,
  values: Record<string, string | number> = {},
): string {
  const { rules, number } = formatters(locale)
  const form = forms[rules.select(n)] ?? forms.other
  const all: Record<string, string | number> = { ...values, n: number.format(n) }
  return form.replace(/\{(\w+)\}/g, (whole, name: string) => String(all[name] ?? whole))
}
