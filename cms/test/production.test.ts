/**
 * The real configuration, loaded as `next start` and `payload run` load it in production: it must
 * refuse to start with the development default secret (or none, or a short one).
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DEVELOPMENT_SECRET } from '../src/secret'

const saved = { NODE_ENV: process.env.NODE_ENV, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET }

afterEach(() => {
  Object.assign(process.env, saved)
  vi.resetModules()
})

async function loadConfig(env: { PAYLOAD_SECRET?: string }) {
  vi.resetModules()
  Object.assign(process.env, { NODE_ENV: 'production' })
  if (env.PAYLOAD_SECRET === undefined) delete process.env.PAYLOAD_SECRET
  else process.env.PAYLOAD_SECRET = env.PAYLOAD_SECRET
  return import('../src/payload.config')
}

describe('starting in production (NODE_ENV=production)', () => {
  it('refuses the development default secret', async () => {
    await expect(loadConfig({ PAYLOAD_SECRET: DEVELOPMENT_SECRET })).rejects.toThrow(/default or example value/)
  })

  it('refuses a missing or short secret', async () => {
    await expect(loadConfig({})).rejects.toThrow(/PAYLOAD_SECRET is not set/)
    await expect(loadConfig({ PAYLOAD_SECRET: 'hunter2' })).rejects.toThrow(/too short/)
  })

  it('starts with a strong secret', async () => {
    const config = await (await loadConfig({ PAYLOAD_SECRET: 'x7'.repeat(20) })).default
    expect(config.secret).toBeTruthy()
  })
})
