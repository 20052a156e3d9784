/**
 * Synthetic translations of the generated province into Korean, Simplified Chinese and Japanese:
 * a title, a summary and a three-paragraph body in the locale's own script (Hangul; Hanzi; Kana
 * and Kanji), made from small word lists (translations.json), as vocabulary.json does for
 * Vietnamese. Names are written the way each language writes Vietnamese names: Korean and Japanese
 * transcribe them (응우옌 반 안, グエン・ヴァン・アン), Chinese uses their Hán characters (阮文安).
 * Like the Vietnamese text, every translation says it is an example.
 */
import type { PageKind } from '@heritage/contract'
import { z } from 'zod'
import { GenerateError } from './generator'
import { random } from './random'
import vocabularies from './translations.json'

const vocabularySchema = z.object({
  /** Every word of the generator's place and person names, in this locale's script. */
  names: z.record(z.string(), z.string()),
  join: z.object({ place: z.string(), person: z.string() }),
  kinds: z.record(z.string(), z.string()),
  relicWords: z.record(z.string(), z.string()),
  placeSubject: z.string(),
  personSubject: z.string(),
  title: z.string(),
  personTitle: z.string(),
  summary: z.string(),
  body: z.array(z.string()),
})
export type Vocabulary = z.infer<typeof vocabularySchema>

const VOCABULARIES: Record<string, Vocabulary> = z.record(z.string(), vocabularySchema).parse(vocabularies)

/** The locales the generator can write synthetic translations in. */
export const SYNTHETIC_LOCALES: readonly string[] = Object.keys(VOCABULARIES)

export function vocabularyOf(locale: string): Vocabulary {
  const vocabulary = VOCABULARIES[locale]
  if (!vocabulary) {
    throw new GenerateError(
      `No synthetic vocabulary for the locale "${locale}": choose from ${SYNTHETIC_LOCALES.join(', ')}.`,
    )
  }
  return vocabulary
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole)

/** What a translation is made from: the entry's kind and its Vietnamese title and body text. */
export interface Source {
  kind: PageKind
  /** The generated Vietnamese title, e.g. "Đình An Bình 0001 (ví dụ)". */
  title: string
  /** The Vietnamese body's text (its year is reused), when the entry has one. */
  body?: string
}

export interface TranslatedText {
  title: string
  summary: string
  body: string[]
}

/**
 * The translated title, summary and body of a generated entry. The Vietnamese title names a place
 * (two syllables) or, for an artisan, a person, followed by the entry's number: those are carried
 * over, written in the locale's script; the rest is the locale's own sentence around them.
 */
export function translatedText(locale: string, source: Source): TranslatedText {
  const v = vocabularyOf(locale)
  const parsed = /^(.*?) (\d{3,})(?: \(.*\))?$/.exec(source.title.normalize('NFC'))
  const before = parsed?.[1] ?? source.title
  const n = parsed?.[2] ?? ''
  const words = before.split(' ')
  const person = source.kind === 'artisans'
  // The name: the trailing words the vocabulary knows (a place has two, a person all three).
  const name: string[] = []
  for (let i = words.length - 1; i >= 0 && (person || name.length < 2); i--) {
    const word = v.names[words[i] ?? '']
    if (word === undefined) break
    name.unshift(word)
  }
  const relicWord = Object.keys(v.relicWords).find((vi) => before.startsWith(`${vi} `))
  const kind = (source.kind === 'relics' && relicWord ? v.relicWords[relicWord] : undefined) ?? v.kinds[source.kind]
  if (kind === undefined) throw new GenerateError(`No ${locale} word for the kind ${source.kind}.`)
  const year = /năm (\d{3,4})/.exec(source.body ?? '')?.[1] ?? '1800'
  const joined = name.join(person ? v.join.person : v.join.place)
  const subject = person
    ? fill(v.personSubject, { kind, name: joined })
    : fill(v.placeSubject, { kind, place: joined }).trim()
  const title = person ? fill(v.personTitle, { name: joined, n }) : fill(v.title, { subject, n })
  return {
    title: title.replace(/ {2,}/g, ' ').trim(),
    summary: fill(v.summary, { subject }),
    body: v.body.map((paragraph) => fill(paragraph, { subject, year })),
  }
}

/**
 * Which entries are translated: exactly round(total × share) of the indexes 0…total−1, drawn by a
 * seeded shuffle (the same seed, the same entries), spread over every kind. The draw has its own
 * generator, so asking for translations never changes the Vietnamese and English province.
 */
export function chooseTranslated(total: number, share: number, seed: number): Set<number> {
  if (!(share >= 0 && share <= 1)) throw new GenerateError(`The translated share must be from 0 to 1, not ${share}.`)
  const rng = random((seed ^ 0x7a11) + 19)
  const order = Array.from({ length: total }, (_, i) => i)
  for (let i = total - 1; i > 0; i--) {
    const j = rng.int(0, i)
    const here = order[i] ?? i
    order[i] = order[j] ?? j
    order[j] = here
  }
  return new Set(order.slice(0, Math.round(total * share)))
}
