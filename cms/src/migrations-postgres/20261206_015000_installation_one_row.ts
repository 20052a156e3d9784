import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The installation's settings are one record (the `installation` global), like the public site
 * status (site_status_one_row). Payload writes a global by looking for its record and making one
 * when there is none, so two first saves at the same moment (two CMS instances, or two requests)
 * each made one, and later reads and writes went to either. So the record is made here, before
 * anything writes it, with no settings (the defaults: no province, the default languages), and the
 * database refuses a second one. A database that already has several keeps the last written (its
 * languages with it). No schema snapshot: the collections did not change.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  DELETE FROM "installation" WHERE "id" <> (
    SELECT "id" FROM "installation" ORDER BY "updated_at" DESC NULLS LAST, "id" DESC LIMIT 1
  );
  INSERT INTO "installation" ("updated_at", "created_at")
    SELECT now(), now() WHERE NOT EXISTS (SELECT 1 FROM "installation");
  CREATE UNIQUE INDEX "installation_one_row" ON "installation" ((true));`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX "installation_one_row";`)
}
