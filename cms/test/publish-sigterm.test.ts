/**
 * SIGTERM to the CMS process in the middle of a site build (`npm run publish-site`'s process,
 * which runs the publisher the server runs): the real export, the real site/tools/publish.ts and
 * astro. The live site keeps the previous build, the half-made build is removed, both locks are
 * released, nothing keeps building after the process has gone, and a new process publishes.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const cmsDir = path.resolve(import.meta.dirname, '..')
const work = mkdtempSync(path.join(tmpdir(), 'heritage-publish-sigterm-'))
const root = path.join(work, 'site')
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  DATA_DIR: work,
  DATABASE_URL: '',
  PAYLOAD_SECRET: randomBytes(32).toString('hex'),
  SITE_URL: 'https://disan.example.vn',
  NODE_OPTIONS: '--no-deprecation',
}
for (const name of ['SNAPSHOT_DIR', 'SITE_ROOT', 'SITE_DIR', 'SITE_AUTOBUILD']) delete env[name]

const payload = (args: string[], detached = false) =>
  spawn(path.join(cmsDir, 'node_modules/.bin/payload'), args, {
    cwd: cmsDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached,
  })

const finished = (child: ChildProcess) => {
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk
  })
  return new Promise<{ code: number | null; output: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, output })),
  )
}

const publish = (detached = false) => payload(['run', 'src/publish/run.ts'], detached)
const live = () => path.basename(readlinkSync(path.join(root, 'current')))
const builds = () => readdirSync(path.join(root, 'builds')).sort()
const status = () => JSON.parse(readFileSync(path.join(root, 'status.json'), 'utf8'))
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The processes below `pid` (Linux /proc), with their command lines. */
function descendants(pid: number): { pid: number; cmd: string }[] {
  const parents = new Map<number, number>()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]))
    } catch {}
  }
  const found: { pid: number; cmd: string }[] = []
  const visit = (parent: number) => {
    for (const [child, ppid] of parents) {
      if (ppid !== parent) continue
      let cmd = ''
      try {
        cmd = readFileSync(`/proc/${child}/cmdline`, 'utf8').replaceAll('\0', ' ')
      } catch {}
      found.push({ pid: child, cmd })
      visit(child)
    }
  }
  visit(pid)
  return found
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * Waits, as long as the test's own time limit allows (a loaded CI machine is slow: no fixed
 * deadline), until the publish is mid-build: its new build folder exists and astro is running
 * under it. Returns the build's processes, to wait for their end after the signal.
 */
async function midBuild(child: ChildProcess, done: Promise<{ code: number | null; output: string }>) {
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const { code, output } = await done
      throw new Error(`the publish ended (${code}) before it was mid-build:\n${output}`)
    }
    const processes = descendants(child.pid ?? 0)
    if (builds().length === 2 && processes.some((p) => /\bastro\b/.test(p.cmd))) return processes
    await sleep(100)
  }
}

/** Waits until none of `processes` runs any more (after the signal, no deadline but the test's). */
async function gone(processes: { pid: number }[]) {
  while (processes.some((p) => alive(p.pid))) await sleep(100)
}

/** The live build before: laid out as publish.ts leaves one (a real build would only cost time here). */
const first = '20261201T000000000Z-000aaaaaa'

beforeAll(async () => {
  const migrated = await finished(payload(['migrate']))
  expect(migrated.code, migrated.output).toBe(0)
  mkdirSync(path.join(root, 'builds', first), { recursive: true })
  writeFileSync(path.join(root, 'builds', first, 'index.html'), '<!doctype html><html lang="vi"><title>Trước</title>')
  symlinkSync(path.join('builds', first), path.join(root, 'current'))
  const publishedAt = new Date().toISOString()
  const live = { buildId: first, fingerprint: 'before', siteUrl: null, publishedAt, pages: 1 }
  const before = { state: 'ok', buildId: first, startedAt: publishedAt, finishedAt: publishedAt, pages: 1, live }
  writeFileSync(path.join(root, 'status.json'), JSON.stringify(before))
}, 300_000)

afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('SIGTERM during a publish', () => {
  it('abandons the build: the live site, the build folders and the locks are as before', async () => {
    const child = publish()
    const done = finished(child)
    // Mid-build: the new build's folder exists and astro is running.
    const processes = await midBuild(child, done)
    expect(builds()).toHaveLength(2)
    expect(status().state).toBe('building')
    child.kill('SIGTERM')
    const { code, output } = await done
    // The CMS waited for the build script to clean up; astro and the script are gone.
    await gone(processes)
    expect(code, output).toBe(143)
    expect(live()).toBe(first)
    expect(builds()).toEqual([first])
    expect(existsSync(path.join(root, 'publish.lock'))).toBe(false)
    expect(existsSync(path.join(work, 'snapshot.lock'))).toBe(false)
    expect(status()).toMatchObject({ state: 'failed', error: 'Publishing was interrupted.', live: { buildId: first } })
    // Nothing left running: no build appears after the process has gone.
    await sleep(3000)
    expect(builds()).toEqual([first])
  }, 300_000)

  it('abandons it the same way when every process of the service gets SIGTERM (systemd’s control group)', async () => {
    const child = publish(true)
    const done = finished(child)
    const processes = await midBuild(child, done)
    expect(builds()).toHaveLength(2)
    // The CMS, the build script and astro at once.
    process.kill(-(child.pid ?? 0), 'SIGTERM')
    const { code, output } = await done
    expect(code, output).toBe(143)
    // Each of them handles the signal on its own: wait until all have ended.
    await gone(processes)
    expect(live()).toBe(first)
    expect(builds()).toEqual([first])
    expect(existsSync(path.join(root, 'publish.lock'))).toBe(false)
    expect(existsSync(path.join(work, 'snapshot.lock'))).toBe(false)
  }, 300_000)

  it('leaves nothing in the way of the next publish', async () => {
    const again = await finished(publish())
    expect(again.code, again.output).toBe(0)
    expect(live()).not.toBe(first)
    expect(builds()).toEqual([first, live()].sort())
    expect(readFileSync(path.join(root, 'current', 'en', 'index.html'), 'utf8')).toContain('lang="en"')
  }, 300_000)
})
