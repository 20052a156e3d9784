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
        `${out}: ${records} records, ${manifest.files.length} files (from ${storeFor(dataDir()).where}), schema ${manifest.schemaVersion}` +
          (manifest.withPasswords ? ', with password hashes (keep it safe)' : ', without password hashes'),
      )
    } else {
      const file = value('--file')
      if (!file)
        throw new BackupError('--file FILE.zip is required.', 'Thiếu --file TỆP.zip: tệp sao lưu cần khôi phục.')
      const database = chooseDatabase()
      if (database.kind !== 'sqlite' || !database.url.startsWith('file:')) {
        throw new BackupError(
          'Restore writes the embedded SQLite database file: DATABASE_URL must be unset or file:….',
          'Khôi phục ghi tệp cơ sở dữ liệu SQLite nhúng: DATABASE_URL phải để trống hoặc là file:….',
        )
      }
      const manifest = await restoreBackup({
        file: fromCwd(file),
        dataDir: dataDir(),
        databaseFile: database.url.replace(/^file:/, ''),
      })
      payload = await getPayload({ config, disableOnInit: true })
      const differences = await verifyRestore(payload, manifest)
      if (differences.length > 0)
        throw new BackupError(
          `Restored, but it differs: ${differences.join('; ')}`,
          'Đã khôi phục nhưng dữ liệu khác bản sao lưu.',
        )
      console.log(
        `Restored into ${dataDir()}: every collection and ${manifest.files.length} files (into ${storeFor(dataDir()).where}) match the backup.`,
      )
      if (!manifest.withPasswords)
        console.log('Password hashes were not in this backup: set new passwords before signing in.')
    }
  },
  async () => payload?.destroy(),
)
