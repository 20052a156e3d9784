import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The public site status is one record, written by every CMS instance. Payload writes a global by
 * looking for its record and making one when there is none; status writes at the same time (two
 * instances' first saves) each found none and made one, and from then on each write and each read
 * went to any of them: the admin could show "building" for a site long up to date. So the record
 * is made here, before anything writes it, and the database refuses a second one (a write that
 * would make it fails, and the publisher's status write is tried again). A database that already
 * has several keeps the last written. No schema snapshot: the collections did not change. SQLite's
 * twin makes the record only (drizzle's schema comparison would drop an index it does not know).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  DELETE FROM "site_status" WHERE "id" <> (
    SELECT "id" FROM "site_status" ORDER BY "updated_at" DESC NULLS LAST, "id" DESC LIMIT 1
  );
  INSERT INTO "site_status" ("updated_at", "created_at")
    SELECT now(), now() WHERE NOT EXISTS (SELECT 1 FROM "site_status");
  CREATE UNIQUE INDEX "site_status_one_row" ON "site_status" ((true));`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX "site_status_one_row";`)
}
