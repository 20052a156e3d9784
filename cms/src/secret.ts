import type { Env } from './paths'

/** Used only outside production so that a fresh clone runs with nothing to configure. */
export const DEVELOPMENT_SECRET = 'heritage-development-secret-not-for-production'

/** Shortest secret accepted in production (a 32-character random string, e.g. 16 bytes in hex). */
export const MIN_SECRET_LENGTH = 32

/** Secrets copied from examples and tutorials; refused in production whatever their length. */
const KNOWN_WEAK = new Set([
  DEVELOPMENT_SECRET,
  'test-secret-for-vitest-only',
  'YOUR_SECRET_HERE',
  'secret',
  'changeme',
])

const HOW = 'Set PAYLOAD_SECRET to a long random string, e.g. the output of `openssl rand -hex 32`.'

/**
 * The secret signs sign-in tokens and encrypts API keys. In production (NODE_ENV=production) the
 * CMS refuses to start without a strong one: a missing secret, the development default, a known
 * example value or one shorter than 32 characters all stop it with a message saying what to do.
 */
export function resolveSecret(env: Env = process.env): string {
  const secret = env.PAYLOAD_SECRET?.trim()
  if (env.NODE_ENV !== 'production') return secret || DEVELOPMENT_SECRET
  if (!secret) throw new Error(`PAYLOAD_SECRET is not set. ${HOW}`)
  if (KNOWN_WEAK.has(secret)) {
    throw new Error(`PAYLOAD_SECRET is a default or example value, which anyone can look up. ${HOW}`)
  }
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new Error(
      `PAYLOAD_SECRET is too short (${secret.length} characters, at least ${MIN_SECRET_LENGTH} needed). ${HOW}`,
    )
  }
  return secret
}
