/** The spreadsheet import at office scale, in its own databases. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { BENCH, importRows } from '../lib/config.ts'
import { peakMemory } from '../lib/memory.ts'
import { kb, mb, ratio, say, section } from '../lib/output.ts'
import { benchLine, payload } from '../lib/process.ts'

export interface ReadTimes {
  bytes: number
  reader: number
  sheetjs: number
  sheetjsReaderOptions: number
}
export interface PlanFigures {
  rows: number
  counts: Record<string, number>
  former: number
  readSeconds: number
  planSeconds: number
  statements: number
  rssBooted: number
  rssRead: number
}
export interface CommitFigures {
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
export interface DirectFigures {
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
export async function importStep() {
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
