import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'
import { loadAdministrativeUnits } from '../adminUnits/load.ts'

// PostgreSQL's migrations start here, from the schema of the day they were added (the SQLite set's
// history, and its data migrations for older databases, are not needed by a new database).

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('vi', 'en', 'ko', 'zh-Hans', 'ja', 'zh-Hant', 'fr', 'ru');
  CREATE TYPE "public"."enum_relics_types" AS ENUM('historical', 'architectural-artistic', 'archaeological', 'scenic-landscape', 'mixed');
  CREATE TYPE "public"."enum_relics_protection_zones_zone" AS ENUM('I', 'II');
  CREATE TYPE "public"."enum_relics_rank" AS ENUM('special-national', 'national', 'provincial', 'inventoried');
  CREATE TYPE "public"."date_prec" AS ENUM('month', 'year');
  CREATE TYPE "public"."enum_relics_review_state" AS ENUM('draft', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum_relics_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__relics_v_version_types" AS ENUM('historical', 'architectural-artistic', 'archaeological', 'scenic-landscape', 'mixed');
  CREATE TYPE "public"."enum__relics_v_version_protection_zones_zone" AS ENUM('I', 'II');
  CREATE TYPE "public"."enum__relics_v_version_rank" AS ENUM('special-national', 'national', 'provincial', 'inventoried');
  CREATE TYPE "public"."enum__relics_v_version_review_state" AS ENUM('draft', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum__relics_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__relics_v_published_locale" AS ENUM('vi', 'en', 'ko', 'zh-Hans', 'ja', 'zh-Hant', 'fr', 'ru');
  CREATE TYPE "public"."enum_intangible_heritage_type" AS ENUM('oral-traditions', 'performing-arts', 'social-practices-beliefs', 'festivals', 'folk-knowledge', 'craftsmanship');
  CREATE TYPE "public"."enum_intangible_heritage_type2010" AS ENUM('language-script', 'folk-literature', 'performing-arts', 'social-customs-beliefs', 'festivals', 'crafts', 'folk-knowledge');
  CREATE TYPE "public"."enum_intangible_heritage_list_level" AS ENUM('provincial-inventory', 'national-list', 'unesco-representative', 'unesco-urgent', 'unesco-good-practice');
  CREATE TYPE "public"."enum_intangible_heritage_review_state" AS ENUM('draft', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum_intangible_heritage_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__intangible_heritage_v_version_type" AS ENUM('oral-traditions', 'performing-arts', 'social-practices-beliefs', 'festivals', 'folk-knowledge', 'craftsmanship');
  CREATE TYPE "public"."enum__intangible_heritage_v_version_type2010" AS ENUM('language-script', 'folk-literature', 'performing-arts', 'social-customs-beliefs', 'festivals', 'crafts', 'folk-knowledge');
  CREATE TYPE "public"."enum__intangible_heritage_v_version_list_level" AS ENUM('provincial-inventory', 'national-list', 'unesco-representative', 'unesco-urgent', 'unesco-good-practice');
  CREATE TYPE "public"."enum__intangible_heritage_v_version_review_state" AS ENUM('draft', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum__intangible_heritage_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__intangible_heritage_v_published_locale" AS ENUM('vi', 'en', 'ko', 'zh-Hans', 'ja', 'zh-Hant', 'fr', 'ru');
  CREATE TYPE "public"."enum_craft_villages_review_state" AS ENUM('draft', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum_craft_villages_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__craft_villages_v_version_review_state" AS ENUM('draft', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum__craft_villages_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__craft_villages_v_published_locale" AS ENUM('vi', 'en', 'ko', 'zh-Hans', 'ja', 'zh-Hant', 'fr', 'ru');
  CREATE TYPE "public"."enum_artisans_honour" AS ENUM('people', 'meritorious', 'provincial', 'none');
  CREATE TYPE "public"."enum_artisans_review_state" AS ENUM('draft', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum_artisans_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__artisans_v_version_honour" AS ENUM('people', 'meritorious', 'provincial', 'none');
  CREATE TYPE "public"."enum__artisans_v_version_review_state" AS ENUM('draft', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum__artisans_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__artisans_v_published_locale" AS ENUM('vi', 'en', 'ko', 'zh-Hans', 'ja', 'zh-Hant', 'fr', 'ru');
  CREATE TYPE "public"."enum_routes_review_state" AS ENUM('draft', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum_routes_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__routes_v_version_review_state" AS ENUM('draft', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum__routes_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__routes_v_published_locale" AS ENUM('vi', 'en', 'ko', 'zh-Hans', 'ja', 'zh-Hant', 'fr', 'ru');
  CREATE TYPE "public"."enum_ocop_products_group" AS ENUM('food', 'beverages', 'herbal', 'handicrafts', 'ornamental', 'tourism-services');
  CREATE TYPE "public"."enum_ocop_products_stars" AS ENUM('3', '4', '5');
  CREATE TYPE "public"."enum_ocop_products_certificate_level" AS ENUM('provincial', 'national');
  CREATE TYPE "public"."enum_ocop_products_review_state" AS ENUM('draft', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum_ocop_products_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__ocop_products_v_version_group" AS ENUM('food', 'beverages', 'herbal', 'handicrafts', 'ornamental', 'tourism-services');
  CREATE TYPE "public"."enum__ocop_products_v_version_stars" AS ENUM('3', '4', '5');
  CREATE TYPE "public"."enum__ocop_products_v_version_certificate_level" AS ENUM('provincial', 'national');
  CREATE TYPE "public"."enum__ocop_products_v_version_review_state" AS ENUM('draft', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum__ocop_products_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__ocop_products_v_published_locale" AS ENUM('vi', 'en', 'ko', 'zh-Hans', 'ja', 'zh-Hant', 'fr', 'ru');
  CREATE TYPE "public"."enum_producers_kind" AS ENUM('cooperative', 'enterprise', 'household');
  CREATE TYPE "public"."enum_producers_review_state" AS ENUM('draft', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum_producers_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__producers_v_version_kind" AS ENUM('cooperative', 'enterprise', 'household');
  CREATE TYPE "public"."enum__producers_v_version_review_state" AS ENUM('draft', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum__producers_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__producers_v_published_locale" AS ENUM('vi', 'en', 'ko', 'zh-Hans', 'ja', 'zh-Hant', 'fr', 'ru');
  CREATE TYPE "public"."enum_batches_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__batches_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__batches_v_published_locale" AS ENUM('vi', 'en', 'ko', 'zh-Hans', 'ja', 'zh-Hant', 'fr', 'ru');
  CREATE TYPE "public"."enum_audio_language" AS ENUM('vi', 'en', 'ko', 'zh-Hans', 'ja', 'zh-Hant', 'fr', 'ru');
  CREATE TYPE "public"."enum_admin_units_level" AS ENUM('province', 'commune');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'contributor', 'producer', 'translator');
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('login', 'login-failed', 'logout', 'create', 'submit', 'return', 'publish', 'unpublish', 'trash', 'restore', 'delete', 'role-change', 'export');
  CREATE TYPE "public"."enum_qr_codes_collection" AS ENUM('relics', 'intangible-heritage', 'craft-villages', 'ocop-products', 'artisans', 'routes', 'producers', 'batches');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_site_status_state" AS ENUM('idle', 'queued', 'building', 'ok', 'failed');
  CREATE TYPE "public"."enum_site_status_failure" AS ENUM('build', 'export', 'timeout', 'interrupted', 'disk', 'config');
  CREATE TYPE "public"."enum_installation_site_locales" AS ENUM('en', 'ko', 'zh-Hans', 'ja', 'zh-Hant', 'fr', 'ru');
  CREATE TABLE "relics_types" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_relics_types",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "relics_sites" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"location_lat" numeric,
  	"location_lng" numeric,
  	"commune_id" integer
  );
  
  CREATE TABLE "relics_sites_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "relics_protection_zones" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"zone" "enum_relics_protection_zones_zone",
  	"boundary" jsonb,
  	"area_hectares" numeric
  );
  
  CREATE TABLE "relics_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"citation" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "relics_sources_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "relics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"rank" "enum_relics_rank" DEFAULT 'inventoried',
  	"ranking_decision_number" varchar,
  	"ranking_decision_date" timestamp(3) with time zone,
  	"ranking_decision_date_precision" date_prec,
  	"location_lat" numeric,
  	"location_lng" numeric,
  	"commune_id" integer,
  	"former_address_commune" varchar,
  	"former_address_district" varchar,
  	"slug" varchar,
  	"code" varchar,
  	"translation_state" jsonb,
  	"review_state" "enum_relics_review_state" DEFAULT 'draft',
  	"review_comment" varchar,
  	"internal_notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_relics_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "relics_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"ranking_decision_issuer" varchar,
  	"opening_hours" varchar,
  	"ticket_info" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "relics_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"intangible_heritage_id" integer,
  	"panoramas_id" integer,
  	"models_id" integer,
  	"audio_id" integer
  );
  
  CREATE TABLE "_relics_v_version_types" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__relics_v_version_types",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_relics_v_version_sites" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"location_lat" numeric,
  	"location_lng" numeric,
  	"commune_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_relics_v_version_sites_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_relics_v_version_protection_zones" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"zone" "enum__relics_v_version_protection_zones_zone",
  	"boundary" jsonb,
  	"area_hectares" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_relics_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"citation" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_relics_v_version_sources_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_relics_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_rank" "enum__relics_v_version_rank" DEFAULT 'inventoried',
  	"version_ranking_decision_number" varchar,
  	"version_ranking_decision_date" timestamp(3) with time zone,
  	"version_ranking_decision_date_precision" date_prec,
  	"version_location_lat" numeric,
  	"version_location_lng" numeric,
  	"version_commune_id" integer,
  	"version_former_address_commune" varchar,
  	"version_former_address_district" varchar,
  	"version_slug" varchar,
  	"version_code" varchar,
  	"version_translation_state" jsonb,
  	"version_review_state" "enum__relics_v_version_review_state" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_internal_notes" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__relics_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__relics_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_relics_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_ranking_decision_issuer" varchar,
  	"version_opening_hours" varchar,
  	"version_ticket_info" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_relics_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"intangible_heritage_id" integer,
  	"panoramas_id" integer,
  	"models_id" integer,
  	"audio_id" integer
  );
  
  CREATE TABLE "intangible_heritage_communities" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"commune_id" integer
  );
  
  CREATE TABLE "intangible_heritage_communities_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "intangible_heritage_festival_dates" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"lunar_day" numeric,
  	"lunar_month" numeric,
  	"leap_month" boolean,
  	"duration_days" numeric DEFAULT 1
  );
  
  CREATE TABLE "intangible_heritage_festival_dates_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "intangible_heritage_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"citation" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "intangible_heritage_sources_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "intangible_heritage" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"type" "enum_intangible_heritage_type",
  	"type2010" "enum_intangible_heritage_type2010",
  	"list_level" "enum_intangible_heritage_list_level",
  	"inscription_year" numeric,
  	"location_lat" numeric,
  	"location_lng" numeric,
  	"commune_id" integer,
  	"former_address_commune" varchar,
  	"former_address_district" varchar,
  	"slug" varchar,
  	"code" varchar,
  	"translation_state" jsonb,
  	"review_state" "enum_intangible_heritage_review_state" DEFAULT 'draft',
  	"review_comment" varchar,
  	"internal_notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_intangible_heritage_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "intangible_heritage_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "intangible_heritage_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"panoramas_id" integer,
  	"models_id" integer,
  	"audio_id" integer
  );
  
  CREATE TABLE "_intangible_heritage_v_version_communities" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"commune_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_intangible_heritage_v_version_communities_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_intangible_heritage_v_version_festival_dates" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"lunar_day" numeric,
  	"lunar_month" numeric,
  	"leap_month" boolean,
  	"duration_days" numeric DEFAULT 1,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_intangible_heritage_v_version_festival_dates_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_intangible_heritage_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"citation" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_intangible_heritage_v_version_sources_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_intangible_heritage_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_type" "enum__intangible_heritage_v_version_type",
  	"version_type2010" "enum__intangible_heritage_v_version_type2010",
  	"version_list_level" "enum__intangible_heritage_v_version_list_level",
  	"version_inscription_year" numeric,
  	"version_location_lat" numeric,
  	"version_location_lng" numeric,
  	"version_commune_id" integer,
  	"version_former_address_commune" varchar,
  	"version_former_address_district" varchar,
  	"version_slug" varchar,
  	"version_code" varchar,
  	"version_translation_state" jsonb,
  	"version_review_state" "enum__intangible_heritage_v_version_review_state" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_internal_notes" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__intangible_heritage_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__intangible_heritage_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_intangible_heritage_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_intangible_heritage_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"panoramas_id" integer,
  	"models_id" integer,
  	"audio_id" integer
  );
  
  CREATE TABLE "craft_villages_crafts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "craft_villages_crafts_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "craft_villages_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"citation" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "craft_villages_sources_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "craft_villages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"recognition_decision_number" varchar,
  	"recognition_decision_date" timestamp(3) with time zone,
  	"recognition_decision_date_precision" date_prec,
  	"households" numeric,
  	"workers" numeric,
  	"location_lat" numeric,
  	"location_lng" numeric,
  	"commune_id" integer,
  	"former_address_commune" varchar,
  	"former_address_district" varchar,
  	"slug" varchar,
  	"code" varchar,
  	"translation_state" jsonb,
  	"review_state" "enum_craft_villages_review_state" DEFAULT 'draft',
  	"review_comment" varchar,
  	"internal_notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_craft_villages_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "craft_villages_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"recognition_decision_issuer" varchar,
  	"products" varchar,
  	"visiting_info" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "craft_villages_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"panoramas_id" integer,
  	"models_id" integer,
  	"audio_id" integer
  );
  
  CREATE TABLE "_craft_villages_v_version_crafts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_craft_villages_v_version_crafts_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_craft_villages_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"citation" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_craft_villages_v_version_sources_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_craft_villages_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_recognition_decision_number" varchar,
  	"version_recognition_decision_date" timestamp(3) with time zone,
  	"version_recognition_decision_date_precision" date_prec,
  	"version_households" numeric,
  	"version_workers" numeric,
  	"version_location_lat" numeric,
  	"version_location_lng" numeric,
  	"version_commune_id" integer,
  	"version_former_address_commune" varchar,
  	"version_former_address_district" varchar,
  	"version_slug" varchar,
  	"version_code" varchar,
  	"version_translation_state" jsonb,
  	"version_review_state" "enum__craft_villages_v_version_review_state" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_internal_notes" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__craft_villages_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__craft_villages_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_craft_villages_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_recognition_decision_issuer" varchar,
  	"version_products" varchar,
  	"version_visiting_info" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_craft_villages_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"panoramas_id" integer,
  	"models_id" integer,
  	"audio_id" integer
  );
  
  CREATE TABLE "artisans_crafts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "artisans_crafts_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "artisans_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"citation" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "artisans_sources_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "artisans" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"honour" "enum_artisans_honour" DEFAULT 'none',
  	"honour_year" numeric,
  	"birth_year" numeric,
  	"craft_village_id" integer,
  	"portrait_id" integer,
  	"contact_phone" varchar,
  	"location_lat" numeric,
  	"location_lng" numeric,
  	"commune_id" integer,
  	"former_address_commune" varchar,
  	"former_address_district" varchar,
  	"slug" varchar,
  	"code" varchar,
  	"translation_state" jsonb,
  	"review_state" "enum_artisans_review_state" DEFAULT 'draft',
  	"review_comment" varchar,
  	"internal_notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_artisans_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "artisans_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "artisans_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_artisans_v_version_crafts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_artisans_v_version_crafts_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_artisans_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"citation" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_artisans_v_version_sources_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_artisans_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_honour" "enum__artisans_v_version_honour" DEFAULT 'none',
  	"version_honour_year" numeric,
  	"version_birth_year" numeric,
  	"version_craft_village_id" integer,
  	"version_portrait_id" integer,
  	"version_contact_phone" varchar,
  	"version_location_lat" numeric,
  	"version_location_lng" numeric,
  	"version_commune_id" integer,
  	"version_former_address_commune" varchar,
  	"version_former_address_district" varchar,
  	"version_slug" varchar,
  	"version_code" varchar,
  	"version_translation_state" jsonb,
  	"version_review_state" "enum__artisans_v_version_review_state" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_internal_notes" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__artisans_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__artisans_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_artisans_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_artisans_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "routes_stops" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"minutes" numeric
  );
  
  CREATE TABLE "routes_stops_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "routes_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"citation" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "routes_sources_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "routes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"distance_km" numeric,
  	"duration_hours" numeric,
  	"slug" varchar,
  	"code" varchar,
  	"translation_state" jsonb,
  	"review_state" "enum_routes_review_state" DEFAULT 'draft',
  	"review_comment" varchar,
  	"internal_notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_routes_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "routes_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "routes_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"relics_id" integer,
  	"intangible_heritage_id" integer,
  	"craft_villages_id" integer,
  	"ocop_products_id" integer,
  	"artisans_id" integer
  );
  
  CREATE TABLE "_routes_v_version_stops" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"minutes" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_routes_v_version_stops_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_routes_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"citation" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_routes_v_version_sources_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_routes_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_distance_km" numeric,
  	"version_duration_hours" numeric,
  	"version_slug" varchar,
  	"version_code" varchar,
  	"version_translation_state" jsonb,
  	"version_review_state" "enum__routes_v_version_review_state" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_internal_notes" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__routes_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__routes_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_routes_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_routes_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"relics_id" integer,
  	"intangible_heritage_id" integer,
  	"craft_villages_id" integer,
  	"ocop_products_id" integer,
  	"artisans_id" integer
  );
  
  CREATE TABLE "ocop_products_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"citation" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "ocop_products_sources_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "ocop_products" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"group" "enum_ocop_products_group",
  	"producer_id" integer,
  	"score" numeric,
  	"stars" "enum_ocop_products_stars",
  	"certificate_number" varchar,
  	"certificate_level" "enum_ocop_products_certificate_level",
  	"certificate_issue_date" timestamp(3) with time zone,
  	"certificate_expiry_date" timestamp(3) with time zone,
  	"gtin" varchar,
  	"craft_village_id" integer,
  	"location_lat" numeric,
  	"location_lng" numeric,
  	"commune_id" integer,
  	"former_address_commune" varchar,
  	"former_address_district" varchar,
  	"slug" varchar,
  	"code" varchar,
  	"translation_state" jsonb,
  	"review_state" "enum_ocop_products_review_state" DEFAULT 'draft',
  	"review_comment" varchar,
  	"internal_notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_ocop_products_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "ocop_products_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"packaging" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "ocop_products_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_ocop_products_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"citation" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_ocop_products_v_version_sources_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_ocop_products_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_group" "enum__ocop_products_v_version_group",
  	"version_producer_id" integer,
  	"version_score" numeric,
  	"version_stars" "enum__ocop_products_v_version_stars",
  	"version_certificate_number" varchar,
  	"version_certificate_level" "enum__ocop_products_v_version_certificate_level",
  	"version_certificate_issue_date" timestamp(3) with time zone,
  	"version_certificate_expiry_date" timestamp(3) with time zone,
  	"version_gtin" varchar,
  	"version_craft_village_id" integer,
  	"version_location_lat" numeric,
  	"version_location_lng" numeric,
  	"version_commune_id" integer,
  	"version_former_address_commune" varchar,
  	"version_former_address_district" varchar,
  	"version_slug" varchar,
  	"version_code" varchar,
  	"version_translation_state" jsonb,
  	"version_review_state" "enum__ocop_products_v_version_review_state" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_internal_notes" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__ocop_products_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__ocop_products_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_ocop_products_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_packaging" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_ocop_products_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "producers_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"citation" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "producers_sources_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "producers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_producers_kind",
  	"address" varchar,
  	"website" varchar,
  	"contact_person" varchar,
  	"contact_phone" varchar,
  	"contact_email" varchar,
  	"location_lat" numeric,
  	"location_lng" numeric,
  	"commune_id" integer,
  	"former_address_commune" varchar,
  	"former_address_district" varchar,
  	"slug" varchar,
  	"code" varchar,
  	"translation_state" jsonb,
  	"review_state" "enum_producers_review_state" DEFAULT 'draft',
  	"review_comment" varchar,
  	"internal_notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_producers_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "producers_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "producers_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_producers_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"citation" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_producers_v_version_sources_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_producers_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_kind" "enum__producers_v_version_kind",
  	"version_address" varchar,
  	"version_website" varchar,
  	"version_contact_person" varchar,
  	"version_contact_phone" varchar,
  	"version_contact_email" varchar,
  	"version_location_lat" numeric,
  	"version_location_lng" numeric,
  	"version_commune_id" integer,
  	"version_former_address_commune" varchar,
  	"version_former_address_district" varchar,
  	"version_slug" varchar,
  	"version_code" varchar,
  	"version_translation_state" jsonb,
  	"version_review_state" "enum__producers_v_version_review_state" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_internal_notes" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__producers_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__producers_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_producers_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_producers_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "batches_raw_materials" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"commune_id" integer,
  	"supplier" varchar
  );
  
  CREATE TABLE "batches_raw_materials_locales" (
  	"material" varchar,
  	"origin" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "batches_test_reports" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"laboratory" varchar,
  	"report_number" varchar,
  	"date" timestamp(3) with time zone,
  	"passed" boolean DEFAULT true
  );
  
  CREATE TABLE "batches_test_reports_locales" (
  	"result" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "batches" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"lot_code" varchar,
  	"product_id" integer,
  	"code" varchar,
  	"production_date" timestamp(3) with time zone,
  	"expiry_date" timestamp(3) with time zone,
  	"quantity_amount" numeric,
  	"internal_notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_batches_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "batches_locales" (
  	"quantity_unit" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_batches_v_version_raw_materials" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"commune_id" integer,
  	"supplier" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_batches_v_version_raw_materials_locales" (
  	"material" varchar,
  	"origin" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_batches_v_version_test_reports" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"laboratory" varchar,
  	"report_number" varchar,
  	"date" timestamp(3) with time zone,
  	"passed" boolean DEFAULT true,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_batches_v_version_test_reports_locales" (
  	"result" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_batches_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_lot_code" varchar,
  	"version_product_id" integer,
  	"version_code" varchar,
  	"version_production_date" timestamp(3) with time zone,
  	"version_expiry_date" timestamp(3) with time zone,
  	"version_quantity_amount" numeric,
  	"version_internal_notes" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__batches_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__batches_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_batches_v_locales" (
  	"version_quantity_unit" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"uploaded_by_id" integer,
  	"license" varchar DEFAULT 'CC BY 4.0',
  	"derivatives" jsonb,
  	"placeholder" varchar,
  	"card_derivatives" jsonb,
  	"dominant_color" varchar,
  	"photo_gps_lat" numeric,
  	"photo_gps_lng" numeric,
  	"photo_captured_at" timestamp(3) with time zone,
  	"photo_camera" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"caption" varchar,
  	"credit" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "panoramas" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"uploaded_by_id" integer,
  	"initial_heading" numeric DEFAULT 0,
  	"license" varchar DEFAULT 'CC BY 4.0',
  	"derivatives" jsonb,
  	"placeholder" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "panoramas_locales" (
  	"title" varchar NOT NULL,
  	"credit" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "models" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"uploaded_by_id" integer,
  	"poster_id" integer,
  	"license" varchar DEFAULT 'CC BY 4.0',
  	"report" jsonb,
  	"optimised_file" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "models_locales" (
  	"title" varchar NOT NULL,
  	"description" varchar,
  	"credit" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "audio" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"uploaded_by_id" integer,
  	"language" "enum_audio_language" DEFAULT 'vi' NOT NULL,
  	"duration_seconds" numeric,
  	"license" varchar DEFAULT 'CC BY 4.0',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "audio_locales" (
  	"title" varchar NOT NULL,
  	"transcript" varchar,
  	"credit" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "admin_units_former_names" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"district" varchar,
  	"code" varchar,
  	"until" timestamp(3) with time zone,
  	"partial" boolean,
  	"note" varchar
  );
  
  CREATE TABLE "admin_units" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"level" "enum_admin_units_level" NOT NULL,
  	"code" varchar,
  	"parent_id" integer,
  	"former_district" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "admin_units_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"province_id" integer,
  	"producer_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"admin_units_id" integer
  );
  
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_audit_log_action" NOT NULL,
  	"actor_id" integer,
  	"actor_label" varchar,
  	"target_collection" varchar,
  	"target_id" varchar,
  	"target_title" varchar,
  	"detail" varchar,
  	"ip" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "qr_codes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"collection" "enum_qr_codes_collection" NOT NULL,
  	"document" varchar NOT NULL,
  	"printed_at" timestamp(3) with time zone,
  	"published_at" timestamp(3) with time zone,
  	"retired_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"relics_id" integer,
  	"intangible_heritage_id" integer,
  	"craft_villages_id" integer,
  	"artisans_id" integer,
  	"routes_id" integer,
  	"ocop_products_id" integer,
  	"producers_id" integer,
  	"batches_id" integer,
  	"media_id" integer,
  	"panoramas_id" integer,
  	"models_id" integer,
  	"audio_id" integer,
  	"admin_units_id" integer,
  	"users_id" integer,
  	"audit_log_id" integer,
  	"qr_codes_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_status" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"state" "enum_site_status_state" DEFAULT 'idle' NOT NULL,
  	"last_success_at" timestamp(3) with time zone,
  	"last_attempt_at" timestamp(3) with time zone,
  	"build_id" varchar,
  	"pages" numeric,
  	"site_url" varchar,
  	"entry" jsonb,
  	"failure" "enum_site_status_failure",
  	"message" varchar,
  	"excluded" jsonb,
  	"log" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "installation_site_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_installation_site_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "installation" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"province_id" integer,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "relics_types" ADD CONSTRAINT "relics_types_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."relics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "relics_sites" ADD CONSTRAINT "relics_sites_commune_id_admin_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."admin_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "relics_sites" ADD CONSTRAINT "relics_sites_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."relics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "relics_sites_locales" ADD CONSTRAINT "relics_sites_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."relics_sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "relics_protection_zones" ADD CONSTRAINT "relics_protection_zones_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."relics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "relics_sources" ADD CONSTRAINT "relics_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."relics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "relics_sources_locales" ADD CONSTRAINT "relics_sources_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."relics_sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "relics" ADD CONSTRAINT "relics_commune_id_admin_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."admin_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "relics_locales" ADD CONSTRAINT "relics_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."relics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "relics_rels" ADD CONSTRAINT "relics_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."relics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "relics_rels" ADD CONSTRAINT "relics_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "relics_rels" ADD CONSTRAINT "relics_rels_intangible_heritage_fk" FOREIGN KEY ("intangible_heritage_id") REFERENCES "public"."intangible_heritage"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "relics_rels" ADD CONSTRAINT "relics_rels_panoramas_fk" FOREIGN KEY ("panoramas_id") REFERENCES "public"."panoramas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "relics_rels" ADD CONSTRAINT "relics_rels_models_fk" FOREIGN KEY ("models_id") REFERENCES "public"."models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "relics_rels" ADD CONSTRAINT "relics_rels_audio_fk" FOREIGN KEY ("audio_id") REFERENCES "public"."audio"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_relics_v_version_types" ADD CONSTRAINT "_relics_v_version_types_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_relics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_relics_v_version_sites" ADD CONSTRAINT "_relics_v_version_sites_commune_id_admin_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."admin_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_relics_v_version_sites" ADD CONSTRAINT "_relics_v_version_sites_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_relics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_relics_v_version_sites_locales" ADD CONSTRAINT "_relics_v_version_sites_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_relics_v_version_sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_relics_v_version_protection_zones" ADD CONSTRAINT "_relics_v_version_protection_zones_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_relics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_relics_v_version_sources" ADD CONSTRAINT "_relics_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_relics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_relics_v_version_sources_locales" ADD CONSTRAINT "_relics_v_version_sources_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_relics_v_version_sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_relics_v" ADD CONSTRAINT "_relics_v_parent_id_relics_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."relics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_relics_v" ADD CONSTRAINT "_relics_v_version_commune_id_admin_units_id_fk" FOREIGN KEY ("version_commune_id") REFERENCES "public"."admin_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_relics_v_locales" ADD CONSTRAINT "_relics_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_relics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_relics_v_rels" ADD CONSTRAINT "_relics_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_relics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_relics_v_rels" ADD CONSTRAINT "_relics_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_relics_v_rels" ADD CONSTRAINT "_relics_v_rels_intangible_heritage_fk" FOREIGN KEY ("intangible_heritage_id") REFERENCES "public"."intangible_heritage"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_relics_v_rels" ADD CONSTRAINT "_relics_v_rels_panoramas_fk" FOREIGN KEY ("panoramas_id") REFERENCES "public"."panoramas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_relics_v_rels" ADD CONSTRAINT "_relics_v_rels_models_fk" FOREIGN KEY ("models_id") REFERENCES "public"."models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_relics_v_rels" ADD CONSTRAINT "_relics_v_rels_audio_fk" FOREIGN KEY ("audio_id") REFERENCES "public"."audio"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "intangible_heritage_communities" ADD CONSTRAINT "intangible_heritage_communities_commune_id_admin_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."admin_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "intangible_heritage_communities" ADD CONSTRAINT "intangible_heritage_communities_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."intangible_heritage"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "intangible_heritage_communities_locales" ADD CONSTRAINT "intangible_heritage_communities_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."intangible_heritage_communities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "intangible_heritage_festival_dates" ADD CONSTRAINT "intangible_heritage_festival_dates_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."intangible_heritage"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "intangible_heritage_festival_dates_locales" ADD CONSTRAINT "intangible_heritage_festival_dates_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."intangible_heritage_festival_dates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "intangible_heritage_sources" ADD CONSTRAINT "intangible_heritage_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."intangible_heritage"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "intangible_heritage_sources_locales" ADD CONSTRAINT "intangible_heritage_sources_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."intangible_heritage_sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "intangible_heritage" ADD CONSTRAINT "intangible_heritage_commune_id_admin_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."admin_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "intangible_heritage_locales" ADD CONSTRAINT "intangible_heritage_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."intangible_heritage"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "intangible_heritage_rels" ADD CONSTRAINT "intangible_heritage_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."intangible_heritage"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "intangible_heritage_rels" ADD CONSTRAINT "intangible_heritage_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "intangible_heritage_rels" ADD CONSTRAINT "intangible_heritage_rels_panoramas_fk" FOREIGN KEY ("panoramas_id") REFERENCES "public"."panoramas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "intangible_heritage_rels" ADD CONSTRAINT "intangible_heritage_rels_models_fk" FOREIGN KEY ("models_id") REFERENCES "public"."models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "intangible_heritage_rels" ADD CONSTRAINT "intangible_heritage_rels_audio_fk" FOREIGN KEY ("audio_id") REFERENCES "public"."audio"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_intangible_heritage_v_version_communities" ADD CONSTRAINT "_intangible_heritage_v_version_communities_commune_id_admin_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."admin_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_intangible_heritage_v_version_communities" ADD CONSTRAINT "_intangible_heritage_v_version_communities_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_intangible_heritage_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_intangible_heritage_v_version_communities_locales" ADD CONSTRAINT "_intangible_heritage_v_version_communities_locales_parent_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_intangible_heritage_v_version_communities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_intangible_heritage_v_version_festival_dates" ADD CONSTRAINT "_intangible_heritage_v_version_festival_dates_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_intangible_heritage_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_intangible_heritage_v_version_festival_dates_locales" ADD CONSTRAINT "_intangible_heritage_v_version_festival_dates_locales_par_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_intangible_heritage_v_version_festival_dates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_intangible_heritage_v_version_sources" ADD CONSTRAINT "_intangible_heritage_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_intangible_heritage_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_intangible_heritage_v_version_sources_locales" ADD CONSTRAINT "_intangible_heritage_v_version_sources_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_intangible_heritage_v_version_sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_intangible_heritage_v" ADD CONSTRAINT "_intangible_heritage_v_parent_id_intangible_heritage_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."intangible_heritage"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_intangible_heritage_v" ADD CONSTRAINT "_intangible_heritage_v_version_commune_id_admin_units_id_fk" FOREIGN KEY ("version_commune_id") REFERENCES "public"."admin_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_intangible_heritage_v_locales" ADD CONSTRAINT "_intangible_heritage_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_intangible_heritage_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_intangible_heritage_v_rels" ADD CONSTRAINT "_intangible_heritage_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_intangible_heritage_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_intangible_heritage_v_rels" ADD CONSTRAINT "_intangible_heritage_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_intangible_heritage_v_rels" ADD CONSTRAINT "_intangible_heritage_v_rels_panoramas_fk" FOREIGN KEY ("panoramas_id") REFERENCES "public"."panoramas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_intangible_heritage_v_rels" ADD CONSTRAINT "_intangible_heritage_v_rels_models_fk" FOREIGN KEY ("models_id") REFERENCES "public"."models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_intangible_heritage_v_rels" ADD CONSTRAINT "_intangible_heritage_v_rels_audio_fk" FOREIGN KEY ("audio_id") REFERENCES "public"."audio"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "craft_villages_crafts" ADD CONSTRAINT "craft_villages_crafts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."craft_villages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "craft_villages_crafts_locales" ADD CONSTRAINT "craft_villages_crafts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."craft_villages_crafts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "craft_villages_sources" ADD CONSTRAINT "craft_villages_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."craft_villages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "craft_villages_sources_locales" ADD CONSTRAINT "craft_villages_sources_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."craft_villages_sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "craft_villages" ADD CONSTRAINT "craft_villages_commune_id_admin_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."admin_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "craft_villages_locales" ADD CONSTRAINT "craft_villages_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."craft_villages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "craft_villages_rels" ADD CONSTRAINT "craft_villages_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."craft_villages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "craft_villages_rels" ADD CONSTRAINT "craft_villages_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "craft_villages_rels" ADD CONSTRAINT "craft_villages_rels_panoramas_fk" FOREIGN KEY ("panoramas_id") REFERENCES "public"."panoramas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "craft_villages_rels" ADD CONSTRAINT "craft_villages_rels_models_fk" FOREIGN KEY ("models_id") REFERENCES "public"."models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "craft_villages_rels" ADD CONSTRAINT "craft_villages_rels_audio_fk" FOREIGN KEY ("audio_id") REFERENCES "public"."audio"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_craft_villages_v_version_crafts" ADD CONSTRAINT "_craft_villages_v_version_crafts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_craft_villages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_craft_villages_v_version_crafts_locales" ADD CONSTRAINT "_craft_villages_v_version_crafts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_craft_villages_v_version_crafts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_craft_villages_v_version_sources" ADD CONSTRAINT "_craft_villages_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_craft_villages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_craft_villages_v_version_sources_locales" ADD CONSTRAINT "_craft_villages_v_version_sources_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_craft_villages_v_version_sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_craft_villages_v" ADD CONSTRAINT "_craft_villages_v_parent_id_craft_villages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."craft_villages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_craft_villages_v" ADD CONSTRAINT "_craft_villages_v_version_commune_id_admin_units_id_fk" FOREIGN KEY ("version_commune_id") REFERENCES "public"."admin_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_craft_villages_v_locales" ADD CONSTRAINT "_craft_villages_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_craft_villages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_craft_villages_v_rels" ADD CONSTRAINT "_craft_villages_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_craft_villages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_craft_villages_v_rels" ADD CONSTRAINT "_craft_villages_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_craft_villages_v_rels" ADD CONSTRAINT "_craft_villages_v_rels_panoramas_fk" FOREIGN KEY ("panoramas_id") REFERENCES "public"."panoramas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_craft_villages_v_rels" ADD CONSTRAINT "_craft_villages_v_rels_models_fk" FOREIGN KEY ("models_id") REFERENCES "public"."models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_craft_villages_v_rels" ADD CONSTRAINT "_craft_villages_v_rels_audio_fk" FOREIGN KEY ("audio_id") REFERENCES "public"."audio"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "artisans_crafts" ADD CONSTRAINT "artisans_crafts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."artisans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "artisans_crafts_locales" ADD CONSTRAINT "artisans_crafts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."artisans_crafts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "artisans_sources" ADD CONSTRAINT "artisans_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."artisans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "artisans_sources_locales" ADD CONSTRAINT "artisans_sources_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."artisans_sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "artisans" ADD CONSTRAINT "artisans_craft_village_id_craft_villages_id_fk" FOREIGN KEY ("craft_village_id") REFERENCES "public"."craft_villages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "artisans" ADD CONSTRAINT "artisans_portrait_id_media_id_fk" FOREIGN KEY ("portrait_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "artisans" ADD CONSTRAINT "artisans_commune_id_admin_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."admin_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "artisans_locales" ADD CONSTRAINT "artisans_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."artisans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "artisans_rels" ADD CONSTRAINT "artisans_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."artisans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "artisans_rels" ADD CONSTRAINT "artisans_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_artisans_v_version_crafts" ADD CONSTRAINT "_artisans_v_version_crafts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_artisans_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_artisans_v_version_crafts_locales" ADD CONSTRAINT "_artisans_v_version_crafts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_artisans_v_version_crafts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_artisans_v_version_sources" ADD CONSTRAINT "_artisans_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_artisans_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_artisans_v_version_sources_locales" ADD CONSTRAINT "_artisans_v_version_sources_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_artisans_v_version_sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_artisans_v" ADD CONSTRAINT "_artisans_v_parent_id_artisans_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."artisans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_artisans_v" ADD CONSTRAINT "_artisans_v_version_craft_village_id_craft_villages_id_fk" FOREIGN KEY ("version_craft_village_id") REFERENCES "public"."craft_villages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_artisans_v" ADD CONSTRAINT "_artisans_v_version_portrait_id_media_id_fk" FOREIGN KEY ("version_portrait_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_artisans_v" ADD CONSTRAINT "_artisans_v_version_commune_id_admin_units_id_fk" FOREIGN KEY ("version_commune_id") REFERENCES "public"."admin_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_artisans_v_locales" ADD CONSTRAINT "_artisans_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_artisans_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_artisans_v_rels" ADD CONSTRAINT "_artisans_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_artisans_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_artisans_v_rels" ADD CONSTRAINT "_artisans_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "routes_stops" ADD CONSTRAINT "routes_stops_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."routes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "routes_stops_locales" ADD CONSTRAINT "routes_stops_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."routes_stops"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "routes_sources" ADD CONSTRAINT "routes_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."routes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "routes_sources_locales" ADD CONSTRAINT "routes_sources_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."routes_sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "routes_locales" ADD CONSTRAINT "routes_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."routes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "routes_rels" ADD CONSTRAINT "routes_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."routes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "routes_rels" ADD CONSTRAINT "routes_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "routes_rels" ADD CONSTRAINT "routes_rels_relics_fk" FOREIGN KEY ("relics_id") REFERENCES "public"."relics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "routes_rels" ADD CONSTRAINT "routes_rels_intangible_heritage_fk" FOREIGN KEY ("intangible_heritage_id") REFERENCES "public"."intangible_heritage"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "routes_rels" ADD CONSTRAINT "routes_rels_craft_villages_fk" FOREIGN KEY ("craft_villages_id") REFERENCES "public"."craft_villages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "routes_rels" ADD CONSTRAINT "routes_rels_ocop_products_fk" FOREIGN KEY ("ocop_products_id") REFERENCES "public"."ocop_products"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "routes_rels" ADD CONSTRAINT "routes_rels_artisans_fk" FOREIGN KEY ("artisans_id") REFERENCES "public"."artisans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_routes_v_version_stops" ADD CONSTRAINT "_routes_v_version_stops_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_routes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_routes_v_version_stops_locales" ADD CONSTRAINT "_routes_v_version_stops_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_routes_v_version_stops"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_routes_v_version_sources" ADD CONSTRAINT "_routes_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_routes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_routes_v_version_sources_locales" ADD CONSTRAINT "_routes_v_version_sources_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_routes_v_version_sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_routes_v" ADD CONSTRAINT "_routes_v_parent_id_routes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."routes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_routes_v_locales" ADD CONSTRAINT "_routes_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_routes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_routes_v_rels" ADD CONSTRAINT "_routes_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_routes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_routes_v_rels" ADD CONSTRAINT "_routes_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_routes_v_rels" ADD CONSTRAINT "_routes_v_rels_relics_fk" FOREIGN KEY ("relics_id") REFERENCES "public"."relics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_routes_v_rels" ADD CONSTRAINT "_routes_v_rels_intangible_heritage_fk" FOREIGN KEY ("intangible_heritage_id") REFERENCES "public"."intangible_heritage"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_routes_v_rels" ADD CONSTRAINT "_routes_v_rels_craft_villages_fk" FOREIGN KEY ("craft_villages_id") REFERENCES "public"."craft_villages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_routes_v_rels" ADD CONSTRAINT "_routes_v_rels_ocop_products_fk" FOREIGN KEY ("ocop_products_id") REFERENCES "public"."ocop_products"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_routes_v_rels" ADD CONSTRAINT "_routes_v_rels_artisans_fk" FOREIGN KEY ("artisans_id") REFERENCES "public"."artisans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ocop_products_sources" ADD CONSTRAINT "ocop_products_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."ocop_products"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ocop_products_sources_locales" ADD CONSTRAINT "ocop_products_sources_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."ocop_products_sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ocop_products" ADD CONSTRAINT "ocop_products_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ocop_products" ADD CONSTRAINT "ocop_products_craft_village_id_craft_villages_id_fk" FOREIGN KEY ("craft_village_id") REFERENCES "public"."craft_villages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ocop_products" ADD CONSTRAINT "ocop_products_commune_id_admin_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."admin_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ocop_products_locales" ADD CONSTRAINT "ocop_products_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."ocop_products"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ocop_products_rels" ADD CONSTRAINT "ocop_products_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."ocop_products"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ocop_products_rels" ADD CONSTRAINT "ocop_products_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_ocop_products_v_version_sources" ADD CONSTRAINT "_ocop_products_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_ocop_products_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_ocop_products_v_version_sources_locales" ADD CONSTRAINT "_ocop_products_v_version_sources_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_ocop_products_v_version_sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_ocop_products_v" ADD CONSTRAINT "_ocop_products_v_parent_id_ocop_products_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."ocop_products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ocop_products_v" ADD CONSTRAINT "_ocop_products_v_version_producer_id_producers_id_fk" FOREIGN KEY ("version_producer_id") REFERENCES "public"."producers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ocop_products_v" ADD CONSTRAINT "_ocop_products_v_version_craft_village_id_craft_villages_id_fk" FOREIGN KEY ("version_craft_village_id") REFERENCES "public"."craft_villages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ocop_products_v" ADD CONSTRAINT "_ocop_products_v_version_commune_id_admin_units_id_fk" FOREIGN KEY ("version_commune_id") REFERENCES "public"."admin_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ocop_products_v_locales" ADD CONSTRAINT "_ocop_products_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_ocop_products_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_ocop_products_v_rels" ADD CONSTRAINT "_ocop_products_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_ocop_products_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_ocop_products_v_rels" ADD CONSTRAINT "_ocop_products_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "producers_sources" ADD CONSTRAINT "producers_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."producers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "producers_sources_locales" ADD CONSTRAINT "producers_sources_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."producers_sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "producers" ADD CONSTRAINT "producers_commune_id_admin_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."admin_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "producers_locales" ADD CONSTRAINT "producers_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."producers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "producers_rels" ADD CONSTRAINT "producers_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."producers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "producers_rels" ADD CONSTRAINT "producers_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_producers_v_version_sources" ADD CONSTRAINT "_producers_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_producers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_producers_v_version_sources_locales" ADD CONSTRAINT "_producers_v_version_sources_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_producers_v_version_sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_producers_v" ADD CONSTRAINT "_producers_v_parent_id_producers_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."producers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_producers_v" ADD CONSTRAINT "_producers_v_version_commune_id_admin_units_id_fk" FOREIGN KEY ("version_commune_id") REFERENCES "public"."admin_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_producers_v_locales" ADD CONSTRAINT "_producers_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_producers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_producers_v_rels" ADD CONSTRAINT "_producers_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_producers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_producers_v_rels" ADD CONSTRAINT "_producers_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "batches_raw_materials" ADD CONSTRAINT "batches_raw_materials_commune_id_admin_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."admin_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "batches_raw_materials" ADD CONSTRAINT "batches_raw_materials_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."batches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "batches_raw_materials_locales" ADD CONSTRAINT "batches_raw_materials_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."batches_raw_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "batches_test_reports" ADD CONSTRAINT "batches_test_reports_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."batches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "batches_test_reports_locales" ADD CONSTRAINT "batches_test_reports_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."batches_test_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "batches" ADD CONSTRAINT "batches_product_id_ocop_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."ocop_products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "batches_locales" ADD CONSTRAINT "batches_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."batches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_batches_v_version_raw_materials" ADD CONSTRAINT "_batches_v_version_raw_materials_commune_id_admin_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."admin_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_batches_v_version_raw_materials" ADD CONSTRAINT "_batches_v_version_raw_materials_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_batches_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_batches_v_version_raw_materials_locales" ADD CONSTRAINT "_batches_v_version_raw_materials_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_batches_v_version_raw_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_batches_v_version_test_reports" ADD CONSTRAINT "_batches_v_version_test_reports_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_batches_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_batches_v_version_test_reports_locales" ADD CONSTRAINT "_batches_v_version_test_reports_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_batches_v_version_test_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_batches_v" ADD CONSTRAINT "_batches_v_parent_id_batches_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."batches"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_batches_v" ADD CONSTRAINT "_batches_v_version_product_id_ocop_products_id_fk" FOREIGN KEY ("version_product_id") REFERENCES "public"."ocop_products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_batches_v_locales" ADD CONSTRAINT "_batches_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_batches_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "panoramas" ADD CONSTRAINT "panoramas_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "panoramas_locales" ADD CONSTRAINT "panoramas_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."panoramas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "models" ADD CONSTRAINT "models_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "models" ADD CONSTRAINT "models_poster_id_media_id_fk" FOREIGN KEY ("poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "models_locales" ADD CONSTRAINT "models_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "audio" ADD CONSTRAINT "audio_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audio_locales" ADD CONSTRAINT "audio_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."audio"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "admin_units_former_names" ADD CONSTRAINT "admin_units_former_names_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."admin_units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "admin_units" ADD CONSTRAINT "admin_units_parent_id_admin_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."admin_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "admin_units_locales" ADD CONSTRAINT "admin_units_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."admin_units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_province_id_admin_units_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."admin_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_producer_id_producers_id_fk" FOREIGN KEY ("producer_id") REFERENCES "public"."producers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_admin_units_fk" FOREIGN KEY ("admin_units_id") REFERENCES "public"."admin_units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_relics_fk" FOREIGN KEY ("relics_id") REFERENCES "public"."relics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_intangible_heritage_fk" FOREIGN KEY ("intangible_heritage_id") REFERENCES "public"."intangible_heritage"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_craft_villages_fk" FOREIGN KEY ("craft_villages_id") REFERENCES "public"."craft_villages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_artisans_fk" FOREIGN KEY ("artisans_id") REFERENCES "public"."artisans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_routes_fk" FOREIGN KEY ("routes_id") REFERENCES "public"."routes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_ocop_products_fk" FOREIGN KEY ("ocop_products_id") REFERENCES "public"."ocop_products"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_producers_fk" FOREIGN KEY ("producers_id") REFERENCES "public"."producers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_batches_fk" FOREIGN KEY ("batches_id") REFERENCES "public"."batches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_panoramas_fk" FOREIGN KEY ("panoramas_id") REFERENCES "public"."panoramas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_models_fk" FOREIGN KEY ("models_id") REFERENCES "public"."models"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audio_fk" FOREIGN KEY ("audio_id") REFERENCES "public"."audio"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_admin_units_fk" FOREIGN KEY ("admin_units_id") REFERENCES "public"."admin_units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_qr_codes_fk" FOREIGN KEY ("qr_codes_id") REFERENCES "public"."qr_codes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "installation_site_locales" ADD CONSTRAINT "installation_site_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."installation"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "installation" ADD CONSTRAINT "installation_province_id_admin_units_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."admin_units"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "relics_types_order_idx" ON "relics_types" USING btree ("order");
  CREATE INDEX "relics_types_parent_idx" ON "relics_types" USING btree ("parent_id");
  CREATE INDEX "relics_sites_order_idx" ON "relics_sites" USING btree ("_order");
  CREATE INDEX "relics_sites_parent_id_idx" ON "relics_sites" USING btree ("_parent_id");
  CREATE INDEX "relics_sites_commune_idx" ON "relics_sites" USING btree ("commune_id");
  CREATE UNIQUE INDEX "relics_sites_locales_locale_parent_id_unique" ON "relics_sites_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "relics_sites_locales_parent_idx" ON "relics_sites_locales" USING btree ("_parent_id");
  CREATE INDEX "relics_protection_zones_order_idx" ON "relics_protection_zones" USING btree ("_order");
  CREATE INDEX "relics_protection_zones_parent_id_idx" ON "relics_protection_zones" USING btree ("_parent_id");
  CREATE INDEX "relics_sources_order_idx" ON "relics_sources" USING btree ("_order");
  CREATE INDEX "relics_sources_parent_id_idx" ON "relics_sources" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "relics_sources_locales_locale_parent_id_unique" ON "relics_sources_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "relics_sources_locales_parent_idx" ON "relics_sources_locales" USING btree ("_parent_id");
  CREATE INDEX "relics_rank_idx" ON "relics" USING btree ("rank");
  CREATE INDEX "relics_commune_idx" ON "relics" USING btree ("commune_id");
  CREATE UNIQUE INDEX "relics_slug_idx" ON "relics" USING btree ("slug");
  CREATE UNIQUE INDEX "relics_code_idx" ON "relics" USING btree ("code");
  CREATE INDEX "relics_review_review_state_idx" ON "relics" USING btree ("review_state");
  CREATE INDEX "relics_updated_at_idx" ON "relics" USING btree ("updated_at");
  CREATE INDEX "relics_created_at_idx" ON "relics" USING btree ("created_at");
  CREATE INDEX "relics_deleted_at_idx" ON "relics" USING btree ("deleted_at");
  CREATE INDEX "relics__status_idx" ON "relics" USING btree ("_status");
  CREATE INDEX "relics_updated_created_idx" ON "relics" USING btree ("updated_at","created_at");
  CREATE INDEX "relics_title_idx" ON "relics_locales" USING btree ("title","_locale");
  CREATE UNIQUE INDEX "relics_locales_locale_parent_id_unique" ON "relics_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "relics_locales_parent_idx" ON "relics_locales" USING btree ("_parent_id");
  CREATE INDEX "relics_rels_order_idx" ON "relics_rels" USING btree ("order");
  CREATE INDEX "relics_rels_parent_idx" ON "relics_rels" USING btree ("parent_id");
  CREATE INDEX "relics_rels_path_idx" ON "relics_rels" USING btree ("path");
  CREATE INDEX "relics_rels_media_id_idx" ON "relics_rels" USING btree ("media_id");
  CREATE INDEX "relics_rels_intangible_heritage_id_idx" ON "relics_rels" USING btree ("intangible_heritage_id");
  CREATE INDEX "relics_rels_panoramas_id_idx" ON "relics_rels" USING btree ("panoramas_id");
  CREATE INDEX "relics_rels_models_id_idx" ON "relics_rels" USING btree ("models_id");
  CREATE INDEX "relics_rels_audio_id_idx" ON "relics_rels" USING btree ("audio_id");
  CREATE INDEX "_relics_v_version_types_order_idx" ON "_relics_v_version_types" USING btree ("order");
  CREATE INDEX "_relics_v_version_types_parent_idx" ON "_relics_v_version_types" USING btree ("parent_id");
  CREATE INDEX "_relics_v_version_sites_order_idx" ON "_relics_v_version_sites" USING btree ("_order");
  CREATE INDEX "_relics_v_version_sites_parent_id_idx" ON "_relics_v_version_sites" USING btree ("_parent_id");
  CREATE INDEX "_relics_v_version_sites_commune_idx" ON "_relics_v_version_sites" USING btree ("commune_id");
  CREATE UNIQUE INDEX "_relics_v_version_sites_locales_locale_parent_id_unique" ON "_relics_v_version_sites_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_relics_v_version_sites_locales_parent_idx" ON "_relics_v_version_sites_locales" USING btree ("_parent_id");
  CREATE INDEX "_relics_v_version_protection_zones_order_idx" ON "_relics_v_version_protection_zones" USING btree ("_order");
  CREATE INDEX "_relics_v_version_protection_zones_parent_id_idx" ON "_relics_v_version_protection_zones" USING btree ("_parent_id");
  CREATE INDEX "_relics_v_version_sources_order_idx" ON "_relics_v_version_sources" USING btree ("_order");
  CREATE INDEX "_relics_v_version_sources_parent_id_idx" ON "_relics_v_version_sources" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_relics_v_version_sources_locales_locale_parent_id_unique" ON "_relics_v_version_sources_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_relics_v_version_sources_locales_parent_idx" ON "_relics_v_version_sources_locales" USING btree ("_parent_id");
  CREATE INDEX "_relics_v_parent_idx" ON "_relics_v" USING btree ("parent_id");
  CREATE INDEX "_relics_v_version_version_rank_idx" ON "_relics_v" USING btree ("version_rank");
  CREATE INDEX "_relics_v_version_version_commune_idx" ON "_relics_v" USING btree ("version_commune_id");
  CREATE INDEX "_relics_v_version_version_slug_idx" ON "_relics_v" USING btree ("version_slug");
  CREATE INDEX "_relics_v_version_version_code_idx" ON "_relics_v" USING btree ("version_code");
  CREATE INDEX "_relics_v_version_review_version_review_state_idx" ON "_relics_v" USING btree ("version_review_state");
  CREATE INDEX "_relics_v_version_version_updated_at_idx" ON "_relics_v" USING btree ("version_updated_at");
  CREATE INDEX "_relics_v_version_version_created_at_idx" ON "_relics_v" USING btree ("version_created_at");
  CREATE INDEX "_relics_v_version_version_deleted_at_idx" ON "_relics_v" USING btree ("version_deleted_at");
  CREATE INDEX "_relics_v_version_version__status_idx" ON "_relics_v" USING btree ("version__status");
  CREATE INDEX "_relics_v_created_at_idx" ON "_relics_v" USING btree ("created_at");
  CREATE INDEX "_relics_v_updated_at_idx" ON "_relics_v" USING btree ("updated_at");
  CREATE INDEX "_relics_v_snapshot_idx" ON "_relics_v" USING btree ("snapshot");
  CREATE INDEX "_relics_v_published_locale_idx" ON "_relics_v" USING btree ("published_locale");
  CREATE INDEX "_relics_v_latest_idx" ON "_relics_v" USING btree ("latest");
  CREATE INDEX "_relics_v_latest_updated_idx" ON "_relics_v" USING btree ("latest","version_updated_at","created_at");
  CREATE INDEX "_relics_v_version_version_title_idx" ON "_relics_v_locales" USING btree ("version_title","_locale");
  CREATE UNIQUE INDEX "_relics_v_locales_locale_parent_id_unique" ON "_relics_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_relics_v_locales_parent_idx" ON "_relics_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_relics_v_rels_order_idx" ON "_relics_v_rels" USING btree ("order");
  CREATE INDEX "_relics_v_rels_parent_idx" ON "_relics_v_rels" USING btree ("parent_id");
  CREATE INDEX "_relics_v_rels_path_idx" ON "_relics_v_rels" USING btree ("path");
  CREATE INDEX "_relics_v_rels_media_id_idx" ON "_relics_v_rels" USING btree ("media_id");
  CREATE INDEX "_relics_v_rels_intangible_heritage_id_idx" ON "_relics_v_rels" USING btree ("intangible_heritage_id");
  CREATE INDEX "_relics_v_rels_panoramas_id_idx" ON "_relics_v_rels" USING btree ("panoramas_id");
  CREATE INDEX "_relics_v_rels_models_id_idx" ON "_relics_v_rels" USING btree ("models_id");
  CREATE INDEX "_relics_v_rels_audio_id_idx" ON "_relics_v_rels" USING btree ("audio_id");
  CREATE INDEX "intangible_heritage_communities_order_idx" ON "intangible_heritage_communities" USING btree ("_order");
  CREATE INDEX "intangible_heritage_communities_parent_id_idx" ON "intangible_heritage_communities" USING btree ("_parent_id");
  CREATE INDEX "intangible_heritage_communities_commune_idx" ON "intangible_heritage_communities" USING btree ("commune_id");
  CREATE UNIQUE INDEX "intangible_heritage_communities_locales_locale_parent_id_uni" ON "intangible_heritage_communities_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "intangible_heritage_communities_locales_parent_idx" ON "intangible_heritage_communities_locales" USING btree ("_parent_id");
  CREATE INDEX "intangible_heritage_festival_dates_order_idx" ON "intangible_heritage_festival_dates" USING btree ("_order");
  CREATE INDEX "intangible_heritage_festival_dates_parent_id_idx" ON "intangible_heritage_festival_dates" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "intangible_heritage_festival_dates_locales_locale_parent_id_" ON "intangible_heritage_festival_dates_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "intangible_heritage_festival_dates_locales_parent_idx" ON "intangible_heritage_festival_dates_locales" USING btree ("_parent_id");
  CREATE INDEX "intangible_heritage_sources_order_idx" ON "intangible_heritage_sources" USING btree ("_order");
  CREATE INDEX "intangible_heritage_sources_parent_id_idx" ON "intangible_heritage_sources" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "intangible_heritage_sources_locales_locale_parent_id_unique" ON "intangible_heritage_sources_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "intangible_heritage_sources_locales_parent_idx" ON "intangible_heritage_sources_locales" USING btree ("_parent_id");
  CREATE INDEX "intangible_heritage_list_level_idx" ON "intangible_heritage" USING btree ("list_level");
  CREATE INDEX "intangible_heritage_commune_idx" ON "intangible_heritage" USING btree ("commune_id");
  CREATE UNIQUE INDEX "intangible_heritage_slug_idx" ON "intangible_heritage" USING btree ("slug");
  CREATE UNIQUE INDEX "intangible_heritage_code_idx" ON "intangible_heritage" USING btree ("code");
  CREATE INDEX "intangible_heritage_review_review_state_idx" ON "intangible_heritage" USING btree ("review_state");
  CREATE INDEX "intangible_heritage_updated_at_idx" ON "intangible_heritage" USING btree ("updated_at");
  CREATE INDEX "intangible_heritage_created_at_idx" ON "intangible_heritage" USING btree ("created_at");
  CREATE INDEX "intangible_heritage_deleted_at_idx" ON "intangible_heritage" USING btree ("deleted_at");
  CREATE INDEX "intangible_heritage__status_idx" ON "intangible_heritage" USING btree ("_status");
  CREATE INDEX "intangible_heritage_updated_created_idx" ON "intangible_heritage" USING btree ("updated_at","created_at");
  CREATE INDEX "intangible_heritage_title_idx" ON "intangible_heritage_locales" USING btree ("title","_locale");
  CREATE UNIQUE INDEX "intangible_heritage_locales_locale_parent_id_unique" ON "intangible_heritage_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "intangible_heritage_locales_parent_idx" ON "intangible_heritage_locales" USING btree ("_parent_id");
  CREATE INDEX "intangible_heritage_rels_order_idx" ON "intangible_heritage_rels" USING btree ("order");
  CREATE INDEX "intangible_heritage_rels_parent_idx" ON "intangible_heritage_rels" USING btree ("parent_id");
  CREATE INDEX "intangible_heritage_rels_path_idx" ON "intangible_heritage_rels" USING btree ("path");
  CREATE INDEX "intangible_heritage_rels_media_id_idx" ON "intangible_heritage_rels" USING btree ("media_id");
  CREATE INDEX "intangible_heritage_rels_panoramas_id_idx" ON "intangible_heritage_rels" USING btree ("panoramas_id");
  CREATE INDEX "intangible_heritage_rels_models_id_idx" ON "intangible_heritage_rels" USING btree ("models_id");
  CREATE INDEX "intangible_heritage_rels_audio_id_idx" ON "intangible_heritage_rels" USING btree ("audio_id");
  CREATE INDEX "_intangible_heritage_v_version_communities_order_idx" ON "_intangible_heritage_v_version_communities" USING btree ("_order");
  CREATE INDEX "_intangible_heritage_v_version_communities_parent_id_idx" ON "_intangible_heritage_v_version_communities" USING btree ("_parent_id");
  CREATE INDEX "_intangible_heritage_v_version_communities_commune_idx" ON "_intangible_heritage_v_version_communities" USING btree ("commune_id");
  CREATE UNIQUE INDEX "_intangible_heritage_v_version_communities_locales_locale_pa" ON "_intangible_heritage_v_version_communities_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_intangible_heritage_v_version_communities_locales_parent_idx" ON "_intangible_heritage_v_version_communities_locales" USING btree ("_parent_id");
  CREATE INDEX "_intangible_heritage_v_version_festival_dates_order_idx" ON "_intangible_heritage_v_version_festival_dates" USING btree ("_order");
  CREATE INDEX "_intangible_heritage_v_version_festival_dates_parent_id_idx" ON "_intangible_heritage_v_version_festival_dates" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_intangible_heritage_v_version_festival_dates_locales_locale" ON "_intangible_heritage_v_version_festival_dates_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_intangible_heritage_v_version_festival_dates_locales_parent_idx" ON "_intangible_heritage_v_version_festival_dates_locales" USING btree ("_parent_id");
  CREATE INDEX "_intangible_heritage_v_version_sources_order_idx" ON "_intangible_heritage_v_version_sources" USING btree ("_order");
  CREATE INDEX "_intangible_heritage_v_version_sources_parent_id_idx" ON "_intangible_heritage_v_version_sources" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_intangible_heritage_v_version_sources_locales_locale_parent" ON "_intangible_heritage_v_version_sources_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_intangible_heritage_v_version_sources_locales_parent_idx" ON "_intangible_heritage_v_version_sources_locales" USING btree ("_parent_id");
  CREATE INDEX "_intangible_heritage_v_parent_idx" ON "_intangible_heritage_v" USING btree ("parent_id");
  CREATE INDEX "_intangible_heritage_v_version_version_list_level_idx" ON "_intangible_heritage_v" USING btree ("version_list_level");
  CREATE INDEX "_intangible_heritage_v_version_version_commune_idx" ON "_intangible_heritage_v" USING btree ("version_commune_id");
  CREATE INDEX "_intangible_heritage_v_version_version_slug_idx" ON "_intangible_heritage_v" USING btree ("version_slug");
  CREATE INDEX "_intangible_heritage_v_version_version_code_idx" ON "_intangible_heritage_v" USING btree ("version_code");
  CREATE INDEX "_intangible_heritage_v_version_review_version_review_sta_idx" ON "_intangible_heritage_v" USING btree ("version_review_state");
  CREATE INDEX "_intangible_heritage_v_version_version_updated_at_idx" ON "_intangible_heritage_v" USING btree ("version_updated_at");
  CREATE INDEX "_intangible_heritage_v_version_version_created_at_idx" ON "_intangible_heritage_v" USING btree ("version_created_at");
  CREATE INDEX "_intangible_heritage_v_version_version_deleted_at_idx" ON "_intangible_heritage_v" USING btree ("version_deleted_at");
  CREATE INDEX "_intangible_heritage_v_version_version__status_idx" ON "_intangible_heritage_v" USING btree ("version__status");
  CREATE INDEX "_intangible_heritage_v_created_at_idx" ON "_intangible_heritage_v" USING btree ("created_at");
  CREATE INDEX "_intangible_heritage_v_updated_at_idx" ON "_intangible_heritage_v" USING btree ("updated_at");
  CREATE INDEX "_intangible_heritage_v_snapshot_idx" ON "_intangible_heritage_v" USING btree ("snapshot");
  CREATE INDEX "_intangible_heritage_v_published_locale_idx" ON "_intangible_heritage_v" USING btree ("published_locale");
  CREATE INDEX "_intangible_heritage_v_latest_idx" ON "_intangible_heritage_v" USING btree ("latest");
  CREATE INDEX "_intangible_heritage_v_latest_updated_idx" ON "_intangible_heritage_v" USING btree ("latest","version_updated_at","created_at");
  CREATE INDEX "_intangible_heritage_v_version_version_title_idx" ON "_intangible_heritage_v_locales" USING btree ("version_title","_locale");
  CREATE UNIQUE INDEX "_intangible_heritage_v_locales_locale_parent_id_unique" ON "_intangible_heritage_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_intangible_heritage_v_locales_parent_idx" ON "_intangible_heritage_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_intangible_heritage_v_rels_order_idx" ON "_intangible_heritage_v_rels" USING btree ("order");
  CREATE INDEX "_intangible_heritage_v_rels_parent_idx" ON "_intangible_heritage_v_rels" USING btree ("parent_id");
  CREATE INDEX "_intangible_heritage_v_rels_path_idx" ON "_intangible_heritage_v_rels" USING btree ("path");
  CREATE INDEX "_intangible_heritage_v_rels_media_id_idx" ON "_intangible_heritage_v_rels" USING btree ("media_id");
  CREATE INDEX "_intangible_heritage_v_rels_panoramas_id_idx" ON "_intangible_heritage_v_rels" USING btree ("panoramas_id");
  CREATE INDEX "_intangible_heritage_v_rels_models_id_idx" ON "_intangible_heritage_v_rels" USING btree ("models_id");
  CREATE INDEX "_intangible_heritage_v_rels_audio_id_idx" ON "_intangible_heritage_v_rels" USING btree ("audio_id");
  CREATE INDEX "craft_villages_crafts_order_idx" ON "craft_villages_crafts" USING btree ("_order");
  CREATE INDEX "craft_villages_crafts_parent_id_idx" ON "craft_villages_crafts" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "craft_villages_crafts_locales_locale_parent_id_unique" ON "craft_villages_crafts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "craft_villages_crafts_locales_parent_idx" ON "craft_villages_crafts_locales" USING btree ("_parent_id");
  CREATE INDEX "craft_villages_sources_order_idx" ON "craft_villages_sources" USING btree ("_order");
  CREATE INDEX "craft_villages_sources_parent_id_idx" ON "craft_villages_sources" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "craft_villages_sources_locales_locale_parent_id_unique" ON "craft_villages_sources_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "craft_villages_sources_locales_parent_idx" ON "craft_villages_sources_locales" USING btree ("_parent_id");
  CREATE INDEX "craft_villages_commune_idx" ON "craft_villages" USING btree ("commune_id");
  CREATE UNIQUE INDEX "craft_villages_slug_idx" ON "craft_villages" USING btree ("slug");
  CREATE UNIQUE INDEX "craft_villages_code_idx" ON "craft_villages" USING btree ("code");
  CREATE INDEX "craft_villages_review_review_state_idx" ON "craft_villages" USING btree ("review_state");
  CREATE INDEX "craft_villages_updated_at_idx" ON "craft_villages" USING btree ("updated_at");
  CREATE INDEX "craft_villages_created_at_idx" ON "craft_villages" USING btree ("created_at");
  CREATE INDEX "craft_villages_deleted_at_idx" ON "craft_villages" USING btree ("deleted_at");
  CREATE INDEX "craft_villages__status_idx" ON "craft_villages" USING btree ("_status");
  CREATE INDEX "craft_villages_updated_created_idx" ON "craft_villages" USING btree ("updated_at","created_at");
  CREATE INDEX "craft_villages_title_idx" ON "craft_villages_locales" USING btree ("title","_locale");
  CREATE UNIQUE INDEX "craft_villages_locales_locale_parent_id_unique" ON "craft_villages_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "craft_villages_locales_parent_idx" ON "craft_villages_locales" USING btree ("_parent_id");
  CREATE INDEX "craft_villages_rels_order_idx" ON "craft_villages_rels" USING btree ("order");
  CREATE INDEX "craft_villages_rels_parent_idx" ON "craft_villages_rels" USING btree ("parent_id");
  CREATE INDEX "craft_villages_rels_path_idx" ON "craft_villages_rels" USING btree ("path");
  CREATE INDEX "craft_villages_rels_media_id_idx" ON "craft_villages_rels" USING btree ("media_id");
  CREATE INDEX "craft_villages_rels_panoramas_id_idx" ON "craft_villages_rels" USING btree ("panoramas_id");
  CREATE INDEX "craft_villages_rels_models_id_idx" ON "craft_villages_rels" USING btree ("models_id");
  CREATE INDEX "craft_villages_rels_audio_id_idx" ON "craft_villages_rels" USING btree ("audio_id");
  CREATE INDEX "_craft_villages_v_version_crafts_order_idx" ON "_craft_villages_v_version_crafts" USING btree ("_order");
  CREATE INDEX "_craft_villages_v_version_crafts_parent_id_idx" ON "_craft_villages_v_version_crafts" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_craft_villages_v_version_crafts_locales_locale_parent_id_un" ON "_craft_villages_v_version_crafts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_craft_villages_v_version_crafts_locales_parent_idx" ON "_craft_villages_v_version_crafts_locales" USING btree ("_parent_id");
  CREATE INDEX "_craft_villages_v_version_sources_order_idx" ON "_craft_villages_v_version_sources" USING btree ("_order");
  CREATE INDEX "_craft_villages_v_version_sources_parent_id_idx" ON "_craft_villages_v_version_sources" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_craft_villages_v_version_sources_locales_locale_parent_id_u" ON "_craft_villages_v_version_sources_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_craft_villages_v_version_sources_locales_parent_idx" ON "_craft_villages_v_version_sources_locales" USING btree ("_parent_id");
  CREATE INDEX "_craft_villages_v_parent_idx" ON "_craft_villages_v" USING btree ("parent_id");
  CREATE INDEX "_craft_villages_v_version_version_commune_idx" ON "_craft_villages_v" USING btree ("version_commune_id");
  CREATE INDEX "_craft_villages_v_version_version_slug_idx" ON "_craft_villages_v" USING btree ("version_slug");
  CREATE INDEX "_craft_villages_v_version_version_code_idx" ON "_craft_villages_v" USING btree ("version_code");
  CREATE INDEX "_craft_villages_v_version_review_version_review_state_idx" ON "_craft_villages_v" USING btree ("version_review_state");
  CREATE INDEX "_craft_villages_v_version_version_updated_at_idx" ON "_craft_villages_v" USING btree ("version_updated_at");
  CREATE INDEX "_craft_villages_v_version_version_created_at_idx" ON "_craft_villages_v" USING btree ("version_created_at");
  CREATE INDEX "_craft_villages_v_version_version_deleted_at_idx" ON "_craft_villages_v" USING btree ("version_deleted_at");
  CREATE INDEX "_craft_villages_v_version_version__status_idx" ON "_craft_villages_v" USING btree ("version__status");
  CREATE INDEX "_craft_villages_v_created_at_idx" ON "_craft_villages_v" USING btree ("created_at");
  CREATE INDEX "_craft_villages_v_updated_at_idx" ON "_craft_villages_v" USING btree ("updated_at");
  CREATE INDEX "_craft_villages_v_snapshot_idx" ON "_craft_villages_v" USING btree ("snapshot");
  CREATE INDEX "_craft_villages_v_published_locale_idx" ON "_craft_villages_v" USING btree ("published_locale");
  CREATE INDEX "_craft_villages_v_latest_idx" ON "_craft_villages_v" USING btree ("latest");
  CREATE INDEX "_craft_villages_v_latest_updated_idx" ON "_craft_villages_v" USING btree ("latest","version_updated_at","created_at");
  CREATE INDEX "_craft_villages_v_version_version_title_idx" ON "_craft_villages_v_locales" USING btree ("version_title","_locale");
  CREATE UNIQUE INDEX "_craft_villages_v_locales_locale_parent_id_unique" ON "_craft_villages_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_craft_villages_v_locales_parent_idx" ON "_craft_villages_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_craft_villages_v_rels_order_idx" ON "_craft_villages_v_rels" USING btree ("order");
  CREATE INDEX "_craft_villages_v_rels_parent_idx" ON "_craft_villages_v_rels" USING btree ("parent_id");
  CREATE INDEX "_craft_villages_v_rels_path_idx" ON "_craft_villages_v_rels" USING btree ("path");
  CREATE INDEX "_craft_villages_v_rels_media_id_idx" ON "_craft_villages_v_rels" USING btree ("media_id");
  CREATE INDEX "_craft_villages_v_rels_panoramas_id_idx" ON "_craft_villages_v_rels" USING btree ("panoramas_id");
  CREATE INDEX "_craft_villages_v_rels_models_id_idx" ON "_craft_villages_v_rels" USING btree ("models_id");
  CREATE INDEX "_craft_villages_v_rels_audio_id_idx" ON "_craft_villages_v_rels" USING btree ("audio_id");
  CREATE INDEX "artisans_crafts_order_idx" ON "artisans_crafts" USING btree ("_order");
  CREATE INDEX "artisans_crafts_parent_id_idx" ON "artisans_crafts" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "artisans_crafts_locales_locale_parent_id_unique" ON "artisans_crafts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "artisans_crafts_locales_parent_idx" ON "artisans_crafts_locales" USING btree ("_parent_id");
  CREATE INDEX "artisans_sources_order_idx" ON "artisans_sources" USING btree ("_order");
  CREATE INDEX "artisans_sources_parent_id_idx" ON "artisans_sources" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "artisans_sources_locales_locale_parent_id_unique" ON "artisans_sources_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "artisans_sources_locales_parent_idx" ON "artisans_sources_locales" USING btree ("_parent_id");
  CREATE INDEX "artisans_craft_village_idx" ON "artisans" USING btree ("craft_village_id");
  CREATE INDEX "artisans_portrait_idx" ON "artisans" USING btree ("portrait_id");
  CREATE INDEX "artisans_commune_idx" ON "artisans" USING btree ("commune_id");
  CREATE UNIQUE INDEX "artisans_slug_idx" ON "artisans" USING btree ("slug");
  CREATE UNIQUE INDEX "artisans_code_idx" ON "artisans" USING btree ("code");
  CREATE INDEX "artisans_review_review_state_idx" ON "artisans" USING btree ("review_state");
  CREATE INDEX "artisans_updated_at_idx" ON "artisans" USING btree ("updated_at");
  CREATE INDEX "artisans_created_at_idx" ON "artisans" USING btree ("created_at");
  CREATE INDEX "artisans_deleted_at_idx" ON "artisans" USING btree ("deleted_at");
  CREATE INDEX "artisans__status_idx" ON "artisans" USING btree ("_status");
  CREATE INDEX "artisans_updated_created_idx" ON "artisans" USING btree ("updated_at","created_at");
  CREATE INDEX "artisans_title_idx" ON "artisans_locales" USING btree ("title","_locale");
  CREATE UNIQUE INDEX "artisans_locales_locale_parent_id_unique" ON "artisans_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "artisans_locales_parent_idx" ON "artisans_locales" USING btree ("_parent_id");
  CREATE INDEX "artisans_rels_order_idx" ON "artisans_rels" USING btree ("order");
  CREATE INDEX "artisans_rels_parent_idx" ON "artisans_rels" USING btree ("parent_id");
  CREATE INDEX "artisans_rels_path_idx" ON "artisans_rels" USING btree ("path");
  CREATE INDEX "artisans_rels_media_id_idx" ON "artisans_rels" USING btree ("media_id");
  CREATE INDEX "_artisans_v_version_crafts_order_idx" ON "_artisans_v_version_crafts" USING btree ("_order");
  CREATE INDEX "_artisans_v_version_crafts_parent_id_idx" ON "_artisans_v_version_crafts" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_artisans_v_version_crafts_locales_locale_parent_id_unique" ON "_artisans_v_version_crafts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_artisans_v_version_crafts_locales_parent_idx" ON "_artisans_v_version_crafts_locales" USING btree ("_parent_id");
  CREATE INDEX "_artisans_v_version_sources_order_idx" ON "_artisans_v_version_sources" USING btree ("_order");
  CREATE INDEX "_artisans_v_version_sources_parent_id_idx" ON "_artisans_v_version_sources" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_artisans_v_version_sources_locales_locale_parent_id_unique" ON "_artisans_v_version_sources_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_artisans_v_version_sources_locales_parent_idx" ON "_artisans_v_version_sources_locales" USING btree ("_parent_id");
  CREATE INDEX "_artisans_v_parent_idx" ON "_artisans_v" USING btree ("parent_id");
  CREATE INDEX "_artisans_v_version_version_craft_village_idx" ON "_artisans_v" USING btree ("version_craft_village_id");
  CREATE INDEX "_artisans_v_version_version_portrait_idx" ON "_artisans_v" USING btree ("version_portrait_id");
  CREATE INDEX "_artisans_v_version_version_commune_idx" ON "_artisans_v" USING btree ("version_commune_id");
  CREATE INDEX "_artisans_v_version_version_slug_idx" ON "_artisans_v" USING btree ("version_slug");
  CREATE INDEX "_artisans_v_version_version_code_idx" ON "_artisans_v" USING btree ("version_code");
  CREATE INDEX "_artisans_v_version_review_version_review_state_idx" ON "_artisans_v" USING btree ("version_review_state");
  CREATE INDEX "_artisans_v_version_version_updated_at_idx" ON "_artisans_v" USING btree ("version_updated_at");
  CREATE INDEX "_artisans_v_version_version_created_at_idx" ON "_artisans_v" USING btree ("version_created_at");
  CREATE INDEX "_artisans_v_version_version_deleted_at_idx" ON "_artisans_v" USING btree ("version_deleted_at");
  CREATE INDEX "_artisans_v_version_version__status_idx" ON "_artisans_v" USING btree ("version__status");
  CREATE INDEX "_artisans_v_created_at_idx" ON "_artisans_v" USING btree ("created_at");
  CREATE INDEX "_artisans_v_updated_at_idx" ON "_artisans_v" USING btree ("updated_at");
  CREATE INDEX "_artisans_v_snapshot_idx" ON "_artisans_v" USING btree ("snapshot");
  CREATE INDEX "_artisans_v_published_locale_idx" ON "_artisans_v" USING btree ("published_locale");
  CREATE INDEX "_artisans_v_latest_idx" ON "_artisans_v" USING btree ("latest");
  CREATE INDEX "_artisans_v_latest_updated_idx" ON "_artisans_v" USING btree ("latest","version_updated_at","created_at");
  CREATE INDEX "_artisans_v_version_version_title_idx" ON "_artisans_v_locales" USING btree ("version_title","_locale");
  CREATE UNIQUE INDEX "_artisans_v_locales_locale_parent_id_unique" ON "_artisans_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_artisans_v_locales_parent_idx" ON "_artisans_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_artisans_v_rels_order_idx" ON "_artisans_v_rels" USING btree ("order");
  CREATE INDEX "_artisans_v_rels_parent_idx" ON "_artisans_v_rels" USING btree ("parent_id");
  CREATE INDEX "_artisans_v_rels_path_idx" ON "_artisans_v_rels" USING btree ("path");
  CREATE INDEX "_artisans_v_rels_media_id_idx" ON "_artisans_v_rels" USING btree ("media_id");
  CREATE INDEX "routes_stops_order_idx" ON "routes_stops" USING btree ("_order");
  CREATE INDEX "routes_stops_parent_id_idx" ON "routes_stops" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "routes_stops_locales_locale_parent_id_unique" ON "routes_stops_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "routes_stops_locales_parent_idx" ON "routes_stops_locales" USING btree ("_parent_id");
  CREATE INDEX "routes_sources_order_idx" ON "routes_sources" USING btree ("_order");
  CREATE INDEX "routes_sources_parent_id_idx" ON "routes_sources" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "routes_sources_locales_locale_parent_id_unique" ON "routes_sources_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "routes_sources_locales_parent_idx" ON "routes_sources_locales" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "routes_slug_idx" ON "routes" USING btree ("slug");
  CREATE UNIQUE INDEX "routes_code_idx" ON "routes" USING btree ("code");
  CREATE INDEX "routes_review_review_state_idx" ON "routes" USING btree ("review_state");
  CREATE INDEX "routes_updated_at_idx" ON "routes" USING btree ("updated_at");
  CREATE INDEX "routes_created_at_idx" ON "routes" USING btree ("created_at");
  CREATE INDEX "routes_deleted_at_idx" ON "routes" USING btree ("deleted_at");
  CREATE INDEX "routes__status_idx" ON "routes" USING btree ("_status");
  CREATE INDEX "routes_updated_created_idx" ON "routes" USING btree ("updated_at","created_at");
  CREATE INDEX "routes_title_idx" ON "routes_locales" USING btree ("title","_locale");
  CREATE UNIQUE INDEX "routes_locales_locale_parent_id_unique" ON "routes_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "routes_locales_parent_idx" ON "routes_locales" USING btree ("_parent_id");
  CREATE INDEX "routes_rels_order_idx" ON "routes_rels" USING btree ("order");
  CREATE INDEX "routes_rels_parent_idx" ON "routes_rels" USING btree ("parent_id");
  CREATE INDEX "routes_rels_path_idx" ON "routes_rels" USING btree ("path");
  CREATE INDEX "routes_rels_media_id_idx" ON "routes_rels" USING btree ("media_id");
  CREATE INDEX "routes_rels_relics_id_idx" ON "routes_rels" USING btree ("relics_id");
  CREATE INDEX "routes_rels_intangible_heritage_id_idx" ON "routes_rels" USING btree ("intangible_heritage_id");
  CREATE INDEX "routes_rels_craft_villages_id_idx" ON "routes_rels" USING btree ("craft_villages_id");
  CREATE INDEX "routes_rels_ocop_products_id_idx" ON "routes_rels" USING btree ("ocop_products_id");
  CREATE INDEX "routes_rels_artisans_id_idx" ON "routes_rels" USING btree ("artisans_id");
  CREATE INDEX "_routes_v_version_stops_order_idx" ON "_routes_v_version_stops" USING btree ("_order");
  CREATE INDEX "_routes_v_version_stops_parent_id_idx" ON "_routes_v_version_stops" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_routes_v_version_stops_locales_locale_parent_id_unique" ON "_routes_v_version_stops_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_routes_v_version_stops_locales_parent_idx" ON "_routes_v_version_stops_locales" USING btree ("_parent_id");
  CREATE INDEX "_routes_v_version_sources_order_idx" ON "_routes_v_version_sources" USING btree ("_order");
  CREATE INDEX "_routes_v_version_sources_parent_id_idx" ON "_routes_v_version_sources" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_routes_v_version_sources_locales_locale_parent_id_unique" ON "_routes_v_version_sources_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_routes_v_version_sources_locales_parent_idx" ON "_routes_v_version_sources_locales" USING btree ("_parent_id");
  CREATE INDEX "_routes_v_parent_idx" ON "_routes_v" USING btree ("parent_id");
  CREATE INDEX "_routes_v_version_version_slug_idx" ON "_routes_v" USING btree ("version_slug");
  CREATE INDEX "_routes_v_version_version_code_idx" ON "_routes_v" USING btree ("version_code");
  CREATE INDEX "_routes_v_version_review_version_review_state_idx" ON "_routes_v" USING btree ("version_review_state");
  CREATE INDEX "_routes_v_version_version_updated_at_idx" ON "_routes_v" USING btree ("version_updated_at");
  CREATE INDEX "_routes_v_version_version_created_at_idx" ON "_routes_v" USING btree ("version_created_at");
  CREATE INDEX "_routes_v_version_version_deleted_at_idx" ON "_routes_v" USING btree ("version_deleted_at");
  CREATE INDEX "_routes_v_version_version__status_idx" ON "_routes_v" USING btree ("version__status");
  CREATE INDEX "_routes_v_created_at_idx" ON "_routes_v" USING btree ("created_at");
  CREATE INDEX "_routes_v_updated_at_idx" ON "_routes_v" USING btree ("updated_at");
  CREATE INDEX "_routes_v_snapshot_idx" ON "_routes_v" USING btree ("snapshot");
  CREATE INDEX "_routes_v_published_locale_idx" ON "_routes_v" USING btree ("published_locale");
  CREATE INDEX "_routes_v_latest_idx" ON "_routes_v" USING btree ("latest");
  CREATE INDEX "_routes_v_latest_updated_idx" ON "_routes_v" USING btree ("latest","version_updated_at","created_at");
  CREATE INDEX "_routes_v_version_version_title_idx" ON "_routes_v_locales" USING btree ("version_title","_locale");
  CREATE UNIQUE INDEX "_routes_v_locales_locale_parent_id_unique" ON "_routes_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_routes_v_locales_parent_idx" ON "_routes_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_routes_v_rels_order_idx" ON "_routes_v_rels" USING btree ("order");
  CREATE INDEX "_routes_v_rels_parent_idx" ON "_routes_v_rels" USING btree ("parent_id");
  CREATE INDEX "_routes_v_rels_path_idx" ON "_routes_v_rels" USING btree ("path");
  CREATE INDEX "_routes_v_rels_media_id_idx" ON "_routes_v_rels" USING btree ("media_id");
  CREATE INDEX "_routes_v_rels_relics_id_idx" ON "_routes_v_rels" USING btree ("relics_id");
  CREATE INDEX "_routes_v_rels_intangible_heritage_id_idx" ON "_routes_v_rels" USING btree ("intangible_heritage_id");
  CREATE INDEX "_routes_v_rels_craft_villages_id_idx" ON "_routes_v_rels" USING btree ("craft_villages_id");
  CREATE INDEX "_routes_v_rels_ocop_products_id_idx" ON "_routes_v_rels" USING btree ("ocop_products_id");
  CREATE INDEX "_routes_v_rels_artisans_id_idx" ON "_routes_v_rels" USING btree ("artisans_id");
  CREATE INDEX "ocop_products_sources_order_idx" ON "ocop_products_sources" USING btree ("_order");
  CREATE INDEX "ocop_products_sources_parent_id_idx" ON "ocop_products_sources" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "ocop_products_sources_locales_locale_parent_id_unique" ON "ocop_products_sources_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "ocop_products_sources_locales_parent_idx" ON "ocop_products_sources_locales" USING btree ("_parent_id");
  CREATE INDEX "ocop_products_producer_idx" ON "ocop_products" USING btree ("producer_id");
  CREATE UNIQUE INDEX "ocop_products_gtin_idx" ON "ocop_products" USING btree ("gtin");
  CREATE INDEX "ocop_products_craft_village_idx" ON "ocop_products" USING btree ("craft_village_id");
  CREATE INDEX "ocop_products_commune_idx" ON "ocop_products" USING btree ("commune_id");
  CREATE UNIQUE INDEX "ocop_products_slug_idx" ON "ocop_products" USING btree ("slug");
  CREATE UNIQUE INDEX "ocop_products_code_idx" ON "ocop_products" USING btree ("code");
  CREATE INDEX "ocop_products_review_review_state_idx" ON "ocop_products" USING btree ("review_state");
  CREATE INDEX "ocop_products_updated_at_idx" ON "ocop_products" USING btree ("updated_at");
  CREATE INDEX "ocop_products_created_at_idx" ON "ocop_products" USING btree ("created_at");
  CREATE INDEX "ocop_products_deleted_at_idx" ON "ocop_products" USING btree ("deleted_at");
  CREATE INDEX "ocop_products__status_idx" ON "ocop_products" USING btree ("_status");
  CREATE INDEX "ocop_products_updated_created_idx" ON "ocop_products" USING btree ("updated_at","created_at");
  CREATE INDEX "ocop_products_title_idx" ON "ocop_products_locales" USING btree ("title","_locale");
  CREATE UNIQUE INDEX "ocop_products_locales_locale_parent_id_unique" ON "ocop_products_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "ocop_products_locales_parent_idx" ON "ocop_products_locales" USING btree ("_parent_id");
  CREATE INDEX "ocop_products_rels_order_idx" ON "ocop_products_rels" USING btree ("order");
  CREATE INDEX "ocop_products_rels_parent_idx" ON "ocop_products_rels" USING btree ("parent_id");
  CREATE INDEX "ocop_products_rels_path_idx" ON "ocop_products_rels" USING btree ("path");
  CREATE INDEX "ocop_products_rels_media_id_idx" ON "ocop_products_rels" USING btree ("media_id");
  CREATE INDEX "_ocop_products_v_version_sources_order_idx" ON "_ocop_products_v_version_sources" USING btree ("_order");
  CREATE INDEX "_ocop_products_v_version_sources_parent_id_idx" ON "_ocop_products_v_version_sources" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_ocop_products_v_version_sources_locales_locale_parent_id_un" ON "_ocop_products_v_version_sources_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_ocop_products_v_version_sources_locales_parent_idx" ON "_ocop_products_v_version_sources_locales" USING btree ("_parent_id");
  CREATE INDEX "_ocop_products_v_parent_idx" ON "_ocop_products_v" USING btree ("parent_id");
  CREATE INDEX "_ocop_products_v_version_version_producer_idx" ON "_ocop_products_v" USING btree ("version_producer_id");
  CREATE INDEX "_ocop_products_v_version_version_gtin_idx" ON "_ocop_products_v" USING btree ("version_gtin");
  CREATE INDEX "_ocop_products_v_version_version_craft_village_idx" ON "_ocop_products_v" USING btree ("version_craft_village_id");
  CREATE INDEX "_ocop_products_v_version_version_commune_idx" ON "_ocop_products_v" USING btree ("version_commune_id");
  CREATE INDEX "_ocop_products_v_version_version_slug_idx" ON "_ocop_products_v" USING btree ("version_slug");
  CREATE INDEX "_ocop_products_v_version_version_code_idx" ON "_ocop_products_v" USING btree ("version_code");
  CREATE INDEX "_ocop_products_v_version_review_version_review_state_idx" ON "_ocop_products_v" USING btree ("version_review_state");
  CREATE INDEX "_ocop_products_v_version_version_updated_at_idx" ON "_ocop_products_v" USING btree ("version_updated_at");
  CREATE INDEX "_ocop_products_v_version_version_created_at_idx" ON "_ocop_products_v" USING btree ("version_created_at");
  CREATE INDEX "_ocop_products_v_version_version_deleted_at_idx" ON "_ocop_products_v" USING btree ("version_deleted_at");
  CREATE INDEX "_ocop_products_v_version_version__status_idx" ON "_ocop_products_v" USING btree ("version__status");
  CREATE INDEX "_ocop_products_v_created_at_idx" ON "_ocop_products_v" USING btree ("created_at");
  CREATE INDEX "_ocop_products_v_updated_at_idx" ON "_ocop_products_v" USING btree ("updated_at");
  CREATE INDEX "_ocop_products_v_snapshot_idx" ON "_ocop_products_v" USING btree ("snapshot");
  CREATE INDEX "_ocop_products_v_published_locale_idx" ON "_ocop_products_v" USING btree ("published_locale");
  CREATE INDEX "_ocop_products_v_latest_idx" ON "_ocop_products_v" USING btree ("latest");
  CREATE INDEX "_ocop_products_v_latest_updated_idx" ON "_ocop_products_v" USING btree ("latest","version_updated_at","created_at");
  CREATE INDEX "_ocop_products_v_version_version_title_idx" ON "_ocop_products_v_locales" USING btree ("version_title","_locale");
  CREATE UNIQUE INDEX "_ocop_products_v_locales_locale_parent_id_unique" ON "_ocop_products_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_ocop_products_v_locales_parent_idx" ON "_ocop_products_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_ocop_products_v_rels_order_idx" ON "_ocop_products_v_rels" USING btree ("order");
  CREATE INDEX "_ocop_products_v_rels_parent_idx" ON "_ocop_products_v_rels" USING btree ("parent_id");
  CREATE INDEX "_ocop_products_v_rels_path_idx" ON "_ocop_products_v_rels" USING btree ("path");
  CREATE INDEX "_ocop_products_v_rels_media_id_idx" ON "_ocop_products_v_rels" USING btree ("media_id");
  CREATE INDEX "producers_sources_order_idx" ON "producers_sources" USING btree ("_order");
  CREATE INDEX "producers_sources_parent_id_idx" ON "producers_sources" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "producers_sources_locales_locale_parent_id_unique" ON "producers_sources_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "producers_sources_locales_parent_idx" ON "producers_sources_locales" USING btree ("_parent_id");
  CREATE INDEX "producers_commune_idx" ON "producers" USING btree ("commune_id");
  CREATE UNIQUE INDEX "producers_slug_idx" ON "producers" USING btree ("slug");
  CREATE UNIQUE INDEX "producers_code_idx" ON "producers" USING btree ("code");
  CREATE INDEX "producers_review_review_state_idx" ON "producers" USING btree ("review_state");
  CREATE INDEX "producers_updated_at_idx" ON "producers" USING btree ("updated_at");
  CREATE INDEX "producers_created_at_idx" ON "producers" USING btree ("created_at");
  CREATE INDEX "producers_deleted_at_idx" ON "producers" USING btree ("deleted_at");
  CREATE INDEX "producers__status_idx" ON "producers" USING btree ("_status");
  CREATE INDEX "producers_updated_created_idx" ON "producers" USING btree ("updated_at","created_at");
  CREATE INDEX "producers_title_idx" ON "producers_locales" USING btree ("title","_locale");
  CREATE UNIQUE INDEX "producers_locales_locale_parent_id_unique" ON "producers_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "producers_locales_parent_idx" ON "producers_locales" USING btree ("_parent_id");
  CREATE INDEX "producers_rels_order_idx" ON "producers_rels" USING btree ("order");
  CREATE INDEX "producers_rels_parent_idx" ON "producers_rels" USING btree ("parent_id");
  CREATE INDEX "producers_rels_path_idx" ON "producers_rels" USING btree ("path");
  CREATE INDEX "producers_rels_media_id_idx" ON "producers_rels" USING btree ("media_id");
  CREATE INDEX "_producers_v_version_sources_order_idx" ON "_producers_v_version_sources" USING btree ("_order");
  CREATE INDEX "_producers_v_version_sources_parent_id_idx" ON "_producers_v_version_sources" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_producers_v_version_sources_locales_locale_parent_id_unique" ON "_producers_v_version_sources_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_producers_v_version_sources_locales_parent_idx" ON "_producers_v_version_sources_locales" USING btree ("_parent_id");
  CREATE INDEX "_producers_v_parent_idx" ON "_producers_v" USING btree ("parent_id");
  CREATE INDEX "_producers_v_version_version_commune_idx" ON "_producers_v" USING btree ("version_commune_id");
  CREATE INDEX "_producers_v_version_version_slug_idx" ON "_producers_v" USING btree ("version_slug");
  CREATE INDEX "_producers_v_version_version_code_idx" ON "_producers_v" USING btree ("version_code");
  CREATE INDEX "_producers_v_version_review_version_review_state_idx" ON "_producers_v" USING btree ("version_review_state");
  CREATE INDEX "_producers_v_version_version_updated_at_idx" ON "_producers_v" USING btree ("version_updated_at");
  CREATE INDEX "_producers_v_version_version_created_at_idx" ON "_producers_v" USING btree ("version_created_at");
  CREATE INDEX "_producers_v_version_version_deleted_at_idx" ON "_producers_v" USING btree ("version_deleted_at");
  CREATE INDEX "_producers_v_version_version__status_idx" ON "_producers_v" USING btree ("version__status");
  CREATE INDEX "_producers_v_created_at_idx" ON "_producers_v" USING btree ("created_at");
  CREATE INDEX "_producers_v_updated_at_idx" ON "_producers_v" USING btree ("updated_at");
  CREATE INDEX "_producers_v_snapshot_idx" ON "_producers_v" USING btree ("snapshot");
  CREATE INDEX "_producers_v_published_locale_idx" ON "_producers_v" USING btree ("published_locale");
  CREATE INDEX "_producers_v_latest_idx" ON "_producers_v" USING btree ("latest");
  CREATE INDEX "_producers_v_latest_updated_idx" ON "_producers_v" USING btree ("latest","version_updated_at","created_at");
  CREATE INDEX "_producers_v_version_version_title_idx" ON "_producers_v_locales" USING btree ("version_title","_locale");
  CREATE UNIQUE INDEX "_producers_v_locales_locale_parent_id_unique" ON "_producers_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_producers_v_locales_parent_idx" ON "_producers_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_producers_v_rels_order_idx" ON "_producers_v_rels" USING btree ("order");
  CREATE INDEX "_producers_v_rels_parent_idx" ON "_producers_v_rels" USING btree ("parent_id");
  CREATE INDEX "_producers_v_rels_path_idx" ON "_producers_v_rels" USING btree ("path");
  CREATE INDEX "_producers_v_rels_media_id_idx" ON "_producers_v_rels" USING btree ("media_id");
  CREATE INDEX "batches_raw_materials_order_idx" ON "batches_raw_materials" USING btree ("_order");
  CREATE INDEX "batches_raw_materials_parent_id_idx" ON "batches_raw_materials" USING btree ("_parent_id");
  CREATE INDEX "batches_raw_materials_commune_idx" ON "batches_raw_materials" USING btree ("commune_id");
  CREATE UNIQUE INDEX "batches_raw_materials_locales_locale_parent_id_unique" ON "batches_raw_materials_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "batches_raw_materials_locales_parent_idx" ON "batches_raw_materials_locales" USING btree ("_parent_id");
  CREATE INDEX "batches_test_reports_order_idx" ON "batches_test_reports" USING btree ("_order");
  CREATE INDEX "batches_test_reports_parent_id_idx" ON "batches_test_reports" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "batches_test_reports_locales_locale_parent_id_unique" ON "batches_test_reports_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "batches_test_reports_locales_parent_idx" ON "batches_test_reports_locales" USING btree ("_parent_id");
  CREATE INDEX "batches_lot_code_idx" ON "batches" USING btree ("lot_code");
  CREATE INDEX "batches_product_idx" ON "batches" USING btree ("product_id");
  CREATE UNIQUE INDEX "batches_code_idx" ON "batches" USING btree ("code");
  CREATE INDEX "batches_updated_at_idx" ON "batches" USING btree ("updated_at");
  CREATE INDEX "batches_created_at_idx" ON "batches" USING btree ("created_at");
  CREATE INDEX "batches_deleted_at_idx" ON "batches" USING btree ("deleted_at");
  CREATE INDEX "batches__status_idx" ON "batches" USING btree ("_status");
  CREATE INDEX "batches_updated_created_idx" ON "batches" USING btree ("updated_at","created_at");
  CREATE UNIQUE INDEX "batches_locales_locale_parent_id_unique" ON "batches_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "batches_locales_parent_idx" ON "batches_locales" USING btree ("_parent_id");
  CREATE INDEX "_batches_v_version_raw_materials_order_idx" ON "_batches_v_version_raw_materials" USING btree ("_order");
  CREATE INDEX "_batches_v_version_raw_materials_parent_id_idx" ON "_batches_v_version_raw_materials" USING btree ("_parent_id");
  CREATE INDEX "_batches_v_version_raw_materials_commune_idx" ON "_batches_v_version_raw_materials" USING btree ("commune_id");
  CREATE UNIQUE INDEX "_batches_v_version_raw_materials_locales_locale_parent_id_un" ON "_batches_v_version_raw_materials_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_batches_v_version_raw_materials_locales_parent_idx" ON "_batches_v_version_raw_materials_locales" USING btree ("_parent_id");
  CREATE INDEX "_batches_v_version_test_reports_order_idx" ON "_batches_v_version_test_reports" USING btree ("_order");
  CREATE INDEX "_batches_v_version_test_reports_parent_id_idx" ON "_batches_v_version_test_reports" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_batches_v_version_test_reports_locales_locale_parent_id_uni" ON "_batches_v_version_test_reports_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_batches_v_version_test_reports_locales_parent_idx" ON "_batches_v_version_test_reports_locales" USING btree ("_parent_id");
  CREATE INDEX "_batches_v_parent_idx" ON "_batches_v" USING btree ("parent_id");
  CREATE INDEX "_batches_v_version_version_lot_code_idx" ON "_batches_v" USING btree ("version_lot_code");
  CREATE INDEX "_batches_v_version_version_product_idx" ON "_batches_v" USING btree ("version_product_id");
  CREATE INDEX "_batches_v_version_version_code_idx" ON "_batches_v" USING btree ("version_code");
  CREATE INDEX "_batches_v_version_version_updated_at_idx" ON "_batches_v" USING btree ("version_updated_at");
  CREATE INDEX "_batches_v_version_version_created_at_idx" ON "_batches_v" USING btree ("version_created_at");
  CREATE INDEX "_batches_v_version_version_deleted_at_idx" ON "_batches_v" USING btree ("version_deleted_at");
  CREATE INDEX "_batches_v_version_version__status_idx" ON "_batches_v" USING btree ("version__status");
  CREATE INDEX "_batches_v_created_at_idx" ON "_batches_v" USING btree ("created_at");
  CREATE INDEX "_batches_v_updated_at_idx" ON "_batches_v" USING btree ("updated_at");
  CREATE INDEX "_batches_v_snapshot_idx" ON "_batches_v" USING btree ("snapshot");
  CREATE INDEX "_batches_v_published_locale_idx" ON "_batches_v" USING btree ("published_locale");
  CREATE INDEX "_batches_v_latest_idx" ON "_batches_v" USING btree ("latest");
  CREATE INDEX "_batches_v_latest_updated_idx" ON "_batches_v" USING btree ("latest","version_updated_at","created_at");
  CREATE UNIQUE INDEX "_batches_v_locales_locale_parent_id_unique" ON "_batches_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_batches_v_locales_parent_idx" ON "_batches_v_locales" USING btree ("_parent_id");
  CREATE INDEX "media_uploaded_by_idx" ON "media" USING btree ("uploaded_by_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_updated_created_idx" ON "media" USING btree ("updated_at","created_at");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_locales_parent_idx" ON "media_locales" USING btree ("_parent_id");
  CREATE INDEX "panoramas_uploaded_by_idx" ON "panoramas" USING btree ("uploaded_by_id");
  CREATE INDEX "panoramas_updated_at_idx" ON "panoramas" USING btree ("updated_at");
  CREATE INDEX "panoramas_created_at_idx" ON "panoramas" USING btree ("created_at");
  CREATE UNIQUE INDEX "panoramas_filename_idx" ON "panoramas" USING btree ("filename");
  CREATE INDEX "panoramas_updated_created_idx" ON "panoramas" USING btree ("updated_at","created_at");
  CREATE UNIQUE INDEX "panoramas_locales_locale_parent_id_unique" ON "panoramas_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "panoramas_locales_parent_idx" ON "panoramas_locales" USING btree ("_parent_id");
  CREATE INDEX "models_uploaded_by_idx" ON "models" USING btree ("uploaded_by_id");
  CREATE INDEX "models_poster_idx" ON "models" USING btree ("poster_id");
  CREATE INDEX "models_updated_at_idx" ON "models" USING btree ("updated_at");
  CREATE INDEX "models_created_at_idx" ON "models" USING btree ("created_at");
  CREATE UNIQUE INDEX "models_filename_idx" ON "models" USING btree ("filename");
  CREATE INDEX "models_updated_created_idx" ON "models" USING btree ("updated_at","created_at");
  CREATE UNIQUE INDEX "models_locales_locale_parent_id_unique" ON "models_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "models_locales_parent_idx" ON "models_locales" USING btree ("_parent_id");
  CREATE INDEX "audio_uploaded_by_idx" ON "audio" USING btree ("uploaded_by_id");
  CREATE INDEX "audio_updated_at_idx" ON "audio" USING btree ("updated_at");
  CREATE INDEX "audio_created_at_idx" ON "audio" USING btree ("created_at");
  CREATE UNIQUE INDEX "audio_filename_idx" ON "audio" USING btree ("filename");
  CREATE INDEX "audio_updated_created_idx" ON "audio" USING btree ("updated_at","created_at");
  CREATE UNIQUE INDEX "audio_locales_locale_parent_id_unique" ON "audio_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "audio_locales_parent_idx" ON "audio_locales" USING btree ("_parent_id");
  CREATE INDEX "admin_units_former_names_order_idx" ON "admin_units_former_names" USING btree ("_order");
  CREATE INDEX "admin_units_former_names_parent_id_idx" ON "admin_units_former_names" USING btree ("_parent_id");
  CREATE INDEX "admin_units_level_idx" ON "admin_units" USING btree ("level");
  CREATE UNIQUE INDEX "admin_units_code_idx" ON "admin_units" USING btree ("code");
  CREATE INDEX "admin_units_parent_idx" ON "admin_units" USING btree ("parent_id");
  CREATE INDEX "admin_units_updated_at_idx" ON "admin_units" USING btree ("updated_at");
  CREATE INDEX "admin_units_created_at_idx" ON "admin_units" USING btree ("created_at");
  CREATE INDEX "admin_units_updated_created_idx" ON "admin_units" USING btree ("updated_at","created_at");
  CREATE INDEX "admin_units_name_idx" ON "admin_units_locales" USING btree ("name","_locale");
  CREATE UNIQUE INDEX "admin_units_locales_locale_parent_id_unique" ON "admin_units_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "admin_units_locales_parent_idx" ON "admin_units_locales" USING btree ("_parent_id");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_province_idx" ON "users" USING btree ("province_id");
  CREATE INDEX "users_producer_idx" ON "users" USING btree ("producer_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "users_updated_created_idx" ON "users" USING btree ("updated_at","created_at");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_admin_units_id_idx" ON "users_rels" USING btree ("admin_units_id");
  CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");
  CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id");
  CREATE INDEX "audit_log_target_collection_idx" ON "audit_log" USING btree ("target_collection");
  CREATE INDEX "audit_log_target_id_idx" ON "audit_log" USING btree ("target_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  CREATE INDEX "audit_log_updated_created_idx" ON "audit_log" USING btree ("updated_at","created_at");
  CREATE UNIQUE INDEX "qr_codes_code_idx" ON "qr_codes" USING btree ("code");
  CREATE INDEX "qr_codes_updated_at_idx" ON "qr_codes" USING btree ("updated_at");
  CREATE INDEX "qr_codes_created_at_idx" ON "qr_codes" USING btree ("created_at");
  CREATE INDEX "collection_document_idx" ON "qr_codes" USING btree ("collection","document");
  CREATE INDEX "qr_codes_updated_created_idx" ON "qr_codes" USING btree ("updated_at","created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_jobs_updated_created_idx" ON "payload_jobs" USING btree ("updated_at","created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_updated_created_idx" ON "payload_locked_documents" USING btree ("updated_at","created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_relics_id_idx" ON "payload_locked_documents_rels" USING btree ("relics_id");
  CREATE INDEX "payload_locked_documents_rels_intangible_heritage_id_idx" ON "payload_locked_documents_rels" USING btree ("intangible_heritage_id");
  CREATE INDEX "payload_locked_documents_rels_craft_villages_id_idx" ON "payload_locked_documents_rels" USING btree ("craft_villages_id");
  CREATE INDEX "payload_locked_documents_rels_artisans_id_idx" ON "payload_locked_documents_rels" USING btree ("artisans_id");
  CREATE INDEX "payload_locked_documents_rels_routes_id_idx" ON "payload_locked_documents_rels" USING btree ("routes_id");
  CREATE INDEX "payload_locked_documents_rels_ocop_products_id_idx" ON "payload_locked_documents_rels" USING btree ("ocop_products_id");
  CREATE INDEX "payload_locked_documents_rels_producers_id_idx" ON "payload_locked_documents_rels" USING btree ("producers_id");
  CREATE INDEX "payload_locked_documents_rels_batches_id_idx" ON "payload_locked_documents_rels" USING btree ("batches_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_panoramas_id_idx" ON "payload_locked_documents_rels" USING btree ("panoramas_id");
  CREATE INDEX "payload_locked_documents_rels_models_id_idx" ON "payload_locked_documents_rels" USING btree ("models_id");
  CREATE INDEX "payload_locked_documents_rels_audio_id_idx" ON "payload_locked_documents_rels" USING btree ("audio_id");
  CREATE INDEX "payload_locked_documents_rels_admin_units_id_idx" ON "payload_locked_documents_rels" USING btree ("admin_units_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");
  CREATE INDEX "payload_locked_documents_rels_qr_codes_id_idx" ON "payload_locked_documents_rels" USING btree ("qr_codes_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_updated_created_idx" ON "payload_preferences" USING btree ("updated_at","created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "payload_migrations_updated_created_idx" ON "payload_migrations" USING btree ("updated_at","created_at");
  CREATE INDEX "site_status_updated_created_idx" ON "site_status" USING btree ("updated_at","created_at");
  CREATE INDEX "installation_site_locales_order_idx" ON "installation_site_locales" USING btree ("order");
  CREATE INDEX "installation_site_locales_parent_idx" ON "installation_site_locales" USING btree ("parent_id");
  CREATE INDEX "installation_province_idx" ON "installation" USING btree ("province_id");
  CREATE INDEX "installation_updated_created_idx" ON "installation" USING btree ("updated_at","created_at");`)
  // The country's 34 provinces and 3,321 communes with their former communes, in this transaction.
  const loaded = await loadAdministrativeUnits(payload, req)
  payload.logger.info(
    `Administrative units: ${loaded.created} created, ${loaded.adopted} completed with their codes (${loaded.ms} ms).`,
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "relics_types" CASCADE;
  DROP TABLE "relics_sites" CASCADE;
  DROP TABLE "relics_sites_locales" CASCADE;
  DROP TABLE "relics_protection_zones" CASCADE;
  DROP TABLE "relics_sources" CASCADE;
  DROP TABLE "relics_sources_locales" CASCADE;
  DROP TABLE "relics" CASCADE;
  DROP TABLE "relics_locales" CASCADE;
  DROP TABLE "relics_rels" CASCADE;
  DROP TABLE "_relics_v_version_types" CASCADE;
  DROP TABLE "_relics_v_version_sites" CASCADE;
  DROP TABLE "_relics_v_version_sites_locales" CASCADE;
  DROP TABLE "_relics_v_version_protection_zones" CASCADE;
  DROP TABLE "_relics_v_version_sources" CASCADE;
  DROP TABLE "_relics_v_version_sources_locales" CASCADE;
  DROP TABLE "_relics_v" CASCADE;
  DROP TABLE "_relics_v_locales" CASCADE;
  DROP TABLE "_relics_v_rels" CASCADE;
  DROP TABLE "intangible_heritage_communities" CASCADE;
  DROP TABLE "intangible_heritage_communities_locales" CASCADE;
  DROP TABLE "intangible_heritage_festival_dates" CASCADE;
  DROP TABLE "intangible_heritage_festival_dates_locales" CASCADE;
  DROP TABLE "intangible_heritage_sources" CASCADE;
  DROP TABLE "intangible_heritage_sources_locales" CASCADE;
  DROP TABLE "intangible_heritage" CASCADE;
  DROP TABLE "intangible_heritage_locales" CASCADE;
  DROP TABLE "intangible_heritage_rels" CASCADE;
  DROP TABLE "_intangible_heritage_v_version_communities" CASCADE;
  DROP TABLE "_intangible_heritage_v_version_communities_locales" CASCADE;
  DROP TABLE "_intangible_heritage_v_version_festival_dates" CASCADE;
  DROP TABLE "_intangible_heritage_v_version_festival_dates_locales" CASCADE;
  DROP TABLE "_intangible_heritage_v_version_sources" CASCADE;
  DROP TABLE "_intangible_heritage_v_version_sources_locales" CASCADE;
  DROP TABLE "_intangible_heritage_v" CASCADE;
  DROP TABLE "_intangible_heritage_v_locales" CASCADE;
  DROP TABLE "_intangible_heritage_v_rels" CASCADE;
  DROP TABLE "craft_villages_crafts" CASCADE;
  DROP TABLE "craft_villages_crafts_locales" CASCADE;
  DROP TABLE "craft_villages_sources" CASCADE;
  DROP TABLE "craft_villages_sources_locales" CASCADE;
  DROP TABLE "craft_villages" CASCADE;
  DROP TABLE "craft_villages_locales" CASCADE;
  DROP TABLE "craft_villages_rels" CASCADE;
  DROP TABLE "_craft_villages_v_version_crafts" CASCADE;
  DROP TABLE "_craft_villages_v_version_crafts_locales" CASCADE;
  DROP TABLE "_craft_villages_v_version_sources" CASCADE;
  DROP TABLE "_craft_villages_v_version_sources_locales" CASCADE;
  DROP TABLE "_craft_villages_v" CASCADE;
  DROP TABLE "_craft_villages_v_locales" CASCADE;
  DROP TABLE "_craft_villages_v_rels" CASCADE;
  DROP TABLE "artisans_crafts" CASCADE;
  DROP TABLE "artisans_crafts_locales" CASCADE;
  DROP TABLE "artisans_sources" CASCADE;
  DROP TABLE "artisans_sources_locales" CASCADE;
  DROP TABLE "artisans" CASCADE;
  DROP TABLE "artisans_locales" CASCADE;
  DROP TABLE "artisans_rels" CASCADE;
  DROP TABLE "_artisans_v_version_crafts" CASCADE;
  DROP TABLE "_artisans_v_version_crafts_locales" CASCADE;
  DROP TABLE "_artisans_v_version_sources" CASCADE;
  DROP TABLE "_artisans_v_version_sources_locales" CASCADE;
  DROP TABLE "_artisans_v" CASCADE;
  DROP TABLE "_artisans_v_locales" CASCADE;
  DROP TABLE "_artisans_v_rels" CASCADE;
  DROP TABLE "routes_stops" CASCADE;
  DROP TABLE "routes_stops_locales" CASCADE;
  DROP TABLE "routes_sources" CASCADE;
  DROP TABLE "routes_sources_locales" CASCADE;
  DROP TABLE "routes" CASCADE;
  DROP TABLE "routes_locales" CASCADE;
  DROP TABLE "routes_rels" CASCADE;
  DROP TABLE "_routes_v_version_stops" CASCADE;
  DROP TABLE "_routes_v_version_stops_locales" CASCADE;
  DROP TABLE "_routes_v_version_sources" CASCADE;
  DROP TABLE "_routes_v_version_sources_locales" CASCADE;
  DROP TABLE "_routes_v" CASCADE;
  DROP TABLE "_routes_v_locales" CASCADE;
  DROP TABLE "_routes_v_rels" CASCADE;
  DROP TABLE "ocop_products_sources" CASCADE;
  DROP TABLE "ocop_products_sources_locales" CASCADE;
  DROP TABLE "ocop_products" CASCADE;
  DROP TABLE "ocop_products_locales" CASCADE;
  DROP TABLE "ocop_products_rels" CASCADE;
  DROP TABLE "_ocop_products_v_version_sources" CASCADE;
  DROP TABLE "_ocop_products_v_version_sources_locales" CASCADE;
  DROP TABLE "_ocop_products_v" CASCADE;
  DROP TABLE "_ocop_products_v_locales" CASCADE;
  DROP TABLE "_ocop_products_v_rels" CASCADE;
  DROP TABLE "producers_sources" CASCADE;
  DROP TABLE "producers_sources_locales" CASCADE;
  DROP TABLE "producers" CASCADE;
  DROP TABLE "producers_locales" CASCADE;
  DROP TABLE "producers_rels" CASCADE;
  DROP TABLE "_producers_v_version_sources" CASCADE;
  DROP TABLE "_producers_v_version_sources_locales" CASCADE;
  DROP TABLE "_producers_v" CASCADE;
  DROP TABLE "_producers_v_locales" CASCADE;
  DROP TABLE "_producers_v_rels" CASCADE;
  DROP TABLE "batches_raw_materials" CASCADE;
  DROP TABLE "batches_raw_materials_locales" CASCADE;
  DROP TABLE "batches_test_reports" CASCADE;
  DROP TABLE "batches_test_reports_locales" CASCADE;
  DROP TABLE "batches" CASCADE;
  DROP TABLE "batches_locales" CASCADE;
  DROP TABLE "_batches_v_version_raw_materials" CASCADE;
  DROP TABLE "_batches_v_version_raw_materials_locales" CASCADE;
  DROP TABLE "_batches_v_version_test_reports" CASCADE;
  DROP TABLE "_batches_v_version_test_reports_locales" CASCADE;
  DROP TABLE "_batches_v" CASCADE;
  DROP TABLE "_batches_v_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "panoramas" CASCADE;
  DROP TABLE "panoramas_locales" CASCADE;
  DROP TABLE "models" CASCADE;
  DROP TABLE "models_locales" CASCADE;
  DROP TABLE "audio" CASCADE;
  DROP TABLE "audio_locales" CASCADE;
  DROP TABLE "admin_units_former_names" CASCADE;
  DROP TABLE "admin_units" CASCADE;
  DROP TABLE "admin_units_locales" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "qr_codes" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "site_status" CASCADE;
  DROP TABLE "installation_site_locales" CASCADE;
  DROP TABLE "installation" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_relics_types";
  DROP TYPE "public"."enum_relics_protection_zones_zone";
  DROP TYPE "public"."enum_relics_rank";
  DROP TYPE "public"."date_prec";
  DROP TYPE "public"."enum_relics_review_state";
  DROP TYPE "public"."enum_relics_status";
  DROP TYPE "public"."enum__relics_v_version_types";
  DROP TYPE "public"."enum__relics_v_version_protection_zones_zone";
  DROP TYPE "public"."enum__relics_v_version_rank";
  DROP TYPE "public"."enum__relics_v_version_review_state";
  DROP TYPE "public"."enum__relics_v_version_status";
  DROP TYPE "public"."enum__relics_v_published_locale";
  DROP TYPE "public"."enum_intangible_heritage_type";
  DROP TYPE "public"."enum_intangible_heritage_type2010";
  DROP TYPE "public"."enum_intangible_heritage_list_level";
  DROP TYPE "public"."enum_intangible_heritage_review_state";
  DROP TYPE "public"."enum_intangible_heritage_status";
  DROP TYPE "public"."enum__intangible_heritage_v_version_type";
  DROP TYPE "public"."enum__intangible_heritage_v_version_type2010";
  DROP TYPE "public"."enum__intangible_heritage_v_version_list_level";
  DROP TYPE "public"."enum__intangible_heritage_v_version_review_state";
  DROP TYPE "public"."enum__intangible_heritage_v_version_status";
  DROP TYPE "public"."enum__intangible_heritage_v_published_locale";
  DROP TYPE "public"."enum_craft_villages_review_state";
  DROP TYPE "public"."enum_craft_villages_status";
  DROP TYPE "public"."enum__craft_villages_v_version_review_state";
  DROP TYPE "public"."enum__craft_villages_v_version_status";
  DROP TYPE "public"."enum__craft_villages_v_published_locale";
  DROP TYPE "public"."enum_artisans_honour";
  DROP TYPE "public"."enum_artisans_review_state";
  DROP TYPE "public"."enum_artisans_status";
  DROP TYPE "public"."enum__artisans_v_version_honour";
  DROP TYPE "public"."enum__artisans_v_version_review_state";
  DROP TYPE "public"."enum__artisans_v_version_status";
  DROP TYPE "public"."enum__artisans_v_published_locale";
  DROP TYPE "public"."enum_routes_review_state";
  DROP TYPE "public"."enum_routes_status";
  DROP TYPE "public"."enum__routes_v_version_review_state";
  DROP TYPE "public"."enum__routes_v_version_status";
  DROP TYPE "public"."enum__routes_v_published_locale";
  DROP TYPE "public"."enum_ocop_products_group";
  DROP TYPE "public"."enum_ocop_products_stars";
  DROP TYPE "public"."enum_ocop_products_certificate_level";
  DROP TYPE "public"."enum_ocop_products_review_state";
  DROP TYPE "public"."enum_ocop_products_status";
  DROP TYPE "public"."enum__ocop_products_v_version_group";
  DROP TYPE "public"."enum__ocop_products_v_version_stars";
  DROP TYPE "public"."enum__ocop_products_v_version_certificate_level";
  DROP TYPE "public"."enum__ocop_products_v_version_review_state";
  DROP TYPE "public"."enum__ocop_products_v_version_status";
  DROP TYPE "public"."enum__ocop_products_v_published_locale";
  DROP TYPE "public"."enum_producers_kind";
  DROP TYPE "public"."enum_producers_review_state";
  DROP TYPE "public"."enum_producers_status";
  DROP TYPE "public"."enum__producers_v_version_kind";
  DROP TYPE "public"."enum__producers_v_version_review_state";
  DROP TYPE "public"."enum__producers_v_version_status";
  DROP TYPE "public"."enum__producers_v_published_locale";
  DROP TYPE "public"."enum_batches_status";
  DROP TYPE "public"."enum__batches_v_version_status";
  DROP TYPE "public"."enum__batches_v_published_locale";
  DROP TYPE "public"."enum_audio_language";
  DROP TYPE "public"."enum_admin_units_level";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_audit_log_action";
  DROP TYPE "public"."enum_qr_codes_collection";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_site_status_state";
  DROP TYPE "public"."enum_site_status_failure";
  DROP TYPE "public"."enum_installation_site_locales";`)
}
