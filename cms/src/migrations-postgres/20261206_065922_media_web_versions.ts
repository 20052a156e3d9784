import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_media_web_versions" AS ENUM('pending', 'ready', 'failed');
  ALTER TABLE "media" ADD COLUMN "web_versions" "enum_media_web_versions";
  ALTER TABLE "media" ADD COLUMN "web_versions_error" varchar;
  ALTER TABLE "media" ADD COLUMN "preview" jsonb;
  CREATE INDEX "media_web_versions_idx" ON "media" USING btree ("web_versions");
  -- Photos saved before: their web versions were made during the save.
  UPDATE "media" SET "web_versions" = 'ready' WHERE "derivatives" IS NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "media_web_versions_idx";
  ALTER TABLE "media" DROP COLUMN "web_versions";
  ALTER TABLE "media" DROP COLUMN "web_versions_error";
  ALTER TABLE "media" DROP COLUMN "preview";
  DROP TYPE "public"."enum_media_web_versions";`)
}
