/**
 * Backup and restore as an operator runs them (`pnpm backup` / `pnpm restore`, separate
 * processes, real databases): the seeded demo, backed up and restored into an empty data folder
 * (and, on PostgreSQL, an empty database), is identical record for record, version for version,
 * file for file. Runs on SQLite under `npm test` and on PostgreSQL (real pg_dump and pg_restore, a
 * real server) in the database suite (test/database.ts).
 */
import { execFile, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { createClient } from '@libsql/client'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import type { BackupManifest } from '../src/backup/archive'
import {
  dropLeftoverScratch,
  findPostgresTool,
  missingToolError,
  splitPassword,
  versionMismatch,
} from '../src/backup/postgres'
import { newEmptyServerDatabase, testServer } from './database'
import { postgresBin, psql } from './postgresCluster'
import { scratchFolder } from './scratch'

const run = promisify(execFile)
const cms = path.resolve(import.meta.dirname, '..')
const onPostgres = testServer() !== null
/** The archive's database entry on this run's database. */
const DATABASE_ENTRY = onPostgres ? 'database.pgdump' : 'database.sqlite'

/** One installation: a data folder and, on PostgreSQL, a database of its own. */
interface Installation {
  dataDir: string
  /** '' on SQLite (the file in the data folder), else a new empty PostgreSQL database. */
  databaseUrl: string
}

let root: string
let original: Installation
let archive: string
let manifest: BackupManifest

const installation = (name: string): Installation => ({
  dataDir: path.join(root, name),
  databaseUrl: newEmptyServerDatabase() ?? '',
})

async function payloadRun(script: string, at: Installation, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(path.join(cms, 'node_modules/.bin/payload'), ['run', script, '--', ...args], {
      cwd: cms,
      env: {
        ...process.env,
        DATA_DIR: at.dataDir,
        DATABASE_URL: at.databaseUrl,
        SITE_AUTOBUILD: '0',
        SEED_QUIET_ACCOUNTS: '1',
        NODE_OPTIONS: '--no-deprecation',
        INIT_CWD: root,
      },
      maxBuffer: 64 * 1024 * 1024,
    })
    return { code: 0, out: stdout + stderr }
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string }
    return { code: e.code ?? 1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` }
  }
}

async function checksums(dataDir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  const walk = async (dir: string) => {
    if (!existsSync(dir)) return
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) await walk(full)
      else
        out[path.relative(dataDir, full)] = createHash('sha256')
          .update(await readFile(full))
          .digest('hex')
    }
  }
  await walk(path.join(dataDir, 'uploads'))
  await walk(path.join(dataDir, 'derivatives'))
  return out
}

/** Rows of a query, read with the database's own client (not the CMS): JSON text per row. */
async function rows(at: Installation, sql: string): Promise<string[]> {
  if (at.databaseUrl) {
    const text = psql(at.databaseUrl, `SELECT json_agg(row_to_json(q)) FROM (${sql}) q`)
    return (JSON.parse(text || '[]') as unknown[]).map((row) => JSON.stringify(row))
  }
  const client = createClient({ url: `file:${path.join(at.dataDir, 'heritage.db')}` })
  try {
    return (await client.execute(sql)).rows.map((row) => JSON.stringify(row))
  } finally {
    client.close()
  }
}

/** Whether an installation is as a failed restore must leave it: no data folder, no tables. */
async function untouched(at: Installation): Promise<{ folder: string[]; tables: string }> {
  return {
    folder: existsSync(at.dataDir) ? await readdir(at.dataDir) : [],
    tables: at.databaseUrl
      ? psql(
          at.databaseUrl,
          "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'",
        )
      : '0',
  }
}

/** The archive's database as text: the SQLite file's bytes, or the SQL pg_restore makes of the dump. */
async function databaseText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(file))
  const data = Buffer.from((await zip.file(DATABASE_ENTRY)?.async('uint8array')) ?? new Uint8Array())
  expect(data.byteLength).toBeGreaterThan(0)
  if (!onPostgres) return data.toString('latin1')
  const dump = path.join(root, 'xem.pgdump')
  await writeFile(dump, data)
  const restored = spawnSync(path.join(postgresBin() ?? '/usr/bin', 'pg_restore'), ['-f', '-', dump], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  })
  expect(restored.status, restored.stderr).toBe(0)
  expect(restored.stdout).toContain('COPY public.users ')
  return restored.stdout
}

const manifestOf = async (file: string) =>
  JSON.parse(
    (await (await JSZip.loadAsync(await readFile(file))).file('manifest.json')?.async('string')) ?? '{}',
  ) as BackupManifest

const scratch = scratchFolder('heritage-backup-')
const leftover = `heritage_backup_1_${(Date.now() - 24 * 60 * 60 * 1000).toString(36)}`

beforeAll(async () => {
  root = scratch()
  original = installation('goc')
  await mkdir(original.dataDir)
  const seeded = await payloadRun('src/seed/run.ts', original)
  expect(seeded.code, seeded.out).toBe(0)
  const server = testServer()
  // What a backup killed a day ago (SIGKILL) left on the server: the next backup drops it.
  if (server) psql(server.server, `CREATE DATABASE "${leftover}"`)
  const backup = await payloadRun('src/backup/run.ts', original, 'backup', '--out', 'sao-luu.zip')
  expect(backup.code, backup.out).toBe(0)
  expect(backup.out).toContain('without password hashes')
  archive = path.join(root, 'sao-luu.zip')
  manifest = await manifestOf(archive)
  // The demo seed encodes its photos; slow on a loaded machine (test/export-incremental.test.ts).
}, 600_000)

describe(`backup and restore (${onPostgres ? 'PostgreSQL, pg_dump' : 'SQLite'})`, () => {
  it('restores the seeded demo into an empty installation: every record, locale, version and file identical', async () => {
    expect(manifest.database).toBe(onPostgres ? 'postgres' : 'sqlite')
    expect(Object.keys((await JSZip.loadAsync(await readFile(archive))).files)).toContain(DATABASE_ENTRY)
    expect(manifest.collections.relics?.records).toBeGreaterThan(3)
    expect(manifest.collections.relics?.versions).toBeGreaterThan(3)
    expect(manifest.files.length).toBeGreaterThan(10)
    const target = installation('khoi-phuc')
    const restored = await payloadRun('src/backup/run.ts', target, 'restore', '--file', 'sao-luu.zip')
    expect(restored.code, restored.out).toBe(0)
    expect(restored.out).toContain('match the backup')
    expect(restored.out).toContain('khớp với bản sao lưu')
    expect(restored.out).toContain(`✓ relics: ${manifest.collections.relics?.records} bản ghi`)
    expect(restored.out).toContain('set new passwords')
    // Files: byte for byte.
    expect(await checksums(target.dataDir)).toEqual(await checksums(original.dataDir))
    // A sample field by field, read with the database's own client: relics, in every locale, and
    // their versions.
    for (const sql of [
      'SELECT * FROM relics ORDER BY id',
      'SELECT * FROM relics_locales ORDER BY _parent_id, _locale',
      'SELECT * FROM _relics_v ORDER BY id',
    ]) {
      const before = await rows(original, sql)
      expect(before.length, sql).toBeGreaterThan(3)
      expect(await rows(target, sql), sql).toEqual(before)
    }
    const locales = new Set(
      (await rows(target, 'SELECT _locale FROM relics_locales')).map((r) => JSON.parse(r)._locale),
    )
    expect([...locales]).toEqual(expect.arrayContaining(['vi', 'en']))
    // Records and versions, recomputed independently from the restored database by a new backup.
    const again = await payloadRun('src/backup/run.ts', target, 'backup', '--out', 'lan-hai.zip')
    expect(again.code, again.out).toBe(0)
    expect((await manifestOf(path.join(root, 'lan-hai.zip'))).collections).toEqual(manifest.collections)
  }, 600_000)

  it('leaves password hashes out unless asked', async () => {
    // Payload stores "pbkdf2-sha256-v1:<hex>"; none may be in the copy.
    expect(await databaseText(archive)).not.toMatch(/pbkdf2-sha256-v1:[0-9a-f]{32}/)
    const withPasswords = await payloadRun(
      'src/backup/run.ts',
      original,
      'backup',
      '--out',
      'day-du.zip',
      '--with-passwords',
    )
    expect(withPasswords.code, withPasswords.out).toBe(0)
    expect(await databaseText(path.join(root, 'day-du.zip'))).toMatch(/pbkdf2-sha256-v1:[0-9a-f]{32}/)
    const server = testServer()
    if (server) {
      // The scratch copy the hashes were removed in is gone, and so is the one a killed backup left.
      const scratchDatabases = () =>
        psql(server.server, "SELECT datname FROM pg_database WHERE datname LIKE 'heritage\\_backup\\_%'")
      expect(scratchDatabases()).toBe('')
      // A younger one may be another backup's at work: kept.
      const young = `heritage_backup_2_${(Date.now() - 60_000).toString(36)}`
      psql(server.server, `CREATE DATABASE "${young}"`)
      expect(await dropLeftoverScratch(original.databaseUrl)).toEqual([])
      expect(await dropLeftoverScratch(original.databaseUrl, Date.now() + 7 * 60 * 60 * 1000)).toEqual([young])
      expect(scratchDatabases()).toBe('')
    }
  }, 300_000)

  it('refuses an archive from a newer schema, a damaged archive, another database kind, and an installation that has a database', async () => {
    const zip = await JSZip.loadAsync(await readFile(archive))
    zip.file('manifest.json', JSON.stringify({ ...manifest, schemaVersion: '29991231_000000_future' }))
    await writeFile(path.join(root, 'moi-hon.zip'), await zip.generateAsync({ type: 'uint8array' }))
    const empty1 = installation('trong-1')
    const newer = await payloadRun('src/backup/run.ts', empty1, 'restore', '--file', 'moi-hon.zip')
    expect(newer.code).toBe(1)
    expect(newer.out).toMatch(/phiên bản mới hơn.*Hãy cập nhật hệ thống/)
    expect(await untouched(empty1)).toEqual({ folder: [], tables: '0' })

    const damaged = await JSZip.loadAsync(await readFile(archive))
    const first = manifest.files[0] as { path: string }
    damaged.file(`files/${first.path}`, 'hỏng')
    await writeFile(path.join(root, 'hong.zip'), await damaged.generateAsync({ type: 'uint8array' }))
    const empty2 = installation('trong-2')
    const broken = await payloadRun('src/backup/run.ts', empty2, 'restore', '--file', 'hong.zip')
    expect(broken.code).toBe(1)
    expect(broken.out).toContain('bị hỏng')
    expect(await untouched(empty2)).toEqual({ folder: [], tables: '0' })

    // An archive of the other kind of database (its manifest says so) is refused by name.
    const other = await JSZip.loadAsync(await readFile(archive))
    other.file('manifest.json', JSON.stringify({ ...manifest, database: onPostgres ? 'sqlite' : 'postgres' }))
    await writeFile(path.join(root, 'loai-khac.zip'), await other.generateAsync({ type: 'uint8array' }))
    const empty3 = installation('trong-5')
    const crossed = await payloadRun('src/backup/run.ts', empty3, 'restore', '--file', 'loai-khac.zip')
    expect(crossed.code).toBe(1)
    expect(crossed.out).toMatch(
      onPostgres
        ? /chứa cơ sở dữ liệu SQLite, còn DATABASE_URL đang trỏ tới PostgreSQL/
        : /chứa cơ sở dữ liệu PostgreSQL/,
    )
    expect(await untouched(empty3)).toEqual({ folder: [], tables: '0' })

    const occupied = await payloadRun('src/backup/run.ts', original, 'restore', '--file', 'sao-luu.zip')
    expect(occupied.code).toBe(1)
    expect(occupied.out).toContain('không trống')
  }, 300_000)

  it.runIf(onPostgres)(
    'on PostgreSQL: refuses a database with tables (even with an empty data folder), and a failed pg_restore leaves nothing',
    async () => {
      // The data folder is new, the database is the original one: refused, nothing written.
      const used = { dataDir: path.join(root, 'thu-muc-moi'), databaseUrl: original.databaseUrl }
      const refused = await payloadRun('src/backup/run.ts', used, 'restore', '--file', 'sao-luu.zip')
      expect(refused.code).toBe(1)
      expect(refused.out).toMatch(/Cơ sở dữ liệu \S+ không trống \(public\..*chưa có gì bị thay đổi/)
      expect(existsSync(used.dataDir)).toBe(false)

      // A dump cut short after its table of contents: pg_restore creates the tables, then fails
      // on the data; its single transaction takes everything back, and the restore removes the
      // files it had written.
      const cut = await JSZip.loadAsync(await readFile(archive))
      const dump = (await cut.file(DATABASE_ENTRY)?.async('uint8array')) ?? new Uint8Array()
      cut.file(DATABASE_ENTRY, dump.subarray(0, Math.floor(dump.byteLength * 0.6)))
      await writeFile(path.join(root, 'dump-hong.zip'), await cut.generateAsync({ type: 'uint8array' }))
      const empty = installation('trong-6')
      const failed = await payloadRun('src/backup/run.ts', empty, 'restore', '--file', 'dump-hong.zip')
      expect(failed.code, failed.out).toBe(1)
      expect(failed.out).toMatch(/Khôi phục cơ sở dữ liệu \(không giữ lại gì\): pg_restore báo lỗi/)
      expect(await untouched(empty)).toEqual({ folder: [], tables: '0' })
      // And it can simply be run again, with the whole archive.
      const retried = await payloadRun('src/backup/run.ts', empty, 'restore', '--file', 'sao-luu.zip')
      expect(retried.code, retried.out).toBe(0)
    },
    300_000,
  )

  it('refuses a data folder holding anything, a missing file and a truncated archive, in plain words', async () => {
    // Issue 16: a folder with other files (no database yet) was restored into, keeping them.
    const busy = installation('co-tep')
    await mkdir(path.join(busy.dataDir, 'uploads'), { recursive: true })
    await writeFile(path.join(busy.dataDir, 'uploads', 'anh-cu.jpg'), 'ảnh cũ')
    const kept = await payloadRun('src/backup/run.ts', busy, 'restore', '--file', 'sao-luu.zip')
    expect(kept.code).toBe(1)
    expect(kept.out).toMatch(/không trống \(.*uploads\).*chưa có gì bị thay đổi/)
    expect(await untouched(busy)).toEqual({ folder: ['uploads'], tables: '0' })

    const empty3 = installation('trong-3')
    const missing = await payloadRun('src/backup/run.ts', empty3, 'restore', '--file', 'khong-co.zip')
    expect(missing.code).toBe(1)
    expect(missing.out).toMatch(/Không có tệp .*khong-co\.zip/)
    expect(missing.out).not.toMatch(/không phải tệp sao lưu| {4}at /)

    const whole = await readFile(archive)
    await writeFile(path.join(root, 'cut.zip'), whole.subarray(0, Math.floor(whole.length / 2)))
    const empty4 = installation('trong-4')
    const cut = await payloadRun('src/backup/run.ts', empty4, 'restore', '--file', 'cut.zip')
    expect(cut.code).toBe(1)
    expect(cut.out).toContain('bị cắt cụt hoặc hỏng')
    expect(await untouched(empty4)).toEqual({ folder: [], tables: '0' })
  }, 120_000)
})

describe('PostgreSQL client programs', () => {
  it('are looked for on PATH, then in the newest /usr/lib/postgresql/N/bin; missing, the message names postgresql-client', () => {
    const bin = postgresBin()
    if (bin && existsSync(path.join(bin, 'pg_dump'))) {
      expect(findPostgresTool('pg_dump', { PATH: '/nonexistent' })).toBe(path.join(bin, 'pg_dump'))
      expect(findPostgresTool('pg_dump', { PATH: bin }, '/nonexistent')).toBe(path.join(bin, 'pg_dump'))
    }
    expect(findPostgresTool('pg_dump', { PATH: '/nonexistent' }, '/nonexistent')).toBeNull()
    const error = missingToolError('pg_dump')
    expect(error.vi).toMatch(/^Không tìm thấy pg_dump.*apt-get install postgresql-client/)
    expect(error.message).toContain('apt-get install postgresql-client')
  })

  it("say plainly that pg_dump is older than the server (pg_dump's own words)", () => {
    const refused = versionMismatch(
      'pg_dump: error: aborting because of server version mismatch\npg_dump: detail: server version: 16.4 (Debian 16.4-1.pgdg120+2); pg_dump version: 15.8 (Debian 15.8-0+deb12u1)',
    )
    expect(refused?.vi).toMatch(/^pg_dump 15\.8 cũ hơn máy chủ cơ sở dữ liệu \(16\.4\).*postgresql-client-16/)
    expect(versionMismatch('pg_dump: error: connection refused')).toBeNull()
  })

  it('get the password through the environment, never on the command line', () => {
    expect(splitPassword('postgres://heritage:m%40t%20khau@db.example:5432/heritage?sslmode=require')).toEqual({
      target: 'postgres://heritage@db.example:5432/heritage?sslmode=require',
      password: 'm@t khau',
    })
  })
})
