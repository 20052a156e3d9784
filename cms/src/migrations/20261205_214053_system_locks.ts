import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`system_locks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`holder\` text,
  	\`acquired_at\` text,
  	\`expires_at\` text,
  	\`requested\` numeric DEFAULT 0,
  	\`built\` numeric DEFAULT 0,
  	\`about\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`system_locks_name_idx\` ON \`system_locks\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`system_locks_updated_at_idx\` ON \`system_locks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`system_locks_created_at_idx\` ON \`system_locks\` (\`created_at\`);`)
  await db.run(
    sql`CREATE INDEX \`system_locks_updated_created_idx\` ON \`system_locks\` (\`updated_at\`,\`created_at\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`system_locks\`;`)
}
