import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { type SQLiteSchemaHook, sql, sqliteAdapter } from '@payloadcms/db-sqlite'
import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { DatabaseAdapterObj, Payload } from 'payload'
import { migrations } from './migrations'
import { dataDir, type Env } from './paths'

export type DatabaseKind = 'sqlite' | 'mongodb'

export interface DatabaseChoice {
  kind: DatabaseKind
  url: string
}

/** Hides a password in a connection string before it is printed. */
export const redactUrl = (url: string): string => url.replace(/\/\/([^:/@]+):([^@]+)@/, '//$1:***@')

/**
 * DATABASE_URL decides the adapter: mongodb:// or mongodb+srv:// selects MongoDB (production at
 * scale); file:…, :memory: or libsql:// selects SQLite; unset means the embedded SQLite file under
 * the data folder, so a fresh machine needs nothing installed.
 */
export function chooseDatabase(env: Env = process.env): DatabaseChoice {
  const url = env.DATABASE_URL?.trim()
  if (!url) return { kind: 'sqlite', url: `file:${path.join(dataDir(env), 'heritage.db')}` }
  if (/^mongodb(\+srv)?:\/\//i.test(url)) return { kind: 'mongodb', url }
  if (url === ':memory:' || /^file:/i.test(url) || /^libsql:\/\//i.test(url)) return { kind: 'sqlite', url }
  throw new Error(
    `DATABASE_URL "${redactUrl(url)}" is not supported. Use mongodb://… or mongodb+srv://… for MongoDB, ` +
      'file:/path/to/heritage.db (or :memory:) for SQLite, or leave it unset for the embedded database.',
  )
}

/**
 * Indexes for the queries Payload sends for every admin list, which its generated schema leaves
 * to chance (measured on a province of 10,000 entries, bench/RESULTS.md):
 * - a record's translations are read with `where _parent_id = ?` for every row, but a
 *   translations table is indexed only on (_locale, _parent_id), which SQLite cannot use for that
 *   without statistics: each row scanned the whole table (ten relics of 3,500: 18 s);
 * - a list sorted by last change (the admin's default) orders by (updated_at, created_at), or for
 *   drafts by the latest version's (version_updated_at, created_at): with single-column indexes
 *   SQLite builds every row (translations included) and sorts them all before keeping ten
 *   (90 ms); an index in the order of the sort lets it stop after the page (4 ms).
 */
export const listIndexes: SQLiteSchemaHook = ({ schema, extendTable }) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    if (name.endsWith('_locales') && '_parentID' in table) {
      extendTable({
        table,
        extraConfig: (c) => ({ _parentIdx: index(`${name}_parent_idx`).on(c._parentID) }),
      })
    } else if ('latest' in table && 'version_updatedAt' in table && 'createdAt' in table) {
      extendTable({
        table,
        extraConfig: (c) => ({
          _latestUpdatedIdx: index(`${name}_latest_updated_idx`).on(c.latest, c.version_updatedAt, c.createdAt),
        }),
      })
    } else if ('updatedAt' in table && 'createdAt' in table) {
      extendTable({
        table,
        extraConfig: (c) => ({ _updatedCreatedIdx: index(`${name}_updated_created_idx`).on(c.updatedAt, c.createdAt) }),
      })
    }
  }
  return schema
}

export function databaseAdapter(env: Env = process.env): DatabaseAdapterObj {
  const choice = chooseDatabase(env)
  if (choice.kind === 'mongodb') {
    // Transactions need a replica set; see the README's production notes.
    return mongooseAdapter({ url: choice.url })
  }
  return sqliteAdapter({
    client: { url: choice.url, authToken: env.DATABASE_AUTH_TOKEN },
    migrationDir: path.resolve(process.cwd(), 'src/migrations'),
    // Development pushes the schema straight from the config; production (and the demo) applies
    // the committed migrations, which is what a real deployment does.
    push: env.NODE_ENV !== 'production' && env.PAYLOAD_MIGRATE !== '1',
    prodMigrations: migrations,
    afterSchemaInit: [listIndexes],
  })
}

/**
 * SQLite's defaults sync the disk after every statement: a rollback journal is created, synced and
 * deleted for each of the dozen writes one save makes (Payload's SQLite adapter runs without
 * transactions), which made a 3,000-row import take 7 minutes (bench/RESULTS.md). Write-ahead
 * logging with `synchronous = NORMAL` syncs at checkpoints instead, and is still safe against a
 * crash of the process or the machine (a power loss can lose the last commits, never corrupt
 * the file); readers no longer wait for a writer, and a writer waits (busy timeout) instead of
 * failing when another process holds the lock. WAL is remembered by the database file; the rest
 * is per connection. A no-op in memory and on MongoDB.
 */
export async function prepareSqlite(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  const { drizzle } = payload.db as unknown as { drizzle: { run: (query: ReturnType<typeof sql>) => Promise<unknown> } }
  await drizzle.run(sql`PRAGMA journal_mode = WAL`)
  await drizzle.run(sql`PRAGMA synchronous = NORMAL`)
  await drizzle.run(sql`PRAGMA busy_timeout = 5000`)
}

/**
 * Brings SQLite's table statistics up to date (a no-op on MongoDB). Without them the planner
 * guesses: for a published list sorted by last change it preferred the index of `deleted_at is
 * null` (every row) to the date index (the page only). Sampled (analysis_limit), so it takes tens
 * of milliseconds on a province; run at start-up and after a bulk load.
 */
export async function refreshStatistics(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  const { drizzle } = payload.db as unknown as { drizzle: { run: (query: ReturnType<typeof sql>) => Promise<unknown> } }
  await drizzle.run(sql`PRAGMA analysis_limit = 1000`)
  await drizzle.run(sql`ANALYZE`)
}
