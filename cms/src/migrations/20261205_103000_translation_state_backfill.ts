import { TRANSLATION_LOCALES } from '@heritage/contract'
import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/** The collections with a translation state when this migration was written. */
const TRANSLATED = [
  'relics',
  'intangible-heritage',
  'craft-villages',
  'artisans',
  'routes',
  'ocop-products',
  'producers',
] as const

/**
 * Gives every existing entry its translation state (../translate/status.ts: which languages have
 * a title; self-contained, as a migration must stay what it was when written), for its main
 * document and its newest version, so that lists show the translations made before the state
 * existed (as reviewed, with no field hashes: nothing is out of date until the Vietnamese changes).
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  for (const collection of TRANSLATED) {
    const table = collection.replaceAll('-', '_')
    for (const draft of [false, true]) {
      const { docs } = await payload.find({
        collection,
        locale: 'all',
        draft,
        depth: 0,
        pagination: false,
        overrideAccess: true,
        trash: true,
        req,
      })
      for (const doc of docs) {
        const title: unknown = doc.title
        const titled = TRANSLATION_LOCALES.filter(
          (locale) =>
            typeof title === 'object' && title !== null && locale in title && Boolean(Reflect.get(title, locale)),
        )
        const state = JSON.stringify(
          Object.fromEntries(titled.map((locale) => [locale, { titled: true, fields: {}, stale: [] }])),
        )
        await db.run(
          draft
            ? sql`UPDATE ${sql.raw(`\`_${table}_v\``)} SET version_translation_state = ${state} WHERE parent_id = ${doc.id} AND latest = 1`
            : sql`UPDATE ${sql.raw(`\`${table}\``)} SET translation_state = ${state} WHERE id = ${doc.id}`,
        )
      }
    }
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const collection of TRANSLATED) {
    const table = collection.replaceAll('-', '_')
    await db.run(sql`UPDATE ${sql.raw(`\`${table}\``)} SET translation_state = NULL`)
    await db.run(sql`UPDATE ${sql.raw(`\`_${table}_v\``)} SET version_translation_state = NULL`)
  }
}
