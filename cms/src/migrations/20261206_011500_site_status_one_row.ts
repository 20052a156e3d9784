import { type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * The public site status is one record, written by every CMS instance. Payload writes a global by
 * looking for its record and making one when there is none; status writes at the same time (two
 * instances' first saves, or one instance's "queued" beside its build's "building") each found
 * none and made one, and from then on each write and each read went to any of them: the admin
 * could show "building" for a site long up to date. So the record is made here, before anything
 * writes it. A database that already has several keeps the last written. Data only: the
 * collections did not change (no schema snapshot). PostgreSQL's twin also refuses a second record.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DELETE FROM \`site_status\` WHERE \`id\` <> (
    SELECT \`id\` FROM \`site_status\` ORDER BY \`updated_at\` DESC, \`id\` DESC LIMIT 1
  );`)
  await db.run(sql`INSERT INTO \`site_status\` (\`updated_at\`, \`created_at\`)
    SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    WHERE NOT EXISTS (SELECT 1 FROM \`site_status\`);`)
}

/** Nothing to undo: the one record stays, as it would after the first publish. */
export async function down(): Promise<void> {}
