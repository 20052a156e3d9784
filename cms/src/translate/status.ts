import { TRANSLATION_LOCALES, type TranslationLocale } from '@heritage/contract'
import { isRecord } from '../shared/guards'

/**
 * An entry's translation state, per language (stored in its `translationState`, written by the
 * server only: ./state.ts). No admin component or client code needs more than this file.
 *
 * - `status`: `draft` (written by a translator or an import, not reviewed yet) or `reviewed` (an
 *   editor wrote it, or marked it reviewed); absent for a translation older than this record.
 * - `titled`: the entry has its title in that language.
 * - `fields`: per translated field (its path, list rows by id: `sites[6b13…].name`), a hash of
 *   the Vietnamese text it was translated from.
 * - `stale`: the fields whose Vietnamese text changed since (out of date).
 */

export const TRANSLATION_STATUSES = ['draft', 'reviewed'] as const
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number]

export interface LocaleState {
  status?: TranslationStatus
  titled: boolean
  fields: Record<string, string>
  stale: string[]
}

export type TranslationState = Partial<Record<TranslationLocale, LocaleState>>

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []

function readLocale(value: unknown): LocaleState | undefined {
  if (!isRecord(value)) return undefined
  const status = TRANSLATION_STATUSES.find((s) => s === value.status)
  const fields = isRecord(value.fields)
    ? Object.fromEntries(Object.entries(value.fields).filter((e): e is [string, string] => typeof e[1] === 'string'))
    : {}
  return { ...(status ? { status } : {}), titled: value.titled === true, fields, stale: strings(value.stale) }
}

/** A stored `translationState` (whatever JSON it holds), read defensively. */
export function readState(value: unknown): TranslationState {
  const state: TranslationState = {}
  if (!isRecord(value)) return state
  for (const locale of TRANSLATION_LOCALES) {
    const one = readLocale(value[locale])
    if (one) state[locale] = one
  }
  return state
}

/** What the list and the editor show for one language: missing, draft or reviewed, and out of date. */
export type Badge = 'missing' | TranslationStatus

export function badgeOf(state: LocaleState | undefined): { badge: Badge; stale: number } {
  if (!state?.titled) return { badge: 'missing', stale: 0 }
  return { badge: state.status ?? 'reviewed', stale: state.stale.length }
}

/**
 * Whether an entry is published in a language (the snapshot's `entry.translations`): its title
 * exists there and its translation is not a draft waiting for review. A translation older than
 * the state record (no status) counts as reviewed; an out-of-date one stays published.
 */
export const publishedTranslation = (state: TranslationState, locale: TranslationLocale, titled: boolean): boolean =>
  titled && state[locale]?.status !== 'draft'
