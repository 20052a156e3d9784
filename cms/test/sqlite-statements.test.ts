/**
 * The SQLite connection that keeps its prepared statements (src/sqliteStatements.ts) gives what
 * libSQL's client gives for the same statements, on a database file: rows by column name and by
 * position, integers as numbers, SQLite's error codes, a statement that failed usable again, and
 * the columns of a `select *` as the table has them now.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createClient } from '@libsql/client'
import { afterAll, describe, expect, it } from 'vitest'
import { STATEMENT_CACHE, StatementCachingConnection, sqlitePath } from '../src/sqliteStatements'

const work = mkdtempSync(path.join(tmpdir(), 'heritage-statements-'))
const url = `file:${path.join(work, 'data.db')}`
const connection = new StatementCachingConnection(url)
const client = createClient({ url })

afterAll(() => {
  connection.close()
  client.close()
  rmSync(work, { recursive: true, force: true })
})

/** A result as plain data: its columns, rows by name and by position, changes. */
const plain = (r: Awaited<ReturnType<typeof client.execute>>) => ({
  columns: r.columns,
  columnTypes: r.columnTypes,
  byName: r.rows.map((row) => ({ ...row })),
  byPosition: r.rows.map((row) => Array.from({ length: row.length }, (_, i) => row[i])),
  rowsAffected: r.rowsAffected,
})

describe('a connection that keeps its prepared statements', () => {
  it('reads and writes as libSQL’s client does', async () => {
    await connection.executeMultiple(
      'create table t (id integer primary key, name text unique, n integer, x real, b blob, flag integer)',
    )
    const insert = 'insert into t (name, n, x, b, flag) values (?, ?, ?, ?, ?) returning id, name, n'
    const first = await connection.execute({ sql: insert, args: ['Đình Một', 7, 1.5, new Uint8Array([1, 2]), true] })
    expect(first.rows[0]?.id).toBe(1)
    expect(first.rows[0]?.[1]).toBe('Đình Một')
    await connection.execute(insert, ['Chùa Hai', 2 ** 40, null, null, false])
    const select = 'select id, name, n, x, flag, name as name from t where id >= ? order by id'
    for (const id of [1, 2]) {
      expect(plain(await connection.execute({ sql: select, args: [id] }))).toEqual(
        plain(await client.execute({ sql: select, args: [id] })),
      )
    }
    const update = await connection.execute({ sql: 'update t set n = n + 1 where id > ?', args: [0] })
    expect(update.rowsAffected).toBe(2)
    const named = await connection.execute({ sql: 'select name from t where n = :n', args: { ':n': 8 } })
    expect(named.rows.map((r) => r.name)).toEqual(['Đình Một'])
    const blob = (await connection.execute('select b from t where id = 1')).rows[0]?.b
    expect(blob).toBeInstanceOf(ArrayBuffer)
  })

  it('keeps each statement once and reuses it; a statement that failed works again', async () => {
    const before = connection.keptStatements
    const count = 'select count(*) as n from t where name <> ?'
    for (let i = 0; i < 5; i++) await connection.execute({ sql: count, args: [`x${i}`] })
    expect(connection.keptStatements).toBe(before + 1)
    const insert = 'insert into t (name) values (?)'
    await expect(connection.execute({ sql: insert, args: ['Đình Một'] })).rejects.toMatchObject({
      code: 'SQLITE_CONSTRAINT_UNIQUE',
    })
    await connection.execute({ sql: insert, args: ['Đình Ba'] })
    expect((await connection.execute({ sql: count, args: [''] })).rows[0]?.n).toBe(3)
  })

  it('reads a table’s columns as they are now after the table changes', async () => {
    const star = ['select * from t where id = 1', 'select t.* from t where id = 1', 'select "t".* from t where id = 1']
    const inner =
      'select count(*) as n, json_group_array(json_array("name")) as names from (select * from t) as "inner"'
    for (const sql of star) expect((await connection.execute(sql)).columns).not.toContain('note')
    const kept = connection.keptStatements
    expect((await connection.execute(inner)).columns).toEqual(['n', 'names'])
    expect(connection.keptStatements).toBe(kept + 1)
    // Changed through another connection (the writer, under the reader's feet): like any SQLite
    // connection, this one learns of the change at its next statement, and from then on a `*`
    // has the new column.
    await client.execute('alter table t add column note text')
    await connection.execute({ sql: 'select count(*) as n from t where name <> ?', args: [''] })
    for (const sql of star) expect((await connection.execute(sql)).columns).toContain('note')
    expect((await connection.execute(inner)).rows[0]?.n).toBe(3)
    const returning = await connection.execute("update t set note = 'ghi chú' where id = 1 returning *")
    expect(returning.columns).toContain('note')
  })

  it('keeps at most STATEMENT_CACHE statements', async () => {
    for (let i = 0; i < STATEMENT_CACHE + 20; i++) await connection.execute(`select ${i} as n`)
    expect(connection.keptStatements).toBe(STATEMENT_CACHE)
  })

  it('runs a batch in one transaction, all or nothing', async () => {
    await expect(
      connection.batch(["insert into t (name) values ('Bốn')", "insert into t (name) values ('Đình Một')"], 'write'),
    ).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_UNIQUE' })
    expect((await connection.execute("select count(*) as n from t where name = 'Bốn'")).rows[0]?.n).toBe(0)
  })

  it('opens the file a file: URL names', () => {
    expect(sqlitePath('file:/var/lib/heritage/heritage.db')).toBe('/var/lib/heritage/heritage.db')
    expect(sqlitePath('file:///var/lib/heritage/heritage.db')).toBe('/var/lib/heritage/heritage.db')
    expect(sqlitePath('file:data/heritage.db')).toBe('data/heritage.db')
    expect(sqlitePath(':memory:')).toBe(':memory:')
  })
})
