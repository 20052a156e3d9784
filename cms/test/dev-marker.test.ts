import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chooseDatabase, DevelopmentSchemaError, schemaPush } from '../src/db'
import { migrations } from '../src/migrations'

// Issue 16: a command-line tool run once (an import dry run, a backup) put a database file in
// Payload's development mode, and the next start waited forever on "data loss will occur… (y/N)".
const dir = mkdtempSync(path.join(tmpdir(), 'heritage-dev-marker-'))
let payload: Payload
type Row = { name: string; batch: number }
const drizzle = () =>
  (payload.db as unknown as { drizzle: { all: (q: unknown) => Promise<Row[]>; run: (q: unknown) => Promise<unknown> } })
    .drizzle
const rows = () => drizzle().all(sql`SELECT name, batch FROM payload_migrations ORDER BY name`)

beforeAll(async () => {
  // A database file in a folder that does not exist yet, opened the way a command-line tool
  // opens it: no NODE_ENV=production, no PAYLOAD_MIGRATE.
  process.env.DATABASE_URL = `file:${path.join(dir, 'new-folder', 'heritage.db')}`
  delete process.env.PAYLOAD_MIGRATE
  const { bootPayload } = await import('./payload')
  payload = await bootPayload()
})

afterAll(async () => {
  const { closeAndRemove } = await import('./payload')
  await closeAndRemove(payload, dir)
})

describe('schema push', () => {
  it('is only for the in-memory test database, or a developer who asks for it', () => {
    const file = chooseDatabase({ DATA_DIR: '/srv/heritage' })
    expect(schemaPush(file, {})).toBe(false)
    expect(schemaPush(file, { NODE_ENV: 'development' })).toBe(false)
    expect(schemaPush(file, { PAYLOAD_PUSH: '1' })).toBe(true)
    expect(schemaPush(file, { PAYLOAD_PUSH: '1', NODE_ENV: 'production' })).toBe(false)
    expect(schemaPush({ kind: 'sqlite', url: ':memory:' }, { NODE_ENV: 'test' })).toBe(true)
    expect(schemaPush({ kind: 'sqlite', url: ':memory:' }, { PAYLOAD_MIGRATE: '1' })).toBe(false)
  })
})

describe('a database file opened by any process', () => {
  it('is created with its folder and brought up to date by the committed migrations, with no dev row', async () => {
    const recorded = await rows()
    expect(recorded.map((r) => r.name)).toEqual(migrations.map((m) => m.name).sort())
    expect(recorded.every((r) => r.batch > 0)).toBe(true)
    expect((await payload.count({ collection: 'admin-units' })).totalDocs).toBeGreaterThan(3000)
  })

  it('loses a dev row left by schema push when every migration has run, without asking', async () => {
    await drizzle().run(sql`INSERT INTO payload_migrations (name, batch, updated_at, created_at)
      VALUES ('dev', -1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`)
    await payload.db.migrate()
    const recorded = await rows()
    expect(recorded.some((r) => r.batch === -1)).toBe(false)
    expect(recorded).toHaveLength(migrations.length)
  })

  it('refuses, naming what to do and changing nothing, when pushed and behind the migrations', async () => {
    const last = migrations[migrations.length - 1]?.name as string
    await drizzle().run(sql`DELETE FROM payload_migrations WHERE name = ${last}`)
    await drizzle().run(sql`INSERT INTO payload_migrations (name, batch, updated_at, created_at)
      VALUES ('dev', -1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`)
    const before = await rows()
    const error = await payload.db.migrate().then(
      () => null,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(DevelopmentSchemaError)
    expect((error as Error).message).toMatch(new RegExp(`khôi phục bản sao lưu.*${last}`, 'is'))
    expect(await rows()).toEqual(before)
  })
})
