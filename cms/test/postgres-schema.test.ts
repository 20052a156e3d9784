import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { chooseDatabase } from '../src/db'
import { bootPayload } from './payload'

/**
 * PostgreSQL (run by `npm run test:db`; skipped on SQLite): the database made by the committed
 * PostgreSQL migrations has the list indexes SQLite's migrations have (cms/src/db.ts listIndexes),
 * name for name and column for column.
 */
const onPostgres = chooseDatabase().kind === 'postgres'
let payload: Payload

beforeAll(async () => {
  if (onPostgres) payload = await bootPayload()
})

afterAll(async () => {
  await payload?.destroy()
})

const LIST_INDEX = /_(parent|latest_updated|updated_created)_idx$/

/** The list indexes of SQLite's newest migration snapshot: name → columns. */
function sqliteListIndexes(): Map<string, string[]> {
  const dir = path.resolve(import.meta.dirname, '../src/migrations')
  const newest = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .at(-1)
  if (!newest) throw new Error('no SQLite migration snapshot')
  const snapshot = z
    .object({
      tables: z.record(
        z.string(),
        z.object({ indexes: z.record(z.string(), z.object({ name: z.string(), columns: z.array(z.string()) })) }),
      ),
    })
    .parse(JSON.parse(readFileSync(path.join(dir, newest), 'utf8')))
  const out = new Map<string, string[]>()
  for (const table of Object.values(snapshot.tables))
    for (const index of Object.values(table.indexes))
      if (LIST_INDEX.test(index.name)) out.set(index.name, index.columns)
  return out
}

describe.runIf(onPostgres)('PostgreSQL schema', () => {
  it('has every list index SQLite has, on the same columns', async () => {
    const db = payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: unknown[] }> } }
    const { rows } = await db.drizzle.execute(
      sql`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()`,
    )
    const postgres = new Map<string, string[]>()
    for (const row of z.array(z.object({ indexname: z.string(), indexdef: z.string() })).parse(rows)) {
      const columns = /\(([^)]*)\)\s*$/.exec(row.indexdef)?.[1] ?? ''
      postgres.set(
        row.indexname,
        columns.split(',').map((c) => c.trim().replace(/^"|"$/g, '')),
      )
    }
    const expected = sqliteListIndexes()
    expect(expected.size).toBeGreaterThan(100)
    // PostgreSQL cuts names at 63 bytes (NAMEDATALEN); the index is there under the shorter name.
    const missing = [...expected].filter(
      ([name, columns]) => postgres.get(name.slice(0, 63))?.join(',') !== columns.join(','),
    )
    expect(missing).toEqual([])
  })
})
