import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { refreshStatistics } from '../src/db'
import { bootPayload } from './payload'

/**
 * SQLite query plans that decide whether the admin's lists stay fast on a province of ten
 * thousand entries (bench/RESULTS.md): Payload reads each row's translations by parent.
 */
let payload: Payload
type Row = Record<string, unknown>
const all = async (query: ReturnType<typeof sql>) =>
  (await (payload.db as unknown as { drizzle: { all: (q: typeof query) => Promise<Row[]> } }).drizzle.all(query)) ?? []

beforeAll(async () => {
  payload = await bootPayload()
}, 120_000)

afterAll(async () => {
  await payload?.destroy()
})

describe('SQLite schema', () => {
  it('finds the translations of a record through an index, in every translations table', async () => {
    const tables = (await all(sql`select name from sqlite_master where type = 'table'`))
      .map((row) => String(row.name))
      .filter((name) => name.endsWith('_locales'))
      // A list of values named "…locales" (the installation's site locales) is not a translations table.
      .filter((name) => name !== 'installation_site_locales')
    expect(tables).toContain('relics_locales')
    expect(tables).toContain('_relics_v_locales')
    const scans: string[] = []
    for (const table of tables) {
      const plan = await all(sql.raw(`explain query plan select * from "${table}" where "_parent_id" = 1`))
      const detail = plan.map((row) => String(row.detail)).join(' | ')
      if (!/USING (COVERING )?INDEX/.test(detail) || /ANY\(/.test(detail)) scans.push(`${table}: ${detail}`)
    }
    expect(scans).toEqual([])
  })

  it('keeps table statistics for the query planner after a bulk load', async () => {
    for (let i = 0; i < 30; i++) {
      await payload.create({
        collection: 'relics',
        data: { title: `Di tích thống kê ${i}`, rank: 'provincial', types: ['historical'] },
      })
    }
    await refreshStatistics(payload)
    const stats = await all(sql`select tbl, stat from sqlite_stat1 where tbl = 'relics_locales'`)
    expect(stats.length).toBeGreaterThan(0)
    // The first number of a statistics row is the table's row count.
    expect(Math.max(...stats.map((row) => Number(String(row.stat).split(' ')[0])))).toBeGreaterThanOrEqual(30)
  })
})
