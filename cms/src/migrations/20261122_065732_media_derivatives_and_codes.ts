import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Entries made before QR codes existed get one now, so every entry can be printed. Self-contained
 * on purpose: a migration must keep doing what it did when written, whatever the app code becomes.
 */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
const newCode = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('')

const ENTRY_TABLES = [
  'relics',
  'intangible_heritage',
  'craft_villages',
  'artisans',
  'routes',
  'ocop_products',
  'producers',
]

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`relics\` ADD \`code\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`relics_code_idx\` ON \`relics\` (\`code\`);`)
  await db.run(sql`ALTER TABLE \`_relics_v\` ADD \`version_code\` text;`)
  await db.run(sql`CREATE INDEX \`_relics_v_version_version_code_idx\` ON \`_relics_v\` (\`version_code\`);`)
  await db.run(sql`ALTER TABLE \`intangible_heritage\` ADD \`code\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`intangible_heritage_code_idx\` ON \`intangible_heritage\` (\`code\`);`)
  await db.run(sql`ALTER TABLE \`_intangible_heritage_v\` ADD \`version_code\` text;`)
  await db.run(
    sql`CREATE INDEX \`_intangible_heritage_v_version_version_code_idx\` ON \`_intangible_heritage_v\` (\`version_code\`);`,
  )
  await db.run(sql`ALTER TABLE \`craft_villages\` ADD \`code\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`craft_villages_code_idx\` ON \`craft_villages\` (\`code\`);`)
  await db.run(sql`ALTER TABLE \`_craft_villages_v\` ADD \`version_code\` text;`)
  await db.run(
    sql`CREATE INDEX \`_craft_villages_v_version_version_code_idx\` ON \`_craft_villages_v\` (\`version_code\`);`,
  )
  await db.run(sql`ALTER TABLE \`artisans\` ADD \`code\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`artisans_code_idx\` ON \`artisans\` (\`code\`);`)
  await db.run(sql`ALTER TABLE \`_artisans_v\` ADD \`version_code\` text;`)
  await db.run(sql`CREATE INDEX \`_artisans_v_version_version_code_idx\` ON \`_artisans_v\` (\`version_code\`);`)
  await db.run(sql`ALTER TABLE \`routes\` ADD \`code\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`routes_code_idx\` ON \`routes\` (\`code\`);`)
  await db.run(sql`ALTER TABLE \`_routes_v\` ADD \`version_code\` text;`)
  await db.run(sql`CREATE INDEX \`_routes_v_version_version_code_idx\` ON \`_routes_v\` (\`version_code\`);`)
  await db.run(sql`ALTER TABLE \`ocop_products\` ADD \`code\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`ocop_products_code_idx\` ON \`ocop_products\` (\`code\`);`)
  await db.run(sql`ALTER TABLE \`_ocop_products_v\` ADD \`version_code\` text;`)
  await db.run(
    sql`CREATE INDEX \`_ocop_products_v_version_version_code_idx\` ON \`_ocop_products_v\` (\`version_code\`);`,
  )
  await db.run(sql`ALTER TABLE \`producers\` ADD \`code\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`producers_code_idx\` ON \`producers\` (\`code\`);`)
  await db.run(sql`ALTER TABLE \`_producers_v\` ADD \`version_code\` text;`)
  await db.run(sql`CREATE INDEX \`_producers_v_version_version_code_idx\` ON \`_producers_v\` (\`version_code\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`derivatives\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`placeholder\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`dominant_color\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`photo_gps_lat\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`photo_gps_lng\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`photo_captured_at\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`photo_camera\` text;`)
  await db.run(sql`ALTER TABLE \`panoramas\` ADD \`derivatives\` text;`)
  await db.run(sql`ALTER TABLE \`panoramas\` ADD \`placeholder\` text;`)
  await db.run(sql`ALTER TABLE \`models\` ADD \`report\` text;`)
  await db.run(sql`ALTER TABLE \`models\` ADD \`optimised_file\` text;`)
  for (const table of ENTRY_TABLES) {
    const rows = await db.all<{ id: number }>(sql.raw(`SELECT id FROM \`${table}\` WHERE code IS NULL`))
    for (const { id } of rows) {
      await db.run(sql.raw(`UPDATE \`${table}\` SET code = '${newCode()}' WHERE id = ${Number(id)}`))
    }
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`relics_code_idx\`;`)
  await db.run(sql`ALTER TABLE \`relics\` DROP COLUMN \`code\`;`)
  await db.run(sql`DROP INDEX \`_relics_v_version_version_code_idx\`;`)
  await db.run(sql`ALTER TABLE \`_relics_v\` DROP COLUMN \`version_code\`;`)
  await db.run(sql`DROP INDEX \`intangible_heritage_code_idx\`;`)
  await db.run(sql`ALTER TABLE \`intangible_heritage\` DROP COLUMN \`code\`;`)
  await db.run(sql`DROP INDEX \`_intangible_heritage_v_version_version_code_idx\`;`)
  await db.run(sql`ALTER TABLE \`_intangible_heritage_v\` DROP COLUMN \`version_code\`;`)
  await db.run(sql`DROP INDEX \`craft_villages_code_idx\`;`)
  await db.run(sql`ALTER TABLE \`craft_villages\` DROP COLUMN \`code\`;`)
  await db.run(sql`DROP INDEX \`_craft_villages_v_version_version_code_idx\`;`)
  await db.run(sql`ALTER TABLE \`_craft_villages_v\` DROP COLUMN \`version_code\`;`)
  await db.run(sql`DROP INDEX \`artisans_code_idx\`;`)
  await db.run(sql`ALTER TABLE \`artisans\` DROP COLUMN \`code\`;`)
  await db.run(sql`DROP INDEX \`_artisans_v_version_version_code_idx\`;`)
  await db.run(sql`ALTER TABLE \`_artisans_v\` DROP COLUMN \`version_code\`;`)
  await db.run(sql`DROP INDEX \`routes_code_idx\`;`)
  await db.run(sql`ALTER TABLE \`routes\` DROP COLUMN \`code\`;`)
  await db.run(sql`DROP INDEX \`_routes_v_version_version_code_idx\`;`)
  await db.run(sql`ALTER TABLE \`_routes_v\` DROP COLUMN \`version_code\`;`)
  await db.run(sql`DROP INDEX \`ocop_products_code_idx\`;`)
  await db.run(sql`ALTER TABLE \`ocop_products\` DROP COLUMN \`code\`;`)
  await db.run(sql`DROP INDEX \`_ocop_products_v_version_version_code_idx\`;`)
  await db.run(sql`ALTER TABLE \`_ocop_products_v\` DROP COLUMN \`version_code\`;`)
  await db.run(sql`DROP INDEX \`producers_code_idx\`;`)
  await db.run(sql`ALTER TABLE \`producers\` DROP COLUMN \`code\`;`)
  await db.run(sql`DROP INDEX \`_producers_v_version_version_code_idx\`;`)
  await db.run(sql`ALTER TABLE \`_producers_v\` DROP COLUMN \`version_code\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`derivatives\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`placeholder\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`dominant_color\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`photo_gps_lat\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`photo_gps_lng\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`photo_captured_at\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`photo_camera\`;`)
  await db.run(sql`ALTER TABLE \`panoramas\` DROP COLUMN \`derivatives\`;`)
  await db.run(sql`ALTER TABLE \`panoramas\` DROP COLUMN \`placeholder\`;`)
  await db.run(sql`ALTER TABLE \`models\` DROP COLUMN \`report\`;`)
  await db.run(sql`ALTER TABLE \`models\` DROP COLUMN \`optimised_file\`;`)
}
