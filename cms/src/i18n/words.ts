/**
 * The admin's own words, one file a language (words/<lang>.json), in sections: the review's states,
 * buttons, questions and outcomes (workflow/states.ts), the review banner and buttons, the home
 * page, the public site's status (publish/status.ts) and the audit log's actions (audit/log.ts).
 * English is typed against Vietnamese: a missing text fails the typecheck. `{title}` is the
 * entry's title, `{submit}`, `{publish}`, `{return}` a button's label (see `fill`). No server
 * imports: the admin's browser bundle loads this file.
 */
import type { LabelledOption } from '@heritage/contract'
import en from './words/en.json'
import vi from './words/vi.json'

export type Lang = 'vi' | 'en'
export type Words = typeof vi

const WORDS: Record<Lang, Words> = { vi, en }

/** The words in a language. */
export const wordsIn = (lang: Lang): Words => WORDS[lang]

/** One text in both languages, as Payload's labels and the server's answers take it. */
export const bilingual = (pick: (words: Words) => string): { vi: string; en: string } => ({
  vi: pick(vi),
  en: pick(en),
})

/** Values with their labels in both languages, as Payload's select options take them. */
export const labelled = <V extends string>(
  values: readonly V[],
  label: (words: Words, value: V) => string,
): LabelledOption<V>[] => values.map((value) => ({ value, label: bilingual((words) => label(words, value)) }))

/** `{name}` placeholders filled in; one without a value is kept. */
export const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)

/** The admin's language as Payload names it ('en', 'vi'); Vietnamese unless it is English. */
export const langOf = (language: string | undefined): Lang => (language === 'en' ? 'en' : 'vi')
