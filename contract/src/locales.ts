/** The languages of the content and of the public site. Vietnamese is the language of record. */
export type Locale = 'vi' | 'en'
export const LOCALES = ['vi', 'en'] as const satisfies readonly Locale[]
export const DEFAULT_LOCALE: Locale = 'vi'

/** The site is published in every language of the content. */
export const SITE_LOCALES = LOCALES
export type SiteLocale = Locale

/** Vietnamese lives at the root, English under /en/. */
export const localePrefix = (locale: SiteLocale): string => (locale === 'vi' ? '/' : '/en/')
