/**
 * The Khronos glTF validator, the Draco and meshopt codecs and gltf-transform's reader and writer,
 * set up once for the 3D model functions of models.ts.
 */
import { createRequire } from 'node:module'
import { type ILogger, NodeIO } from '@gltf-transform/core'
import { ALL_EXTENSIONS } from '@gltf-transform/extensions'
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer'

// --- The Khronos validator and Draco ship no type declarations: describe the parts used here.

interface KhronosMessage {
  code: string
  message: string
  severity: 0 | 1 | 2 | 3
  pointer?: string
  offset?: number
}

export interface KhronosReport {
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
export const khronos = require('gltf-validator') as KhronosValidator
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
export class CollectingLogger implements ILogger {
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

export async function createIO(logger: ILogger): Promise<NodeIO> {
  return new NodeIO()
    .setLogger(logger)
    .registerExtensions(ALL_EXTENSIONS)
    .registerDependencies(await loadCodecs())
}

export const formatIssue = (issue: KhronosMessage): string =>
  `${issue.message.replace(/\.$/, '')} (${issue.code}${issue.pointer ? ` at ${issue.pointer}` : ''}${
    issue.offset !== undefined ? ` at byte ${issue.offset}` : ''
  })`
