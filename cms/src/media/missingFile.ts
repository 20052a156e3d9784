import { stat } from 'node:fs/promises'
import path from 'node:path'
import type { CollectionConfig, PayloadRequest } from 'payload'
import { REFUSALS, refuse } from '../access/refusal'

/**
 * An upload's file address that names no file of the collection (a deleted file, a mistyped or
 * forged name, `..%2f` and other attempts to leave the folder) answers 404, not Payload's 500
 * "Something went wrong." with an error in the log. Files that exist go on to Payload's own
 * handler, which checks access and streams them.
 */
export const withMissingFileAs404 = (collection: CollectionConfig): CollectionConfig => {
  const upload = collection.upload
  if (!upload || typeof upload !== 'object' || !upload.staticDir) return collection
  const folder = path.resolve(upload.staticDir)
  const missing = async (req: PayloadRequest, { params }: { params: { filename: string } }) => {
    const file = path.resolve(folder, params.filename)
    const inside = file.startsWith(folder + path.sep)
    const exists =
      inside &&
      (await stat(file).then(
        (s) => s.isFile(),
        () => false,
      ))
    if (exists) return undefined
    return refuse(req, 404, REFUSALS.notFound)
  }
  // cast: Payload types a handler as answering always or never; this one answers only for a missing file.
  type Handler = NonNullable<typeof upload.handlers>[number]
  return { ...collection, upload: { ...upload, handlers: [missing as Handler, ...(upload.handlers ?? [])] } }
}
