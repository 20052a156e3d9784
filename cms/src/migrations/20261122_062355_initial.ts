import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`relics_types\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`relics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`relics_types_order_idx\` ON \`relics_types\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`relics_types_parent_idx\` ON \`relics_types\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`relics_sites\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`location_lat\` numeric,
  	\`location_lng\` numeric,
  	\`commune_id\` integer,
  	FOREIGN KEY (\`commune_id\`) REFERENCES \`admin_units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`relics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`relics_sites_order_idx\` ON \`relics_sites\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`relics_sites_parent_id_idx\` ON \`relics_sites\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`relics_sites_commune_idx\` ON \`relics_sites\` (\`commune_id\`);`)
  await db.run(sql`CREATE TABLE \`relics_sites_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`relics_sites\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`relics_sites_locales_locale_parent_id_unique\` ON \`relics_sites_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`relics_protection_zones\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`zone\` text,
  	\`boundary\` text,
  	\`area_hectares\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`relics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`relics_protection_zones_order_idx\` ON \`relics_protection_zones\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`relics_protection_zones_parent_id_idx\` ON \`relics_protection_zones\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`relics_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`citation\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`relics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`relics_sources_order_idx\` ON \`relics_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`relics_sources_parent_id_idx\` ON \`relics_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`relics_sources_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`relics_sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`relics_sources_locales_locale_parent_id_unique\` ON \`relics_sources_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`relics\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`rank\` text DEFAULT 'inventoried',
  	\`ranking_decision_number\` text,
  	\`ranking_decision_date\` text,
  	\`location_lat\` numeric,
  	\`location_lng\` numeric,
  	\`commune_id\` integer,
  	\`slug\` text,
  	\`internal_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`commune_id\`) REFERENCES \`admin_units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`relics_rank_idx\` ON \`relics\` (\`rank\`);`)
  await db.run(sql`CREATE INDEX \`relics_commune_idx\` ON \`relics\` (\`commune_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`relics_slug_idx\` ON \`relics\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`relics_updated_at_idx\` ON \`relics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`relics_created_at_idx\` ON \`relics\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`relics__status_idx\` ON \`relics\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`relics_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`ranking_decision_issuer\` text,
  	\`opening_hours\` text,
  	\`ticket_info\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`relics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`relics_title_idx\` ON \`relics_locales\` (\`title\`,\`_locale\`);`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`relics_locales_locale_parent_id_unique\` ON \`relics_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`relics_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`intangible_heritage_id\` integer,
  	\`panoramas_id\` integer,
  	\`models_id\` integer,
  	\`audio_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`relics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`intangible_heritage_id\`) REFERENCES \`intangible_heritage\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`panoramas_id\`) REFERENCES \`panoramas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`models_id\`) REFERENCES \`models\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audio_id\`) REFERENCES \`audio\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`relics_rels_order_idx\` ON \`relics_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`relics_rels_parent_idx\` ON \`relics_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`relics_rels_path_idx\` ON \`relics_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`relics_rels_media_id_idx\` ON \`relics_rels\` (\`media_id\`);`)
  await db.run(
    sql`CREATE INDEX \`relics_rels_intangible_heritage_id_idx\` ON \`relics_rels\` (\`intangible_heritage_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`relics_rels_panoramas_id_idx\` ON \`relics_rels\` (\`panoramas_id\`);`)
  await db.run(sql`CREATE INDEX \`relics_rels_models_id_idx\` ON \`relics_rels\` (\`models_id\`);`)
  await db.run(sql`CREATE INDEX \`relics_rels_audio_id_idx\` ON \`relics_rels\` (\`audio_id\`);`)
  await db.run(sql`CREATE TABLE \`_relics_v_version_types\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_relics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_relics_v_version_types_order_idx\` ON \`_relics_v_version_types\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_relics_v_version_types_parent_idx\` ON \`_relics_v_version_types\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_relics_v_version_sites\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`location_lat\` numeric,
  	\`location_lng\` numeric,
  	\`commune_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`commune_id\`) REFERENCES \`admin_units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_relics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_relics_v_version_sites_order_idx\` ON \`_relics_v_version_sites\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`_relics_v_version_sites_parent_id_idx\` ON \`_relics_v_version_sites\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_relics_v_version_sites_commune_idx\` ON \`_relics_v_version_sites\` (\`commune_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_relics_v_version_sites_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_relics_v_version_sites\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_relics_v_version_sites_locales_locale_parent_id_unique\` ON \`_relics_v_version_sites_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_relics_v_version_protection_zones\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`zone\` text,
  	\`boundary\` text,
  	\`area_hectares\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_relics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_relics_v_version_protection_zones_order_idx\` ON \`_relics_v_version_protection_zones\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_relics_v_version_protection_zones_parent_id_idx\` ON \`_relics_v_version_protection_zones\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_relics_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`citation\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_relics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_relics_v_version_sources_order_idx\` ON \`_relics_v_version_sources\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`_relics_v_version_sources_parent_id_idx\` ON \`_relics_v_version_sources\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_relics_v_version_sources_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_relics_v_version_sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_relics_v_version_sources_locales_locale_parent_id_unique\` ON \`_relics_v_version_sources_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_relics_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_rank\` text DEFAULT 'inventoried',
  	\`version_ranking_decision_number\` text,
  	\`version_ranking_decision_date\` text,
  	\`version_location_lat\` numeric,
  	\`version_location_lng\` numeric,
  	\`version_commune_id\` integer,
  	\`version_slug\` text,
  	\`version_internal_notes\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`relics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_commune_id\`) REFERENCES \`admin_units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_relics_v_parent_idx\` ON \`_relics_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_relics_v_version_version_rank_idx\` ON \`_relics_v\` (\`version_rank\`);`)
  await db.run(sql`CREATE INDEX \`_relics_v_version_version_commune_idx\` ON \`_relics_v\` (\`version_commune_id\`);`)
  await db.run(sql`CREATE INDEX \`_relics_v_version_version_slug_idx\` ON \`_relics_v\` (\`version_slug\`);`)
  await db.run(
    sql`CREATE INDEX \`_relics_v_version_version_updated_at_idx\` ON \`_relics_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_relics_v_version_version_created_at_idx\` ON \`_relics_v\` (\`version_created_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_relics_v_version_version__status_idx\` ON \`_relics_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_relics_v_created_at_idx\` ON \`_relics_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_relics_v_updated_at_idx\` ON \`_relics_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_relics_v_snapshot_idx\` ON \`_relics_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_relics_v_published_locale_idx\` ON \`_relics_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_relics_v_latest_idx\` ON \`_relics_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_relics_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_ranking_decision_issuer\` text,
  	\`version_opening_hours\` text,
  	\`version_ticket_info\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_relics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_relics_v_version_version_title_idx\` ON \`_relics_v_locales\` (\`version_title\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`_relics_v_locales_locale_parent_id_unique\` ON \`_relics_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_relics_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`intangible_heritage_id\` integer,
  	\`panoramas_id\` integer,
  	\`models_id\` integer,
  	\`audio_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_relics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`intangible_heritage_id\`) REFERENCES \`intangible_heritage\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`panoramas_id\`) REFERENCES \`panoramas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`models_id\`) REFERENCES \`models\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audio_id\`) REFERENCES \`audio\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_relics_v_rels_order_idx\` ON \`_relics_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_relics_v_rels_parent_idx\` ON \`_relics_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_relics_v_rels_path_idx\` ON \`_relics_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_relics_v_rels_media_id_idx\` ON \`_relics_v_rels\` (\`media_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_relics_v_rels_intangible_heritage_id_idx\` ON \`_relics_v_rels\` (\`intangible_heritage_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_relics_v_rels_panoramas_id_idx\` ON \`_relics_v_rels\` (\`panoramas_id\`);`)
  await db.run(sql`CREATE INDEX \`_relics_v_rels_models_id_idx\` ON \`_relics_v_rels\` (\`models_id\`);`)
  await db.run(sql`CREATE INDEX \`_relics_v_rels_audio_id_idx\` ON \`_relics_v_rels\` (\`audio_id\`);`)
  await db.run(sql`CREATE TABLE \`intangible_heritage_communities\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`commune_id\` integer,
  	FOREIGN KEY (\`commune_id\`) REFERENCES \`admin_units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`intangible_heritage\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`intangible_heritage_communities_order_idx\` ON \`intangible_heritage_communities\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`intangible_heritage_communities_parent_id_idx\` ON \`intangible_heritage_communities\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`intangible_heritage_communities_commune_idx\` ON \`intangible_heritage_communities\` (\`commune_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`intangible_heritage_communities_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`intangible_heritage_communities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`intangible_heritage_communities_locales_locale_parent_id_uni\` ON \`intangible_heritage_communities_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`intangible_heritage_festival_dates\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`lunar_day\` numeric,
  	\`lunar_month\` numeric,
  	\`leap_month\` integer,
  	\`duration_days\` numeric DEFAULT 1,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`intangible_heritage\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`intangible_heritage_festival_dates_order_idx\` ON \`intangible_heritage_festival_dates\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`intangible_heritage_festival_dates_parent_id_idx\` ON \`intangible_heritage_festival_dates\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`intangible_heritage_festival_dates_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`intangible_heritage_festival_dates\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`intangible_heritage_festival_dates_locales_locale_parent_id_\` ON \`intangible_heritage_festival_dates_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`intangible_heritage_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`citation\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`intangible_heritage\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`intangible_heritage_sources_order_idx\` ON \`intangible_heritage_sources\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`intangible_heritage_sources_parent_id_idx\` ON \`intangible_heritage_sources\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`intangible_heritage_sources_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`intangible_heritage_sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`intangible_heritage_sources_locales_locale_parent_id_unique\` ON \`intangible_heritage_sources_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`intangible_heritage\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`type\` text,
  	\`type2010\` text,
  	\`list_level\` text,
  	\`inscription_year\` numeric,
  	\`location_lat\` numeric,
  	\`location_lng\` numeric,
  	\`commune_id\` integer,
  	\`slug\` text,
  	\`internal_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`commune_id\`) REFERENCES \`admin_units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`intangible_heritage_list_level_idx\` ON \`intangible_heritage\` (\`list_level\`);`)
  await db.run(sql`CREATE INDEX \`intangible_heritage_commune_idx\` ON \`intangible_heritage\` (\`commune_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`intangible_heritage_slug_idx\` ON \`intangible_heritage\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`intangible_heritage_updated_at_idx\` ON \`intangible_heritage\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`intangible_heritage_created_at_idx\` ON \`intangible_heritage\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`intangible_heritage__status_idx\` ON \`intangible_heritage\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`intangible_heritage_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`intangible_heritage\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`intangible_heritage_title_idx\` ON \`intangible_heritage_locales\` (\`title\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`intangible_heritage_locales_locale_parent_id_unique\` ON \`intangible_heritage_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`intangible_heritage_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`panoramas_id\` integer,
  	\`models_id\` integer,
  	\`audio_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`intangible_heritage\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`panoramas_id\`) REFERENCES \`panoramas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`models_id\`) REFERENCES \`models\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audio_id\`) REFERENCES \`audio\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`intangible_heritage_rels_order_idx\` ON \`intangible_heritage_rels\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`intangible_heritage_rels_parent_idx\` ON \`intangible_heritage_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`intangible_heritage_rels_path_idx\` ON \`intangible_heritage_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`intangible_heritage_rels_media_id_idx\` ON \`intangible_heritage_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`intangible_heritage_rels_panoramas_id_idx\` ON \`intangible_heritage_rels\` (\`panoramas_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`intangible_heritage_rels_models_id_idx\` ON \`intangible_heritage_rels\` (\`models_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`intangible_heritage_rels_audio_id_idx\` ON \`intangible_heritage_rels\` (\`audio_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_intangible_heritage_v_version_communities\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`commune_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`commune_id\`) REFERENCES \`admin_units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_intangible_heritage_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_intangible_heritage_v_version_communities_order_idx\` ON \`_intangible_heritage_v_version_communities\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_intangible_heritage_v_version_communities_parent_id_idx\` ON \`_intangible_heritage_v_version_communities\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_intangible_heritage_v_version_communities_commune_idx\` ON \`_intangible_heritage_v_version_communities\` (\`commune_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_intangible_heritage_v_version_communities_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_intangible_heritage_v_version_communities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_intangible_heritage_v_version_communities_locales_locale_pa\` ON \`_intangible_heritage_v_version_communities_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_intangible_heritage_v_version_festival_dates\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`lunar_day\` numeric,
  	\`lunar_month\` numeric,
  	\`leap_month\` integer,
  	\`duration_days\` numeric DEFAULT 1,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_intangible_heritage_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_intangible_heritage_v_version_festival_dates_order_idx\` ON \`_intangible_heritage_v_version_festival_dates\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_intangible_heritage_v_version_festival_dates_parent_id_idx\` ON \`_intangible_heritage_v_version_festival_dates\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_intangible_heritage_v_version_festival_dates_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_intangible_heritage_v_version_festival_dates\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_intangible_heritage_v_version_festival_dates_locales_locale\` ON \`_intangible_heritage_v_version_festival_dates_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_intangible_heritage_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`citation\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_intangible_heritage_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_intangible_heritage_v_version_sources_order_idx\` ON \`_intangible_heritage_v_version_sources\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_intangible_heritage_v_version_sources_parent_id_idx\` ON \`_intangible_heritage_v_version_sources\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_intangible_heritage_v_version_sources_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_intangible_heritage_v_version_sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_intangible_heritage_v_version_sources_locales_locale_parent\` ON \`_intangible_heritage_v_version_sources_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_intangible_heritage_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_type\` text,
  	\`version_type2010\` text,
  	\`version_list_level\` text,
  	\`version_inscription_year\` numeric,
  	\`version_location_lat\` numeric,
  	\`version_location_lng\` numeric,
  	\`version_commune_id\` integer,
  	\`version_slug\` text,
  	\`version_internal_notes\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`intangible_heritage\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_commune_id\`) REFERENCES \`admin_units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_intangible_heritage_v_parent_idx\` ON \`_intangible_heritage_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_intangible_heritage_v_version_version_list_level_idx\` ON \`_intangible_heritage_v\` (\`version_list_level\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_intangible_heritage_v_version_version_commune_idx\` ON \`_intangible_heritage_v\` (\`version_commune_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_intangible_heritage_v_version_version_slug_idx\` ON \`_intangible_heritage_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_intangible_heritage_v_version_version_updated_at_idx\` ON \`_intangible_heritage_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_intangible_heritage_v_version_version_created_at_idx\` ON \`_intangible_heritage_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_intangible_heritage_v_version_version__status_idx\` ON \`_intangible_heritage_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_intangible_heritage_v_created_at_idx\` ON \`_intangible_heritage_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_intangible_heritage_v_updated_at_idx\` ON \`_intangible_heritage_v\` (\`updated_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_intangible_heritage_v_snapshot_idx\` ON \`_intangible_heritage_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_intangible_heritage_v_published_locale_idx\` ON \`_intangible_heritage_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_intangible_heritage_v_latest_idx\` ON \`_intangible_heritage_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_intangible_heritage_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_intangible_heritage_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_intangible_heritage_v_version_version_title_idx\` ON \`_intangible_heritage_v_locales\` (\`version_title\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`_intangible_heritage_v_locales_locale_parent_id_unique\` ON \`_intangible_heritage_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_intangible_heritage_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`panoramas_id\` integer,
  	\`models_id\` integer,
  	\`audio_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_intangible_heritage_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`panoramas_id\`) REFERENCES \`panoramas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`models_id\`) REFERENCES \`models\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audio_id\`) REFERENCES \`audio\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_intangible_heritage_v_rels_order_idx\` ON \`_intangible_heritage_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_intangible_heritage_v_rels_parent_idx\` ON \`_intangible_heritage_v_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_intangible_heritage_v_rels_path_idx\` ON \`_intangible_heritage_v_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_intangible_heritage_v_rels_media_id_idx\` ON \`_intangible_heritage_v_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_intangible_heritage_v_rels_panoramas_id_idx\` ON \`_intangible_heritage_v_rels\` (\`panoramas_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_intangible_heritage_v_rels_models_id_idx\` ON \`_intangible_heritage_v_rels\` (\`models_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_intangible_heritage_v_rels_audio_id_idx\` ON \`_intangible_heritage_v_rels\` (\`audio_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`craft_villages_crafts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`craft_villages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`craft_villages_crafts_order_idx\` ON \`craft_villages_crafts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`craft_villages_crafts_parent_id_idx\` ON \`craft_villages_crafts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`craft_villages_crafts_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`craft_villages_crafts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`craft_villages_crafts_locales_locale_parent_id_unique\` ON \`craft_villages_crafts_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`craft_villages_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`citation\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`craft_villages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`craft_villages_sources_order_idx\` ON \`craft_villages_sources\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`craft_villages_sources_parent_id_idx\` ON \`craft_villages_sources\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`craft_villages_sources_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`craft_villages_sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`craft_villages_sources_locales_locale_parent_id_unique\` ON \`craft_villages_sources_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`craft_villages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`recognition_decision_number\` text,
  	\`recognition_decision_date\` text,
  	\`households\` numeric,
  	\`workers\` numeric,
  	\`location_lat\` numeric,
  	\`location_lng\` numeric,
  	\`commune_id\` integer,
  	\`slug\` text,
  	\`internal_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`commune_id\`) REFERENCES \`admin_units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`craft_villages_commune_idx\` ON \`craft_villages\` (\`commune_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`craft_villages_slug_idx\` ON \`craft_villages\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`craft_villages_updated_at_idx\` ON \`craft_villages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`craft_villages_created_at_idx\` ON \`craft_villages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`craft_villages__status_idx\` ON \`craft_villages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`craft_villages_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`recognition_decision_issuer\` text,
  	\`products\` text,
  	\`visiting_info\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`craft_villages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`craft_villages_title_idx\` ON \`craft_villages_locales\` (\`title\`,\`_locale\`);`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`craft_villages_locales_locale_parent_id_unique\` ON \`craft_villages_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`craft_villages_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`panoramas_id\` integer,
  	\`models_id\` integer,
  	\`audio_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`craft_villages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`panoramas_id\`) REFERENCES \`panoramas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`models_id\`) REFERENCES \`models\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audio_id\`) REFERENCES \`audio\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`craft_villages_rels_order_idx\` ON \`craft_villages_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`craft_villages_rels_parent_idx\` ON \`craft_villages_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`craft_villages_rels_path_idx\` ON \`craft_villages_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`craft_villages_rels_media_id_idx\` ON \`craft_villages_rels\` (\`media_id\`);`)
  await db.run(
    sql`CREATE INDEX \`craft_villages_rels_panoramas_id_idx\` ON \`craft_villages_rels\` (\`panoramas_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`craft_villages_rels_models_id_idx\` ON \`craft_villages_rels\` (\`models_id\`);`)
  await db.run(sql`CREATE INDEX \`craft_villages_rels_audio_id_idx\` ON \`craft_villages_rels\` (\`audio_id\`);`)
  await db.run(sql`CREATE TABLE \`_craft_villages_v_version_crafts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_craft_villages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_craft_villages_v_version_crafts_order_idx\` ON \`_craft_villages_v_version_crafts\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_craft_villages_v_version_crafts_parent_id_idx\` ON \`_craft_villages_v_version_crafts\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_craft_villages_v_version_crafts_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_craft_villages_v_version_crafts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_craft_villages_v_version_crafts_locales_locale_parent_id_un\` ON \`_craft_villages_v_version_crafts_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_craft_villages_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`citation\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_craft_villages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_craft_villages_v_version_sources_order_idx\` ON \`_craft_villages_v_version_sources\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_craft_villages_v_version_sources_parent_id_idx\` ON \`_craft_villages_v_version_sources\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_craft_villages_v_version_sources_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_craft_villages_v_version_sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_craft_villages_v_version_sources_locales_locale_parent_id_u\` ON \`_craft_villages_v_version_sources_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_craft_villages_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_recognition_decision_number\` text,
  	\`version_recognition_decision_date\` text,
  	\`version_households\` numeric,
  	\`version_workers\` numeric,
  	\`version_location_lat\` numeric,
  	\`version_location_lng\` numeric,
  	\`version_commune_id\` integer,
  	\`version_slug\` text,
  	\`version_internal_notes\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`craft_villages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_commune_id\`) REFERENCES \`admin_units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_craft_villages_v_parent_idx\` ON \`_craft_villages_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_craft_villages_v_version_version_commune_idx\` ON \`_craft_villages_v\` (\`version_commune_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_craft_villages_v_version_version_slug_idx\` ON \`_craft_villages_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_craft_villages_v_version_version_updated_at_idx\` ON \`_craft_villages_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_craft_villages_v_version_version_created_at_idx\` ON \`_craft_villages_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_craft_villages_v_version_version__status_idx\` ON \`_craft_villages_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_craft_villages_v_created_at_idx\` ON \`_craft_villages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_craft_villages_v_updated_at_idx\` ON \`_craft_villages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_craft_villages_v_snapshot_idx\` ON \`_craft_villages_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_craft_villages_v_published_locale_idx\` ON \`_craft_villages_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_craft_villages_v_latest_idx\` ON \`_craft_villages_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_craft_villages_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_recognition_decision_issuer\` text,
  	\`version_products\` text,
  	\`version_visiting_info\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_craft_villages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_craft_villages_v_version_version_title_idx\` ON \`_craft_villages_v_locales\` (\`version_title\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`_craft_villages_v_locales_locale_parent_id_unique\` ON \`_craft_villages_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_craft_villages_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`panoramas_id\` integer,
  	\`models_id\` integer,
  	\`audio_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_craft_villages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`panoramas_id\`) REFERENCES \`panoramas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`models_id\`) REFERENCES \`models\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audio_id\`) REFERENCES \`audio\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_craft_villages_v_rels_order_idx\` ON \`_craft_villages_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_craft_villages_v_rels_parent_idx\` ON \`_craft_villages_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_craft_villages_v_rels_path_idx\` ON \`_craft_villages_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_craft_villages_v_rels_media_id_idx\` ON \`_craft_villages_v_rels\` (\`media_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_craft_villages_v_rels_panoramas_id_idx\` ON \`_craft_villages_v_rels\` (\`panoramas_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_craft_villages_v_rels_models_id_idx\` ON \`_craft_villages_v_rels\` (\`models_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_craft_villages_v_rels_audio_id_idx\` ON \`_craft_villages_v_rels\` (\`audio_id\`);`)
  await db.run(sql`CREATE TABLE \`artisans_crafts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`artisans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`artisans_crafts_order_idx\` ON \`artisans_crafts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`artisans_crafts_parent_id_idx\` ON \`artisans_crafts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`artisans_crafts_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`artisans_crafts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`artisans_crafts_locales_locale_parent_id_unique\` ON \`artisans_crafts_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`artisans_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`citation\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`artisans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`artisans_sources_order_idx\` ON \`artisans_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`artisans_sources_parent_id_idx\` ON \`artisans_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`artisans_sources_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`artisans_sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`artisans_sources_locales_locale_parent_id_unique\` ON \`artisans_sources_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`artisans\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`honour\` text DEFAULT 'none',
  	\`honour_year\` numeric,
  	\`birth_year\` numeric,
  	\`craft_village_id\` integer,
  	\`portrait_id\` integer,
  	\`contact_phone\` text,
  	\`location_lat\` numeric,
  	\`location_lng\` numeric,
  	\`commune_id\` integer,
  	\`slug\` text,
  	\`internal_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`craft_village_id\`) REFERENCES \`craft_villages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`portrait_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`commune_id\`) REFERENCES \`admin_units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`artisans_craft_village_idx\` ON \`artisans\` (\`craft_village_id\`);`)
  await db.run(sql`CREATE INDEX \`artisans_portrait_idx\` ON \`artisans\` (\`portrait_id\`);`)
  await db.run(sql`CREATE INDEX \`artisans_commune_idx\` ON \`artisans\` (\`commune_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`artisans_slug_idx\` ON \`artisans\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`artisans_updated_at_idx\` ON \`artisans\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`artisans_created_at_idx\` ON \`artisans\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`artisans__status_idx\` ON \`artisans\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`artisans_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`artisans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`artisans_title_idx\` ON \`artisans_locales\` (\`title\`,\`_locale\`);`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`artisans_locales_locale_parent_id_unique\` ON \`artisans_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`artisans_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`artisans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`artisans_rels_order_idx\` ON \`artisans_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`artisans_rels_parent_idx\` ON \`artisans_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`artisans_rels_path_idx\` ON \`artisans_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`artisans_rels_media_id_idx\` ON \`artisans_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_artisans_v_version_crafts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_artisans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_artisans_v_version_crafts_order_idx\` ON \`_artisans_v_version_crafts\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_artisans_v_version_crafts_parent_id_idx\` ON \`_artisans_v_version_crafts\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_artisans_v_version_crafts_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_artisans_v_version_crafts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_artisans_v_version_crafts_locales_locale_parent_id_unique\` ON \`_artisans_v_version_crafts_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_artisans_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`citation\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_artisans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_artisans_v_version_sources_order_idx\` ON \`_artisans_v_version_sources\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_artisans_v_version_sources_parent_id_idx\` ON \`_artisans_v_version_sources\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_artisans_v_version_sources_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_artisans_v_version_sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_artisans_v_version_sources_locales_locale_parent_id_unique\` ON \`_artisans_v_version_sources_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_artisans_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_honour\` text DEFAULT 'none',
  	\`version_honour_year\` numeric,
  	\`version_birth_year\` numeric,
  	\`version_craft_village_id\` integer,
  	\`version_portrait_id\` integer,
  	\`version_contact_phone\` text,
  	\`version_location_lat\` numeric,
  	\`version_location_lng\` numeric,
  	\`version_commune_id\` integer,
  	\`version_slug\` text,
  	\`version_internal_notes\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`artisans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_craft_village_id\`) REFERENCES \`craft_villages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_portrait_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_commune_id\`) REFERENCES \`admin_units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_artisans_v_parent_idx\` ON \`_artisans_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_artisans_v_version_version_craft_village_idx\` ON \`_artisans_v\` (\`version_craft_village_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_artisans_v_version_version_portrait_idx\` ON \`_artisans_v\` (\`version_portrait_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_artisans_v_version_version_commune_idx\` ON \`_artisans_v\` (\`version_commune_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_artisans_v_version_version_slug_idx\` ON \`_artisans_v\` (\`version_slug\`);`)
  await db.run(
    sql`CREATE INDEX \`_artisans_v_version_version_updated_at_idx\` ON \`_artisans_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_artisans_v_version_version_created_at_idx\` ON \`_artisans_v\` (\`version_created_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_artisans_v_version_version__status_idx\` ON \`_artisans_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_artisans_v_created_at_idx\` ON \`_artisans_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_artisans_v_updated_at_idx\` ON \`_artisans_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_artisans_v_snapshot_idx\` ON \`_artisans_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_artisans_v_published_locale_idx\` ON \`_artisans_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_artisans_v_latest_idx\` ON \`_artisans_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_artisans_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_artisans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_artisans_v_version_version_title_idx\` ON \`_artisans_v_locales\` (\`version_title\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`_artisans_v_locales_locale_parent_id_unique\` ON \`_artisans_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_artisans_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_artisans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_artisans_v_rels_order_idx\` ON \`_artisans_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_artisans_v_rels_parent_idx\` ON \`_artisans_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_artisans_v_rels_path_idx\` ON \`_artisans_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_artisans_v_rels_media_id_idx\` ON \`_artisans_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`routes_stops\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`minutes\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`routes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`routes_stops_order_idx\` ON \`routes_stops\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`routes_stops_parent_id_idx\` ON \`routes_stops\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`routes_stops_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`routes_stops\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`routes_stops_locales_locale_parent_id_unique\` ON \`routes_stops_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`routes_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`citation\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`routes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`routes_sources_order_idx\` ON \`routes_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`routes_sources_parent_id_idx\` ON \`routes_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`routes_sources_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`routes_sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`routes_sources_locales_locale_parent_id_unique\` ON \`routes_sources_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`routes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`distance_km\` numeric,
  	\`duration_hours\` numeric,
  	\`slug\` text,
  	\`internal_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`routes_slug_idx\` ON \`routes\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`routes_updated_at_idx\` ON \`routes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`routes_created_at_idx\` ON \`routes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`routes__status_idx\` ON \`routes\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`routes_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`routes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`routes_title_idx\` ON \`routes_locales\` (\`title\`,\`_locale\`);`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`routes_locales_locale_parent_id_unique\` ON \`routes_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`routes_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`relics_id\` integer,
  	\`intangible_heritage_id\` integer,
  	\`craft_villages_id\` integer,
  	\`ocop_products_id\` integer,
  	\`artisans_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`routes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`relics_id\`) REFERENCES \`relics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`intangible_heritage_id\`) REFERENCES \`intangible_heritage\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`craft_villages_id\`) REFERENCES \`craft_villages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`ocop_products_id\`) REFERENCES \`ocop_products\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`artisans_id\`) REFERENCES \`artisans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`routes_rels_order_idx\` ON \`routes_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`routes_rels_parent_idx\` ON \`routes_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`routes_rels_path_idx\` ON \`routes_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`routes_rels_media_id_idx\` ON \`routes_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`routes_rels_relics_id_idx\` ON \`routes_rels\` (\`relics_id\`);`)
  await db.run(
    sql`CREATE INDEX \`routes_rels_intangible_heritage_id_idx\` ON \`routes_rels\` (\`intangible_heritage_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`routes_rels_craft_villages_id_idx\` ON \`routes_rels\` (\`craft_villages_id\`);`)
  await db.run(sql`CREATE INDEX \`routes_rels_ocop_products_id_idx\` ON \`routes_rels\` (\`ocop_products_id\`);`)
  await db.run(sql`CREATE INDEX \`routes_rels_artisans_id_idx\` ON \`routes_rels\` (\`artisans_id\`);`)
  await db.run(sql`CREATE TABLE \`_routes_v_version_stops\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`minutes\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_routes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_routes_v_version_stops_order_idx\` ON \`_routes_v_version_stops\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`_routes_v_version_stops_parent_id_idx\` ON \`_routes_v_version_stops\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_routes_v_version_stops_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_routes_v_version_stops\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_routes_v_version_stops_locales_locale_parent_id_unique\` ON \`_routes_v_version_stops_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_routes_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`citation\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_routes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_routes_v_version_sources_order_idx\` ON \`_routes_v_version_sources\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`_routes_v_version_sources_parent_id_idx\` ON \`_routes_v_version_sources\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_routes_v_version_sources_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_routes_v_version_sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_routes_v_version_sources_locales_locale_parent_id_unique\` ON \`_routes_v_version_sources_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_routes_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_distance_km\` numeric,
  	\`version_duration_hours\` numeric,
  	\`version_slug\` text,
  	\`version_internal_notes\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`routes\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_routes_v_parent_idx\` ON \`_routes_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_routes_v_version_version_slug_idx\` ON \`_routes_v\` (\`version_slug\`);`)
  await db.run(
    sql`CREATE INDEX \`_routes_v_version_version_updated_at_idx\` ON \`_routes_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_routes_v_version_version_created_at_idx\` ON \`_routes_v\` (\`version_created_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_routes_v_version_version__status_idx\` ON \`_routes_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_routes_v_created_at_idx\` ON \`_routes_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_routes_v_updated_at_idx\` ON \`_routes_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_routes_v_snapshot_idx\` ON \`_routes_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_routes_v_published_locale_idx\` ON \`_routes_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_routes_v_latest_idx\` ON \`_routes_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_routes_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_routes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_routes_v_version_version_title_idx\` ON \`_routes_v_locales\` (\`version_title\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`_routes_v_locales_locale_parent_id_unique\` ON \`_routes_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_routes_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`relics_id\` integer,
  	\`intangible_heritage_id\` integer,
  	\`craft_villages_id\` integer,
  	\`ocop_products_id\` integer,
  	\`artisans_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_routes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`relics_id\`) REFERENCES \`relics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`intangible_heritage_id\`) REFERENCES \`intangible_heritage\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`craft_villages_id\`) REFERENCES \`craft_villages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`ocop_products_id\`) REFERENCES \`ocop_products\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`artisans_id\`) REFERENCES \`artisans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_routes_v_rels_order_idx\` ON \`_routes_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_routes_v_rels_parent_idx\` ON \`_routes_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_routes_v_rels_path_idx\` ON \`_routes_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_routes_v_rels_media_id_idx\` ON \`_routes_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_routes_v_rels_relics_id_idx\` ON \`_routes_v_rels\` (\`relics_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_routes_v_rels_intangible_heritage_id_idx\` ON \`_routes_v_rels\` (\`intangible_heritage_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_routes_v_rels_craft_villages_id_idx\` ON \`_routes_v_rels\` (\`craft_villages_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_routes_v_rels_ocop_products_id_idx\` ON \`_routes_v_rels\` (\`ocop_products_id\`);`)
  await db.run(sql`CREATE INDEX \`_routes_v_rels_artisans_id_idx\` ON \`_routes_v_rels\` (\`artisans_id\`);`)
  await db.run(sql`CREATE TABLE \`ocop_products_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`citation\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`ocop_products\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`ocop_products_sources_order_idx\` ON \`ocop_products_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`ocop_products_sources_parent_id_idx\` ON \`ocop_products_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`ocop_products_sources_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`ocop_products_sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`ocop_products_sources_locales_locale_parent_id_unique\` ON \`ocop_products_sources_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`ocop_products\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`group\` text,
  	\`producer_id\` integer,
  	\`score\` numeric,
  	\`stars\` text,
  	\`certificate_number\` text,
  	\`certificate_level\` text,
  	\`certificate_issue_date\` text,
  	\`certificate_expiry_date\` text,
  	\`gtin\` text,
  	\`craft_village_id\` integer,
  	\`location_lat\` numeric,
  	\`location_lng\` numeric,
  	\`commune_id\` integer,
  	\`slug\` text,
  	\`internal_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`producer_id\`) REFERENCES \`producers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`craft_village_id\`) REFERENCES \`craft_villages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`commune_id\`) REFERENCES \`admin_units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`ocop_products_producer_idx\` ON \`ocop_products\` (\`producer_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`ocop_products_gtin_idx\` ON \`ocop_products\` (\`gtin\`);`)
  await db.run(sql`CREATE INDEX \`ocop_products_craft_village_idx\` ON \`ocop_products\` (\`craft_village_id\`);`)
  await db.run(sql`CREATE INDEX \`ocop_products_commune_idx\` ON \`ocop_products\` (\`commune_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`ocop_products_slug_idx\` ON \`ocop_products\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`ocop_products_updated_at_idx\` ON \`ocop_products\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`ocop_products_created_at_idx\` ON \`ocop_products\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`ocop_products__status_idx\` ON \`ocop_products\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`ocop_products_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`packaging\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`ocop_products\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`ocop_products_title_idx\` ON \`ocop_products_locales\` (\`title\`,\`_locale\`);`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`ocop_products_locales_locale_parent_id_unique\` ON \`ocop_products_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`ocop_products_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`ocop_products\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`ocop_products_rels_order_idx\` ON \`ocop_products_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`ocop_products_rels_parent_idx\` ON \`ocop_products_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`ocop_products_rels_path_idx\` ON \`ocop_products_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`ocop_products_rels_media_id_idx\` ON \`ocop_products_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_ocop_products_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`citation\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_ocop_products_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_ocop_products_v_version_sources_order_idx\` ON \`_ocop_products_v_version_sources\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ocop_products_v_version_sources_parent_id_idx\` ON \`_ocop_products_v_version_sources\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_ocop_products_v_version_sources_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_ocop_products_v_version_sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_ocop_products_v_version_sources_locales_locale_parent_id_un\` ON \`_ocop_products_v_version_sources_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_ocop_products_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_group\` text,
  	\`version_producer_id\` integer,
  	\`version_score\` numeric,
  	\`version_stars\` text,
  	\`version_certificate_number\` text,
  	\`version_certificate_level\` text,
  	\`version_certificate_issue_date\` text,
  	\`version_certificate_expiry_date\` text,
  	\`version_gtin\` text,
  	\`version_craft_village_id\` integer,
  	\`version_location_lat\` numeric,
  	\`version_location_lng\` numeric,
  	\`version_commune_id\` integer,
  	\`version_slug\` text,
  	\`version_internal_notes\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`ocop_products\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_producer_id\`) REFERENCES \`producers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_craft_village_id\`) REFERENCES \`craft_villages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_commune_id\`) REFERENCES \`admin_units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_ocop_products_v_parent_idx\` ON \`_ocop_products_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_ocop_products_v_version_version_producer_idx\` ON \`_ocop_products_v\` (\`version_producer_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ocop_products_v_version_version_gtin_idx\` ON \`_ocop_products_v\` (\`version_gtin\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ocop_products_v_version_version_craft_village_idx\` ON \`_ocop_products_v\` (\`version_craft_village_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ocop_products_v_version_version_commune_idx\` ON \`_ocop_products_v\` (\`version_commune_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ocop_products_v_version_version_slug_idx\` ON \`_ocop_products_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ocop_products_v_version_version_updated_at_idx\` ON \`_ocop_products_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ocop_products_v_version_version_created_at_idx\` ON \`_ocop_products_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ocop_products_v_version_version__status_idx\` ON \`_ocop_products_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_ocop_products_v_created_at_idx\` ON \`_ocop_products_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_ocop_products_v_updated_at_idx\` ON \`_ocop_products_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_ocop_products_v_snapshot_idx\` ON \`_ocop_products_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_ocop_products_v_published_locale_idx\` ON \`_ocop_products_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_ocop_products_v_latest_idx\` ON \`_ocop_products_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_ocop_products_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_packaging\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_ocop_products_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_ocop_products_v_version_version_title_idx\` ON \`_ocop_products_v_locales\` (\`version_title\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`_ocop_products_v_locales_locale_parent_id_unique\` ON \`_ocop_products_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_ocop_products_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_ocop_products_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_ocop_products_v_rels_order_idx\` ON \`_ocop_products_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_ocop_products_v_rels_parent_idx\` ON \`_ocop_products_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_ocop_products_v_rels_path_idx\` ON \`_ocop_products_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_ocop_products_v_rels_media_id_idx\` ON \`_ocop_products_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`producers_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`citation\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`producers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`producers_sources_order_idx\` ON \`producers_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`producers_sources_parent_id_idx\` ON \`producers_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`producers_sources_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`producers_sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`producers_sources_locales_locale_parent_id_unique\` ON \`producers_sources_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`producers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`address\` text,
  	\`website\` text,
  	\`contact_person\` text,
  	\`contact_phone\` text,
  	\`contact_email\` text,
  	\`location_lat\` numeric,
  	\`location_lng\` numeric,
  	\`commune_id\` integer,
  	\`slug\` text,
  	\`internal_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`commune_id\`) REFERENCES \`admin_units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`producers_commune_idx\` ON \`producers\` (\`commune_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`producers_slug_idx\` ON \`producers\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`producers_updated_at_idx\` ON \`producers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`producers_created_at_idx\` ON \`producers\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`producers__status_idx\` ON \`producers\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`producers_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`producers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`producers_title_idx\` ON \`producers_locales\` (\`title\`,\`_locale\`);`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`producers_locales_locale_parent_id_unique\` ON \`producers_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`producers_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`producers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`producers_rels_order_idx\` ON \`producers_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`producers_rels_parent_idx\` ON \`producers_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`producers_rels_path_idx\` ON \`producers_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`producers_rels_media_id_idx\` ON \`producers_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_producers_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`citation\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_producers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_producers_v_version_sources_order_idx\` ON \`_producers_v_version_sources\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_producers_v_version_sources_parent_id_idx\` ON \`_producers_v_version_sources\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_producers_v_version_sources_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_producers_v_version_sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_producers_v_version_sources_locales_locale_parent_id_unique\` ON \`_producers_v_version_sources_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_producers_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_kind\` text,
  	\`version_address\` text,
  	\`version_website\` text,
  	\`version_contact_person\` text,
  	\`version_contact_phone\` text,
  	\`version_contact_email\` text,
  	\`version_location_lat\` numeric,
  	\`version_location_lng\` numeric,
  	\`version_commune_id\` integer,
  	\`version_slug\` text,
  	\`version_internal_notes\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`producers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_commune_id\`) REFERENCES \`admin_units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_producers_v_parent_idx\` ON \`_producers_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_producers_v_version_version_commune_idx\` ON \`_producers_v\` (\`version_commune_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_producers_v_version_version_slug_idx\` ON \`_producers_v\` (\`version_slug\`);`)
  await db.run(
    sql`CREATE INDEX \`_producers_v_version_version_updated_at_idx\` ON \`_producers_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_producers_v_version_version_created_at_idx\` ON \`_producers_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_producers_v_version_version__status_idx\` ON \`_producers_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_producers_v_created_at_idx\` ON \`_producers_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_producers_v_updated_at_idx\` ON \`_producers_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_producers_v_snapshot_idx\` ON \`_producers_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_producers_v_published_locale_idx\` ON \`_producers_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_producers_v_latest_idx\` ON \`_producers_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_producers_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_producers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_producers_v_version_version_title_idx\` ON \`_producers_v_locales\` (\`version_title\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`_producers_v_locales_locale_parent_id_unique\` ON \`_producers_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_producers_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_producers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_producers_v_rels_order_idx\` ON \`_producers_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_producers_v_rels_parent_idx\` ON \`_producers_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_producers_v_rels_path_idx\` ON \`_producers_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_producers_v_rels_media_id_idx\` ON \`_producers_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`batches_raw_materials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`commune_id\` integer,
  	\`supplier\` text,
  	FOREIGN KEY (\`commune_id\`) REFERENCES \`admin_units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`batches\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`batches_raw_materials_order_idx\` ON \`batches_raw_materials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`batches_raw_materials_parent_id_idx\` ON \`batches_raw_materials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`batches_raw_materials_commune_idx\` ON \`batches_raw_materials\` (\`commune_id\`);`)
  await db.run(sql`CREATE TABLE \`batches_raw_materials_locales\` (
  	\`material\` text,
  	\`origin\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`batches_raw_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`batches_raw_materials_locales_locale_parent_id_unique\` ON \`batches_raw_materials_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`batches_test_reports\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`laboratory\` text,
  	\`report_number\` text,
  	\`date\` text,
  	\`passed\` integer DEFAULT true,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`batches\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`batches_test_reports_order_idx\` ON \`batches_test_reports\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`batches_test_reports_parent_id_idx\` ON \`batches_test_reports\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`batches_test_reports_locales\` (
  	\`result\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`batches_test_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`batches_test_reports_locales_locale_parent_id_unique\` ON \`batches_test_reports_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`batches\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`lot_code\` text,
  	\`product_id\` integer,
  	\`code\` text,
  	\`production_date\` text,
  	\`expiry_date\` text,
  	\`quantity_amount\` numeric,
  	\`internal_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`product_id\`) REFERENCES \`ocop_products\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`batches_lot_code_idx\` ON \`batches\` (\`lot_code\`);`)
  await db.run(sql`CREATE INDEX \`batches_product_idx\` ON \`batches\` (\`product_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`batches_code_idx\` ON \`batches\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`batches_updated_at_idx\` ON \`batches\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`batches_created_at_idx\` ON \`batches\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`batches__status_idx\` ON \`batches\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`batches_locales\` (
  	\`quantity_unit\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`batches\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`batches_locales_locale_parent_id_unique\` ON \`batches_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_batches_v_version_raw_materials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`commune_id\` integer,
  	\`supplier\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`commune_id\`) REFERENCES \`admin_units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_batches_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_batches_v_version_raw_materials_order_idx\` ON \`_batches_v_version_raw_materials\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_batches_v_version_raw_materials_parent_id_idx\` ON \`_batches_v_version_raw_materials\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_batches_v_version_raw_materials_commune_idx\` ON \`_batches_v_version_raw_materials\` (\`commune_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_batches_v_version_raw_materials_locales\` (
  	\`material\` text,
  	\`origin\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_batches_v_version_raw_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_batches_v_version_raw_materials_locales_locale_parent_id_un\` ON \`_batches_v_version_raw_materials_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_batches_v_version_test_reports\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`laboratory\` text,
  	\`report_number\` text,
  	\`date\` text,
  	\`passed\` integer DEFAULT true,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_batches_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_batches_v_version_test_reports_order_idx\` ON \`_batches_v_version_test_reports\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_batches_v_version_test_reports_parent_id_idx\` ON \`_batches_v_version_test_reports\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_batches_v_version_test_reports_locales\` (
  	\`result\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_batches_v_version_test_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_batches_v_version_test_reports_locales_locale_parent_id_uni\` ON \`_batches_v_version_test_reports_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_batches_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_lot_code\` text,
  	\`version_product_id\` integer,
  	\`version_code\` text,
  	\`version_production_date\` text,
  	\`version_expiry_date\` text,
  	\`version_quantity_amount\` numeric,
  	\`version_internal_notes\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`batches\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_product_id\`) REFERENCES \`ocop_products\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_batches_v_parent_idx\` ON \`_batches_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_batches_v_version_version_lot_code_idx\` ON \`_batches_v\` (\`version_lot_code\`);`)
  await db.run(sql`CREATE INDEX \`_batches_v_version_version_product_idx\` ON \`_batches_v\` (\`version_product_id\`);`)
  await db.run(sql`CREATE INDEX \`_batches_v_version_version_code_idx\` ON \`_batches_v\` (\`version_code\`);`)
  await db.run(
    sql`CREATE INDEX \`_batches_v_version_version_updated_at_idx\` ON \`_batches_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_batches_v_version_version_created_at_idx\` ON \`_batches_v\` (\`version_created_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_batches_v_version_version__status_idx\` ON \`_batches_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_batches_v_created_at_idx\` ON \`_batches_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_batches_v_updated_at_idx\` ON \`_batches_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_batches_v_snapshot_idx\` ON \`_batches_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_batches_v_published_locale_idx\` ON \`_batches_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_batches_v_latest_idx\` ON \`_batches_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_batches_v_locales\` (
  	\`version_quantity_unit\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_batches_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_batches_v_locales_locale_parent_id_unique\` ON \`_batches_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`credit\` text,
  	\`license\` text DEFAULT 'CC BY 4.0',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`caption\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`panoramas\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`initial_heading\` numeric DEFAULT 0,
  	\`credit\` text,
  	\`license\` text DEFAULT 'CC BY 4.0',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`panoramas_updated_at_idx\` ON \`panoramas\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`panoramas_created_at_idx\` ON \`panoramas\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`panoramas_filename_idx\` ON \`panoramas\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`panoramas_locales\` (
  	\`title\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`panoramas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`panoramas_locales_locale_parent_id_unique\` ON \`panoramas_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`models\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`poster_id\` integer,
  	\`credit\` text,
  	\`license\` text DEFAULT 'CC BY 4.0',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`poster_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`models_poster_idx\` ON \`models\` (\`poster_id\`);`)
  await db.run(sql`CREATE INDEX \`models_updated_at_idx\` ON \`models\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`models_created_at_idx\` ON \`models\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`models_filename_idx\` ON \`models\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`models_locales\` (
  	\`title\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`models\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`models_locales_locale_parent_id_unique\` ON \`models_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`audio\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`language\` text DEFAULT 'vi' NOT NULL,
  	\`duration_seconds\` numeric,
  	\`credit\` text,
  	\`license\` text DEFAULT 'CC BY 4.0',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`audio_updated_at_idx\` ON \`audio\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audio_created_at_idx\` ON \`audio\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`audio_filename_idx\` ON \`audio\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`audio_locales\` (
  	\`title\` text NOT NULL,
  	\`transcript\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`audio\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`audio_locales_locale_parent_id_unique\` ON \`audio_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`admin_units_former_names\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`until\` text,
  	\`partial\` integer,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`admin_units\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`admin_units_former_names_order_idx\` ON \`admin_units_former_names\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`admin_units_former_names_parent_id_idx\` ON \`admin_units_former_names\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`admin_units\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`level\` text NOT NULL,
  	\`code\` text,
  	\`parent_id\` integer,
  	\`former_district\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`admin_units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`admin_units_code_idx\` ON \`admin_units\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`admin_units_parent_idx\` ON \`admin_units\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`admin_units_updated_at_idx\` ON \`admin_units\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`admin_units_created_at_idx\` ON \`admin_units\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`admin_units_locales\` (
  	\`name\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`admin_units\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`admin_units_name_idx\` ON \`admin_units_locales\` (\`name\`,\`_locale\`);`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`admin_units_locales_locale_parent_id_unique\` ON \`admin_units_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`province_id\` integer,
  	\`producer_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`province_id\`) REFERENCES \`admin_units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`producer_id\`) REFERENCES \`producers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_province_idx\` ON \`users\` (\`province_id\`);`)
  await db.run(sql`CREATE INDEX \`users_producer_idx\` ON \`users\` (\`producer_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`admin_units_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`admin_units_id\`) REFERENCES \`admin_units\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_admin_units_id_idx\` ON \`users_rels\` (\`admin_units_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`relics_id\` integer,
  	\`intangible_heritage_id\` integer,
  	\`craft_villages_id\` integer,
  	\`artisans_id\` integer,
  	\`routes_id\` integer,
  	\`ocop_products_id\` integer,
  	\`producers_id\` integer,
  	\`batches_id\` integer,
  	\`media_id\` integer,
  	\`panoramas_id\` integer,
  	\`models_id\` integer,
  	\`audio_id\` integer,
  	\`admin_units_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`relics_id\`) REFERENCES \`relics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`intangible_heritage_id\`) REFERENCES \`intangible_heritage\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`craft_villages_id\`) REFERENCES \`craft_villages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`artisans_id\`) REFERENCES \`artisans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`routes_id\`) REFERENCES \`routes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`ocop_products_id\`) REFERENCES \`ocop_products\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`producers_id\`) REFERENCES \`producers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`batches_id\`) REFERENCES \`batches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`panoramas_id\`) REFERENCES \`panoramas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`models_id\`) REFERENCES \`models\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audio_id\`) REFERENCES \`audio\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`admin_units_id\`) REFERENCES \`admin_units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_relics_id_idx\` ON \`payload_locked_documents_rels\` (\`relics_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_intangible_heritage_id_idx\` ON \`payload_locked_documents_rels\` (\`intangible_heritage_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_craft_villages_id_idx\` ON \`payload_locked_documents_rels\` (\`craft_villages_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_artisans_id_idx\` ON \`payload_locked_documents_rels\` (\`artisans_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_routes_id_idx\` ON \`payload_locked_documents_rels\` (\`routes_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_ocop_products_id_idx\` ON \`payload_locked_documents_rels\` (\`ocop_products_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_producers_id_idx\` ON \`payload_locked_documents_rels\` (\`producers_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_batches_id_idx\` ON \`payload_locked_documents_rels\` (\`batches_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_panoramas_id_idx\` ON \`payload_locked_documents_rels\` (\`panoramas_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_models_id_idx\` ON \`payload_locked_documents_rels\` (\`models_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_audio_id_idx\` ON \`payload_locked_documents_rels\` (\`audio_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_admin_units_id_idx\` ON \`payload_locked_documents_rels\` (\`admin_units_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`relics_types\`;`)
  await db.run(sql`DROP TABLE \`relics_sites\`;`)
  await db.run(sql`DROP TABLE \`relics_sites_locales\`;`)
  await db.run(sql`DROP TABLE \`relics_protection_zones\`;`)
  await db.run(sql`DROP TABLE \`relics_sources\`;`)
  await db.run(sql`DROP TABLE \`relics_sources_locales\`;`)
  await db.run(sql`DROP TABLE \`relics\`;`)
  await db.run(sql`DROP TABLE \`relics_locales\`;`)
  await db.run(sql`DROP TABLE \`relics_rels\`;`)
  await db.run(sql`DROP TABLE \`_relics_v_version_types\`;`)
  await db.run(sql`DROP TABLE \`_relics_v_version_sites\`;`)
  await db.run(sql`DROP TABLE \`_relics_v_version_sites_locales\`;`)
  await db.run(sql`DROP TABLE \`_relics_v_version_protection_zones\`;`)
  await db.run(sql`DROP TABLE \`_relics_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_relics_v_version_sources_locales\`;`)
  await db.run(sql`DROP TABLE \`_relics_v\`;`)
  await db.run(sql`DROP TABLE \`_relics_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_relics_v_rels\`;`)
  await db.run(sql`DROP TABLE \`intangible_heritage_communities\`;`)
  await db.run(sql`DROP TABLE \`intangible_heritage_communities_locales\`;`)
  await db.run(sql`DROP TABLE \`intangible_heritage_festival_dates\`;`)
  await db.run(sql`DROP TABLE \`intangible_heritage_festival_dates_locales\`;`)
  await db.run(sql`DROP TABLE \`intangible_heritage_sources\`;`)
  await db.run(sql`DROP TABLE \`intangible_heritage_sources_locales\`;`)
  await db.run(sql`DROP TABLE \`intangible_heritage\`;`)
  await db.run(sql`DROP TABLE \`intangible_heritage_locales\`;`)
  await db.run(sql`DROP TABLE \`intangible_heritage_rels\`;`)
  await db.run(sql`DROP TABLE \`_intangible_heritage_v_version_communities\`;`)
  await db.run(sql`DROP TABLE \`_intangible_heritage_v_version_communities_locales\`;`)
  await db.run(sql`DROP TABLE \`_intangible_heritage_v_version_festival_dates\`;`)
  await db.run(sql`DROP TABLE \`_intangible_heritage_v_version_festival_dates_locales\`;`)
  await db.run(sql`DROP TABLE \`_intangible_heritage_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_intangible_heritage_v_version_sources_locales\`;`)
  await db.run(sql`DROP TABLE \`_intangible_heritage_v\`;`)
  await db.run(sql`DROP TABLE \`_intangible_heritage_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_intangible_heritage_v_rels\`;`)
  await db.run(sql`DROP TABLE \`craft_villages_crafts\`;`)
  await db.run(sql`DROP TABLE \`craft_villages_crafts_locales\`;`)
  await db.run(sql`DROP TABLE \`craft_villages_sources\`;`)
  await db.run(sql`DROP TABLE \`craft_villages_sources_locales\`;`)
  await db.run(sql`DROP TABLE \`craft_villages\`;`)
  await db.run(sql`DROP TABLE \`craft_villages_locales\`;`)
  await db.run(sql`DROP TABLE \`craft_villages_rels\`;`)
  await db.run(sql`DROP TABLE \`_craft_villages_v_version_crafts\`;`)
  await db.run(sql`DROP TABLE \`_craft_villages_v_version_crafts_locales\`;`)
  await db.run(sql`DROP TABLE \`_craft_villages_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_craft_villages_v_version_sources_locales\`;`)
  await db.run(sql`DROP TABLE \`_craft_villages_v\`;`)
  await db.run(sql`DROP TABLE \`_craft_villages_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_craft_villages_v_rels\`;`)
  await db.run(sql`DROP TABLE \`artisans_crafts\`;`)
  await db.run(sql`DROP TABLE \`artisans_crafts_locales\`;`)
  await db.run(sql`DROP TABLE \`artisans_sources\`;`)
  await db.run(sql`DROP TABLE \`artisans_sources_locales\`;`)
  await db.run(sql`DROP TABLE \`artisans\`;`)
  await db.run(sql`DROP TABLE \`artisans_locales\`;`)
  await db.run(sql`DROP TABLE \`artisans_rels\`;`)
  await db.run(sql`DROP TABLE \`_artisans_v_version_crafts\`;`)
  await db.run(sql`DROP TABLE \`_artisans_v_version_crafts_locales\`;`)
  await db.run(sql`DROP TABLE \`_artisans_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_artisans_v_version_sources_locales\`;`)
  await db.run(sql`DROP TABLE \`_artisans_v\`;`)
  await db.run(sql`DROP TABLE \`_artisans_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_artisans_v_rels\`;`)
  await db.run(sql`DROP TABLE \`routes_stops\`;`)
  await db.run(sql`DROP TABLE \`routes_stops_locales\`;`)
  await db.run(sql`DROP TABLE \`routes_sources\`;`)
  await db.run(sql`DROP TABLE \`routes_sources_locales\`;`)
  await db.run(sql`DROP TABLE \`routes\`;`)
  await db.run(sql`DROP TABLE \`routes_locales\`;`)
  await db.run(sql`DROP TABLE \`routes_rels\`;`)
  await db.run(sql`DROP TABLE \`_routes_v_version_stops\`;`)
  await db.run(sql`DROP TABLE \`_routes_v_version_stops_locales\`;`)
  await db.run(sql`DROP TABLE \`_routes_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_routes_v_version_sources_locales\`;`)
  await db.run(sql`DROP TABLE \`_routes_v\`;`)
  await db.run(sql`DROP TABLE \`_routes_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_routes_v_rels\`;`)
  await db.run(sql`DROP TABLE \`ocop_products_sources\`;`)
  await db.run(sql`DROP TABLE \`ocop_products_sources_locales\`;`)
  await db.run(sql`DROP TABLE \`ocop_products\`;`)
  await db.run(sql`DROP TABLE \`ocop_products_locales\`;`)
  await db.run(sql`DROP TABLE \`ocop_products_rels\`;`)
  await db.run(sql`DROP TABLE \`_ocop_products_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_ocop_products_v_version_sources_locales\`;`)
  await db.run(sql`DROP TABLE \`_ocop_products_v\`;`)
  await db.run(sql`DROP TABLE \`_ocop_products_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_ocop_products_v_rels\`;`)
  await db.run(sql`DROP TABLE \`producers_sources\`;`)
  await db.run(sql`DROP TABLE \`producers_sources_locales\`;`)
  await db.run(sql`DROP TABLE \`producers\`;`)
  await db.run(sql`DROP TABLE \`producers_locales\`;`)
  await db.run(sql`DROP TABLE \`producers_rels\`;`)
  await db.run(sql`DROP TABLE \`_producers_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_producers_v_version_sources_locales\`;`)
  await db.run(sql`DROP TABLE \`_producers_v\`;`)
  await db.run(sql`DROP TABLE \`_producers_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_producers_v_rels\`;`)
  await db.run(sql`DROP TABLE \`batches_raw_materials\`;`)
  await db.run(sql`DROP TABLE \`batches_raw_materials_locales\`;`)
  await db.run(sql`DROP TABLE \`batches_test_reports\`;`)
  await db.run(sql`DROP TABLE \`batches_test_reports_locales\`;`)
  await db.run(sql`DROP TABLE \`batches\`;`)
  await db.run(sql`DROP TABLE \`batches_locales\`;`)
  await db.run(sql`DROP TABLE \`_batches_v_version_raw_materials\`;`)
  await db.run(sql`DROP TABLE \`_batches_v_version_raw_materials_locales\`;`)
  await db.run(sql`DROP TABLE \`_batches_v_version_test_reports\`;`)
  await db.run(sql`DROP TABLE \`_batches_v_version_test_reports_locales\`;`)
  await db.run(sql`DROP TABLE \`_batches_v\`;`)
  await db.run(sql`DROP TABLE \`_batches_v_locales\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`panoramas\`;`)
  await db.run(sql`DROP TABLE \`panoramas_locales\`;`)
  await db.run(sql`DROP TABLE \`models\`;`)
  await db.run(sql`DROP TABLE \`models_locales\`;`)
  await db.run(sql`DROP TABLE \`audio\`;`)
  await db.run(sql`DROP TABLE \`audio_locales\`;`)
  await db.run(sql`DROP TABLE \`admin_units_former_names\`;`)
  await db.run(sql`DROP TABLE \`admin_units\`;`)
  await db.run(sql`DROP TABLE \`admin_units_locales\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
