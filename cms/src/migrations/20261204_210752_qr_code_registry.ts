import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'
import { newShortCode } from '../fields/shortCode.ts'

/** The collections with a code when this migration was written (frozen: later ones start registered). */
const WITH_CODES = [
  'relics',
  'intangible-heritage',
  'craft-villages',
  'ocop-products',
  'artisans',
  'routes',
  'producers',
  'batches',
] as const

interface Holder {
  collection: (typeof WITH_CODES)[number]
  id: number
  code: string | null
  published: boolean
  createdAt: string
}

/**
 * Fills the registry with every record's code. Codes were unique per collection only: where two
 * collections share one, the published record keeps it (the older if both or neither are), and
 * the other record, with all its versions, gets a new code; each change is logged.
 */
export async function fillRegistry({ db, payload }: MigrateUpArgs): Promise<void> {
  const holders: Holder[] = []
  for (const collection of WITH_CODES) {
    const table = sql.raw(`\`${collection.replaceAll('-', '_')}\``)
    const rows = (await db.all(sql`SELECT id, code, _status, created_at FROM ${table}`)) as {
      id: number
      code: string | null
      _status: string | null
      created_at: string
    }[]
    for (const row of rows) {
      holders.push({
        collection,
        id: row.id,
        code: row.code,
        published: row._status === 'published',
        createdAt: row.created_at,
      })
    }
  }
  holders.sort(
    (a, b) => Number(b.published) - Number(a.published) || a.createdAt.localeCompare(b.createdAt) || a.id - b.id,
  )
  const used = new Set(holders.map((h) => h.code).filter((code): code is string => Boolean(code)))
  const given = new Set<string>()
  for (const holder of holders) {
    let code = holder.code
    if (!code || given.has(code)) {
      do code = newShortCode()
      while (used.has(code))
      used.add(code)
      const table = holder.collection.replaceAll('-', '_')
      await db.run(sql`UPDATE ${sql.raw(`\`${table}\``)} SET code = ${code} WHERE id = ${holder.id}`)
      await db.run(sql`UPDATE ${sql.raw(`\`_${table}_v\``)} SET version_code = ${code} WHERE parent_id = ${holder.id}`)
      payload.logger.warn(
        `QR registry: ${holder.collection} ${holder.id} had ${holder.code ? `the code ${holder.code}, already held by another record` : 'no code'}; it now has ${code}.`,
      )
    }
    given.add(code)
    const now = new Date().toISOString()
    await db.run(
      sql`INSERT INTO qr_codes (code, collection, document, published_at, updated_at, created_at) VALUES (${code}, ${holder.collection}, ${String(holder.id)}, ${holder.published ? now : null}, ${now}, ${now})`,
    )
  }
}

export async function up(args: MigrateUpArgs): Promise<void> {
  const { db } = args
  await db.run(sql`CREATE TABLE \`qr_codes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`collection\` text NOT NULL,
  	\`document\` text NOT NULL,
  	\`printed_at\` text,
  	\`published_at\` text,
  	\`retired_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`qr_codes_code_idx\` ON \`qr_codes\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`qr_codes_updated_at_idx\` ON \`qr_codes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`qr_codes_created_at_idx\` ON \`qr_codes\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`collection_document_idx\` ON \`qr_codes\` (\`collection\`,\`document\`);`)
  await db.run(sql`CREATE INDEX \`qr_codes_updated_created_idx\` ON \`qr_codes\` (\`updated_at\`,\`created_at\`);`)
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`qr_codes_id\` integer REFERENCES qr_codes(id) ON DELETE cascade;`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_qr_codes_id_idx\` ON \`payload_locked_documents_rels\` (\`qr_codes_id\`);`,
  )
  await fillRegistry(args)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`qr_codes\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	\`audit_log_id\` integer,
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
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "relics_id", "intangible_heritage_id", "craft_villages_id", "artisans_id", "routes_id", "ocop_products_id", "producers_id", "batches_id", "media_id", "panoramas_id", "models_id", "audio_id", "admin_units_id", "users_id", "audit_log_id") SELECT "id", "order", "parent_id", "path", "relics_id", "intangible_heritage_id", "craft_villages_id", "artisans_id", "routes_id", "ocop_products_id", "producers_id", "batches_id", "media_id", "panoramas_id", "models_id", "audio_id", "admin_units_id", "users_id", "audit_log_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`,
  )
}
