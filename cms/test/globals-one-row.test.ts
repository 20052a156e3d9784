/**
 * Every global is one record. Payload writes a global by looking for its record and making one
 * when there is none, so first saves at the same moment (two CMS instances, or two requests) each
 * made one, and later reads and writes went to any of them. The one_row migrations make each
 * global's record before anything writes it (and PostgreSQL refuses a second). Runs on SQLite and,
 * in `npm run test:db`, on PostgreSQL.
 */
import { sql } from '@payloadcms/db-sqlite'
import { expect, it } from 'vitest'
import { rowsOf } from './failingWrites'
import { migratedFile } from './payload'

const migrated = migratedFile('globals-one-row')

it('every global stays one record when its first saves come at the same moment', async () => {
  const { payload } = migrated
  const slugs = payload.config.globals.map((g) => g.slug)
  expect(slugs).toEqual(expect.arrayContaining(['site-status', 'installation']))
  // A value each global has (a save that changes nothing may not write).
  const values: Record<string, Record<string, unknown>[]> = {
    'site-status': [{ state: 'queued' }, { state: 'building' }],
    installation: [{ siteLocales: ['en'] }, { siteLocales: ['ko'] }],
  }
  for (const slug of slugs) {
    const data = values[slug] ?? [{}]
    await Promise.all(
      [0, 1, 2, 3].map((i) => payload.updateGlobal({ slug, data: data[i % data.length] ?? {}, overrideAccess: true })),
    )
    const [count] = await rowsOf(payload, sql.raw(`SELECT count(*) AS n FROM "${slug.replaceAll('-', '_')}"`))
    expect({ slug, records: Number(count?.n) }).toEqual({ slug, records: 1 })
  }
  // Reads and writes then reach that one record.
  for (const siteLocales of [['en'], ['ko', 'ja']] as const) {
    await payload.updateGlobal({ slug: 'installation', data: { siteLocales: [...siteLocales] } })
    expect((await payload.findGlobal({ slug: 'installation', depth: 0 })).siteLocales).toEqual(siteLocales)
  }
})
