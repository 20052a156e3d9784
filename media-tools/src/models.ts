/**
 * 3D models (photogrammetry scans of relics and craft objects): checking an upload with the
 * Khronos glTF validator, optimising it for phones on a weak signal, and summarising it for the CMS.
 *
 * Only self-contained files are accepted (.glb, or .gltf with data: URIs): the site serves one
 * content-addressed file per model, so a model that needs `scene.bin` or `texture.png` next to it
 * would break as soon as it is published.
 */
import { createRequire } from 'node:module'
import { type Document, type ILogger, NodeIO, type Primitive, type vec2, type vec3 } from '@gltf-transform/core'
import { ALL_EXTENSIONS, EXTTextureWebP } from '@gltf-transform/extensions'
import { compressTexture, dedup, draco, getBounds, meshopt, prune, resample, weld } from '@gltf-transform/functions'
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer'
import sharp from 'sharp'
import { MediaError } from './errors.ts'
import { checkedChoice, checkedInteger, checkedOptions, described, invalidParameterError, is } from './is.ts'
import { checkedLimits, type MediaLimits } from './limits.ts'

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

export interface ModelReport extends Omit<ModelSummary, 'bytes' | 'compression'> {
  bytesBefore: number
  bytesAfter: number
  /** bytesBefore / bytesAfter: 3 means three times smaller. */
  ratio: number
  compression: ModelCompression
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

interface Settings {
  compression: ModelCompression
  maxTextureSize: number
  textureFormat: ModelTextureFormat
  textureQuality: number
}

const DEFAULTS: Settings = { compression: 'meshopt', maxTextureSize: 2048, textureFormat: 'webp', textureQuality: 80 }
const COMPRESSIONS: readonly ModelCompression[] = ['meshopt', 'draco']
const TEXTURE_FORMATS: readonly ModelTextureFormat[] = ['webp', 'jpeg', 'keep']
const TEXTURE_SIZE_RANGE = { min: 16, max: 16384 } as const
const COMPRESSION_EXTENSION: Record<ModelCompression, string> = {
  meshopt: 'EXT_meshopt_compression',
  draco: 'KHR_draco_mesh_compression',
}
/** Issues quoted in a refusal; the rest are counted. */
const QUOTED_ISSUES = 3

// --- The Khronos validator and Draco ship no type declarations: describe the parts used here.

interface KhronosMessage {
  code: string
  message: string
  severity: 0 | 1 | 2 | 3
  pointer?: string
  offset?: number
}

interface KhronosReport {
  issues: { numErrors: number; numWarnings: number; messages: KhronosMessage[] }
  info?: {
    version?: string
    generator?: string
    totalVertexCount?: number
    totalTriangleCount?: number
    resources?: { pointer: string; image?: { width: number; height: number } }[]
  }
}

interface KhronosValidator {
  validateBytes(
    data: Uint8Array,
    options: { uri?: string; format?: 'glb' | 'gltf'; maxIssues?: number; writeTimestamp?: boolean },
  ): Promise<KhronosReport>
}

interface Draco3d {
  createEncoderModule(): Promise<unknown>
  createDecoderModule(): Promise<unknown>
}

const require = createRequire(import.meta.url)
const khronos = require('gltf-validator') as KhronosValidator
const draco3d = require('draco3dgltf') as Draco3d

let codecs: Promise<Record<string, unknown>> | undefined

/** WebAssembly codecs take a moment to instantiate: do it once, on first use. */
function loadCodecs(): Promise<Record<string, unknown>> {
  codecs ??= (async () => {
    const [dracoEncoder, dracoDecoder] = await Promise.all([
      draco3d.createEncoderModule(),
      draco3d.createDecoderModule(),
      MeshoptEncoder.ready,
      MeshoptDecoder.ready,
    ])
    return {
      'meshopt.encoder': MeshoptEncoder,
      'meshopt.decoder': MeshoptDecoder,
      'draco3d.encoder': dracoEncoder,
      'draco3d.decoder': dracoDecoder,
    }
  })().catch((error: unknown) => {
    codecs = undefined
    throw error
  })
  return codecs
}

/** Keeps gltf-transform's warnings for the report instead of printing them. */
class CollectingLogger implements ILogger {
  readonly warnings: string[] = []
  debug(): void {}
  info(): void {}
  warn(text: string): void {
    this.warnings.push(text)
  }
  error(text: string): void {
    this.warnings.push(text)
  }
}

async function createIO(logger: ILogger): Promise<NodeIO> {
  return new NodeIO()
    .setLogger(logger)
    .registerExtensions(ALL_EXTENSIONS)
    .registerDependencies(await loadCodecs())
}

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

// --- Messages

const named = (filename: string | undefined): string => (filename ? ` "${filename}"` : '')
const count = (n: number, locale: 'vi' | 'en'): string => n.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-US')
function fileSize(bytes: number, locale: 'vi' | 'en'): string {
  const format = (n: number) => n.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 1 })
  return bytes >= 1024 * 1024 ? `${format(bytes / 1024 / 1024)} MB` : `${format(bytes / 1024)} kB`
}

const EXPORT_AGAIN = {
  vi: 'Hãy xuất lại từ phần mềm quét dưới dạng .glb.',
  en: 'Export it again from the scanning software as .glb.',
}

/** Recognisable non-model content, so the officer learns what they actually uploaded. */
const OTHER_CONTENT: { test: (bytes: Uint8Array) => boolean; vi: string; en: string }[] = [
  { test: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47]), vi: 'ảnh PNG', en: 'a PNG image' },
  { test: (b) => startsWith(b, [0xff, 0xd8, 0xff]), vi: 'ảnh JPEG', en: 'a JPEG image' },
  { test: (b) => ascii(b, 0, 4) === 'GIF8', vi: 'ảnh GIF', en: 'a GIF image' },
  { test: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP', vi: 'ảnh WebP', en: 'a WebP image' },
  { test: (b) => ascii(b, 4, 8) === 'ftyp', vi: 'ảnh HEIC/AVIF hoặc video', en: 'a HEIC/AVIF image or a video' },
  { test: (b) => ascii(b, 0, 5) === '%PDF-', vi: 'tài liệu PDF', en: 'a PDF document' },
  { test: (b) => startsWith(b, [0x50, 0x4b, 0x03, 0x04]), vi: 'tệp nén ZIP', en: 'a ZIP archive' },
]

/** 3D formats officers meet in scanning apps; they must be converted to glTF first. */
const OTHER_MODEL_FORMATS = ['obj', 'fbx', 'stl', 'ply', 'dae', '3ds', 'usdz', 'usd', 'blend', 'max', 'skp', 'e57']

const startsWith = (bytes: Uint8Array, prefix: number[]): boolean => prefix.every((byte, i) => bytes[i] === byte)
const ascii = (bytes: Uint8Array, from: number, to: number): string =>
  String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.byteLength)))

function notAModel(input: Uint8Array, filename: string | undefined): MediaError {
  const other = OTHER_CONTENT.find((content) => content.test(input))
  if (other) {
    return new MediaError(
      'type-mismatch',
      {
        vi: `Tệp${named(filename)} là ${other.vi}, không phải mô hình 3D. Hãy tải lên tệp .glb xuất từ phần mềm quét.`,
        en: `The file${named(filename)} is ${other.en}, not a 3D model. Upload the .glb exported from the scanning software.`,
      },
      { detected: other.en },
    )
  }
  const extension = filename?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1]
  if (ascii(input, 0, 18) === 'Kaydara FBX Binary' || (extension && OTHER_MODEL_FORMATS.includes(extension))) {
    const format = extension && extension !== 'glb' && extension !== 'gltf' ? `.${extension}` : 'FBX'
    return new MediaError('unsupported-type', {
      vi: `Chưa nhận mô hình 3D dạng ${format}. Hãy xuất mô hình thành một tệp .glb (glTF nhị phân) rồi tải lên.`,
      en: `3D models in ${format} format are not accepted. Export the model as a single .glb file (binary glTF) and upload that.`,
    })
  }
  return new MediaError('invalid-model', {
    vi: `Tệp${named(filename)} không phải mô hình 3D glTF (.glb hoặc .gltf). ${EXPORT_AGAIN.vi}`,
    en: `The file${named(filename)} is not a glTF 3D model (.glb or .gltf). ${EXPORT_AGAIN.en}`,
  })
}

function damaged(filename: string | undefined, problems: string[], total = problems.length): MediaError {
  const quoted = problems.slice(0, QUOTED_ISSUES)
  const more = total - quoted.length
  return new MediaError(
    'invalid-model',
    {
      vi: `Tệp mô hình 3D${named(filename)} bị lỗi: ${quoted.join('; ')}${more > 0 ? ` (và ${more} lỗi khác)` : ''}. ${EXPORT_AGAIN.vi}`,
      en: `The 3D model${named(filename)} is damaged: ${quoted.join('; ')}${more > 0 ? ` (and ${more} more)` : ''}. ${EXPORT_AGAIN.en}`,
    },
    { problems },
  )
}

const formatIssue = (issue: KhronosMessage): string =>
  `${issue.message.replace(/\.$/, '')} (${issue.code}${issue.pointer ? ` at ${issue.pointer}` : ''}${
    issue.offset !== undefined ? ` at byte ${issue.offset}` : ''
  })`

// --- Container: cheap structural reading, before anything heavy runs

/** The parts of glTF JSON read here; everything comes from an upload, so nothing is trusted. */
interface Container {
  format: 'glb' | 'gltf'
  json?: Record<string, unknown>
  /** Why the JSON could not be read; the validator is then asked for its own account. */
  problem?: string
}

const GLB_MAGIC = 0x46546c67
const CHUNK_JSON = 0x4e4f534a
const utf8 = new TextDecoder('utf-8', { fatal: true })

function readContainer(input: Uint8Array, filename: string | undefined): Container {
  if (input.byteLength >= 4 && new DataView(input.buffer, input.byteOffset, 4).getUint32(0, true) === GLB_MAGIC) {
    return readGlb(input)
  }
  let start = startsWith(input, [0xef, 0xbb, 0xbf]) ? 3 : 0
  while (start < input.byteLength && [0x20, 0x09, 0x0a, 0x0d].includes(input[start] ?? 0)) start++
  if (input[start] !== 0x7b) throw notAModel(input, filename)
  return { format: 'gltf', ...parseJson(input.subarray(start)) }
}

function readGlb(input: Uint8Array): Container {
  const view = new DataView(input.buffer, input.byteOffset, input.byteLength)
  if (input.byteLength < 20) return { format: 'glb', problem: 'the GLB header is incomplete' }
  const version = view.getUint32(4, true)
  if (version !== 2) return { format: 'glb', problem: `GLB version ${version}; only glTF 2.0 is supported` }
  const jsonLength = view.getUint32(12, true)
  if (view.getUint32(16, true) !== CHUNK_JSON) return { format: 'glb', problem: 'the first GLB chunk is not JSON' }
  if (20 + jsonLength > input.byteLength) return { format: 'glb', problem: 'the file ends inside its JSON chunk' }
  return { format: 'glb', ...parseJson(input.subarray(20, 20 + jsonLength)) }
}

function parseJson(bytes: Uint8Array): Pick<Container, 'json' | 'problem'> {
  try {
    const json: unknown = JSON.parse(utf8.decode(bytes))
    return is.plainObject(json) ? { json } : { problem: 'the glTF JSON is not an object' }
  } catch (error) {
    return { problem: `the glTF JSON cannot be read (${error instanceof Error ? error.message : String(error)})` }
  }
}

const list = (json: Record<string, unknown>, key: string): unknown[] => {
  const value = json[key]
  return Array.isArray(value) ? value : []
}

const field = (value: unknown, key: string): unknown => (is.plainObject(value) ? value[key] : undefined)

/** Buffers and images the file refers to by URI instead of carrying them. */
function externalReferences(json: Record<string, unknown>): string[] {
  const uris = [...list(json, 'buffers'), ...list(json, 'images')]
    .map((resource) => field(resource, 'uri'))
    .filter((uri): uri is string => typeof uri === 'string' && !/^data:/i.test(uri.trim()))
  return uris.map((uri) => (uri.length > 60 ? `${uri.slice(0, 57)}…` : uri))
}

function primitiveTriangles(mode: number, elements: number): number {
  if (mode === 4) return Math.floor(elements / 3)
  if (mode === 5 || mode === 6) return Math.max(elements - 2, 0)
  return 0
}

/** Triangles declared by the accessors, before any geometry is decoded. */
function declaredTriangles(json: Record<string, unknown>): number {
  const accessors = list(json, 'accessors')
  const elements = (index: unknown): number => {
    const value = typeof index === 'number' ? field(accessors[index], 'count') : undefined
    return typeof value === 'number' && Number.isFinite(value) ? value : 0
  }
  let triangles = 0
  for (const mesh of list(json, 'meshes')) {
    const primitives = field(mesh, 'primitives')
    for (const primitive of Array.isArray(primitives) ? primitives : []) {
      const mode = field(primitive, 'mode') ?? 4
      const indices = field(primitive, 'indices')
      const source = indices ?? field(field(primitive, 'attributes'), 'POSITION')
      triangles += primitiveTriangles(typeof mode === 'number' ? mode : 4, elements(source))
    }
  }
  return triangles
}

const OBJECT_NAMES = {
  nodes: { vi: 'nút (node)', en: 'nodes' },
  meshes: { vi: 'lưới (mesh)', en: 'meshes' },
  materials: { vi: 'vật liệu (material)', en: 'materials' },
  textures: { vi: 'ảnh bề mặt (texture)', en: 'textures' },
} as const

interface Counts {
  nodes: number
  meshes: number
  materials: number
  textures: number
  animations: number
  triangles: number
}

/**
 * Refusals that need only the JSON: external files, nothing to show, too complex. They run before
 * the validator or any decoding, so a hostile or huge file costs no more than parsing its JSON.
 */
function checkDeclarations(json: Record<string, unknown>, limits: MediaLimits, filename: string | undefined): Counts {
  const external = externalReferences(json)
  if (external.length > 0) {
    const shown = external.slice(0, 5).join(', ') + (external.length > 5 ? ', …' : '')
    throw new MediaError(
      'external-reference',
      {
        vi: `Mô hình 3D${named(filename)} cần thêm tệp bên ngoài (${shown}) nên trang web không tải được. Hãy xuất lại thành một tệp .glb duy nhất, có nhúng sẵn ảnh bề mặt (texture).`,
        en: `The 3D model${named(filename)} needs other files next to it (${shown}), which the website cannot load. Export it again as a single .glb file with its textures embedded.`,
      },
      { references: external },
    )
  }
  const counts: Counts = {
    nodes: list(json, 'nodes').length,
    meshes: list(json, 'meshes').length,
    materials: list(json, 'materials').length,
    textures: list(json, 'textures').length,
    animations: list(json, 'animations').length,
    triangles: declaredTriangles(json),
  }
  for (const kind of Object.keys(OBJECT_NAMES) as (keyof typeof OBJECT_NAMES)[]) {
    if (counts[kind] > limits.maxModelObjects) {
      const name = OBJECT_NAMES[kind]
      throw new MediaError(
        'model-too-complex',
        {
          vi: `Mô hình 3D${named(filename)} có ${count(counts[kind], 'vi')} ${name.vi}, vượt mức cho phép ${count(limits.maxModelObjects, 'vi')}. Hãy gộp bớt các phần trong phần mềm 3D rồi xuất lại.`,
          en: `The 3D model${named(filename)} has ${count(counts[kind], 'en')} ${name.en}, more than the ${count(limits.maxModelObjects, 'en')} allowed. Merge parts in the 3D software and export again.`,
        },
        { [kind]: counts[kind], limit: limits.maxModelObjects },
      )
    }
  }
  if (counts.triangles > limits.maxModelTriangles) {
    throw new MediaError(
      'model-too-complex',
      {
        vi: `Mô hình 3D${named(filename)} có ${count(counts.triangles, 'vi')} tam giác, vượt mức cho phép ${count(limits.maxModelTriangles, 'vi')}. Hãy giảm lưới (decimate) trong phần mềm quét rồi xuất lại.`,
        en: `The 3D model${named(filename)} has ${count(counts.triangles, 'en')} triangles, more than the ${count(limits.maxModelTriangles, 'en')} allowed. Simplify (decimate) it in the scanning software and export again.`,
      },
      { triangles: counts.triangles, limit: limits.maxModelTriangles },
    )
  }
  const showsSomething = list(json, 'scenes').some((scene) => {
    const nodes = field(scene, 'nodes')
    return Array.isArray(nodes) && nodes.length > 0
  })
  if (counts.meshes === 0 || !showsSomething) {
    throw new MediaError('invalid-model', {
      vi: `Tệp mô hình 3D${named(filename)} không có hình khối nào để hiển thị (không có lưới hoặc cảnh). ${EXPORT_AGAIN.vi}`,
      en: `The 3D model${named(filename)} has nothing to display (no mesh or no scene). ${EXPORT_AGAIN.en}`,
    })
  }
  return counts
}

function checkSize(input: Uint8Array, limits: MediaLimits, filename: string | undefined): void {
  if (input.byteLength === 0) {
    throw new MediaError('invalid-model', {
      vi: `Tệp mô hình 3D${named(filename)} trống (0 byte). ${EXPORT_AGAIN.vi}`,
      en: `The 3D model${named(filename)} is empty (0 bytes). ${EXPORT_AGAIN.en}`,
    })
  }
  if (input.byteLength > limits.maxModelBytes) {
    throw new MediaError(
      'file-too-large',
      {
        vi: `Tệp mô hình 3D${named(filename)} nặng ${fileSize(input.byteLength, 'vi')}, vượt giới hạn ${fileSize(limits.maxModelBytes, 'vi')}. Hãy giảm số tam giác hoặc kích thước ảnh bề mặt trong phần mềm quét rồi xuất lại dưới dạng .glb.`,
        en: `The 3D model${named(filename)} is ${fileSize(input.byteLength, 'en')}, over the ${fileSize(limits.maxModelBytes, 'en')} limit. Reduce the triangle count or texture size in the scanning software and export again as .glb.`,
      },
      { bytes: input.byteLength, limit: limits.maxModelBytes },
    )
  }
}

/** Size, container and declarations: every refusal that needs no decoding. */
function inspect(
  input: Uint8Array,
  limits: MediaLimits,
  filename: string | undefined,
): Container & { counts?: Counts } {
  checkSize(input, limits, filename)
  const container = readContainer(input, filename)
  if (!container.json) return container
  return { ...container, counts: checkDeclarations(container.json, limits, filename) }
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
          vi: `Mô hình 3D${named(filename)} có ảnh bề mặt ${width}×${height} điểm ảnh, vượt giới hạn ${count(limits.maxInputPixels, 'vi')} điểm ảnh. Hãy thu nhỏ ảnh bề mặt (tối đa ${side}×${side}) rồi xuất lại.`,
          en: `The 3D model${named(filename)} has a ${width}×${height} texture, more than ${count(limits.maxInputPixels, 'en')} pixels. Scale textures down (${side}×${side} at most) and export again.`,
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
  const glb = await io.writeBinary(document)

  const decoded = await readDocument(io, glb, 'glb', filename)
  dropCompression(decoded)
  const plain = await io.writeBinary(decoded)
  const passes = await Promise.all([glb, plain].map((bytes) => khronos.validateBytes(bytes, { writeTimestamp: false })))
  const summary = await summarise(decoded, glb.byteLength, settings.compression)
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
      compression: settings.compression,
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
  const used = new Set(
    document
      .getRoot()
      .listExtensionsUsed()
      .map((extension) => extension.extensionName),
  )
  const compression = COMPRESSIONS.find((kind) => used.has(COMPRESSION_EXTENSION[kind])) ?? 'none'
  return summarise(document, input.byteLength, compression)
}

// --- Processing

async function readDocument(
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

async function compressTextures(document: Document, settings: Settings, logger: CollectingLogger): Promise<void> {
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
function dropCompression(document: Document): void {
  for (const extension of document.getRoot().listExtensionsUsed()) {
    if (Object.values(COMPRESSION_EXTENSION).includes(extension.extensionName)) extension.dispose()
  }
}

function elementCount(primitive: Primitive): number {
  return (primitive.getIndices() ?? primitive.getAttribute('POSITION'))?.getCount() ?? 0
}

async function summarise(
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
