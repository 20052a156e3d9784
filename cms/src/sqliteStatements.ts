/**
 * One local SQLite connection that keeps its prepared statements (used by ./sqliteWriter.ts).
 *
 * libSQL's client (@libsql/client 0.14, sqlite3.js `executeStmt`) prepares every statement again
 * on every call and reads its column names again: a province's generation spent 14 s of 65 s of
 * CPU there for 1,000 entries (bench/RESULTS.md, issue 21), although drizzle sends the same few
 * hundred statements over and over with `?` parameters. This connection behaves as that client's
 * (same results: rows readable by index and by column name, integers as numbers, the same
 * errors with SQLite's codes), on the same driver (`libsql`), and keeps the last STATEMENT_CACHE
 * statements it prepared, by their text. SQLite prepares a kept statement again by itself when
 * the schema changes; statements whose result columns follow the schema (`select *`, `returning
 * *`) are never kept, and a change of tables through the connection (create, alter, drop) lets
 * go of every kept statement, so the kept column names stay right.
 */
import {
  type InStatement,
  LibsqlError,
  type ResultSet,
  type Row,
  type TransactionMode,
  type Value,
} from '@libsql/client'
import Database from 'libsql'

/** How many prepared statements a connection keeps (the least recently used goes first). */
export const STATEMENT_CACHE = 500

/** A kept statement, with what the client would otherwise ask SQLite again each time. */
interface Prepared {
  statement: Database.Statement
  returnsData: boolean
  columns: string[]
  columnTypes: string[]
}

/**
 * Statements whose result columns are a table's (`select *`, `select t.*`, `returning *`): not
 * kept, their columns can change. A `*` inside (drizzle reads arrays `from (select * from …)`)
 * leaves the statement's own columns as they are.
 */
const followsSchema = (sql: string): boolean =>
  /^\s*select\s+(distinct\s+)?("?\w+"?\.)?\*/i.test(sql) || /\breturning\s+("?\w+"?\.)?\*/i.test(sql)

/** A change of tables or indexes. */
const changesSchema = (sql: string): boolean => /^\s*(create|alter|drop)\b/i.test(sql)

const minSafe = BigInt(Number.MIN_SAFE_INTEGER)
const maxSafe = BigInt(Number.MAX_SAFE_INTEGER)

/** A value read from SQLite, as the client gives it with `intMode: 'number'`. */
function fromSql(value: unknown): Value {
  if (typeof value === 'bigint') {
    if (value < minSafe || value > maxSafe) {
      throw new RangeError('Received integer which cannot be safely represented as a JavaScript number')
    }
    return Number(value)
  }
  if (value instanceof Buffer) return value.buffer as ArrayBuffer
  return value as Value
}

/** A value sent to SQLite, as the client sends it with `intMode: 'number'`. */
function toSql(value: unknown): unknown {
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new RangeError('Only finite numbers (not Infinity or NaN) can be passed as arguments')
    return value
  }
  if (typeof value === 'bigint') {
    if (value < -9223372036854775808n || value > 9223372036854775807n) {
      throw new RangeError('bigint is too large to be represented as a 64-bit integer and passed as argument')
    }
    return value
  }
  if (typeof value === 'boolean') return value ? 1 : 0
  if (value instanceof ArrayBuffer) return Buffer.from(value)
  if (value instanceof Date) return value.valueOf()
  if (value === undefined) throw new TypeError('undefined cannot be passed as argument to the database')
  return value
}

/** A row readable by position and by column name (the first of two columns of the same name). */
function rowOf(values: unknown[], columns: string[]): Row {
  const row: Record<string | number, Value> = {}
  Object.defineProperty(row, 'length', { value: values.length })
  for (let i = 0; i < values.length; i++) {
    const value = fromSql(values[i])
    Object.defineProperty(row, i, { value })
    const column = columns[i] as string
    if (!Object.hasOwn(row, column)) {
      Object.defineProperty(row, column, { value, enumerable: true, configurable: true, writable: true })
    }
  }
  return row as Row
}

class Result implements ResultSet {
  constructor(
    readonly columns: string[],
    readonly columnTypes: string[],
    readonly rows: Row[],
    readonly rowsAffected: number,
    readonly lastInsertRowid: bigint | undefined,
  ) {}

  toJSON() {
    const json = (value: unknown) =>
      typeof value === 'bigint'
        ? String(value)
        : value instanceof ArrayBuffer
          ? Buffer.from(value).toString('base64')
          : value
    return {
      columns: this.columns,
      columnTypes: this.columnTypes,
      rows: this.rows.map((row) => Array.prototype.map.call(row, json)),
      rowsAffected: this.rowsAffected,
      lastInsertRowid: this.lastInsertRowid === undefined ? null : String(this.lastInsertRowid),
    }
  }
}

/** SQLite's errors as the client reports them (LibsqlError with SQLite's code, e.g. SQLITE_BUSY). */
function libsqlError(error: unknown): unknown {
  if (error instanceof Database.SqliteError) {
    const e = error as Error & { code: string; rawCode?: number }
    return new LibsqlError(e.message, e.code, e.rawCode, e)
  }
  return error
}

/** The file a `file:` URL (or `:memory:`) names. */
export function sqlitePath(url: string): string {
  if (url === ':memory:') return ':memory:'
  const rest = url.replace(/^file:/i, '').replace(/^\/\/(localhost)?(?=\/)/i, '')
  return decodeURIComponent(rest.split('?')[0] ?? rest)
}

const BEGIN: Record<TransactionMode, string> = {
  write: 'BEGIN IMMEDIATE',
  read: 'BEGIN TRANSACTION READONLY',
  deferred: 'BEGIN DEFERRED',
}

export class StatementCachingConnection {
  private readonly db: Database.Database
  /** Kept statements by their text, least recently used first (a Map keeps insertion order). */
  private readonly kept = new Map<string, Prepared>()
  closed = false
  readonly protocol = 'file'

  constructor(url: string) {
    this.db = new Database(sqlitePath(url))
    this.run('SELECT 1 AS checkThatTheDatabaseCanBeOpened')
  }

  private prepared(sql: string): Prepared {
    const found = this.kept.get(sql)
    if (found) {
      this.kept.delete(sql)
      this.kept.set(sql, found)
      return found
    }
    const statement = this.db.prepare(sql)
    statement.safeIntegers(true)
    let returnsData = true
    try {
      statement.raw(true)
    } catch {
      // raw() refuses a statement that returns no rows
      returnsData = false
    }
    const columns = returnsData ? statement.columns() : []
    const prepared: Prepared = {
      statement,
      returnsData,
      columns: columns.map((c) => c.name),
      columnTypes: columns.map((c) => c.type ?? ''),
    }
    if (!followsSchema(sql) && !changesSchema(sql)) {
      this.kept.set(sql, prepared)
      if (this.kept.size > STATEMENT_CACHE) {
        const oldest = this.kept.keys().next().value
        if (oldest !== undefined) this.kept.delete(oldest)
      }
    }
    return prepared
  }

  /** Runs one statement now (synchronously), as the client's executeStmt does. */
  private run(stmt: InStatement, args?: unknown): Result {
    let sql: string
    let bound: unknown
    if (typeof stmt === 'string') {
      sql = stmt
      bound = Array.isArray(args) ? args.map(toSql) : []
    } else {
      sql = stmt.sql
      if (Array.isArray(stmt.args)) bound = stmt.args.map(toSql)
      else {
        const named: Record<string, unknown> = {}
        for (const [name, value] of Object.entries(stmt.args ?? {})) {
          named[/^[@$:]/.test(name) ? name.slice(1) : name] = toSql(value)
        }
        bound = named
      }
    }
    let prepared: Prepared | undefined
    if (changesSchema(sql)) this.kept.clear()
    try {
      prepared = this.prepared(sql)
      const { statement } = prepared
      if (prepared.returnsData) {
        const rows = (statement.all(bound) as unknown[][]).map((values) => rowOf(values, prepared?.columns ?? []))
        return new Result(prepared.columns, prepared.columnTypes, rows, 0, undefined)
      }
      const info = statement.run(bound)
      return new Result([], [], [], info.changes, BigInt(info.lastInsertRowid))
    } catch (error) {
      // A statement that failed is prepared afresh next time.
      if (prepared) this.kept.delete(sql)
      throw libsqlError(error)
    }
  }

  /** How many prepared statements the connection keeps now. */
  get keptStatements(): number {
    return this.kept.size
  }

  private checkOpen() {
    if (this.closed) throw new LibsqlError('The client is closed', 'CLIENT_CLOSED')
  }

  async execute(stmt: InStatement, args?: unknown[]): Promise<ResultSet> {
    this.checkOpen()
    return this.run(stmt, args)
  }

  /** The statements in one transaction begun with `begin`: all of them or none. */
  private allOrNone(begin: string, stmts: InStatement[]): ResultSet[] {
    try {
      this.run(begin)
      const results = stmts.map((stmt) => {
        if (!this.db.inTransaction) throw new LibsqlError('The transaction has been rolled back', 'TRANSACTION_CLOSED')
        return this.run(stmt)
      })
      this.run('COMMIT')
      return results
    } finally {
      if (this.db.inTransaction) this.run('ROLLBACK')
    }
  }

  /** As the client's batch. */
  async batch(stmts: InStatement[], mode: TransactionMode = 'deferred'): Promise<ResultSet[]> {
    this.checkOpen()
    return this.allOrNone(BEGIN[mode], stmts)
  }

  /** As the client's migrate: with foreign keys off around the transaction. */
  async migrate(stmts: InStatement[]): Promise<ResultSet[]> {
    this.checkOpen()
    try {
      this.run('PRAGMA foreign_keys=off')
      return this.allOrNone(BEGIN.deferred, stmts)
    } finally {
      this.run('PRAGMA foreign_keys=on')
    }
  }

  async executeMultiple(sql: string): Promise<void> {
    this.checkOpen()
    // Several statements at once: migrations and set-up scripts, which may change tables.
    this.kept.clear()
    try {
      this.db.exec(sql)
    } catch (error) {
      throw libsqlError(error)
    } finally {
      if (this.db.inTransaction) this.run('ROLLBACK')
    }
  }

  async sync(): Promise<never> {
    throw new LibsqlError('sync is only for embedded replicas, not a local database file', 'SYNC_NOT_SUPPORTED')
  }

  close(): void {
    this.closed = true
    this.kept.clear()
    this.db.close()
  }
}
