import type { Env } from './paths'

/** Used only outside production so that a fresh clone runs with nothing to configure. */
export const DEVELOPMENT_SECRET = 'heritage-development-secret-not-for-production'

export function resolveSecret(env: Env = process.env): string {
  const secret = env.PAYLOAD_SECRET?.trim()
  if (secret) return secret
  if (env.NODE_ENV === 'production') {
    throw new Error(
      'PAYLOAD_SECRET is not set. In production set it to a long random string, e.g. `openssl rand -hex 32`.',
    )
  }
  return DEVELOPMENT_SECRET
}
