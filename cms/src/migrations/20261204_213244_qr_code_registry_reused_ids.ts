import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`collection_document_idx\`;`)
  await db.run(sql`CREATE INDEX \`collection_document_idx\` ON \`qr_codes\` (\`collection\`,\`document\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`collection_document_idx\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`collection_document_idx\` ON \`qr_codes\` (\`collection\`,\`document\`);`)
}
