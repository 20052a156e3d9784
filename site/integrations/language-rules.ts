/**
 * The QR landing pages' language choice (src/language-choice.ts, what tools/serve.ts does) as
 * rules for other web servers, written into the build next to `_headers`, from the built pages
 * themselves: one rule per QR path and language the entry is translated into.
 *
 * - `_redirects` (Netlify): `Language=` conditions. Netlify reads only the FIRST language of the
 *   header and only its first two letters: `en-US,ko;q=0.9` is English, and zh-TW cannot be told
 *   from zh-CN (both get Simplified Chinese when it exists). `?lang=vi` is kept by a rewrite.
 *   Cloudflare Pages reads `_redirects` too but has no language conditions: it skips these lines as
 *   invalid, and choosing by language there needs a Pages Function.
 * - `nginx-language.conf`: `map`s for the `http {}` block, and two lines for the `server {}` block
 *   (at the top of the file). nginx maps see the first language of the header only.
 * - `Caddyfile.language`: a snippet to `import` in the site block (Caddy 2), first language only.
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { BATCH_MAX_LENGTH } from '@heritage/contract'
import { DEFAULT_LOCALE, LOCALES, type Locale, localePrefix } from '@heritage/contract/locales'
import { LINKSET_DIR } from '../src/gs1-resolver.ts'
import { CHOICE_PARAM, isQrLandingPath } from '../src/language-choice.ts'
import { CADDY_HEADERS_FILE, NGINX_HEADERS_FILE } from '../src/security.ts'
import { languageRedirect, linkedPageExists, pageExists, qrTranslations } from '../tools/qr-language.ts'

export const NETLIFY_FILE = '_redirects'
export const NGINX_FILE = 'nginx-language.conf'
export const CADDY_FILE = 'Caddyfile.language'
/** Files of a build meant for the web server, not for visitors. */
export const HOST_FILES = [NETLIFY_FILE, NGINX_FILE, CADDY_FILE, NGINX_HEADERS_FILE, CADDY_HEADERS_FILE]

/**
 * How deep the build's folders are walked for QR pages: `/01/<GTIN>/10/` and a lot's parts, each a
 * folder (at most half its characters, slashes between them: batchProblem refuses empty parts).
 */
const QR_DEPTH = 3 + Math.ceil(BATCH_MAX_LENGTH / 2)

/** Every unprefixed QR landing path of a build (decoded, with slashes), sorted. */
export function qrPaths(build: string): string[] {
  const found: string[] = []
  const walk = (dir: string, urlPath: string, depth: number) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isFile() && entry.name === 'index.html' && isQrLandingPath(urlPath)) found.push(urlPath)
      if (entry.isDirectory() && depth < QR_DEPTH)
        walk(path.join(dir, entry.name), `${urlPath}${entry.name}/`, depth + 1)
    }
  }
  for (const top of ['p', 't', '01']) {
    const dir = path.join(build, top)
    if (readdirSync(build).includes(top)) walk(dir, `/${top}/`, 1)
  }
  return found.sort()
}

/** The header a server that reads one language sees, for a group of the table's locales. */
interface LanguageKey {
  /** The group's name in the rules (`ko`, `zh-hant`, `other`). */
  key: string
  /** What the visitor's first language is taken to mean. */
  header: string
}

const language = (locale: Locale) => new Intl.Locale(locale).language
/** A language outside the table ("undetermined"): the fallback, English. */
const OTHER: LanguageKey = { key: 'other', header: 'und' }

/** One key per locale but Vietnamese (whose page is the unprefixed one), and `other`. */
const LOCALE_KEYS: LanguageKey[] = [
  ...LOCALES.filter((l) => l !== DEFAULT_LOCALE).map((l) => ({ key: l.toLowerCase(), header: l })),
  OTHER,
]

export interface Rule {
  path: string
  key: string
  target: string
}

/** The QR paths of a build that have translations, each with them (what the rules are made of). */
export type QrTable = { path: string; translations: Map<Locale, string> }[]

/**
 * Reads the build once for the three files (each page of a large province is a file to stat and
 * read: seconds at 10,000 entries, which a one-entry publish paid three times).
 */
export function qrTable(build: string): QrTable {
  const table: QrTable = []
  for (const urlPath of qrPaths(build)) {
    const translations = qrTranslations(build, urlPath)
    if (translations.size > 0) table.push({ path: urlPath, translations })
  }
  return table
}

/** The table as a publish keeps it beside the build's record (tools/publish.ts), for the next partial build. */
export const serializeQrTable = (table: QrTable): string =>
  JSON.stringify(table.map(({ path: urlPath, translations }) => [urlPath, [...translations]]))

/** A kept table, or null when the text is not one (the rules are then made from the pages). */
export function parseQrTable(text: string): QrTable | null {
  try {
    const rows = JSON.parse(text) as unknown
    if (!Array.isArray(rows)) return null
    const table: QrTable = []
    for (const row of rows) {
      const [urlPath, pairs] = Array.isArray(row) ? row : []
      if (typeof urlPath !== 'string' || !Array.isArray(pairs)) return null
      const translations = new Map<Locale, string>()
      for (const pair of pairs) {
        const [locale, target] = Array.isArray(pair) ? pair : []
        if (!LOCALES.includes(locale) || typeof target !== 'string') return null
        translations.set(locale, target)
      }
      table.push({ path: urlPath, translations })
    }
    return table
  } catch {
    return null
  }
}

/** `/ko/p/CODE/` → `/p/CODE/`: the unprefixed path a page in another language is a copy of. */
function unprefixed(urlPath: string): string {
  for (const locale of LOCALES) {
    const prefix = localePrefix(locale)
    if (prefix !== '/' && urlPath.startsWith(prefix)) return `/${urlPath.slice(prefix.length)}`
  }
  return urlPath
}

/**
 * The table of a partial build, from the live build's (`previous`) and the pages this build
 * rendered (decoded paths, `/ko/p/CODE/`), without reading the kept pages: a QR page and its
 * copies in other languages belong to one entry (a GS1 link's to its product or batch), kept or
 * rendered together, so a kept page's row is the live build's. Rows are read again for every QR
 * path rendered, in any language, and for any row naming a page rendered or gone; a row whose
 * page is gone (its entry removed) is dropped. Each kept row costs a few `stat`s, not a read:
 * 17,508 QR pages were read at every one-entry publish at 10,000 entries (about 3 s). The same table as `qrTable(build)` (site/test/incremental.test.ts).
 */
export function qrTableAfter(build: string, previous: QrTable, rendered: readonly string[]): QrTable {
  const renderedPaths = new Set(rendered)
  const fresh = new Set<string>()
  for (const urlPath of rendered) {
    const own = unprefixed(urlPath)
    if (isQrLandingPath(own)) fresh.add(own)
  }
  const rows = new Map<string, Map<Locale, string>>()
  for (const row of previous) {
    if (fresh.has(row.path)) continue
    if ([...row.translations.values()].some((target) => renderedPaths.has(target))) {
      fresh.add(row.path)
      continue
    }
    // A row is the live build's while its page and every page it names are there.
    if (!pageExists(build, row.path)) continue
    if ([...row.translations.values()].every((target) => linkedPageExists(build, target)))
      rows.set(row.path, row.translations)
    else fresh.add(row.path)
  }
  for (const urlPath of fresh) {
    if (!pageExists(build, urlPath)) continue
    const translations = qrTranslations(build, urlPath)
    if (translations.size > 0) rows.set(urlPath, translations)
    else rows.delete(urlPath)
  }
  return [...rows.keys()].sort().map((urlPath) => ({ path: urlPath, translations: rows.get(urlPath) ?? new Map() }))
}

const tableOf = (build: string | QrTable): QrTable => (typeof build === 'string' ? qrTable(build) : build)

/** Where each QR path goes for each language key (only where it leaves the Vietnamese page). */
export function qrRules(build: string | QrTable, keys: LanguageKey[] = LOCALE_KEYS): Rule[] {
  const rules: Rule[] = []
  for (const { path: urlPath, translations } of tableOf(build)) {
    for (const { key, header } of keys) {
      const target = languageRedirect(translations, '', header)
      if (target) rules.push({ path: urlPath, key, target })
    }
  }
  return rules
}

/** A path as a URL path again: what Netlify matches and what a Location header carries. */
const encoded = (decoded: string) => decoded.split('/').map(encodeURIComponent).join('/')

export function netlifyRedirects(build: string | QrTable): string {
  // Netlify's key is the language subtag: zh-Hans and zh-Hant share `zh`, Simplified first.
  const keys = [...new Set(LOCALES.filter((l) => l !== DEFAULT_LOCALE).map(language))].map((lang) => ({
    key: lang,
    header: LOCALES.filter((l) => language(l) === lang)
      .map((l, i) => `${l};q=${1 - i / 10}`)
      .join(','),
  }))
  const rules = qrRules(build, keys)
  const lines = [
    '# Written by the site build (integrations/language-rules.ts).',
    '# GS1 Digital Links: the product’s linkset for ?linkType=linkset or all (Netlify cannot read the',
    '# Accept header, nor answer OPTIONS or a malformed link: README, "GS1 Digital Link resolver").',
    ...['', '/*'].flatMap((rest) =>
      ['linkset', 'all'].map((type) => `/01/:gtin${rest}  linkType=${type}  /${LINKSET_DIR}/:gtin.json  200!`),
    ),
    '# QR landing pages in the visitor’s language (first language of Accept-Language only, as',
    '# Netlify reads it).',
  ]
  let last = ''
  for (const rule of rules) {
    const from = encoded(rule.path)
    if (from !== last) lines.push(`${from}  ${CHOICE_PARAM}=vi  ${from}  200!`)
    last = from
    lines.push(`${from}  ${encoded(rule.target)}  302!  Language=${rule.key}`)
  }
  return `${lines.join('\n')}\n`
}

/** Regexes on the header's first tag for each key, most specific first (from Intl's likely scripts). */
function firstTagPatterns(): { pattern: string; key: string }[] {
  const out: { pattern: string; key: string }[] = [{ pattern: '^vi\\b', key: '' }]
  const byLanguage = new Map<string, Locale[]>()
  for (const l of LOCALES.filter((l) => l !== DEFAULT_LOCALE))
    byLanguage.set(language(l), [...(byLanguage.get(language(l)) ?? []), l])
  const regions = Array.from({ length: 26 * 26 }, (_, i) => String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26)))
  for (const [lang, locales] of byLanguage) {
    // A language written in several scripts (Chinese): the script named, or a region of it.
    for (const locale of locales.slice(1)) {
      const script = new Intl.Locale(locale).script ?? ''
      const own = regions.filter((r) => {
        try {
          return new Intl.Locale(`${lang}-${r}`).maximize().script === script
        } catch {
          return false
        }
      })
      out.push({ pattern: `^${lang}-(${[script, ...own].join('|').toLowerCase()})\\b`, key: locale.toLowerCase() })
    }
    out.push({ pattern: `^${lang}\\b`, key: (locales[0] ?? lang).toLowerCase() })
  }
  return out
}

const nginxString = (value: string) => `"${value.replace(/["\\$]/g, (c) => `\\${c}`)}"`

export function nginxConf(build: string | QrTable): string {
  const lines = [
    '# QR landing pages in the visitor’s language, for nginx. Written by the site build',
    '# (integrations/language-rules.ts). Include this file in the http {} block, and in the',
    '# server {} block that serves the site add:',
    '#',
    '#     if ($heritage_language_target) { return 302 $heritage_language_target; }',
    '#     add_header Vary $heritage_language_vary always;',
    '#',
    '# nginx sees the first language of Accept-Language only; ?lang=... keeps the page asked for.',
    '',
    'map $http_accept_language $heritage_language {',
    '    default other;',
    '    "" "";',
    ...firstTagPatterns().map(({ pattern, key }) => `    ${nginxString(`~*${pattern}`)} ${nginxString(key)};`),
    '}',
    '',
    'map $arg_lang $heritage_language_chosen {',
    '    default "";',
    '    "" $heritage_language;',
    '}',
    '',
    'map "$heritage_language_chosen $uri" $heritage_language_target {',
    '    default "";',
    ...qrRules(build).map((r) => `    ${nginxString(`${r.key} ${r.path}`)} ${nginxString(encoded(r.target))};`),
    '}',
    '',
    'map $uri $heritage_language_vary {',
    '    default "";',
    // After the index module, $uri names the file: /p/CODE/index.html.
    '    "~^/[pt]/[0-9A-Z]+/(index\\.html)?$" Accept-Language;',
    '    "~^/01/[0-9]{14}/" Accept-Language;',
    '}',
  ]
  return `${lines.join('\n')}\n`
}

const caddyString = (value: string) => `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"`

export function caddySnippet(build: string | QrTable): string {
  const lines = [
    '# QR landing pages in the visitor’s language, for Caddy 2. Written by the site build',
    '# (integrations/language-rules.ts). In the site block: import Caddyfile.language',
    '# Caddy sees the first language of Accept-Language here; ?lang=... keeps the page asked for.',
    'map {header.Accept-Language} {heritage_language} {',
    ...firstTagPatterns().map(({ pattern, key }) => `\t~(?i)${pattern} ${caddyString(key)}`),
    '\t~^$ ""',
    '\tdefault other',
    '}',
    // Caddy does not expand placeholders in a map's outputs: `?lang=` goes into the key instead.
    'map "{query.lang}|{heritage_language} {path}" {heritage_language_target} {',
    ...qrRules(build).map((r) => `\t${caddyString(`|${r.key} ${r.path}`)} ${caddyString(encoded(r.target))}`),
    '\tdefault ""',
    '}',
    '@heritage_language_qr path_regexp ^/([pt]/[0-9A-Z]+/|01/[0-9]{14}/)',
    'header @heritage_language_qr Vary Accept-Language',
    '@heritage_language_redirect expression `{heritage_language_target} != ""`',
    'redir @heritage_language_redirect {heritage_language_target} 302',
  ]
  return `${lines.join('\n')}\n`
}
