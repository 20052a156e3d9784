/**
 * The same province on PostgreSQL beside SQLite: the generated SQLite database is copied row for
 * row into a PostgreSQL database (cms/src/bench/steps.ts `copy-sqlite`), then each figure is taken
 * on one engine and straight after on the other, so that both see the same data and the same
 * machine: admin list reads (p95 at 1 and 10 connections), the full snapshot export and a
 * one-entry incremental export, and one officer's save until the public site serves it.
 *
 * The server is a throw-away cluster of Debian's PostgreSQL with its default settings (fsync and
 * synchronous commit on, as in production; SQLite runs WAL with synchronous=NORMAL, which does not
 * wait for the disk at each commit), on loopback; or the server of --postgres-url (a database that
 * the run empties and fills).
 */
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { psql, startPostgresCluster } from '../../cms/test/postgresCluster.ts'
import { benchApi, type ListSelect, type Scenario } from '../lib/cms-api.ts'
import { CMS, dataDir, entries, env, values } from '../lib/config.ts'
import { ratio, report, say } from '../lib/output.ts'
import { benchLine, payload } from '../lib/process.ts'
import { exportStep } from './province.ts'
import { editStep, serve } from './site.ts'

const ENGINES = ['SQLite', 'PostgreSQL'] as const
type Engine = (typeof ENGINES)[number]

export async function postgresStep() {
  const file = path.join(dataDir, 'heritage.db')
  if (!existsSync(file)) throw new Error(`No generated province in ${dataDir}: run the province step first.`)
  const given = values['postgres-url']
  const cluster = given ? undefined : await startPostgresCluster({ durable: true })
  try {
    let url = given
    if (!url && cluster) {
      psql(cluster.url('postgres'), 'CREATE DATABASE heritage_bench')
      url = cluster.url('heritage_bench')
    }
    if (!url) throw new Error('No PostgreSQL server.')
    if (given) psql(url, 'DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public')
    const extra: Record<Engine, NodeJS.ProcessEnv> = { SQLite: {}, PostgreSQL: { DATABASE_URL: url } }
    say('Migrations on both, then a copy of the SQLite province into PostgreSQL…')
    await payload(['migrate'], extra.SQLite)
    await payload(['migrate'], extra.PostgreSQL)
    const copy = benchLine<{ tables: number; rows: number; seconds: number }>(
      await payload(['run', 'src/bench/steps.ts', '--', 'copy-sqlite', '--file', file], extra.PostgreSQL),
    )
    say(`Copied ${copy.rows} rows of ${copy.tables} tables in ${copy.seconds.toFixed(0)} s.`)

    // Admin list reads, one engine after the other.
    const email = 'bench-editor@example.vn'
    const password = randomBytes(12).toString('hex')
    const seconds = Number(values['api-seconds'] ?? (entries >= 2000 ? 15 : 3))
    const lists = (name: string) => name.startsWith('list (10 rows') || name.startsWith('list of batches')
    const api = {} as Record<Engine, Scenario[]>
    for (const engine of ENGINES) {
      const { listSelect } = benchLine<{ listSelect: ListSelect }>(
        await payload(
          ['run', 'src/bench/steps.ts', '--', 'user', '--email', email, '--password', password],
          extra[engine],
        ),
      )
      say(`${engine}: admin lists…`)
      api[engine] = (
        await benchApi({
          cmsDir: CMS,
          env: { ...env, ...extra[engine] },
          email,
          password,
          seconds,
          connections: 10,
          log: say,
          scenarios: lists,
          listSelect,
        })
      ).scenarios
    }

    // The snapshot export, each engine into the same folder (the second rewrites what differs).
    const exported = {} as Record<Engine, Awaited<ReturnType<typeof exportStep>>>
    for (const engine of ENGINES) {
      say(`${engine}: snapshot export…`)
      exported[engine] = await exportStep(extra[engine], `Snapshot export (${engine})`)
    }

    // One officer's save until the live site serves it: the site built once, then each engine.
    const server = await serve()
    const edits = {} as Record<Engine, Awaited<ReturnType<typeof editStep>>>
    try {
      for (const engine of ENGINES) {
        say(`${engine}: one edit until served…`)
        edits[engine] = await editStep(server, undefined, undefined, extra[engine], `One edit (${engine})`)
      }
    } finally {
      server.stop()
    }

    const ms = (n: number) => `${n.toFixed(0)} ms`
    const s = (n: number) => `${n.toFixed(1)} s`
    // PostgreSQL over SQLite: output.ts's ratio with the engines in the table's order.
    const times = (sqlite: number, postgres: number) => ratio(postgres, sqlite)
    const rows: [string, string, string, string][] = []
    for (const scenario of api.SQLite) {
      const other = api.PostgreSQL.find((o) => o.name === scenario.name)
      if (!other) continue
      rows.push([`${scenario.name}: p95`, ms(scenario.p95), ms(other.p95), times(scenario.p95, other.p95)])
      // The CMS process only: PostgreSQL's own work runs in its server's processes.
      rows.push([
        `${scenario.name}: CMS process CPU per request`,
        `${scenario.cpuMs.toFixed(1)} ms`,
        `${other.cpuMs.toFixed(1)} ms`,
        times(scenario.cpuMs, other.cpuMs),
      ])
      rows.push([
        `${scenario.name}: req/s`,
        scenario.perSecond.toFixed(0),
        other.perSecond.toFixed(0),
        times(scenario.perSecond, other.perSecond),
      ])
    }
    const [a, b] = [exported.SQLite, exported.PostgreSQL]
    rows.push(['full snapshot export', s(a.fullSeconds), s(b.fullSeconds), times(a.fullSeconds, b.fullSeconds)])
    rows.push([
      'SQL statements, full export',
      String(a.fullStatements),
      String(b.fullStatements),
      times(a.fullStatements, b.fullStatements),
    ])
    rows.push(['one-entry incremental export', s(a.oneSeconds), s(b.oneSeconds), times(a.oneSeconds, b.oneSeconds)])
    const [x, y] = [edits.SQLite, edits.PostgreSQL]
    rows.push([
      'one edit: save (Local API, hooks)',
      `${x.saveSeconds.toFixed(2)} s`,
      `${y.saveSeconds.toFixed(2)} s`,
      times(x.saveSeconds, y.saveSeconds),
    ])
    rows.push([
      'one edit: save → page served',
      s(x.servedSeconds),
      s(y.servedSeconds),
      times(x.servedSeconds, y.servedSeconds),
    ])
    report.push(
      `### SQLite and PostgreSQL, the same ${entries}-entry province`,
      '',
      `PostgreSQL: ${given ? 'the server of --postgres-url' : `a throw-away cluster of Debian’s PostgreSQL, default settings (fsync and synchronous commit on)`}, loopback; the SQLite province copied into it row for row (${copy.rows} rows, ${copy.tables} tables, ${copy.seconds.toFixed(0)} s, then ANALYZE). Each figure on SQLite, then at once on PostgreSQL; ${seconds} s per list row, signed in as an editor.`,
      '',
      '| figure | SQLite | PostgreSQL | PostgreSQL / SQLite |',
      '| --- | --- | --- | --- |',
      ...rows.map((r) => `| ${r.join(' | ')} |`),
      '',
    )
    console.log(`\n${report.slice(report.findLastIndex((l) => l.startsWith('### SQLite and PostgreSQL'))).join('\n')}`)
  } finally {
    cluster?.stop()
  }
}
