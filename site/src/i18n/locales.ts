import {
  type Locale as ContentLocale,
  type DatePrecision,
  type LocalizedText,
  localePrefix,
  type OptionalText,
  VIETNAM_TIME_ZONE,
} from '@heritage/contract'

/** The site's languages. Until the site reads them from the snapshot, Vietnamese and English. */
export type Locale = Extract<ContentLocale, 'vi' | 'en'>
export const LOCALES: readonly Locale[] = ['vi', 'en']
/** Vietnamese lives at the root, English under /en/ (the contract's, which the CMS links with). */
export { localePrefix }
export const HTML_LANG: Record<Locale, string> = { vi: 'vi', en: 'en' }
export const OG_LOCALE: Record<Locale, string> = { vi: 'vi_VN', en: 'en_GB' }

export interface Shown {
  text: string
  /** Set when the English text is missing and Vietnamese is shown instead: mark it `lang="vi"`. */
  lang?: Locale
}

/** A localized value in the page's language, falling back to Vietnamese, the language of record. */
export function pick(value: LocalizedText | OptionalText | undefined, locale: Locale): Shown | undefined {
  if (!value) return undefined
  const own = value[locale]
  if (own) return { text: own }
  if (value.vi) return { text: value.vi, lang: locale === 'vi' ? undefined : 'vi' }
  return undefined
}

export const text = (value: LocalizedText | OptionalText | undefined, locale: Locale): string =>
  pick(value, locale)?.text ?? ''

const DATE: Record<Locale, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat('vi-VN', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: VIETNAM_TIME_ZONE,
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: VIETNAM_TIME_ZONE,
  }),
}
const PART: Record<DatePrecision, Record<Locale, Intl.DateTimeFormat>> = {
  month: {
    vi: new Intl.DateTimeFormat('vi-VN', { month: '2-digit', year: 'numeric', timeZone: VIETNAM_TIME_ZONE }),
    en: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: VIETNAM_TIME_ZONE }),
  },
  year: {
    vi: new Intl.DateTimeFormat('vi-VN', { year: 'numeric', timeZone: VIETNAM_TIME_ZONE }),
    en: new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: VIETNAM_TIME_ZONE }),
  },
}
/**
 * Dates as people in Vietnam read them (dd/mm/yyyy in Vietnamese), in Vietnam's time zone; a date
 * known only to the month or the year is shown as such ("tháng 11, 1988", "1988").
 */
export const formatDate = (iso: string, locale: Locale, precision?: DatePrecision): string =>
  (precision ? PART[precision][locale] : DATE[locale]).format(new Date(iso))

const NUMBER: Record<Locale, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN'),
  en: new Intl.NumberFormat('en-GB'),
}
export const formatNumber = (n: number, locale: Locale): string => NUMBER[locale].format(n)
