import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_relics_v_latest_updated_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`_relics_v_latest_updated_idx\` ON \`_relics_v\` (\`latest\`,\`version_updated_at\`,\`created_at\`,\`version_deleted_at\`,\`version__status\`,\`version_commune_id\`);`,
  )
  await db.run(sql`DROP INDEX \`_intangible_heritage_v_latest_updated_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`_intangible_heritage_v_latest_updated_idx\` ON \`_intangible_heritage_v\` (\`latest\`,\`version_updated_at\`,\`created_at\`,\`version_deleted_at\`,\`version__status\`,\`version_commune_id\`);`,
  )
  await db.run(sql`DROP INDEX \`_craft_villages_v_latest_updated_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`_craft_villages_v_latest_updated_idx\` ON \`_craft_villages_v\` (\`latest\`,\`version_updated_at\`,\`created_at\`,\`version_deleted_at\`,\`version__status\`,\`version_commune_id\`);`,
  )
  await db.run(sql`DROP INDEX \`_artisans_v_latest_updated_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`_artisans_v_latest_updated_idx\` ON \`_artisans_v\` (\`latest\`,\`version_updated_at\`,\`created_at\`,\`version_deleted_at\`,\`version__status\`,\`version_commune_id\`);`,
  )
  await db.run(sql`DROP INDEX \`_routes_v_latest_updated_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`_routes_v_latest_updated_idx\` ON \`_routes_v\` (\`latest\`,\`version_updated_at\`,\`created_at\`,\`version_deleted_at\`,\`version__status\`);`,
  )
  await db.run(sql`DROP INDEX \`_ocop_products_v_latest_updated_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`_ocop_products_v_latest_updated_idx\` ON \`_ocop_products_v\` (\`latest\`,\`version_updated_at\`,\`created_at\`,\`version_deleted_at\`,\`version__status\`,\`version_commune_id\`);`,
  )
  await db.run(sql`DROP INDEX \`_producers_v_latest_updated_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`_producers_v_latest_updated_idx\` ON \`_producers_v\` (\`latest\`,\`version_updated_at\`,\`created_at\`,\`version_deleted_at\`,\`version__status\`,\`version_commune_id\`);`,
  )
  await db.run(sql`DROP INDEX \`_batches_v_latest_updated_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`_batches_v_latest_updated_idx\` ON \`_batches_v\` (\`latest\`,\`version_updated_at\`,\`created_at\`,\`version_deleted_at\`,\`version__status\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_relics_v_latest_updated_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`_relics_v_latest_updated_idx\` ON \`_relics_v\` (\`latest\`,\`version_updated_at\`,\`created_at\`);`,
  )
  await db.run(sql`DROP INDEX \`_intangible_heritage_v_latest_updated_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`_intangible_heritage_v_latest_updated_idx\` ON \`_intangible_heritage_v\` (\`latest\`,\`version_updated_at\`,\`created_at\`);`,
  )
  await db.run(sql`DROP INDEX \`_craft_villages_v_latest_updated_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`_craft_villages_v_latest_updated_idx\` ON \`_craft_villages_v\` (\`latest\`,\`version_updated_at\`,\`created_at\`);`,
  )
  await db.run(sql`DROP INDEX \`_artisans_v_latest_updated_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`_artisans_v_latest_updated_idx\` ON \`_artisans_v\` (\`latest\`,\`version_updated_at\`,\`created_at\`);`,
  )
  await db.run(sql`DROP INDEX \`_routes_v_latest_updated_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`_routes_v_latest_updated_idx\` ON \`_routes_v\` (\`latest\`,\`version_updated_at\`,\`created_at\`);`,
  )
  await db.run(sql`DROP INDEX \`_ocop_products_v_latest_updated_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`_ocop_products_v_latest_updated_idx\` ON \`_ocop_products_v\` (\`latest\`,\`version_updated_at\`,\`created_at\`);`,
  )
  await db.run(sql`DROP INDEX \`_producers_v_latest_updated_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`_producers_v_latest_updated_idx\` ON \`_producers_v\` (\`latest\`,\`version_updated_at\`,\`created_at\`);`,
  )
  await db.run(sql`DROP INDEX \`_batches_v_latest_updated_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`_batches_v_latest_updated_idx\` ON \`_batches_v\` (\`latest\`,\`version_updated_at\`,\`created_at\`);`,
  )
}
