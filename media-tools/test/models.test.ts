import { createHash } from 'node:crypto'
import { createRequire } from 'node:module'
import { type Document, NodeIO } from '@gltf-transform/core'
import { ALL_EXTENSIONS } from '@gltf-transform/extensions'
import { MeshoptDecoder } from 'meshoptimizer'
import sharp from 'sharp'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { type ModelReport, modelReport, optimiseModel, validateModel } from '../src/models.ts'
import { pngRenamedGlb } from './fixtures/images.ts'
import {
  CUBE,
  CUBE_KEYFRAMES,
  corruptJsonGlb,
  cubeGlb,
  cubeGltfEmbedded,
  cubeGltfExternal,
  cubeGltfWithWarning,
  cubeWithAlphaGlb,
  MANY_PARTS,
  manyPartsGlb,
  objModel,
  SCAN,
  scanGlb,
  triangleGlb,
  truncatedGlb,
} from './fixtures/models.ts'
import { asyncRefusal, VIETNAMESE_LETTERS } from './fixtures/refusals.ts'

/** The Khronos validator, called directly so that the tests do not take the module's word for it. */
interface KhronosReport {
  issues: { numErrors: number; messages: { code: string; severity: number }[] }
  info: { extensionsUsed?: string[]; extensionsRequired?: string[] }
}
const require = createRequire(import.meta.url)
const khronos = require('gltf-validator') as {
  validateBytes(data: Uint8Array, options?: object): Promise<KhronosReport>
}
const draco3d = require('draco3dgltf') as { createDecoderModule(): Promise<unknown> }

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

/** Reads an output GLB back, decoding meshopt and Draco, to inspect what was written. */
async function readBack(glb: Uint8Array): Promise<Document> {
  await MeshoptDecoder.ready
  const io = new NodeIO()
    .registerExtensions(ALL_EXTENSIONS)
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder, 'draco3d.decoder': await draco3d.createDecoderModule() })
  return io.readBinary(glb)
}

function glbJson(glb: Uint8Array): { extensionsUsed?: string[]; extensionsRequired?: string[] } {
  const view = new DataView(glb.buffer, glb.byteOffset, glb.byteLength)
  return JSON.parse(new TextDecoder().decode(glb.subarray(20, 20 + view.getUint32(12, true))))
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('validateModel', () => {
  it('accepts a GLB and reports what it contains', async () => {
    const result = await validateModel(await cubeGlb())
    expect(result).toEqual({
      valid: true,
      format: 'glb',
      warnings: [],
      info: {
        triangles: CUBE.triangles,
        vertices: 24,
        meshes: 1,
        materials: 1,
        textures: 1,
        nodes: 1,
        animations: 1,
        generator: 'heritage media-tools test fixtures',
        version: '2.0',
      },
    })
  })

  it('accepts a self-contained .gltf with data: URIs', async () => {
    const result = await validateModel(await cubeGltfEmbedded(), { filename: 'cube.gltf' })
    expect(result.format).toBe('gltf')
    expect(result.info.triangles).toBe(CUBE.triangles)
  })

  it('counts the triangles and vertices of an unindexed scan', async () => {
    const { info } = await validateModel(await scanGlb())
    expect(info.triangles).toBe(SCAN.triangles)
    expect(info.vertices).toBe(SCAN.triangles * 3)
  })

  it('returns validator warnings without refusing', async () => {
    const { warnings } = await validateModel(await cubeGltfWithWarning())
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('MATERIAL_ALPHA_CUTOFF_INVALID_MODE')
  })

  it('refuses a .gltf that needs scene.bin and a texture next to it, before validating', async () => {
    const validate = vi.spyOn(khronos, 'validateBytes')
    const error = await asyncRefusal(validateModel(await cubeGltfExternal(), { filename: 'den-hung.gltf' }))
    expect(error.code).toBe('external-reference')
    expect(error.message).toContain('scene.bin')
    expect(error.message).toContain('checker.png')
    expect(error.messageVi).toContain('tệp bên ngoài')
    expect(error.messageVi).toContain('.glb')
    expect(error.details).toEqual({ references: ['scene.bin', 'checker.png'] })
    expect(validate).not.toHaveBeenCalled()
    await validateModel(await cubeGltfEmbedded())
    expect(validate).toHaveBeenCalledOnce()
  })

  it.each([
    ['a truncated GLB', truncatedGlb, 'GLB_UNEXPECTED_END_OF_CHUNK_DATA'],
    ['a GLB with a corrupted JSON chunk', corruptJsonGlb, 'INVALID_JSON'],
  ])('refuses %s as invalid-model, quoting the validator', async (_, fixture, code) => {
    const error = await asyncRefusal(validateModel(await fixture(), { filename: 'chua-mot-cot.glb' }))
    expect(error.code).toBe('invalid-model')
    expect(error.message).toContain(code)
    expect(error.message).toContain('"chua-mot-cot.glb"')
    expect(error.messageVi).toMatch(/^Tệp mô hình 3D "chua-mot-cot\.glb" bị lỗi: .*Hãy xuất lại từ phần mềm quét/)
    expect(error.messageVi).toContain(code)
  })

  it('says that a PNG renamed .glb is a PNG image', async () => {
    const error = await asyncRefusal(validateModel((await pngRenamedGlb()).bytes, { filename: 'model.glb' }))
    expect(error.code).toBe('type-mismatch')
    expect(error.message).toContain('"model.glb" is a PNG image')
    expect(error.messageVi).toContain('là ảnh PNG, không phải mô hình 3D')
  })

  it('asks for .glb when given another 3D format', async () => {
    const error = await asyncRefusal(validateModel(objModel(), { filename: 'scan.OBJ' }))
    expect(error.code).toBe('unsupported-type')
    expect(error.messageVi).toContain('.obj')
    expect(error.messageVi).toContain('.glb')
  })

  it('refuses content that is no model at all, and an empty file', async () => {
    const noise = await asyncRefusal(validateModel(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8])))
    expect(noise.code).toBe('invalid-model')
    expect(noise.message).toContain('not a glTF 3D model')
    const empty = await asyncRefusal(validateModel(new Uint8Array(0)))
    expect(empty.code).toBe('invalid-model')
    expect(empty.messageVi).toContain('trống')
  })

  it('refuses a file over maxModelBytes and accepts one at the limit', async () => {
    const glb = await cubeGlb()
    await expect(validateModel(glb, { limits: { maxModelBytes: glb.byteLength } })).resolves.toMatchObject({
      valid: true,
    })
    const error = await asyncRefusal(validateModel(glb, { limits: { maxModelBytes: glb.byteLength - 1 } }))
    expect(error.code).toBe('file-too-large')
    expect(error.messageVi).toContain('vượt giới hạn')
    expect(error.details).toEqual({ bytes: glb.byteLength, limit: glb.byteLength - 1 })
  })

  it('refuses more triangles than maxModelTriangles, before validating or decoding', async () => {
    await expect(validateModel(await cubeGlb(), { limits: { maxModelTriangles: 12 } })).resolves.toMatchObject({
      valid: true,
    })
    const validate = vi.spyOn(khronos, 'validateBytes')
    const error = await asyncRefusal(validateModel(await scanGlb(), { limits: { maxModelTriangles: 100_000 } }))
    expect(error.code).toBe('model-too-complex')
    expect(error.messageVi).toContain('207.200 tam giác')
    expect(error.message).toContain('207,200 triangles')
    expect(validate).not.toHaveBeenCalled()
    await validateModel(await cubeGlb())
    expect(validate).toHaveBeenCalledOnce()
  })

  it('refuses more nodes, meshes or materials than maxModelObjects', async () => {
    const glb = await manyPartsGlb()
    await expect(validateModel(glb)).resolves.toMatchObject({ info: { nodes: MANY_PARTS, materials: MANY_PARTS } })
    const error = await asyncRefusal(validateModel(glb, { limits: { maxModelObjects: MANY_PARTS - 1 } }))
    expect(error.code).toBe('model-too-complex')
    expect(error.messageVi).toContain(`${MANY_PARTS} nút (node)`)
  })

  it('refuses a texture over maxInputPixels', async () => {
    const pixels = CUBE.textureSize ** 2
    await expect(validateModel(await cubeGlb(), { limits: { maxInputPixels: pixels } })).resolves.toBeTruthy()
    const error = await asyncRefusal(validateModel(await cubeGlb(), { limits: { maxInputPixels: pixels - 1 } }))
    expect(error.code).toBe('too-many-pixels')
    expect(error.messageVi).toContain('256×256')
    expect(error.message).toContain('128×128 at most')
  })

  it.each([
    ['input', () => validateModel('scan.glb' as unknown as Uint8Array), 'input'],
    ['options', async () => validateModel(await cubeGlb(), 'scan.glb' as never), 'options'],
    ['an unknown option', async () => validateModel(await cubeGlb(), { file: 'x' } as never), 'options'],
    ['filename', async () => validateModel(await cubeGlb(), { filename: '' }), 'options.filename'],
    ['limits', async () => validateModel(await cubeGlb(), { limits: { maxModelBytes: -1 } }), 'limits.maxModelBytes'],
    ['an unknown limit', async () => validateModel(await cubeGlb(), { limits: { maxBytes: 1 } as never }), 'limits'],
  ])('checks %s', async (_, call, name) => {
    const error = await asyncRefusal(call())
    expect(error.code).toBe('invalid-argument')
    expect(error.message).toContain(name)
    expect(error.messageVi).toMatch(VIETNAMESE_LETTERS)
  })
})

describe('optimiseModel: the photogrammetry scan', () => {
  let scan: Uint8Array
  let hashBefore: string
  let meshopt: { glb: Uint8Array; report: ModelReport }
  let draco: { glb: Uint8Array; report: ModelReport }

  beforeAll(async () => {
    scan = await scanGlb()
    hashBefore = sha256(scan)
    meshopt = await optimiseModel(scan)
    draco = await optimiseModel(scan, { compression: 'draco' })
  }, 60_000)

  it('starts from a multi-megabyte file', () => {
    expect(scan.byteLength).toBeGreaterThan(10 * 1024 * 1024)
  })

  it.each(['meshopt', 'draco'] as const)('%s: makes it at least 3× smaller', (kind) => {
    const { glb, report } = kind === 'meshopt' ? meshopt : draco
    expect(report.bytesBefore).toBe(scan.byteLength)
    expect(report.bytesAfter).toBe(glb.byteLength)
    expect(glb.byteLength * 3).toBeLessThanOrEqual(scan.byteLength)
    expect(report.ratio).toBeCloseTo(scan.byteLength / glb.byteLength, 6)
  })

  it.each([
    ['meshopt', 'EXT_meshopt_compression'],
    ['draco', 'KHR_draco_mesh_compression'],
  ] as const)('%s: the output passes the Khronos validator and requires %s', async (kind, extension) => {
    const { glb, report } = kind === 'meshopt' ? meshopt : draco
    const result = await khronos.validateBytes(glb)
    expect(result.issues.numErrors).toBe(0)
    expect(glbJson(glb).extensionsRequired).toContain(extension)
    expect(report.compression).toBe(kind)
    expect(report.validation).toEqual({ errors: 0, warnings: 0, messages: [] })
    expect(report.warnings).toEqual([])
  })

  it('quantizes meshopt geometry', () => {
    expect(glbJson(meshopt.glb).extensionsUsed).toContain('KHR_mesh_quantization')
  })

  it.each(['meshopt', 'draco'] as const)('%s: counts the welded, indexed geometry', async (kind) => {
    const { glb, report } = kind === 'meshopt' ? meshopt : draco
    expect(report.triangles).toBe(SCAN.triangles)
    expect(report.vertices).toBe(SCAN.weldedVertices)
    const primitive = (await readBack(glb)).getRoot().listMeshes()[0]?.listPrimitives()[0]
    expect(primitive?.getIndices()?.getCount()).toBe(SCAN.triangles * 3)
  })

  it.each(['meshopt', 'draco'] as const)('%s: reports the bounding box of the sphere', (kind) => {
    const { min, max, size } = (kind === 'meshopt' ? meshopt : draco).report.boundingBox
    // The noise moves the surface by at most 2 % of the radius; quantization by far less than 0.1 %.
    const slack = SCAN.radius * (SCAN.noise + 0.001)
    for (let axis = 0; axis < 3; axis++) {
      expect(Math.abs((min[axis] ?? 0) + SCAN.radius)).toBeLessThanOrEqual(slack)
      expect(Math.abs((max[axis] ?? 0) - SCAN.radius)).toBeLessThanOrEqual(slack)
      expect(size[axis]).toBeCloseTo((max[axis] ?? 0) - (min[axis] ?? 0), 9)
    }
  })

  it('scales the 4096² texture to 2048² and re-encodes it as WebP with sharp', async () => {
    expect(meshopt.report.textures).toEqual({ count: 1, maxSize: 2048 })
    const texture = (await readBack(meshopt.glb)).getRoot().listTextures()[0]
    expect(texture?.getMimeType()).toBe('image/webp')
    const metadata = await sharp(texture?.getImage() ?? new Uint8Array()).metadata()
    expect(metadata).toMatchObject({ format: 'webp', width: 2048, height: 2048 })
    expect(glbJson(meshopt.glb).extensionsRequired).toContain('EXT_texture_webp')
  })

  it('leaves the input buffer unchanged', () => {
    expect(sha256(scan)).toBe(hashBefore)
  })

  it('modelReport reads the optimised file back to the same figures', async () => {
    const summary = await modelReport(meshopt.glb)
    expect(summary).toEqual({
      bytes: meshopt.glb.byteLength,
      triangles: meshopt.report.triangles,
      vertices: meshopt.report.vertices,
      boundingBox: meshopt.report.boundingBox,
      compression: 'meshopt',
      textures: meshopt.report.textures,
    })
    await expect(modelReport(draco.glb)).resolves.toMatchObject({ compression: 'draco', triangles: SCAN.triangles })
  })

  it('modelReport describes the original scan', async () => {
    const summary = await modelReport(scan)
    expect(summary).toMatchObject({
      bytes: scan.byteLength,
      triangles: SCAN.triangles,
      vertices: SCAN.triangles * 3,
      compression: 'none',
      textures: { count: 1, maxSize: SCAN.textureSize },
    })
  })
})

describe('optimiseModel: options', () => {
  async function optimisedTexture(glb: Uint8Array) {
    const texture = (await readBack(glb)).getRoot().listTextures()[0]
    const image = texture?.getImage() ?? new Uint8Array()
    return { mimeType: texture?.getMimeType(), bytes: image.byteLength, ...(await sharp(image).metadata()) }
  }

  it('maxTextureSize scales textures down to fit, keeping smaller ones as they are', async () => {
    const small = await optimiseModel(await cubeGlb(), { maxTextureSize: 64 })
    expect(small.report.textures.maxSize).toBe(64)
    expect(await optimisedTexture(small.glb)).toMatchObject({ width: 64, height: 64 })
    const large = await optimiseModel(await cubeGlb(), { maxTextureSize: 4096 })
    expect(await optimisedTexture(large.glb)).toMatchObject({ width: CUBE.textureSize, format: 'webp' })
  })

  it.each([
    ['webp', 'image/webp', 'webp'],
    ['jpeg', 'image/jpeg', 'jpeg'],
    ['keep', 'image/png', 'png'],
  ] as const)('textureFormat "%s" writes %s', async (textureFormat, mimeType, format) => {
    const { glb, report } = await optimiseModel(await cubeGlb(), { textureFormat })
    expect(await optimisedTexture(glb)).toMatchObject({ mimeType, format })
    expect(report.validation.errors).toBe(0)
  })

  it('textureFormat "jpeg" keeps a texture with alpha in its format, and says so', async () => {
    const { glb, report } = await optimiseModel(await cubeWithAlphaGlb(), { textureFormat: 'jpeg' })
    expect(await optimisedTexture(glb)).toMatchObject({ mimeType: 'image/png', hasAlpha: true })
    expect(report.warnings.join(' ')).toContain('alpha')
  })

  it('textureQuality trades bytes for fidelity', async () => {
    const low = await optimisedTexture((await optimiseModel(await cubeGlb(), { textureQuality: 20 })).glb)
    const high = await optimisedTexture((await optimiseModel(await cubeGlb(), { textureQuality: 95 })).glb)
    expect(low.bytes).toBeLessThan(high.bytes)
  })

  it('resamples animations, dropping repeated keyframes', async () => {
    const { glb } = await optimiseModel(await cubeGlb())
    const sampler = (await readBack(glb)).getRoot().listAnimations()[0]?.listSamplers()[0]
    expect(sampler?.getInput()?.getCount()).toBeLessThan(CUBE_KEYFRAMES)
    expect(sampler?.getInput()?.getMax([])).toEqual([2])
  })

  it('writes a GLB from a self-contained .gltf', async () => {
    const { glb, report } = await optimiseModel(await cubeGltfEmbedded(), { compression: 'draco' })
    expect(new TextDecoder().decode(glb.subarray(0, 4))).toBe('glTF')
    expect(report).toMatchObject({ triangles: CUBE.triangles, compression: 'draco', validation: { errors: 0 } })
    const { size } = report.boundingBox
    expect(size.map((side) => Math.round(side * 1000) / 1000)).toEqual([1, 1, 1])
  })

  it('never returns a file larger than the upload: a tiny model is kept as it was uploaded', async () => {
    const triangle = await triangleGlb()
    const { glb, report } = await optimiseModel(triangle)
    expect(glb.byteLength).toBeLessThanOrEqual(triangle.byteLength)
    expect(Buffer.from(glb).equals(Buffer.from(triangle))).toBe(true)
    expect(report).toMatchObject({
      kept: 'original',
      compression: 'none',
      bytesBefore: triangle.byteLength,
      bytesAfter: triangle.byteLength,
      ratio: 1,
      triangles: 1,
      validation: { errors: 0 },
    })
    // A copy: the caller's buffer can be reused without changing the result.
    expect(glb.buffer).not.toBe(triangle.buffer)
  })

  it('keeps the optimised file when it is smaller, and says so', async () => {
    const cube = await cubeGlb()
    const { glb, report } = await optimiseModel(cube)
    expect(glb.byteLength).toBeLessThan(cube.byteLength)
    expect(report).toMatchObject({ kept: 'optimised', compression: 'meshopt' })
  })

  it('reads a Buffer at any byte offset, as Node hands them out from its pool', async () => {
    const glb = await cubeGlb()
    const pooled = Buffer.alloc(glb.byteLength + 1)
    pooled.set(glb, 1)
    const view = pooled.subarray(1)
    await expect(optimiseModel(view)).resolves.toMatchObject({ report: { triangles: CUBE.triangles } })
    await expect(modelReport(view)).resolves.toMatchObject({ triangles: CUBE.triangles })
    expect(sha256(view)).toBe(sha256(glb))
  })

  it('re-optimises an already compressed model', async () => {
    const once = await optimiseModel(await cubeGlb())
    const twice = await optimiseModel(once.glb, { compression: 'draco' })
    expect(twice.report).toMatchObject({ triangles: CUBE.triangles, compression: 'draco', validation: { errors: 0 } })
    expect(glbJson(twice.glb).extensionsUsed).toContain('KHR_draco_mesh_compression')
    expect(glbJson(twice.glb).extensionsUsed).not.toContain('EXT_meshopt_compression')
  })

  it('refuses what validateModel refuses, with the limits and filename given', async () => {
    const external = await asyncRefusal(optimiseModel(await cubeGltfExternal()))
    expect(external.code).toBe('external-reference')
    const png = await asyncRefusal(optimiseModel((await pngRenamedGlb()).bytes, { filename: 'tuong-phat.glb' }))
    expect(png.code).toBe('type-mismatch')
    expect(png.messageVi).toContain('"tuong-phat.glb"')
    const complex = await asyncRefusal(optimiseModel(await cubeGlb(), { limits: { maxModelTriangles: 6 } }))
    expect(complex.code).toBe('model-too-complex')
    const truncated = await asyncRefusal(optimiseModel(await truncatedGlb()))
    expect(truncated.code).toBe('invalid-model')
  })

  it.each([
    ['compression', { compression: 'zip' }, 'options.compression'],
    ['maxTextureSize', { maxTextureSize: 0 }, 'options.maxTextureSize'],
    ['maxTextureSize', { maxTextureSize: 1024.5 }, 'options.maxTextureSize'],
    ['textureFormat', { textureFormat: 'gif' }, 'options.textureFormat'],
    ['textureQuality', { textureQuality: 101 }, 'options.textureQuality'],
    ['an unknown option', { simplify: true }, 'options'],
  ])('checks %s', async (_, options, name) => {
    const error = await asyncRefusal(optimiseModel(await cubeGlb(), options as never))
    expect(error.code).toBe('invalid-argument')
    expect(error.message).toContain(`Expected ${name} to be`)
    expect(error.messageVi).toContain(`Tham số ${name}`)
  })
})

describe('modelReport', () => {
  it('applies the cheap refusals', async () => {
    expect((await asyncRefusal(modelReport(await cubeGltfExternal()))).code).toBe('external-reference')
    expect((await asyncRefusal(modelReport(await corruptJsonGlb()))).code).toBe('invalid-model')
    expect((await asyncRefusal(modelReport((await pngRenamedGlb()).bytes))).code).toBe('type-mismatch')
    const tooBig = await asyncRefusal(modelReport(await cubeGlb(), { limits: { maxModelBytes: 1024 } }))
    expect(tooBig.code).toBe('file-too-large')
  })

  it('reports a self-contained .gltf', async () => {
    await expect(modelReport(await cubeGltfEmbedded())).resolves.toMatchObject({
      triangles: CUBE.triangles,
      vertices: 24,
      compression: 'none',
      textures: { count: 1, maxSize: CUBE.textureSize },
      boundingBox: { min: [-0.5, -0.5, -0.5], max: [0.5, 0.5, 0.5], size: [1, 1, 1] },
    })
  })
})
