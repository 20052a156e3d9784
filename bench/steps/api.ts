/** The CMS REST API under load, against a plain server of the same bodies. */
import { randomBytes } from 'node:crypto'
import os from 'node:os'
import { cmsProcesses } from '../../cms/src/serverProcesses.ts'
import { benchApi, type ListSelect } from '../lib/cms-api.ts'
import { CMS, entries, env, values } from '../lib/config.ts'
import { kb, ratio, report, say } from '../lib/output.ts'
import { benchLine, payload } from '../lib/process.ts'
import { measured } from '../lib/targets.ts'

export async function apiStep() {
  const email = 'bench-editor@example.vn'
  const password = randomBytes(12).toString('hex')
  const { listSelect } = benchLine<{ listSelect: ListSelect }>(
    await payload(['run', 'src/bench/steps.ts', '--', 'user', '--email', email, '--password', password]),
  )
  const seconds = Number(values['api-seconds'] ?? (entries >= 2000 ? 15 : 3))
  // One process, as before, and as many as CMS_PROCESSES=auto runs here (one per core), side by side.
  const most = cmsProcesses({ CMS_PROCESSES: values['cms-processes'] })
  const ms = (n: number) => `${n.toFixed(0)} ms`
  const listP95: { processes: number; p95: number }[] = []
  for (const processes of most > 1 ? [1, most] : [1]) {
    const r = await benchApi({
      cmsDir: CMS,
      env,
      email,
      password,
      seconds,
      connections: 10,
      log: say,
      listSelect,
      processes,
    })
    const where = processes === 1 ? 'one `next start` process' : `${processes} processes of \`npm run serve\``
    report.push(
      `### CMS REST API (${r.collection}: ${r.totalDocs} records; ${r.seconds} s per row, loopback, SQLite, signed in as an editor, ${where})`,
      '',
      '| request | req/s | p50 | p95 | p99 | server CPU per request | bytes | baseline req/s, p50, p95 | ratio p95 |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...r.scenarios.map(
        (s) =>
          `| ${s.name} | ${s.perSecond.toFixed(0)} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${s.cpuMs.toFixed(1)} ms | ${kb(s.bytes)} | ${s.baseline.perSecond.toFixed(0)}, ${ms(s.baseline.p50)}, ${ms(s.baseline.p95)} | ${ratio(s.p95, Math.max(1, s.baseline.p95))} |`,
      ),
      '',
      'Baseline: a plain node:http server answering the same URLs with the same bodies from memory (the ceiling of the machine and the load tool).',
      'Server CPU per request: the server processes’ user + system time over the row, divided by the requests answered; unlike the latencies it does not grow with what else the machine runs. One process answers one request at a time on the CPU, so with 10 connections p95 is about 10 × this on an otherwise idle core.',
      `Load average at the end: ${os
        .loadavg()
        .map((n) => n.toFixed(1))
        .join(', ')} (${os.cpus().length} cores).`,
      '',
    )
    const list = r.scenarios.find((s) => s.name === 'list (10 rows, depth 0), 10 connections')
    if (list) listP95.push({ processes, p95: list.p95 })
    console.log(`\n${report.slice(report.findLastIndex((l) => l.startsWith('### CMS REST API'))).join('\n')}`)
  }
  // The target is for the server as production runs it (CMS_PROCESSES=auto): the last row.
  const best = listP95.at(-1)
  if (best) {
    const one = listP95[0]
    const text =
      best.processes === 1 || !one
        ? ms(best.p95)
        : `${ms(best.p95)} with ${best.processes} server processes (${ms(one.p95)} with one)`
    measured('list', text, entries >= 10_000 ? best.p95 <= 60 : null)
  }
}
