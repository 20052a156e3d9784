import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'
import { loadAdministrativeUnits } from '../adminUnits/load.ts'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`installation\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`province_id\` integer,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`province_id\`) REFERENCES \`admin_units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`installation_province_idx\` ON \`installation\` (\`province_id\`);`)
  await db.run(
    sql`CREATE INDEX \`installation_updated_created_idx\` ON \`installation\` (\`updated_at\`,\`created_at\`);`,
  )
  await db.run(sql`ALTER TABLE \`relics\` ADD \`former_address_commune\` text;`)
  await db.run(sql`ALTER TABLE \`relics\` ADD \`former_address_district\` text;`)
  await db.run(sql`ALTER TABLE \`_relics_v\` ADD \`version_former_address_commune\` text;`)
  await db.run(sql`ALTER TABLE \`_relics_v\` ADD \`version_former_address_district\` text;`)
  await db.run(sql`ALTER TABLE \`intangible_heritage\` ADD \`former_address_commune\` text;`)
  await db.run(sql`ALTER TABLE \`intangible_heritage\` ADD \`former_address_district\` text;`)
  await db.run(sql`ALTER TABLE \`_intangible_heritage_v\` ADD \`version_former_address_commune\` text;`)
  await db.run(sql`ALTER TABLE \`_intangible_heritage_v\` ADD \`version_former_address_district\` text;`)
  await db.run(sql`ALTER TABLE \`craft_villages\` ADD \`former_address_commune\` text;`)
  await db.run(sql`ALTER TABLE \`craft_villages\` ADD \`former_address_district\` text;`)
  await db.run(sql`ALTER TABLE \`_craft_villages_v\` ADD \`version_former_address_commune\` text;`)
  await db.run(sql`ALTER TABLE \`_craft_villages_v\` ADD \`version_former_address_district\` text;`)
  await db.run(sql`ALTER TABLE \`artisans\` ADD \`former_address_commune\` text;`)
  await db.run(sql`ALTER TABLE \`artisans\` ADD \`former_address_district\` text;`)
  await db.run(sql`ALTER TABLE \`_artisans_v\` ADD \`version_former_address_commune\` text;`)
  await db.run(sql`ALTER TABLE \`_artisans_v\` ADD \`version_former_address_district\` text;`)
  await db.run(sql`ALTER TABLE \`ocop_products\` ADD \`former_address_commune\` text;`)
  await db.run(sql`ALTER TABLE \`ocop_products\` ADD \`former_address_district\` text;`)
  await db.run(sql`ALTER TABLE \`_ocop_products_v\` ADD \`version_former_address_commune\` text;`)
  await db.run(sql`ALTER TABLE \`_ocop_products_v\` ADD \`version_former_address_district\` text;`)
  await db.run(sql`ALTER TABLE \`producers\` ADD \`former_address_commune\` text;`)
  await db.run(sql`ALTER TABLE \`producers\` ADD \`former_address_district\` text;`)
  await db.run(sql`ALTER TABLE \`_producers_v\` ADD \`version_former_address_commune\` text;`)
  await db.run(sql`ALTER TABLE \`_producers_v\` ADD \`version_former_address_district\` text;`)
  await db.run(sql`ALTER TABLE \`admin_units_former_names\` ADD \`district\` text;`)
  await db.run(sql`ALTER TABLE \`admin_units_former_names\` ADD \`code\` text;`)
  await db.run(sql`CREATE INDEX \`admin_units_level_idx\` ON \`admin_units\` (\`level\`);`)
  // The country's 34 provinces and 3,321 communes with their former communes, in this transaction.
  const loaded = await loadAdministrativeUnits(payload, req)
  payload.logger.info(
    `Administrative units: ${loaded.created} created, ${loaded.adopted} completed with their codes (${loaded.ms} ms).`,
  )
}

// The loaded units stay: entries and accounts point at them.
export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`installation\`;`)
  await db.run(sql`DROP INDEX \`admin_units_level_idx\`;`)
  await db.run(sql`ALTER TABLE \`relics\` DROP COLUMN \`former_address_commune\`;`)
  await db.run(sql`ALTER TABLE \`relics\` DROP COLUMN \`former_address_district\`;`)
  await db.run(sql`ALTER TABLE \`_relics_v\` DROP COLUMN \`version_former_address_commune\`;`)
  await db.run(sql`ALTER TABLE \`_relics_v\` DROP COLUMN \`version_former_address_district\`;`)
  await db.run(sql`ALTER TABLE \`intangible_heritage\` DROP COLUMN \`former_address_commune\`;`)
  await db.run(sql`ALTER TABLE \`intangible_heritage\` DROP COLUMN \`former_address_district\`;`)
  await db.run(sql`ALTER TABLE \`_intangible_heritage_v\` DROP COLUMN \`version_former_address_commune\`;`)
  await db.run(sql`ALTER TABLE \`_intangible_heritage_v\` DROP COLUMN \`version_former_address_district\`;`)
  await db.run(sql`ALTER TABLE \`craft_villages\` DROP COLUMN \`former_address_commune\`;`)
  await db.run(sql`ALTER TABLE \`craft_villages\` DROP COLUMN \`former_address_district\`;`)
  await db.run(sql`ALTER TABLE \`_craft_villages_v\` DROP COLUMN \`version_former_address_commune\`;`)
  await db.run(sql`ALTER TABLE \`_craft_villages_v\` DROP COLUMN \`version_former_address_district\`;`)
  await db.run(sql`ALTER TABLE \`artisans\` DROP COLUMN \`former_address_commune\`;`)
  await db.run(sql`ALTER TABLE \`artisans\` DROP COLUMN \`former_address_district\`;`)
  await db.run(sql`ALTER TABLE \`_artisans_v\` DROP COLUMN \`version_former_address_commune\`;`)
  await db.run(sql`ALTER TABLE \`_artisans_v\` DROP COLUMN \`version_former_address_district\`;`)
  await db.run(sql`ALTER TABLE \`ocop_products\` DROP COLUMN \`former_address_commune\`;`)
  await db.run(sql`ALTER TABLE \`ocop_products\` DROP COLUMN \`former_address_district\`;`)
  await db.run(sql`ALTER TABLE \`_ocop_products_v\` DROP COLUMN \`version_former_address_commune\`;`)
  await db.run(sql`ALTER TABLE \`_ocop_products_v\` DROP COLUMN \`version_former_address_district\`;`)
  await db.run(sql`ALTER TABLE \`producers\` DROP COLUMN \`former_address_commune\`;`)
  await db.run(sql`ALTER TABLE \`producers\` DROP COLUMN \`former_address_district\`;`)
  await db.run(sql`ALTER TABLE \`_producers_v\` DROP COLUMN \`version_former_address_commune\`;`)
  await db.run(sql`ALTER TABLE \`_producers_v\` DROP COLUMN \`version_former_address_district\`;`)
  await db.run(sql`ALTER TABLE \`admin_units_former_names\` DROP COLUMN \`district\`;`)
  await db.run(sql`ALTER TABLE \`admin_units_former_names\` DROP COLUMN \`code\`;`)
}
