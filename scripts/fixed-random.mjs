// Preloaded by scripts/same-output.sh (node --import): random values drawn from one fixed seed,
// so that two runs of the seed or the generator hand out the same random codes (QR short codes,
// row ids). Never loaded by the product itself.
import nodeCrypto from 'node:crypto'
import { syncBuiltinESMExports } from 'node:module'

let state = 0x9e3779b9
/** mulberry32: a small, fixed-seed pseudo-random generator (not for anything secret). */
const next = () => {
  state = (state + 0x6d2b79f5) | 0
  let t = Math.imul(state ^ (state >>> 15), 1 | state)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const fill = (view) => {
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength)
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(next() * 256)
  return view
}
// node:crypto's getRandomValues is a getter for the web Crypto's: replacing that one covers both.
Object.defineProperty(globalThis.crypto, 'getRandomValues', { value: fill })
nodeCrypto.randomFillSync = (view) => fill(view)
nodeCrypto.randomBytes = (size) => fill(Buffer.alloc(size))
nodeCrypto.randomUUID = () => {
  const b = fill(new Uint8Array(16))
  b[6] = (b[6] & 0x0f) | 0x40
  b[8] = (b[8] & 0x3f) | 0x80
  const h = Buffer.from(b).toString('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}
Math.random = next
// Named imports (`import { randomBytes } from 'node:crypto'`) see the replacements too.
syncBuiltinESMExports()
