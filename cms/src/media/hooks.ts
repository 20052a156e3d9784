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
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterErrorHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  CollectionSlug,
  Payload,
  PayloadRequest,
  SanitizedCollectionConfig,
} from 'payload'
import { isEditorUser, mayHaveOriginal } from '../access/policy'
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
 * Duplicating an upload (the admin's "Nhân bản", POST /api/<collection>/<id>/duplicate, GraphQL's
 * duplicate mutation) copies its original file, the camera's GPS position, time and device
 * included, into a record the person uploaded, whose original they may then download. So it is
 * refused to whoever may not have the original itself (mayHaveOriginal: a producer or translator
 * and someone else's file), before anything is copied.
 */
export const refuseCopyOfOthersOriginal: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
  collection,
}) => {
  const from = idOf(recordOr(args).duplicateFromID)
  if (operation !== 'create' || from === null || recordOr(args).overrideAccess) return args
  const source = await req.payload
    .findByID({
      collection: collection.slug,
      id: from,
      depth: 0,
      overrideAccess: true,
      select: { uploadedBy: true },
      disableErrors: true,
      req,
    })
    .catch(() => null)
  // A missing record: Payload's duplicate answers it (not found).
  if (!source || mayHaveOriginal(req, recordOr(source))) return args
  throw new Refusal(
    req,
    {
      vi: 'Bạn không được nhân bản tệp này: bản sao mang theo tệp gốc (có vị trí GPS, thời điểm và máy chụp), chỉ dành cho cán bộ văn hóa và người đã tải lên. Hãy chọn chính tệp này từ thư viện ("Chọn từ thư viện") thay vì nhân bản.',
      en: 'You may not duplicate this file: the copy carries the original (with its GPS position, time and camera), which only the culture office’s staff and the uploader may have. Pick this file itself from the library ("Choose from existing") instead.',
    },
    403,
  )
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
 * What a deferred save makes of a photo: one small WebP, the admin's thumbnail until the web
 * versions are ready (Payload's list and upload field show a file icon for a thumbnail of null).
 * Decoding a JPEG to 320 pixels uses shrink-on-load: a 12 MP phone photo takes about 0.2 s.
 */
const PREVIEW = { formats: ['webp'], widths: [320] } as const

/** The focal point Payload stores (percent), the centre when there is none. */
export const focalOf = (doc: Record<string, unknown>): { x: number; y: number } => ({
  x: Number(doc.focalX ?? 50),
  y: Number(doc.focalY ?? 50),
})

/**
 * The context key of the web-version worker's own write (webVersions.ts): the file and focal
 * point the versions were made from. processPhoto refuses that write with StaleWebVersions when
 * the record no longer has them (replaced, re-cropped) or is no longer pending.
 */
export const WEB_VERSIONS_FOR = 'heritageWebVersionsFor'

export interface MadeFor {
  filename: string
  focal: { x: number; y: number }
}

export class StaleWebVersions extends Error {
  override name = 'StaleWebVersions'
}

/**
 * Which saves leave a photo's web versions (full set and cards) to the worker (webVersions.ts):
 * saves by people, i.e. REST and GraphQL (the admin's upload form, its bulk upload and its focal
 * point editor all send REST requests), answer once the file is checked and stored. Local API
 * callers (the demo seed, the spreadsheet import, the bench generator, tests) get them during the
 * save as before, unless they pass `context: { deferWebVersions: true }`; a REST save may ask for
 * them at once with `deferWebVersions: false` in the context (nothing sends it today).
 */
export const defersWebVersions = (req: PayloadRequest): boolean =>
  req.context.deferWebVersions === true || (req.context.deferWebVersions !== false && req.payloadAPI !== 'local')

/** Values only media-tools and the worker write: a person's save never sets them. */
const MACHINE_FIELDS = [
  'derivatives',
  'cardDerivatives',
  'preview',
  'placeholder',
  'dominantColor',
  'webVersions',
  'webVersionsError',
] as const

const madeForOf = (value: unknown): MadeFor | null => {
  const made = recordOr(value)
  const focal = recordOr(made.focal)
  return typeof made.filename === 'string' && typeof focal.x === 'number' && typeof focal.y === 'number'
    ? { filename: made.filename, focal: { x: focal.x, y: focal.y } }
    : null
}

/**
 * The context key of a write that changes only what the machine keeps (the worker's web versions,
 * the retry action): the record's id and its `updatedAt` before the write, which the write keeps
 * (keepUpdatedAt). `updatedAt` says when a person last changed the photo: Payload's edit view
 * compares it at the officer's first change and, when it moved, covers the form with its "modified
 * meanwhile" notice, which a photo's own web versions landing must not do. The export's change
 * check counts the pending photos instead (worldOf in snapshot/state.ts).
 */
const KEEP_UPDATED_AT = 'heritageKeepUpdatedAt'

const keepUpdatedAtOf = (req: PayloadRequest, originalDoc: Record<string, unknown> | undefined): void => {
  if (originalDoc && typeof originalDoc.updatedAt === 'string') {
    req.context[KEEP_UPDATED_AT] = { id: String(originalDoc.id), updatedAt: originalDoc.updatedAt }
  }
}

/**
 * After a machine-only write (see KEEP_UPDATED_AT), in the same transaction: the record gets back
 * the `updatedAt` it had, which Payload's update always sets to now. Runs first of the afterChange
 * hooks, so the others and the caller see the kept value.
 */
export const keepUpdatedAt: CollectionAfterChangeHook = async ({ doc, req, collection }) => {
  const kept = recordOr(req.context[KEEP_UPDATED_AT])
  if (kept.id !== String(doc.id) || typeof kept.updatedAt !== 'string') return doc
  delete req.context[KEEP_UPDATED_AT]
  await req.payload.db.updateOne({
    collection: collection.slug,
    id: doc.id,
    data: { updatedAt: kept.updatedAt },
    req,
    returning: false,
  })
  return { ...doc, updatedAt: kept.updatedAt }
}

/** The worker's write goes in only while the record has the file and focal point it worked from. */
function checkWorkerWrite(madeFor: MadeFor, originalDoc: Record<string, unknown> | undefined): void {
  const now = originalDoc ? focalOf(originalDoc) : null
  if (
    !originalDoc ||
    !now ||
    originalDoc.filename !== madeFor.filename ||
    now.x !== madeFor.focal.x ||
    now.y !== madeFor.focal.y ||
    originalDoc.webVersions !== 'pending'
  ) {
    throw new StaleWebVersions(`media ${String(originalDoc?.id)}: changed while its web versions were made`)
  }
}

/** The retry's refusal for a photo whose web versions did not fail: nothing to retry, and why. */
const notFailed = (req: PayloadRequest, state: unknown): Refusal => {
  const pending = state === 'pending'
  return new Refusal(
    req,
    pending
      ? {
          vi: 'Ảnh này đang được tạo bản cho web nên không cần "Thử lại". Hãy chờ ô "Bản cho web" báo xong.',
          en: 'This photo’s web versions are being made, so there is nothing to try again. Wait until the "Web versions" box says they are done.',
        }
      : {
          vi: 'Ảnh này không bị lỗi tạo bản cho web nên không cần "Thử lại". Hãy tải lại trang để xem trạng thái hiện tại.',
          en: 'This photo’s web versions did not fail, so there is nothing to try again. Reload the page to see where they stand.',
        },
    409,
    { webVersions: typeof state === 'string' ? state : null },
  )
}

/**
 * Photos (iPhone HEIC included): responsive AVIF/WebP/JPEG derivatives, 4:3 cards around the
 * focal point, placeholder, dominant colour, EXIF GPS and date. Moving the focal point re-crops the cards from the stored
 * original; everything else is a cache hit.
 *
 * A deferred save (defersWebVersions) does only the cheap part: the file decodes (the same
 * Vietnamese refusal otherwise), EXIF, size, placeholder, dominant colour and a 320-pixel preview;
 * the record is `webVersions: pending` with no web versions (the snapshot leaves it out) until the
 * worker has made them. A deferred focal point move keeps the old cards until then.
 */
export const processPhoto: CollectionBeforeChangeHook = async ({ data, req, operation, originalDoc }) => {
  const madeFor = madeForOf(req.context[WEB_VERSIONS_FOR])
  if (madeFor) {
    checkWorkerWrite(madeFor, originalDoc)
    keepUpdatedAtOf(req, originalDoc)
    return data
  }
  const deferred = defersWebVersions(req)
  if (deferred) for (const name of MACHINE_FIELDS) data[name] = originalDoc?.[name] ?? null
  // The admin's "Thử lại" (retryWebVersionsEndpoint): a failed photo goes back to the worker. A
  // photo that is not failed (its versions ready or being made) is refused, inside the update, so
  // nothing is written: not even `updatedAt`, which would show the officer's open form as changed.
  if (deferred && req.context.retryWebVersions === true) {
    if (originalDoc?.webVersions !== 'failed' || req.file) throw notFailed(req, originalDoc?.webVersions)
    data.webVersions = 'pending'
    data.webVersionsError = null
    keepUpdatedAtOf(req, originalDoc)
    return data
  }
  let bytes: Uint8Array | undefined = req.file?.data
  const focal = focalOf(data)
  if (!bytes && operation === 'update' && originalDoc?.filename) {
    const before = focalOf(originalDoc)
    const moved = focal.x !== before.x || focal.y !== before.y
    if (!moved) return data
    if (deferred) {
      data.webVersions = 'pending'
      data.webVersionsError = null
      return data
    }
    const stored = await fileStore().read(originalKey('media', originalDoc.filename))
    if (!stored) {
      throw new Error(`media: the original ${originalDoc.filename} is not in ${fileStore().where}; cannot crop again`)
    }
    bytes = stored
  }
  if (!bytes) return data
  const original = bytes
  try {
    if (deferred) {
      const preview = await deriveFor(req, (folder) => processImage(original, folder, PREVIEW))
      Object.assign(data, photoFacts(preview), {
        preview: preview.derivatives,
        derivatives: null,
        cardDerivatives: null,
        webVersions: 'pending',
        webVersionsError: null,
      })
      return data
    }
    // Both sets at once: the cards' encodes fill the cores while the largest AVIF of the full set
    // finishes. settleAll waits for both before reporting a failure, so no folder is still being
    // written when a failed save takes its folders back.
    const [result, card] = await deriveFor(req, (folder) => fullSet(original, folder, focal))
    Object.assign(data, photoFacts(result), {
      derivatives: result.derivatives,
      cardDerivatives: card.derivatives,
      // A new file's preview belongs to the old one; a re-crop keeps it.
      ...(req.file ? { preview: null } : {}),
      webVersions: 'ready',
      webVersionsError: null,
    })
  } catch (error) {
    throw asUploadError(error, req, 'media')
  }
  return data
}

/**
 * The full set and the 4:3 cards around the focal point, encoded together (see processPhoto);
 * `parallel` bounds each set's encodes at once (the worker's, which shares the server's threads).
 */
export const fullSet = (original: Uint8Array, folder: string, focal: { x: number; y: number }, parallel?: number) =>
  settleAll([
    processImage(original, folder, { parallel }),
    processImage(original, folder, {
      widths: [...CARD.widths],
      crop: { aspectRatio: CARD.aspectRatio, focalPoint: focal },
      parallel,
    }),
  ])

/** What a photo's record says of the file itself: placeholder, colour, size (HEIC), EXIF. */
function photoFacts(result: Awaited<ReturnType<typeof processImage>>): Record<string, unknown> {
  return {
    placeholder: result.placeholder,
    dominantColor: result.dominantColor,
    // Payload measures only the formats its own sharp decodes; a HEIC gets the size libheif shows.
    ...(result.original.format === 'heic' ? { width: result.original.width, height: result.original.height } : {}),
    photo: {
      gpsLat: result.metadata.gps?.lat ?? null,
      gpsLng: result.metadata.gps?.lng ?? null,
      capturedAt: result.metadata.capturedAt ?? null,
      camera: result.metadata.camera ?? null,
    },
  }
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
const DERIVED_FIELDS = ['derivatives', 'cardDerivatives', 'preview', 'optimised'] as const

/** The content-addressed folders a record's web versions are in. */
export const derivedFolders = (doc: Record<string, unknown>): Set<string> =>
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
  // Outside the failed save's transaction (rolled back): what the database holds now.
  await discardUnreferenced(req.payload, collection, written.folders, written.original)
}

/**
 * Removes web-version folders (and an original) from the store unless a record of the collection
 * names them: what a failed save wrote, or what the web-version worker made for a photo that was
 * replaced, re-cropped or deleted meanwhile. Never throws: a failure is logged.
 */
export async function discardUnreferenced(
  payload: Payload,
  collection: Pick<SanitizedCollectionConfig, 'slug' | 'flattenedFields'>,
  written: ReadonlySet<string>,
  writtenOriginal?: string,
): Promise<void> {
  try {
    const fields = DERIVED_FIELDS.filter((name) => collection.flattenedFields.some((f) => f.name === name))
    const others = await payload.find({
      collection: collection.slug as CollectionSlug,
      select: Object.fromEntries([...fields, 'filename'].map((name) => [name, true])),
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
    const folders = new Set(written)
    let original = writtenOriginal
    for (const other of others.docs) {
      for (const hash of derivedFolders(recordOr(other))) folders.delete(hash)
      if (recordOr(other).filename === original) original = undefined
    }
    for (const hash of folders) await fileStore().removeFolder(derivativeKey(hash))
    if (original) await fileStore().remove(originalKey(collection.slug, original))
  } catch (error) {
    payload.logger.error(
      `${collection.slug}: unused files could not be removed (${[...written].join(', ')}${writtenOriginal ? `, ${writtenOriginal}` : ''}): ${errorMessage(error)}`,
    )
  }
}
