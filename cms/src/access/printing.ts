import type { PayloadRequest } from 'payload'
import { idOf } from '../shared/ids'
import { can, principal } from './scope'

/**
 * Who prints QR plaques and label sheets (../media/qrEndpoints.ts). Printing marks a short code
 * as printed in the registry, so it is for those who look after entries, not for the public.
 */

/** A plaque for an entry: culture-office staff (the entry itself must also be readable to them). */
export const mayPrintPlaque = (req: PayloadRequest): boolean => can(req, 'admin', 'editor', 'contributor')

/** Label sheets of batches: staff, and producer accounts (for their own products only, see below). */
export const mayPrintLabels = (req: PayloadRequest): boolean => can(req, 'admin', 'editor', 'contributor', 'producer')

/**
 * Labels for a batch of `product` (as read at depth 1): signed-in users may read every batch, but
 * a producer account prints labels for its own products only.
 */
export function mayPrintLabelsOf(req: PayloadRequest, product: { producer?: unknown } | null): boolean {
  if (can(req, 'admin', 'editor', 'contributor')) return true
  const owner = idOf(product?.producer)
  const own = principal(req)?.producer ?? null
  return owner !== null && own !== null && String(owner) === String(own)
}
