/**
 * The speed targets of issue 21 (bench/README.md), each checked against what this run measured.
 * Steps call `measured`; run.ts prints the table at the end, with every target, including those
 * this run did not measure (and which step measures them).
 */
import { entries } from './config.ts'
import { report } from './output.ts'

interface Target {
  figure: string
  /** The target as the report states it. */
  goal: string
  /** The step that measures it; null: nothing measures it yet, `missing` says why. */
  step: string | null
  missing?: string
}

export const TARGETS = {
  build: { figure: 'full site build vs bare Astro, same pages', goal: '≤ 1.5×', step: 'site' },
  buildMemory: { figure: 'peak memory of that build vs bare Astro', goal: '≤ 1.5×', step: 'site' },
  served: { figure: 'one edit: save → page served', goal: '≤ 10 s at 10,000 entries', step: 'edit' },
  map: { figure: 'map page, gzip before tiles', goal: '≤ 40 KB, whatever the size', step: 'weight' },
  search: { figure: 'first search query, bytes', goal: '≤ 100 KB at 10,000 entries', step: 'search' },
  searchSmall: {
    figure: 'first search query vs one JSON index',
    goal: '≤ 1.5× at 300 entries',
    step: 'search',
  },
  list: { figure: 'admin list p95, 10 connections', goal: '≤ 60 ms at 10,000 entries', step: 'api' },
  images: {
    figure: 'photo derivative sets/s vs plain sharp, one thread',
    goal: '≥ 1.7×',
    step: 'images',
  },
  upload: {
    figure: 'upload of a 12 MP photo until the officer can go on, p95',
    goal: '≤ 2 s',
    step: 'images',
  },
  generate: { figure: 'generating the province, per 10,000 entries', goal: '≤ 300 s', step: 'province' },
  large: { figure: 'full build of 50,000 entries: peak memory', goal: '≤ 8 GB, completes', step: 'site' },
  same: {
    figure: 'speed-ups keep the output: cached build, one-entry publish vs full build',
    goal: 'byte for byte',
    step: 'same',
  },
} satisfies Record<string, Target>

export type TargetId = keyof typeof TARGETS

const results = new Map<TargetId, { value: string; met: boolean | null; note?: string }>()

/**
 * What this run measured for a target: the value as printed, and whether it meets the goal
 * (`null`: measured, but at a size the target is not stated for; the row says so).
 */
export function measured(id: TargetId, value: string, met: boolean | null, note?: string) {
  results.set(id, { value, met, note })
}

/** The table of every target; pushed onto the report and printed. */
export function targetsSection() {
  const title = `Targets (issue 21), this run at ${entries} entries`
  report.push(`### ${title}`, '', '| figure | target | this run | met? |', '| --- | --- | --- | --- |')
  for (const [id, target] of Object.entries(TARGETS) as [TargetId, Target][]) {
    const r = results.get(id)
    const verdict = !r
      ? target.step
        ? `not measured (step \`${target.step}\`)`
        : `not measured: ${target.missing}`
      : r.met === null
        ? 'not at this size'
        : r.met
          ? 'met'
          : 'missed'
    report.push(
      `| ${target.figure} | ${target.goal} | ${r ? r.value : '–'}${r?.note ? ` (${r.note})` : ''} | ${verdict} |`,
    )
  }
  report.push('')
  console.log(`\n${report.slice(report.lastIndexOf(`### ${title}`)).join('\n')}`)
}
