import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`relics_updated_created_idx\` ON \`relics\` (\`updated_at\`,\`created_at\`);`)
  await db.run(
    sql`CREATE INDEX \`_relics_v_latest_updated_idx\` ON \`_relics_v\` (\`latest\`,\`version_updated_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`intangible_heritage_updated_created_idx\` ON \`intangible_heritage\` (\`updated_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_intangible_heritage_v_latest_updated_idx\` ON \`_intangible_heritage_v\` (\`latest\`,\`version_updated_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`craft_villages_updated_created_idx\` ON \`craft_villages\` (\`updated_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_craft_villages_v_latest_updated_idx\` ON \`_craft_villages_v\` (\`latest\`,\`version_updated_at\`,\`created_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`artisans_updated_created_idx\` ON \`artisans\` (\`updated_at\`,\`created_at\`);`)
  await db.run(
    sql`CREATE INDEX \`_artisans_v_latest_updated_idx\` ON \`_artisans_v\` (\`latest\`,\`version_updated_at\`,\`created_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`routes_updated_created_idx\` ON \`routes\` (\`updated_at\`,\`created_at\`);`)
  await db.run(
    sql`CREATE INDEX \`_routes_v_latest_updated_idx\` ON \`_routes_v\` (\`latest\`,\`version_updated_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`ocop_products_updated_created_idx\` ON \`ocop_products\` (\`updated_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ocop_products_v_latest_updated_idx\` ON \`_ocop_products_v\` (\`latest\`,\`version_updated_at\`,\`created_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`producers_updated_created_idx\` ON \`producers\` (\`updated_at\`,\`created_at\`);`)
  await db.run(
    sql`CREATE INDEX \`_producers_v_latest_updated_idx\` ON \`_producers_v\` (\`latest\`,\`version_updated_at\`,\`created_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`batches_updated_created_idx\` ON \`batches\` (\`updated_at\`,\`created_at\`);`)
  await db.run(
    sql`CREATE INDEX \`_batches_v_latest_updated_idx\` ON \`_batches_v\` (\`latest\`,\`version_updated_at\`,\`created_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`media_updated_created_idx\` ON \`media\` (\`updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`panoramas_updated_created_idx\` ON \`panoramas\` (\`updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`models_updated_created_idx\` ON \`models\` (\`updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`audio_updated_created_idx\` ON \`audio\` (\`updated_at\`,\`created_at\`);`)
  await db.run(
    sql`CREATE INDEX \`admin_units_updated_created_idx\` ON \`admin_units\` (\`updated_at\`,\`created_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`users_updated_created_idx\` ON \`users\` (\`updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_created_idx\` ON \`audit_log\` (\`updated_at\`,\`created_at\`);`)
  await db.run(
    sql`CREATE INDEX \`payload_jobs_updated_created_idx\` ON \`payload_jobs\` (\`updated_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_updated_created_idx\` ON \`payload_locked_documents\` (\`updated_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_updated_created_idx\` ON \`payload_preferences\` (\`updated_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_migrations_updated_created_idx\` ON \`payload_migrations\` (\`updated_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`site_status_updated_created_idx\` ON \`site_status\` (\`updated_at\`,\`created_at\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`relics_updated_created_idx\`;`)
  await db.run(sql`DROP INDEX \`_relics_v_latest_updated_idx\`;`)
  await db.run(sql`DROP INDEX \`intangible_heritage_updated_created_idx\`;`)
  await db.run(sql`DROP INDEX \`_intangible_heritage_v_latest_updated_idx\`;`)
  await db.run(sql`DROP INDEX \`craft_villages_updated_created_idx\`;`)
  await db.run(sql`DROP INDEX \`_craft_villages_v_latest_updated_idx\`;`)
  await db.run(sql`DROP INDEX \`artisans_updated_created_idx\`;`)
  await db.run(sql`DROP INDEX \`_artisans_v_latest_updated_idx\`;`)
  await db.run(sql`DROP INDEX \`routes_updated_created_idx\`;`)
  await db.run(sql`DROP INDEX \`_routes_v_latest_updated_idx\`;`)
  await db.run(sql`DROP INDEX \`ocop_products_updated_created_idx\`;`)
  await db.run(sql`DROP INDEX \`_ocop_products_v_latest_updated_idx\`;`)
  await db.run(sql`DROP INDEX \`producers_updated_created_idx\`;`)
  await db.run(sql`DROP INDEX \`_producers_v_latest_updated_idx\`;`)
  await db.run(sql`DROP INDEX \`batches_updated_created_idx\`;`)
  await db.run(sql`DROP INDEX \`_batches_v_latest_updated_idx\`;`)
  await db.run(sql`DROP INDEX \`media_updated_created_idx\`;`)
  await db.run(sql`DROP INDEX \`panoramas_updated_created_idx\`;`)
  await db.run(sql`DROP INDEX \`models_updated_created_idx\`;`)
  await db.run(sql`DROP INDEX \`audio_updated_created_idx\`;`)
  await db.run(sql`DROP INDEX \`admin_units_updated_created_idx\`;`)
  await db.run(sql`DROP INDEX \`users_updated_created_idx\`;`)
  await db.run(sql`DROP INDEX \`audit_log_updated_created_idx\`;`)
  await db.run(sql`DROP INDEX \`payload_jobs_updated_created_idx\`;`)
  await db.run(sql`DROP INDEX \`payload_locked_documents_updated_created_idx\`;`)
  await db.run(sql`DROP INDEX \`payload_preferences_updated_created_idx\`;`)
  await db.run(sql`DROP INDEX \`payload_migrations_updated_created_idx\`;`)
  await db.run(sql`DROP INDEX \`site_status_updated_created_idx\`;`)
}
