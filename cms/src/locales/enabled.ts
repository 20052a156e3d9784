import { enabledLocales, LOCALE_TABLE, type Locale } from '@heritage/contract'
import type { Payload, PayloadRequest } from 'payload'
import { perRequest } from '../access/scope.ts'

/**
 * Payload keeps a text in every locale of the contract's table (a locale is never removed from
 * Payload's list: that would delete its texts at the next save). The installation publishes the
 * subset its officers chose in the `installation` global; the admin's locale picker offers only
 * those, and the snapshot carries only those.
 */
export const PAYLOAD_LOCALES = LOCALE_TABLE.map((l) => ({ code: l.code, label: l.name }))

/** The installation's published locales, Vietnamese first (empty setting: the defaults). */
export async function publishedLocales(payload: Payload, req?: PayloadRequest): Promise<Locale[]> {
  const installation = await payload
    .findGlobal({ slug: 'installation', depth: 0, overrideAccess: true, ...(req ? { req } : {}) })
    .catch(() => null)
  return enabledLocales(installation?.siteLocales ?? null)
}

export const requestLocales = (req: PayloadRequest): Promise<Locale[]> =>
  perRequest(req, 'published-locales', () => publishedLocales(req.payload, req))
