import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`actor_id\` integer,
  	\`actor_label\` text,
  	\`target_collection\` text,
  	\`target_id\` text,
  	\`target_title\` text,
  	\`detail\` text,
  	\`ip\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_actor_idx\` ON \`audit_log\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_target_collection_idx\` ON \`audit_log\` (\`target_collection\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_target_id_idx\` ON \`audit_log\` (\`target_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`relics\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`relics\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`relics\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`relics_review_review_state_idx\` ON \`relics\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`relics_deleted_at_idx\` ON \`relics\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_relics_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_relics_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_relics_v\` ADD \`version_deleted_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`_relics_v_version_review_version_review_state_idx\` ON \`_relics_v\` (\`version_review_state\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_relics_v_version_version_deleted_at_idx\` ON \`_relics_v\` (\`version_deleted_at\`);`,
  )
  await db.run(sql`ALTER TABLE \`intangible_heritage\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`intangible_heritage\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`intangible_heritage\` ADD \`deleted_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`intangible_heritage_review_review_state_idx\` ON \`intangible_heritage\` (\`review_state\`);`,
  )
  await db.run(sql`CREATE INDEX \`intangible_heritage_deleted_at_idx\` ON \`intangible_heritage\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_intangible_heritage_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_intangible_heritage_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_intangible_heritage_v\` ADD \`version_deleted_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`_intangible_heritage_v_version_review_version_review_sta_idx\` ON \`_intangible_heritage_v\` (\`version_review_state\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_intangible_heritage_v_version_version_deleted_at_idx\` ON \`_intangible_heritage_v\` (\`version_deleted_at\`);`,
  )
  await db.run(sql`ALTER TABLE \`craft_villages\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`craft_villages\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`craft_villages\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`craft_villages_review_review_state_idx\` ON \`craft_villages\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`craft_villages_deleted_at_idx\` ON \`craft_villages\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_craft_villages_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_craft_villages_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_craft_villages_v\` ADD \`version_deleted_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`_craft_villages_v_version_review_version_review_state_idx\` ON \`_craft_villages_v\` (\`version_review_state\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_craft_villages_v_version_version_deleted_at_idx\` ON \`_craft_villages_v\` (\`version_deleted_at\`);`,
  )
  await db.run(sql`ALTER TABLE \`artisans\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`artisans\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`artisans\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`artisans_review_review_state_idx\` ON \`artisans\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`artisans_deleted_at_idx\` ON \`artisans\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_artisans_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_artisans_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_artisans_v\` ADD \`version_deleted_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`_artisans_v_version_review_version_review_state_idx\` ON \`_artisans_v\` (\`version_review_state\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_artisans_v_version_version_deleted_at_idx\` ON \`_artisans_v\` (\`version_deleted_at\`);`,
  )
  await db.run(sql`ALTER TABLE \`routes\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`routes\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`routes\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`routes_review_review_state_idx\` ON \`routes\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`routes_deleted_at_idx\` ON \`routes\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_routes_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_routes_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_routes_v\` ADD \`version_deleted_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`_routes_v_version_review_version_review_state_idx\` ON \`_routes_v\` (\`version_review_state\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_routes_v_version_version_deleted_at_idx\` ON \`_routes_v\` (\`version_deleted_at\`);`,
  )
  await db.run(sql`ALTER TABLE \`ocop_products\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`ocop_products\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`ocop_products\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`ocop_products_review_review_state_idx\` ON \`ocop_products\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`ocop_products_deleted_at_idx\` ON \`ocop_products\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_ocop_products_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_ocop_products_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_ocop_products_v\` ADD \`version_deleted_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`_ocop_products_v_version_review_version_review_state_idx\` ON \`_ocop_products_v\` (\`version_review_state\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ocop_products_v_version_version_deleted_at_idx\` ON \`_ocop_products_v\` (\`version_deleted_at\`);`,
  )
  await db.run(sql`ALTER TABLE \`producers\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`producers\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`producers\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`producers_review_review_state_idx\` ON \`producers\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`producers_deleted_at_idx\` ON \`producers\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_producers_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_producers_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_producers_v\` ADD \`version_deleted_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`_producers_v_version_review_version_review_state_idx\` ON \`_producers_v\` (\`version_review_state\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_producers_v_version_version_deleted_at_idx\` ON \`_producers_v\` (\`version_deleted_at\`);`,
  )
  await db.run(sql`ALTER TABLE \`batches\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`batches_deleted_at_idx\` ON \`batches\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_batches_v\` ADD \`version_deleted_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`_batches_v_version_version_deleted_at_idx\` ON \`_batches_v\` (\`version_deleted_at\`);`,
  )
  await db.run(sql`ALTER TABLE \`media\` ADD \`uploaded_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`media_uploaded_by_idx\` ON \`media\` (\`uploaded_by_id\`);`)
  await db.run(sql`ALTER TABLE \`panoramas\` ADD \`uploaded_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`panoramas_uploaded_by_idx\` ON \`panoramas\` (\`uploaded_by_id\`);`)
  await db.run(sql`ALTER TABLE \`models\` ADD \`uploaded_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`models_uploaded_by_idx\` ON \`models\` (\`uploaded_by_id\`);`)
  await db.run(sql`ALTER TABLE \`audio\` ADD \`uploaded_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`audio_uploaded_by_idx\` ON \`audio\` (\`uploaded_by_id\`);`)
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`audit_log_id\` integer REFERENCES audit_log(id) ON DELETE cascade;`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`,
  )
  // Entries published before the review workflow existed start out as published, not as drafts.
  for (const table of [
    'relics',
    'intangible_heritage',
    'craft_villages',
    'artisans',
    'routes',
    'ocop_products',
    'producers',
  ]) {
    await db.run(sql.raw(`UPDATE \`${table}\` SET \`review_state\` = 'published' WHERE \`_status\` = 'published'`))
    await db.run(
      sql.raw(
        `UPDATE \`_${table}_v\` SET \`version_review_state\` = 'published' WHERE \`version__status\` = 'published'`,
      ),
    )
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`credit\` text,
  	\`license\` text DEFAULT 'CC BY 4.0',
  	\`derivatives\` text,
  	\`placeholder\` text,
  	\`card_derivatives\` text,
  	\`dominant_color\` text,
  	\`photo_gps_lat\` numeric,
  	\`photo_gps_lng\` numeric,
  	\`photo_captured_at\` text,
  	\`photo_camera\` text,
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
  await db.run(
    sql`INSERT INTO \`__new_media\`("id", "credit", "license", "derivatives", "placeholder", "card_derivatives", "dominant_color", "photo_gps_lat", "photo_gps_lng", "photo_captured_at", "photo_camera", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y") SELECT "id", "credit", "license", "derivatives", "placeholder", "card_derivatives", "dominant_color", "photo_gps_lat", "photo_gps_lng", "photo_captured_at", "photo_camera", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y" FROM \`media\`;`,
  )
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_panoramas\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`initial_heading\` numeric DEFAULT 0,
  	\`credit\` text,
  	\`license\` text DEFAULT 'CC BY 4.0',
  	\`derivatives\` text,
  	\`placeholder\` text,
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
  await db.run(
    sql`INSERT INTO \`__new_panoramas\`("id", "initial_heading", "credit", "license", "derivatives", "placeholder", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y") SELECT "id", "initial_heading", "credit", "license", "derivatives", "placeholder", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y" FROM \`panoramas\`;`,
  )
  await db.run(sql`DROP TABLE \`panoramas\`;`)
  await db.run(sql`ALTER TABLE \`__new_panoramas\` RENAME TO \`panoramas\`;`)
  await db.run(sql`CREATE INDEX \`panoramas_updated_at_idx\` ON \`panoramas\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`panoramas_created_at_idx\` ON \`panoramas\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`panoramas_filename_idx\` ON \`panoramas\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_models\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`poster_id\` integer,
  	\`credit\` text,
  	\`license\` text DEFAULT 'CC BY 4.0',
  	\`report\` text,
  	\`optimised_file\` text,
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
  await db.run(
    sql`INSERT INTO \`__new_models\`("id", "poster_id", "credit", "license", "report", "optimised_file", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y") SELECT "id", "poster_id", "credit", "license", "report", "optimised_file", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y" FROM \`models\`;`,
  )
  await db.run(sql`DROP TABLE \`models\`;`)
  await db.run(sql`ALTER TABLE \`__new_models\` RENAME TO \`models\`;`)
  await db.run(sql`CREATE INDEX \`models_poster_idx\` ON \`models\` (\`poster_id\`);`)
  await db.run(sql`CREATE INDEX \`models_updated_at_idx\` ON \`models\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`models_created_at_idx\` ON \`models\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`models_filename_idx\` ON \`models\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_audio\` (
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
  await db.run(
    sql`INSERT INTO \`__new_audio\`("id", "language", "duration_seconds", "credit", "license", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y") SELECT "id", "language", "duration_seconds", "credit", "license", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y" FROM \`audio\`;`,
  )
  await db.run(sql`DROP TABLE \`audio\`;`)
  await db.run(sql`ALTER TABLE \`__new_audio\` RENAME TO \`audio\`;`)
  await db.run(sql`CREATE INDEX \`audio_updated_at_idx\` ON \`audio\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audio_created_at_idx\` ON \`audio\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`audio_filename_idx\` ON \`audio\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
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
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "relics_id", "intangible_heritage_id", "craft_villages_id", "artisans_id", "routes_id", "ocop_products_id", "producers_id", "batches_id", "media_id", "panoramas_id", "models_id", "audio_id", "admin_units_id", "users_id") SELECT "id", "order", "parent_id", "path", "relics_id", "intangible_heritage_id", "craft_villages_id", "artisans_id", "routes_id", "ocop_products_id", "producers_id", "batches_id", "media_id", "panoramas_id", "models_id", "audio_id", "admin_units_id", "users_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`DROP INDEX \`relics_review_review_state_idx\`;`)
  await db.run(sql`DROP INDEX \`relics_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`relics\` DROP COLUMN \`review_state\`;`)
  await db.run(sql`ALTER TABLE \`relics\` DROP COLUMN \`review_comment\`;`)
  await db.run(sql`ALTER TABLE \`relics\` DROP COLUMN \`deleted_at\`;`)
  await db.run(sql`DROP INDEX \`_relics_v_version_review_version_review_state_idx\`;`)
  await db.run(sql`DROP INDEX \`_relics_v_version_version_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_relics_v\` DROP COLUMN \`version_review_state\`;`)
  await db.run(sql`ALTER TABLE \`_relics_v\` DROP COLUMN \`version_review_comment\`;`)
  await db.run(sql`ALTER TABLE \`_relics_v\` DROP COLUMN \`version_deleted_at\`;`)
  await db.run(sql`DROP INDEX \`intangible_heritage_review_review_state_idx\`;`)
  await db.run(sql`DROP INDEX \`intangible_heritage_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`intangible_heritage\` DROP COLUMN \`review_state\`;`)
  await db.run(sql`ALTER TABLE \`intangible_heritage\` DROP COLUMN \`review_comment\`;`)
  await db.run(sql`ALTER TABLE \`intangible_heritage\` DROP COLUMN \`deleted_at\`;`)
  await db.run(sql`DROP INDEX \`_intangible_heritage_v_version_review_version_review_sta_idx\`;`)
  await db.run(sql`DROP INDEX \`_intangible_heritage_v_version_version_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_intangible_heritage_v\` DROP COLUMN \`version_review_state\`;`)
  await db.run(sql`ALTER TABLE \`_intangible_heritage_v\` DROP COLUMN \`version_review_comment\`;`)
  await db.run(sql`ALTER TABLE \`_intangible_heritage_v\` DROP COLUMN \`version_deleted_at\`;`)
  await db.run(sql`DROP INDEX \`craft_villages_review_review_state_idx\`;`)
  await db.run(sql`DROP INDEX \`craft_villages_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`craft_villages\` DROP COLUMN \`review_state\`;`)
  await db.run(sql`ALTER TABLE \`craft_villages\` DROP COLUMN \`review_comment\`;`)
  await db.run(sql`ALTER TABLE \`craft_villages\` DROP COLUMN \`deleted_at\`;`)
  await db.run(sql`DROP INDEX \`_craft_villages_v_version_review_version_review_state_idx\`;`)
  await db.run(sql`DROP INDEX \`_craft_villages_v_version_version_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_craft_villages_v\` DROP COLUMN \`version_review_state\`;`)
  await db.run(sql`ALTER TABLE \`_craft_villages_v\` DROP COLUMN \`version_review_comment\`;`)
  await db.run(sql`ALTER TABLE \`_craft_villages_v\` DROP COLUMN \`version_deleted_at\`;`)
  await db.run(sql`DROP INDEX \`artisans_review_review_state_idx\`;`)
  await db.run(sql`DROP INDEX \`artisans_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`artisans\` DROP COLUMN \`review_state\`;`)
  await db.run(sql`ALTER TABLE \`artisans\` DROP COLUMN \`review_comment\`;`)
  await db.run(sql`ALTER TABLE \`artisans\` DROP COLUMN \`deleted_at\`;`)
  await db.run(sql`DROP INDEX \`_artisans_v_version_review_version_review_state_idx\`;`)
  await db.run(sql`DROP INDEX \`_artisans_v_version_version_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_artisans_v\` DROP COLUMN \`version_review_state\`;`)
  await db.run(sql`ALTER TABLE \`_artisans_v\` DROP COLUMN \`version_review_comment\`;`)
  await db.run(sql`ALTER TABLE \`_artisans_v\` DROP COLUMN \`version_deleted_at\`;`)
  await db.run(sql`DROP INDEX \`routes_review_review_state_idx\`;`)
  await db.run(sql`DROP INDEX \`routes_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`routes\` DROP COLUMN \`review_state\`;`)
  await db.run(sql`ALTER TABLE \`routes\` DROP COLUMN \`review_comment\`;`)
  await db.run(sql`ALTER TABLE \`routes\` DROP COLUMN \`deleted_at\`;`)
  await db.run(sql`DROP INDEX \`_routes_v_version_review_version_review_state_idx\`;`)
  await db.run(sql`DROP INDEX \`_routes_v_version_version_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_routes_v\` DROP COLUMN \`version_review_state\`;`)
  await db.run(sql`ALTER TABLE \`_routes_v\` DROP COLUMN \`version_review_comment\`;`)
  await db.run(sql`ALTER TABLE \`_routes_v\` DROP COLUMN \`version_deleted_at\`;`)
  await db.run(sql`DROP INDEX \`ocop_products_review_review_state_idx\`;`)
  await db.run(sql`DROP INDEX \`ocop_products_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`ocop_products\` DROP COLUMN \`review_state\`;`)
  await db.run(sql`ALTER TABLE \`ocop_products\` DROP COLUMN \`review_comment\`;`)
  await db.run(sql`ALTER TABLE \`ocop_products\` DROP COLUMN \`deleted_at\`;`)
  await db.run(sql`DROP INDEX \`_ocop_products_v_version_review_version_review_state_idx\`;`)
  await db.run(sql`DROP INDEX \`_ocop_products_v_version_version_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_ocop_products_v\` DROP COLUMN \`version_review_state\`;`)
  await db.run(sql`ALTER TABLE \`_ocop_products_v\` DROP COLUMN \`version_review_comment\`;`)
  await db.run(sql`ALTER TABLE \`_ocop_products_v\` DROP COLUMN \`version_deleted_at\`;`)
  await db.run(sql`DROP INDEX \`producers_review_review_state_idx\`;`)
  await db.run(sql`DROP INDEX \`producers_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`producers\` DROP COLUMN \`review_state\`;`)
  await db.run(sql`ALTER TABLE \`producers\` DROP COLUMN \`review_comment\`;`)
  await db.run(sql`ALTER TABLE \`producers\` DROP COLUMN \`deleted_at\`;`)
  await db.run(sql`DROP INDEX \`_producers_v_version_review_version_review_state_idx\`;`)
  await db.run(sql`DROP INDEX \`_producers_v_version_version_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_producers_v\` DROP COLUMN \`version_review_state\`;`)
  await db.run(sql`ALTER TABLE \`_producers_v\` DROP COLUMN \`version_review_comment\`;`)
  await db.run(sql`ALTER TABLE \`_producers_v\` DROP COLUMN \`version_deleted_at\`;`)
  await db.run(sql`DROP INDEX \`batches_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`batches\` DROP COLUMN \`deleted_at\`;`)
  await db.run(sql`DROP INDEX \`_batches_v_version_version_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_batches_v\` DROP COLUMN \`version_deleted_at\`;`)
}
