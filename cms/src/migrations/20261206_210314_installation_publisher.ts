import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`installation_locales\` (
  	\`publisher_name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`installation\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`installation_locales_locale_parent_id_unique\` ON \`installation_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`installation_locales_parent_idx\` ON \`installation_locales\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`installation\` ADD \`publisher_email\` text;`)
  await db.run(sql`ALTER TABLE \`installation\` ADD \`publisher_website\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`installation_locales\`;`)
  await db.run(sql`ALTER TABLE \`installation\` DROP COLUMN \`publisher_email\`;`)
  await db.run(sql`ALTER TABLE \`installation\` DROP COLUMN \`publisher_website\`;`)
}
