import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" ADD COLUMN "prefix" varchar DEFAULT '';
  ALTER TABLE "media" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "panoramas" ADD COLUMN "prefix" varchar DEFAULT '';
  ALTER TABLE "panoramas" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "models" ADD COLUMN "prefix" varchar DEFAULT '';
  ALTER TABLE "models" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "audio" ADD COLUMN "prefix" varchar DEFAULT '';
  ALTER TABLE "audio" ADD COLUMN "_objectkey" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" DROP COLUMN "prefix";
  ALTER TABLE "media" DROP COLUMN "_objectkey";
  ALTER TABLE "panoramas" DROP COLUMN "prefix";
  ALTER TABLE "panoramas" DROP COLUMN "_objectkey";
  ALTER TABLE "models" DROP COLUMN "prefix";
  ALTER TABLE "models" DROP COLUMN "_objectkey";
  ALTER TABLE "audio" DROP COLUMN "prefix";
  ALTER TABLE "audio" DROP COLUMN "_objectkey";`)
}
