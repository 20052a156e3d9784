import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`relics\` ADD \`translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`_relics_v\` ADD \`version_translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`intangible_heritage\` ADD \`translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`_intangible_heritage_v\` ADD \`version_translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`craft_villages\` ADD \`translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`_craft_villages_v\` ADD \`version_translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`artisans\` ADD \`translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`_artisans_v\` ADD \`version_translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`routes\` ADD \`translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`_routes_v\` ADD \`version_translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`ocop_products\` ADD \`translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`_ocop_products_v\` ADD \`version_translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`producers\` ADD \`translation_state\` text;`)
  await db.run(sql`ALTER TABLE \`_producers_v\` ADD \`version_translation_state\` text;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`relics\` DROP COLUMN \`translation_state\`;`)
  await db.run(sql`ALTER TABLE \`_relics_v\` DROP COLUMN \`version_translation_state\`;`)
  await db.run(sql`ALTER TABLE \`intangible_heritage\` DROP COLUMN \`translation_state\`;`)
  await db.run(sql`ALTER TABLE \`_intangible_heritage_v\` DROP COLUMN \`version_translation_state\`;`)
  await db.run(sql`ALTER TABLE \`craft_villages\` DROP COLUMN \`translation_state\`;`)
  await db.run(sql`ALTER TABLE \`_craft_villages_v\` DROP COLUMN \`version_translation_state\`;`)
  await db.run(sql`ALTER TABLE \`artisans\` DROP COLUMN \`translation_state\`;`)
  await db.run(sql`ALTER TABLE \`_artisans_v\` DROP COLUMN \`version_translation_state\`;`)
  await db.run(sql`ALTER TABLE \`routes\` DROP COLUMN \`translation_state\`;`)
  await db.run(sql`ALTER TABLE \`_routes_v\` DROP COLUMN \`version_translation_state\`;`)
  await db.run(sql`ALTER TABLE \`ocop_products\` DROP COLUMN \`translation_state\`;`)
  await db.run(sql`ALTER TABLE \`_ocop_products_v\` DROP COLUMN \`version_translation_state\`;`)
  await db.run(sql`ALTER TABLE \`producers\` DROP COLUMN \`translation_state\`;`)
  await db.run(sql`ALTER TABLE \`_producers_v\` DROP COLUMN \`version_translation_state\`;`)
}
