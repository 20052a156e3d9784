import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "_relics_v_latest_updated_idx";
  DROP INDEX "_intangible_heritage_v_latest_updated_idx";
  DROP INDEX "_craft_villages_v_latest_updated_idx";
  DROP INDEX "_artisans_v_latest_updated_idx";
  DROP INDEX "_routes_v_latest_updated_idx";
  DROP INDEX "_ocop_products_v_latest_updated_idx";
  DROP INDEX "_producers_v_latest_updated_idx";
  DROP INDEX "_batches_v_latest_updated_idx";
  CREATE INDEX "_relics_v_latest_updated_idx" ON "_relics_v" USING btree ("latest","version_updated_at","created_at","version_deleted_at","version__status","version_commune_id");
  CREATE INDEX "_intangible_heritage_v_latest_updated_idx" ON "_intangible_heritage_v" USING btree ("latest","version_updated_at","created_at","version_deleted_at","version__status","version_commune_id");
  CREATE INDEX "_craft_villages_v_latest_updated_idx" ON "_craft_villages_v" USING btree ("latest","version_updated_at","created_at","version_deleted_at","version__status","version_commune_id");
  CREATE INDEX "_artisans_v_latest_updated_idx" ON "_artisans_v" USING btree ("latest","version_updated_at","created_at","version_deleted_at","version__status","version_commune_id");
  CREATE INDEX "_routes_v_latest_updated_idx" ON "_routes_v" USING btree ("latest","version_updated_at","created_at","version_deleted_at","version__status");
  CREATE INDEX "_ocop_products_v_latest_updated_idx" ON "_ocop_products_v" USING btree ("latest","version_updated_at","created_at","version_deleted_at","version__status","version_commune_id");
  CREATE INDEX "_producers_v_latest_updated_idx" ON "_producers_v" USING btree ("latest","version_updated_at","created_at","version_deleted_at","version__status","version_commune_id");
  CREATE INDEX "_batches_v_latest_updated_idx" ON "_batches_v" USING btree ("latest","version_updated_at","created_at","version_deleted_at","version__status");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "_relics_v_latest_updated_idx";
  DROP INDEX "_intangible_heritage_v_latest_updated_idx";
  DROP INDEX "_craft_villages_v_latest_updated_idx";
  DROP INDEX "_artisans_v_latest_updated_idx";
  DROP INDEX "_routes_v_latest_updated_idx";
  DROP INDEX "_ocop_products_v_latest_updated_idx";
  DROP INDEX "_producers_v_latest_updated_idx";
  DROP INDEX "_batches_v_latest_updated_idx";
  CREATE INDEX "_relics_v_latest_updated_idx" ON "_relics_v" USING btree ("latest","version_updated_at","created_at");
  CREATE INDEX "_intangible_heritage_v_latest_updated_idx" ON "_intangible_heritage_v" USING btree ("latest","version_updated_at","created_at");
  CREATE INDEX "_craft_villages_v_latest_updated_idx" ON "_craft_villages_v" USING btree ("latest","version_updated_at","created_at");
  CREATE INDEX "_artisans_v_latest_updated_idx" ON "_artisans_v" USING btree ("latest","version_updated_at","created_at");
  CREATE INDEX "_routes_v_latest_updated_idx" ON "_routes_v" USING btree ("latest","version_updated_at","created_at");
  CREATE INDEX "_ocop_products_v_latest_updated_idx" ON "_ocop_products_v" USING btree ("latest","version_updated_at","created_at");
  CREATE INDEX "_producers_v_latest_updated_idx" ON "_producers_v" USING btree ("latest","version_updated_at","created_at");
  CREATE INDEX "_batches_v_latest_updated_idx" ON "_batches_v" USING btree ("latest","version_updated_at","created_at");`)
}
