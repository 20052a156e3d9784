import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { ENTRY_KINDS, publicPagePath, type SiteLocale } from '@heritage/contract'
import type { Payload, RequestContext } from 'payload'
import { z } from 'zod'
import type { ExcludedEntry as ListedEntry } from '../globals/SiteStatus'
import { kindLabel } from '../shared/collections'
import type { ExcludedEntry } from '../snapshot/export'
import type { PublishedEntry } from './status'

/**
 * What a publish is about, as the admin's status names it: the one entry whose save asked for it,
 * its public pages, and the entries left out of the site, each with its kind's label.
 */

/** Marks the publisher's own writes, so that hooks do not start another publish. */
export const PUBLISH_CONTEXT: RequestContext = { publishing: true }

/** An entry whose save asked for a publish. */
export interface PublishTarget {
  collection: string
  id: string
}

/** The one entry a publish is about (null for none or several), as the status names it. */
export async function describeEntry(payload: Payload, targets: PublishTarget[]): Promise<PublishedEntry | null> {
  const entries = targets.flatMap(({ collection, id }) => {
    const kind = ENTRY_KINDS.find((k) => k === collection)
    return kind ? [{ collection: kind, id }] : []
  })
  const keys = new Set(entries.map((t) => `${t.collection}:${t.id}`))
  const [target] = entries
  if (keys.size !== 1 || !target) return null
  const doc: Record<string, unknown> | null = await payload
    .findByID({
      collection: target.collection,
      id: target.id,
      depth: 0,
      locale: 'vi',
      overrideAccess: true,
      disableErrors: true,
      context: PUBLISH_CONTEXT,
    })
    .then((found) => (found ? { ...found } : null))
    .catch(() => null)
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : undefined)
  return {
    collection: target.collection,
    id: target.id,
    // As the export names an entry left out (snapshot/export.ts).
    title: text(doc?.title) ?? text(doc?.lotCode) ?? text(doc?.slug) ?? target.id,
    label: kindLabel(payload, target.collection),
    adminUrl: `/admin/collections/${target.collection}/${target.id}`,
    page: null,
  }
}

/** The entry's public pages, from the snapshot the site is built from; null when it is not in it. */
export async function pageOf(
  snapshot: string,
  entry: PublishedEntry,
  siteUrl: string,
): Promise<PublishedEntry['page']> {
  const file = path.join(snapshot, 'entries', entry.collection, `${entry.id}.json`)
  const data = await readFile(file, 'utf8')
    .then((text) => pageFields.parse(JSON.parse(text)))
    .catch(() => null)
  if (!data?.kind || !data.code || (data.kind !== 'batches' && !data.slug)) return null
  const page =
    data.kind === 'batches' ? { kind: data.kind, code: data.code } : { kind: data.kind, slug: data.slug ?? '' }
  const url = (locale: SiteLocale) => `${siteUrl}${publicPagePath(page, locale)}`
  return { vi: url('vi'), en: url('en') } satisfies Partial<Record<SiteLocale, string>>
}

/** The fields of a snapshot entry that make its address (the snapshot's own schema checks the rest). */
const pageFields = z.object({
  kind: z.enum(ENTRY_KINDS).optional(),
  slug: z.string().optional(),
  code: z.string().optional(),
})

/** What the admin's badge shows of the entries left out: which, why, and where to fix each. */
export const statusExcluded = (payload: Payload, excluded: ExcludedEntry[]): ListedEntry[] | null =>
  excluded.length === 0
    ? null
    : excluded.map(({ kind, id, title, problem }) => ({
        collection: kind,
        label: kindLabel(payload, kind),
        id,
        title,
        problem,
        adminUrl: `/admin/collections/${kind}/${id}`,
      }))
