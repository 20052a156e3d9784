import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import JSZip from 'jszip'
import type { Payload } from 'payload'
import { z } from 'zod'
import { chooseDatabase, MIGRATIONS } from '../db'
import { DERIVATIVES, diskStore, type FileStore, fileStore, isPlainName, s3Settings, UPLOADS } from '../media/files'
import { isCollectionSlug } from '../shared/collections'
import { errorCode, errorMessage } from '../shared/errors'
import { isRecord, recordOr } from '../shared/guards'
import { BackupError } from './error'
import { databaseName, dumpPostgres, existingObjects, missingDatabase, restorePostgres } from './postgres'

export { BackupError }

/**
 * Backup and restore of the database (SQLite or PostgreSQL) and everything uploaded.
 *
 * The archive is one .zip: `manifest.json` (format, which database, schema version = the last
 * migration of that database's committed set, date, and a checksum of every collection's records
 * and versions and of every file), the database — `database.sqlite` (a consistent copy made by
 * SQLite's VACUUM INTO, so a backup can run while the CMS is in use) or `database.pgdump`
 * (`pg_dump -Fc`, consistent by itself; ./postgres.ts) — and `files/…` (originals under uploads/
 * and their web versions under derivatives/), read from where they live: the data folder, or the
 * S3 bucket when S3_BUCKET is set (media/files.ts), so one archive holds everything either way.
 * Password hashes are removed from the copy unless asked for. An archive restores into the same
 * kind of database only.
 *
 * With MongoDB this command refuses: use `mongodump`/`mongorestore` and copy DATA_DIR (README).
 */
export const BACKUP_FORMAT = 'heritage-backup'
export const BACKUP_FORMAT_VERSION = 1

/** The databases an archive can hold, and the name of its file in the archive. */
export type BackupDatabase = 'sqlite' | 'postgres'
const DATABASE_ENTRY: Record<BackupDatabase, string> = { sqlite: 'database.sqlite', postgres: 'database.pgdump' }
const DATABASE_LABEL: Record<BackupDatabase, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' }

/** The schema version of a database of this kind made by this code: its last committed migration. */
export const schemaVersion = (database: BackupDatabase): string => MIGRATIONS[database].at(-1)?.name ?? 'none'
export const SCHEMA_VERSION = schemaVersion('sqlite')

/** `manifest.json`, read back with this schema when restoring. */
const backupManifest = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number(),
  /** Which database the archive holds (archives made before PostgreSQL backups hold SQLite's). */
  database: z.enum(['sqlite', 'postgres']).default('sqlite'),
  schemaVersion: z.string(),
  createdAt: z.string(),
  withPasswords: z.boolean(),
  /** Per collection: number of records and versions, and a checksum of their content. */
  collections: z.record(z.string(), z.object({ records: z.number(), versions: z.number(), sha256: z.string() })),
  files: z.array(z.object({ path: z.string(), size: z.number(), sha256: z.string() })),
})
export type BackupManifest = z.infer<typeof backupManifest>

/** The SQLite adapter's libSQL client, the part used here (VACUUM INTO, ATTACH). */
interface SqlClient {
  execute: (sql: string | { sql: string; args: string[] }) => Promise<unknown>
}
const isSqlClient = (client: unknown): client is SqlClient => isRecord(client) && typeof client.execute === 'function'

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex')

/** Collections that are bookkeeping of a running CMS, not content. */
// system-locks: which instance holds a lock now, not content.
const SKIP = new Set([
  'payload-locked-documents',
  'payload-preferences',
  'payload-migrations',
  'payload-jobs',
  'system-locks',
])

/** JSON with object keys sorted, so that equal content always gives equal text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (isRecord(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(',')}}`
  }
  return JSON.stringify(value ?? null)
}

/** Every record (and every version) in every locale, unpopulated, whoever may read it. */
const EVERY_RECORD = { locale: 'all', depth: 0, limit: 0, pagination: false, overrideAccess: true } as const

/**
 * What the database holds, collection by collection: every record in every locale and every
 * version, as checksums. Version rows are compared by content (parent, dates, data), not by
 * their internal row id. Password hashes are left out, so a backup without them still matches.
 */
export async function inventory(payload: Payload): Promise<BackupManifest['collections']> {
  const out: BackupManifest['collections'] = {}
  for (const slug of Object.keys(payload.collections).sort()) {
    if (SKIP.has(slug) || !isCollectionSlug(payload.config, slug)) continue
    const collection = payload.collections[slug]
    const records = await payload.find({
      ...EVERY_RECORD,
      collection: slug,
      trash: Boolean(collection?.config.trash),
      sort: 'id',
      showHiddenFields: true,
    })
    let versions: unknown[] = []
    if (collection?.config.versions) {
      versions = (
        await payload.findVersions({
          ...EVERY_RECORD,
          collection: slug,
          trash: Boolean(collection.config.trash),
          sort: 'createdAt',
        })
      ).docs.map(({ id: _id, ...rest }) => rest)
    }
    const docs = records.docs.map((doc) => {
      const {
        hash: _h,
        salt: _s,
        sessions: _x,
        resetPasswordToken: _t,
        resetPasswordExpiration: _e,
        ...rest
      } = recordOr(doc)
      return rest
    })
    out[slug] = { records: docs.length, versions: versions.length, sha256: sha256(canonical({ docs, versions })) }
  }
  return out
}

const MEDIA_DIRS = [UPLOADS, DERIVATIVES] as const

/** Where the files are backed up from and restored to: the bucket if S3 is set, else `dataDir`. */
export const storeFor = (dataDir: string): FileStore => (s3Settings() ? fileStore() : diskStore(dataDir))

/** Writes the archive to `out` and returns its manifest. */
export async function createBackup(
  payload: Payload,
  options: { out: string; dataDir: string; withPasswords?: boolean; store?: FileStore },
): Promise<BackupManifest> {
  const store = options.store ?? storeFor(options.dataDir)
  const client = 'client' in payload.db ? payload.db.client : undefined
  const kind: BackupDatabase | null =
    payload.db.name === 'postgres' ? 'postgres' : payload.db.name === 'sqlite' && isSqlClient(client) ? 'sqlite' : null
  if (!kind) {
    throw new BackupError(
      `This command backs up SQLite and PostgreSQL, not ${payload.db.name}. With MongoDB use mongodump and copy DATA_DIR (see the README).`,
      `Lệnh này sao lưu SQLite và PostgreSQL, không sao lưu ${payload.db.name}. Với MongoDB hãy dùng mongodump và sao chép thư mục DATA_DIR (xem README).`,
    )
  }
  // A folder of its own beside the archive (only this user may read it: the copy may hold password
  // hashes for a while), removed at the end.
  await mkdir(path.dirname(path.resolve(options.out)), { recursive: true })
  const work = await mkdtemp(`${path.resolve(options.out)}.tmp-`)
  const copy = path.join(work, DATABASE_ENTRY[kind])
  try {
    if (kind === 'postgres') {
      await dumpPostgres(chooseDatabase().url, copy, { withPasswords: Boolean(options.withPasswords), work })
    } else if (isSqlClient(client)) {
      await sqliteCopy(client, copy, Boolean(options.withPasswords))
    }
    const zip = new JSZip()
    zip.file(DATABASE_ENTRY[kind], await readFile(copy))
    const files: BackupManifest['files'] = []
    for (const dir of MEDIA_DIRS) {
      for (const name of await store.list(dir)) {
        const data = await store.read(name)
        // Deleted since it was listed (an upload removed while the backup runs): not in the backup.
        if (!data) continue
        files.push({ path: name, size: data.byteLength, sha256: sha256(data) })
        zip.file(`files/${name}`, data)
      }
    }
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      database: kind,
      schemaVersion: schemaVersion(kind),
      createdAt: new Date().toISOString(),
      withPasswords: Boolean(options.withPasswords),
      collections: await inventory(payload),
      files,
    }
    zip.file('manifest.json', `${JSON.stringify(manifest, null, 1)}\n`)
    const body = await zip.generateAsync({
      type: 'uint8array',
      compression: 'DEFLATE',
      compressionOptions: { level: 6 },
    })
    // Written aside, then renamed: a stopped backup never leaves a half archive under the real name.
    await writeFile(`${options.out}.part`, body)
    await rename(`${options.out}.part`, options.out)
    return manifest
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

/** A consistent copy of the SQLite database in `file` (VACUUM INTO), its password hashes scrubbed unless kept. */
async function sqliteCopy(client: SqlClient, file: string, withPasswords: boolean): Promise<void> {
  await client.execute({ sql: 'VACUUM INTO ?', args: [file] })
  if (withPasswords) return
  await client.execute({ sql: 'ATTACH DATABASE ? AS backup_copy', args: [file] })
  try {
    // Overwrite freed space too: otherwise the old hashes stay readable in unused pages.
    await client.execute('PRAGMA backup_copy.secure_delete = ON')
    await client.execute(
      'UPDATE backup_copy.users SET hash = NULL, salt = NULL, reset_password_token = NULL, reset_password_expiration = NULL',
    )
    await client.execute('DELETE FROM backup_copy.users_sessions')
    await client.execute('VACUUM backup_copy')
  } finally {
    await client.execute('DETACH DATABASE backup_copy')
  }
}

/**
 * Puts an archive back into an empty data folder and an empty database — the SQLite file
 * `databaseFile`, or the PostgreSQL database `postgresUrl` (one transaction through pg_restore) —
 * and every file, each checked against its checksum. Refuses an archive of the other kind of
 * database, an archive made by a newer version of the CMS (a schema this code does not know), and
 * a database or data folder that holds anything. Runs without the CMS: start (or `payload
 * migrate`) afterwards, which brings an older schema up to date.
 */
export async function restoreBackup(
  options: {
    file: string
    dataDir: string
    store?: FileStore
  } & ({ databaseFile: string; postgresUrl?: undefined } | { postgresUrl: string; databaseFile?: undefined }),
): Promise<BackupManifest> {
  const kind: BackupDatabase = options.postgresUrl ? 'postgres' : 'sqlite'
  const store = options.store ?? storeFor(options.dataDir)
  let bytes: Buffer
  try {
    bytes = await readFile(options.file)
  } catch (error) {
    const code = errorCode(error)
    throw new BackupError(
      code === 'ENOENT'
        ? `${options.file} does not exist. Check the path of the backup file (relative to the folder you are in).`
        : `${options.file} cannot be read (${code ?? String(error)}).`,
      code === 'ENOENT'
        ? `Không có tệp ${options.file}. Hãy kiểm tra đường dẫn tệp sao lưu (tính từ thư mục đang đứng).`
        : `Không đọc được ${options.file} (${code ?? String(error)}).`,
    )
  }
  let zip: JSZip
  try {
    zip = await JSZip.loadAsync(bytes)
  } catch (error) {
    // A zip cut short (a copy or download interrupted) has no end-of-central-directory record.
    const truncated = bytes.subarray(0, 4).toString('latin1') === 'PK\x03\x04'
    throw new BackupError(
      truncated
        ? `${options.file} is truncated or damaged (a .zip cut short: ${errorMessage(error)}). Copy the backup again.`
        : `${options.file} is not a backup archive (not a readable .zip).`,
      truncated
        ? `${options.file} bị cắt cụt hoặc hỏng (tệp .zip không trọn vẹn). Hãy sao chép lại bản sao lưu.`
        : `${options.file} không phải tệp sao lưu (không đọc được tệp .zip).`,
    )
  }
  const manifestText = await zip.file('manifest.json')?.async('string')
  const manifest = manifestText ? backupManifest.safeParse(JSON.parse(manifestText)).data : null
  if (!manifest || manifest.format !== BACKUP_FORMAT) {
    throw new BackupError(
      `${options.file} is not a backup made by this CMS (no manifest).`,
      `${options.file} không phải bản sao lưu của hệ thống này (thiếu manifest).`,
    )
  }
  if (manifest.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new BackupError(
      `This backup was made by a newer version of the CMS (archive format ${manifest.formatVersion}). Update the CMS first, then restore.`,
      `Bản sao lưu được tạo bởi phiên bản mới hơn của hệ thống (định dạng ${manifest.formatVersion}). Hãy cập nhật hệ thống trước rồi khôi phục.`,
    )
  }
  if (manifest.database !== kind) {
    const [from, to] = [DATABASE_LABEL[manifest.database], DATABASE_LABEL[kind]]
    throw new BackupError(
      `This backup holds a ${from} database and DATABASE_URL points at ${to}: an archive restores into the kind of database it was made from. Restore it with DATABASE_URL set for ${from}${manifest.database === 'sqlite' ? ' (unset, or file:…)' : ' (postgres://…)'}; nothing was changed.`,
      `Bản sao lưu này chứa cơ sở dữ liệu ${from}, còn DATABASE_URL đang trỏ tới ${to}: chỉ khôi phục được vào đúng loại cơ sở dữ liệu đã sao lưu. Hãy khôi phục với DATABASE_URL dành cho ${from}${manifest.database === 'sqlite' ? ' (để trống, hoặc file:…)' : ' (postgres://…)'}; chưa có gì bị thay đổi.`,
    )
  }
  const known = MIGRATIONS[kind].map((m) => m.name)
  if (!known.includes(manifest.schemaVersion)) {
    const current = schemaVersion(kind)
    const newer = manifest.schemaVersion > current
    throw new BackupError(
      newer
        ? `This backup was made by a newer version of the CMS (schema ${manifest.schemaVersion}; this one knows up to ${current}). Update the CMS first, then restore.`
        : `This backup has a schema this CMS does not know (${manifest.schemaVersion}).`,
      newer
        ? `Bản sao lưu được tạo bởi phiên bản mới hơn của hệ thống (lược đồ ${manifest.schemaVersion}; bản này chỉ biết đến ${current}). Hãy cập nhật hệ thống trước rồi khôi phục.`
        : `Bản sao lưu có lược đồ mà hệ thống không biết (${manifest.schemaVersion}).`,
    )
  }
  // Anything already there (a database, uploads, a half-finished restore) would be mixed with the
  // backup's: only an empty (or new) data folder is restored into.
  const folderThere = existsSync(options.dataDir)
  const present = folderThere ? await readdir(options.dataDir) : []
  const databaseThere =
    options.databaseFile !== undefined &&
    existsSync(options.databaseFile) &&
    (await stat(options.databaseFile)).size > 0
  if (options.postgresUrl) await refuseUsedPostgres(options.postgresUrl)
  if (present.length > 0 || databaseThere) {
    const names = databaseThere
      ? [options.databaseFile]
      : present.slice(0, 3).map((name) => path.join(options.dataDir, name))
    const more = present.length > names.length ? ` (+${present.length - names.length})` : ''
    throw new BackupError(
      `The data folder ${options.dataDir} is not empty (${names.join(', ')}${more}). Restore into an empty data folder (set DATA_DIR to a new folder), or move the current one away first; nothing was changed.`,
      `Thư mục dữ liệu ${options.dataDir} không trống (${names.join(', ')}${more}). Hãy khôi phục vào một thư mục trống (đặt DATA_DIR là thư mục mới), hoặc chuyển thư mục hiện tại đi nơi khác trước; chưa có gì bị thay đổi.`,
    )
  }
  if (store.kind === 's3') {
    // The bucket (under S3_PREFIX) must be as empty as the data folder: files of another
    // installation would be mixed with the backup's.
    const there = [...(await store.list(UPLOADS)), ...(await store.list(DERIVATIVES))]
    if (there.length > 0) {
      throw new BackupError(
        `The bucket ${store.where} already holds files (${there.slice(0, 3).join(', ')}${there.length > 3 ? ` (+${there.length - 3})` : ''}). Restore into an empty bucket or a new S3_PREFIX; nothing was changed.`,
        `Bucket ${store.where} đã có tệp (${there.slice(0, 3).join(', ')}${there.length > 3 ? ` (+${there.length - 3})` : ''}). Hãy khôi phục vào bucket trống hoặc đặt S3_PREFIX mới; chưa có gì bị thay đổi.`,
      )
    }
  }
  const database = await zip.file(DATABASE_ENTRY[kind])?.async('uint8array')
  if (!database) throw new BackupError('The archive has no database.', 'Tệp sao lưu không có cơ sở dữ liệu.')
  for (const entry of manifest.files) {
    const data = await zip.file(`files/${entry.path}`)?.async('uint8array')
    const [dir, ...rest] = entry.path.split('/')
    const inside = MEDIA_DIRS.some((d) => d === dir) && rest.length > 0 && rest.every(isPlainName)
    if (!inside || !data || sha256(data) !== entry.sha256) {
      throw new BackupError(
        `The archive is damaged: ${entry.path} is missing or does not match its checksum. Nothing was restored.`,
        `Tệp sao lưu bị hỏng: ${entry.path} thiếu hoặc sai mã kiểm tra. Chưa khôi phục gì.`,
      )
    }
  }
  // Everything checked: now write, database last, so a stopped restore leaves no database behind.
  const written: string[] = []
  for (const entry of manifest.files) {
    const data = await zip.file(`files/${entry.path}`)?.async('uint8array')
    if (data) {
      await store.write(entry.path, data)
      written.push(entry.path)
    }
  }
  if (options.postgresUrl) {
    // pg_restore reads a file (a custom-format dump is read out of order); the folder is this
    // user's only, and removed at the end.
    const work = await mkdtemp(path.join(tmpdir(), 'heritage-restore-'))
    try {
      const dump = path.join(work, DATABASE_ENTRY.postgres)
      await writeFile(dump, database)
      await restorePostgres(options.postgresUrl, dump)
    } catch (error) {
      // The database is as it was (one transaction): take the files back out too, so that the
      // data folder (or bucket) is empty again and the restore can simply be run again.
      for (const name of written) await store.remove(name).catch(() => undefined)
      if (store.kind === 'disk') {
        for (const dir of MEDIA_DIRS) await rm(path.join(options.dataDir, dir), { recursive: true, force: true })
        if (!folderThere) await rm(options.dataDir, { recursive: true, force: true })
      }
      throw error
    } finally {
      await rm(work, { recursive: true, force: true })
    }
    return manifest
  }
  if (options.databaseFile === undefined) throw new Error('restoreBackup: no database to restore into')
  await mkdir(path.dirname(options.databaseFile), { recursive: true })
  await writeFile(`${options.databaseFile}.part`, database)
  await rm(options.databaseFile, { force: true })
  await rename(`${options.databaseFile}.part`, options.databaseFile)
  return manifest
}

/**
 * Restores into an empty PostgreSQL database only, as into an empty data folder: the database must
 * exist (a new one, made by the server's administrator) and hold no table, sequence, view or type.
 */
async function refuseUsedPostgres(url: string): Promise<void> {
  const name = databaseName(url)
  let objects: string[]
  try {
    objects = await existingObjects(url)
  } catch (error) {
    if (!missingDatabase(error)) throw error
    throw new BackupError(
      `The database ${name} does not exist on the server. Create it empty first (createdb -O USER ${name}, or CREATE DATABASE … OWNER … as the server's administrator), then restore; nothing was changed.`,
      `Máy chủ chưa có cơ sở dữ liệu ${name}. Hãy tạo nó (trống) trước (createdb -O NGƯỜI_DÙNG ${name}, hoặc CREATE DATABASE … OWNER … do quản trị máy chủ làm), rồi khôi phục; chưa có gì bị thay đổi.`,
    )
  }
  if (objects.length > 0) {
    const more = objects.length > 3 ? ` (+${objects.length - 3})` : ''
    throw new BackupError(
      `The database ${name} is not empty (${objects.slice(0, 3).join(', ')}${more}). Restore into a new, empty database (set DATABASE_URL to it); nothing was changed.`,
      `Cơ sở dữ liệu ${name} không trống (${objects.slice(0, 3).join(', ')}${more}). Hãy khôi phục vào một cơ sở dữ liệu mới, trống (đặt DATABASE_URL trỏ tới nó); chưa có gì bị thay đổi.`,
    )
  }
}

/** Compares the restored database with the archive's manifest: the lists of what differs. */
export async function verifyRestore(payload: Payload, manifest: BackupManifest): Promise<string[]> {
  const now = await inventory(payload)
  const differences: string[] = []
  for (const [slug, expected] of Object.entries(manifest.collections)) {
    const found = now[slug]
    if (!found || found.sha256 !== expected.sha256) {
      differences.push(
        `${slug}: expected ${expected.records} records / ${expected.versions} versions, found ${found?.records ?? 0} / ${found?.versions ?? 0}`,
      )
    }
  }
  return differences
}
