import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import type { Endpoint } from 'payload'
import { REFUSALS, refuse } from '../access/refusal'
import { dataDir } from '../paths'

/**
 * Web derivatives (resized images, panorama tiles, optimised models) live beside the originals, in
 * content-addressed folders: `DATA_DIR/derivatives/<sha256>/<file>`. Unchanged media are never
 * re-encoded, and an edit that changes nothing reuses the same folder.
 */
export const derivativesDir = (): string => path.join(dataDir(), 'derivatives')

const HASH = /^[a-f0-9]{64}$/
const FILE = /^[a-z0-9][a-z0-9._-]{0,63}$/

const CONTENT_TYPES: Record<string, string> = {
  '.avif': 'image/avif',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.glb': 'model/gltf-binary',
  '.json': 'application/json',
}

/** GET /api/<collection>/derivatives/<hash>/<file>: public, immutable (the path is a content hash). */
export const derivativeEndpoint: Endpoint = {
  path: '/derivatives/:hash/:file',
  method: 'get',
  handler: async (req) => {
    const hash = String(req.routeParams?.hash ?? '')
    const file = String(req.routeParams?.file ?? '')
    const type = CONTENT_TYPES[path.extname(file)]
    if (!HASH.test(hash) || !FILE.test(file) || !type || file === 'manifest.json') {
      return refuse(req, 404, REFUSALS.notFound)
    }
    const full = path.join(derivativesDir(), hash, file)
    const info = await stat(full).catch(() => null)
    if (!info?.isFile()) return refuse(req, 404, REFUSALS.notFound)
    // cast: Node types Readable.toWeb's stream (node:stream/web) apart from the DOM ReadableStream Response takes
    return new Response(Readable.toWeb(createReadStream(full)) as ReadableStream, {
      headers: {
        'content-type': type,
        'content-length': String(info.size),
        'cache-control': 'public, max-age=31536000, immutable',
      },
    })
  },
}
