import type { BaseFilter, DefaultValue, FilterOptionsProps, Where } from 'payload'
import { communeOptions } from '../adminUnits/installation'
import { anyOf, can, communeScope, communesInScope, principal } from './scope'

/**
 * What a relationship picker offers is what a save by the same person accepts (issue 17): a
 * producer was offered every producer's products and learnt only at publish that another's was
 * refused; a commune contributor was offered the whole province's communes. Each picker asks the
 * same rule book as the field's validation (./scope.ts), which still refuses a forbidden choice on
 * every route, because filterOptions only shapes what the admin lists.
 */

/** A relationship field's filterOptions as a function (Payload does not export its own name for it). */
type Choices = (options: FilterOptionsProps) => Promise<boolean | Where>

/** Matches no document: a picker for someone with nothing in scope offers nothing. */
const NOTHING: Where = { id: { exists: false } }

const orNothing = (where: boolean | Where): boolean | Where => (where === false ? NOTHING : where)

/**
 * Communes an entry of this user may be placed in: the installation's communes, narrowed for staff
 * to their scope (contributors their communes, editors their province's). Producers never set a
 * commune (field access), so their picker is left as it was.
 */
export const scopedCommuneOptions: Choices = async ({ req }) => {
  const installation = await communeOptions({ req })
  if (!can(req, 'editor', 'contributor')) return installation
  const communes = await communesInScope(req)
  if (communes === true) return installation
  if (communes.length === 0) return NOTHING
  return { and: [installation, { id: { in: communes } }] }
}

/**
 * A contributor who looks after exactly one commune finds it already chosen on a new entry (it was
 * the only choice the save would accept, on a tab of its own). Applied by Payload on create when
 * the data has no commune, through the admin's form and the API alike.
 */
export const soleCommune: DefaultValue = ({ req }) => {
  const who = principal(req)
  if (!who || who.roles.some((role) => role === 'admin' || role === 'editor')) return undefined
  if (!who.roles.includes('contributor') || who.communes.length !== 1) return undefined
  return who.communes[0]
}

/** Products a batch may be recorded for: a producer its own, an editor its province's. */
export const batchProductOptions: Choices = async ({ req }) => {
  if (!req.user || can(req, 'admin')) return true
  const producer = principal(req)?.producer
  return orNothing(
    anyOf(
      can(req, 'editor') ? await communeScope(req) : false,
      can(req, 'producer') && producer ? { producer: { equals: producer } } : false,
    ),
  )
}

/** Producers a product may belong to: those of the staff member's communes (or province). */
export const productProducerOptions: Choices = async ({ req }) => {
  if (!req.user || can(req, 'admin')) return true
  if (!can(req, 'editor', 'contributor')) return true
  return orNothing(await communeScope(req))
}

/** Photos a producer account may add: the ones it uploaded. Staff choose from the whole library. */
export const ownMediaOptions: Choices = async ({ req }) => {
  const who = principal(req)
  if (!who || !can(req, 'producer') || can(req, 'admin', 'editor', 'contributor')) return true
  return { uploadedBy: { equals: who.id } }
}

/**
 * A producer account's lists show its own records only. Published records of other producers
 * stay readable (the public site, labels and exports read them with no account, and so may a
 * producer), but a list of everyone's batches is not the producer's work list.
 */
const producerList =
  (path: string): BaseFilter =>
  ({ req }) => {
    if (!can(req, 'producer') || can(req, 'admin', 'editor', 'contributor')) return null
    const producer = principal(req)?.producer
    return producer ? { [path]: { equals: producer } } : NOTHING
  }

export const ownBatchesListed = producerList('product.producer')
export const ownProductsListed = producerList('producer')
export const ownProducerListed = producerList('id')
