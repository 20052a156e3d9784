/**
 * Failure injection for the transaction tests: a full dump of the database (every table, every
 * row and value) and a database adapter whose n-th write throws. Adapter-neutral: the writes are
 * Payload's adapter methods, the dump reads the tables SQLite or PostgreSQL lists.
 */
import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { expect } from 'vitest'
import { isRecord } from '../src/shared/guards'

/** Table name → its rows as JSON, sorted (row order is not part of the data). */
export type Dump = Record<string, string[]>

interface Drizzle {
  all?: (query: ReturnType<typeof sql>) => Promise<unknown[]>
  execute?: (query: ReturnType<typeof sql>) => Promise<{ rows: unknown[] }>
}

const drizzleOf = (payload: Payload): Drizzle => {
  const db: unknown = payload.db
  if (!isRecord(db) || !isRecord(db.drizzle)) throw new Error(`no SQL database under ${payload.db.name}`)
  return db.drizzle as Drizzle
}

/** The rows a query returns, on SQLite or PostgreSQL. */
export async function rowsOf(payload: Payload, query: ReturnType<typeof sql>): Promise<Record<string, unknown>[]> {
  const drizzle = drizzleOf(payload)
  const rows = drizzle.all ? await drizzle.all(query) : ((await drizzle.execute?.(query))?.rows ?? [])
  return rows.filter(isRecord)
}

const json = (row: Record<string, unknown>) =>
  JSON.stringify(row, (_key, value) => (typeof value === 'bigint' ? value.toString() : value))

export async function dumpDatabase(payload: Payload): Promise<Dump> {
  const tables =
    payload.db.name === 'sqlite'
      ? await rowsOf(payload, sql`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
      : await rowsOf(
          payload,
          sql`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
        )
  const dump: Dump = {}
  for (const { name } of tables) {
    const table = String(name)
    dump[table] = (await rowsOf(payload, sql.raw(`SELECT * FROM "${table.replaceAll('"', '""')}"`))).map(json).sort()
  }
  return dump
}

/** Asserts two dumps are the same, naming the tables that differ and showing the first one's rows. */
export function expectSameDump(after: Dump, before: Dump, what: string): void {
  const tables = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()
  const changed = tables.filter((t) => JSON.stringify(before[t]) !== JSON.stringify(after[t]))
  const first = changed[0]
  if (first) {
    const was = new Set(before[first] ?? [])
    const now = new Set(after[first] ?? [])
    const added = [...now].filter((row) => !was.has(row))
    const removed = [...was].filter((row) => !now.has(row))
    expect.fail(
      `${what}: tables changed: ${changed.join(', ')}\n${first}: added ${added.slice(0, 3).join('\n')}\nremoved ${removed.slice(0, 3).join('\n')}`,
    )
  }
}

/** Every write method of Payload's database adapters (BaseDatabaseAdapter). */
const WRITE_METHODS = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

export class InjectedFailure extends Error {
  constructor(n: number, method: string) {
    super(`injected failure at write ${n} (${method})`)
    this.name = 'InjectedFailure'
  }
}

/**
 * Makes the adapter's `n`-th write from now throw (0: none, until `failNext`); counts and names
 * every write until `restore`.
 */
export function failOnWrite(payload: Payload, n: number) {
  const db = payload.db as unknown as Record<string, unknown>
  const originals = new Map<string, unknown>()
  const written: string[] = []
  let failAt = n
  for (const name of WRITE_METHODS) {
    const original = db[name]
    if (typeof original !== 'function') continue
    originals.set(name, original)
    db[name] = async function (this: unknown, ...args: unknown[]) {
      written.push(name)
      if (written.length === failAt) throw new InjectedFailure(failAt, name)
      return original.apply(this, args)
    }
  }
  return {
    written,
    failNext: () => {
      failAt = written.length + 1
    },
    restore: () => {
      for (const [name, original] of originals) db[name] = original
    },
  }
}

/**
 * Runs `operation` once for every n with its n-th write failing, and checks after each that the
 * database is exactly as before; then once more, whole (n past its last write). Returns the writes
 * of that last run. The operation must fail with the injected failure each time (a failure it
 * swallowed would have left its other writes).
 */
export async function failAtEveryWrite(payload: Payload, operation: () => Promise<unknown>): Promise<string[]> {
  const before = await dumpDatabase(payload)
  for (let n = 1; ; n++) {
    const inject = failOnWrite(payload, n)
    const error = await operation().then(
      () => null,
      (e: unknown) => e,
    )
    inject.restore()
    if (inject.written.length < n) {
      expect(error, `the operation without a failure`).toBeNull()
      // The dump sees what the operation wrote (an empty or blind dump would compare equal above).
      expect(Object.keys(before).length).toBeGreaterThan(10)
      expect(JSON.stringify(await dumpDatabase(payload))).not.toBe(JSON.stringify(before))
      return inject.written
    }
    const at = `failure at write ${n} of ${inject.written.length} (${inject.written[n - 1]})`
    expect(error, `${at}: the operation went on as if nothing failed`).not.toBeNull()
    expect(String(error instanceof Error ? error.message : error), at).toContain('injected failure')
    expectSameDump(await dumpDatabase(payload), before, at)
  }
}
