import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`relics_sites_locales_parent_idx\` ON \`relics_sites_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`relics_sources_locales_parent_idx\` ON \`relics_sources_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`relics_locales_parent_idx\` ON \`relics_locales\` (\`_parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_relics_v_version_sites_locales_parent_idx\` ON \`_relics_v_version_sites_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_relics_v_version_sources_locales_parent_idx\` ON \`_relics_v_version_sources_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_relics_v_locales_parent_idx\` ON \`_relics_v_locales\` (\`_parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`intangible_heritage_communities_locales_parent_idx\` ON \`intangible_heritage_communities_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`intangible_heritage_festival_dates_locales_parent_idx\` ON \`intangible_heritage_festival_dates_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`intangible_heritage_sources_locales_parent_idx\` ON \`intangible_heritage_sources_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`intangible_heritage_locales_parent_idx\` ON \`intangible_heritage_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_intangible_heritage_v_version_communities_locales_parent_idx\` ON \`_intangible_heritage_v_version_communities_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_intangible_heritage_v_version_festival_dates_locales_parent_idx\` ON \`_intangible_heritage_v_version_festival_dates_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_intangible_heritage_v_version_sources_locales_parent_idx\` ON \`_intangible_heritage_v_version_sources_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_intangible_heritage_v_locales_parent_idx\` ON \`_intangible_heritage_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`craft_villages_crafts_locales_parent_idx\` ON \`craft_villages_crafts_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`craft_villages_sources_locales_parent_idx\` ON \`craft_villages_sources_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`craft_villages_locales_parent_idx\` ON \`craft_villages_locales\` (\`_parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_craft_villages_v_version_crafts_locales_parent_idx\` ON \`_craft_villages_v_version_crafts_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_craft_villages_v_version_sources_locales_parent_idx\` ON \`_craft_villages_v_version_sources_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_craft_villages_v_locales_parent_idx\` ON \`_craft_villages_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`artisans_crafts_locales_parent_idx\` ON \`artisans_crafts_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`artisans_sources_locales_parent_idx\` ON \`artisans_sources_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`artisans_locales_parent_idx\` ON \`artisans_locales\` (\`_parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_artisans_v_version_crafts_locales_parent_idx\` ON \`_artisans_v_version_crafts_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_artisans_v_version_sources_locales_parent_idx\` ON \`_artisans_v_version_sources_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_artisans_v_locales_parent_idx\` ON \`_artisans_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`routes_stops_locales_parent_idx\` ON \`routes_stops_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`routes_sources_locales_parent_idx\` ON \`routes_sources_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`routes_locales_parent_idx\` ON \`routes_locales\` (\`_parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_routes_v_version_stops_locales_parent_idx\` ON \`_routes_v_version_stops_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_routes_v_version_sources_locales_parent_idx\` ON \`_routes_v_version_sources_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_routes_v_locales_parent_idx\` ON \`_routes_v_locales\` (\`_parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`ocop_products_sources_locales_parent_idx\` ON \`ocop_products_sources_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`ocop_products_locales_parent_idx\` ON \`ocop_products_locales\` (\`_parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_ocop_products_v_version_sources_locales_parent_idx\` ON \`_ocop_products_v_version_sources_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ocop_products_v_locales_parent_idx\` ON \`_ocop_products_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`producers_sources_locales_parent_idx\` ON \`producers_sources_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`producers_locales_parent_idx\` ON \`producers_locales\` (\`_parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_producers_v_version_sources_locales_parent_idx\` ON \`_producers_v_version_sources_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_producers_v_locales_parent_idx\` ON \`_producers_v_locales\` (\`_parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`batches_raw_materials_locales_parent_idx\` ON \`batches_raw_materials_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`batches_test_reports_locales_parent_idx\` ON \`batches_test_reports_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`batches_locales_parent_idx\` ON \`batches_locales\` (\`_parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_batches_v_version_raw_materials_locales_parent_idx\` ON \`_batches_v_version_raw_materials_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_batches_v_version_test_reports_locales_parent_idx\` ON \`_batches_v_version_test_reports_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_batches_v_locales_parent_idx\` ON \`_batches_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_locales_parent_idx\` ON \`media_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`panoramas_locales_parent_idx\` ON \`panoramas_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`models_locales_parent_idx\` ON \`models_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`audio_locales_parent_idx\` ON \`audio_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`admin_units_locales_parent_idx\` ON \`admin_units_locales\` (\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`relics_sites_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`relics_sources_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`relics_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_relics_v_version_sites_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_relics_v_version_sources_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_relics_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`intangible_heritage_communities_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`intangible_heritage_festival_dates_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`intangible_heritage_sources_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`intangible_heritage_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_intangible_heritage_v_version_communities_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_intangible_heritage_v_version_festival_dates_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_intangible_heritage_v_version_sources_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_intangible_heritage_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`craft_villages_crafts_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`craft_villages_sources_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`craft_villages_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_craft_villages_v_version_crafts_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_craft_villages_v_version_sources_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_craft_villages_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`artisans_crafts_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`artisans_sources_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`artisans_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_artisans_v_version_crafts_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_artisans_v_version_sources_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_artisans_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`routes_stops_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`routes_sources_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`routes_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_routes_v_version_stops_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_routes_v_version_sources_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_routes_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`ocop_products_sources_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`ocop_products_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_ocop_products_v_version_sources_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_ocop_products_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`producers_sources_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`producers_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_producers_v_version_sources_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_producers_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`batches_raw_materials_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`batches_test_reports_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`batches_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_batches_v_version_raw_materials_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_batches_v_version_test_reports_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_batches_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`media_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`panoramas_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`models_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`audio_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`admin_units_locales_parent_idx\`;`)
}
