/**
 * English that Payload shows in its Vietnamese admin when nothing is done about it, derived from
 * Payload's own translation files (not hand-typed), for tests that read the admin's screens:
 *
 * - every English text Payload ships (`en`) whose Vietnamese (`vi`) is missing or left identical;
 * - the English words Payload's Vietnamese texts are sprinkled with ("Lỗi - Field sau không hợp
 *   lệ", "Tên file"), found by looking each word of a Vietnamese text up among the English words;
 * - every multi-word English text of Payload's: none of them belongs on a Vietnamese screen, and
 *   one shows up wherever a key falls back to English;
 * - texts Payload writes in English in its code rather than in its translations (found by reading
 *   @payloadcms/ui and @payloadcms/richtext-lexical), as patterns.
 */
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'

type Tree = { [key: string]: string | Tree }

const flatten = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[prefix + key, value] as [string, string]] : flatten(value, `${prefix}${key}:`),
  )

/** Text without {{placeholders}} and <tags>, split where they were. */
const segments = (text: string) =>
  text
    .split(/\{\{[^}]*\}\}|<[^>]*>/)
    .map((part) => part.replace(/^[\s"'“(:,.-]+|[\s"'”):,.…!?-]+$/g, ''))
    .filter(Boolean)

const wordsOf = (text: string) => segments(text).flatMap((part) => part.match(/\p{L}+/gu) ?? [])

/** Loanwords an officer reads as Vietnamese, and words that are also Vietnamese syllables. */
const ACCEPTED = new Set(['API', 'URL', 'ID', 'GPS', 'PDF', 'QR', 'OCOP', 'Excel', 'CSV', 'English', 'Tiếng'])

const english = flatten(en.translations as unknown as Tree)
const vietnamese = new Map(flatten(vi.translations as unknown as Tree))

const englishWords = new Set(english.flatMap(([, text]) => wordsOf(text)).filter((word) => /^[A-Za-z]{3,}$/.test(word)))

/** Keys Payload leaves English in Vietnamese, with the English shown. */
export const untranslatedKeys = english.filter(([key, text]) => {
  const translated = vietnamese.get(key)
  return translated === undefined || translated === text
})

/** English words inside Payload's Vietnamese texts, e.g. "Field" in "Lỗi - Field sau không hợp lệ". */
export const englishInVietnamese = [
  ...new Set([...vietnamese.values()].flatMap((text) => wordsOf(text).filter((word) => englishWords.has(word)))),
].filter((word) => !ACCEPTED.has(word))

/** Payload's English written in its code, not in its translation files. */
export const HARD_CODED_ENGLISH = [
  /Successfully saved \d+ files?/,
  /Failed to save \d+ files?/,
  /Copy URL/,
  /Sort by/,
  /No columns selected/,
  /No group by selected/,
  /Revoke API key/,
  /Add block/,
  // DocumentLocked formats its date with en-US whatever the language: "Dec 5, 2026, 12:30 AM".
  /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, \d{4}/,
]

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** A whole word or phrase: not inside a longer word (Vietnamese letters included). */
const whole = (text: string) => new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(text)}(?![\\p{L}\\d])`, 'u')

const phrases = [
  ...new Set([
    ...untranslatedKeys.flatMap(([, text]) => segments(text)),
    ...englishInVietnamese,
    ...english.flatMap(([, text]) => segments(text)).filter((part) => /^[A-Za-z]+( [A-Za-z]+)+$/.test(part)),
  ]),
].filter((phrase) => !ACCEPTED.has(phrase))

export const UNTRANSLATED: RegExp[] = [...phrases.map(whole), ...HARD_CODED_ENGLISH]

/** The untranslated English found in a screen's text, each with the line it stands in. */
export function findEnglish(text: string): string[] {
  const lines = text.split('\n')
  return UNTRANSLATED.flatMap((pattern) => {
    const line = lines.find((candidate) => pattern.test(candidate))
    return line === undefined
      ? []
      : [
          `${pattern.source.replace(/\(\?<!\[\\p\{L\}\\d\]\)|\(\?!\[\\p\{L\}\\d\]\)/g, '')} in “${line.trim().slice(0, 120)}”`,
        ]
  })
}
