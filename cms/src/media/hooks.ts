import { createHash } from 'node:crypto'
import { mkdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { stripAudioTags } from '@heritage/media-tools/audio'
import { assertUpload, FILE_TYPES } from '@heritage/media-tools/detect'
import { processImage } from '@heritage/media-tools/images'
import { settleAll } from '@heritage/media-tools/images/folders'
import { optimiseModel } from '@heritage/media-tools/models'
import { processPanorama } from '@heritage/media-tools/panorama'
import type {
  CollectionAfterDeleteHook,
  CollectionAfterErrorHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'
import { isEditorUser } from '../access/policy'
import { Refusal } from '../access/refusal'
import { errorCode, errorMessage } from '../shared/errors'
import { recordOr } from '../shared/guards'
import { idOf } from '../shared/ids'
import { nameReferrers, publishedUsers } from '../workflow/references'
import { asUploadError } from './errors'
import { fileStore, originalKey } from './files'
import { derivativeKey } from './store'

type UploadKind = 'image' | 'panorama' | 'model' | 'audio'

/**
 * What a published entry shows of an upload (the file, its alt text, caption, credit, focal
 * point) is read from the upload itself at every build, so changing an upload that published
 * content uses would change the public site with no editor involved (issue 15, item 4). For
 * those who may not publish, such an upload is frozen: every update (REST by id or in bulk,
 * GraphQL, a replaced file, the admin's form and its bulk edit, which use REST) is refused,
 * before Payload touches the stored file, with the entries named. They upload a new file and
 * put it in their draft, which goes through review; an editor may change the upload in place.
 * Deleting an upload anything still uses is refused for everyone (workflow/references.ts).
 */
export const freezeInUse: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'update') return args
  const { overrideAccess } = recordOr(args)
  const id = idOf(recordOr(args).id) ?? undefined
  const where = 'where' in args ? args.where : undefined
  if (overrideAccess || !req.user || isEditorUser(req)) return args
  const ids =
    id !== undefined
      ? [id]
      : (
          await req.payload.find({
            collection: collection.slug,
            where,
            depth: 0,
            limit: 0,
            pagination: false,
            overrideAccess: false,
            user: req.user,
            select: {},
            req,
          })
        ).docs.map((doc) => doc.id)
  for (const target of ids) {
    const users = await publishedUsers(req, collection.slug, target)
    if (users.length === 0) continue
    throw new Refusal(
      req,
      {
        vi: `Tệp này đang dùng trong bài đã xuất bản (${nameReferrers(req, users)}). Hãy tải lên tệp mới và đề nghị biên tập viên thay, hoặc nhờ biên tập viên sửa.`,
        en: `This file is used by published entries (${nameReferrers(req, users)}). Upload a new file and ask an editor to swap it in, or ask an editor to make the change.`,
      },
      403,
      { entries: users },
    )
  }
  return args
}

/**
 * Checks an upload by its content (type, size, pixel count) before Payload touches it, so a wrong
 * or hostile file is refused with a clear message and nothing is written.
 */
export const checkUpload =
  (kind: UploadKind): CollectionBeforeOperationHook =>
  async ({ args, operation, req, collection }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = args.req?.file ?? req.file
    if (!file?.data) return args
    try {
      // The stored type is what the content is, never what the browser claimed (a .gltf is
      // often sent as text/plain or with no type at all).
      file.mimetype = FILE_TYPES[assertUpload(file.data, { kind, filename: file.name })].mime
      if (kind === 'audio') {
        // Audio guides are published as uploaded (there is no web version), so the stored file
        // itself is the one without the recorder's tags: names, numbers, places, pictures.
        const clean = stripAudioTags(file.data)
        file.data = Buffer.from(clean.buffer, clean.byteOffset, clean.byteLength)
        file.size = clean.byteLength
      }
    } catch (error) {
      throw asUploadError(error, req, collection.slug)
    }
    return args
  }

/** What this request put in the store for a save, kept until the save is done (req.context). */
interface Written {
  /** Content-addressed web-version folders that were not in the store before. */
  folders: Set<string>
  /** The new original's file name, when the save brings a file. */
  original?: string
}

const WRITTEN = 'heritageWrittenFiles'

const writtenBy = (req: PayloadRequest): Written => {
  const known: unknown = req.context[WRITTEN]
  if (known && typeof known === 'object' && 'folders' in known && known.folders instanceof Set) return known as Written
  const fresh: Written = { folders: new Set() }
  req.context[WRITTEN] = fresh
  return fresh
}

/** Makes web versions in the store, noting the folders it adds for discardFailedUpload. */
const deriveFor = <T>(req: PayloadRequest, make: (folder: string) => Promise<T>): Promise<T> =>
  fileStore().derivatives(make, writtenBy(req).folders)

/** Notes the new original's name (Payload's, after it made the name unique) for discardFailedUpload. */
export const noteNewOriginal: CollectionBeforeChangeHook = ({ data, req }) => {
  if (req.file && typeof data.filename === 'string' && data.filename) writtenBy(req).original = data.filename
  return data
}

/** Cards on the public site (listings, map pop-ups, routes) are 4:3, cropped around the focal point. */
export const CARD = { aspectRatio: 4 / 3, widths: [320, 640, 960] } as const

/**
 * Photos (iPhone HEIC included): responsive AVIF/WebP/JPEG derivatives, 4:3 cards around the
 * focal point, placeholder, dominant colour, EXIF GPS and date. Moving the focal point re-crops the cards from the stored
 * original; everything else is a cache hit.
 */
export const processPhoto: CollectionBeforeChangeHook = async ({ data, req, operation, originalDoc }) => {
  let bytes: Uint8Array | undefined = req.file?.data
  const focal = { x: Number(data.focalX ?? 50), y: Number(data.focalY ?? 50) }
  if (!bytes && operation === 'update' && originalDoc?.filename) {
    const moved = focal.x !== Number(originalDoc.focalX ?? 50) || focal.y !== Number(originalDoc.focalY ?? 50)
    if (!moved) return data
    const stored = await fileStore().read(originalKey('media', originalDoc.filename))
    if (!stored) {
      throw new Error(`media: the original ${originalDoc.filename} is not in ${fileStore().where}; cannot crop again`)
    }
    bytes = stored
  }
  if (!bytes) return data
  const original = bytes
  try {
    // Both sets at once: the cards' encodes fill the cores while the largest AVIF of the full set
    // finishes. settleAll waits for both before reporting a failure, so no folder is still being
    // written when a failed save takes its folders back.
    const [result, card] = await deriveFor(req, (folder) =>
      settleAll([
        processImage(original, folder),
        processImage(original, folder, {
          widths: [...CARD.widths],
          crop: { aspectRatio: CARD.aspectRatio, focalPoint: focal },
        }),
      ]),
    )
    data.derivatives = result.derivatives
    data.cardDerivatives = card.derivatives
    data.placeholder = result.placeholder
    data.dominantColor = result.dominantColor
    // Payload measures only the formats its own sharp decodes; a HEIC gets the size libheif shows.
    if (result.original.format === 'heic') {
      data.width = result.original.width
      data.height = result.original.height
    }
    data.photo = {
      gpsLat: result.metadata.gps?.lat ?? null,
      gpsLng: result.metadata.gps?.lng ?? null,
      capturedAt: result.metadata.capturedAt ?? null,
      camera: result.metadata.camera ?? null,
    }
  } catch (error) {
    throw asUploadError(error, req, 'media')
  }
  return data
}

/** 360° panoramas: 2:1 check, web-sized versions and a preview for the viewer. */
export const processPano: CollectionBeforeChangeHook = async ({ data, req }) => {
  const file = req.file
  if (!file?.data) return data
  try {
    const result = await deriveFor(req, (folder) => processPanorama(file.data, folder))
    data.derivatives = { web: result.web, preview: result.preview }
    data.placeholder = result.placeholder
  } catch (error) {
    throw asUploadError(error, req, 'panoramas')
  }
  return data
}

// v2: the upload itself is kept when optimising does not make it smaller (tiny models).
const MODEL_PIPELINE = 'model-v2'

/**
 * 3D scans: validated with the Khronos validator and optimised (meshopt, textures as WebP) into a
 * content-addressed folder; the original upload is kept as it was.
 */
export const processModel: CollectionBeforeChangeHook = async ({ data, req }) => {
  const file = req.file
  if (!file?.data) return data
  const hash = createHash('sha256').update(MODEL_PIPELINE).update(file.data).digest('hex')
  try {
    const stored = await fileStore().read(derivativeKey(`${hash}/report.json`))
    let report: unknown
    try {
      report = stored ? JSON.parse(stored.toString('utf8')) : undefined
    } catch {
      // A damaged report: made again below.
    }
    if (report === undefined) {
      const { glb, report: fresh } = await optimiseModel(file.data)
      await deriveFor(req, async (derivatives) => {
        const folder = path.join(derivatives, hash)
        const temp = path.join(derivatives, `.tmp-${hash.slice(0, 12)}-${process.pid}-${Date.now()}`)
        await mkdir(temp, { recursive: true })
        await writeFile(path.join(temp, 'model.glb'), glb)
        await writeFile(path.join(temp, 'report.json'), JSON.stringify(fresh))
        await rename(temp, folder).catch(async (error: unknown) => {
          // Another upload of the same file finished first: its result is the same.
          if (errorCode(error) !== 'ENOTEMPTY' && errorCode(error) !== 'EEXIST') throw error
        })
      })
      report = fresh
    }
    // Never seen, but if the optimiser broke a valid scan, the site serves the original instead.
    const errors = recordOr(recordOr(report).validation).errors
    const broken = (typeof errors === 'number' ? errors : 0) > 0
    data.optimised = { file: broken ? null : `${hash}/model.glb` }
    data.report = report
  } catch (error) {
    throw asUploadError(error, req, 'models')
  }
  return data
}

/** The fields that name web versions (`<sha256>/<file>`), in the collections that have them. */
const DERIVED_FIELDS = ['derivatives', 'cardDerivatives', 'optimised'] as const

/** The content-addressed folders a record's web versions are in. */
const derivedFolders = (doc: Record<string, unknown>): Set<string> =>
  new Set(
    [...JSON.stringify(DERIVED_FIELDS.map((name) => doc[name] ?? null)).matchAll(/([a-f0-9]{64})\//g)].map(
      (m) => m[1] ?? '',
    ),
  )

/**
 * A deleted upload's web versions go with it (from the data folder or the bucket, as its original
 * does), unless another record of the collection shows the same folder: the same file uploaded
 * twice has the same content-addressed versions. Published copies are not affected: the snapshot
 * and every site build hold their own.
 */
export const removeUnusedDerivatives: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  const mine = derivedFolders(recordOr(doc))
  if (mine.size === 0) return doc
  const fields = DERIVED_FIELDS.filter((name) => collection.flattenedFields.some((f) => f.name === name))
  const others = await req.payload.find({
    collection: collection.slug,
    where: { id: { not_equals: doc.id } },
    select: Object.fromEntries(fields.map((name) => [name, true])),
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const other of others.docs) for (const hash of derivedFolders(recordOr(other))) mine.delete(hash)
  for (const hash of mine) await fileStore().removeFolder(derivativeKey(hash))
  return doc
}

/**
 * A save that failed after its files were written (the database refused the record, a later hook
 * threw: the transaction is rolled back) takes back what it put in the store: the web-version
 * folders it added and the new original, unless a record of the collection shows them (the same
 * file saved meanwhile). Without this they stayed in the data folder or the bucket, named by no
 * record. REST and GraphQL saves (Payload runs afterError hooks for those).
 */
export const discardFailedUpload: CollectionAfterErrorHook = async ({ req, collection }) => {
  const written = req.context[WRITTEN] ? writtenBy(req) : null
  if (!written || (written.folders.size === 0 && !written.original)) return
  delete req.context[WRITTEN]
  const { payload } = req
  try {
    const fields = DERIVED_FIELDS.filter((name) => collection.flattenedFields.some((f) => f.name === name))
    // Outside the failed save's transaction (rolled back): what the database holds now.
    const others = await payload.find({
      collection: collection.slug,
      select: Object.fromEntries([...fields, 'filename'].map((name) => [name, true])),
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
    const folders = new Set(written.folders)
    let original = written.original
    for (const other of others.docs) {
      for (const hash of derivedFolders(recordOr(other))) folders.delete(hash)
      if (recordOr(other).filename === original) original = undefined
    }
    for (const hash of folders) await fileStore().removeFolder(derivativeKey(hash))
    if (original) await fileStore().remove(originalKey(collection.slug, original))
  } catch (error) {
    payload.logger.error(
      `${collection.slug}: the files of a failed save could not be removed (${[...written.folders].join(', ')}${written.original ? `, ${written.original}` : ''}): ${errorMessage(error)}`,
    )
  }
}
