import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`site_status\` ADD \`entry\` text;`)
  await db.run(sql`ALTER TABLE \`site_status\` ADD \`failure\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`site_status\` DROP COLUMN \`entry\`;`)
  await db.run(sql`ALTER TABLE \`site_status\` DROP COLUMN \`failure\`;`)
}
