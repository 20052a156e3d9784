import { type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * The installation's settings are one record (the `installation` global), like the public site
 * status (site_status_one_row). Payload writes a global by looking for its record and making one
 * when there is none, so two first saves at the same moment each made one (within one process on
 * SQLite), and later reads and writes went to either. So the record is made here, before anything
 * writes it, with no settings (the defaults: no province, the default languages). A database that
 * already has several keeps the last written, with its languages. Data only: the collections did
 * not change (no schema snapshot). PostgreSQL's twin also refuses a second record.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  const keep = sql`(SELECT \`id\` FROM \`installation\` ORDER BY \`updated_at\` DESC, \`id\` DESC LIMIT 1)`
  await db.run(sql`DELETE FROM \`installation_site_locales\` WHERE \`parent_id\` <> ${keep};`)
  await db.run(sql`DELETE FROM \`installation\` WHERE \`id\` <> ${keep};`)
  await db.run(sql`INSERT INTO \`installation\` (\`updated_at\`, \`created_at\`)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    WHERE NOT EXISTS (SELECT 1 FROM \`installation\`);`)
}

/** Nothing to undo: the one record stays, as it would after the first save. */
export async function down(): Promise<void> {}
