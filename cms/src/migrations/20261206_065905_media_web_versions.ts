import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`web_versions\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`web_versions_error\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`preview\` text;`)
  await db.run(sql`CREATE INDEX \`media_web_versions_idx\` ON \`media\` (\`web_versions\`);`)
  // Photos saved before: their web versions were made during the save.
  await db.run(sql`UPDATE \`media\` SET \`web_versions\` = 'ready' WHERE \`derivatives\` IS NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`media_web_versions_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`web_versions\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`web_versions_error\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`preview\`;`)
}
