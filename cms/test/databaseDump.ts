/**
 * Every row of a SQLite database file as plain data, for comparing two databases that should hold
 * the same content (two runs of the generator with the same seed): save times left out, and the
 * ids Payload draws at random for array and block rows (ObjectIds, with a clock in them) replaced
 * by where the row is (its table, its parent, its place), wherever they are named (in text too). Integer ids stay:
 * relations point at them, so they must come out the same.
 */
import { createClient, type Value } from '@libsql/client'

/** Bookkeeping of the running system, not content: migrations run, statistics, locks, sessions. */
const SKIPPED =
  /^(sqlite_|payload_migrations$|payload_locked_documents|payload_preferences|payload_jobs|payload_kv$|system_locks$|users_sessions$)/
/** Save and change times. */
const TIME = /(^|_)(created_at|updated_at|at)$/

export async function databaseDump(file: string): Promise<Record<string, unknown[]>> {
  const client = createClient({ url: `file:${file}` })
  try {
    const tables = (await client.execute(`select name from sqlite_master where type = 'table' order by name`)).rows
      .map((row) => String(row.name))
      .filter((name) => !SKIPPED.test(name))
    const rows: Record<string, Record<string, Value>[]> = {}
    for (const table of tables) {
      const result = await client.execute(`select * from "${table}"`)
      rows[table] = result.rows.map((row) =>
        Object.fromEntries(result.columns.filter((c) => !TIME.test(c)).map((c) => [c, row[c] ?? null])),
      )
    }
    // A drawn id: a text id of an array or block row. Named by its table, parent and place, its
    // parent first (an array in an array row points at that row's drawn id).
    const named = new Map<string, string>()
    // Also inside text: a translation's state names array rows by their ids (`sources[<id>].note`).
    const name = (value: Value): Value =>
      typeof value === 'string'
        ? (named.get(value) ?? value.replace(/[0-9a-f]{24}/g, (id) => named.get(id) ?? id))
        : value
    for (let pass = 0; pass < 4; pass++) {
      for (const [table, list] of Object.entries(rows)) {
        for (const row of list) {
          if (typeof row.id !== 'string' || !('_parent_id' in row)) continue
          named.set(row.id, `${table}:${String(name(row._parent_id))}:${String(row._path ?? '')}:${String(row._order)}`)
        }
      }
    }
    const dump: Record<string, unknown[]> = {}
    for (const [table, list] of Object.entries(rows)) {
      dump[table] = list
        .map((row) => JSON.stringify(Object.fromEntries(Object.entries(row).map(([c, v]) => [c, name(v)]))))
        .sort()
        .map((text) => JSON.parse(text))
    }
    return dump
  } finally {
    client.close()
  }
}
