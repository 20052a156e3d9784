/**
 * The migration that gives existing entries their translation state: an entry translated before
 * the state existed shows its languages (as reviewed) in the list, in its main document and in
 * its newest version.
 */
import { type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'
import { expect, it } from 'vitest'
import { up } from '../src/migrations/20261205_103000_translation_state_backfill'
import { badgeOf, readState } from '../src/translate/status'
import { migratedFile } from './payload'

const migrated = migratedFile('translation-backfill')

it('records which languages each existing entry has, published and newest version', async () => {
  const { payload } = migrated
  const relic = await payload.create({
    collection: 'relics',
    data: { title: 'Đình Xưa', rank: 'provincial', types: ['historical'], _status: 'published' },
  })
  await payload.update({ collection: 'relics', id: relic.id, locale: 'en', data: { title: 'Old Hall' } })
  await payload.update({ collection: 'relics', id: relic.id, locale: 'ja', draft: true, data: { title: '古い亭' } })
  const db = (payload.db as unknown as { drizzle: MigrateUpArgs['db'] }).drizzle
  // As before the state existed.
  await db.run(sql`UPDATE relics SET translation_state = NULL`)
  await db.run(sql`UPDATE _relics_v SET version_translation_state = NULL`)
  await up({ db, payload, req: {} as never } as MigrateUpArgs)

  const published = readState(
    (await payload.findByID({ collection: 'relics', id: relic.id, depth: 0 })).translationState,
  )
  expect(badgeOf(published.en)).toEqual({ badge: 'reviewed', stale: 0 })
  expect(badgeOf(published.ja)).toEqual({ badge: 'missing', stale: 0 })
  const newest = readState(
    (await payload.findByID({ collection: 'relics', id: relic.id, depth: 0, draft: true })).translationState,
  )
  expect(badgeOf(newest.en)).toEqual({ badge: 'reviewed', stale: 0 })
  expect(badgeOf(newest.ja)).toEqual({ badge: 'reviewed', stale: 0 })
  expect(badgeOf(newest.ko)).toEqual({ badge: 'missing', stale: 0 })
})
