import type { Manifest } from '@heritage/contract'
import type { Payload } from 'payload'
import { QR_REGISTRY } from '../fields/shortCode.ts'

/**
 * The QR codes that must say "withdrawn" on the site: every code that was printed or once public
 * whose record is not in this snapshot (unpublished, in the trash, deleted for good). A printed
 * plaque thus never falls on a 404 nor, since codes are never reused, on another entry. Only the
 * code and the kind of record leave the CMS.
 */
export async function retiredCodes(
  payload: Payload,
  entries: Pick<Manifest['entries'][number], 'kind' | 'id'>[],
): Promise<NonNullable<Manifest['retiredCodes']>> {
  const live = new Set(entries.map((e) => `${e.kind}:${e.id}`))
  const lines = await payload.find({
    collection: QR_REGISTRY,
    where: { or: [{ printedAt: { exists: true } }, { publishedAt: { exists: true } }] },
    select: { code: true, collection: true, document: true, retiredAt: true },
    pagination: false,
    depth: 0,
    sort: 'code',
    overrideAccess: true,
  })
  return (
    lines.docs
      // A deleted record's line is retired even if a new record was given the same id since.
      .filter((line) => line.retiredAt || !live.has(`${line.collection}:${line.document}`))
      .map((line) => ({ code: line.code, kind: line.collection }))
  )
}
