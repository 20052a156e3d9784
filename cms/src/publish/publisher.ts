import { VIETNAM_UTC_OFFSET_MS } from '@heritage/contract'
import type { DataFromGlobalSlug, Payload } from 'payload'
import { type Env, siteRoot, snapshotDir } from '../paths'
import { errorMessage } from '../shared/errors'
import { publicSiteUrl } from '../site'
import { type ExcludedEntry, exportSnapshot } from '../snapshot/export'
import { describeEntry, PUBLISH_CONTEXT, type PublishTarget, pageOf, statusExcluded } from './about'
import { LockTimeout, withExportLock } from './lock'
import {
  BUILD_TIMEOUT_MS,
  type BuildStatus,
  readBuildStatus,
  runSitePublish,
  stopSiteBuilds,
  tail,
  watchLive,
} from './siteBuild'
import type { FailureCause, PublishedEntry } from './status'

/**
 * Publishing the public site: export the snapshot, then build it with site/tools/publish.ts,
 * which switches the live site only when the build succeeded. Saves come in bursts (an officer
 * publishing several entries, a bulk import), so requests are debounced and run one at a time;
 * a request during a build runs once more afterwards. The outcome is kept in the `site-status`
 * global for the admin header: "live" as soon as the site's build script has switched the live
 * site (its status.json says so), not when the script exits, since it then still updates the
 * search index for a while; with the entry the publish was about and its public page.
 */

const DEBOUNCE_MS = 1500
const DAY_MS = 24 * 60 * 60_000

/** SITE_AUTOBUILD=0 turns automatic publishing off (tests of other things, one-shot scripts). */
export const autobuildEnabled = (env: Env = process.env): boolean => env.SITE_AUTOBUILD !== '0'

type SiteStatusData = Partial<Omit<DataFromGlobalSlug<'site-status'>, 'id' | 'updatedAt' | 'createdAt'>>

export class PublishFailure extends Error {
  override name = 'PublishFailure'
  readonly log: string
  /** What kind of failure, for the texts officers read (./status.ts). */
  readonly failure: FailureCause
  constructor(message: string, log: string, failure: FailureCause = failureCause(message, 'build')) {
    super(message)
    this.log = log
    this.failure = failure
  }
}

/** What kind of failure a message describes, so that officers are told in words (./status.ts). */
export function failureCause(message: string, stage: 'export' | 'build'): FailureCause {
  if (/ENOSPC|no space left/i.test(message)) return 'disk'
  return stage
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
  /** The entries those requests were about, by `collection:id`. */
  targets: Map<string, PublishTarget>
  debounce: ReturnType<typeof setTimeout> | null
  running: Promise<void> | null
  again: boolean
  daily: ReturnType<typeof setTimeout> | null
  /** Publishes under way in this process (the queue's, or a command's). */
  inFlight: Set<Promise<unknown>>
  /** Set by SIGTERM or SIGINT: nothing new starts, the running build is abandoned. */
  stopping: boolean
  stopHandlers: boolean
}

// On globalThis: Next can load this module more than once, and there must be one queue.
declare global {
  var heritagePublisher: PublisherState | undefined
}
globalThis.heritagePublisher ??= {
  payload: null,
  reasons: new Set(),
  targets: new Map(),
  debounce: null,
  running: null,
  again: false,
  daily: null,
  inFlight: new Set(),
  stopping: false,
  stopHandlers: false,
}
const state = globalThis.heritagePublisher

const SIGNAL_EXIT_CODES: Record<string, number> = { SIGINT: 130, SIGTERM: 143 }
/** How long a process that is alone in handling the signal waits for the build script to clean up. */
const STOP_WAIT_MS = 60_000

/**
 * SIGTERM (systemd, a container runtime) or SIGINT during a publish abandons it without touching
 * the live site: the build script is told to stop, and removes its half-made build and releases
 * its lock itself (site/tools/publish.ts); the export lock goes when this process exits (./lock.ts).
 * The status is not recorded as failed: it stays "building" or "queued", so the next start
 * publishes again (startPublisher). Where something else ends the process on the signal (Next's
 * server does), that is left to it; alone (`npm run publish-site`), this waits for the build
 * script to finish cleaning, then exits with the signal's code.
 */
function installStopHandlers(): void {
  if (state.stopHandlers) return
  state.stopHandlers = true
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      state.stopping = true
      if (state.debounce) clearTimeout(state.debounce)
      state.debounce = null
      if (state.daily) clearTimeout(state.daily)
      stopSiteBuilds(signal)
      if (process.listenerCount(signal) > 1) return
      const waited = new Promise((resolve) => setTimeout(resolve, STOP_WAIT_MS).unref())
      void Promise.race([Promise.allSettled([...state.inFlight]), waited]).then(() =>
        process.exit(SIGNAL_EXIT_CODES[signal]),
      )
    })
  }
}

async function setStatus(payload: Payload, data: SiteStatusData): Promise<void> {
  try {
    await payload.updateGlobal({ slug: 'site-status', data, overrideAccess: true, context: PUBLISH_CONTEXT })
  } catch (error) {
    payload.logger.error({ err: error }, 'Could not record the public site status.')
  }
}

/**
 * Export and build now, recording the outcome in `site-status`. Used by the queue and by the
 * `publish` command, which may run at the same time in another process: both hold the export
 * lock (./lock.ts) from the export to the end of the build. Throws PublishFailure with the reason
 * when the site was not updated. `about` names the entries whose saves asked for this publish:
 * when it is one entry, the status names it and links to its public page.
 */
export async function publishSite(
  payload: Payload,
  options: { log?: (line: string) => void; about?: PublishTarget[] } = {},
): Promise<PublishOutcome> {
  installStopHandlers()
  const run = publishNow(payload, options)
  state.inFlight.add(run)
  try {
    return await run
  } finally {
    state.inFlight.delete(run)
  }
}

async function publishNow(
  payload: Payload,
  options: { log?: (line: string) => void; about?: PublishTarget[] },
): Promise<PublishOutcome> {
  const log = options.log ?? (() => {})
  if (state.stopping) throw new PublishFailure('The CMS is stopping: not publishing now.', '', 'interrupted')
  const entry = await describeEntry(payload, options.about ?? [])
  try {
    return await withExportLock(snapshotDir(), () => exportAndBuild(payload, log, entry), {
      waitMs: BUILD_TIMEOUT_MS + 60_000,
      log,
    })
  } catch (error) {
    if (error instanceof PublishFailure) throw error
    const message = errorMessage(error)
    const failure = new PublishFailure(
      message,
      '',
      error instanceof LockTimeout ? 'timeout' : failureCause(message, 'export'),
    )
    await setStatus(payload, { state: 'failed', failure: failure.failure, message, log: null, entry })
    throw failure
  }
}

async function exportAndBuild(
  payload: Payload,
  log: (line: string) => void,
  entry: PublishedEntry | null,
): Promise<PublishOutcome> {
  const siteUrl = publicSiteUrl()
  const root = siteRoot()
  await setStatus(payload, { state: 'building', lastAttemptAt: new Date().toISOString(), entry })
  let output = ''
  let excluded: ExcludedEntry[] = []
  let stage: 'export' | 'build' = 'export'
  let stopWatching = () => {}
  try {
    const snapshot = snapshotDir()
    ;({ excluded } = await exportSnapshot(payload, { dir: snapshot, siteUrl, log, reason: 'site publish' }))
    stage = 'build'
    if (entry) entry.page = await pageOf(snapshot, entry, siteUrl)
    const settled = (built: BuildStatus, at: string): SiteStatusData => ({
      // A save while this publish ran is published next: until then the site is not up to date.
      state: state.again ? 'queued' : 'ok',
      lastSuccessAt: at,
      buildId: built.buildId ?? null,
      pages: built.pages ?? null,
      siteUrl,
      failure: null,
      message: null,
      excluded: statusExcluded(payload, excluded),
      entry,
    })
    // Set by the watcher's callback, hence a holder: a `let` would stay `null` to the type checker.
    const live: { went: { built: BuildStatus; at: string; written: Promise<void> } | null } = { went: null }
    stopWatching = watchLive(root, (await readBuildStatus(root))?.startedAt, (built) => {
      const at = new Date().toISOString()
      live.went = { built, at, written: setStatus(payload, settled(built, at)) }
    })
    const result = await runSitePublish(
      ['--snapshot', snapshot, '--root', root, '--site-url', siteUrl, '--if-changed'],
      log,
    )
    stopWatching()
    output = result.output
    const wentLive = live.went
    await wentLive?.written
    if (result.code !== 0 && !wentLive) throw new PublishFailure(result.reason, tail(output), result.cause)
    if (result.code !== 0) log(`The site is live; what followed failed: ${result.reason}`)
    const built = (await readBuildStatus(root)) ?? wentLive?.built ?? {}
    const outcome = {
      buildId: built.buildId ?? null,
      pages: built.pages ?? null,
      skipped: built.unchanged === true,
      excluded,
    }
    await setStatus(payload, { ...settled(built, wentLive?.at ?? new Date().toISOString()), log: tail(output) })
    return outcome
  } catch (error) {
    stopWatching()
    const failure =
      error instanceof PublishFailure
        ? error
        : new PublishFailure(errorMessage(error), tail(output), failureCause(errorMessage(error), stage))
    // Stopped by a signal: the status stays "building", and the next start publishes again.
    if (state.stopping) throw failure
    await setStatus(payload, {
      state: 'failed',
      failure: failure.failure,
      message: failure.message,
      log: failure.log,
      excluded: statusExcluded(payload, excluded),
      entry,
    })
    throw failure
  }
}

async function drain(): Promise<void> {
  state.debounce = null
  const payload = state.payload
  if (!payload) return
  const reasons = [...state.reasons].join(', ')
  const about = [...state.targets.values()]
  state.reasons.clear()
  state.targets.clear()
  payload.logger.info(`Public site: publishing (${reasons}).`)
  const log = (line: string) => payload.logger.info(`Public site: ${line}`)
  state.running = publishSite(payload, { log, about }).then(
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
  if (state.again && !state.stopping) {
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

/**
 * Asks for a publish soon, naming the entry whose save asked for it when there is one. Never
 * throws and never waits: it runs after the officer's save.
 */
export function requestPublish(payload: Payload, reason: string, target?: PublishTarget): void {
  if (!autobuildEnabled() || state.stopping) return
  state.payload = payload
  state.reasons.add(reason)
  if (target) state.targets.set(`${target.collection}:${target.id}`, target)
  if (!state.running) {
    schedule(payload)
    return
  }
  // The running build may already be live without this save: the site is not up to date until
  // the next one is (the running build then records `queued`, not `ok`, see exportAndBuild).
  if (!state.again) void setStatus(payload, { state: 'queued' })
  state.again = true
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
