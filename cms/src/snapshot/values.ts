/**
 * The small conversions every projection uses: a stored value (typed by Payload, but possibly an
 * older row or one written in SQL) becomes a snapshot value, or nothing. None of them throws.
 */

import type { LocalizedText, OptionalText, Point } from '@heritage/contract'
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

/** A localized text read in every locale: Vietnamese is required, English optional. */
export function localized(value: unknown): LocalizedText | undefined {
  const vi = str(valueAt(value, ['vi']))
  if (!vi) return undefined
  const en = str(valueAt(value, ['en']))
  return en ? { vi, en } : { vi }
}

export function optionalText(value: unknown): OptionalText | undefined {
  const out = defined({ vi: str(valueAt(value, ['vi'])), en: str(valueAt(value, ['en'])) })
  return Object.keys(out).length > 0 ? out : undefined
}

export function pointOf(value: unknown): Point | undefined {
  const lat = num(valueAt(value, ['lat']))
  const lng = num(valueAt(value, ['lng']))
  return lat !== undefined && lng !== undefined ? { lat, lng } : undefined
}
