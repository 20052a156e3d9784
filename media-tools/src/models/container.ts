/**
 * The cheap part of checking a 3D model upload: its size, its container (GLB or glTF JSON) and what
 * its JSON declares (external files, counts, triangles), all before the validator or any decoder
 * runs; and the refusals, worded for the officer.
 */
import { MediaError } from '../errors.ts'
import { is } from '../is.ts'
import type { MediaLimits } from '../limits.ts'
import { formatNumber, type Language, quotedName } from '../wording.ts'

/** Issues quoted in a refusal; the rest are counted. */
const QUOTED_ISSUES = 3

// --- Messages

function fileSize(bytes: number, locale: Language): string {
  const format = (n: number) => formatNumber(n, locale, 1)
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
        vi: `Tệp${quotedName(filename)} là ${other.vi}, không phải mô hình 3D. Hãy tải lên tệp .glb xuất từ phần mềm quét.`,
        en: `The file${quotedName(filename)} is ${other.en}, not a 3D model. Upload the .glb exported from the scanning software.`,
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
    vi: `Tệp${quotedName(filename)} không phải mô hình 3D glTF (.glb hoặc .gltf). ${EXPORT_AGAIN.vi}`,
    en: `The file${quotedName(filename)} is not a glTF 3D model (.glb or .gltf). ${EXPORT_AGAIN.en}`,
  })
}

export function damaged(filename: string | undefined, problems: string[], total = problems.length): MediaError {
  const quoted = problems.slice(0, QUOTED_ISSUES)
  const more = total - quoted.length
  return new MediaError(
    'invalid-model',
    {
      vi: `Tệp mô hình 3D${quotedName(filename)} bị lỗi: ${quoted.join('; ')}${more > 0 ? ` (và ${more} lỗi khác)` : ''}. ${EXPORT_AGAIN.vi}`,
      en: `The 3D model${quotedName(filename)} is damaged: ${quoted.join('; ')}${more > 0 ? ` (and ${more} more)` : ''}. ${EXPORT_AGAIN.en}`,
    },
    { problems },
  )
}

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
export const utf8 = new TextDecoder('utf-8', { fatal: true })

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

export const field = (value: unknown, key: string): unknown => (is.plainObject(value) ? value[key] : undefined)

/** Buffers and images the file refers to by URI instead of carrying them. */
function externalReferences(json: Record<string, unknown>): string[] {
  const uris = [...list(json, 'buffers'), ...list(json, 'images')]
    .map((resource) => field(resource, 'uri'))
    .filter((uri): uri is string => typeof uri === 'string' && !/^data:/i.test(uri.trim()))
  return uris.map((uri) => (uri.length > 60 ? `${uri.slice(0, 57)}…` : uri))
}

export function primitiveTriangles(mode: number, elements: number): number {
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
        vi: `Mô hình 3D${quotedName(filename)} cần thêm tệp bên ngoài (${shown}) nên trang web không tải được. Hãy xuất lại thành một tệp .glb duy nhất, có nhúng sẵn ảnh bề mặt (texture).`,
        en: `The 3D model${quotedName(filename)} needs other files next to it (${shown}), which the website cannot load. Export it again as a single .glb file with its textures embedded.`,
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
          vi: `Mô hình 3D${quotedName(filename)} có ${formatNumber(counts[kind], 'vi')} ${name.vi}, vượt mức cho phép ${formatNumber(limits.maxModelObjects, 'vi')}. Hãy gộp bớt các phần trong phần mềm 3D rồi xuất lại.`,
          en: `The 3D model${quotedName(filename)} has ${formatNumber(counts[kind], 'en')} ${name.en}, more than the ${formatNumber(limits.maxModelObjects, 'en')} allowed. Merge parts in the 3D software and export again.`,
        },
        { [kind]: counts[kind], limit: limits.maxModelObjects },
      )
    }
  }
  if (counts.triangles > limits.maxModelTriangles) {
    throw new MediaError(
      'model-too-complex',
      {
        vi: `Mô hình 3D${quotedName(filename)} có ${formatNumber(counts.triangles, 'vi')} tam giác, vượt mức cho phép ${formatNumber(limits.maxModelTriangles, 'vi')}. Hãy giảm lưới (decimate) trong phần mềm quét rồi xuất lại.`,
        en: `The 3D model${quotedName(filename)} has ${formatNumber(counts.triangles, 'en')} triangles, more than the ${formatNumber(limits.maxModelTriangles, 'en')} allowed. Simplify (decimate) it in the scanning software and export again.`,
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
      vi: `Tệp mô hình 3D${quotedName(filename)} không có hình khối nào để hiển thị (không có lưới hoặc cảnh). ${EXPORT_AGAIN.vi}`,
      en: `The 3D model${quotedName(filename)} has nothing to display (no mesh or no scene). ${EXPORT_AGAIN.en}`,
    })
  }
  return counts
}

function checkSize(input: Uint8Array, limits: MediaLimits, filename: string | undefined): void {
  if (input.byteLength === 0) {
    throw new MediaError('invalid-model', {
      vi: `Tệp mô hình 3D${quotedName(filename)} trống (0 byte). ${EXPORT_AGAIN.vi}`,
      en: `The 3D model${quotedName(filename)} is empty (0 bytes). ${EXPORT_AGAIN.en}`,
    })
  }
  if (input.byteLength > limits.maxModelBytes) {
    throw new MediaError(
      'file-too-large',
      {
        vi: `Tệp mô hình 3D${quotedName(filename)} nặng ${fileSize(input.byteLength, 'vi')}, vượt giới hạn ${fileSize(limits.maxModelBytes, 'vi')}. Hãy giảm số tam giác hoặc kích thước ảnh bề mặt trong phần mềm quét rồi xuất lại dưới dạng .glb.`,
        en: `The 3D model${quotedName(filename)} is ${fileSize(input.byteLength, 'en')}, over the ${fileSize(limits.maxModelBytes, 'en')} limit. Reduce the triangle count or texture size in the scanning software and export again as .glb.`,
      },
      { bytes: input.byteLength, limit: limits.maxModelBytes },
    )
  }
}

/** Size, container and declarations: every refusal that needs no decoding. */
export function inspect(
  input: Uint8Array,
  limits: MediaLimits,
  filename: string | undefined,
): Container & { counts?: Counts } {
  checkSize(input, limits, filename)
  const container = readContainer(input, filename)
  if (!container.json) return container
  return { ...container, counts: checkDeclarations(container.json, limits, filename) }
}
