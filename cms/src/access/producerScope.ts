import type { Access, PayloadRequest, Where } from 'payload'
import { hasRole } from './roles'

/** The producer record a producer account belongs to, as an id, or null. */
export const ownProducerId = (req: PayloadRequest): number | string | null => {
  const producer = (req.user as { producer?: unknown } | null)?.producer
  if (producer === null || producer === undefined) return null
  if (typeof producer === 'object') return (producer as { id: number | string }).id
  return producer as number | string
}

/**
 * Staff write everything; a producer account writes only documents whose `path` points at its own
 * producer record; anyone else nothing. `path` is 'id' on producers, 'producer' on products,
 * 'product.producer' on batches.
 */
export const staffOrOwnProducer =
  (path: string): Access =>
  ({ req }) => {
    if (hasRole(req, 'admin', 'editor', 'contributor')) return true
    if (!hasRole(req, 'producer')) return false
    const id = ownProducerId(req)
    if (id === null) return false
    return { [path]: { equals: id } } as Where
  }
