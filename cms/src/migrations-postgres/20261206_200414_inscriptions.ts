import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_inscriptions_inscription_type" AS ENUM('stele', 'board', 'parallel-sentences', 'royal-ordination', 'bell', 'genealogy', 'other');
  CREATE TYPE "public"."enum_inscriptions_script" AS ENUM('han', 'nom', 'han-nom');
  CREATE TYPE "public"."enum_inscriptions_transcription" AS ENUM('reviewed', 'unreviewed', 'illustrative');
  CREATE TYPE "public"."enum_inscriptions_review_state" AS ENUM('draft', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum_inscriptions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__inscriptions_v_version_inscription_type" AS ENUM('stele', 'board', 'parallel-sentences', 'royal-ordination', 'bell', 'genealogy', 'other');
  CREATE TYPE "public"."enum__inscriptions_v_version_script" AS ENUM('han', 'nom', 'han-nom');
  CREATE TYPE "public"."enum__inscriptions_v_version_transcription" AS ENUM('reviewed', 'unreviewed', 'illustrative');
  CREATE TYPE "public"."enum__inscriptions_v_version_review_state" AS ENUM('draft', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum__inscriptions_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__inscriptions_v_published_locale" AS ENUM('vi', 'en', 'ko', 'zh-Hans', 'ja', 'zh-Hant', 'fr', 'ru');
  ALTER TYPE "public"."enum_qr_codes_collection" ADD VALUE 'inscriptions' BEFORE 'batches';
  CREATE TABLE "inscriptions_lines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"original" varchar,
  	"reading" varchar,
  	"region_photo_id" integer,
  	"region_x" numeric,
  	"region_y" numeric,
  	"region_w" numeric,
  	"region_h" numeric
  );
  
  CREATE TABLE "inscriptions_lines_locales" (
  	"translation" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "inscriptions_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"citation" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "inscriptions_sources_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "inscriptions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"inscription_type" "enum_inscriptions_inscription_type",
  	"script" "enum_inscriptions_script",
  	"transcription" "enum_inscriptions_transcription" DEFAULT 'unreviewed',
  	"dating_reign" varchar,
  	"dating_reign_year" numeric,
  	"dating_year" numeric,
  	"slug" varchar,
  	"code" varchar,
  	"commune_id" integer,
  	"translation_state" jsonb,
  	"review_state" "enum_inscriptions_review_state" DEFAULT 'draft',
  	"review_comment" varchar,
  	"internal_notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_inscriptions_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "inscriptions_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"placement" varchar,
  	"dating_text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "inscriptions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"relics_id" integer,
  	"intangible_heritage_id" integer
  );
  
  CREATE TABLE "_inscriptions_v_version_lines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"original" varchar,
  	"reading" varchar,
  	"region_photo_id" integer,
  	"region_x" numeric,
  	"region_y" numeric,
  	"region_w" numeric,
  	"region_h" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_inscriptions_v_version_lines_locales" (
  	"translation" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_inscriptions_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"citation" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_inscriptions_v_version_sources_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_inscriptions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_inscription_type" "enum__inscriptions_v_version_inscription_type",
  	"version_script" "enum__inscriptions_v_version_script",
  	"version_transcription" "enum__inscriptions_v_version_transcription" DEFAULT 'unreviewed',
  	"version_dating_reign" varchar,
  	"version_dating_reign_year" numeric,
  	"version_dating_year" numeric,
  	"version_slug" varchar,
  	"version_code" varchar,
  	"version_commune_id" integer,
  	"version_translation_state" jsonb,
  	"version_review_state" "enum__inscriptions_v_version_review_state" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_internal_notes" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__inscriptions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__inscriptions_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_inscriptions_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_placement" varchar,
  	"version_dating_text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_inscriptions_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"relics_id" integer,
  	"intangible_heritage_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "inscriptions_id" integer;
  ALTER TABLE "inscriptions_lines" ADD CONSTRAINT "inscriptions_lines_region_photo_id_media_id_fk" FOREIGN KEY ("region_photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "inscriptions_lines" ADD CONSTRAINT "inscriptions_lines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."inscriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "inscriptions_lines_locales" ADD CONSTRAINT "inscriptions_lines_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."inscriptions_lines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "inscriptions_sources" ADD CONSTRAINT "inscriptions_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."inscriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "inscriptions_sources_locales" ADD CONSTRAINT "inscriptions_sources_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."inscriptions_sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "inscriptions" ADD CONSTRAINT "inscriptions_commune_id_admin_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."admin_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "inscriptions_locales" ADD CONSTRAINT "inscriptions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."inscriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "inscriptions_rels" ADD CONSTRAINT "inscriptions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."inscriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "inscriptions_rels" ADD CONSTRAINT "inscriptions_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "inscriptions_rels" ADD CONSTRAINT "inscriptions_rels_relics_fk" FOREIGN KEY ("relics_id") REFERENCES "public"."relics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "inscriptions_rels" ADD CONSTRAINT "inscriptions_rels_intangible_heritage_fk" FOREIGN KEY ("intangible_heritage_id") REFERENCES "public"."intangible_heritage"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_inscriptions_v_version_lines" ADD CONSTRAINT "_inscriptions_v_version_lines_region_photo_id_media_id_fk" FOREIGN KEY ("region_photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_inscriptions_v_version_lines" ADD CONSTRAINT "_inscriptions_v_version_lines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_inscriptions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_inscriptions_v_version_lines_locales" ADD CONSTRAINT "_inscriptions_v_version_lines_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_inscriptions_v_version_lines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_inscriptions_v_version_sources" ADD CONSTRAINT "_inscriptions_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_inscriptions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_inscriptions_v_version_sources_locales" ADD CONSTRAINT "_inscriptions_v_version_sources_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_inscriptions_v_version_sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_inscriptions_v" ADD CONSTRAINT "_inscriptions_v_parent_id_inscriptions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."inscriptions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_inscriptions_v" ADD CONSTRAINT "_inscriptions_v_version_commune_id_admin_units_id_fk" FOREIGN KEY ("version_commune_id") REFERENCES "public"."admin_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_inscriptions_v_locales" ADD CONSTRAINT "_inscriptions_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_inscriptions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_inscriptions_v_rels" ADD CONSTRAINT "_inscriptions_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_inscriptions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_inscriptions_v_rels" ADD CONSTRAINT "_inscriptions_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_inscriptions_v_rels" ADD CONSTRAINT "_inscriptions_v_rels_relics_fk" FOREIGN KEY ("relics_id") REFERENCES "public"."relics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_inscriptions_v_rels" ADD CONSTRAINT "_inscriptions_v_rels_intangible_heritage_fk" FOREIGN KEY ("intangible_heritage_id") REFERENCES "public"."intangible_heritage"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "inscriptions_lines_order_idx" ON "inscriptions_lines" USING btree ("_order");
  CREATE INDEX "inscriptions_lines_parent_id_idx" ON "inscriptions_lines" USING btree ("_parent_id");
  CREATE INDEX "inscriptions_lines_region_region_photo_idx" ON "inscriptions_lines" USING btree ("region_photo_id");
  CREATE UNIQUE INDEX "inscriptions_lines_locales_locale_parent_id_unique" ON "inscriptions_lines_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "inscriptions_lines_locales_parent_idx" ON "inscriptions_lines_locales" USING btree ("_parent_id");
  CREATE INDEX "inscriptions_sources_order_idx" ON "inscriptions_sources" USING btree ("_order");
  CREATE INDEX "inscriptions_sources_parent_id_idx" ON "inscriptions_sources" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "inscriptions_sources_locales_locale_parent_id_unique" ON "inscriptions_sources_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "inscriptions_sources_locales_parent_idx" ON "inscriptions_sources_locales" USING btree ("_parent_id");
  CREATE INDEX "inscriptions_inscription_type_idx" ON "inscriptions" USING btree ("inscription_type");
  CREATE UNIQUE INDEX "inscriptions_slug_idx" ON "inscriptions" USING btree ("slug");
  CREATE UNIQUE INDEX "inscriptions_code_idx" ON "inscriptions" USING btree ("code");
  CREATE INDEX "inscriptions_commune_idx" ON "inscriptions" USING btree ("commune_id");
  CREATE INDEX "inscriptions_review_review_state_idx" ON "inscriptions" USING btree ("review_state");
  CREATE INDEX "inscriptions_updated_at_idx" ON "inscriptions" USING btree ("updated_at");
  CREATE INDEX "inscriptions_created_at_idx" ON "inscriptions" USING btree ("created_at");
  CREATE INDEX "inscriptions_deleted_at_idx" ON "inscriptions" USING btree ("deleted_at");
  CREATE INDEX "inscriptions__status_idx" ON "inscriptions" USING btree ("_status");
  CREATE INDEX "inscriptions_updated_created_idx" ON "inscriptions" USING btree ("updated_at","created_at");
  CREATE INDEX "inscriptions_title_idx" ON "inscriptions_locales" USING btree ("title","_locale");
  CREATE UNIQUE INDEX "inscriptions_locales_locale_parent_id_unique" ON "inscriptions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "inscriptions_locales_parent_idx" ON "inscriptions_locales" USING btree ("_parent_id");
  CREATE INDEX "inscriptions_rels_order_idx" ON "inscriptions_rels" USING btree ("order");
  CREATE INDEX "inscriptions_rels_parent_idx" ON "inscriptions_rels" USING btree ("parent_id");
  CREATE INDEX "inscriptions_rels_path_idx" ON "inscriptions_rels" USING btree ("path");
  CREATE INDEX "inscriptions_rels_media_id_idx" ON "inscriptions_rels" USING btree ("media_id");
  CREATE INDEX "inscriptions_rels_relics_id_idx" ON "inscriptions_rels" USING btree ("relics_id");
  CREATE INDEX "inscriptions_rels_intangible_heritage_id_idx" ON "inscriptions_rels" USING btree ("intangible_heritage_id");
  CREATE INDEX "_inscriptions_v_version_lines_order_idx" ON "_inscriptions_v_version_lines" USING btree ("_order");
  CREATE INDEX "_inscriptions_v_version_lines_parent_id_idx" ON "_inscriptions_v_version_lines" USING btree ("_parent_id");
  CREATE INDEX "_inscriptions_v_version_lines_region_region_photo_idx" ON "_inscriptions_v_version_lines" USING btree ("region_photo_id");
  CREATE UNIQUE INDEX "_inscriptions_v_version_lines_locales_locale_parent_id_uniqu" ON "_inscriptions_v_version_lines_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_inscriptions_v_version_lines_locales_parent_idx" ON "_inscriptions_v_version_lines_locales" USING btree ("_parent_id");
  CREATE INDEX "_inscriptions_v_version_sources_order_idx" ON "_inscriptions_v_version_sources" USING btree ("_order");
  CREATE INDEX "_inscriptions_v_version_sources_parent_id_idx" ON "_inscriptions_v_version_sources" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_inscriptions_v_version_sources_locales_locale_parent_id_uni" ON "_inscriptions_v_version_sources_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_inscriptions_v_version_sources_locales_parent_idx" ON "_inscriptions_v_version_sources_locales" USING btree ("_parent_id");
  CREATE INDEX "_inscriptions_v_parent_idx" ON "_inscriptions_v" USING btree ("parent_id");
  CREATE INDEX "_inscriptions_v_version_version_inscription_type_idx" ON "_inscriptions_v" USING btree ("version_inscription_type");
  CREATE INDEX "_inscriptions_v_version_version_slug_idx" ON "_inscriptions_v" USING btree ("version_slug");
  CREATE INDEX "_inscriptions_v_version_version_code_idx" ON "_inscriptions_v" USING btree ("version_code");
  CREATE INDEX "_inscriptions_v_version_version_commune_idx" ON "_inscriptions_v" USING btree ("version_commune_id");
  CREATE INDEX "_inscriptions_v_version_review_version_review_state_idx" ON "_inscriptions_v" USING btree ("version_review_state");
  CREATE INDEX "_inscriptions_v_version_version_updated_at_idx" ON "_inscriptions_v" USING btree ("version_updated_at");
  CREATE INDEX "_inscriptions_v_version_version_created_at_idx" ON "_inscriptions_v" USING btree ("version_created_at");
  CREATE INDEX "_inscriptions_v_version_version_deleted_at_idx" ON "_inscriptions_v" USING btree ("version_deleted_at");
  CREATE INDEX "_inscriptions_v_version_version__status_idx" ON "_inscriptions_v" USING btree ("version__status");
  CREATE INDEX "_inscriptions_v_created_at_idx" ON "_inscriptions_v" USING btree ("created_at");
  CREATE INDEX "_inscriptions_v_updated_at_idx" ON "_inscriptions_v" USING btree ("updated_at");
  CREATE INDEX "_inscriptions_v_snapshot_idx" ON "_inscriptions_v" USING btree ("snapshot");
  CREATE INDEX "_inscriptions_v_published_locale_idx" ON "_inscriptions_v" USING btree ("published_locale");
  CREATE INDEX "_inscriptions_v_latest_idx" ON "_inscriptions_v" USING btree ("latest");
  CREATE INDEX "_inscriptions_v_latest_updated_idx" ON "_inscriptions_v" USING btree ("latest","version_updated_at","created_at","version_deleted_at","version__status","version_commune_id");
  CREATE INDEX "_inscriptions_v_version_version_title_idx" ON "_inscriptions_v_locales" USING btree ("version_title","_locale");
  CREATE UNIQUE INDEX "_inscriptions_v_locales_locale_parent_id_unique" ON "_inscriptions_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_inscriptions_v_locales_parent_idx" ON "_inscriptions_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_inscriptions_v_rels_order_idx" ON "_inscriptions_v_rels" USING btree ("order");
  CREATE INDEX "_inscriptions_v_rels_parent_idx" ON "_inscriptions_v_rels" USING btree ("parent_id");
  CREATE INDEX "_inscriptions_v_rels_path_idx" ON "_inscriptions_v_rels" USING btree ("path");
  CREATE INDEX "_inscriptions_v_rels_media_id_idx" ON "_inscriptions_v_rels" USING btree ("media_id");
  CREATE INDEX "_inscriptions_v_rels_relics_id_idx" ON "_inscriptions_v_rels" USING btree ("relics_id");
  CREATE INDEX "_inscriptions_v_rels_intangible_heritage_id_idx" ON "_inscriptions_v_rels" USING btree ("intangible_heritage_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_inscriptions_fk" FOREIGN KEY ("inscriptions_id") REFERENCES "public"."inscriptions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_inscriptions_id_idx" ON "payload_locked_documents_rels" USING btree ("inscriptions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "inscriptions_lines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "inscriptions_lines_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "inscriptions_sources" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "inscriptions_sources_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "inscriptions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "inscriptions_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "inscriptions_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_inscriptions_v_version_lines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_inscriptions_v_version_lines_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_inscriptions_v_version_sources" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_inscriptions_v_version_sources_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_inscriptions_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_inscriptions_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_inscriptions_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "inscriptions_lines" CASCADE;
  DROP TABLE "inscriptions_lines_locales" CASCADE;
  DROP TABLE "inscriptions_sources" CASCADE;
  DROP TABLE "inscriptions_sources_locales" CASCADE;
  DROP TABLE "inscriptions" CASCADE;
  DROP TABLE "inscriptions_locales" CASCADE;
  DROP TABLE "inscriptions_rels" CASCADE;
  DROP TABLE "_inscriptions_v_version_lines" CASCADE;
  DROP TABLE "_inscriptions_v_version_lines_locales" CASCADE;
  DROP TABLE "_inscriptions_v_version_sources" CASCADE;
  DROP TABLE "_inscriptions_v_version_sources_locales" CASCADE;
  DROP TABLE "_inscriptions_v" CASCADE;
  DROP TABLE "_inscriptions_v_locales" CASCADE;
  DROP TABLE "_inscriptions_v_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_inscriptions_fk";
  
  ALTER TABLE "qr_codes" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_qr_codes_collection";
  CREATE TYPE "public"."enum_qr_codes_collection" AS ENUM('relics', 'intangible-heritage', 'craft-villages', 'ocop-products', 'artisans', 'routes', 'producers', 'batches');
  ALTER TABLE "qr_codes" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_qr_codes_collection" USING "collection"::"public"."enum_qr_codes_collection";
  DROP INDEX "payload_locked_documents_rels_inscriptions_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "inscriptions_id";
  DROP TYPE "public"."enum_inscriptions_inscription_type";
  DROP TYPE "public"."enum_inscriptions_script";
  DROP TYPE "public"."enum_inscriptions_transcription";
  DROP TYPE "public"."enum_inscriptions_review_state";
  DROP TYPE "public"."enum_inscriptions_status";
  DROP TYPE "public"."enum__inscriptions_v_version_inscription_type";
  DROP TYPE "public"."enum__inscriptions_v_version_script";
  DROP TYPE "public"."enum__inscriptions_v_version_transcription";
  DROP TYPE "public"."enum__inscriptions_v_version_review_state";
  DROP TYPE "public"."enum__inscriptions_v_version_status";
  DROP TYPE "public"."enum__inscriptions_v_published_locale";`)
}
