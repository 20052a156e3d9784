import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`site_status\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`state\` text DEFAULT 'idle' NOT NULL,
  	\`last_success_at\` text,
  	\`last_attempt_at\` text,
  	\`build_id\` text,
  	\`pages\` numeric,
  	\`site_url\` text,
  	\`message\` text,
  	\`log\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`site_status\`;`)
}
