/** The generated province (made once, then reused) and the snapshot export. */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { dataDir, entries, seed, snapshot, values } from '../lib/config.ts'
import { now, ratio, say, section, since } from '../lib/output.ts'
import { benchLine, payload } from '../lib/process.ts'
import { measured } from '../lib/targets.ts'

export async function province() {
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
    generated(made.seconds, 'an earlier run')
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
  generated(seconds)
}

/** The generation target is stated per 10,000 entries; a smaller province gives the rate only. */
function generated(seconds: number, when?: string) {
  // Starting Payload and the fixed work of a province dominate a small one: no extrapolation.
  measured(
    'generate',
    `${seconds.toFixed(0)} s for ${entries}`,
    entries >= 10_000 ? (seconds * 10_000) / entries <= 300 : null,
    when,
  )
}

export interface ExportFigures {
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
/** `extra`: the environment of another database (the postgres step); `title`: the report's heading. */
export async function exportStep(extra: NodeJS.ProcessEnv = {}, title = 'Snapshot export') {
  rmSync(snapshot, { recursive: true, force: true })
  const r = benchLine<ExportFigures>(
    await payload(['run', 'src/bench/steps.ts', '--', 'export', '--snapshot', snapshot], extra),
  )
  section(
    title,
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
