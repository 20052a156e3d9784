/**
 * `npm run backup -- --out FILE.zip [--with-passwords]`
 * `npm run restore -- --file FILE.zip`   (into an empty DATA_DIR)
 *
 * See ./archive.ts. Paths are relative to where the command was typed.
 */
import path from 'node:path'
import { vietnamDay } from '@heritage/contract'
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { runCommand } from '../cli'
import { chooseDatabase } from '../db'
import { dataDir } from '../paths'
import { BackupError, createBackup, restoreBackup, storeFor, verifyRestore } from './archive'
import { databaseName } from './postgres'

const args = process.argv.slice(2)
const value = (name: string) => {
  const at = args.indexOf(name)
  return at >= 0 ? args[at + 1] : undefined
}
const fromCwd = (file: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file)
const command = args.includes('restore') ? 'restore' : 'backup'

let payload: Payload | undefined
await runCommand(
  async () => {
    if (command === 'backup') {
      const out = fromCwd(value('--out') ?? `heritage-backup-${vietnamDay()}.zip`)
      payload = await getPayload({ config, disableOnInit: true })
      const manifest = await createBackup(payload, {
        out,
        dataDir: dataDir(),
        withPasswords: args.includes('--with-passwords'),
      })
      const records = Object.values(manifest.collections).reduce((n, c) => n + c.records, 0)
      console.log(
        `${out}: ${records} bản ghi, ${manifest.files.length} tệp (${manifest.database === 'postgres' ? 'PostgreSQL, pg_dump' : 'SQLite'}), ` +
          (manifest.withPasswords ? 'có mật khẩu đã băm (hãy cất giữ cẩn thận)' : 'không có mật khẩu đã băm'),
      )
      console.log(
        `${out}: ${records} records, ${manifest.files.length} files (from ${storeFor(dataDir()).where}), schema ${manifest.schemaVersion}` +
          (manifest.withPasswords ? ', with password hashes (keep it safe)' : ', without password hashes'),
      )
    } else {
      const file = value('--file')
      if (!file)
        throw new BackupError('--file FILE.zip is required.', 'Thiếu --file TỆP.zip: tệp sao lưu cần khôi phục.')
      const database = chooseDatabase()
      if (database.kind === 'postgres') {
        // Checked and restored below; said first, since it takes a while.
      } else if (database.kind !== 'sqlite' || !database.url.startsWith('file:')) {
        throw new BackupError(
          'Restore writes the embedded SQLite database file or a PostgreSQL database: DATABASE_URL must be unset, file:… or postgres://….',
          'Khôi phục ghi tệp cơ sở dữ liệu SQLite nhúng hoặc một cơ sở dữ liệu PostgreSQL: DATABASE_URL phải để trống, là file:… hoặc postgres://….',
        )
      }
      const manifest = await restoreBackup({
        file: fromCwd(file),
        dataDir: dataDir(),
        ...(database.kind === 'postgres'
          ? { postgresUrl: database.url }
          : { databaseFile: database.url.replace(/^file:/, '') }),
      })
      payload = await getPayload({ config, disableOnInit: true })
      const differences = await verifyRestore(payload, manifest)
      if (differences.length > 0)
        throw new BackupError(
          `Restored, but it differs: ${differences.join('; ')}`,
          `Đã khôi phục nhưng dữ liệu khác bản sao lưu: ${differences.join('; ')}`,
        )
      const postgres = database.kind === 'postgres' ? databaseName(database.url) : null
      const where = storeFor(dataDir()).where
      // Collection by collection, as checked against the manifest (records, versions, checksum).
      for (const [slug, c] of Object.entries(manifest.collections))
        console.log(`  ✓ ${slug}: ${c.records} bản ghi, ${c.versions} phiên bản`)
      console.log(
        `Đã khôi phục vào ${postgres ? `cơ sở dữ liệu PostgreSQL ${postgres}` : dataDir()}: mọi bộ sưu tập và ${manifest.files.length} tệp (vào ${where}) khớp với bản sao lưu.\n` +
          `Restored into ${postgres ? `the PostgreSQL database ${postgres}` : dataDir()}: every collection and ${manifest.files.length} files (into ${where}) match the backup.`,
      )
      if (!manifest.withPasswords)
        console.log(
          'Bản sao lưu không có mật khẩu đã băm: hãy đặt mật khẩu mới trước khi đăng nhập.\n' +
            'Password hashes were not in this backup: set new passwords before signing in.',
        )
    }
  },
  async () => payload?.destroy(),
)
