import type { PayloadRequest } from 'payload'

/** The producer record a producer account belongs to, as an id, or null. */
export const ownProducerId = (req: PayloadRequest): number | string | null => {
  const producer = (req.user as { producer?: unknown } | null)?.producer
  if (producer === null || producer === undefined) return null
  if (typeof producer === 'object') return (producer as { id: number | string }).id
  return producer as number | string
}
