/**
 * The languages of the content and of the public site: one table. Vietnamese is the language of
 * record; every other locale is a translation of it.
 *
 * Every locale of this table is a content locale of the CMS (Payload keeps a text per locale), so
 * a locale is never removed from it: removing one would delete its texts at the next save. Which
 * locales a province publishes is configuration (the CMS's `installation` global, carried to the
 * site by the snapshot's manifest); `enabledByDefault` marks the ones a new installation starts
 * with. The code is the BCP 47 tag, used as it is for Payload, `<html lang>`, `hreflang` and `Intl`;
 * `iso639` the language's ISO 639-3 code, which names it in the EU language vocabulary (DCAT).
 */
export const LOCALE_TABLE = [
  {
    code: 'vi',
    name: 'Tiếng Việt',
    english: 'Vietnamese',
    iso639: 'vie',
    intl: 'vi-VN',
    og: 'vi_VN',
    enabledByDefault: true,
  },
  {
    code: 'en',
    name: 'English',
    english: 'English',
    iso639: 'eng',
    intl: 'en-GB',
    og: 'en_GB',
    enabledByDefault: true,
  },
  { code: 'ko', name: '한국어', english: 'Korean', iso639: 'kor', intl: 'ko-KR', og: 'ko_KR', enabledByDefault: true },
  {
    code: 'zh-Hans',
    name: '简体中文',
    english: 'Chinese (Simplified)',
    iso639: 'zho',
    intl: 'zh-Hans-CN',
    og: 'zh_CN',
    enabledByDefault: true,
  },
  {
    code: 'ja',
    name: '日本語',
    english: 'Japanese',
    iso639: 'jpn',
    intl: 'ja-JP',
    og: 'ja_JP',
    enabledByDefault: true,
  },
  {
    code: 'zh-Hant',
    name: '繁體中文',
    english: 'Chinese (Traditional)',
    iso639: 'zho',
    intl: 'zh-Hant-TW',
    og: 'zh_TW',
    enabledByDefault: false,
  },
  {
    code: 'fr',
    name: 'Français',
    english: 'French',
    iso639: 'fra',
    intl: 'fr-FR',
    og: 'fr_FR',
    enabledByDefault: false,
  },
  {
    code: 'ru',
    name: 'Русский',
    english: 'Russian',
    iso639: 'rus',
    intl: 'ru-RU',
    og: 'ru_RU',
    enabledByDefault: false,
  },
] as const

export type Locale = (typeof LOCALE_TABLE)[number]['code']
export type LocaleInfo = (typeof LOCALE_TABLE)[number]
/** Every content locale, Vietnamese first. */
export const LOCALES: readonly [Locale, ...Locale[]] = [
  LOCALE_TABLE[0].code,
  ...LOCALE_TABLE.slice(1).map((l) => l.code),
]
export const DEFAULT_LOCALE = 'vi' satisfies Locale
/** The translations: every locale but Vietnamese. */
export type TranslationLocale = Exclude<Locale, typeof DEFAULT_LOCALE>
export const TRANSLATION_LOCALES = LOCALES.filter((l): l is TranslationLocale => l !== DEFAULT_LOCALE)
export const DEFAULT_ENABLED_LOCALES: readonly Locale[] = LOCALE_TABLE.filter((l) => l.enabledByDefault).map(
  (l) => l.code,
)

export const isLocale = (value: unknown): value is Locale => LOCALES.some((l) => l === value)
export const localeInfo = (locale: Locale): LocaleInfo => {
  const info = LOCALE_TABLE.find((l) => l.code === locale)
  if (!info) throw new Error(`Unknown locale ${locale}`)
  return info
}

/**
 * The locales a site publishes, in the table's order, Vietnamese always first and always in:
 * unknown codes are dropped, an empty setting means the defaults.
 */
export function enabledLocales(setting: readonly string[] | null | undefined): [Locale, ...Locale[]] {
  const wanted = new Set(setting && setting.length > 0 ? setting : DEFAULT_ENABLED_LOCALES)
  return [DEFAULT_LOCALE, ...TRANSLATION_LOCALES.filter((l) => wanted.has(l))]
}

/**
 * Where a locale's pages live: Vietnamese at the root, every other locale under its code in lower
 * case (`/en/`, `/ko/`, `/zh-hans/`): static hosts match paths case-sensitively and people type
 * lower case.
 */
export const localePrefix = (locale: Locale): string => (locale === DEFAULT_LOCALE ? '/' : `/${locale.toLowerCase()}/`)

/**
 * When a text is missing in a locale, the one shown instead: English, else Vietnamese (the
 * language of record). Vietnamese falls back to nothing.
 */
export const fallbackChain = (locale: Locale): Locale[] =>
  locale === DEFAULT_LOCALE ? [] : locale === 'en' ? [DEFAULT_LOCALE] : ['en', DEFAULT_LOCALE]

/** Chinese, Japanese and Korean: written without spaces between words (or with few). */
export const isCjk = (locale: Locale): boolean => locale === 'ko' || locale === 'ja' || locale.startsWith('zh')

// Kept for the site's older name: the site publishes in the enabled subset of these.
export const SITE_LOCALES = LOCALES
export type SiteLocale = Locale
