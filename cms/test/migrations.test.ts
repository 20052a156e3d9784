import { describe, expect, it } from 'vitest'
import { migratedFile } from './payload'

// A fresh database file with schema push off: only the committed migrations may create tables.
const migrated = migratedFile('migrations')

describe('committed migrations', () => {
  it('create a working schema on an empty database', async () => {
    const { payload } = migrated
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
    const { payload } = migrated
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
