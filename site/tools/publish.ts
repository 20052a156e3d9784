/**
 * Publishes a snapshot as the live public site. Library and CLI:
 *
 *   node site/tools/publish.ts --snapshot DIR --root DIR [--site-url URL] [--if-changed]
 *
 * Layout of the root folder (what serve.ts or any web server reads):
 *
 *   <root>/builds/<id>/   one complete build per publish: astro build, then the snapshot's media
 *   <root>/current        symlink to the live build, replaced with rename(2): never half a site
 *   <root>/status.json    the last attempt (building | ok | failed), rewritten atomically
 *   <root>/publish.lock   held during a build
 *   <root>/meta/<id>.json what each build was made from and which page shows which entry
 *
 * When only a few entries changed since the live build and the site's code, address and day are
 * the same, the build is partial (see incremental.ts): the pages of the changed entries and of
 * the entries that show them are rendered again, with every page that lists many entries, and the
 * other entry pages are hard-linked from the live build. The result is the same site a full build
 * would make, in a fraction of the time on a large province.
 *
 * A failed build (astro error, failed sanity check) is deleted and `current` is left alone. The
 * two builds before the live one are kept, so a bad publish can be rolled back by hand with
 * `ln -sfn builds/<id> current.tmp && mv -T current.tmp current`.
 *
 * Concurrency: a second publisher on the same root waits for the lock (up to 10 minutes) and then
 * builds, because it may carry newer content than the running build; failing fast would drop it.
 * A lock left by a killed publisher (its pid is gone) is taken over and its half-made build removed.
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import {
  copyFile,
  link,
  mkdir,
  open,
  readdir,
  readFile,
  readlink,
  realpath,
  rename,
  rm,
  stat,
  symlink,
} from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { errnoOf, readJson, SITE_DIR, writeAtomic } from './files.ts'
import { codeFingerprint, withSnapshot } from './fingerprint.ts'
import { affectedEntries, type BuildRecord, pageFile, readEntries } from './incremental.ts'

export type PublishState = 'building' | 'ok' | 'failed'

/** What `current` serves, carried from one status to the next so a failed attempt keeps it known. */
export interface LiveBuild {
  buildId: string
  /** Snapshot, site address and site sources it was built from (see `fingerprint`). */
  fingerprint: string
  siteUrl: string | null
  publishedAt: string
  pages: number
}

export interface PublishStatus {
  state: PublishState
  buildId: string | null
  startedAt: string
  finishedAt: string | null
  pages: number | null
  error?: string
  /** Tail of the build output, at most 4 KB. */
  log?: string
  /** True when the live build already matched and nothing was built. */
  unchanged?: boolean
  /** `incremental`: only the pages of changed entries (and of lists) were rendered. */
  mode?: BuildMode
  /** Pages rendered by this build (the others were kept from the live build). */
  rendered?: number
  live?: LiveBuild
}

export type BuildMode = 'full' | 'incremental'

export interface PublishOptions {
  snapshot: string
  root: string
  /** Public address baked into canonical links, sitemaps and QR targets; default: the snapshot's. */
  siteUrl?: string
  /** Skip the build when the live one was made from the same snapshot, address and site sources. */
  ifChanged?: boolean
  /** Re-render only what changed when possible (default true); false always builds everything. */
  incremental?: boolean
  /** The Astro project; default: the folder above this script. */
  siteDir?: string
  lockWaitMs?: number
  buildTimeoutMs?: number
  signal?: AbortSignal
  log?: (line: string) => void
}

export interface PublishResult {
  buildId: string
  pages: number
  skipped: boolean
  dir: string
  mode?: BuildMode
  /** Pages rendered by this build; the others were kept from the live build. */
  rendered?: number
}

export class PublishError extends Error {
  override name = 'PublishError'
  /** Tail of the build output. */
  readonly log: string
  constructor(message: string, log = '') {
    super(message)
    this.log = log
  }
}

const KEEP_PREVIOUS = 2
const LOG_LIMIT = 4096
/**
 * A partial build is chosen while the entries to render are at most this share of all entries
 * (and always for up to INCREMENTAL_MIN entries); beyond it, keeping pages saves little.
 */
const INCREMENTAL_SHARE = 0.3
const INCREMENTAL_MIN = 50

export const readStatus = (root: string): Promise<PublishStatus | null> =>
  readJson<PublishStatus>(path.join(root, 'status.json'))

const writeStatus = (root: string, status: PublishStatus) =>
  writeAtomic(path.join(root, 'status.json'), `${JSON.stringify(status, null, 1)}\n`)

/** The build id `current` points to, or null when nothing has been published yet. */
export async function currentBuild(root: string): Promise<string | null> {
  try {
    return path.basename(await readlink(path.join(root, 'current')))
  } catch {
    return null
  }
}

/** Sortable by time, unique across processes. */
let buildsStarted = 0
/**
 * Sorts in the order builds get the lock (to the millisecond, then by a counter in this process):
 * pruning keeps the newest by name, and the live build is the newest.
 */
const newBuildId = () =>
  `${new Date().toISOString().replace(/[-:]/g, '').replace('.', '')}-${String(buildsStarted++ % 1000).padStart(3, '0')}${randomBytes(3).toString('hex')}`

/** The last `limit` bytes of the text, starting at a line. */
export function tail(text: string, limit = LOG_LIMIT): string {
  const bytes = Buffer.from(text)
  if (bytes.length <= limit) return text
  const cut = bytes
    .subarray(bytes.length - limit)
    .toString('utf8')
    .replace(/^\uFFFD+/, '')
  const newline = cut.indexOf('\n')
  return newline >= 0 && newline < cut.length - 1 ? cut.slice(newline + 1) : cut
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes start with ESC
const stripAnsi = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '')

/**
 * The reason Astro gave: its error reports print the message, then "Location:", "Hint:" or
 * "Stack trace:" blocks.
 */
export function failureReason(output: string, fallback: string): string {
  const lines = output.split('\n')
  const at = lines.findIndex((line) => /^\s*(Location|Stack trace|Hint):\s*$/.test(line))
  for (let i = at - 1; i >= 0; i--) {
    const line = lines[i]?.trim()
    if (line) return line.replace(/^\[?error\]?\s*/i, '')
  }
  const error = lines.reverse().find((line) => /error/i.test(line))
  return error?.trim() || fallback
}

const metaFile = (root: string, buildId: string, suffix = '') => path.join(root, 'meta', `${buildId}${suffix}.json`)

interface LockHolder {
  pid: number
  buildId: string
  since: string
  token: string
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return errnoOf(error) === 'EPERM'
  }
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms)
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer)
        reject(new PublishError('Publishing was interrupted.'))
      },
      { once: true },
    )
  })

/**
 * Waits for the publish lock and names the build when it is taken: a build named when it started
 * could get the lock after a later one, and end up live behind it while sorting before it.
 */
async function acquireLock(
  root: string,
  options: { waitMs: number; signal?: AbortSignal; log: (line: string) => void },
): Promise<{ release: () => Promise<void>; buildId: string }> {
  const file = path.join(root, 'publish.lock')
  const mine: LockHolder = {
    pid: process.pid,
    buildId: '',
    since: new Date().toISOString(),
    token: randomBytes(8).toString('hex'),
  }
  const release = async () => {
    const holder = await readJson<LockHolder>(file)
    if (holder?.token === mine.token) await rm(file, { force: true })
  }
  const deadline = Date.now() + options.waitMs
  let told = false
  for (;;) {
    try {
      mine.buildId = newBuildId()
      const handle = await open(file, 'wx')
      await handle.writeFile(JSON.stringify(mine))
      await handle.close()
      return { release, buildId: mine.buildId }
    } catch (error) {
      if (errnoOf(error) !== 'EEXIST') throw error
    }
    const holder = await readJson<LockHolder>(file)
    if (holder && !isAlive(holder.pid)) {
      // Rename first, then make sure it was the dead holder's lock that moved and not a new one.
      const stale = `${file}.stale-${mine.token}`
      if (
        await rename(file, stale).then(
          () => true,
          () => false,
        )
      ) {
        const moved = await readJson<LockHolder>(stale)
        if (moved?.token === holder.token) {
          await rm(stale, { force: true })
          if (holder.buildId !== (await currentBuild(root))) {
            await rm(path.join(root, 'builds', holder.buildId), { recursive: true, force: true })
          }
          options.log(`Took over the lock of a publisher that stopped (pid ${holder.pid}).`)
        } else {
          await rename(stale, file)
        }
      }
      continue
    }
    if (Date.now() > deadline) {
      throw new PublishError(
        `Another publish of ${root} is still running (pid ${holder?.pid ?? '?'}, since ${holder?.since ?? '?'}). ` +
          `Try again when it has finished; if no publish is running, delete ${file}.`,
      )
    }
    if (!told) {
      options.log(`Another publish is running (pid ${holder?.pid ?? '?'}); waiting for it to finish…`)
      told = true
    }
    await sleep(250, options.signal)
  }
}

function runAstro(
  siteDir: string,
  env: NodeJS.ProcessEnv,
  options: { timeoutMs: number; signal?: AbortSignal },
): Promise<{ code: number | null; output: string; timedOut: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(siteDir, 'node_modules', '.bin', 'astro'), ['build'], {
      cwd: siteDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      signal: options.signal,
    })
    // Only the end of the output is ever shown; keep memory flat on a large province.
    let output = ''
    const collect = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.length > 256_000) output = output.slice(-128_000)
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGTERM')
    }, options.timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      if (error.name === 'AbortError') resolve({ code: null, output, timedOut })
      else reject(new PublishError(`Could not start astro in ${siteDir}: ${error.message}`))
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, output: stripAnsi(output), timedOut })
    })
  })
}

/** Hard links (same disk, no copy), else copies; real files only, never a link out of the build. */
async function linkMedia(from: string, to: string): Promise<number> {
  const entries = await readdir(from, { withFileTypes: true }).catch((error) => {
    if (errnoOf(error) === 'ENOENT') return null
    throw error
  })
  if (!entries) return 0
  await mkdir(to, { recursive: true })
  let count = 0
  for (const entry of entries) {
    const source = await realpath(path.join(from, entry.name))
    const target = path.join(to, entry.name)
    if ((await stat(source)).isDirectory()) {
      count += await linkMedia(source, target)
      continue
    }
    await link(source, target).catch(async (error) => {
      if (errnoOf(error) === 'EEXIST') {
        throw new PublishError(
          `media/${path.basename(target)} exists both in the site's public folder and in the snapshot.`,
        )
      }
      await copyFile(source, target)
    })
    count++
  }
  return count
}

async function countPages(dir: string): Promise<number> {
  let pages = 0
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) pages += await countPages(path.join(dir, entry.name))
    else if (entry.name.endsWith('.html')) pages++
  }
  return pages
}

/** Cheap checks that catch an empty or broken output before it goes live. */
async function checkBuild(dir: string): Promise<number> {
  const home = { vi: 'index.html', en: path.join('en', 'index.html') }
  for (const [locale, file] of Object.entries(home)) {
    const html = await readFile(path.join(dir, file), 'utf8').catch(() => null)
    if (html === null) throw new PublishError(`The build has no ${file}: the ${locale} home page is missing.`)
    if (!new RegExp(`<html[^>]*\\blang="${locale}"`).test(html.slice(0, 2000))) {
      throw new PublishError(`${file} is not marked as lang="${locale}": the build looks broken.`)
    }
  }
  return countPages(dir)
}

/** rename(2) of a fresh symlink over the old one: readers see the old build or the new, never neither. */
async function switchCurrent(root: string, buildId: string): Promise<void> {
  const temp = path.join(root, `.current-${process.pid}-${randomBytes(4).toString('hex')}`)
  await symlink(path.join('builds', buildId), temp)
  try {
    await rename(temp, path.join(root, 'current'))
  } catch (error) {
    await rm(temp, { force: true })
    throw new PublishError(
      `Could not switch ${path.join(root, 'current')} to the new build: ${(error as Error).message}`,
    )
  }
}

/** Keeps the live build and the two before it; anything older goes. */
async function pruneBuilds(root: string): Promise<string[]> {
  const live = await currentBuild(root)
  const builds = (await readdir(path.join(root, 'builds'), { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && entry.name !== live)
    .map((entry) => entry.name)
    .sort()
    .reverse()
  const removed = builds.slice(KEEP_PREVIOUS)
  for (const name of removed) await rm(path.join(root, 'builds', name), { recursive: true, force: true })
  // Records of builds that are gone, and files left by an interrupted build.
  const kept = new Set([...builds.slice(0, KEEP_PREVIOUS), ...(live ? [live] : [])].map((id) => `${id}.json`))
  for (const name of await readdir(path.join(root, 'meta')).catch(() => [] as string[])) {
    if (!kept.has(name)) await rm(path.join(root, 'meta', name), { force: true })
  }
  return removed
}

/** Hard-links a folder of the live build into the new one (the search index of a partial build). */
async function linkTree(from: string, to: string): Promise<void> {
  for (const entry of await readdir(from, { withFileTypes: true }).catch(() => [])) {
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    if (entry.isDirectory()) {
      await linkTree(source, target)
      continue
    }
    await mkdir(to, { recursive: true })
    await link(source, target).catch(() => copyFile(source, target))
  }
}

/** Runs tools/search-index.ts on a live build; never throws (the pages are live already). */
function runSearchIndex(
  siteDir: string,
  build: string,
  options: { signal?: AbortSignal },
): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(siteDir, 'tools', 'search-index.ts'), '--dir', build],
      { cwd: siteDir, stdio: ['ignore', 'pipe', 'pipe'], signal: options.signal },
    )
    let output = ''
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000)
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    child.on('error', (error) => resolve({ ok: false, output: error.message }))
    child.on('close', (code) => resolve({ ok: code === 0, output: output.trim().split('\n').pop() ?? '' }))
  })
}

/**
 * Hard-links the kept entry pages of the live build into the new one. Linked, never written to:
 * the live files stay as they are. Null when one is missing (someone edited the live build).
 */
async function keepPages(
  from: string,
  to: string,
  pages: Record<string, string | null>,
  keep: (key: string) => boolean,
): Promise<Record<string, string> | null> {
  const kept: Record<string, string> = {}
  for (const [pagePath, key] of Object.entries(pages)) {
    if (key === null || !keep(key)) continue
    const source = path.join(from, pageFile(pagePath))
    const target = path.join(to, pageFile(pagePath))
    await mkdir(path.dirname(target), { recursive: true })
    try {
      await link(source, target)
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return null
      await copyFile(source, target)
    }
    kept[pagePath] = key
  }
  return kept
}

export async function publish(options: PublishOptions): Promise<PublishResult> {
  const root = path.resolve(options.root)
  const snapshot = path.resolve(options.snapshot)
  const siteDir = path.resolve(options.siteDir ?? SITE_DIR)
  const log = options.log ?? (() => {})
  await mkdir(path.join(root, 'builds'), { recursive: true })
  const { release, buildId } = await acquireLock(root, {
    waitMs: options.lockWaitMs ?? 10 * 60_000,
    signal: options.signal,
    log,
  })
  const dir = path.join(root, 'builds', buildId)
  const renderList = metaFile(root, buildId, '.render')
  const pageIndex = metaFile(root, buildId, '.pages')
  try {
    const startedAt = new Date().toISOString()
    const live = (await readStatus(root))?.live
    const code = await codeFingerprint(options.siteUrl, siteDir)
    const print = await withSnapshot(code, snapshot)
    if (options.ifChanged && live?.fingerprint === print && (await currentBuild(root)) === live.buildId) {
      await writeStatus(root, {
        state: 'ok',
        buildId: live.buildId,
        startedAt,
        finishedAt: new Date().toISOString(),
        pages: live.pages,
        unchanged: true,
        live,
      })
      log(`Nothing changed since build ${live.buildId}; the site is up to date.`)
      return { buildId: live.buildId, pages: live.pages, skipped: true, dir: path.join(root, 'builds', live.buildId) }
    }

    await writeStatus(root, { state: 'building', buildId, startedAt, finishedAt: null, pages: null, live })
    const manifest = await readJson<{ entries: { kind: string; id: string; file: string; hash: string }[] }>(
      path.join(snapshot, 'manifest.json'),
    )
    if (!manifest)
      throw new PublishError(`${snapshot}/manifest.json is missing or unreadable: export the snapshot first.`)
    // The live build's record, if a partial build may start from it.
    const liveId = await currentBuild(root)
    const previous =
      options.incremental !== false && liveId && liveId === live?.buildId
        ? await readJson<BuildRecord>(metaFile(root, liveId))
        : null
    const entries = await readEntries(snapshot, manifest, previous?.entries)
    let partial: { from: string; affected: Set<string> } | null = null
    if (previous && liveId && previous.code === code) {
      const { changed, affected } = affectedEntries(previous.entries, entries)
      const total = Object.keys(entries).length
      if (affected.size <= Math.max(INCREMENTAL_MIN, total * INCREMENTAL_SHARE)) {
        partial = { from: path.join(root, 'builds', liveId), affected }
        log(
          `Building ${buildId} from ${snapshot}: ${changed.length} of ${total} entries changed; ` +
            `rendering the pages of ${affected.size} entries and the lists, keeping the rest of ${liveId}…`,
        )
      } else {
        log(`Building ${buildId} from ${snapshot}: ${changed.length} of ${total} entries changed, a full build…`)
      }
    } else {
      log(`Building ${buildId} from ${snapshot}…`)
    }
    let output = ''
    let pages: number
    let rendered: number
    try {
      await mkdir(dir)
      await mkdir(path.join(root, 'meta'), { recursive: true })
      let kept: Record<string, string> = {}
      if (partial) {
        const found = await keepPages(
          partial.from,
          dir,
          previous?.pages ?? {},
          (key) => !partial?.affected.has(key) && key in entries,
        )
        if (found) {
          kept = found
          // The live search index goes live again with the new pages; search-index.ts updates it after.
          await linkTree(path.join(partial.from, 'pagefind'), path.join(dir, 'pagefind'))
          await writeAtomic(renderList, JSON.stringify([...partial.affected].filter((key) => key in entries)))
        } else {
          log(`Build ${liveId} has lost some of its pages: building in full.`)
          partial = null
          await rm(dir, { recursive: true, force: true })
          await mkdir(dir)
        }
      }
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        SNAPSHOT_DIR: snapshot,
        SITE_OUT_DIR: dir,
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        // Astro's launcher runs `node` from PATH: make it this Node, whoever started us.
        PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`,
        SITE_PAGE_INDEX: pageIndex,
      }
      delete env.SITE_RENDER_ONLY
      delete env.SITE_SEARCH_INDEX
      if (partial) {
        env.SITE_RENDER_ONLY = renderList
        env.SITE_SEARCH_INDEX = 'later'
      }
      if (options.siteUrl) env.SITE_URL = options.siteUrl
      const timeoutMs = options.buildTimeoutMs ?? 15 * 60_000
      const result = await runAstro(siteDir, env, { timeoutMs, signal: options.signal })
      output = result.output
      if (options.signal?.aborted) throw new PublishError('Publishing was interrupted.')
      if (result.timedOut) throw new PublishError(`astro build did not finish within ${timeoutMs / 60_000} minutes.`)
      if (result.code !== 0) {
        throw new PublishError(failureReason(output, `astro build failed with exit code ${result.code}; see the log.`))
      }
      await linkMedia(path.join(snapshot, 'media'), path.join(dir, 'media'))
      pages = await checkBuild(dir)
      const renderedPages = await readJson<Record<string, string | null>>(pageIndex)
      if (!renderedPages) throw new PublishError('The build did not write its page index; is src/partial.ts in use?')
      // Counted as files: 404.html is not in the index, the page table does not make it.
      rendered = pages - Object.keys(kept).length
      const record: BuildRecord = { code, entries, pages: { ...kept, ...renderedPages } }
      await writeAtomic(metaFile(root, buildId), JSON.stringify(record))
      await switchCurrent(root, buildId)
    } catch (error) {
      await rm(dir, { recursive: true, force: true })
      await rm(metaFile(root, buildId), { force: true })
      const message = (error as Error).message
      await writeStatus(root, {
        state: 'failed',
        buildId,
        startedAt,
        finishedAt: new Date().toISOString(),
        pages: null,
        error: message,
        log: tail(output),
        live,
      })
      throw error instanceof PublishError ? new PublishError(message, tail(output)) : error
    }

    const finishedAt = new Date().toISOString()
    const mode: BuildMode = partial ? 'incremental' : 'full'
    await writeStatus(root, {
      state: 'ok',
      buildId,
      startedAt,
      finishedAt,
      pages,
      mode,
      rendered,
      log: tail(output),
      live: { buildId, fingerprint: print, siteUrl: options.siteUrl ?? null, publishedAt: finishedAt, pages },
    })
    const removed = await pruneBuilds(root).catch((error: Error) => {
      log(`Old builds were not all removed: ${error.message}`)
      return []
    })
    log(
      `Published ${buildId}: ${pages} pages${partial ? ` (${rendered} rendered, ${pages - rendered} kept)` : ''}` +
        `${removed.length ? `, removed ${removed.length} old build(s)` : ''}.`,
    )
    if (partial) {
      // The pages are live; now the search index catches up (the publish holds the lock meanwhile).
      const search = await runSearchIndex(siteDir, dir, { signal: options.signal })
      log(search.ok ? search.output : `The search index still describes the previous build: ${search.output}`)
    }
    return { buildId, pages, skipped: false, dir, mode, rendered }
  } finally {
    await rm(renderList, { force: true })
    await rm(pageIndex, { force: true })
    await release()
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      snapshot: { type: 'string' },
      root: { type: 'string' },
      'site-url': { type: 'string' },
      'if-changed': { type: 'boolean', default: false },
    },
  })
  if (!values.snapshot || !values.root) {
    console.error('Usage: node site/tools/publish.ts --snapshot DIR --root DIR [--site-url URL] [--if-changed]')
    process.exit(2)
  }
  const controller = new AbortController()
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => controller.abort())
  try {
    await publish({
      snapshot: values.snapshot,
      root: values.root,
      siteUrl: values['site-url'],
      ifChanged: values['if-changed'],
      signal: controller.signal,
      log: (line) => console.log(line),
    })
  } catch (error) {
    if (error instanceof PublishError && error.log) console.log(error.log)
    // The last line on stderr is the reason alone: the CMS shows it to the officer.
    console.error((error as Error).message)
    process.exit(1)
  }
}

if (import.meta.main) await main()
