import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`relics\` ADD \`ranking_decision_date_precision\` text;`)
  await db.run(sql`ALTER TABLE \`_relics_v\` ADD \`version_ranking_decision_date_precision\` text;`)
  await db.run(sql`ALTER TABLE \`craft_villages\` ADD \`recognition_decision_date_precision\` text;`)
  await db.run(sql`ALTER TABLE \`_craft_villages_v\` ADD \`version_recognition_decision_date_precision\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`relics\` DROP COLUMN \`ranking_decision_date_precision\`;`)
  await db.run(sql`ALTER TABLE \`_relics_v\` DROP COLUMN \`version_ranking_decision_date_precision\`;`)
  await db.run(sql`ALTER TABLE \`craft_villages\` DROP COLUMN \`recognition_decision_date_precision\`;`)
  await db.run(sql`ALTER TABLE \`_craft_villages_v\` DROP COLUMN \`version_recognition_decision_date_precision\`;`)
}
