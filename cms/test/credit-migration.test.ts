/**
 * The migration that makes credits localized (issue 17): a credit typed before it, in the one
 * language there was, becomes the Vietnamese credit; English falls back to it until written.
 */
import { type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'
import { expect, it } from 'vitest'
import { down, up } from '../src/migrations/20261205_001552_localized_credit'
import { migratedFile } from './payload'

const migrated = migratedFile('credit-migration')

it('moves each credit to the Vietnamese locale, and back down', async () => {
  const { payload } = migrated
  const db = (payload.db as unknown as { drizzle: MigrateUpArgs['db'] }).drizzle
  const args = { db, payload, req: {} as never } as MigrateUpArgs
  await down(args)
  // An audio guide as the database held it before: one credit, on the record itself.
  const now = new Date().toISOString()
  await db.run(
    sql`INSERT INTO audio (id, language, credit, updated_at, created_at) VALUES (901, 'vi', 'Ảnh: Nguyễn Văn A', ${now}, ${now})`,
  )
  await db.run(sql`INSERT INTO audio_locales (title, _locale, _parent_id) VALUES ('Thuyết minh', 'vi', 901)`)
  await db.run(sql`INSERT INTO audio_locales (title, _locale, _parent_id) VALUES ('Audio guide', 'en', 901)`)
  await up(args)

  const all = (await payload.findByID({ collection: 'audio', id: 901, locale: 'all', depth: 0 })) as unknown as {
    credit: Record<string, string | null | undefined>
  }
  expect(all.credit.vi).toBe('Ảnh: Nguyễn Văn A')
  expect(all.credit.en ?? null).toBeNull()
  const english = await payload.findByID({ collection: 'audio', id: 901, locale: 'en', depth: 0 })
  expect(english.credit).toBe('Ảnh: Nguyễn Văn A')

  await down(args)
  const [row] = await db.all<{ credit: string }>(sql`SELECT credit FROM audio WHERE id = 901`)
  expect(row?.credit).toBe('Ảnh: Nguyễn Văn A')
  await up(args)
})
