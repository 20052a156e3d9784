/**
 * The small conversions every projection uses: a stored value (typed by Payload, but possibly an
 * older row or one written in SQL) becomes a snapshot value, or nothing. None of them throws.
 */

import {
  LOCALES,
  type Locale,
  type LocalizedText,
  type OptionalText,
  type Point,
  TRANSLATION_LOCALES,
} from '@heritage/contract'
import { valueAt } from '../shared/paths.ts'

export const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined

/** Only web links leave the CMS: a `javascript:` or bare `htx.vn` from older data is dropped, not published. */
export const webUrl = (value: unknown): string | undefined => {
  const text = str(value)
  if (!text) return undefined
  try {
    const url = new URL(text)
    return url.protocol === 'http:' || url.protocol === 'https:' ? text : undefined
  } catch {
    return undefined
  }
}

export const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined

/** The object without its undefined fields (the snapshot writes no absent value), keys in the same order. */
export const defined = <T extends object>(value: T): T => {
  const out = { ...value }
  for (const key in out) if (out[key] === undefined) delete out[key]
  return out
}

/** A localized text read in every locale: Vietnamese is required, every translation optional. */
export function localized(value: unknown): LocalizedText | undefined {
  const vi = str(valueAt(value, ['vi']))
  if (!vi) return undefined
  const out: LocalizedText = { vi }
  for (const locale of TRANSLATION_LOCALES) {
    const text = str(valueAt(value, [locale]))
    if (text) out[locale] = text
  }
  return out
}

export function optionalText(value: unknown): OptionalText | undefined {
  const out: OptionalText = {}
  for (const locale of LOCALES) {
    const text = str(valueAt(value, [locale]))
    if (text) out[locale] = text
  }
  return Object.keys(out).length > 0 ? out : undefined
}

/** Each locale's value of a localized field (rich text), absent ones left out. */
export function perLocale<I, T>(
  value: Partial<Record<Locale, I | null>> | null | undefined,
  read: (v: I | null | undefined) => T | undefined,
): Partial<Record<Locale, T>> {
  const out: Partial<Record<Locale, T>> = {}
  for (const locale of LOCALES) {
    const one = read(value?.[locale])
    if (one !== undefined) out[locale] = one
  }
  return out
}

const isLocaleKeyed = (value: object): boolean => {
  const keys = Object.keys(value)
  return keys.length > 0 && keys.every((key) => LOCALES.some((l) => l === key))
}

/**
 * The snapshot holds only the locales the installation publishes: every localized value (an
 * object keyed by locale codes only) loses the others, so a translation in a locale not yet
 * published never reaches the public.
 */
export function keepLocales(value: unknown, locales: readonly Locale[]): unknown {
  if (Array.isArray(value)) return value.map((v) => keepLocales(v, locales))
  if (value === null || typeof value !== 'object') return value
  const localeKeyed = isLocaleKeyed(value)
  const out: Record<string, unknown> = {}
  for (const [key, v] of Object.entries(value)) {
    if (localeKeyed && !locales.some((l) => l === key)) continue
    out[key] = keepLocales(v, locales)
  }
  return out
}

export function pointOf(value: unknown): Point | undefined {
  const lat = num(valueAt(value, ['lat']))
  const lng = num(valueAt(value, ['lng']))
  return lat !== undefined && lng !== undefined ? { lat, lng } : undefined
}
