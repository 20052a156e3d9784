/**
 * Which media go into the snapshot: the ids the entries read in full name, their public form
 * (media.ts), and the files behind them (snapshot-relative name → key in the file store, the data
 * folder or the bucket: media/files.ts), to be linked or copied by `copyMedia` (write.ts).
 */
import path from 'node:path'
import { type Audio, type Image, type Model, type Panorama, tilePaths, zoomTileFile } from '@heritage/contract'
import type { Payload, Where } from 'payload'
import { deepZoomOf, zoomTileKey } from '../media/deepZoom.ts'
import { fileStore, originalKey } from '../media/files.ts'
import { derivativeKey } from '../media/store.ts'
import { idText } from '../shared/ids.ts'
import {
  audioOf,
  imageOf,
  type MediaFiles,
  type MediaLookup,
  modelOf,
  type Projected,
  panoramaOf,
  withZoom,
  type ZoomTiles,
} from './media.ts'
import { findAll } from './read.ts'
import type { StoredEntry } from './records.ts'
import { sha256 } from './write.ts'

export interface MediaIds {
  media: Set<string>
  /** Photos shown with a deep-zoom pyramid: the gallery of inscriptions. */
  zoom: Set<string>
  panoramas: Set<string>
  models: Set<string>
  audio: Set<string>
}

/** The media ids the entries name: gallery and portrait images, panoramas, 3D models, audio guides. */
export function mediaIdsOf(docs: Iterable<StoredEntry>): MediaIds {
  const ids: MediaIds = { media: new Set(), zoom: new Set(), panoramas: new Set(), models: new Set(), audio: new Set() }
  const collect = (set: Set<string>, values: unknown) => {
    for (const v of Array.isArray(values) ? values : [values]) {
      const id = idText(v)
      if (id) set.add(id)
    }
  }
  for (const doc of docs) {
    collect(ids.media, 'gallery' in doc ? doc.gallery : undefined)
    if ('lines' in doc) collect(ids.zoom, doc.gallery)
    collect(ids.media, 'portrait' in doc ? doc.portrait : undefined)
    collect(ids.panoramas, 'panoramas' in doc ? doc.panoramas : undefined)
    collect(ids.models, 'models' in doc ? doc.models : undefined)
    collect(ids.audio, 'audioGuides' in doc ? doc.audioGuides : undefined)
  }
  return ids
}

/** Snapshot-relative media file names, and the public media records, of one export. */
export class MediaCollector implements MediaLookup {
  /** Snapshot-relative file → its key in the file store. */
  readonly files = new Map<string, string>()
  readonly images = new Map<string, Projected<Image>>()
  readonly zoomed = new Map<string, Projected<Image>>()
  readonly panoramas = new Map<string, Projected<Panorama>>()
  readonly models = new Map<string, Projected<Model>>()
  readonly audio = new Map<string, Projected<Audio>>()

  derivative(file: string): string {
    this.files.set(file, derivativeKey(file))
    return file
  }

  /** A pyramid's tiles, as snapshot media `zoom/<hash>/<tile>` (the contract's ZOOM_TILE_PATTERN). */
  zoomTiles(tiles: ZoomTiles): void {
    for (const tile of tilePaths(tiles)) this.files.set(zoomTileFile(tiles.hash, tile), zoomTileKey(tiles.hash, tile))
  }

  async audioFile(filename: string): Promise<{ file: string; bytes: number } | null> {
    const source = originalKey('audio', filename)
    const bytes = await fileStore().read(source)
    if (!bytes) return null
    // Named by content, like the other media, so a replaced recording gets a new URL.
    const ext =
      path
        .extname(filename)
        .toLowerCase()
        .replace(/[^a-z0-9.]/g, '') || '.bin'
    const file = `audio/${sha256(bytes).slice(0, 32)}${ext}`
    this.files.set(file, source)
    return { file, bytes: bytes.length }
  }

  /** Reads the media records named (a model's poster too) and keeps the public ones. */
  async load(payload: Payload, ids: MediaIds): Promise<void> {
    const byIds = (set: Set<string>): Where => ({ id: { in: [...set] } })
    const files: MediaFiles = { derivative: (file) => this.derivative(file), audio: (name) => this.audioFile(name) }
    if (ids.models.size > 0) {
      for (const doc of await findAll(payload, 'models', { where: byIds(ids.models), overrideAccess: true })) {
        const poster = idText(doc.poster)
        if (poster) ids.media.add(poster)
      }
    }
    if (ids.media.size > 0) {
      for (const doc of await findAll(payload, 'media', { where: byIds(ids.media), overrideAccess: true })) {
        const image = imageOf(doc, files)
        if (!image) continue
        this.images.set(String(doc.id), image)
        if (!ids.zoom.has(String(doc.id))) continue
        // A photo whose pyramid cannot be made (its original is missing) is shown without one.
        const tiles = typeof doc.filename === 'string' ? await deepZoomOf(doc.filename) : null
        const zoomed = withZoom(image, tiles)
        if (tiles && zoomed !== image) this.zoomTiles(tiles)
        this.zoomed.set(String(doc.id), zoomed)
      }
    }
    if (ids.panoramas.size > 0) {
      for (const doc of await findAll(payload, 'panoramas', { where: byIds(ids.panoramas), overrideAccess: true })) {
        const pano = panoramaOf(doc, files)
        if (pano) this.panoramas.set(String(doc.id), pano)
      }
    }
    if (ids.models.size > 0) {
      for (const doc of await findAll(payload, 'models', { where: byIds(ids.models), overrideAccess: true })) {
        const model = modelOf(doc, files, this.images)
        if (model) this.models.set(String(doc.id), model)
      }
    }
    if (ids.audio.size > 0) {
      for (const doc of await findAll(payload, 'audio', { where: byIds(ids.audio), overrideAccess: false })) {
        const audio = await audioOf(doc, files)
        if (audio) this.audio.set(String(doc.id), audio)
      }
    }
  }
}
