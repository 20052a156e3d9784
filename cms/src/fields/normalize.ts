import type { CollectionBeforeValidateHook, CollectionConfig, GlobalBeforeValidateHook, GlobalConfig } from 'payload'
import { recordOr } from '../shared/guards'
import { refuseMisshapenText } from './textShape'

/**
 * Vietnamese typed on a Mac, pasted from some PDFs or entered with some input methods arrives
 * decomposed (NFD: "ệ" as e + circumflex + dot below). It looks the same but does not match,
 * sort or search as the composed text (NFC) the rest of the CMS holds, so "Đình" typed one way
 * would not find "Đình" typed the other. Every string that enters the CMS, through any route (the
 * admin, REST, GraphQL, the Local API, imports), is composed before it is validated and stored.
 * Passwords are left exactly as typed: they are compared as bytes by their hash.
 */
const UNTOUCHED = new Set(['password', 'confirm-password', 'confirmPassword'])

export function composeText(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC')
  if (Array.isArray(value)) return value.map(composeText)
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, UNTOUCHED.has(key) ? item : composeText(item)]),
    )
  }
  return value
}

const composed = (data: Record<string, unknown> | undefined) => (data ? recordOr(composeText(data)) : data)

/** Texts that are not text are refused first (./textShape.ts), then every string is composed. */
const hook: CollectionBeforeValidateHook = ({ data, req, collection }) => {
  refuseMisshapenText(req, { collection: collection.slug }, collection.flattenedFields, data)
  return composed(data)
}

const globalHook: GlobalBeforeValidateHook = ({ data, req, global }) => {
  refuseMisshapenText(req, { global: global.slug }, global.flattenedFields, data)
  return composed(data)
}

/** The same collection with text composed (NFC) before anything else validates it. */
export const composingText = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, beforeValidate: [hook, ...(collection.hooks?.beforeValidate ?? [])] },
})

export const composingGlobalText = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  hooks: { ...global.hooks, beforeValidate: [globalHook, ...(global.hooks?.beforeValidate ?? [])] },
})
