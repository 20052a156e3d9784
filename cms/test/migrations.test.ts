import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const dir = mkdtempSync(path.join(tmpdir(), 'heritage-migrations-'))
let payload: Payload

beforeAll(async () => {
  // A fresh database file with schema push off: only the committed migrations may create tables.
  process.env.DATABASE_URL = `file:${path.join(dir, 'fresh.db')}`
  process.env.PAYLOAD_MIGRATE = '1'
  const { bootPayload } = await import('./payload')
  payload = await bootPayload()
  await payload.db.migrate()
})

afterAll(async () => {
  await payload?.destroy()
  rmSync(dir, { recursive: true, force: true })
})

describe('committed migrations', () => {
  it('create a working schema on an empty database', async () => {
    const relic = await payload.create({
      collection: 'relics',
      data: { title: 'Đình Di Chuyển', rank: 'provincial', types: ['historical', 'architectural-artistic'] },
    })
    await payload.update({
      collection: 'relics',
      id: relic.id,
      locale: 'en',
      data: { title: 'Migration communal house' },
    })
    const english = await payload.findByID({ collection: 'relics', id: relic.id, locale: 'en' })
    expect(english.title).toBe('Migration communal house')
    expect(english.types).toEqual(['historical', 'architectural-artistic'])
  })

  it('match the collections exactly (run `pnpm --filter @heritage/cms migrate:create` after a schema change)', async () => {
    const db = payload.db as unknown as {
      requireDrizzleKit: () => {
        pushSchema: (schema: unknown, drizzle: unknown) => Promise<{ statementsToExecute: string[] }>
      }
      schema: unknown
      drizzle: unknown
    }
    const { statementsToExecute } = await db.requireDrizzleKit().pushSchema(db.schema, db.drizzle)
    expect(statementsToExecute).toEqual([])
  })
})
