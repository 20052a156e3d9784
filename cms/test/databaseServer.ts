/**
 * Vitest's global setup for `npm run test:db` (see test/database.ts): the server the database suite
 * runs on, with one database migrated by the committed migrations as the template of every test
 * file's own; everything removed at the end.
 */
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { requestedTestDatabase } from './database'
import { type PostgresCluster, psql, startPostgresCluster, withDatabase } from './postgresCluster'

export default async function setup(project: TestProject): Promise<() => void> {
  const requested = requestedTestDatabase()
  if (!requested) {
    project.provide('testDatabase', null)
    return () => {}
  }
  let cluster: PostgresCluster | undefined
  let server: string
  if (requested === 'postgres') {
    const started = performance.now()
    cluster = await startPostgresCluster()
    // Also when the run is stopped (npm test stops this suite when another step fails): Vitest
    // then exits without its teardown, and pg_ctl started the server in a session of its own.
    const throwAway = cluster
    process.once('exit', () => throwAway.stop())
    server = cluster.url('postgres')
    console.log(`[test:db] a throw-away PostgreSQL cluster in ${Math.round(performance.now() - started)} ms`)
  } else if (/^postgres(ql)?:\/\//i.test(requested)) {
    server = requested
  } else {
    throw new Error(
      `TEST_DATABASE_URL: only PostgreSQL servers (postgres://…, or "postgres" for a throw-away one) are supported; ` +
        'SQLite is what `npm test` runs on.',
    )
  }
  const prefix = `heritage_test_${randomBytes(4).toString('hex')}`
  const template = `${prefix}_template`
  const fileTemplate = `${prefix}_files`
  const drop = () => {
    if (cluster) return cluster.stop()
    const names = psql(server, `SELECT datname FROM pg_database WHERE datname LIKE '${prefix}\\_%'`)
    for (const name of names.split('\n').filter(Boolean)) psql(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  }
  try {
    psql(server, `CREATE DATABASE "${template}"`)
    const started = performance.now()
    const cms = path.resolve(import.meta.dirname, '..')
    const migrate = spawnSync(path.join(cms, 'node_modules/.bin/payload'), ['migrate'], {
      cwd: cms,
      encoding: 'utf8',
      env: {
        ...process.env,
        DATABASE_URL: withDatabase(server, template),
        PAYLOAD_MIGRATE: '1',
        NODE_OPTIONS: '--no-deprecation',
      },
    })
    if (migrate.status !== 0) throw new Error(`payload migrate failed:\n${migrate.stdout}\n${migrate.stderr}`)
    console.log(`[test:db] the template database migrated in ${Math.round(performance.now() - started)} ms`)
    // What a test file starts from: the migrated tables without the country's administrative
    // units, like the in-memory SQLite database the same files start from under `npm test`
    // (schema push loads no data), so each file's own test units are the only ones.
    psql(server, `CREATE DATABASE "${fileTemplate}" TEMPLATE "${template}"`)
    psql(
      withDatabase(server, fileTemplate),
      'TRUNCATE admin_units, admin_units_locales, admin_units_former_names RESTART IDENTITY CASCADE',
    )
  } catch (error) {
    drop()
    throw error
  }
  project.provide('testDatabase', { server, template, fileTemplate, prefix })
  return drop
}
