/** The full site build against bare Astro, a local server of the live site, one edit from save to served page. */
import { type ChildProcess, spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { freePort } from '../../site/tools/free-port.ts'
import { publish } from '../../site/tools/publish.ts'
import { currentBuild, readStatus } from '../../site/tools/status.ts'
import { BENCH, CMS, dataDir, entries, env, root, SITE, SITE_URL, snapshot } from '../lib/config.ts'
import { peakMemory } from '../lib/memory.ts'
import { mb, now, ratio, say, section, since } from '../lib/output.ts'
import { benchLine, run } from '../lib/process.ts'
import { measured } from '../lib/targets.ts'
import type { ExportFigures } from './province.ts'

export async function siteStep() {
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
    [
      'peak memory (process tree)',
      mb(siteMemory),
      `bare Astro: ${mb(bareMemory)}; ratio ${ratio(siteMemory, bareMemory)}`,
    ],
  ])
  measured('build', ratio(siteSeconds, bareSeconds), siteSeconds / bareSeconds <= 1.5)
  measured('buildMemory', ratio(siteMemory, bareMemory), siteMemory / bareMemory <= 1.5)
  measured(
    'large',
    `${mb(siteMemory)}, ${siteSeconds.toFixed(0)} s`,
    entries >= 50_000 ? siteMemory <= 8 * 1024 ** 3 : null,
  )
  return { siteSeconds, pages: built.pages }
}

/** serve.ts on the live build of `from` (the bench's publish root unless given). */
export async function serve(from = root): Promise<{ url: string; stop: () => void }> {
  const port = await freePort()
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(SITE, 'tools', 'serve.ts'), '--root', from, '--port', String(port), '--host', '127.0.0.1'],
    { cwd: SITE, env, stdio: ['ignore', 'pipe', 'inherit'] },
  )
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('Serving') && resolve())
    child.on('exit', (code) => reject(new Error(`serve.ts exited with ${code}`)))
  })
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() }
}

/** `extra`: the environment of another database (the postgres step); `title`: the report's heading. */
export async function editStep(
  server: { url: string },
  full: { siteSeconds: number } | undefined,
  exported?: ExportFigures,
  extra: NodeJS.ProcessEnv = {},
  title = 'One edit: save to served page',
) {
  const { SITE_AUTOBUILD: _off, ...on } = { ...env, ...extra }
  // Without a live site the first publish would be a full build, not the one-entry publish measured.
  if (!(await currentBuild(root))) {
    say('No live site yet: a full build of the snapshot first (not measured)…')
    await publish({ snapshot, root, siteUrl: SITE_URL, incremental: false, log: (l) => say(`  ${l}`) })
  }
  const r = benchLine<{ url: string; saveSeconds: number; servedSeconds: number }>(
    await run(
      path.join(CMS, 'node_modules', '.bin', 'payload'),
      ['run', 'src/bench/steps.ts', '--', 'edit', '--site-url', server.url],
      { cwd: CMS, env: on },
    ),
  )
  const status = await readStatus(root)
  // The postgres step measures the same on PostgreSQL; the target is read on the default engine.
  if (Object.keys(extra).length === 0) {
    measured('served', `${r.servedSeconds.toFixed(1)} s`, entries >= 10_000 ? r.servedSeconds <= 10 : null)
  }
  const baseline =
    full && exported
      ? `full rebuild + one-entry export: ${(full.siteSeconds + exported.oneSeconds).toFixed(1)} s; ratio ${ratio(r.servedSeconds, full.siteSeconds + exported.oneSeconds)}`
      : 'run with the site and export steps for the baseline'
  section(
    title,
    [
      ['save (Local API, hooks)', `${r.saveSeconds.toFixed(2)} s`],
      ['save → new page served', `${r.servedSeconds.toFixed(1)} s`, baseline],
      ['build mode, pages rendered', `${status?.mode ?? '?'}, ${status?.rendered ?? '?'} of ${status?.pages ?? '?'}`],
    ],
    'Includes the publisher’s 1.5 s debounce (saves come in bursts), the export, the build and the switch of the live site.',
  )
  return r
}
