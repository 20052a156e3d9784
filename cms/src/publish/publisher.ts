import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { CollectionSlug, DataFromGlobalSlug, Payload, RequestContext } from 'payload'
import type { ExcludedEntry as ListedEntry } from '../globals/SiteStatus'
import { type Env, siteRoot, snapshotDir } from '../paths'
import { publicSiteUrl } from '../site'
import { type ExcludedEntry, exportSnapshot } from '../snapshot/export'
import { withExportLock } from './lock'

/**
 * Publishing the public site: export the snapshot, then build it with site/scripts/publish.ts,
 * which switches the live site only when the build succeeded. Saves come in bursts (an officer
 * publishing several entries, a bulk import), so requests are debounced and run one at a time;
 * a request during a build runs once more afterwards. The outcome is kept in the `site-status`
 * global for the admin header.
 */

/** Marks the publisher's own writes, so that hooks do not start another publish. */
export const PUBLISH_CONTEXT: RequestContext = { publishing: true }

const DEBOUNCE_MS = 1500
const BUILD_TIMEOUT_MS = 20 * 60_000
const LOG_LIMIT = 4096
const DAY_MS = 24 * 60 * 60_000
const VIETNAM_UTC_OFFSET_MS = 7 * 60 * 60_000

/** SITE_AUTOBUILD=0 turns automatic publishing off (tests of other things, one-shot scripts). */
export const autobuildEnabled = (env: Env = process.env): boolean => env.SITE_AUTOBUILD !== '0'

/** The Astro project; commands run from cms/, so it is ../site unless SITE_DIR says otherwise. */
export const siteDir = (env: Env = process.env): string =>
  path.resolve(env.SITE_DIR ?? path.resolve(process.cwd(), '../site'))

type SiteStatusData = Partial<Omit<DataFromGlobalSlug<'site-status'>, 'id' | 'updatedAt' | 'createdAt'>>

export class PublishFailure extends Error {
  override name = 'PublishFailure'
  readonly log: string
  constructor(message: string, log: string) {
    super(message)
    this.log = log
  }
}

export interface PublishOutcome {
  buildId: string | null
  pages: number | null
  /** The live site already matched the content: nothing was built. */
  skipped: boolean
  /** Published entries left out of the site because their data would break it. */
  excluded: ExcludedEntry[]
}

interface PublisherState {
  payload: Payload | null
  reasons: Set<string>
  debounce: ReturnType<typeof setTimeout> | null
  running: Promise<void> | null
  again: boolean
  daily: ReturnType<typeof setTimeout> | null
}

// On globalThis: Next can load this module more than once, and there must be one queue.
const KEY = Symbol.for('heritage.publisher')
const holder = globalThis as typeof globalThis & { [KEY]?: PublisherState }
holder[KEY] ??= { payload: null, reasons: new Set(), debounce: null, running: null, again: false, daily: null }
const state = holder[KEY]

/** The end of the build output, from a line start, at most LOG_LIMIT bytes. */
function tail(text: string): string {
  const bytes = Buffer.from(text)
  if (bytes.length <= LOG_LIMIT) return text
  const cut = bytes.subarray(-LOG_LIMIT).toString('utf8')
  return cut.slice(cut.indexOf('\n') + 1)
}

async function setStatus(payload: Payload, data: SiteStatusData): Promise<void> {
  try {
    await payload.updateGlobal({ slug: 'site-status', data, overrideAccess: true, context: PUBLISH_CONTEXT })
  } catch (error) {
    payload.logger.error({ err: error }, 'Could not record the public site status.')
  }
}

/** Runs site/scripts/publish.ts; its last line on stderr is the reason when it fails. */
function runSitePublish(
  args: string[],
  log: (line: string) => void,
): Promise<{ code: number | null; output: string; reason: string }> {
  const script = path.join(siteDir(), 'scripts', 'publish.ts')
  if (!existsSync(script)) {
    const reason =
      `The site's build script ${script} is missing. Set SITE_DIR to the site folder, ` +
      'or SITE_AUTOBUILD=0 where the site is built elsewhere.'
    return Promise.resolve({ code: null, output: '', reason })
  }
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: siteDir(),
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: BUILD_TIMEOUT_MS,
    })
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
    child.on('error', (error) => resolve({ code: null, output, reason: `Could not run ${script}: ${error.message}` }))
    child.on('close', (code, signal) => {
      if (partial.trim()) log(partial)
      // Node ends an uncaught error with its version line: the message is above it.
      const last = stderr
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line && !/^Node\.js v\d/.test(line))
        .pop()
      resolve({
        code,
        output,
        reason: last || (signal ? `The site build was stopped (${signal}).` : `${script} exited with code ${code}.`),
      })
    })
  })
}

/**
 * Export and build now, recording the outcome in `site-status`. Used by the queue and by the
 * `publish` command, which may run at the same time in another process: both hold the export
 * lock (./lock.ts) from the export to the end of the build. Throws PublishFailure with the reason
 * when the site was not updated.
 */
export async function publishSite(
  payload: Payload,
  options: { log?: (line: string) => void } = {},
): Promise<PublishOutcome> {
  const log = options.log ?? (() => {})
  try {
    return await withExportLock(snapshotDir(), () => exportAndBuild(payload, log), {
      waitMs: BUILD_TIMEOUT_MS + 60_000,
      log,
    })
  } catch (error) {
    if (error instanceof PublishFailure) throw error
    const failure = new PublishFailure((error as Error).message, '')
    await setStatus(payload, { state: 'failed', message: failure.message, log: null })
    throw failure
  }
}

async function exportAndBuild(payload: Payload, log: (line: string) => void): Promise<PublishOutcome> {
  const siteUrl = publicSiteUrl()
  const root = siteRoot()
  await setStatus(payload, { state: 'building', lastAttemptAt: new Date().toISOString() })
  let output = ''
  let excluded: ExcludedEntry[] = []
  try {
    const snapshot = snapshotDir()
    ;({ excluded } = await exportSnapshot(payload, { dir: snapshot, siteUrl, log, reason: 'site publish' }))
    const result = await runSitePublish(
      ['--snapshot', snapshot, '--root', root, '--site-url', siteUrl, '--if-changed'],
      log,
    )
    output = result.output
    if (result.code !== 0) throw new PublishFailure(result.reason, tail(output))
    const built = JSON.parse(await readFile(path.join(root, 'status.json'), 'utf8')) as {
      buildId?: string
      pages?: number
      unchanged?: boolean
    }
    const outcome = {
      buildId: built.buildId ?? null,
      pages: built.pages ?? null,
      skipped: built.unchanged === true,
      excluded,
    }
    await setStatus(payload, {
      state: 'ok',
      lastSuccessAt: new Date().toISOString(),
      buildId: outcome.buildId,
      pages: outcome.pages,
      siteUrl,
      message: null,
      log: tail(output),
      excluded: statusExcluded(payload, excluded),
    })
    return outcome
  } catch (error) {
    const failure = error instanceof PublishFailure ? error : new PublishFailure((error as Error).message, tail(output))
    await setStatus(payload, {
      state: 'failed',
      message: failure.message,
      log: failure.log,
      excluded: statusExcluded(payload, excluded),
    })
    throw failure
  }
}

/** What the admin's badge shows of the entries left out: which, why, and where to fix each. */
const statusExcluded = (payload: Payload, excluded: ExcludedEntry[]): ListedEntry[] | null =>
  excluded.length === 0
    ? null
    : excluded.map(({ kind, id, title, problem }) => ({
        collection: kind,
        label: kindLabel(payload, kind),
        id,
        title,
        problem,
        adminUrl: `/admin/collections/${kind}/${id}`,
      }))

/** The collection's singular name in both languages ("Lô sản xuất" / "Batch"), as the admin shows it. */
export function kindLabel(payload: Payload, kind: string): { vi: string; en: string } {
  const singular = payload.collections[kind as CollectionSlug]?.config.labels?.singular
  if (typeof singular === 'string') return { vi: singular, en: singular }
  if (singular && typeof singular === 'object') {
    const labels = singular as Record<string, string>
    return { vi: labels.vi ?? kind, en: labels.en ?? labels.vi ?? kind }
  }
  return { vi: kind, en: kind }
}

async function drain(): Promise<void> {
  state.debounce = null
  const payload = state.payload
  if (!payload) return
  const reasons = [...state.reasons].join(', ')
  state.reasons.clear()
  payload.logger.info(`Public site: publishing (${reasons}).`)
  state.running = publishSite(payload, { log: (line) => payload.logger.info(`Public site: ${line}`) }).then(
    (outcome) => {
      payload.logger.info(
        outcome.skipped
          ? 'Public site: already up to date.'
          : `Public site: build ${outcome.buildId} is live (${outcome.pages} pages).`,
      )
      for (const entry of outcome.excluded) {
        payload.logger.warn(`Public site: left out ${entry.kind} ${entry.id} (${entry.title}): ${entry.problem}`)
      }
    },
    (error: Error) => {
      payload.logger.error(`Public site: the build failed, the live site is unchanged. ${error.message}`)
    },
  )
  await state.running
  state.running = null
  if (state.again) {
    state.again = false
    schedule(payload)
  }
}

function schedule(payload: Payload): void {
  const wasQueued = state.debounce !== null
  if (state.debounce) clearTimeout(state.debounce)
  state.debounce = setTimeout(() => void drain(), DEBOUNCE_MS)
  if (!wasQueued) void setStatus(payload, { state: 'queued' })
}

/** Asks for a publish soon. Never throws and never waits: it runs after the officer's save. */
export function requestPublish(payload: Payload, reason: string): void {
  if (!autobuildEnabled()) return
  state.payload = payload
  state.reasons.add(reason)
  if (state.running) state.again = true
  else schedule(payload)
}

/** True while a publish is waiting or running. */
export const publishPending = (): boolean => state.debounce !== null || state.running !== null

/** Resolves once no publish is waiting or running. */
export async function whenPublished(): Promise<void> {
  while (publishPending()) {
    await (state.running ?? new Promise((resolve) => setTimeout(resolve, 100)))
  }
}

/** Milliseconds to 00:05 next day in Vietnam, just after certificates and batches change state. */
export function untilNextDay(now = Date.now()): number {
  const local = now + VIETNAM_UTC_OFFSET_MS
  return (Math.floor(local / DAY_MS) + 1) * DAY_MS + 5 * 60_000 - local
}

/**
 * Started by the Payload config's onInit. The static site computes "certificate expired" and
 * "batch past its expiry date" when it is built, so it is rebuilt every night. A publish that
 * was under way when the server stopped is run again.
 */
export async function startPublisher(payload: Payload): Promise<void> {
  if (!autobuildEnabled() || state.daily) return
  state.payload = payload
  const nightly = () => {
    state.daily = setTimeout(() => {
      requestPublish(payload, 'nightly rebuild')
      nightly()
    }, untilNextDay())
    state.daily.unref()
  }
  nightly()
  const status = await payload.findGlobal({ slug: 'site-status', overrideAccess: true }).catch(() => null)
  if (status?.state === 'queued' || status?.state === 'building') requestPublish(payload, 'interrupted publish')
}
