import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bootMigratedFile } from './payload'

let payload: Payload
let dispose: (() => Promise<void>) | undefined

beforeAll(async () => {
  // A fresh database file with schema push off: only the committed migrations may create tables.
  ;({ payload, dispose } = await bootMigratedFile('migrations'))
})

afterAll(async () => {
  await dispose?.()
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
