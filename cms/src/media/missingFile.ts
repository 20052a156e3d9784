import type { CollectionConfig, PayloadRequest } from 'payload'
import { REFUSALS, refuse } from '../access/refusal'
import { fileStore, isPlainName, originalKey } from './files'

/**
 * An upload's file address that names no file of the collection (a deleted file, a mistyped or
 * forged name, `..%2f` and other attempts to leave the folder) answers 404, not Payload's 500
 * "Something went wrong." with an error in the log. Files that exist, in the data folder or the
 * bucket (files.ts), go on to Payload's own handler or the S3 adapter's, after Payload has
 * checked access: a refused reader never reaches this.
 */
export const withMissingFileAs404 = (collection: CollectionConfig): CollectionConfig => {
  const upload = collection.upload
  if (!upload || typeof upload !== 'object') return collection
  const missing = async (req: PayloadRequest, { params }: { params: { filename: string } }) => {
    const name = params.filename
    if (isPlainName(name) && (await fileStore().exists(originalKey(collection.slug, name)))) return undefined
    return refuse(req, 404, REFUSALS.notFound)
  }
  // cast: Payload types a handler as answering always or never; this one answers only for a missing file.
  type Handler = NonNullable<typeof upload.handlers>[number]
  return { ...collection, upload: { ...upload, handlers: [missing as Handler, ...(upload.handlers ?? [])] } }
}
