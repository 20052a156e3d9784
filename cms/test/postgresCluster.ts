/**
 * A throw-away PostgreSQL server for the tests: Debian's `postgresql` binaries (initdb, pg_ctl),
 * a cluster in a temporary folder, on a free port, its unix socket in that folder, trusting local
 * connections; stopped and removed by `stop`. initdb refuses to run as root, so as root the
 * cluster is made and run by the `postgres` user (runuser), which owns the folder.
 *
 * Also a command-line tool (for migrate:create against PostgreSQL):
 *   node test/postgresCluster.ts -- COMMAND ARGS…   runs COMMAND with DATABASE_URL set, then stops.
 */
import { spawnSync } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { newestPostgresBin } from '../src/backup/postgresBin.ts'

export interface PostgresCluster {
  /** postgres://… for `database` on this server. */
  url: (database: string) => string
  stop: () => void
}

/** Where initdb and pg_ctl are: POSTGRES_BIN, or the newest /usr/lib/postgresql/N/bin. */
export function postgresBin(): string | undefined {
  return process.env.POSTGRES_BIN || newestPostgresBin('initdb') || undefined
}

/** A TCP port free on this machine now. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })

/**
 * runuser is in /usr/sbin (util-linux), which a non-login shell's PATH may leave out: CI starts
 * `npm test` with PATH=/usr/local/bin:/usr/bin:/bin, where a bare `runuser` is not found.
 */
const runuser = (): string => ['/usr/sbin/runuser', '/sbin/runuser'].find((file) => existsSync(file)) ?? 'runuser'

function run(command: string, args: string[], asPostgres: boolean): void {
  const [file, argv] = asPostgres ? [runuser(), ['-u', 'postgres', '--', command, ...args]] : [command, args]
  const result = spawnSync(file, argv, { encoding: 'utf8' })
  if (result.status !== 0)
    throw new Error(
      `${path.basename(command)} failed (${result.status ?? result.signal}): ${result.error?.message ?? (result.stderr || result.stdout)}`,
    )
}

/**
 * `durable`: PostgreSQL's own defaults (fsync, synchronous commit, full pages), as a production
 * server runs, for the benchmark; the tests' cluster leaves them off, since nothing in it must
 * survive a crash.
 */
export async function startPostgresCluster(options: { durable?: boolean } = {}): Promise<PostgresCluster> {
  const bin = postgresBin()
  if (!bin)
    throw new Error(
      'PostgreSQL is not installed: apt-get install postgresql (or set POSTGRES_BIN to the folder of initdb).',
    )
  const asPostgres = process.getuid?.() === 0
  const dir = mkdtempSync(path.join(tmpdir(), 'heritage-postgres-'))
  const data = path.join(dir, 'data')
  if (asPostgres) {
    const id = (flag: string) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim())
    chownSync(dir, id('-u'), id('-g'))
  }
  const port = await freePort()
  try {
    run(
      path.join(bin, 'initdb'),
      ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--no-locale', '--no-sync'],
      asPostgres,
    )
    // No durability needed for a throw-away cluster: no fsync, no waiting on the disk at commit.
    const settings =
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1` +
      (options.durable ? '' : ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off')
    run(
      path.join(bin, 'pg_ctl'),
      ['-D', data, '-o', settings, '-l', path.join(dir, 'server.log'), '-w', 'start'],
      asPostgres,
    )
  } catch (error) {
    rmSync(dir, { recursive: true, force: true })
    throw error
  }
  let stopped = false
  return {
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    stop: () => {
      if (stopped) return
      stopped = true
      spawnSync(asPostgres ? runuser() : path.join(bin, 'pg_ctl'), [
        ...(asPostgres ? ['-u', 'postgres', '--', path.join(bin, 'pg_ctl')] : []),
        '-D',
        data,
        '-m',
        'immediate',
        '-w',
        'stop',
      ])
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Runs one SQL statement on `url` with psql (from the same PostgreSQL installation when there is one). */
export function psql(url: string, statement: string): string {
  const bin = postgresBin()
  const result = spawnSync(
    bin ? path.join(bin, 'psql') : 'psql',
    [url, '-X', '-q', '-t', '-A', '-v', 'ON_ERROR_STOP=1', '-c', statement],
    {
      encoding: 'utf8',
    },
  )
  if (result.status !== 0) throw new Error(`psql: ${result.stderr || result.error?.message}`)
  return result.stdout.trim()
}

/** `url` with its database replaced by `database`. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  return parsed.toString()
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--')
  const [command, ...args] = process.argv.slice(at >= 0 ? at + 1 : 2)
  if (!command) throw new Error('Usage: node test/postgresCluster.ts -- COMMAND ARGS…')
  const cluster = await startPostgresCluster()
  let status = 1
  try {
    psql(cluster.url('postgres'), 'CREATE DATABASE heritage')
    status =
      spawnSync(command, args, {
        stdio: 'inherit',
        env: { ...process.env, DATABASE_URL: cluster.url('heritage') },
      }).status ?? 1
  } finally {
    cluster.stop()
  }
  process.exit(status)
}
