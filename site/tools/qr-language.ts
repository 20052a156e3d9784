/**
 * The languages a QR landing page of a build exists in, read from the build itself (no table to
 * keep in step): a locale has a page when its prefixed copy of the path exists (`/ko/p/CODE/`), or
 * else when the unprefixed page names one as its hreflang alternate and that page exists (a GS1
 * link `/01/…/` has no prefixed copies: its Korean page is the product's or the batch's).
 */
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { DEFAULT_LOCALE, type Locale, localePrefix, TRANSLATION_LOCALES } from '@heritage/contract/locales'
import { CHOICE_PARAM, chooseLocale, chosenLocale } from '../src/language-choice.ts'

/**
 * The file of the page at a decoded path (what a web server looks up, what `qrPaths` and serve.ts
 * give), inside the build. Decoding it again read lot `A%2FB`'s rules from lot `A/B`'s page.
 */
const pageFile = (build: string, decoded: string): string | null => {
  const file = path.join(build, decoded, 'index.html')
  return file.startsWith(path.resolve(build) + path.sep) ? file : null
}

/** Whether the build has a page at the decoded path `decoded`. */
export const pageExists = (build: string, decoded: string): boolean => {
  const file = pageFile(build, decoded)
  return !!file && !!statSync(file, { throwIfNoEntry: false })?.isFile()
}

/** Whether the build has the page an address (a URL path, as a link gives it) leads to. */
export const linkedPageExists = (build: string, href: string): boolean => {
  try {
    return pageExists(build, decodeURIComponent(href))
  } catch {
    return false
  }
}

/** hreflang → path of the `<link rel="alternate">` tags of a page. */
export function alternatesOf(html: string): Map<string, string> {
  const found = new Map<string, string>()
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    if (!/\brel="alternate"/.test(tag)) continue
    const lang = /\bhreflang="([^"]+)"/.exec(tag)?.[1]
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1]
    if (lang && href) found.set(lang.toLowerCase(), new URL(href, 'http://localhost').pathname)
  }
  return found
}

/** Locale → path of each translation of the QR page at `urlPath` (Vietnamese is the page itself). */
export function qrTranslations(build: string, urlPath: string): Map<Locale, string> {
  const pages = new Map<Locale, string>()
  for (const locale of TRANSLATION_LOCALES) {
    const prefixed = `${localePrefix(locale)}${urlPath.slice(1)}`
    if (pageExists(build, prefixed)) pages.set(locale, prefixed)
  }
  if (pages.size === TRANSLATION_LOCALES.length) return pages
  const own = pageFile(build, urlPath)
  let html = ''
  try {
    html = own ? readFileSync(own, 'utf8') : ''
  } catch {
    return pages
  }
  const alternates = alternatesOf(html)
  for (const locale of TRANSLATION_LOCALES) {
    const href = alternates.get(locale.toLowerCase())
    if (!pages.has(locale) && href && href !== urlPath && linkedPageExists(build, href)) pages.set(locale, href)
  }
  return pages
}

/**
 * Where a request for an unprefixed QR path goes: the address of the chosen translation (with the
 * request's other query parameters), or null to serve the Vietnamese page itself.
 */
export function languageRedirect(
  translations: ReadonlyMap<Locale, string>,
  query: string,
  acceptLanguage: string | undefined,
): string | null {
  const params = new URLSearchParams(query)
  const chosen = chosenLocale(params)
  const locale =
    chosen === null ? chooseLocale(acceptLanguage, new Set(translations.keys())) : chosen === 'other' ? null : chosen
  const target = locale && locale !== DEFAULT_LOCALE ? translations.get(locale) : undefined
  if (!target) return null
  params.delete(CHOICE_PARAM)
  const rest = params.toString()
  return rest ? `${target}?${rest}` : target
}
