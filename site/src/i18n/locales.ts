/**
 * The site's languages: the contract's table (contract/src/locales.ts). A build publishes the
 * locales its snapshot's manifest lists (the CMS installation's setting), in the table's order,
 * Vietnamese first; `Intl` formats, Open Graph locales and `<html lang>` come from the table.
 */
import {
  type Locale as ContentLocale,
  type DatePrecision,
  DEFAULT_LOCALE,
  enabledLocales,
  fallbackChain,
  LOCALES,
  type LocalizedText,
  localeInfo,
  localePrefix,
  type OptionalText,
  type TranslationLocale,
  VIETNAM_TIME_ZONE,
} from '@heritage/contract'

export type Locale = ContentLocale
/**
 * Every locale the site can publish (the contract's table, Vietnamese first): records keyed by
 * locale cover all of them. Which ones a build publishes: `publishedLocales`.
 */
/** Vietnamese lives at the root, every other locale under its code in lower case (`/en/`, `/zh-hans/`). */
export { DEFAULT_LOCALE, fallbackChain, LOCALES, localeInfo, localePrefix, type TranslationLocale }

/** The locales a build publishes: its snapshot manifest's, in the table's order, Vietnamese first. */
export const publishedLocales = (manifest: { locales: readonly string[] }): [Locale, ...Locale[]] =>
  enabledLocales(manifest.locales)

/** A value per locale: Vietnamese's own, English's for every other locale (like the kinds' folders). */
export const viOrEnglish = <T>(vi: T, en: T): Record<Locale, T> =>
  Object.fromEntries(LOCALES.map((l) => [l, l === DEFAULT_LOCALE ? vi : en])) as Record<Locale, T>

/** `<html lang>`, `hreflang` and `lang` attributes: the BCP 47 code itself. */
export const htmlLang = (locale: Locale): string => locale
export const ogLocale = (locale: Locale): string => localeInfo(locale).og
export const HTML_LANG: Record<Locale, string> = Object.fromEntries(LOCALES.map((l) => [l, htmlLang(l)])) as Record<
  Locale,
  string
>

export interface Shown {
  text: string
  /** Set when the text is in another language than the page's (a fallback): mark it `lang`. */
  lang?: Locale
}

/**
 * A localized value in the page's language, else in the fallback chain's (English, then
 * Vietnamese, the language of record), marked with its language.
 */
export function pick(value: LocalizedText | OptionalText | undefined, locale: Locale): Shown | undefined {
  if (!value) return undefined
  const own = value[locale]
  if (own) return { text: own }
  for (const other of fallbackChain(locale)) {
    const text = value[other]
    if (text) return { text, lang: other }
  }
  return undefined
}

/**
 * Several localized values joined, each as `pick` finds it; marked with a language when all of
 * them fell back to the same one (a commune and its province, both only in Vietnamese).
 */
export function pickJoined(
  values: readonly (LocalizedText | OptionalText | undefined)[],
  locale: Locale,
  separator: string,
): Shown | undefined {
  const shown = values.flatMap((value) => pick(value, locale) ?? [])
  if (shown.length === 0) return undefined
  const langs = new Set(shown.map((s) => s.lang))
  const [only] = langs
  return { text: shown.map((s) => s.text).join(separator), ...(langs.size === 1 && only ? { lang: only } : {}) }
}

/** The `lang` of a name or an address typed once, in Vietnamese (not localized), on a page in `locale`. */
export const typedLang = (locale: Locale): Locale | undefined =>
  locale === DEFAULT_LOCALE ? undefined : DEFAULT_LOCALE
export const vietnameseText = (value: string | undefined, locale: Locale): Shown | undefined => {
  const lang = typedLang(locale)
  return value ? { text: value, ...(lang ? { lang } : {}) } : undefined
}

export const text = (value: LocalizedText | OptionalText | undefined, locale: Locale): string =>
  pick(value, locale)?.text ?? ''

/** A formatter per locale, made on first use (eight locales × a few formats). */
const perLocale = <F>(make: (intl: string) => F) => {
  const made = new Map<Locale, F>()
  return (locale: Locale): F => {
    let f = made.get(locale)
    if (!f) {
      f = make(localeInfo(locale).intl)
      made.set(locale, f)
    }
    return f
  }
}
const dateFormat = (options: Intl.DateTimeFormatOptions, viOptions: Intl.DateTimeFormatOptions) =>
  perLocale(
    (intl) =>
      new Intl.DateTimeFormat(intl, { ...(intl.startsWith('vi') ? viOptions : options), timeZone: VIETNAM_TIME_ZONE }),
  )
const DATE = dateFormat(
  { day: 'numeric', month: 'long', year: 'numeric' },
  { day: '2-digit', month: '2-digit', year: 'numeric' },
)
const PART: Record<DatePrecision, (l: Locale) => Intl.DateTimeFormat> = {
  month: dateFormat({ month: 'long', year: 'numeric' }, { month: '2-digit', year: 'numeric' }),
  year: dateFormat({ year: 'numeric' }, { year: 'numeric' }),
}
/**
 * Dates as people read them in each language (dd/mm/yyyy in Vietnamese, "5 March 2024",
 * "2024년 3월 5일", "2024年3月5日"), in Vietnam's time zone; a date known only to the month or the
 * year is shown as such ("tháng 11, 1988", "1988").
 */
export const formatDate = (iso: string, locale: Locale, precision?: DatePrecision): string =>
  (precision ? PART[precision] : DATE)(locale).format(new Date(iso))

const NUMBER = perLocale((intl) => new Intl.NumberFormat(intl))
export const formatNumber = (n: number, locale: Locale): string => NUMBER(locale).format(n)
const LANGUAGE_NAMES = perLocale((intl) => new Intl.DisplayNames(intl, { type: 'language' }))
/** A language's name in the page's language ("Korean", "tiếng Hàn", "한국어"). */
export const languageName = (of: Locale, locale: Locale): string => LANGUAGE_NAMES(locale).of(of) ?? localeInfo(of).name

/**
 * Things in several languages (audio guides) in the order a visitor of a page in `locale` wants
 * them: the page's language, then English, then Vietnamese, then the rest as they came.
 */
export function inPreferredOrder<T>(items: readonly T[], locale: Locale, languageOf: (item: T) => Locale): T[] {
  const order = [locale, ...fallbackChain(locale)]
  const rank = (item: T) => {
    const at = order.indexOf(languageOf(item))
    return at < 0 ? order.length : at
  }
  return [...items].sort((a, b) => rank(a) - rank(b))
}

/** A number with options (units, digits), in the locale's format. */
export const numberFormat = (locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat =>
  new Intl.NumberFormat(localeInfo(locale).intl, options)
