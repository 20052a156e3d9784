import path from 'node:path'
import type { Endpoint } from 'payload'
import { REFUSALS, refuse } from '../access/refusal'
import { CONTENT_TYPES, DERIVATIVES, fileStore } from './files'

/**
 * Web derivatives (resized images, panorama tiles, optimised models) live beside the originals, in
 * content-addressed folders: `derivatives/<sha256>/<file>` in the data folder or the bucket
 * (files.ts). Unchanged media are never re-encoded, and an edit that changes nothing reuses the
 * same folder.
 */
export const derivativeKey = (file: string): string => `${DERIVATIVES}/${file}`

const HASH = /^[a-f0-9]{64}$/
const FILE = /^[a-z0-9][a-z0-9._-]{0,63}$/

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
    const found = await fileStore().open(derivativeKey(`${hash}/${file}`))
    if (!found) return refuse(req, 404, REFUSALS.notFound)
    return new Response(found.body, {
      headers: {
        'content-type': type,
        'content-length': String(found.size),
        'cache-control': 'public, max-age=31536000, immutable',
      },
    })
  },
}
