/**
 * 3D models (photogrammetry scans of relics and craft objects): checking an upload with the
 * Khronos glTF validator, optimising it for phones on a weak signal, and summarising it for the CMS.
 *
 * Only self-contained files are accepted (.glb, or .gltf with data: URIs): the site serves one
 * content-addressed file per model, so a model that needs `scene.bin` or `texture.png` next to it
 * would break as soon as it is published.
 *
 * The pieces live in models/: container.ts reads and checks an upload's structure before anything
 * heavy runs, khronos.ts wraps the validator and the codecs, processing.ts optimises and summarises.
 */
import type { Document, vec3 } from '@gltf-transform/core'
import { dedup, draco, meshopt, prune, resample, weld } from '@gltf-transform/functions'
import { MeshoptEncoder } from 'meshoptimizer'
import { MediaError } from './errors.ts'
import { checkedChoice, checkedInteger, checkedOptions, described, invalidParameterError, is } from './is.ts'
import { checkedLimits, type MediaLimits } from './limits.ts'
import { damaged, field, inspect } from './models/container.ts'
import { CollectingLogger, createIO, formatIssue, type KhronosReport, khronos } from './models/khronos.ts'
import {
  COMPRESSION_EXTENSION,
  compressTextures,
  dropCompression,
  readDocument,
  type Settings,
  summarise,
} from './models/processing.ts'
import { formatNumber, quotedName } from './wording.ts'

export type ModelCompression = 'meshopt' | 'draco'
export type ModelTextureFormat = 'webp' | 'jpeg' | 'keep'

export interface ModelInfo {
  /** Triangles over all mesh primitives (a mesh used by several nodes counts once). */
  triangles: number
  /** Vertices over all mesh primitives, as counted by the Khronos validator. */
  vertices?: number
  meshes: number
  materials: number
  textures: number
  nodes: number
  animations: number
  /** The exporting software, as the file declares it. */
  generator?: string
  /** glTF version, "2.0". */
  version: string
}

export interface ModelValidation {
  valid: true
  /** Container: binary .glb, or .gltf JSON with embedded data: URIs. */
  format: 'glb' | 'gltf'
  /** Validator warnings (code, place, message), worth showing but not a reason to refuse. */
  warnings: string[]
  info: ModelInfo
}

export interface BoundingBox {
  min: vec3
  max: vec3
  size: vec3
}

/** What the CMS shows for a model file: computed from its decoded geometry. */
export interface ModelSummary {
  bytes: number
  triangles: number
  vertices: number
  /** World-space bounds of the displayed scene, in the model's units (metres for most scanners). */
  boundingBox: BoundingBox
  compression: ModelCompression | 'none'
  /** Number of textures and the largest width or height among them, in pixels. */
  textures: { count: number; maxSize: number }
}

export interface ModelReport extends Omit<ModelSummary, 'bytes'> {
  bytesBefore: number
  bytesAfter: number
  /** bytesBefore / bytesAfter: 3 means three times smaller; never below 1 for a .glb upload. */
  ratio: number
  /**
   * Which file is returned: the optimised one, or the upload itself (a .gltf packed as GLB,
   * unchanged) when optimising did not make it smaller, as happens to tiny models: the codec's
   * extension and headers then outweigh what it saves. `compression` is then the upload's own.
   */
  kept: 'optimised' | 'original'
  /**
   * Khronos validation of the output, run twice: on the compressed file as written, and on its
   * decoded geometry (the validator cannot look inside meshopt or Draco streams). Counts are summed;
   * `messages` lists the first errors and warnings. Do not publish an output with errors.
   */
  validation: { errors: number; warnings: number; messages: string[] }
  /** Things the optimiser chose not to do, e.g. a texture kept as PNG because it needs alpha. */
  warnings: string[]
}

export interface ValidateModelOptions {
  /** Shown in messages and passed to the validator as the asset's URI. */
  filename?: string
  limits?: Partial<MediaLimits>
}

export interface OptimiseModelOptions extends ValidateModelOptions {
  /** Geometry compression: EXT_meshopt_compression (default) or KHR_draco_mesh_compression. */
  compression?: ModelCompression
  /** Textures larger than this (width or height, pixels) are scaled down to fit. Default 2048. */
  maxTextureSize?: number
  /** Re-encode textures as WebP (default) or JPEG, or keep each texture's format. */
  textureFormat?: ModelTextureFormat
  /** Encoder quality for re-encoded textures, 1–100. Default 80. */
  textureQuality?: number
}

const DEFAULTS: Settings = { compression: 'meshopt', maxTextureSize: 2048, textureFormat: 'webp', textureQuality: 80 }
const COMPRESSIONS: readonly ModelCompression[] = ['meshopt', 'draco']
const TEXTURE_FORMATS: readonly ModelTextureFormat[] = ['webp', 'jpeg', 'keep']
const TEXTURE_SIZE_RANGE = { min: 16, max: 16384 } as const

// --- Arguments

function checkInput(input: unknown): asserts input is Uint8Array {
  if (!is.bytes(input)) {
    throw invalidParameterError('input', 'a Uint8Array (or Buffer) holding a .glb or .gltf file', described(input))
  }
}

function checkFilename(filename: unknown): string | undefined {
  if (filename === undefined) return undefined
  if (typeof filename !== 'string' || filename.trim() === '') {
    throw invalidParameterError('options.filename', 'a non-empty string', filename)
  }
  return filename
}

// --- Public API

/**
 * Checks an uploaded 3D model with the Khronos glTF validator and the project's limits. Resolves
 * with what the file contains, or rejects with a MediaError: 'file-too-large', 'type-mismatch'
 * (an image or document, not a model), 'unsupported-type' (OBJ, FBX, …), 'external-reference',
 * 'model-too-complex', 'too-many-pixels' (a texture beyond `maxInputPixels`) or 'invalid-model'.
 */
export async function validateModel(input: Uint8Array, options?: ValidateModelOptions): Promise<ModelValidation> {
  checkInput(input)
  const opts = checkedOptions(options, ['filename', 'limits'])
  const filename = checkFilename(opts.filename)
  return check(input, filename, checkedLimits(opts.limits))
}

async function check(input: Uint8Array, filename: string | undefined, limits: MediaLimits): Promise<ModelValidation> {
  const container = inspect(input, limits, filename)
  let report: KhronosReport
  try {
    report = await khronos.validateBytes(input, {
      format: container.format,
      maxIssues: 100,
      writeTimestamp: false,
      ...(filename ? { uri: filename } : {}),
    })
  } catch (error) {
    // The validator rejects with a plain string when it cannot even start.
    throw damaged(filename, [container.problem ?? String(error)])
  }
  const { issues, info } = report
  if (issues.numErrors > 0 || !container.json || !container.counts) {
    const errors = issues.messages.filter((issue) => issue.severity === 0).map(formatIssue)
    throw damaged(filename, errors.length > 0 ? errors : [container.problem ?? 'unknown error'], issues.numErrors)
  }
  for (const resource of info?.resources ?? []) {
    const { width = 0, height = 0 } = resource.image ?? {}
    if (width * height > limits.maxInputPixels) {
      // Suggest the largest square power-of-two size within the limit: what GPUs and exporters like.
      const side = 2 ** Math.floor(Math.log2(Math.sqrt(limits.maxInputPixels)))
      throw new MediaError(
        'too-many-pixels',
        {
          vi: `Mô hình 3D${quotedName(filename)} có ảnh bề mặt ${width}×${height} điểm ảnh, vượt giới hạn ${formatNumber(limits.maxInputPixels, 'vi')} điểm ảnh. Hãy thu nhỏ ảnh bề mặt (tối đa ${side}×${side}) rồi xuất lại.`,
          en: `The 3D model${quotedName(filename)} has a ${width}×${height} texture, more than ${formatNumber(limits.maxInputPixels, 'en')} pixels. Scale textures down (${side}×${side} at most) and export again.`,
        },
        { width, height, limit: limits.maxInputPixels, pointer: resource.pointer },
      )
    }
  }
  const { counts, json } = container
  const asset = field(json, 'asset')
  const generator = field(asset, 'generator')
  return {
    valid: true,
    format: container.format,
    warnings: issues.messages.filter((issue) => issue.severity === 1).map(formatIssue),
    info: {
      triangles: info?.totalTriangleCount ?? counts.triangles,
      ...(info?.totalVertexCount !== undefined ? { vertices: info.totalVertexCount } : {}),
      meshes: counts.meshes,
      materials: counts.materials,
      textures: counts.textures,
      nodes: counts.nodes,
      animations: counts.animations,
      ...(typeof generator === 'string' ? { generator } : {}),
      version: info?.version ?? String(field(asset, 'version')),
    },
  }
}

/**
 * Optimises a validated model for the web: dedup, prune, weld, resample animations, textures
 * scaled to `maxTextureSize` and re-encoded with sharp, geometry compressed with meshopt (default)
 * or Draco. The output is validated again (see {@link ModelReport.validation}). The input buffer
 * is never modified.
 */
export async function optimiseModel(
  input: Uint8Array,
  options?: OptimiseModelOptions,
): Promise<{ glb: Uint8Array; report: ModelReport }> {
  checkInput(input)
  const opts = checkedOptions(options, [
    'filename',
    'limits',
    'compression',
    'maxTextureSize',
    'textureFormat',
    'textureQuality',
  ])
  const filename = checkFilename(opts.filename)
  const limits = checkedLimits(opts.limits)
  const settings: Settings = {
    compression: checkedChoice('options.compression', opts.compression, COMPRESSIONS, DEFAULTS.compression),
    maxTextureSize: checkedInteger(
      'options.maxTextureSize',
      opts.maxTextureSize,
      TEXTURE_SIZE_RANGE.min,
      TEXTURE_SIZE_RANGE.max,
      DEFAULTS.maxTextureSize,
    ),
    textureFormat: checkedChoice('options.textureFormat', opts.textureFormat, TEXTURE_FORMATS, DEFAULTS.textureFormat),
    textureQuality: checkedInteger('options.textureQuality', opts.textureQuality, 1, 100, DEFAULTS.textureQuality),
  }

  const validation = await check(input, filename, limits)
  const logger = new CollectingLogger()
  const io = await createIO(logger)
  const document = await readDocument(io, input, validation.format, filename)
  // An already compressed upload would otherwise keep its old compression next to the new one.
  dropCompression(document)
  await document.transform(dedup(), prune(), weld(), resample())
  await compressTextures(document, settings, logger)
  if (settings.compression === 'meshopt') await document.transform(meshopt({ encoder: MeshoptEncoder }))
  else await document.transform(draco())
  const optimised = await io.writeBinary(document)
  // Never larger than the upload: a .glb is kept as it is, a .gltf as the same model packed as GLB.
  const original =
    validation.format === 'glb' ? input : await io.writeBinary(await readDocument(io, input, 'gltf', filename))
  const kept = original.byteLength <= optimised.byteLength ? 'original' : 'optimised'
  // A copy (not `slice()`, a view on a Node Buffer): the caller may reuse its buffer.
  const glb = kept === 'original' ? new Uint8Array(original) : optimised

  const decoded = await readDocument(io, glb, 'glb', filename)
  const compression = compressionOf(decoded)
  dropCompression(decoded)
  const plain = await io.writeBinary(decoded)
  const passes = await Promise.all([glb, plain].map((bytes) => khronos.validateBytes(bytes, { writeTimestamp: false })))
  const summary = await summarise(decoded, glb.byteLength, compression)
  const messages = passes.flatMap((pass, i) =>
    pass.issues.messages
      .filter((issue) => issue.severity <= 1)
      .map((issue) => `${i === 0 ? 'compressed' : 'decoded'}: ${formatIssue(issue)}`),
  )
  return {
    glb,
    report: {
      bytesBefore: input.byteLength,
      bytesAfter: glb.byteLength,
      ratio: input.byteLength / glb.byteLength,
      triangles: summary.triangles,
      vertices: summary.vertices,
      boundingBox: summary.boundingBox,
      compression,
      kept,
      textures: summary.textures,
      validation: {
        errors: passes.reduce((sum, pass) => sum + pass.issues.numErrors, 0),
        warnings: passes.reduce((sum, pass) => sum + pass.issues.numWarnings, 0),
        messages: messages.slice(0, 10),
      },
      warnings: logger.warnings,
    },
  }
}

/**
 * Triangles, vertices, bounding box, size and textures of a model, for example an already
 * optimised one (meshopt and Draco are decoded). Applies the size, container and complexity
 * refusals of {@link validateModel}, but not the full Khronos validation.
 */
export async function modelReport(input: Uint8Array, options?: ValidateModelOptions): Promise<ModelSummary> {
  checkInput(input)
  const opts = checkedOptions(options, ['filename', 'limits'])
  const filename = checkFilename(opts.filename)
  const container = inspect(input, checkedLimits(opts.limits), filename)
  if (!container.json) throw damaged(filename, [container.problem ?? 'unknown error'])
  const document = await readDocument(await createIO(new CollectingLogger()), input, container.format, filename)
  return summarise(document, input.byteLength, compressionOf(document))
}

/** The geometry compression a model uses, from the extensions it declares. */
function compressionOf(document: Document): ModelCompression | 'none' {
  const used = new Set(
    document
      .getRoot()
      .listExtensionsUsed()
      .map((extension) => extension.extensionName),
  )
  return COMPRESSIONS.find((kind) => used.has(COMPRESSION_EXTENSION[kind])) ?? 'none'
}
