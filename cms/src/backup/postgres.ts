import { spawn } from 'node:child_process'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { redactUrl } from '../db'
import { BackupError } from './error'
import { DEBIAN_POSTGRES_ROOT, executable, newestPostgresBin } from './postgresBin'

/**
 * The PostgreSQL side of backup and restore, through PostgreSQL's own client programs (Debian's
 * `postgresql-client`): `pg_dump -Fc` writes the archive's database, `pg_restore` puts it back in
 * one transaction, `psql` asks the few questions around them. The password never appears on a
 * command line (where `ps` shows it): it is taken out of the address and handed over in
 * PGPASSWORD; error messages pass through redactUrl.
 */
export type PostgresTool = 'pg_dump' | 'pg_restore' | 'psql'

/**
 * Where `tool` is: on PATH (Debian's wrapper there picks the newest installed version), else in the
 * newest /usr/lib/postgresql/N/bin; null if neither has it.
 */
export function findPostgresTool(
  tool: PostgresTool,
  env: { PATH?: string | undefined; [name: string]: string | undefined } = process.env,
  root = DEBIAN_POSTGRES_ROOT,
): string | null {
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const file = path.join(dir, tool)
    if (executable(file)) return file
  }
  const bin = newestPostgresBin(tool, root)
  return bin ? path.join(bin, tool) : null
}

export function missingToolError(tool: PostgresTool): BackupError {
  return new BackupError(
    `${tool} was not found (neither on PATH nor in /usr/lib/postgresql/*/bin). Install PostgreSQL's client programs, ` +
      `of the server's major version or newer: apt-get install postgresql-client (Debian/Ubuntu), then run the command again.`,
    `Không tìm thấy ${tool} (không có trên PATH, cũng không có trong /usr/lib/postgresql/*/bin). Hãy cài các chương ` +
      'trình khách của PostgreSQL, cùng phiên bản chính với máy chủ hoặc mới hơn: apt-get install postgresql-client ' +
      '(Debian/Ubuntu), rồi chạy lại lệnh.',
  )
}

/** `url` without its password (for the command line), and the password for PGPASSWORD. */
export function splitPassword(url: string): { target: string; password: string | undefined } {
  const parsed = new URL(url)
  const password = parsed.password ? decodeURIComponent(parsed.password) : undefined
  parsed.password = ''
  return { target: parsed.toString(), password }
}

/** `url` with its database replaced by `database`. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${encodeURIComponent(database)}`
  return parsed.toString()
}

export const databaseName = (url: string): string => decodeURIComponent(new URL(url).pathname.replace(/^\//, ''))

/**
 * pg_dump refuses a server newer than itself ("aborting because of server version mismatch",
 * then "server version: 16.4; pg_dump version: 15.8"): said plainly, with what to install.
 */
export function versionMismatch(stderr: string): BackupError | null {
  if (!/server version mismatch/i.test(stderr)) return null
  const server = /server version:\s*([\d.]+)/i.exec(stderr)?.[1] ?? '?'
  const client = /pg_dump version:\s*([\d.]+)/i.exec(stderr)?.[1] ?? '?'
  const major = server.split('.')[0]
  return new BackupError(
    `pg_dump ${client} is older than the database server (${server}) and cannot back it up. Install the client ` +
      `programs of version ${major} or newer (apt-get install postgresql-client-${major}, from apt.postgresql.org ` +
      'if your distribution lacks it), or put their folder first on PATH; nothing was written.',
    `pg_dump ${client} cũ hơn máy chủ cơ sở dữ liệu (${server}) nên không sao lưu được. Hãy cài các chương trình ` +
      `khách phiên bản ${major} trở lên (apt-get install postgresql-client-${major}, lấy từ apt.postgresql.org nếu ` +
      'bản phân phối chưa có), hoặc đặt thư mục của chúng lên đầu PATH; chưa ghi gì.',
  )
}

/**
 * Runs a PostgreSQL client program against `url` (passed as the last argument, without its
 * password) and returns its standard output; throws with its own message, password-free.
 */
export function runPostgresTool(
  tool: PostgresTool,
  args: string[],
  url: string,
  options: { env?: NodeJS.ProcessEnv; what: { en: string; vi: string } },
): Promise<string> {
  const env = options.env ?? process.env
  const file = findPostgresTool(tool, env)
  if (!file) return Promise.reject(missingToolError(tool))
  const { target, password } = splitPassword(url)
  const childEnv = { ...env, ...(password ? { PGPASSWORD: password } : {}) }
  return new Promise((resolve, reject) => {
    const child = spawn(file, [...args, tool === 'psql' ? target : `--dbname=${target}`], {
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.once('error', (error) => reject(error))
    child.once('close', (code, signal) => {
      if (code === 0) return resolve(Buffer.concat(out).toString('utf8'))
      const hide = (text: string) => {
        let shown = redactUrl(text)
        if (password) shown = shown.split(password).join('***')
        return shown.trim()
      }
      const stderr = hide(Buffer.concat(err).toString('utf8'))
      const mismatch = versionMismatch(stderr)
      if (mismatch) return reject(mismatch)
      // The program's own error lines (pg_restore also prints the statement it was running).
      const lines = stderr.split('\n').filter(Boolean)
      const errors = lines.filter((line) => /\b(error|fatal|detail|hint)\b/i.test(line))
      const detail = (errors.length > 0 ? errors : lines).slice(-4).join(' ') || `exit ${code ?? signal}`
      reject(
        new BackupError(
          `${options.what.en}: ${tool} failed: ${detail}`,
          `${options.what.vi}: ${tool} báo lỗi: ${detail}`,
        ),
      )
    })
  })
}

/** One SQL statement through psql; its rows, one per line, columns separated by `|`. */
export const psql = (url: string, statement: string, what: { en: string; vi: string }): Promise<string> =>
  runPostgresTool('psql', ['-X', '-q', '-t', '-A', '-v', 'ON_ERROR_STOP=1', '-c', statement], url, { what }).then(
    (out) => out.trim(),
  )

/** Names of what the database already holds (tables, sequences, views, types) outside PostgreSQL's own schemas. */
export async function existingObjects(url: string): Promise<string[]> {
  const what = { en: 'Checking that the database is empty', vi: 'Kiểm tra cơ sở dữ liệu trống' }
  const rows = await psql(
    url,
    `SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
         AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
     UNION ALL
     SELECT n.nspname || '.' || t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
       WHERE t.typtype IN ('e', 'd', 'r', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
     ORDER BY 1`,
    what,
  )
  return rows.split('\n').filter(Boolean)
}

/** Whether `error` is the server's `database "x" does not exist`. */
export const missingDatabase = (error: unknown): boolean =>
  error instanceof BackupError && /database ".*" does not exist/.test(error.message)

const SCRUB =
  'UPDATE users SET hash = NULL, salt = NULL, reset_password_token = NULL, reset_password_expiration = NULL; ' +
  'DELETE FROM users_sessions'

/**
 * `pg_dump -Fc` of `url` into `file` (custom format; owners and grants left out, so it restores
 * under any role). Without password hashes: the dump is restored into a scratch database on the
 * same server, the hashes, salts, reset tokens and sign-in sessions removed there, and that copy
 * dumped (a dump holds rows, not the pages they were in, so nothing removed is left); the scratch
 * database is dropped whatever happens. This needs the role to be allowed to create databases
 * (CREATEDB); the error says so.
 */
export async function dumpPostgres(
  url: string,
  file: string,
  options: { withPasswords: boolean; work: string },
): Promise<void> {
  const dump = (from: string, to: string) =>
    runPostgresTool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${to}`], from, {
      what: { en: 'Backing up the database', vi: 'Sao lưu cơ sở dữ liệu' },
    })
  if (options.withPasswords) return void (await dump(url, file))
  const full = path.join(options.work, 'full.dump')
  await dump(url, full)
  await dropLeftoverScratch(url).catch(() => undefined)
  const scratch = `${SCRATCH_PREFIX}${process.pid}_${Date.now().toString(36)}`
  try {
    await psql(url, `CREATE DATABASE "${scratch}" TEMPLATE template0`, {
      en: 'Making a scratch copy to remove the password hashes from',
      vi: 'Tạo bản sao tạm để xoá mật khẩu đã băm',
    })
  } catch (error) {
    if (error instanceof BackupError && /permission denied to create database/i.test(error.message)) {
      throw new BackupError(
        'A backup without password hashes removes them in a scratch copy of the database, and this database user may not ' +
          "create databases. Allow it (ALTER ROLE … CREATEDB, as the server's administrator) or make a full backup with " +
          '--with-passwords and keep it safe; nothing was written.',
        'Bản sao lưu không kèm mật khẩu đã băm được làm sạch trong một bản sao tạm của cơ sở dữ liệu, mà người dùng cơ ' +
          'sở dữ liệu này không được tạo cơ sở dữ liệu. Hãy cấp quyền (ALTER ROLE … CREATEDB, do quản trị máy chủ làm) ' +
          'hoặc sao lưu đầy đủ với --with-passwords và cất giữ cẩn thận; chưa ghi gì.',
      )
    }
    throw error
  }
  const copy = withDatabase(url, scratch)
  try {
    await runPostgresTool(
      'pg_restore',
      ['--single-transaction', '--exit-on-error', '--no-owner', '--no-privileges', full],
      copy,
      {
        what: {
          en: 'Making a scratch copy to remove the password hashes from',
          vi: 'Tạo bản sao tạm để xoá mật khẩu đã băm',
        },
      },
    )
    await rm(full, { force: true })
    await psql(copy, SCRUB, { en: 'Removing the password hashes', vi: 'Xoá mật khẩu đã băm' })
    await dump(copy, file)
  } catch (error) {
    // Dropped below; the failure that stopped the backup is the one reported.
    await dropScratch(url, scratch).catch(() => undefined)
    throw error
  } finally {
    await rm(full, { force: true })
  }
  await dropScratch(url, scratch)
}

/** Scratch databases are named PREFIX<pid>_<time made, base 36>. */
const SCRATCH_PREFIX = 'heritage_backup_'
/** No backup runs this long: an older scratch database was left by one that was killed (SIGKILL, power cut). */
const LEFTOVER_AFTER_MS = 6 * 60 * 60 * 1000

/**
 * Drops the scratch databases that killed backups left behind (they hold a copy of the data,
 * password hashes included), by the time in their name; a younger one may be another backup's at
 * work, and one still in use is refused by the server and left. Returns the names dropped.
 */
export async function dropLeftoverScratch(url: string, now = Date.now()): Promise<string[]> {
  const names = await psql(url, `SELECT datname FROM pg_database WHERE datname LIKE 'heritage\\_backup\\_%'`, {
    en: 'Looking for scratch databases of interrupted backups',
    vi: 'Tìm cơ sở dữ liệu tạm của các lần sao lưu bị dừng giữa chừng',
  })
  const dropped: string[] = []
  for (const name of names.split('\n').filter(Boolean)) {
    const made = /^heritage_backup_\d+_([0-9a-z]+)$/.exec(name)?.[1]
    if (!made || !(now - Number.parseInt(made, 36) > LEFTOVER_AFTER_MS)) continue
    try {
      await dropScratch(url, name)
      dropped.push(name)
    } catch {
      // In use, or not this role's to drop: left as it is.
    }
  }
  return dropped
}

const dropScratch = (url: string, scratch: string) =>
  psql(url, `DROP DATABASE IF EXISTS "${scratch}"`, {
    en: `Dropping the scratch database ${scratch}`,
    vi: `Xoá cơ sở dữ liệu tạm ${scratch}`,
  })

/**
 * Puts a `pg_dump -Fc` file back into `url` in one transaction: any error (a damaged dump, a
 * refusal by the server) rolls everything back and the database is as before.
 */
export async function restorePostgres(url: string, file: string): Promise<void> {
  await runPostgresTool(
    'pg_restore',
    ['--single-transaction', '--exit-on-error', '--no-owner', '--no-privileges', file],
    url,
    {
      what: { en: 'Restoring the database (nothing was kept)', vi: 'Khôi phục cơ sở dữ liệu (không giữ lại gì)' },
    },
  )
}
