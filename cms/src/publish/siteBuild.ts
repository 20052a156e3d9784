import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { type PublishStatus, parsePublishStatusParts, siteBuildMinutes } from '@heritage/contract'
import type { Env } from '../paths'
import type { FailureCause } from './status'

/**
 * The site's side of a publish, as the CMS sees it: running site/tools/publish.ts as a child
 * process, reading the status.json it writes, and keeping the end of its output for the admin.
 */

/**
 * How long the whole publish (export, astro build, search index) may run: the site build's own
 * limit (SITE_BUILD_MINUTES, the contract's siteBuildMinutes) and five minutes for the rest.
 */
export const buildTimeoutMs = (env: Env = process.env): number => (siteBuildMinutes(env) + 5) * 60_000
const LOG_LIMIT = 4096
/** How often a running build's status.json is read, to say "live" the moment it is. */
const LIVE_POLL_MS = 250

/** The Astro project; commands run from cms/, so it is ../site unless SITE_DIR says otherwise. */
export const siteDir = (env: Env = process.env): string =>
  path.resolve(env.SITE_DIR ?? path.resolve(process.cwd(), '../site'))

/** The end of the build output, from a line start, at most LOG_LIMIT bytes. */
export function tail(text: string): string {
  const bytes = Buffer.from(text)
  if (bytes.length <= LOG_LIMIT) return text
  const cut = bytes.subarray(-LOG_LIMIT).toString('utf8')
  return cut.slice(cut.indexOf('\n') + 1)
}

/** What site/tools/publish.ts writes to `<root>/status.json` (the contract's schema; the parts read here). */
export type BuildStatus = Partial<PublishStatus>

export const readBuildStatus = (root: string): Promise<BuildStatus | null> =>
  readFile(path.join(root, 'status.json'), 'utf8')
    .then((text) => parsePublishStatusParts(JSON.parse(text)))
    .catch(() => null)

/**
 * Calls `onLive` once the build started after `since` reports the site live: publish.ts switches
 * the live site, writes status.json, and only then brings the search index up to date, which
 * takes a while on a large province. Stopped by the returned function.
 */
export function watchLive(root: string, since: string | undefined, onLive: (status: BuildStatus) => void): () => void {
  let stopped = false
  let timer: ReturnType<typeof setTimeout> | undefined
  const check = async () => {
    const status = await readBuildStatus(root)
    if (stopped) return
    if (status?.state === 'ok' && status.startedAt && status.startedAt !== since) {
      stopped = true
      onLive(status)
      return
    }
    timer = setTimeout(() => void check(), LIVE_POLL_MS)
  }
  timer = setTimeout(() => void check(), LIVE_POLL_MS)
  return () => {
    stopped = true
    clearTimeout(timer)
  }
}

export interface SiteRun {
  code: number | null
  output: string
  reason: string
  /** Known from how the run ended (a missing script, a timeout, a stop); otherwise from the reason. */
  cause?: FailureCause
}

// The build scripts running now, for stopSiteBuilds; on globalThis, as Next can load this module twice.
declare global {
  var heritageSiteBuilds: Set<ChildProcess> | undefined
}
globalThis.heritageSiteBuilds ??= new Set()
const running = globalThis.heritageSiteBuilds

/**
 * Passes a stop signal on to the running build scripts. Each abandons its build on its own —
 * stops astro, removes the half-made folder, records the attempt, releases its lock — and leaves
 * `current` as it was (site/tools/publish.ts), also when this process has exited meanwhile.
 */
export function stopSiteBuilds(signal: NodeJS.Signals): void {
  for (const child of running) child.kill(signal)
}

/** Runs site/tools/publish.ts; its last line on stderr is the reason when it fails. */
export function runSitePublish(args: string[], log: (line: string) => void): Promise<SiteRun> {
  const script = path.join(siteDir(), 'tools', 'publish.ts')
  if (!existsSync(script)) {
    const reason =
      `The site's build script ${script} is missing. Set SITE_DIR to the site folder, ` +
      'or SITE_AUTOBUILD=0 where the site is built elsewhere.'
    return Promise.resolve({ code: null, output: '', reason, cause: 'config' })
  }
  let timeout: number
  try {
    timeout = buildTimeoutMs()
  } catch (error) {
    return Promise.resolve({ code: null, output: '', reason: (error as Error).message, cause: 'config' })
  }
  const started = Date.now()
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: siteDir(),
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout,
    })
    running.add(child)
    let output = ''
    let stderr = ''
    let partial = ''
    const collect = (chunk: Buffer) => {
      const text = chunk.toString()
      output = (output + text).slice(-64_000)
      const lines = (partial + text).split('\n')
      partial = lines.pop() ?? ''
      for (const line of lines) if (line.trim()) log(line)
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-8_000)
      collect(chunk)
    })
    child.on('error', (error) => {
      running.delete(child)
      resolve({ code: null, output, reason: `Could not run ${script}: ${error.message}`, cause: 'config' })
    })
    child.on('close', (code, signal) => {
      running.delete(child)
      if (partial.trim()) log(partial)
      // Node ends an uncaught error with its version line: the message is above it.
      const last = stderr
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line && !/^Node\.js v\d/.test(line))
        .pop()
      const stopped = signal !== null || /^Publishing was interrupted/.test(last ?? '')
      resolve({
        code,
        output,
        reason: last || (signal ? `The site build was stopped (${signal}).` : `${script} exited with code ${code}.`),
        cause: stopped ? (Date.now() - started >= timeout ? 'timeout' : 'interrupted') : undefined,
      })
    })
  })
}
