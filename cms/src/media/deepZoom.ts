/**
 * Deep-zoom pyramids of photos (media-tools deepZoom.ts), made from the original upload and kept
 * beside the web versions, `derivatives/<hash>/` in the data folder or the bucket (files.ts). The
 * original never leaves the CMS; its tiles are derivatives, like the web versions. A pyramid
 * already in the store is found by the hash of the original's bytes and not encoded again, and
 * goes when its photo is deleted (unless another photo has the same original).
 */
import { type DeepZoomTiles, deepZoomHash, makeDeepZoom } from '@heritage/media-tools/deepZoom'
import type { CollectionAfterDeleteHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'
import { fileStore, isPlainName, originalKey } from './files'
import { derivativeKey } from './store'

/** The store key of a tile (`<tile path>` as `tilePaths` gives it) of pyramid `hash`. */
export const zoomTileKey = (hash: string, tile: string): string => derivativeKey(`${hash}/${tile}`)

/** The pyramid of a photo's original (`filename` in the media uploads), made once; null without an original. */
export async function deepZoomOf(filename: string): Promise<Omit<DeepZoomTiles, 'cached'> | null> {
  const store = fileStore()
  const original = await store.read(originalKey('media', filename))
  if (!original) return null
  const made = await store.read(derivativeKey(`${deepZoomHash(original)}/manifest.json`))
  if (made) {
    try {
      return JSON.parse(made.toString('utf8'))
    } catch {
      // A manifest that does not parse is not a finished pyramid: make it again.
    }
  }
  const { cached: _, ...tiles } = await store.derivatives((folder) => makeDeepZoom(original, folder, { filename }))
  return tiles
}

/** Where a photo's delete keeps its pyramid's hash between the two hooks below, by record id. */
const PYRAMIDS = 'heritage:pyramidsToRemove'
const pyramidsOf = (req: PayloadRequest): Map<string, { hash: string; filesize: number }> => {
  const kept = req.context[PYRAMIDS]
  if (kept instanceof Map) return kept
  const made = new Map<string, { hash: string; filesize: number }>()
  req.context[PYRAMIDS] = made
  return made
}

/**
 * Before a photo is deleted, while its original is still in the store: the pyramid made from it,
 * if one was (Payload removes the original before the after-delete hooks run).
 */
export const notePyramidBeforeDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const doc = await req.payload.db.findOne<Record<string, unknown> & { id: number | string }>({
    collection: 'media',
    where: { id: { equals: id } },
    req,
  })
  const filename = doc?.filename
  if (typeof filename !== 'string' || !isPlainName(filename)) return
  const store = fileStore()
  const original = await store.read(originalKey('media', filename))
  if (!original) return
  const hash = deepZoomHash(original)
  if (!(await store.exists(derivativeKey(`${hash}/manifest.json`)))) return
  pyramidsOf(req).set(String(id), { hash, filesize: original.byteLength })
}

/**
 * After a photo is deleted, its pyramid goes from the data folder or the bucket, as its web
 * versions do (removeUnusedDerivatives), unless another photo has the same original (the same
 * file uploaded by two people) and so the same pyramid. Published copies are not affected: the
 * snapshot and every site build hold their own tiles. Photos of the same file are found by their
 * stored size, then compared by content; one whose size was not recorded is not found, and the
 * next export makes the pyramid again for it.
 */
export const removeUnusedPyramid: CollectionAfterDeleteHook = async ({ id, req }) => {
  const pyramids = pyramidsOf(req)
  const noted = pyramids.get(String(id))
  if (!noted) return
  pyramids.delete(String(id))
  const sameSize = await req.payload.db.find<Record<string, unknown>>({
    collection: 'media',
    where: { filesize: { equals: noted.filesize } },
    limit: 0,
    pagination: false,
    req,
  })
  const store = fileStore()
  for (const other of sameSize.docs) {
    if (typeof other.filename !== 'string' || !isPlainName(other.filename)) continue
    const bytes = await store.read(originalKey('media', other.filename))
    if (bytes && deepZoomHash(bytes) === noted.hash) return
  }
  await store.removeFolder(derivativeKey(noted.hash))
}
