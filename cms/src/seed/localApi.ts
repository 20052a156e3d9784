import type { CollectionSlug, File, Payload, PayloadRequest, RequestContext, TypedLocale } from 'payload'

interface Doc {
  id: number
}

interface WriteOptions {
  collection: CollectionSlug
  data: object
  locale?: TypedLocale
  draft?: boolean
  file?: File
  depth: number
  overrideAccess: boolean
  context: RequestContext
  /** A request of the save's own, e.g. to run it in a transaction opened by the caller. */
  req?: Partial<PayloadRequest>
}

export interface LooseApi {
  create: (options: WriteOptions) => Promise<Doc>
  update: (options: WriteOptions & { id: number }) => Promise<Doc>
}

/**
 * The Local API with the collection left open, for the seed and the generator that write many
 * collections through one code path. Payload's `create`/`update` overloads are conditional types
 * on the collection slug and cannot be resolved for a slug that is not a literal, so these two
 * casts are the only way to call them generically; the data is type-checked where it is written
 * (`EntryDef.build`, `UploadDef`, the generator's per-kind builders).
 */
export const looseApi = (payload: Payload): LooseApi => ({
  // cast: Payload's create/update overloads cannot be resolved for a slug that is not a literal
  create: payload.create.bind(payload) as unknown as LooseApi['create'],
  // cast: as above
  update: payload.update.bind(payload) as unknown as LooseApi['update'],
})
