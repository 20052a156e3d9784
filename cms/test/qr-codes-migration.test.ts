/**
 * The migration that starts the QR code registry (issue 15, item 3) on an existing database:
 * every record's code goes into the registry, and a code two collections shared (codes used to be
 * unique per collection only) stays with the published, older record while the other record and
 * all its versions get a new one, with a line in the log.
 */
import { type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'
import { expect, it, vi } from 'vitest'
import { SHORT_CODE_PATTERN } from '../src/fields/shortCode'
import { fillRegistry } from '../src/migrations/20261204_210752_qr_code_registry'
import { migratedFile } from './payload'

const migrated = migratedFile('qr-migration')

it('fills the registry from every collection and gives a shared code to one record only', async () => {
  const { payload } = migrated
  const relic = await payload.create({
    collection: 'relics',
    data: { title: 'Đình Cũ', rank: 'provincial', types: ['historical'], _status: 'published' },
  })
  const artisan = await payload.create({ collection: 'artisans', data: { title: 'Nghệ nhân Cũ' }, draft: true })
  const other = await payload.create({ collection: 'artisans', data: { title: 'Nghệ nhân Khác' }, draft: true })
  const db = (payload.db as unknown as { drizzle: MigrateUpArgs['db'] }).drizzle
  // The database as it was before the registry: no lines, and an artisan draft (with a version)
  // holding the published relic's code, as the reported attack left it.
  await db.run(sql`DELETE FROM qr_codes`)
  await db.run(sql`UPDATE artisans SET code = ${relic.code} WHERE id = ${artisan.id}`)
  await db.run(sql`UPDATE _artisans_v SET version_code = ${relic.code} WHERE parent_id = ${artisan.id}`)

  const warn = vi.spyOn(payload.logger, 'warn')
  await fillRegistry({ db, payload, req: {} as never } as MigrateUpArgs)

  const lines = (await payload.find({ collection: 'qr-codes', pagination: false, overrideAccess: true })).docs
  const lineOf = (collection: string, id: number) =>
    lines.find((l) => l.collection === collection && l.document === String(id))
  expect(lineOf('relics', relic.id)?.code).toBe(relic.code)
  expect(lineOf('relics', relic.id)?.publishedAt).toBeTruthy()
  expect(lineOf('artisans', other.id)?.code).toBe(other.code)
  const moved = lineOf('artisans', artisan.id)?.code
  expect(moved).toMatch(SHORT_CODE_PATTERN)
  expect(moved).not.toBe(relic.code)
  expect(new Set(lines.map((l) => l.code)).size).toBe(lines.length)

  const after = await payload.findByID({ collection: 'artisans', id: artisan.id, draft: true })
  expect(after.code).toBe(moved)
  const versions = await payload.findVersions({ collection: 'artisans', where: { parent: { equals: artisan.id } } })
  for (const version of versions.docs) expect(version.version.code).toBe(moved)
  expect(warn.mock.calls.map((c) => String(c[0])).join('\n')).toContain(
    `artisans ${artisan.id} had the code ${relic.code}, already held by another record; it now has ${moved}`,
  )
})
