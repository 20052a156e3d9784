import { VIETNAM_UTC_OFFSET_MS } from '@heritage/contract'
import type { DataFromGlobalSlug, Payload } from 'payload'
import { z } from 'zod'
import { awaitPhotosInUse } from '../media/webVersions'
import { type Env, siteRoot, snapshotDir } from '../paths'
import { errorMessage } from '../shared/errors'
import { publicSiteUrl } from '../site'
import { type ExcludedEntry, exportSnapshot } from '../snapshot/export'
import { describeEntry, PUBLISH_CONTEXT, type PublishTarget, pageOf, statusExcluded } from './about'
import { LeaseTimeout, type LockStore, lockStore, takeLease } from './lease'
import { LockTimeout, withExportLock } from './lock'
import {
  type BuildStatus,
  buildTimeoutMs,
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
 * a request during a build runs once more afterwards. Several CMS instances may share one
 * database: the request is recorded there and the build runs under the database's `publish`
 * lock (./lease.ts), so one build runs at a time across instances and a save on one instance
 * while another builds is built once afterwards, by whichever holds the lock. The outcome is kept in the `site-status`
 * global for the admin header: "live" as soon as the site's build script has switched the live
 * site (its status.json says so), not when the script exits, since it then still updates the
 * search index for a while; with the entry the publish was about and its public page.
 */

const DEBOUNCE_MS = 1500
const DAY_MS = 24 * 60 * 60_000
/** The publish lock's lifetime without renewal: a stopped instance's lock is taken over after it. */
export const PUBLISH_LOCK_TTL_MS = 60_000
/** How often an idle instance looks for requests nobody is building (another instance's, a stopped one's). */
const POLL_MS = 3000

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
  /** The "queued" status written when the debounce began; landed before its request is recorded. */
  queuedWrite: Promise<void> | null
  /** Requests past the debounce, on their way into the database (a write, slow on a busy server). */
  recording: number
  running: Promise<void> | null
  again: boolean
  daily: ReturnType<typeof setTimeout> | null
  poll: ReturnType<typeof setInterval> | null
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
  queuedWrite: null,
  recording: 0,
  running: null,
  again: false,
  daily: null,
  poll: null,
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
 * its lock itself (site/tools/publish.ts); the export lock goes when this process exits (./lock.ts),
 * the database's publish lock when the abandoned build has returned, its requests still to build.
 * The status is not recorded as failed: it stays "building" or "queued", so the next start (or
 * another instance, see startPublisher) publishes again. Where something else ends the process on
 * the signal (Next's server does), that is left to it; alone (`npm run publish-site`), this waits
 * for the build script to finish cleaning, then exits with the signal's code.
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
      if (state.poll) clearInterval(state.poll)
      stopSiteBuilds(signal)
      if (process.listenerCount(signal) > 1) return
      const waited = new Promise((resolve) => setTimeout(resolve, STOP_WAIT_MS).unref())
      void Promise.race([Promise.allSettled([...state.inFlight]), waited]).then(() =>
        process.exit(SIGNAL_EXIT_CODES[signal]),
      )
    })
  }
}

/** Runs `run` as a publish under way, which a stop signal waits for. */
async function tracked<T>(run: Promise<T>): Promise<T> {
  state.inFlight.add(run)
  try {
    return await run
  } finally {
    state.inFlight.delete(run)
  }
}

/**
 * Records the status. Instances write it at the same time (one's "queued" while another's build
 * ends), and a database server may refuse one of two such transactions (a deadlock): tried again.
 */
async function setStatus(payload: Payload, data: SiteStatusData): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await payload.updateGlobal({ slug: 'site-status', data, overrideAccess: true, context: PUBLISH_CONTEXT })
      return
    } catch (error) {
      if (attempt < 3) {
        payload.logger.warn(`Could not record the public site status (${errorMessage(error)}); trying again.`)
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt))
        continue
      }
      payload.logger.error({ err: error }, 'Could not record the public site status.')
      return
    }
  }
}

/** Whether a publish was asked for after the build that covers requests up to `upTo` began. */
async function requestedSince(store: LockStore, upTo: number): Promise<boolean> {
  if (state.debounce !== null || state.recording > 0) return true
  const row = await store.read('publish').catch(() => null)
  return (row?.requested ?? 0) > upTo
}

/** The export and build, under the database's publish lock and this machine's snapshot lock. */
async function buildLocked(
  payload: Payload,
  store: LockStore,
  log: (line: string) => void,
  entry: PublishedEntry | null,
): Promise<PublishOutcome> {
  // The requests made so far are covered by this build (it exports after reading this).
  const { requested } = await store.read('publish')
  try {
    return await withExportLock(snapshotDir(), () => exportAndBuild(payload, store, log, entry, requested), {
      waitMs: buildTimeoutMs() + 60_000,
      log,
    })
  } finally {
    // An abandoned build (a stop signal) covers nothing: its requests are built by the next one.
    if (!state.stopping) await store.finish('publish', requested)
  }
}

async function recordFailure(payload: Payload, error: unknown, entry: PublishedEntry | null): Promise<PublishFailure> {
  if (error instanceof PublishFailure) return error
  const message = errorMessage(error)
  const failure = new PublishFailure(
    message,
    '',
    error instanceof LockTimeout || error instanceof LeaseTimeout ? 'timeout' : failureCause(message, 'export'),
  )
  await setStatus(payload, { state: 'failed', failure: failure.failure, message, log: null, entry })
  return failure
}

/**
 * Export and build now, recording the outcome in `site-status`. Used by the `publish` command,
 * which may run at the same time in another process or on another instance: it waits for the
 * database's publish lock (./lease.ts), then holds this machine's export lock (./lock.ts) from the
 * export to the end of the build. Throws PublishFailure with the reason when the site was not
 * updated. `about` names the entries whose saves asked for this publish: when it is one entry,
 * the status names it and links to its public page.
 */
export function publishSite(
  payload: Payload,
  options: { log?: (line: string) => void; about?: PublishTarget[] } = {},
): Promise<PublishOutcome> {
  installStopHandlers()
  return tracked(publishNow(payload, options))
}

async function publishNow(
  payload: Payload,
  options: { log?: (line: string) => void; about?: PublishTarget[] },
): Promise<PublishOutcome> {
  const log = options.log ?? (() => {})
  if (state.stopping) throw new PublishFailure('The CMS is stopping: not publishing now.', '', 'interrupted')
  const entry = await describeEntry(payload, options.about ?? [])
  const store = lockStore(payload)
  try {
    const lease = await takeLease(payload, 'publish', {
      ttlMs: PUBLISH_LOCK_TTL_MS,
      waitMs: buildTimeoutMs() + 60_000,
      log,
    })
    if (!lease) throw new LeaseTimeout('The publish lock was not free.')
    try {
      return await buildLocked(payload, store, log, entry)
    } finally {
      await lease.release()
    }
  } catch (error) {
    throw await recordFailure(payload, error, entry)
  }
}

async function exportAndBuild(
  payload: Payload,
  store: LockStore,
  log: (line: string) => void,
  entry: PublishedEntry | null,
  upTo: number,
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
    // Photos published entries use whose web versions are still being made: waited for, bounded.
    await awaitPhotosInUse(payload, log)
    ;({ excluded } = await exportSnapshot(payload, { dir: snapshot, siteUrl, log, reason: 'site publish' }))
    stage = 'build'
    if (entry) entry.page = await pageOf(snapshot, entry, siteUrl)
    const settled = async (built: BuildStatus, at: string): Promise<SiteStatusData> => ({
      // A save while this publish ran is published next: until then the site is not up to date.
      state: (await requestedSince(store, upTo)) ? 'queued' : 'ok',
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
      live.went = { built, at, written: settled(built, at).then((data) => setStatus(payload, data)) }
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
    await setStatus(payload, {
      ...(await settled(built, wentLive?.at ?? new Date().toISOString())),
      log: tail(output),
    })
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

const targetList = z.array(z.object({ collection: z.string(), id: z.string() }))

/** The entries the pending requests were about, as recorded with them (none when several were). */
function aboutOf(recorded: string | null): PublishTarget[] {
  try {
    return recorded ? targetList.parse(JSON.parse(recorded)) : []
  } catch {
    return []
  }
}

function logOutcome(payload: Payload, outcome: PublishOutcome): void {
  payload.logger.info(
    outcome.skipped
      ? 'Public site: already up to date.'
      : `Public site: build ${outcome.buildId} is live (${outcome.pages} pages).`,
  )
  for (const entry of outcome.excluded) {
    payload.logger.warn(`Public site: left out ${entry.kind} ${entry.id} (${entry.title}): ${entry.problem}`)
  }
}

/**
 * Builds while requests are pending in the database and this instance can take the publish lock
 * without waiting; when another instance holds it, that one builds them after its build (or, if
 * it stops, whoever takes the lock over: see the poll in startPublisher).
 */
async function buildPending(payload: Payload): Promise<void> {
  const store = lockStore(payload)
  const log = (line: string) => payload.logger.info(`Public site: ${line}`)
  for (;;) {
    state.again = false
    if (state.stopping) return
    const lease = await takeLease(payload, 'publish', { ttlMs: PUBLISH_LOCK_TTL_MS, waitMs: 0, log })
    if (!lease) return
    try {
      for (;;) {
        const row = await store.read('publish')
        if (row.requested <= row.built || state.stopping) break
        const entry = await describeEntry(payload, aboutOf(row.about))
        try {
          logOutcome(payload, await buildLocked(payload, store, log, entry))
        } catch (error) {
          const failure = await recordFailure(payload, error, entry)
          payload.logger.error(`Public site: the build failed, the live site is unchanged. ${failure.message}`)
        }
      }
    } finally {
      await lease.release()
    }
    // A request recorded between the last look and the release: nobody else may have seen it.
    const row = await store.read('publish')
    if (row.requested <= row.built && !state.again) return
  }
}

/** Runs buildPending unless this instance already is; a call meanwhile makes it look once more. */
function startBuilding(payload: Payload): void {
  if (state.running) {
    state.again = true
    return
  }
  installStopHandlers()
  state.running = tracked(buildPending(payload))
    .catch((error: unknown) => payload.logger.error({ err: error }, 'Public site: could not run the publish queue.'))
    .finally(() => {
      state.running = null
    })
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
  // Pending while it is recorded too: between the debounce and the build, nothing else says so.
  state.recording += 1
  const queued = state.queuedWrite
  state.queuedWrite = null
  try {
    // The "queued" this save wrote lands first: a slow write must not land after the build's "ok"
    // (its build starts only once the request is in the database).
    await queued
    await lockStore(payload).request('publish', JSON.stringify(about))
  } catch (error) {
    payload.logger.error({ err: error }, 'Public site: could not record the publish request.')
    return
  } finally {
    state.recording -= 1
  }
  startBuilding(payload)
  await state.running
}

function schedule(payload: Payload): void {
  const wasQueued = state.debounce !== null
  if (state.debounce) clearTimeout(state.debounce)
  state.debounce = setTimeout(() => void drain(), DEBOUNCE_MS)
  if (!wasQueued) state.queuedWrite = setStatus(payload, { state: 'queued' })
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
  // During a build the site is not up to date until the next one is (the running build then
  // records `queued`, not `ok`, see exportAndBuild); the request reaches the database after the debounce.
  schedule(payload)
}

/** True while a publish is waiting, being recorded or running in this process. */
export const publishPending = (): boolean => state.debounce !== null || state.recording > 0 || state.running !== null

/** Resolves once no publish is waiting or running in this process. */
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
  // A wrong SITE_BUILD_MINUTES stops the start with its message, not the first publish.
  buildTimeoutMs()
  state.payload = payload
  const nightly = () => {
    state.daily = setTimeout(() => {
      requestPublish(payload, 'nightly rebuild')
      nightly()
    }, untilNextDay())
    state.daily.unref()
  }
  nightly()
  // Requests another instance recorded while nobody could build them (its holder stopped, or the
  // holder released the lock just before they were recorded) are built by whoever looks first.
  const store = lockStore(payload)
  state.poll = setInterval(() => {
    if (state.running || state.debounce) return
    store.read('publish').then(
      (row) => {
        if (row.requested > row.built && row.expired) startBuilding(payload)
      },
      (error: unknown) => payload.logger.error({ err: error }, 'Public site: could not read the publish queue.'),
    )
  }, POLL_MS)
  state.poll.unref()
  const status = await payload.findGlobal({ slug: 'site-status', overrideAccess: true }).catch(() => null)
  const lock = await store.read('publish').catch(() => null)
  // An instance that stopped during a publish; not one that another instance is running now.
  if ((status?.state === 'queued' || status?.state === 'building') && (lock?.expired ?? true)) {
    requestPublish(payload, 'interrupted publish')
  }
}
