import type { Payload } from 'payload'
import { getPayload } from 'payload'

/** Boots Payload on the in-memory SQLite database configured in vitest.config.ts. */
export async function bootPayload(): Promise<Payload> {
  const { default: config } = await import('../src/payload.config')
  return getPayload({ config })
}
