import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import type { Table } from '@payloadcms/db-postgres/drizzle'
import { index as pgIndex } from '@payloadcms/db-postgres/drizzle/pg-core'
import { sql, sqliteAdapter } from '@payloadcms/db-sqlite'
import { index as sqliteIndex } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { BaseDatabaseAdapter, DatabaseAdapterObj, Migration, Payload } from 'payload'
import { z } from 'zod'
import { migrations as sqliteMigrations } from './migrations'
import { migrations as postgresMigrations } from './migrations-postgres'
import { dataDir, type Env } from './paths'
import { isRecord } from './shared/guards'
import { withOneWriter } from './sqliteWriter'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export interface DatabaseChoice {
  kind: DatabaseKind
  url: string
}

/** Hides a password in a connection string before it is printed. */
export const redactUrl = (url: string): string => url.replace(/\/\/([^:/@]+):([^@]+)@/, '//$1:***@')

/**
 * DATABASE_URL decides the adapter: postgres:// or postgresql:// selects PostgreSQL (a database
 * server, for several CMS instances and read replicas); mongodb:// or mongodb+srv:// selects
 * MongoDB; file:…, :memory: or libsql:// selects SQLite; unset means the embedded SQLite file under
 * the data folder, so a fresh machine needs nothing installed.
 */
export function chooseDatabase(env: Env = process.env): DatabaseChoice {
  const url = env.DATABASE_URL?.trim()
  if (!url) return { kind: 'sqlite', url: `file:${path.join(dataDir(env), 'heritage.db')}` }
  if (/^postgres(ql)?:\/\//i.test(url)) return { kind: 'postgres', url }
  if (/^mongodb(\+srv)?:\/\//i.test(url)) return { kind: 'mongodb', url }
  if (url === ':memory:' || /^file:/i.test(url) || /^libsql:\/\//i.test(url)) return { kind: 'sqlite', url }
  throw new Error(
    `DATABASE_URL "${redactUrl(url)}" is not supported. Use postgres://… for PostgreSQL, ` +
      'mongodb://… or mongodb+srv://… for MongoDB, ' +
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
 * - the same index on a versions table also holds the columns every staff list filters on (in the
 *   trash or not, published or not, and the commune, which is an editor's or contributor's scope):
 *   SQLite counts the list's rows and skips the pages before the one shown inside the index,
 *   without reading a row (count of 3,500 relics in an editor's scope 2–3 ms → 0.3 ms; issue 21).
 */
/** The columns listIndexes indexes (each table it extends has those it names). */
type IndexedColumn = '_parentID' | 'latest' | 'version_updatedAt' | 'createdAt' | 'updatedAt'

/** Columns a staff list filters on (access rules and trash), indexed after a versions table's sort. */
const LIST_FILTER_COLUMNS = ['version_deletedAt', 'version__status', 'version_commune'] as const

/** A dialect's `index(name).on(column, …)`, over that dialect's columns. */
type IndexBuilder<Column> = (name: string) => { on: (...columns: [Column, ...Column[]]) => object }

/** listIndexes for one dialect's index builder (the hook's tables and columns are the same shape on both). */
const listIndexesWith =
  <Column>(index: IndexBuilder<Column>) =>
  <Schema extends { tables: Record<string, Table> }>({
    schema,
    extendTable,
  }: {
    schema: Schema
    extendTable: (args: { table: Table; extraConfig: (columns: Record<IndexedColumn, Column>) => object }) => void
  }): Schema => {
    for (const [name, table] of Object.entries(schema.tables)) {
      if (name.endsWith('_locales') && '_parentID' in table) {
        extendTable({
          table,
          extraConfig: (c) => ({ _parentIdx: index(`${name}_parent_idx`).on(c._parentID) }),
        })
      } else if ('latest' in table && 'version_updatedAt' in table && 'createdAt' in table) {
        const filters = LIST_FILTER_COLUMNS.filter((column) => column in table)
        extendTable({
          table,
          extraConfig: (c) => {
            const columns = c as Record<IndexedColumn | (typeof LIST_FILTER_COLUMNS)[number], Column>
            return {
              _latestUpdatedIdx: index(`${name}_latest_updated_idx`).on(
                c.latest,
                c.version_updatedAt,
                c.createdAt,
                ...filters.map((column) => columns[column]),
              ),
            }
          },
        })
      } else if ('updatedAt' in table && 'createdAt' in table) {
        extendTable({
          table,
          extraConfig: (c) => ({
            _updatedCreatedIdx: index(`${name}_updated_created_idx`).on(c.updatedAt, c.createdAt),
          }),
        })
      }
    }
    return schema
  }

export const listIndexes = listIndexesWith(sqliteIndex)
/** The same indexes on PostgreSQL, whose planner also needs them to stop after a page of a sorted list. */
export const postgresListIndexes = listIndexesWith(pgIndex)

/** Which committed migrations belong to which adapter: PostgreSQL has its own set (src/migrations-postgres). */
export const MIGRATIONS = { sqlite: sqliteMigrations, postgres: postgresMigrations } as const

/** Read replicas: `DATABASE_READ_REPLICAS=postgres://…,postgres://…` (PostgreSQL only). */
export function readReplicas(env: Env = process.env): string[] {
  const urls = (env.DATABASE_READ_REPLICAS ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean)
  const wrong = urls.find((url) => !/^postgres(ql)?:\/\//i.test(url))
  if (wrong)
    throw new Error(
      `DATABASE_READ_REPLICAS: "${redactUrl(wrong)}" không phải địa chỉ PostgreSQL (postgres://…). / ` +
        'is not a PostgreSQL address (postgres://…); list the replicas separated by commas.',
    )
  return urls
}

export function databaseAdapter(env: Env = process.env): DatabaseAdapterObj {
  const choice = chooseDatabase(env)
  if (choice.kind !== 'postgres' && env.DATABASE_READ_REPLICAS?.trim())
    throw new Error(
      'DATABASE_READ_REPLICAS chỉ dùng được với PostgreSQL (DATABASE_URL=postgres://…). / ' +
        'DATABASE_READ_REPLICAS needs PostgreSQL (DATABASE_URL=postgres://…).',
    )
  if (choice.kind === 'mongodb') {
    // Transactions need a replica set; see the README's production notes.
    return mongooseAdapter({ url: choice.url })
  }
  const push = schemaPush(choice, env)
  if (choice.kind === 'postgres') {
    const replicas = readReplicas(env)
    return withCommittedMigrations(
      postgresAdapter({
        pool: { connectionString: choice.url },
        migrationDir: path.resolve(process.cwd(), 'src/migrations-postgres'),
        push,
        prodMigrations: MIGRATIONS.postgres,
        afterSchemaInit: [postgresListIndexes],
        ...(replicas.length > 0 ? { readReplicas: replicas } : {}),
      }),
      MIGRATIONS.postgres,
      push,
      env,
    )
  }
  // SQLite creates the file but not its folder ("unable to open database file", code 14).
  const file = /^file:(.+)$/i.exec(choice.url)?.[1]
  if (file) mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  return withCommittedMigrations(
    withOneWriter(
      sqliteAdapter({
        client: { url: choice.url, authToken: env.DATABASE_AUTH_TOKEN },
        migrationDir: path.resolve(process.cwd(), 'src/migrations'),
        push,
        prodMigrations: MIGRATIONS.sqlite,
        afterSchemaInit: [listIndexes],
        // Transactions on (the adapter leaves them off without this); the libSQL driver ignores the
        // options themselves. One writer at a time, WAL, busy waits: ./sqliteWriter.ts.
        transactionOptions: {},
      }),
      choice.url,
    ),
    MIGRATIONS.sqlite,
    push,
    env,
  )
}

/**
 * Payload's schema push (the table layout taken straight from the config) is for throw-away
 * databases only: the in-memory test database, or a developer who asks for it with
 * `PAYLOAD_PUSH=1`. Push marks a database with a `dev` row, after which Payload's `migrate`
 * stops at an interactive "data loss will occur … proceed? (y/N)" question: a command-line tool
 * run once (an import dry run, a backup) used to leave the database in that state, and the next
 * `npm start` waited on the question forever.
 */
export function schemaPush(choice: DatabaseChoice, env: Env = process.env): boolean {
  if (env.PAYLOAD_MIGRATE === '1' || env.NODE_ENV === 'production') return false
  return choice.url === ':memory:' || env.PAYLOAD_PUSH === '1'
}

export class DevelopmentSchemaError extends Error {
  readonly vi: string
  readonly en: string

  constructor(pending: string[]) {
    const vi =
      'Cơ sở dữ liệu này đã bị đổi cấu trúc trực tiếp ở chế độ phát triển (PAYLOAD_PUSH), nên chưa thể nâng cấp ' +
      `an toàn: còn ${pending.length} bản nâng cấp chưa chạy (${pending.join(', ')}). Hãy khôi phục bản sao lưu gần ` +
      'nhất (npm run restore) rồi chạy lại; không có gì bị thay đổi.'
    const en =
      `This database was changed by schema push (development mode) and ${pending.length} migration(s) have not ` +
      `run (${pending.join(', ')}); it cannot be upgraded safely. Restore the latest backup (npm run restore) and ` +
      'start again; nothing was changed.'
    // Both languages in the message too: the server's log shows only the message.
    super(`${vi} / ${en}`)
    this.name = 'DevelopmentSchemaError'
    this.vi = vi
    this.en = en
  }
}

/**
 * The committed migrations are the only way a database changes shape, whatever the environment
 * and the adapter (SQLite or PostgreSQL, each with its own set): every process that opens one (the
 * admin, `npm start`, each command-line tool) brings it up to date first, without asking anything.
 * A `dev` row left by schema push (an older version of the tools wrote one) is removed when every
 * committed migration has run, since the layout then is the migrations' own; otherwise the
 * process refuses with what to do.
 */
function withCommittedMigrations<Adapter extends BaseDatabaseAdapter>(
  adapter: DatabaseAdapterObj<Adapter>,
  committed: readonly { name: string }[],
  push: boolean,
  env: Env,
): DatabaseAdapterObj<Adapter> {
  const init = adapter.init
  return {
    ...adapter,
    init: (args) => {
      const db = init(args)
      const migrate = db.migrate.bind(db)
      db.migrate = async (migrateArgs) => {
        await forgetDevelopmentMarker(db, committed)
        await migrate(migrateArgs)
      }
      const connect = db.connect?.bind(db)
      if (connect) {
        db.connect = async (options) => {
          await connect(options)
          // Production runs the migrations inside connect already; `payload migrate` runs them itself.
          const migrating = process.env.PAYLOAD_MIGRATING === 'true'
          if (!push && env.NODE_ENV !== 'production' && !migrating && !options?.hotReload) {
            // cast: Payload's Migration types up/down as taking unknown; the adapters' are typed
            await db.migrate({ migrations: committed as Migration[] })
          }
        }
      }
      return db
    },
  }
}

/** The rows of Payload's migrations table (`batch` -1 is schema push's development marker). */
const migrationRows = z.array(z.object({ name: z.string(), batch: z.unknown() }))

/** Read through the adapter itself (no SQL of one dialect): the same on SQLite and PostgreSQL. */
async function forgetDevelopmentMarker(db: BaseDatabaseAdapter, committed: readonly { name: string }[]): Promise<void> {
  let rows: unknown[]
  try {
    const found = await db.find({ collection: 'payload-migrations', limit: 0, pagination: false, where: {} })
    rows = found.docs
  } catch {
    return // a new database: no table yet
  }
  const recorded = migrationRows.parse(rows)
  if (!recorded.some((row) => Number(row.batch) === -1)) return
  const done = new Set(recorded.filter((row) => Number(row.batch) > 0).map((row) => row.name))
  const pending = committed.map((m) => m.name).filter((name) => !done.has(name))
  if (pending.length > 0) throw new DevelopmentSchemaError(pending)
  await db.deleteMany({ collection: 'payload-migrations', where: { batch: { equals: -1 } } })
  db.payload.logger.warn(
    'Đã bỏ dấu "chế độ phát triển" (dev) khỏi bảng nâng cấp: mọi bản nâng cấp đã chạy. / Removed the development-mode marker from the migrations table: every migration has run.',
  )
}

/** What the statistics below use of the SQLite adapter's drizzle instance. */
interface SqlRunner {
  run: (query: ReturnType<typeof sql>) => Promise<unknown>
}

const isSqlRunner = (value: unknown): value is SqlRunner => isRecord(value) && typeof value.run === 'function'

/**
 * Payload types `payload.db` as the base adapter; on SQLite it also holds its drizzle instance,
 * checked here before it is used (null on MongoDB).
 */
function sqliteDrizzle(payload: Payload): SqlRunner | null {
  const db: unknown = payload.db
  if (payload.db.name !== 'sqlite' || !isRecord(db) || !isSqlRunner(db.drizzle)) return null
  return db.drizzle
}

/**
 * Brings SQLite's table statistics up to date (a no-op on MongoDB). Without them the planner
 * guesses: for a published list sorted by last change it preferred the index of `deleted_at is
 * null` (every row) to the date index (the page only). Sampled (analysis_limit), so it takes tens
 * of milliseconds on a province; run at start-up and after a bulk load.
 */
export async function refreshStatistics(payload: Payload): Promise<void> {
  const drizzle = sqliteDrizzle(payload)
  if (!drizzle) return
  await drizzle.run(sql`PRAGMA analysis_limit = 1000`)
  await drizzle.run(sql`ANALYZE`)
}
