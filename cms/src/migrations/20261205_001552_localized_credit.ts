import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * The credit of photos, panoramas, 3D models and audio guides becomes localized (issue 17): the
 * English page showed "Ảnh minh họa tạo tự động". What was typed so far was typed in Vietnamese,
 * so it moves to the Vietnamese row of each record (which exists: alt text and titles are
 * required); English falls back to it until someone writes an English credit.
 */
const TABLES = ['media', 'panoramas', 'models', 'audio'] as const

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const table of TABLES) {
    const locales = sql.raw(`\`${table}_locales\``)
    const main = sql.raw(`\`${table}\``)
    await db.run(sql`ALTER TABLE ${locales} ADD \`credit\` text;`)
    await db.run(
      sql`UPDATE ${locales} SET \`credit\` = (SELECT m.\`credit\` FROM ${main} m WHERE m.\`id\` = ${locales}.\`_parent_id\`) WHERE \`_locale\` = 'vi';`,
    )
    await db.run(sql`ALTER TABLE ${main} DROP COLUMN \`credit\`;`)
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const table of TABLES) {
    const locales = sql.raw(`\`${table}_locales\``)
    const main = sql.raw(`\`${table}\``)
    await db.run(sql`ALTER TABLE ${main} ADD \`credit\` text;`)
    await db.run(
      sql`UPDATE ${main} SET \`credit\` = (SELECT l.\`credit\` FROM ${locales} l WHERE l.\`_parent_id\` = ${main}.\`id\` AND l.\`_locale\` = 'vi');`,
    )
    await db.run(sql`ALTER TABLE ${locales} DROP COLUMN \`credit\`;`)
  }
}
