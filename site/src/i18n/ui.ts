import type { Locale as ContentLocale } from '@heritage/contract'
import type { Locale } from './locales'
import en from './ui/en.json'
import fr from './ui/fr.json'
import ja from './ui/ja.json'
import ko from './ui/ko.json'
import ru from './ui/ru.json'
import vi from './ui/vi.json'
import zhHans from './ui/zh-Hans.json'
import zhHant from './ui/zh-Hant.json'

/**
 * Interface strings, one file a locale (ui/<locale>.json): the site-wide ones at the top level,
 * then a section a component or page. Labels of domain values (ranks, types, OCOP groups) come
 * from @heritage/contract. A new locale is one more file here, typed against Vietnamese: a
 * missing string fails the typecheck. `{name}` marks a value filled in (see `fill`).
 */
export type UiStrings = typeof vi

/** Every content locale has its strings, whether or not the site publishes it yet. */
const STRINGS: Record<ContentLocale, UiStrings> = { vi, en, ko, 'zh-Hans': zhHans, ja, 'zh-Hant': zhHant, fr, ru }

/** The strings of a locale, sections included. */
export const strings = (locale: Locale): UiStrings => STRINGS[locale]

/** The site-wide strings (the top level, not the sections). */
export type UiKey = { [K in keyof UiStrings]: UiStrings[K] extends string ? K : never }[keyof UiStrings]
export const ui = (locale: Locale, key: UiKey): string => strings(locale)[key]
export const translator = (locale: Locale) => {
  const S = strings(locale)
  return (key: UiKey) => S[key]
}

/** "Not yet translated" in the page's language, for an entry whose page opens in `target` (en or vi). */
export const untranslatedNote = (locale: Locale, target: Locale): string => {
  const S = strings(locale).untranslated
  return target === 'en' ? S.inEnglish : S.inVietnamese
}

/** `{name}` placeholders filled in; those without a value are kept (a browser script fills them). */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole))

/** Every string of a section with the given placeholders filled in. */
export const fillAll = <T extends Record<string, string>>(section: T, values: Record<string, string | number>): T => {
  const filled: Record<string, string> = {}
  for (const [key, template] of Object.entries(section)) filled[key] = fill(template, values)
  return filled as T
}

/** What the 3D and 360° viewers' script (src/scripts/viewers.ts) reads from `data-strings`. */
export const viewerStrings = (
  L: Record<'loading' | 'preparing' | 'canvas' | 'noWebgl' | 'failed' | 'contextLost', string>,
  fallback: string,
) => ({
  loading: L.loading,
  preparing: L.preparing,
  canvas: L.canvas,
  noWebgl: L.noWebgl,
  failed: L.failed,
  contextLost: L.contextLost,
  fallback,
})
