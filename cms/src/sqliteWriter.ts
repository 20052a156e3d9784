/**
 * Transactions on SQLite: one writer at a time, readers beside it.
 *
 * Payload's SQLite adapter runs without transactions unless `transactionOptions` is set, and with
 * it set, the libSQL client it uses does two things that do not fit a server (@libsql/client
 * 0.14, sqlite3.js `transaction()`):
 * - each transaction takes the client's connection and the client opens a new one for what
 *   follows. On `:memory:` a new connection is a new, empty database (every test would lose its
 *   data after the first save: tursodatabase/libsql-client-ts#229); on a file, the new connection
 *   has none of the per-connection settings (busy timeout, `synchronous`);
 * - the driver is synchronous: a second writer's `BEGIN IMMEDIATE` either fails at once with
 *   SQLITE_BUSY or, with a busy timeout, stops the whole process while it waits, so the first
 *   writer (in the same process) can never finish.
 *
 * So the client below keeps two connections to a database file: a writer, on which every
 * transaction and every statement that is not a plain SELECT runs, one at a time in arrival order
 * (a second writer waits its turn without blocking the process); and a reader for SELECTs outside
 * a transaction, which in write-ahead-log mode sees the last committed state and never waits for
 * the writer. In memory there is one connection for both (a second would be another database).
 * Another process holding the write lock (a command-line import while the server runs) is waited
 * for the same way: SQLITE_BUSY is retried after a pause, up to WRITE_WAIT_MS.
 *
 * A consequence for code that runs inside an operation (hooks): reads and writes that belong to
 * the operation must pass its `req`, as on PostgreSQL. A write without it waits for the
 * operation's own transaction and fails after WRITE_WAIT_MS; a read without it does not see what
 * the operation wrote before it commits.
 */
import type { Client, InStatement, ResultSet, Transaction } from '@libsql/client'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { isRecord } from './shared/guards'
import { StatementCachingConnection } from './sqliteStatements'

/** How long a write waits for the one before it (in this process or another) before it fails. */
export const WRITE_WAIT_MS = 60_000

/** Raised when a write waited WRITE_WAIT_MS for the writer; says so in both languages. */
export class WriterBusyError extends Error {
  constructor(waitedMs: number) {
    const seconds = Math.round(waitedMs / 1000)
    super(
      `Cơ sở dữ liệu đang bận: một thao tác ghi khác chưa xong sau ${seconds} giây, nên thao tác này không được thực hiện (không có gì bị ghi). Hãy thử lại sau ít phút. / ` +
        `The database is busy: another write had not finished after ${seconds} s, so this one was not made (nothing was written). Try again in a few minutes.`,
    )
    this.name = 'WriterBusyError'
  }
}

/** A first-come, first-served lock with a deadline for each waiter. */
class WriterLock {
  private held = false
  private readonly waiting: (() => void)[] = []

  async acquire(deadline: number): Promise<() => void> {
    if (this.held) {
      await new Promise<void>((resolve, reject) => {
        const turn = () => {
          clearTimeout(timer)
          resolve()
        }
        const timer = setTimeout(
          () => {
            this.waiting.splice(this.waiting.indexOf(turn), 1)
            reject(new WriterBusyError(WRITE_WAIT_MS))
          },
          Math.max(0, deadline - Date.now()),
        )
        this.waiting.push(turn)
      })
    }
    this.held = true
    let released = false
    return () => {
      if (released) return
      released = true
      const next = this.waiting.shift()
      if (next) next()
      else this.held = false
    }
  }
}

const isBusy = (error: unknown): boolean =>
  isRecord(error) && typeof error.code === 'string' && error.code.startsWith('SQLITE_BUSY')

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Runs `statement`, retrying while another process holds the write lock, until `deadline`. */
async function untilNotBusy<T>(deadline: number, statement: () => Promise<T>): Promise<T> {
  for (let wait = 5; ; wait = Math.min(wait * 2, 100)) {
    try {
      return await statement()
    } catch (error) {
      if (!isBusy(error) || Date.now() + wait > deadline) {
        throw isBusy(error) ? new WriterBusyError(WRITE_WAIT_MS) : error
      }
      await pause(wait)
    }
  }
}

const textOf = (stmt: InStatement): string => (typeof stmt === 'string' ? stmt : stmt.sql)

/** A plain SELECT (drizzle writes them in lower case; anything else counts as a write). */
const isRead = (stmt: InStatement): boolean => /^\s*select\b/i.test(textOf(stmt))

/** The local (file or memory) URLs this client handles; a remote libSQL server has transactions of its own. */
export const isLocalSqlite = (url: string): boolean => url === ':memory:' || /^file:/i.test(url)

/**
 * One libSQL connection, opened again after SQLITE_BUSY: libSQL leaves a statement that failed
 * busy unfinished, and an unfinished statement keeps the connection in a transaction (a COMMIT
 * then fails, "SQL statements in progress", and a reader keeps reading an old state).
 */
class Connection {
  private client: StatementCachingConnection

  constructor(
    private readonly url: string,
    private readonly pragmas: string[],
  ) {
    this.client = new StatementCachingConnection(url)
  }

  async prepare(): Promise<void> {
    for (const pragma of this.pragmas) await this.client.execute(pragma)
  }

  /** Runs `work` on the connection; after SQLITE_BUSY the connection is replaced (unless `keep`). */
  async use<T>(work: (client: StatementCachingConnection) => Promise<T>, keep = false): Promise<T> {
    try {
      return await work(this.client)
    } catch (error) {
      if (isBusy(error) && !keep) await this.reopen()
      throw error
    }
  }

  async reopen(): Promise<void> {
    if (this.url === ':memory:') return
    this.client.close()
    this.client = new StatementCachingConnection(this.url)
    await this.prepare()
  }

  sync(): ReturnType<Client['sync']> {
    return this.client.sync()
  }

  close(): void {
    this.client.close()
  }
}

export class OneWriterClient implements Client {
  private readonly writer: Connection
  private readonly reader: Connection
  private readonly lock = new WriterLock()
  /** Set while migrations run: their transactions turn foreign keys off around them (see `transaction`). */
  schemaChanges = 0
  closed = false
  readonly protocol = 'file'

  constructor(url: string) {
    const memory = url === ':memory:'
    // Commits are synced at checkpoints, not each time: safe against a crash of the process or the
    // machine (a power loss can lose the last commits, never corrupt the file). The writer never
    // waits inside SQLite (that would stop the process): see untilNotBusy. A reader waits only in
    // the rare moments another process resets the log.
    this.writer = new Connection(
      url,
      memory ? [] : ['PRAGMA journal_mode = WAL', 'PRAGMA synchronous = NORMAL', 'PRAGMA busy_timeout = 0'],
    )
    this.reader = memory
      ? this.writer
      : new Connection(url, ['PRAGMA synchronous = NORMAL', 'PRAGMA busy_timeout = 5000'])
  }

  /** Per-connection settings; write-ahead logging is remembered by the file itself. */
  async prepare(): Promise<void> {
    await this.writer.prepare()
    if (this.reader !== this.writer) await this.reader.prepare()
  }

  /** Runs `work` on the writer connection as the only writer. */
  private async asWriter<T>(work: (client: StatementCachingConnection) => Promise<T>): Promise<T> {
    const deadline = Date.now() + WRITE_WAIT_MS
    const release = await this.lock.acquire(deadline)
    try {
      return await untilNotBusy(deadline, () => this.writer.use(work))
    } finally {
      release()
    }
  }

  execute(stmt: InStatement): Promise<ResultSet>
  execute(sql: string, args?: unknown[]): Promise<ResultSet>
  async execute(stmt: InStatement, args?: unknown[]): Promise<ResultSet> {
    const statement: InStatement = typeof stmt === 'string' && args ? { sql: stmt, args: args as never } : stmt
    if (isRead(statement)) return this.reader.use((client) => client.execute(statement))
    return this.asWriter((client) => client.execute(statement))
  }

  batch(stmts: InStatement[], mode?: Parameters<Client['batch']>[1]): Promise<ResultSet[]> {
    return this.asWriter((client) => client.batch(stmts, mode))
  }

  migrate(stmts: InStatement[]): Promise<ResultSet[]> {
    return this.asWriter((client) => client.migrate(stmts))
  }

  executeMultiple(sql: string): Promise<void> {
    return this.asWriter((client) => client.executeMultiple(sql))
  }

  /**
   * A transaction that becomes the writer at its first write: its reads before that are the
   * reader's (the last committed state, as PostgreSQL's default isolation gives), so the work an
   * operation does before writing (a photo's web versions are made in a hook) holds no one up.
   * From its first write to its end it holds the writer connection, its reads there see its own
   * writes, and another process cannot write. During migrations foreign keys are off around it,
   * as SQLite's procedure for changing tables asks (the generated migrations' own `PRAGMA
   * foreign_keys=OFF` does nothing inside a transaction, and rebuilding a table with them on
   * would delete the rows that reference it), and checked before it commits.
   */
  async transaction(): Promise<Transaction> {
    const writer = this.writer
    const schemaChange = this.schemaChanges > 0
    const run = (sql: InStatement) => writer.use((client) => client.execute(sql), true)
    let state: 'reading' | 'writing' | 'ended' = 'reading'
    let release = () => {}
    let busy = false
    const begin = async () => {
      const deadline = Date.now() + WRITE_WAIT_MS
      release = await this.lock.acquire(deadline)
      try {
        if (schemaChange) await run('PRAGMA foreign_keys = OFF')
        await untilNotBusy(deadline, () => writer.use((client) => client.execute('BEGIN IMMEDIATE')))
      } catch (error) {
        if (schemaChange) await run('PRAGMA foreign_keys = ON').catch(() => {})
        release()
        throw error
      }
    }
    const end = async (statement: 'COMMIT' | 'ROLLBACK') => {
      const was = state
      state = 'ended'
      if (was !== 'writing') return
      try {
        if (busy) throw new WriterBusyError(WRITE_WAIT_MS)
        if (statement === 'COMMIT' && schemaChange) {
          const broken = await run('PRAGMA foreign_key_check')
          if (broken.rows.length > 0) {
            throw new Error(`Foreign keys broken by a migration: ${JSON.stringify(broken.rows.slice(0, 5))}`)
          }
        }
        await run(statement)
      } catch (error) {
        // A failed COMMIT leaves the transaction open; a statement error may have ended it already.
        await run('ROLLBACK').catch(() => {})
        if (statement === 'COMMIT') throw error
      } finally {
        if (schemaChange) await run('PRAGMA foreign_keys = ON').catch(() => {})
        if (busy) await writer.reopen().catch(() => {})
        release()
      }
    }
    let starting: Promise<void> | null = null
    const execute = async (stmt: InStatement) => {
      if (state === 'ended') throw new Error('The transaction is closed (committed or rolled back).')
      if (!starting && isRead(stmt)) return this.reader.use((client) => client.execute(stmt))
      if (!starting) {
        starting = begin().then(async () => {
          if (state === 'reading') {
            state = 'writing'
            return
          }
          // Ended while it waited for the writer: end what was begun and give the writer back.
          await run('ROLLBACK').catch(() => {})
          if (schemaChange) await run('PRAGMA foreign_keys = ON').catch(() => {})
          release()
        })
      }
      await starting
      if (state !== 'writing') throw new Error('The transaction is closed (committed or rolled back).')
      if (busy) throw new WriterBusyError(WRITE_WAIT_MS)
      try {
        return await run(stmt)
      } catch (error) {
        // Never expected with the write lock held; the connection is replaced once this ends.
        if (isBusy(error)) busy = true
        throw error
      }
    }
    return {
      execute,
      batch: async (stmts: InStatement[]) => {
        const results: ResultSet[] = []
        for (const stmt of stmts) results.push(await execute(stmt))
        return results
      },
      executeMultiple: async () => {
        throw new Error('executeMultiple is not available inside a transaction; run the statements one by one.')
      },
      commit: () => end('COMMIT'),
      rollback: () => end('ROLLBACK'),
      close: () => {
        void end('ROLLBACK')
      },
      get closed() {
        return state === 'ended'
      },
    }
  }

  sync(): ReturnType<Client['sync']> {
    return this.writer.sync()
  }

  close(): void {
    if (this.closed) return
    this.closed = true
    this.writer.close()
    if (this.reader !== this.writer) this.reader.close()
  }
}

const MIGRATION_METHODS = ['migrate', 'migrateDown', 'migrateFresh', 'migrateRefresh', 'migrateReset'] as const

/**
 * Payload's SQLite adapter with transactions on (`transactionOptions`), on a OneWriterClient for a
 * local database. A remote libSQL server keeps the adapter's own client: its transactions are the
 * server's.
 */
export function withOneWriter(
  adapter: DatabaseAdapterObj<SQLiteAdapter>,
  url: string,
): DatabaseAdapterObj<SQLiteAdapter> {
  if (!isLocalSqlite(url)) return adapter
  const init = adapter.init
  return {
    ...adapter,
    init: (args) => {
      const db = init(args)
      let client: OneWriterClient | undefined
      const connect = db.connect?.bind(db)
      if (connect) {
        db.connect = async (options) => {
          if (!db.client) {
            client = new OneWriterClient(url)
            await client.prepare()
            db.client = client
          }
          await connect(options)
        }
      }
      const destroy = db.destroy?.bind(db)
      db.destroy = async () => {
        await destroy?.()
        // Payload's adapter leaves its connections open; a destroyed Payload (a test's, a command's) closes them.
        client?.close()
        if (db.client === client) Reflect.set(db, 'client', undefined)
        client = undefined
      }
      for (const name of MIGRATION_METHODS) {
        const method = db[name].bind(db) as (...rest: unknown[]) => Promise<void>
        Reflect.set(db, name, async (...rest: unknown[]) => {
          const changing = client
          if (changing) changing.schemaChanges++
          try {
            await method(...rest)
          } finally {
            if (changing) changing.schemaChanges--
          }
        })
      }
      return db
    },
  }
}
