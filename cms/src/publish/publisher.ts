import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { CollectionSlug, DataFromGlobalSlug, Payload, RequestContext } from 'payload'
import type { ExcludedEntry as ListedEntry } from '../globals/SiteStatus'
import { type Env, siteRoot, snapshotDir } from '../paths'
import { publicSiteUrl } from '../site'
import { type ExcludedEntry, exportSnapshot } from '../snapshot/export'
import { ENTRY_KINDS, type EntryKind, publicPagePath, SITE_LOCALES } from '../snapshot/schema'
import { LockTimeout, withExportLock } from './lock'
import type { FailureCause, PublishedEntry } from './status'

/**
 * Publishing the public site: export the snapshot, then build it with site/scripts/publish.ts,
 * which switches the live site only when the build succeeded. Saves come in bursts (an officer
 * publishing several entries, a bulk import), so requests are debounced and run one at a time;
 * a request during a build runs once more afterwards. The outcome is kept in the `site-status`
 * global for the admin header: "live" as soon as the site's build script has switched the live
 * site (its status.json says so), not when the script exits, since it then still updates the
 * search index for a while; with the entry the publish was about and its public page.
 */

/** Marks the publisher's own writes, so that hooks do not start another publish. */
export const PUBLISH_CONTEXT: RequestContext = { publishing: true }

const DEBOUNCE_MS = 1500
const BUILD_TIMEOUT_MS = 20 * 60_000
const LOG_LIMIT = 4096
/** How often a running build's status.json is read, to say "live" the moment it is. */
const LIVE_POLL_MS = 250
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

/** An entry whose save asked for a publish. */
export interface PublishTarget {
  collection: string
  id: string
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
}

// On globalThis: Next can load this module more than once, and there must be one queue.
const KEY = Symbol.for('heritage.publisher')
const holder = globalThis as typeof globalThis & { [KEY]?: PublisherState }
holder[KEY] ??= {
  payload: null,
  reasons: new Set(),
  targets: new Map(),
  debounce: null,
  running: null,
  again: false,
  daily: null,
}
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

/** What site/scripts/publish.ts writes to `<root>/status.json` (the parts read here). */
interface BuildStatus {
  state?: string
  buildId?: string
  pages?: number
  startedAt?: string
  unchanged?: boolean
}

const readBuildStatus = (root: string): Promise<BuildStatus | null> =>
  readFile(path.join(root, 'status.json'), 'utf8')
    .then((text) => JSON.parse(text) as BuildStatus)
    .catch(() => null)

/**
 * Calls `onLive` once the build started after `since` reports the site live: publish.ts switches
 * the live site, writes status.json, and only then brings the search index up to date, which
 * takes a while on a large province. Stopped by the returned function.
 */
function watchLive(root: string, since: string | undefined, onLive: (status: BuildStatus) => void): () => void {
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

interface SiteRun {
  code: number | null
  output: string
  reason: string
  /** Known from how the run ended (a missing script, a timeout, a stop); otherwise from the reason. */
  cause?: FailureCause
}

/** Runs site/scripts/publish.ts; its last line on stderr is the reason when it fails. */
function runSitePublish(args: string[], log: (line: string) => void): Promise<SiteRun> {
  const script = path.join(siteDir(), 'scripts', 'publish.ts')
  if (!existsSync(script)) {
    const reason =
      `The site's build script ${script} is missing. Set SITE_DIR to the site folder, ` +
      'or SITE_AUTOBUILD=0 where the site is built elsewhere.'
    return Promise.resolve({ code: null, output: '', reason, cause: 'config' })
  }
  const started = Date.now()
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
    child.on('error', (error) =>
      resolve({ code: null, output, reason: `Could not run ${script}: ${error.message}`, cause: 'config' }),
    )
    child.on('close', (code, signal) => {
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
        cause: stopped ? (Date.now() - started >= BUILD_TIMEOUT_MS ? 'timeout' : 'interrupted') : undefined,
      })
    })
  })
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
  const log = options.log ?? (() => {})
  const entry = await describeEntry(payload, options.about ?? [])
  try {
    return await withExportLock(snapshotDir(), () => exportAndBuild(payload, log, entry), {
      waitMs: BUILD_TIMEOUT_MS + 60_000,
      log,
    })
  } catch (error) {
    if (error instanceof PublishFailure) throw error
    const message = (error as Error).message
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
    let live: { built: BuildStatus; at: string; written: Promise<void> } | null = null
    stopWatching = watchLive(root, (await readBuildStatus(root))?.startedAt, (built) => {
      const at = new Date().toISOString()
      live = { built, at, written: setStatus(payload, settled(built, at)) }
    })
    const result = await runSitePublish(
      ['--snapshot', snapshot, '--root', root, '--site-url', siteUrl, '--if-changed'],
      log,
    )
    stopWatching()
    output = result.output
    const wentLive = live as { built: BuildStatus; at: string; written: Promise<void> } | null
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
        : new PublishFailure((error as Error).message, tail(output), failureCause((error as Error).message, stage))
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

/** The one entry a publish is about (null for none or several), as the status names it. */
async function describeEntry(payload: Payload, targets: PublishTarget[]): Promise<PublishedEntry | null> {
  const entries = targets.filter((t) => (ENTRY_KINDS as readonly string[]).includes(t.collection))
  const keys = new Set(entries.map((t) => `${t.collection}:${t.id}`))
  const [target] = entries
  if (keys.size !== 1 || !target) return null
  const doc = (await payload
    .findByID({
      collection: target.collection as CollectionSlug,
      id: target.id,
      depth: 0,
      locale: 'vi',
      overrideAccess: true,
      disableErrors: true,
      context: PUBLISH_CONTEXT,
    })
    .catch(() => null)) as Record<string, unknown> | null
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : undefined)
  return {
    collection: target.collection,
    id: target.id,
    // As the export names an entry left out (snapshot/export.ts).
    title: text(doc?.title) ?? text(doc?.lotCode) ?? text(doc?.slug) ?? target.id,
    label: kindLabel(payload, target.collection),
    adminUrl: `/admin/collections/${target.collection}/${target.id}`,
    page: null,
  }
}

/** The entry's public pages, from the snapshot the site is built from; null when it is not in it. */
async function pageOf(snapshot: string, entry: PublishedEntry, siteUrl: string): Promise<PublishedEntry['page']> {
  const file = path.join(snapshot, 'entries', entry.collection, `${entry.id}.json`)
  const data = await readFile(file, 'utf8')
    .then((text) => JSON.parse(text) as { kind?: EntryKind; slug?: string; code?: string })
    .catch(() => null)
  if (!data?.kind || !data.code || (data.kind !== 'batches' && !data.slug)) return null
  const page =
    data.kind === 'batches' ? { kind: data.kind, code: data.code } : { kind: data.kind, slug: data.slug ?? '' }
  return Object.fromEntries(SITE_LOCALES.map((l) => [l, `${siteUrl}${publicPagePath(page, l)}`])) as NonNullable<
    PublishedEntry['page']
  >
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

/**
 * Asks for a publish soon, naming the entry whose save asked for it when there is one. Never
 * throws and never waits: it runs after the officer's save.
 */
export function requestPublish(payload: Payload, reason: string, target?: PublishTarget): void {
  if (!autobuildEnabled()) return
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
