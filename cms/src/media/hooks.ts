import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { assertUpload } from '@heritage/media-tools/detect'
import { processImage } from '@heritage/media-tools/images'
import { optimiseModel } from '@heritage/media-tools/models'
import { processPanorama } from '@heritage/media-tools/panorama'
import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import { uploadDir } from '../paths'
import { asUploadError } from './errors'
import { derivativesDir } from './store'

type UploadKind = 'image' | 'panorama' | 'model' | 'audio'

/**
 * Checks an upload by its content (type, size, pixel count) before Payload touches it, so a wrong
 * or hostile file is refused with a clear message and nothing is written.
 */
export const checkUpload =
  (kind: UploadKind): CollectionBeforeOperationHook =>
  async ({ args, operation, req, collection }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = (args as { req?: PayloadRequest }).req?.file ?? req.file
    if (!file?.data) return args
    try {
      await assertUpload(file.data, { kind, filename: file.name })
    } catch (error) {
      throw asUploadError(error, req, collection.slug)
    }
    return args
  }

/** Cards on the public site (listings, map pop-ups, routes) are 4:3, cropped around the focal point. */
export const CARD = { aspectRatio: 4 / 3, widths: [320, 640, 960] } as const

/**
 * Photos: responsive AVIF/WebP/JPEG derivatives, 4:3 cards around the focal point, placeholder,
 * dominant colour, EXIF GPS and date. Moving the focal point re-crops the cards from the stored
 * original; everything else is a cache hit.
 */
export const processPhoto: CollectionBeforeChangeHook = async ({ data, req, operation, originalDoc }) => {
  let bytes: Uint8Array | undefined = req.file?.data
  const focal = { x: Number(data.focalX ?? 50), y: Number(data.focalY ?? 50) }
  if (!bytes && operation === 'update' && originalDoc?.filename) {
    const moved = focal.x !== Number(originalDoc.focalX ?? 50) || focal.y !== Number(originalDoc.focalY ?? 50)
    if (!moved) return data
    bytes = await readFile(path.join(uploadDir('media'), originalDoc.filename))
  }
  if (!bytes) return data
  try {
    const result = await processImage(bytes, derivativesDir())
    const card = await processImage(bytes, derivativesDir(), {
      widths: [...CARD.widths],
      crop: { aspectRatio: CARD.aspectRatio, focalPoint: focal },
    })
    data.derivatives = result.derivatives
    data.cardDerivatives = card.derivatives
    data.placeholder = result.placeholder
    data.dominantColor = result.dominantColor
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
    const result = await processPanorama(file.data, derivativesDir())
    data.derivatives = { web: result.web, preview: result.preview }
    data.placeholder = result.placeholder
  } catch (error) {
    throw asUploadError(error, req, 'panoramas')
  }
  return data
}

const MODEL_PIPELINE = 'model-v1'

/**
 * 3D scans: validated with the Khronos validator and optimised (meshopt, textures as WebP) into a
 * content-addressed folder; the original upload is kept as it was.
 */
export const processModel: CollectionBeforeChangeHook = async ({ data, req }) => {
  const file = req.file
  if (!file?.data) return data
  const hash = createHash('sha256').update(MODEL_PIPELINE).update(file.data).digest('hex')
  const folder = path.join(derivativesDir(), hash)
  const reportFile = path.join(folder, 'report.json')
  try {
    let report: unknown
    try {
      report = JSON.parse(await readFile(reportFile, 'utf8'))
    } catch {
      const { glb, report: fresh } = await optimiseModel(file.data)
      const temp = `${folder}.tmp-${process.pid}-${Date.now()}`
      await mkdir(temp, { recursive: true })
      await writeFile(path.join(temp, 'model.glb'), glb)
      await writeFile(path.join(temp, 'report.json'), JSON.stringify(fresh))
      await rename(temp, folder).catch(async (error: NodeJS.ErrnoException) => {
        // Another upload of the same file finished first: its result is the same.
        if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error
      })
      report = fresh
    }
    // Never seen, but if the optimiser broke a valid scan, the site serves the original instead.
    const broken = ((report as { validation?: { errors?: number } }).validation?.errors ?? 0) > 0
    data.optimised = { file: broken ? null : `${hash}/model.glb` }
    data.report = report
  } catch (error) {
    throw asUploadError(error, req, 'models')
  }
  return data
}
