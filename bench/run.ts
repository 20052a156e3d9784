/**
 * The benchmark suite at province scale. Each figure is printed with a baseline measured in the
 * same run, on the same machine, from the same data; see bench/README.md.
 *
 *   node bench/run.ts                       small province (300 entries): a few minutes
 *   node bench/run.ts --entries 10000       the full size (the generator alone takes a while)
 *   node bench/run.ts --only site,edit      some steps (province, export, site, edit, search, weight, api, import)
 *   node bench/run.ts --only import         the spreadsheet import alone (its own databases, no province)
 *
 * The generated province is kept in bench/.data/province-<entries>-s<seed>/ and reused by later
 * runs with the same size and seed (--fresh makes it again). The report is printed and written to
 * that folder as report.md.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { freePort } from '../site/tools/free-port.ts'
import { publish } from '../site/tools/publish.ts'
import { readStatus } from '../site/tools/status.ts'
import { benchApi } from './lib/cms-api.ts'
import { peakMemory } from './lib/memory.ts'
import { benchSearch } from './lib/search.ts'
import { benchWeight } from './lib/weight.ts'

const BENCH = path.dirname(fileURLToPath(import.meta.url))
const REPO = path.resolve(BENCH, '..')
const CMS = path.join(REPO, 'cms')
const SITE = path.join(REPO, 'site')
const STEPS = ['province', 'export', 'site', 'edit', 'search', 'weight', 'api', 'import'] as const
type Step = (typeof STEPS)[number]

const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '300' },
    seed: { type: 'string', default: '1' },
    fresh: { type: 'boolean', default: false },
    only: { type: 'string' },
    'api-seconds': { type: 'string' },
    'import-rows': { type: 'string', default: '3000' },
  },
})
const entries = Number(values.entries)
const seed = Number(values.seed)
if (!Number.isInteger(entries) || entries < 20 || !Number.isInteger(seed)) {
  console.error('--entries must be a whole number of at least 20, --seed a whole number.')
  process.exit(2)
}
const importRows = Number(values['import-rows'])
if (!Number.isInteger(importRows) || importRows < 1) {
  console.error('--import-rows must be a whole number of at least 1.')
  process.exit(2)
}
const only = new Set((values.only?.split(',') ?? STEPS) as Step[])
for (const step of only) {
  if (!STEPS.includes(step)) {
    console.error(`Unknown step "${step}": choose from ${STEPS.join(', ')}.`)
    process.exit(2)
  }
}

const dataDir = path.join(BENCH, '.data', `province-${entries}-s${seed}`)
const snapshot = path.join(dataDir, 'snapshot')
const root = path.join(dataDir, 'site')
const SITE_URL = 'https://disan.example.vn'
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATA_DIR: dataDir,
  DATABASE_URL: '',
  PAYLOAD_SECRET: 'benchmark-only-secret-0123456789abcdef',
  SITE_URL,
  SNAPSHOT_DIR: snapshot,
  SITE_ROOT: root,
  SITE_AUTOBUILD: '0',
  NODE_OPTIONS: '--no-deprecation',
  NODE_ENV: 'production',
  ASTRO_TELEMETRY_DISABLED: '1',
  PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`,
}

const now = () => process.hrtime.bigint()
const since = (start: bigint) => Number(now() - start) / 1e9
const say = (line: string) => console.log(`[bench] ${line}`)
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`

/** Runs a command, echoing its output; resolves with what it printed. */
function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; onStart?: (pid: number) => void },
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? env, stdio: ['ignore', 'pipe', 'pipe'] })
    if (child.pid !== undefined) options.onStart?.(child.pid)
    let output = ''
    const echo = (chunk: Buffer) => {
      output += chunk.toString()
      for (const line of chunk.toString().split('\n')) if (line.trim() && !line.startsWith('BENCH ')) say(`  ${line}`)
    }
    child.stdout.on('data', echo)
    child.stderr.on('data', echo)
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`${path.basename(command)} ${args.join(' ')} exited with ${code}`)),
    )
  })
}

const payload = (args: string[], extra: NodeJS.ProcessEnv = {}, onStart?: (pid: number) => void) =>
  run(path.join(CMS, 'node_modules', '.bin', 'payload'), args, { cwd: CMS, env: { ...env, ...extra }, onStart })

/** The `BENCH {…}` line a cms/src/bench/steps.ts run prints. */
const benchLine = <T>(output: string): T => {
  const line = output.split('\n').find((l) => l.startsWith('BENCH '))
  if (!line) throw new Error('The CMS step printed no result.')
  return JSON.parse(line.slice(6)) as T
}

const report: string[] = []
const section = (title: string, rows: [string, string, string?][], note?: string) => {
  report.push(`### ${title}`, '', '| figure | value | baseline / ratio |', '| --- | --- | --- |')
  for (const [name, value, base] of rows) report.push(`| ${name} | ${value} | ${base ?? ''} |`)
  if (note) report.push('', note)
  report.push('')
  console.log(`\n${report.slice(report.lastIndexOf(`### ${title}`)).join('\n')}`)
}

// ─── Province ────────────────────────────────────────────────────────────────────────────────
async function province() {
  const marker = path.join(dataDir, 'generated.json')
  if (values.fresh) rmSync(dataDir, { recursive: true, force: true })
  if (existsSync(marker)) {
    const made = JSON.parse(readFileSync(marker, 'utf8')) as { seconds: number; date: string }
    say(`Reusing the province generated on ${made.date} in ${dataDir} (--fresh to make it again).`)
    // Migrations committed since it was generated (new indexes, say) apply to it as to any database.
    await payload(['migrate'])
    section('Generated province', [
      ['entries (seed)', `${entries} (${seed})`],
      ['generation time', `${made.seconds.toFixed(0)} s (earlier run)`],
    ])
    return
  }
  rmSync(dataDir, { recursive: true, force: true })
  mkdirSync(dataDir, { recursive: true })
  say(`Generating a province of ${entries} entries (seed ${seed}) in ${dataDir}…`)
  await payload(['migrate'])
  const start = now()
  await payload(['run', 'src/generate/command.ts', '--', '--entries', String(entries), '--seed', String(seed)])
  const seconds = since(start)
  writeFileSync(marker, JSON.stringify({ entries, seed, seconds, date: new Date().toISOString() }))
  section('Generated province', [
    ['entries (seed)', `${entries} (${seed})`],
    ['generation time (Local API, hooks on)', `${seconds.toFixed(0)} s`, `${(entries / seconds).toFixed(1)} entries/s`],
  ])
}

// ─── Export ──────────────────────────────────────────────────────────────────────────────────
interface ExportFigures {
  entries: number
  media: number
  fullSeconds: number
  fullStatements: number
  readSeconds: number
  readEntries: number
  oneSeconds: number
  oneStatements: number
  oneWritten: number
  oneRead: number
}
async function exportStep() {
  rmSync(snapshot, { recursive: true, force: true })
  const r = benchLine<ExportFigures>(
    await payload(['run', 'src/bench/steps.ts', '--', 'export', '--snapshot', snapshot]),
  )
  section(
    'Snapshot export',
    [
      [
        'full export',
        `${r.fullSeconds.toFixed(1)} s (${r.entries} entries, ${r.media} media files)`,
        `reading the same entries alone: ${r.readSeconds.toFixed(1)} s (${ratio(r.fullSeconds, r.readSeconds)})`,
      ],
      [
        'SQL statements, full export',
        String(r.fullStatements),
        `${(r.fullStatements / r.entries).toFixed(2)} per entry`,
      ],
      [
        'one-entry incremental export',
        `${r.oneSeconds.toFixed(1)} s (${r.oneRead} entry read in full, ${r.oneWritten} file written)`,
        `full export: ${ratio(r.oneSeconds, r.fullSeconds)}`,
      ],
      ['SQL statements, one-entry export', String(r.oneStatements)],
    ],
    'The full export reads every published entry, 500 at a time; the incremental one reads which entries are public and when each was saved, then in full only those saved since the last export, and rewrites only files whose content changed.',
  )
  return r
}

// ─── Site build ──────────────────────────────────────────────────────────────────────────────
async function siteStep() {
  rmSync(root, { recursive: true, force: true })
  let memory = peakMemory()
  let start = now()
  const built = await publish({ snapshot, root, siteUrl: SITE_URL, incremental: false, log: (l) => say(`  ${l}`) })
  const siteSeconds = since(start)
  const siteMemory = memory.stop()

  const bareOut = path.join(dataDir, 'bare-astro-dist')
  rmSync(bareOut, { recursive: true, force: true })
  memory = peakMemory()
  start = now()
  await run(path.join(BENCH, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: path.join(BENCH, 'bare-astro'),
    env: { ...env, SITE_OUT_DIR: bareOut, BARE_PAGES: String(built.pages) },
  })
  const bareSeconds = since(start)
  const bareMemory = memory.stop()
  rmSync(bareOut, { recursive: true, force: true })
  section('Site build (full)', [
    ['pages', String(built.pages)],
    [
      'build time',
      `${siteSeconds.toFixed(1)} s (${(built.pages / siteSeconds).toFixed(0)} pages/s)`,
      `bare Astro, same pages from the same JSON: ${bareSeconds.toFixed(1)} s (${(built.pages / bareSeconds).toFixed(0)} pages/s); ratio ${ratio(siteSeconds, bareSeconds)}`,
    ],
    ['peak memory (process tree)', mb(siteMemory), `bare Astro: ${mb(bareMemory)}`],
  ])
  return { siteSeconds, pages: built.pages }
}

// ─── One edit, publish to served ─────────────────────────────────────────────────────────────
async function serve(): Promise<{ url: string; stop: () => void }> {
  const port = await freePort()
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(SITE, 'tools', 'serve.ts'), '--root', root, '--port', String(port), '--host', '127.0.0.1'],
    { cwd: SITE, env, stdio: ['ignore', 'pipe', 'inherit'] },
  )
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('Serving') && resolve())
    child.on('exit', (code) => reject(new Error(`serve.ts exited with ${code}`)))
  })
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() }
}

async function editStep(server: { url: string }, full: { siteSeconds: number } | undefined, exported?: ExportFigures) {
  const { SITE_AUTOBUILD: _off, ...on } = env
  const r = benchLine<{ url: string; saveSeconds: number; servedSeconds: number }>(
    await run(
      path.join(CMS, 'node_modules', '.bin', 'payload'),
      ['run', 'src/bench/steps.ts', '--', 'edit', '--site-url', server.url],
      { cwd: CMS, env: on },
    ),
  )
  const status = await readStatus(root)
  const baseline =
    full && exported
      ? `full rebuild + one-entry export: ${(full.siteSeconds + exported.oneSeconds).toFixed(1)} s; ratio ${ratio(r.servedSeconds, full.siteSeconds + exported.oneSeconds)}`
      : 'run with the site and export steps for the baseline'
  section(
    'One edit: save to served page',
    [
      ['save (Local API, hooks)', `${r.saveSeconds.toFixed(2)} s`],
      ['save → new page served', `${r.servedSeconds.toFixed(1)} s`, baseline],
      ['build mode, pages rendered', `${status?.mode ?? '?'}, ${status?.rendered ?? '?'} of ${status?.pages ?? '?'}`],
    ],
    'Includes the publisher’s 1.5 s debounce (saves come in bursts), the export, the build and the switch of the live site.',
  )
}

// ─── Search ──────────────────────────────────────────────────────────────────────────────────
async function searchStep(server: { url: string }) {
  const manifest = JSON.parse(readFileSync(path.join(snapshot, 'manifest.json'), 'utf8')) as {
    entries: { kind: string; file: string }[]
  }
  const pick = manifest.entries.filter((e) => e.kind === 'relics')[2] ?? manifest.entries[0]
  if (!pick) throw new Error('The snapshot is empty.')
  const title = (JSON.parse(readFileSync(path.join(snapshot, pick.file), 'utf8')) as { title: { vi: string } }).title.vi
  // A visitor types a place's name without diacritics.
  const query = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/\(.*?\)/g, '')
    .toLowerCase()
    .trim()
  const live = path.join(root, 'current')
  const r = await benchSearch({ siteUrl: server.url, buildDir: live, snapshot, query })
  section('Search', [
    ['index on disk', `${mb(r.indexBytes)} in ${r.indexFiles} files`],
    [
      `bytes fetched for “${r.query}”`,
      `${kb(r.fetchedBytes)} in ${r.requests} requests (${r.results} results shown)`,
      `one JSON index of titles and summaries, gzip: ${kb(r.baselineGzipBytes)}; ratio ${ratio(r.fetchedBytes, r.baselineGzipBytes)}`,
    ],
  ])
}

// ─── Page weight ─────────────────────────────────────────────────────────────────────────────
function weightStep() {
  const { rows, violations } = benchWeight(path.join(root, 'current'))
  report.push(
    '### Page weight (gzip, before images)',
    '',
    '| page | type | HTML | CSS | JavaScript up front | total |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.path.length > 40 ? `${r.path.slice(0, 37)}…` : r.path} | ${r.type} | ${kb(r.htmlGzip)} | ${kb(r.cssGzip)} | ${kb(r.jsGzip)} | ${kb(r.beforeImages)} |`,
    ),
    '',
    violations.length === 0
      ? 'Budgets (site/tools/budgets.ts): all met.'
      : `Budgets broken:\n\n${violations.map((v) => `- ${v}`).join('\n')}`,
    '',
  )
  console.log(`\n${report.slice(report.lastIndexOf('### Page weight (gzip, before images)')).join('\n')}`)
}

// ─── CMS API ─────────────────────────────────────────────────────────────────────────────────
async function apiStep() {
  const email = 'bench-editor@example.vn'
  const password = randomBytes(12).toString('hex')
  await payload(['run', 'src/bench/steps.ts', '--', 'user', '--email', email, '--password', password])
  const seconds = Number(values['api-seconds'] ?? (entries >= 2000 ? 15 : 3))
  const r = await benchApi({ cmsDir: CMS, env, email, password, seconds, connections: 10, log: say })
  const ms = (n: number) => `${n.toFixed(0)} ms`
  report.push(
    `### CMS REST API (${r.collection}: ${r.totalDocs} records; ${r.seconds} s per row, loopback, SQLite, signed in as an editor)`,
    '',
    '| request | req/s | p50 | p95 | p99 | bytes | baseline req/s, p50, p95 | ratio p95 |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...r.scenarios.map(
      (s) =>
        `| ${s.name} | ${s.perSecond.toFixed(0)} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${kb(s.bytes)} | ${s.baseline.perSecond.toFixed(0)}, ${ms(s.baseline.p50)}, ${ms(s.baseline.p95)} | ${ratio(s.p95, Math.max(1, s.baseline.p95))} |`,
    ),
    '',
    'Baseline: a plain node:http server answering the same URLs with the same bodies from memory (the ceiling of the machine and the load tool).',
    '',
  )
  console.log(`\n${report.slice(report.findLastIndex((l) => l.startsWith('### CMS REST API'))).join('\n')}`)
}

// ─── Spreadsheet import ──────────────────────────────────────────────────────────────────────
interface ReadTimes {
  bytes: number
  reader: number
  sheetjs: number
  sheetjsReaderOptions: number
}
interface PlanFigures {
  rows: number
  counts: Record<string, number>
  former: number
  readSeconds: number
  planSeconds: number
  statements: number
  rssBooted: number
  rssRead: number
}
interface CommitFigures {
  created: number
  readSeconds: number
  seconds: number
  planSeconds: number
  writeSeconds: number
  finishSeconds: number
  createSeconds: number
  creates: number
  statements: number
  planStatements: number
  rssBooted: number
}
interface DirectFigures {
  rows: number
  seconds: number
  statements: number
  rssBooted: number
}
const DRY_RUN_TARGET = 10
const COMMIT_TARGET = 60

/**
 * An office-style relic list (cms/src/bench/importWorkbook.ts) read, dry-run and committed in its
 * own throw-away databases (migrations applied, so the country's administrative units are there;
 * the installation serves Hà Nội). Each phase runs in its own process so that its peak memory is
 * its own. Needs no generated province.
 */
async function importStep() {
  const rows = importRows
  const dir = path.join(BENCH, '.data', `import-${rows}`)
  rmSync(dir, { recursive: true, force: true })
  const database = (name: string): NodeJS.ProcessEnv => {
    const data = path.join(dir, name)
    mkdirSync(data, { recursive: true })
    return { DATA_DIR: data, SNAPSHOT_DIR: path.join(data, 'snapshot'), SITE_ROOT: path.join(data, 'site') }
  }
  const commitDb = database('commit')
  const directDb = database('direct')
  const measured = async <T>(args: string[], extra: NodeJS.ProcessEnv) => {
    let memory: { stop: () => number } | undefined
    try {
      const output = await payload(['run', 'src/bench/steps.ts', '--', ...args, '--dir', dir], extra, (pid) => {
        memory = peakMemory(pid)
      })
      return { result: benchLine<T>(output), peak: memory?.stop() ?? 0 }
    } finally {
      memory?.stop()
    }
  }
  const load = () => os.loadavg()[0]?.toFixed(1) ?? '?'
  const loadBefore = load()

  say(`Writing a ${rows}-row office workbook (.xlsx and .xls) in ${dir}…`)
  const made = (
    await measured<{ communes: { former: string[]; current: string[] }; bytes: Record<string, number> }>(
      ['import-workbook', '--rows', String(rows)],
      commitDb,
    )
  ).result
  say('Two fresh databases with the migrations applied (the country’s administrative units)…')
  await payload(['migrate'], commitDb)
  await payload(['migrate'], directDb)

  const read = (await measured<Record<'xlsx' | 'xls', ReadTimes>>(['import-read'], commitDb)).result
  const plan = await measured<PlanFigures>(['import-plan'], commitDb)
  const commit = await measured<CommitFigures>(['import-commit'], commitDb)
  const direct = await measured<DirectFigures>(['import-direct'], directDb)
  const loadAfter = load()

  const s = (n: number) => `${n.toFixed(n < 10 ? 2 : 1)} s`
  const int = (n: number) => Math.round(n).toLocaleString('en-US')
  const perSecond = (n: number, seconds: number) => `${int(n / seconds)} rows/s`
  const readRow = (format: 'xlsx' | 'xls'): [string, string, string] => [
    `reading the .${format} (readWorkbook), ${kb(read[format].bytes)}`,
    s(read[format].reader),
    `SheetJS XLSX.read alone: ${s(read[format].sheetjs)} (${ratio(read[format].reader, read[format].sheetjs)}); with the reader’s options: ${s(read[format].sheetjsReaderOptions)}`,
  ]
  const verdict = (seconds: number, target: number) =>
    rows !== 3000
      ? `the target (${target} s) is for 3,000 rows`
      : seconds <= target
        ? `target ≤ ${target} s: **met** (${ratio(seconds, target)} of it)`
        : `target ≤ ${target} s: **missed by ${(seconds - target).toFixed(0)} s** (${ratio(seconds, target)})`
  const p = plan.result
  const c = commit.result
  const d = direct.result
  const dryRun = p.readSeconds + p.planSeconds
  section(
    `Spreadsheet import (${int(rows)}-row office workbook)`,
    [
      [
        'workbook',
        `${int(p.rows)} relics in sections of ${made.communes.former.length + made.communes.current.length} Hà Nội communes (${made.communes.former.length} by their former names: ${int(p.former)} rows), all importable`,
        `${int(p.counts.create ?? 0)} to create, ${int(p.counts.reject ?? 0)} rejected`,
      ],
      readRow('xlsx'),
      readRow('xls'),
      [
        'dry run: readWorkbook + planImport (.xlsx)',
        `${s(dryRun)} (${perSecond(p.rows, dryRun)}); planImport alone ${s(p.planSeconds)}, ${int(p.statements)} SQL statements`,
        verdict(dryRun, DRY_RUN_TARGET),
      ],
      [
        'dry run peak memory (process tree)',
        mb(plan.peak),
        `Payload booted: ${mb(p.rssBooted)}; and the workbook read: ${mb(p.rssRead)}`,
      ],
      [
        'commit: commitImport, publish: false',
        `${s(c.seconds)} (${perSecond(c.created, c.seconds)}), ${int(c.created)} drafts created`,
        `${verdict(c.seconds, COMMIT_TARGET)}; payload.create of the same rows in a fresh database: ${s(d.seconds)} (${perSecond(d.rows, d.seconds)}); ratio ${ratio(c.seconds, d.seconds)}`,
      ],
      [
        'commit, phase by phase',
        `planImport again ${s(c.planSeconds)}; writes ${s(c.writeSeconds)} (${((c.writeSeconds / c.created) * 1000).toFixed(0)} ms a row); statistics ${s(c.finishSeconds)}`,
        `direct create: ${((d.seconds / d.rows) * 1000).toFixed(0)} ms a row`,
      ],
      [
        'SQL statements, commit',
        `${int(c.statements)} (${((c.statements - c.planStatements) / c.created).toFixed(1)} a row while writing)`,
        `direct create: ${int(d.statements)} (${(d.statements / d.rows).toFixed(1)} a row)`,
      ],
      ['commit peak memory (process tree)', mb(commit.peak), `direct create: ${mb(direct.peak)}`],
    ],
    `Each phase in its own process (peak memory includes Payload's start-up); the commit runs as the system (no user, as the command line without --as), \`context: { importing: true }\`, drafts. Load average ${loadBefore} before the step, ${loadAfter} after (${os.cpus().length} cores).`,
  )
  writeFileSync(path.join(dir, 'figures.json'), JSON.stringify({ made, read, plan, commit, direct }, null, 1))
}

// ─── Main ────────────────────────────────────────────────────────────────────────────────────
const cpu = os.cpus()
report.push(
  only.size === 1 && only.has('import') ? '## Spreadsheet import' : `## ${entries} entries, seed ${seed}`,
  '',
  `${new Date().toISOString().slice(0, 10)} · ${cpu.length} × ${cpu[0]?.model ?? 'CPU'} · ${mb(os.totalmem())} RAM · ` +
    `Node ${process.version} · ${os.type()} ${os.release()}`,
  '',
)
const started = now()
let server: { url: string; stop: () => void } | undefined
try {
  if (only.has('province')) await province()
  const exported = only.has('export') ? await exportStep() : undefined
  const full = only.has('site') ? await siteStep() : undefined
  if (only.has('edit') || only.has('search') || only.has('weight')) server = await serve()
  if (only.has('edit') && server) await editStep(server, full, exported)
  if (only.has('search') && server) await searchStep(server)
  if (only.has('weight')) weightStep()
  server?.stop()
  server = undefined
  if (only.has('api')) await apiStep()
  if (only.has('import')) await importStep()
  report.push(`Whole run: ${since(started).toFixed(0)} s.`, '')
  // The import step alone needs no province: its report goes beside its own databases.
  const reportDir = only.size === 1 && only.has('import') ? path.join(BENCH, '.data', `import-${importRows}`) : dataDir
  mkdirSync(reportDir, { recursive: true })
  writeFileSync(path.join(reportDir, 'report.md'), `${report.join('\n')}\n`)
  say(`Report written to ${path.join(reportDir, 'report.md')}`)
} finally {
  server?.stop()
}
