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
 *   <root>/meta/<id>.qr.json its QR pages' languages (the next partial build's language rules start from it)
 *   <root>/cache/         the snapshot's entries as the last build parsed them (src/data/snapshot.ts)
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
 *
 * With SITE_BUCKET set (see bucket.ts), the finished build is also uploaded to that bucket before
 * `current` switches to it: files first, pages last. When the upload fails, the publish fails as a
 * failed build does (the local site and the bucket's pages stay the previous build's) and says at
 * which file. A publish with nothing to build still brings the bucket up to the live build.
 */
import { mkdir, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { siteBuildMinutes } from '@heritage/contract'
import type { KeepFrom } from '../src/render-set.ts'
import { type BucketSettings, bucketFromEnv, syncBucket } from './bucket.ts'
import { checkBuild, keepPages, linkMedia, linkTree, pruneBuilds, switchCurrent } from './builds.ts'
import { runAstro, runSearchIndex } from './children.ts'
import { failureReason, PublishError, tail } from './failure.ts'
import { readJson, SITE_DIR, writeAtomic } from './files.ts'
import { codeFingerprint, parserFingerprint, withSnapshot } from './fingerprint.ts'
import { affectedEntries, type BuildRecord, isPagePath, readEntries } from './incremental.ts'
import { acquireLock } from './lock.ts'
import { type BuildMode, currentBuild, metaFile, readStatus, writeStatus } from './status.ts'

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
  /** Default: SITE_BUILD_MINUTES (the contract's siteBuildMinutes). */
  buildTimeoutMs?: number
  signal?: AbortSignal
  log?: (line: string) => void
  /** Also upload each build to this bucket (bucket.ts); the CLI reads it from SITE_BUCKET… */
  bucket?: BucketSettings | null
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

/**
 * A partial build is chosen while the entries to render are at most this share of all entries
 * (and always for up to INCREMENTAL_MIN entries); beyond it, keeping pages saves little.
 */
const INCREMENTAL_SHARE = 0.3
const INCREMENTAL_MIN = 50

export async function publish(options: PublishOptions): Promise<PublishResult> {
  const root = path.resolve(options.root)
  const snapshot = path.resolve(options.snapshot)
  const siteDir = path.resolve(options.siteDir ?? SITE_DIR)
  const log = options.log ?? (() => {})
  // Read before anything is touched: a wrong SITE_BUILD_MINUTES stops the publish with its message.
  const buildTimeoutMs = options.buildTimeoutMs ?? siteBuildMinutes(process.env) * 60_000
  await mkdir(path.join(root, 'builds'), { recursive: true })
  const { release, buildId } = await acquireLock(root, {
    waitMs: options.lockWaitMs ?? 10 * 60_000,
    signal: options.signal,
    log,
  })
  const dir = path.join(root, 'builds', buildId)
  const renderList = metaFile(root, buildId, '.render')
  const pageIndex = metaFile(root, buildId, '.pages')
  const keepFrom = metaFile(root, buildId, '.keep')
  const toBucket = async (id: string) => {
    if (!options.bucket) return
    await syncBucket({
      ...options.bucket,
      dir: path.join(root, 'builds', id),
      buildId: id,
      signal: options.signal,
      log,
    })
  }
  try {
    const startedAt = new Date().toISOString()
    const live = (await readStatus(root))?.live
    const code = await codeFingerprint(options.siteUrl, siteDir)
    const print = await withSnapshot(code, snapshot)
    if (options.ifChanged && live?.fingerprint === print && (await currentBuild(root)) === live.buildId) {
      try {
        await toBucket(live.buildId)
      } catch (error) {
        const finishedAt = new Date().toISOString()
        const message = (error as Error).message
        await writeStatus(root, {
          state: 'failed',
          buildId: live.buildId,
          startedAt,
          finishedAt,
          pages: null,
          error: message,
          live,
        })
        throw error
      }
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
          // List pages whose content key is unchanged are hard-linked by the build itself (src/partial.ts).
          // …and the QR language rules start from the live build's table (integrations/headers.ts).
          await writeAtomic(
            keepFrom,
            JSON.stringify({
              dir: partial.from,
              record: metaFile(root, liveId as string),
              qrTable: metaFile(root, liveId as string, '.qr'),
            } satisfies KeepFrom),
          )
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
        // This build's QR table, for the next partial build's language rules.
        SITE_QR_TABLE: metaFile(root, buildId, '.qr'),
      }
      env.SITE_SNAPSHOT_CACHE = await snapshotCache(root, siteDir)
      delete env.SITE_RENDER_ONLY
      delete env.SITE_SEARCH_INDEX
      delete env.SITE_KEEP_FROM
      if (partial) {
        env.SITE_RENDER_ONLY = renderList
        env.SITE_KEEP_FROM = keepFrom
        env.SITE_SEARCH_INDEX = 'later'
      }
      if (options.siteUrl) env.SITE_URL = options.siteUrl
      const result = await runAstro(siteDir, env, { timeoutMs: buildTimeoutMs, signal: options.signal })
      output = result.output
      if (options.signal?.aborted) throw new PublishError('Publishing was interrupted.')
      if (result.timedOut) {
        throw new PublishError(
          `astro build did not finish within ${buildTimeoutMs / 60_000} minutes (SITE_BUILD_MINUTES).`,
        )
      }
      if (result.code !== 0) {
        throw new PublishError(failureReason(output, `astro build failed with exit code ${result.code}; see the log.`))
      }
      await linkMedia(path.join(snapshot, 'media'), path.join(dir, 'media'))
      pages = await checkBuild(dir)
      const renderedPages = await readJson<Record<string, string | null>>(pageIndex)
      if (!renderedPages) throw new PublishError('The build did not write its page index; is src/partial.ts in use?')
      // Counted as files: 404.html is not in the index, the page table does not make it.
      const keptLists = partial ? ((await readJson<string[]>(`${pageIndex}.kept`)) ?? []) : []
      // Pages only: an entry's other files kept with it (its IIIF manifest) are not pages.
      rendered = pages - Object.keys(kept).filter(isPagePath).length - keptLists.length
      const record: BuildRecord = { code, entries, pages: { ...kept, ...renderedPages } }
      await writeAtomic(metaFile(root, buildId), JSON.stringify(record))
      await toBucket(buildId)
      await switchCurrent(root, buildId)
    } catch (error) {
      await rm(dir, { recursive: true, force: true })
      await rm(metaFile(root, buildId), { force: true })
      await rm(metaFile(root, buildId, '.qr'), { force: true })
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
      // The bucket got the previous index with the pages: its new parts now, the entry file last.
      if (search.ok) {
        await toBucket(buildId).catch((error: Error) =>
          log(`The bucket's search index still describes the previous build: ${error.message}`),
        )
      }
    }
    return { buildId, pages, skipped: false, dir, mode, rendered }
  } finally {
    await rm(renderList, { force: true })
    await rm(pageIndex, { force: true })
    await rm(`${pageIndex}.kept`, { force: true })
    await rm(keepFrom, { force: true })
    await release()
  }
}

/**
 * The file of parsed entries kept between builds (src/data/snapshot.ts), named by what parsing
 * depends on; the files of other versions are removed.
 */
async function snapshotCache(root: string, siteDir: string): Promise<string> {
  const name = `entries-${(await parserFingerprint(siteDir)).slice(0, 16)}.v8`
  const folder = path.join(root, 'cache')
  await mkdir(folder, { recursive: true })
  for (const file of await readdir(folder)) {
    if (file.startsWith('entries-') && file !== name) await rm(path.join(folder, file), { force: true })
  }
  return path.join(folder, name)
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
  let bucket: BucketSettings | null
  try {
    bucket = bucketFromEnv()
  } catch (error) {
    console.error((error as Error).message)
    process.exit(2)
  }
  const controller = new AbortController()
  // `on`, not `once`: a stop reaches this process twice when the whole service is stopped (from
  // systemd, and passed on by the CMS), and a second signal with no listener would end it before
  // the clean-up below.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => controller.abort())
  // The CMS that started this build may have exited on the same signal: a closed pipe must not
  // stop the clean-up (half-made build removed, lock released) half-way.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {})
  try {
    await publish({
      snapshot: values.snapshot,
      root: values.root,
      siteUrl: values['site-url'],
      ifChanged: values['if-changed'],
      signal: controller.signal,
      log: (line) => console.log(line),
      bucket,
    })
  } catch (error) {
    if (error instanceof PublishError && error.log) console.log(error.log)
    // The last line on stderr is the reason alone: the CMS shows it to the officer.
    console.error((error as Error).message)
    process.exit(1)
  }
}

if (import.meta.main) await main()
