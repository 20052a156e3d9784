/** Optimising a decoded 3D model (textures, compression) and summarising it for the CMS. */
import type { Document, NodeIO, Primitive, vec2, vec3 } from '@gltf-transform/core'
import { EXTTextureWebP } from '@gltf-transform/extensions'
import { compressTexture, getBounds } from '@gltf-transform/functions'
import sharp from 'sharp'
import type { ModelCompression, ModelSummary, ModelTextureFormat } from '../models.ts'
import { damaged, primitiveTriangles, utf8 } from './container.ts'
import type { CollectingLogger } from './khronos.ts'

export interface Settings {
  compression: ModelCompression
  maxTextureSize: number
  textureFormat: ModelTextureFormat
  textureQuality: number
}

export const COMPRESSION_EXTENSION: Record<ModelCompression, string> = {
  meshopt: 'EXT_meshopt_compression',
  draco: 'KHR_draco_mesh_compression',
}

// --- Processing

export async function readDocument(
  io: NodeIO,
  bytes: Uint8Array,
  format: 'glb' | 'gltf',
  filename: string | undefined,
): Promise<Document> {
  // A private copy: gltf-transform keeps views into the bytes it reads and some transforms write
  // in place, which would change the caller's buffer; its GLB parser also needs 4-byte alignment.
  // Not `bytes.slice()`: on a Node Buffer that returns a view of the same memory.
  const own = new Uint8Array(bytes)
  try {
    if (format === 'glb') return await io.readBinary(own)
    const text = utf8.decode(own).replace(/^\uFEFF/, '')
    return await io.readJSON({ json: JSON.parse(text), resources: {} })
  } catch (error) {
    throw damaged(filename, [error instanceof Error ? error.message : String(error)])
  }
}

const SHARP_MIME_TYPES = new Set(['image/png', 'image/jpeg', 'image/webp', 'image/avif'])

export async function compressTextures(
  document: Document,
  settings: Settings,
  logger: CollectingLogger,
): Promise<void> {
  const limit: vec2 = [settings.maxTextureSize, settings.maxTextureSize]
  // One at a time: a scan's 8K textures decoded together would need gigabytes.
  for (const texture of document.getRoot().listTextures()) {
    const image = texture.getImage()
    const mimeType = texture.getMimeType()
    const label = texture.getName() || texture.getURI() || mimeType
    if (!image) continue
    if (!SHARP_MIME_TYPES.has(mimeType)) {
      logger.warn(`texture "${label}": ${mimeType} is kept as it is (not an image sharp can re-encode).`)
      continue
    }
    const { width = 0, height = 0, hasAlpha = false } = await sharp(image).metadata()
    let targetFormat: 'webp' | 'jpeg' | undefined =
      settings.textureFormat === 'keep' ? undefined : settings.textureFormat
    if (targetFormat === 'jpeg' && hasAlpha) {
      logger.warn(`texture "${label}": kept as ${mimeType} because it has an alpha channel, which JPEG cannot hold.`)
      targetFormat = undefined
    }
    await compressTexture(texture, {
      encoder: sharp,
      quality: settings.textureQuality,
      ...(targetFormat ? { targetFormat } : {}),
      ...(Math.max(width, height) > settings.maxTextureSize ? { resize: limit } : {}),
    })
  }
  const webp = document.createExtension(EXTTextureWebP)
  if (
    document
      .getRoot()
      .listTextures()
      .some((texture) => texture.getMimeType() === 'image/webp')
  ) {
    webp.setRequired(true)
  } else {
    webp.dispose()
  }
}

/** Geometry is decoded on reading; without the compression extensions it is written plain. */
export function dropCompression(document: Document): void {
  for (const extension of document.getRoot().listExtensionsUsed()) {
    if (Object.values(COMPRESSION_EXTENSION).includes(extension.extensionName)) extension.dispose()
  }
}

function elementCount(primitive: Primitive): number {
  return (primitive.getIndices() ?? primitive.getAttribute('POSITION'))?.getCount() ?? 0
}

export async function summarise(
  document: Document,
  bytes: number,
  compression: ModelCompression | 'none',
): Promise<ModelSummary> {
  const root = document.getRoot()
  let triangles = 0
  let vertices = 0
  for (const mesh of root.listMeshes()) {
    for (const primitive of mesh.listPrimitives()) {
      triangles += primitiveTriangles(primitive.getMode(), elementCount(primitive))
      vertices += primitive.getAttribute('POSITION')?.getCount() ?? 0
    }
  }
  const scene = root.getDefaultScene() ?? root.listScenes()[0]
  const bounds = scene ? getBounds(scene) : { min: [0, 0, 0] as vec3, max: [0, 0, 0] as vec3 }
  const finite = bounds.min.every(Number.isFinite) && bounds.max.every(Number.isFinite)
  const min: vec3 = finite ? bounds.min : [0, 0, 0]
  const max: vec3 = finite ? bounds.max : [0, 0, 0]
  let maxSize = 0
  for (const texture of root.listTextures()) {
    const image = texture.getImage()
    if (!image) continue
    const { width = 0, height = 0 } = await sharp(image)
      .metadata()
      .catch(() => ({ width: 0, height: 0 }))
    maxSize = Math.max(maxSize, width, height)
  }
  return {
    bytes,
    triangles,
    vertices,
    boundingBox: { min, max, size: [max[0] - min[0], max[1] - min[1], max[2] - min[2]] },
    compression,
    textures: { count: root.listTextures().length, maxSize },
  }
}
