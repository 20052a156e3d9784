import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "installation_locales" (
  	"publisher_name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "installation" ADD COLUMN "publisher_email" varchar;
  ALTER TABLE "installation" ADD COLUMN "publisher_website" varchar;
  ALTER TABLE "installation_locales" ADD CONSTRAINT "installation_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."installation"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "installation_locales_locale_parent_id_unique" ON "installation_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "installation_locales_parent_idx" ON "installation_locales" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "installation_locales" CASCADE;
  ALTER TABLE "installation" DROP COLUMN "publisher_email";
  ALTER TABLE "installation" DROP COLUMN "publisher_website";`)
}
