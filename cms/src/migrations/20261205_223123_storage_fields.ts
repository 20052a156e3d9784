import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`prefix\` text DEFAULT '';`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`_objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`panoramas\` ADD \`prefix\` text DEFAULT '';`)
  await db.run(sql`ALTER TABLE \`panoramas\` ADD \`_objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`models\` ADD \`prefix\` text DEFAULT '';`)
  await db.run(sql`ALTER TABLE \`models\` ADD \`_objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`audio\` ADD \`prefix\` text DEFAULT '';`)
  await db.run(sql`ALTER TABLE \`audio\` ADD \`_objectkey\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`_objectkey\`;`)
  await db.run(sql`ALTER TABLE \`panoramas\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`panoramas\` DROP COLUMN \`_objectkey\`;`)
  await db.run(sql`ALTER TABLE \`models\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`models\` DROP COLUMN \`_objectkey\`;`)
  await db.run(sql`ALTER TABLE \`audio\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`audio\` DROP COLUMN \`_objectkey\`;`)
}
