/**
 * Admin lists read only their columns (issue 21, collections/entry.ts): a read that selects a list
 * column also reads what the column's cell draws from (the translation badges: the translation
 * state; the review state: `_status`, from which Payload's list marks a draft of a published
 * entry), and nothing more; and the versions tables' list index holds the columns an editor's list
 * filters on, so that SQLite counts the list and skips earlier pages without reading rows.
 */
import { sql } from '@payloadcms/db-sqlite'
import { expect, it } from 'vitest'
import { rowsOf } from './failingWrites'
import { migratedFile } from './payload'

const migrated = migratedFile('list-select')

it('a list column brings what its cell reads, and only then', async () => {
  const { payload } = migrated
  const relic = await payload.create({
    collection: 'relics',
    data: { title: 'Đình Cột', rank: 'provincial', types: ['historical'], _status: 'draft' },
    draft: true,
    overrideAccess: true,
  })
  await payload.update({
    collection: 'relics',
    id: relic.id,
    locale: 'en',
    data: { title: 'Column communal house', _status: 'draft' },
    draft: true,
    overrideAccess: true,
  })
  const read = async (select: Record<string, unknown>) =>
    (await payload.find({ collection: 'relics', draft: true, depth: 0, locale: 'vi', select, overrideAccess: true }))
      .docs[0] as Record<string, unknown> | undefined

  // The admin's default columns of relics, as Payload's list view selects them.
  const listed = await read({
    title: true,
    rank: true,
    commune: true,
    review: { state: true },
    updatedAt: true,
    translationBadges: true,
  })
  expect(listed).toMatchObject({ title: 'Đình Cột', _status: 'draft', review: { state: 'draft' } })
  expect(listed?.translationState).toMatchObject({ en: { status: 'reviewed' } })
  expect(listed).not.toHaveProperty('summary')

  // Without those columns, neither is read.
  const titled = await read({ title: true })
  expect(titled).not.toHaveProperty('translationState')
  expect(titled).not.toHaveProperty('_status')

  // A read that leaves fields out is left as it asked.
  const excluded = await read({ body: false })
  expect(excluded).toHaveProperty('translationState')
  expect(excluded).not.toHaveProperty('body')
})

it("an editor's list is counted and paged inside the versions table's list index", async () => {
  const { payload } = migrated
  const scope =
    "latest = 1 AND version_deleted_at IS NULL AND (version__status = 'published' OR version_commune_id IN (1, 2) OR version_commune_id IS NULL)"
  for (const query of [
    `SELECT count(*) FROM _relics_v WHERE ${scope}`,
    `SELECT id FROM _relics_v WHERE ${scope} ORDER BY version_updated_at DESC, created_at DESC LIMIT 10 OFFSET 20`,
  ]) {
    const plan = (await rowsOf(payload, sql.raw(`EXPLAIN QUERY PLAN ${query}`))).map((row) => String(row.detail))
    expect(plan.join('\n')).toContain('USING COVERING INDEX _relics_v_latest_updated_idx')
  }
})
