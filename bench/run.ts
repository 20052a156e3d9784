/**
 * The benchmark suite at province scale. Each figure is printed with a baseline measured in the
 * same run, on the same machine, from the same data; see bench/README.md.
 *
 *   node bench/run.ts                       small province (300 entries): a few minutes
 *   node bench/run.ts --entries 10000       the full size (the generator alone takes a while)
 *   node bench/run.ts --only site,edit      some steps (province, export, site, edit, same, search, weight, locales, api, postgres, import, images)
 *   node bench/run.ts --only province,locales   the site in every default locale against vi + en
 *   node bench/run.ts --only import         the spreadsheet import alone (its own databases, no province)
 *   node bench/run.ts --entries 10000 --only province,postgres   SQLite and PostgreSQL side by side
 *
 * The generated province is kept in bench/.data/province-<entries>-s<seed>/ and reused by later
 * runs with the same size and seed (--fresh makes it again). The report is printed and written to
 * that folder as report.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { BENCH, dataDir, entries, importRows, only, seed } from './lib/config.ts'
import { mb, now, report, say, since } from './lib/output.ts'
import { targetsSection } from './lib/targets.ts'
import { apiStep } from './steps/api.ts'
import { imagesStep } from './steps/images.ts'
import { importStep } from './steps/import.ts'
import { localesStep } from './steps/locales.ts'
import { searchStep, weightStep } from './steps/pages.ts'
import { postgresStep } from './steps/postgres.ts'
import { exportStep, province } from './steps/province.ts'
import { sameStep } from './steps/same.ts'
import { editStep, serve, siteStep } from './steps/site.ts'

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
  if (only.has('same')) await sameStep()
  if (only.has('locales')) await localesStep()
  if (only.has('api')) await apiStep()
  if (only.has('postgres')) await postgresStep()
  if (only.has('import')) await importStep()
  if (only.has('images')) await imagesStep()
  if (!(only.size === 1 && only.has('import'))) targetsSection()
  report.push(`Whole run: ${since(started).toFixed(0)} s.`, '')
  // The import step alone needs no province: its report goes beside its own databases.
  const reportDir = only.size === 1 && only.has('import') ? path.join(BENCH, '.data', `import-${importRows}`) : dataDir
  mkdirSync(reportDir, { recursive: true })
  writeFileSync(path.join(reportDir, 'report.md'), `${report.join('\n')}\n`)
  say(`Report written to ${path.join(reportDir, 'report.md')}`)
} finally {
  server?.stop()
}
