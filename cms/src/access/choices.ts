import {
  type BaseFilter,
  type CollectionSlug,
  type DefaultValue,
  type FilterOptionsProps,
  type PayloadRequest,
  type RelationshipFieldManyValidation,
  type RelationshipFieldSingleValidation,
  validations,
  type Where,
} from 'payload'
import { communeOptions } from '../adminUnits/installation'
import { type Bilingual, inUserLanguage } from '../fields/message'
import { anyOf, can, communeScope, communesInScope, communesOf, idsOf, perRequest, principal } from './scope'

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

/** The ids a relationship value names, as text (values from the form and the database compare equal). */
const keysOf = (value: unknown): string[] => idsOf(value).map(String)

/** What a producer uploads, named for its refusal (photos, panoramas, 3D models, audio guides). */
const UPLOAD_NOUNS: Record<string, Bilingual> = {
  media: { vi: 'ảnh', en: 'photo' },
  panoramas: { vi: 'ảnh 360°', en: 'panorama' },
  models: { vi: 'mô hình 3D', en: '3D model' },
  audio: { vi: 'thuyết minh âm thanh', en: 'audio guide' },
}

/**
 * A producer account adds only what it uploaded itself (the picker offers those: ownMediaOptions);
 * what the culture office attached earlier stays. `true`, or the refusal in the user's language.
 */
export async function ownUploadsRefusal(
  req: PayloadRequest,
  collection: CollectionSlug,
  value: unknown,
  previousValue: unknown,
): Promise<true | string> {
  const who = principal(req)
  if (!who || !can(req, 'producer') || can(req, 'admin', 'editor', 'contributor')) return true
  const kept = new Set(keysOf(previousValue))
  const added = keysOf(value).filter((id) => !kept.has(id))
  if (added.length === 0) return true
  const foreign = await req.payload.count({
    collection,
    where: { and: [{ id: { in: added } }, { uploadedBy: { not_equals: who.id } }] },
    overrideAccess: true,
    req,
  })
  if (foreign.totalDocs === 0) return true
  const noun = UPLOAD_NOUNS[collection] ?? { vi: 'tệp', en: 'file' }
  return inUserLanguage(req, {
    vi: `Có ${noun.vi} không do tài khoản của bạn tải lên: chủ thể chỉ thêm ${noun.vi} của mình. Hãy tải ${noun.vi} lên, hoặc chọn trong ${noun.vi} của bạn.`,
    en: `A ${noun.en} was not uploaded by your account: producers add their own only. Upload it, or choose one of yours.`,
  })
}

/**
 * Panoramas, 3D models and audio guides on an entry: chosen like a producer's gallery photos
 * (its own uploads; staff from the whole library), refused on every route otherwise. Spread into
 * the relationship field: `{ name, type: 'relationship', relationTo, hasMany: true, ...ownUploads(relationTo) }`.
 */
export const ownUploads = (
  collection: CollectionSlug,
): { filterOptions: Choices; validate: RelationshipFieldManyValidation } => ({
  filterOptions: ownMediaOptions,
  validate: async (value, args) => {
    // Payload's own checks, without its generic refusal of what the picker leaves out.
    const base = await validations.relationship(value, { ...args, filterOptions: undefined })
    if (base !== true) return base
    return ownUploadsRefusal(args.req, collection, value, args.previousValue)
  },
})

/** The communes of the province a commune belongs to (the commune alone when it has none). */
async function provinceOfCommune(req: PayloadRequest, commune: unknown): Promise<(number | string)[]> {
  const id = keysOf(commune)[0]
  if (!id) return []
  const unit = await req.payload.findByID({
    collection: 'admin-units',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  const parent = keysOf(unit?.parent)[0]
  if (!parent) return [id]
  return communesOf(req, parent)
}

/**
 * Craft villages a product may name: staff those they look after (contributors of their communes,
 * editors of their province, province-wide ones included); a producer account those of its
 * producer's province (a village of the neighbouring commune supplies many a workshop).
 */
export const productVillageOptions: Choices = async ({ req }) => villagesFor(req)

async function villagesFor(req: PayloadRequest): Promise<boolean | Where> {
  if (!req.user || can(req, 'admin')) return true
  if (can(req, 'editor', 'contributor')) return orNothing(await communeScope(req))
  const producer = principal(req)?.producer
  if (!can(req, 'producer') || !producer) return NOTHING
  return perRequest(req, `producer-villages:${String(req.user.id)}`, async () => {
    const record = await req.payload.findByID({
      collection: 'producers',
      id: producer,
      depth: 0,
      draft: true,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    const communes = await provinceOfCommune(req, record?.commune)
    return communes.length > 0 ? { commune: { in: communes } } : NOTHING
  })
}

/** Refuses a craft village the picker would not offer (an unchanged one stays). */
export const validateProductVillage: RelationshipFieldSingleValidation = async (value, args) => {
  const { req, previousValue, operation } = args
  const base = await validations.relationship(value, { ...args, filterOptions: undefined })
  if (base !== true) return base
  const id = keysOf(value)[0]
  if (!id || !req.user || can(req, 'admin')) return true
  if (operation === 'update' && id === keysOf(previousValue)[0]) return true
  const where = await villagesFor(req)
  if (where === true) return true
  const found = await req.payload.count({
    collection: 'craft-villages',
    where: { and: [{ id: { equals: id } }, where === false ? NOTHING : where] },
    overrideAccess: true,
    req,
  })
  if (found.totalDocs > 0) return true
  return inUserLanguage(req, {
    vi: can(req, 'editor', 'contributor')
      ? 'Làng nghề này không thuộc xã / tỉnh bạn phụ trách. Hãy chọn một làng nghề của mình, hoặc để trống.'
      : 'Làng nghề này không thuộc tỉnh của chủ thể. Hãy chọn một làng nghề trong tỉnh, hoặc để trống.',
    en: can(req, 'editor', 'contributor')
      ? 'This craft village is outside the communes / province you look after. Choose one of yours, or leave it empty.'
      : "This craft village is outside your producer's province. Choose one in the province, or leave it empty.",
  })
}

/** Where a raw material comes from: a commune (of any province), never a province. */
export const rawMaterialCommuneOptions: Choices = async () => ({ level: { equals: 'commune' } })

export const validateRawMaterialCommune: RelationshipFieldSingleValidation = async (value, args) => {
  const { req } = args
  const base = await validations.relationship(value, { ...args, filterOptions: undefined })
  if (base !== true) return base
  const id = keysOf(value)[0]
  if (!id) return true
  const communes = await req.payload.count({
    collection: 'admin-units',
    where: { and: [{ id: { equals: id } }, { level: { equals: 'commune' } }] },
    overrideAccess: true,
    req,
  })
  if (communes.totalDocs > 0) return true
  return inUserLanguage(req, {
    vi: 'Hãy chọn xã / phường nơi có nguyên liệu, không chọn tỉnh.',
    en: 'Choose the commune / ward the material comes from, not a province.',
  })
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
