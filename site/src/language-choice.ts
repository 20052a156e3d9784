/**
 * Which language a QR landing page opens in: the phone's Accept-Language against the locales the
 * scanned entry has a page in. Used by tools/serve.ts on every unprefixed QR request and by
 * integrations/language-rules.ts to write the same choice as rules for static hosts.
 *
 * - Preferences are taken by q-value (ties in the header's order); `*` and q=0 are ignored.
 * - A tag matches a locale by language and, where the locale names a script, by the tag's likely
 *   script (`Intl.Locale#maximize`): zh, zh-CN, zh-SG, zh-Hans-* → zh-Hans; zh-TW, zh-HK, zh-MO,
 *   zh-Hant-* → zh-Hant; ko-KR → ko. Nothing here lists tags by hand: it comes from the contract.
 * - The first preference with a page wins (Vietnamese, the unprefixed page, counts as one); when
 *   none has a page, a visitor who asked for any language other than Vietnamese gets English if
 *   the entry has it, else Vietnamese. No header: Vietnamese.
 * - `?lang=<locale>` is a choice already made (the language row links with it): no negotiation.
 */
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '@heritage/contract/locales'

/** The query parameter of an explicit choice: `/t/CODE/?lang=vi` is never sent elsewhere. */
export const CHOICE_PARAM = 'lang'

/**
 * Unprefixed QR landing paths: plaques `/p/CODE/`, batch labels `/t/CODE/`, GS1 Digital Links
 * `/01/<GTIN-14>/` and `/01/<GTIN-14>/10/<lot>/` (decoded path).
 */
export const isQrLandingPath = (decoded: string): boolean =>
  /^\/[pt]\/[0-9A-Z]+\/$/.test(decoded) || /^\/01\/\d{14}\/(10\/.+\/)?$/.test(decoded)

const SUBTAGS = LOCALES.map((code) => {
  const parsed = new Intl.Locale(code)
  return { code, language: parsed.language, script: parsed.script }
})

/**
 * Tags already read: the build's language rules ask for the same few tags once per QR page (tens
 * of thousands in a large province), and phones send the same few. Bounded, since the tags of a
 * request header are anyone's to choose.
 */
const known = new Map<string, Locale | null>()
const KNOWN_MAX = 512

/** The locale a BCP 47 tag asks for, or null (unknown language, malformed tag, `*`). */
export function localeOfTag(tag: string): Locale | null {
  const found = known.get(tag)
  if (found !== undefined) return found
  const locale = readTag(tag)
  if (known.size >= KNOWN_MAX) known.clear()
  known.set(tag, locale)
  return locale
}

function readTag(tag: string): Locale | null {
  let parsed: Intl.Locale
  try {
    parsed = new Intl.Locale(tag)
  } catch {
    return null
  }
  const candidates = SUBTAGS.filter((l) => l.language === parsed.language)
  if (candidates.length <= 1) return candidates[0]?.code ?? null
  const script = parsed.maximize().script
  return candidates.find((l) => l.script === script)?.code ?? null
}

/** The tags of an Accept-Language header, most wanted first; q=0 and `*` left out. */
export function acceptedTags(header: string | undefined): string[] {
  const tags: { tag: string; q: number; at: number }[] = []
  for (const [at, part] of (header ?? '').split(',').entries()) {
    const [tag = '', ...params] = part.split(';').map((s) => s.trim())
    const q = params.find((p) => /^q=/i.test(p))
    const weight = q ? Number(q.slice(2)) : 1
    if (tag && tag !== '*' && Number.isFinite(weight) && weight > 0) tags.push({ tag, q: weight, at })
  }
  return tags.sort((a, b) => b.q - a.q || a.at - b.at).map((t) => t.tag)
}

/**
 * The locale to open for this header, given the locales with a page (Vietnamese always has one).
 */
export function chooseLocale(header: string | undefined, available: ReadonlySet<Locale>): Locale {
  const tags = acceptedTags(header)
  for (const tag of tags) {
    const locale = localeOfTag(tag)
    if (locale === DEFAULT_LOCALE || (locale && available.has(locale))) return locale
  }
  return tags.length > 0 && available.has('en') ? 'en' : DEFAULT_LOCALE
}

/** The locale of an explicit `?lang=` choice (case-insensitive), null without one. */
export function chosenLocale(query: URLSearchParams): Locale | 'other' | null {
  const value = query.get(CHOICE_PARAM)
  if (value === null) return null
  return LOCALES.find((l) => l.toLowerCase() === value.toLowerCase()) ?? 'other'
}

/** The link to a page in a language the visitor picks: QR paths carry the choice, so no host overrides it. */
export const chosenLanguageHref = (href: string, locale: Locale): string =>
  isLocale(locale) && isQrLandingPath(href) ? `${href}?${CHOICE_PARAM}=${locale.toLowerCase()}` : href
