/**
 * The one place that decides which database the CMS tests run on.
 *
 * - `npm test` (no TEST_DATABASE_URL): every test file on its own in-memory SQLite database
 *   (schema push), bootMigratedFile on a new SQLite file with the committed migrations.
 * - `npm run test:db -- [URL]` (TEST_DATABASE_URL): the database suite below on that server.
 *   `postgres` (or no URL) starts a throw-away PostgreSQL cluster (test/postgresCluster.ts);
 *   a postgres://… URL uses that server, whose user may create databases. Before the files run,
 *   one database is brought up to date by the committed migrations (`payload migrate`); each
 *   bootMigratedFile gets a copy of it of its own (CREATE DATABASE … TEMPLATE), and each test file
 *   a copy without the administrative units the migrations load (as on the in-memory SQLite
 *   database, whose schema push loads none), so files stay independent. Every database made by
 *   the run is dropped at its end.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { inject } from 'vitest'
import { psql, withDatabase } from './postgresCluster.ts'

/**
 * The database suite: the tests of what depends on the database (access rules, the review
 * workflow, the import, the export, the snapshot, transactions, backup and restore), run on every database CI runs on. Left out,
 * because they are about SQLite itself: migrations, dev-marker, credit-migration,
 * qr-codes-migration (the SQLite migration history and its data migrations, which a PostgreSQL
 * database made from its baseline never runs) and database (SQLite's indexes and statistics, read
 * with SQLite's own SQL).
 */
export const DATABASE_SUITE = [
  'test/access-matrix-*.test.ts',
  'test/workflow*.test.ts',
  'test/import*.test.ts',
  'test/export.test.ts',
  'test/export-incremental.test.ts',
  'test/snapshot*.test.ts',
  'test/postgres-schema.test.ts',
  'test/transactions.test.ts',
  // Every global one record, however many first saves come at once.
  'test/globals-one-row.test.ts',
  // Two CMS processes on one database (issue 20's acceptance is on PostgreSQL).
  'test/multi-instance.test.ts',
  // The archive holds the SQLite file or a pg_dump of the PostgreSQL database.
  'test/backup.test.ts',
  // Photos' web versions made after the save: the pending state, the worker's guarded write (issue 21).
  'test/web-versions.test.ts',
  // Inscriptions: their commune copied from a relic, a polymorphic parent, lines with localized rows (issue 22).
  'test/inscriptions.test.ts',
]

/** What the global setup (test/databaseServer.ts) hands to each test file. */
export interface TestDatabaseServer {
  /** A URL of the server's maintenance database, for CREATE DATABASE. */
  server: string
  /** The migrated database, copied for bootMigratedFile. */
  template: string
  /** The same without the administrative units the migrations load, copied for each test file. */
  fileTemplate: string
  /** Every database of this run is named PREFIX_…, so the run can drop them all at its end. */
  prefix: string
}

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: TestDatabaseServer | null
  }
}

/** TEST_DATABASE_URL as the run was given it: null for the default in-memory SQLite. */
export function requestedTestDatabase(env: NodeJS.ProcessEnv = process.env): string | null {
  const url = env.TEST_DATABASE_URL?.trim()
  return url ? url : null
}

let made = 0

/** A new database on the run's server, copied from `template`; its URL. */
function copyOf(server: TestDatabaseServer, template: string): string {
  made++
  const name = `${server.prefix}_${process.pid}_${made}`
  psql(server.server, `CREATE DATABASE "${name}" TEMPLATE "${template}"`)
  return withDatabase(server.server, name)
}

export const testServer = (): TestDatabaseServer | null => inject('testDatabase') ?? null

/**
 * A new, empty database on the run's server (no tables: what an administrator's `createdb` gives),
 * for a command-line process of a test to use as its DATABASE_URL; null under `npm test` (SQLite,
 * where the data folder holds the database).
 */
export function newEmptyServerDatabase(): string | null {
  const server = testServer()
  if (!server) return null
  made++
  const name = `${server.prefix}_${process.pid}_${made}`
  psql(server.server, `CREATE DATABASE "${name}"`)
  return withDatabase(server.server, name)
}

/** Points DATABASE_URL at this test file's own database (run once per file, from setupFiles). */
export function pointAtFileDatabase(): void {
  const server = testServer()
  if (server) process.env.DATABASE_URL = copyOf(server, server.fileTemplate)
}

/**
 * A database made only by the committed migrations, what a real installation has: on SQLite a new
 * file in `dir`, on a server a new copy of the migrated template. Sets DATABASE_URL to it.
 */
export function newMigratedDatabase(name: string): { dir: string } {
  const dir = mkdtempSync(path.join(tmpdir(), `heritage-${name}-`))
  const server = testServer()
  process.env.DATABASE_URL = server ? copyOf(server, server.template) : `file:${path.join(dir, 'data.db')}`
  process.env.PAYLOAD_MIGRATE = '1'
  return { dir }
}
