/**
 * Publishes a finished build to an S3-compatible bucket (AWS S3, MinIO, Cloudflare R2, a provider's
 * object storage), for a site served from the bucket or from a CDN in front of it. Library and CLI:
 *
 *   node site/tools/bucket.ts --root DIR        uploads the live build of DIR (`current`)
 *
 * and publish.ts does the same for every publish when SITE_BUCKET is set (the CMS runs publish.ts,
 * so its publishes go to the bucket too). Settings, from the environment:
 *
 *   SITE_BUCKET              the bucket's name; unset, nothing goes to a bucket
 *   SITE_BUCKET_ENDPOINT     an S3-compatible server's address (unset: AWS); path-style requests
 *   SITE_BUCKET_REGION       default AWS_REGION, else us-east-1
 *   SITE_BUCKET_ACCESS_KEY_ID, SITE_BUCKET_SECRET_ACCESS_KEY
 *                            both or neither; neither: the AWS SDK's own chain (AWS_ACCESS_KEY_ID…)
 *   SITE_BUCKET_GRACE_HOURS  how long files of replaced builds stay (default 24, see below)
 *
 * The bucket holds the build as a web server would serve it: key = path in the build
 * (`di-tich/chua-keo/index.html`), so the bucket's website mode (index document `index.html`,
 * error document `404.html`) or a CDN serves it. A bucket has no atomic switch, so the upload goes
 * in an order where every page a visitor can get has its files:
 *
 *   0. `_publish/builds/<id>.json`: the list of what this build uploads (so an upload cut short
 *      is still known, and pruned later);
 *   1. files named by their content (`_astro/`, `media/`, the sharded search index's word and
 *      card files in `pagefind/shards/`), immutable, cached for a year;
 *   2. the other files (Pagefind's index parts, open data, icons, sitemap, service worker);
 *   3. the pages (`.html`) and the search index's files that name its parts (`pagefind/pagefind-entry.json`,
 *      the sharded index's manifests: index-files.ts `namingFile`);
 *   4. `_publish/current.json`, which names the live build (and its security headers, see below).
 *
 * A failure stops the upload and says at which file. Before step 3 the bucket still serves the
 * previous build's pages, all of them, with their files (nothing of the new build is referenced
 * yet). In step 3, some pages are the new build's and some the old one's, each with its own files
 * in place; publishing again finishes the job.
 *
 * Unchanged files are not sent again: a file is skipped when a build's list records the same MD5
 * and headers for its key and the bucket's listing shows that object (its ETag). Re-publishing
 * an unchanged build uploads nothing.
 *
 * Pruning, after step 4: an object of an earlier build (one of the lists in `_publish/builds/`)
 * that the live build does not have is deleted, pages at once (an unpublished entry leaves the
 * site with the publish), anything else once the build that had it has been replaced for longer
 * than the grace (SITE_BUCKET_GRACE_HOURS): a page already open in a visitor's browser may still
 * load a script, a picture or a part of the search index of its own build. Objects this tool did
 * not upload are never deleted.
 *
 * Headers: each object carries Content-Type (the table serve.ts uses), Cache-Control (a year and
 * `immutable` for files named by their content, `no-cache` for everything else, as serve.ts) and,
 * for pages, Content-Language. Files are stored as built, with no Content-Encoding: let the CDN
 * compress. A bucket cannot send the security headers the build writes into `_headers`
 * (Content-Security-Policy, X-Frame-Options, X-Content-Type-Options, Referrer-Policy,
 * Permissions-Policy, Strict-Transport-Security), nor choose a QR page's language from
 * Accept-Language: a CDN or proxy in front must add them (the build's `_headers`, `_redirects`,
 * `nginx-language.conf` and `Caddyfile.language` are the rules; `_publish/current.json` repeats the
 * live build's headers). Those host files themselves are not uploaded, as serve.ts does not serve them.
 */
import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3'
import { type BucketEnv, BucketSettingsError, readBucketEnv, SITE_BUCKET_ENV } from '@heritage/contract/bucketSettings'
import { HOST_FILES } from '../integrations/language-rules.ts'
import { HEADERS_FILE, parseHeadersFile } from '../src/security.ts'
import { SEARCH_DIR } from '../src/utils/index-names.ts'
import { PublishError } from './failure.ts'
import { pool } from './files.ts'
import { namingFile } from './index-files.ts'
import { cacheControlOf, contentTypeOf, IMMUTABLE } from './serve.ts'
import { currentBuild } from './status.ts'

/** The bucket's own folder: what was uploaded for each build, and which build is live. */
export const PUBLISH_PREFIX = '_publish/'
const CURRENT_KEY = `${PUBLISH_PREFIX}current.json`
const manifestKey = (buildId: string) => `${PUBLISH_PREFIX}builds/${buildId}.json`
/** A file of the search index that names others: uploaded with the pages, after what it names. */
const namesIndexFiles = (key: string) =>
  key.startsWith(`${SEARCH_DIR}/`) && namingFile(key.slice(SEARCH_DIR.length + 1))
const DEFAULT_GRACE_HOURS = 24
const CONCURRENCY = 6

export type Phase = 'asset' | 'file' | 'page'
export const PHASES: readonly Phase[] = ['asset', 'file', 'page']

export interface BucketSettings {
  bucket: string
  endpoint?: string
  region?: string
  accessKeyId?: string
  secretAccessKey?: string
  /** How long objects of a replaced build (but its pages) are kept, in hours. */
  graceHours?: number
}

/** A bucket upload that failed; its message says how far it got and what the bucket serves now. */
export class BucketError extends PublishError {
  override name = 'BucketError'
}

/**
 * The settings in the environment, null when none is set; throws on unusable ones. The bucket,
 * its address, region and keys are read as the CMS reads its upload bucket's
 * (`@heritage/contract/bucketSettings`); the grace is the site's own.
 */
export function bucketFromEnv(env: NodeJS.ProcessEnv = process.env): BucketSettings | null {
  let read: BucketEnv | null
  try {
    read = readBucketEnv(env, SITE_BUCKET_ENV, { defaultRegion: env.AWS_REGION?.trim() || undefined })
  } catch (error) {
    if (error instanceof BucketSettingsError) throw new BucketError(error.message)
    throw error
  }
  if (!read) return null
  const grace = env.SITE_BUCKET_GRACE_HOURS?.trim()
  const graceHours = grace ? Number(grace) : DEFAULT_GRACE_HOURS
  if (!Number.isFinite(graceHours) || graceHours < 0) {
    throw new BucketError(
      `SITE_BUCKET_GRACE_HOURS "${grace}" phải là số giờ (0 trở lên). SITE_BUCKET_GRACE_HOURS "${grace}" must be a number of hours (0 or more).`,
    )
  }
  return {
    bucket: read.bucket,
    endpoint: read.endpoint,
    region: read.region,
    accessKeyId: read.credentials?.accessKeyId,
    secretAccessKey: read.credentials?.secretAccessKey,
    graceHours,
  }
}

export function bucketClient(settings: BucketSettings): S3Client {
  const config: S3ClientConfig = {
    region: settings.region ?? 'us-east-1',
    // S3-compatible servers (MinIO, Ceph, s3rver) know the classic Content-MD5, not always the
    // SDK's newer trailing checksums.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  }
  if (settings.endpoint) {
    config.endpoint = settings.endpoint
    config.forcePathStyle = true
  }
  if (settings.accessKeyId && settings.secretAccessKey) {
    config.credentials = { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
  }
  return new S3Client(config)
}

/** What a build uploads for one key: its content's MD5 and the headers it is stored with. */
export interface ObjectRecord {
  md5: string
  size: number
  type: string
  cache: string
  language?: string
  /** The ETag the bucket answered with (the MD5 on most servers); set once uploaded. */
  etag?: string
}

export interface BuildManifest {
  buildId: string
  files: Record<string, ObjectRecord>
}

interface Previous {
  buildId: string
  /** When it stopped being the live build. */
  replacedAt: string
}

export interface BucketState {
  buildId: string
  publishedAt: string
  /** Builds replaced within the grace, whose files (but pages) are still in the bucket. */
  previous: Previous[]
  /** The security headers the live build asks for, which a CDN or proxy in front must send. */
  headers: Record<string, string> | null
}

interface LocalFile extends ObjectRecord {
  key: string
  file: string
  phase: Phase
}

export const phaseOf = (key: string): Phase =>
  IMMUTABLE.test(`/${key}`) ? 'asset' : key.endsWith('.html') || namesIndexFiles(key) ? 'page' : 'file'

const WELL_KNOWN = '.well-known'

/** Files of the build a web server serves (not the host files, nothing hidden but /.well-known/). */
async function buildFiles(dir: string): Promise<LocalFile[]> {
  const found: LocalFile[] = []
  const hidden = new Set([HEADERS_FILE, ...HOST_FILES])
  const walk = async (folder: string, prefix: string) => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      // Hidden files stay out, but not the site's /.well-known/ (RFC 8615: the GS1 resolver description).
      if (entry.name.startsWith('.') && !(prefix === '' && entry.name === WELL_KNOWN)) continue
      const key = `${prefix}${entry.name}`
      const file = path.join(folder, entry.name)
      if (entry.isDirectory()) {
        await walk(file, `${key}/`)
        continue
      }
      if (!entry.isFile() || (prefix === '' && hidden.has(entry.name))) continue
      if (key.startsWith(PUBLISH_PREFIX)) {
        throw new BucketError(
          `Bản dựng có tệp ${key}, trùng thư mục riêng ${PUBLISH_PREFIX} của bucket. ` +
            `The build has ${key}, inside the bucket's own folder ${PUBLISH_PREFIX}; rename it in the site.`,
        )
      }
      const data = await readFile(file)
      const phase = phaseOf(key)
      const record: LocalFile = {
        key,
        file,
        phase,
        md5: createHash('md5').update(data).digest('hex'),
        size: data.length,
        type: contentTypeOf(key),
        cache: cacheControlOf(`/${key}`),
      }
      const language = key.endsWith('.html')
        ? /<html[^>]*\blang="([^"]+)"/.exec(data.subarray(0, 2000).toString())?.[1]
        : undefined
      if (language) record.language = language
      found.push(record)
    }
  }
  await walk(dir, '')
  return found
}

const sameHeaders = (a: ObjectRecord, b: ObjectRecord) =>
  a.md5 === b.md5 && a.type === b.type && a.cache === b.cache && a.language === b.language

const sameFiles = (a: Record<string, ObjectRecord>, b: Record<string, ObjectRecord>) =>
  Object.keys(a).length === Object.keys(b).length &&
  Object.entries(b).every(([key, record]) => {
    const other = a[key]
    return other !== undefined && sameHeaders(other, record) && other.etag === record.etag
  })

const stripQuotes = (etag: string | undefined) => (etag ?? '').replace(/^W\//, '').replace(/"/g, '')

const explain = (error: unknown): string => {
  const e = error as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } }
  const status = e.$metadata?.httpStatusCode
  return `${e.name ?? 'Error'}${status ? ` (HTTP ${status})` : ''}: ${e.message ?? String(error)}`
}

const isMissing = (error: unknown) => {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } }
  return e.name === 'NoSuchKey' || e.$metadata?.httpStatusCode === 404
}

async function getJson<T>(client: S3Client, bucket: string, key: string): Promise<T | null> {
  try {
    const answer = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
    return JSON.parse((await answer.Body?.transformToString('utf8')) ?? 'null') as T
  } catch (error) {
    if (isMissing(error)) return null
    if (error instanceof SyntaxError) return null
    throw error
  }
}

/** Every object under `prefix`: key → ETag (without quotes) and size. */
async function listObjects(client: S3Client, bucket: string, prefix?: string) {
  const objects = new Map<string, { etag: string; size: number }>()
  let token: string | undefined
  do {
    const page = await client.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }),
    )
    for (const item of page.Contents ?? []) {
      if (item.Key) objects.set(item.Key, { etag: stripQuotes(item.ETag), size: item.Size ?? 0 })
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined
  } while (token)
  return objects
}

async function putJson(client: S3Client, bucket: string, key: string, value: unknown) {
  const body = Buffer.from(`${JSON.stringify(value)}\n`)
  await client.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: key,
      Body: body,
      ContentType: 'application/json; charset=utf-8',
      CacheControl: 'no-cache',
      ContentMD5: createHash('md5').update(body).digest('base64'),
    }),
  )
}

export interface SyncOptions extends BucketSettings {
  /** The finished build's folder. */
  dir: string
  buildId: string
  /** An S3 client to use instead of one made from the settings. */
  client?: S3Client
  /** The clock, for the grace (tests). */
  now?: () => Date
  concurrency?: number
  /** Stops the upload before the next file (SIGTERM): what is uploaded stays, nothing is switched. */
  signal?: AbortSignal
  log?: (line: string) => void
}

export interface SyncResult {
  buildId: string
  files: number
  uploaded: number
  unchanged: number
  /** Objects of earlier builds deleted. */
  deleted: number
  /** Builds replaced within the grace, whose files stay. */
  kept: string[]
}

export async function syncBucket(options: SyncOptions): Promise<SyncResult> {
  const { bucket, buildId } = options
  const client = options.client ?? bucketClient(options)
  const log = options.log ?? (() => {})
  const now = (options.now ?? (() => new Date()))()
  const graceMs = (options.graceHours ?? DEFAULT_GRACE_HOURS) * 3_600_000
  const where = `s3://${bucket}${options.endpoint ? ` (${options.endpoint})` : ''}`
  const files = await buildFiles(options.dir)

  let state: BucketState | null
  let listing: Map<string, { etag: string; size: number }>
  const manifests = new Map<string, BuildManifest>()
  try {
    state = await getJson<BucketState>(client, bucket, CURRENT_KEY)
    listing = await listObjects(client, bucket)
    for (const key of listing.keys()) {
      if (!key.startsWith(`${PUBLISH_PREFIX}builds/`) || !key.endsWith('.json')) continue
      const manifest = await getJson<BuildManifest>(client, bucket, key)
      if (manifest?.files) manifests.set(path.posix.basename(key, '.json'), manifest)
    }
  } catch (error) {
    throw new BucketError(
      `Không đọc được bucket ${where}: ${explain(error)}. Trang công khai trong bucket không đổi; ` +
        `kiểm tra SITE_BUCKET và quyền truy cập. Could not read the bucket: the site in it is unchanged.`,
    )
  }
  const live = state?.buildId ?? null

  // What a build's list says was uploaded for a key, if the bucket still has that very object.
  const inBucket = (file: LocalFile): ObjectRecord | null => {
    const listed = listing.get(file.key)
    if (!listed) return null
    const order = [...(live ? [live] : []), ...[...manifests.keys()].filter((id) => id !== live)]
    for (const id of order) {
      const record = manifests.get(id)?.files[file.key]
      if (record && sameHeaders(record, file) && (listed.etag === file.md5 || listed.etag === record.etag)) {
        return record
      }
    }
    return null
  }
  const record = (file: LocalFile, etag?: string): ObjectRecord => {
    const { key: _key, file: _file, phase: _phase, ...rest } = file
    return etag ? { ...rest, etag } : rest
  }
  const manifest: BuildManifest = { buildId, files: {} }
  const toUpload: LocalFile[] = []
  for (const file of files) {
    const found = inBucket(file)
    if (found) manifest.files[file.key] = record(file, found.etag ?? listing.get(file.key)?.etag)
    else toUpload.push(file)
  }

  // Which replaced builds keep their files: the grace runs from when each stopped being live.
  const previous = new Map<string, string>((state?.previous ?? []).map((p) => [p.buildId, p.replacedAt]))
  for (const id of [...(live ? [live] : []), ...manifests.keys()]) {
    if (id !== buildId && !previous.has(id)) previous.set(id, now.toISOString())
  }
  previous.delete(buildId)
  const withinGrace = [...previous].filter(([, at]) => now.getTime() - Date.parse(at) < graceMs)
  const expired = [...previous.keys()].filter((id) => !withinGrace.some(([kept]) => kept === id))

  const unchangedBuild =
    toUpload.length === 0 &&
    live === buildId &&
    expired.length === 0 &&
    sameFiles(manifests.get(buildId)?.files ?? {}, manifest.files)
  if (unchangedBuild) {
    log(`Bucket ${where} already holds build ${buildId}: nothing to upload.`)
    return {
      buildId,
      files: files.length,
      uploaded: 0,
      unchanged: files.length,
      deleted: 0,
      kept: withinGrace.map(([id]) => id),
    }
  }

  // 0. The list first: whatever is uploaded below is known to the next prune, even if this stops.
  const planned: BuildManifest = {
    buildId,
    files: { ...manifest.files, ...Object.fromEntries(toUpload.map((f) => [f.key, record(f)])) },
  }
  try {
    await putJson(client, bucket, manifestKey(buildId), planned)
  } catch (error) {
    throw new BucketError(
      `Không ghi được vào bucket ${where}: ${explain(error)}. Chưa tải lên tệp nào; trang công khai trong bucket ` +
        `vẫn là bản dựng ${live ?? '(chưa có)'}. Nothing was uploaded to the bucket; it still serves build ${live ?? '(none)'}.`,
    )
  }

  // 1–3. Files named by content, then the other files, then the pages.
  let uploaded = 0
  for (const phase of PHASES) {
    const batch = toUpload.filter((file) => file.phase === phase)
    try {
      await pool(batch, options.concurrency ?? CONCURRENCY, async (file) => {
        if (options.signal?.aborted) throw new Error('stopped by a signal')
        const body = await readFile(file.file)
        const answer = await client.send(
          new PutObjectCommand({
            Bucket: bucket,
            Key: file.key,
            Body: body,
            ContentType: file.type,
            CacheControl: file.cache,
            ContentLanguage: file.language,
            ContentMD5: Buffer.from(file.md5, 'hex').toString('base64'),
          }),
        )
        manifest.files[file.key] = record(file, stripQuotes(answer.ETag) || file.md5)
        uploaded++
      })
    } catch (caught) {
      const { error, item } = caught as { error: unknown; item: LocalFile }
      // The CMS reads a stop from this first sentence.
      const stopped = options.signal?.aborted ? 'Publishing was interrupted. ' : ''
      const pages = toUpload.filter((file) => file.phase === 'page').length
      const what =
        phase === 'page'
          ? `Một phần trang đã là của bản dựng ${buildId}, phần còn lại vẫn là của bản trước; mỗi trang đều có đủ tệp của nó. ` +
            `Hãy xuất bản lại để hoàn tất. Some of the ${pages} changed pages are already the new build's, the others ` +
            `the previous build's, each with its files in place; publish again to finish.`
          : `Chưa trang nào của bản dựng mới được tải lên: bucket vẫn phục vụ bản dựng ${live ?? '(chưa có)'}. ` +
            `No page of the new build was uploaded: the bucket still serves build ${live ?? '(none)'}.`
      throw new BucketError(
        `${stopped}Tải lên bucket ${where} dừng ở tệp ${item.key} (${uploaded}/${toUpload.length} tệp đã tải lên): ` +
          `${explain(error)}. ${what}`,
      )
    }
  }

  // 4. The build's list with the ETags, then the file that names the live build (not after a stop).
  if (options.signal?.aborted) {
    throw new BucketError(
      `Publishing was interrupted. Đã tải lên ${uploaded} tệp của bản dựng ${buildId} nhưng chưa chuyển: bucket vẫn ` +
        `phục vụ bản dựng ${live ?? '(chưa có)'}. The bucket still serves build ${live ?? '(none)'}.`,
    )
  }
  const headersText = await readFile(path.join(options.dir, HEADERS_FILE), 'utf8').catch(() => null)
  const newState: BucketState = {
    buildId,
    publishedAt: live === buildId && state ? state.publishedAt : now.toISOString(),
    previous: withinGrace.map(([id, replacedAt]) => ({ buildId: id, replacedAt })),
    headers: headersText === null ? null : parseHeadersFile(headersText),
  }
  try {
    await putJson(client, bucket, manifestKey(buildId), manifest)
    await putJson(client, bucket, CURRENT_KEY, newState)
  } catch (error) {
    throw new BucketError(
      `Đã tải lên mọi tệp của bản dựng ${buildId} nhưng không ghi được ${CURRENT_KEY}: ${explain(error)}. ` +
        `Xuất bản lại để hoàn tất. Every file is uploaded but ${CURRENT_KEY} could not be written; publish again.`,
    )
  }
  log(`Bucket ${where}: build ${buildId} is live (${uploaded} of ${files.length} files uploaded).`)

  // Prune: objects of earlier builds the live one does not have; pages at once, the rest after the grace.
  let deleted = 0
  try {
    const keep = new Set(Object.keys(manifest.files))
    for (const [id] of withinGrace) {
      for (const key of Object.keys(manifests.get(id)?.files ?? {})) if (phaseOf(key) !== 'page') keep.add(key)
    }
    const doomed = new Set<string>()
    for (const id of previous.keys()) {
      for (const key of Object.keys(manifests.get(id)?.files ?? {})) {
        if (!keep.has(key) && listing.has(key)) doomed.add(key)
      }
    }
    const lists = expired.map(manifestKey).filter((key) => listing.has(key))
    for (const keys of chunks([...doomed], 1000)) deleted += await deleteObjects(client, bucket, keys)
    for (const keys of chunks(lists, 1000)) await deleteObjects(client, bucket, keys)
    if (deleted > 0) log(`Bucket ${where}: removed ${deleted} object(s) of earlier builds.`)
  } catch (error) {
    log(`Bucket ${where}: objects of earlier builds were not all removed: ${explain(error)}`)
  }
  return {
    buildId,
    files: files.length,
    uploaded,
    unchanged: files.length - uploaded,
    deleted,
    kept: withinGrace.map(([id]) => id),
  }
}

const chunks = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size))

async function deleteObjects(client: S3Client, bucket: string, keys: string[]): Promise<number> {
  if (keys.length === 0) return 0
  const answer = await client.send(
    new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: keys.map((Key) => ({ Key })), Quiet: true } }),
  )
  const failed = answer.Errors ?? []
  if (failed.length > 0) {
    throw new Error(`${failed.length} object(s) not deleted, first ${failed[0]?.Key}: ${failed[0]?.Message}`)
  }
  return keys.length
}

/** Uploads the live build of a publish root (`<root>/current`). */
export async function syncRoot(root: string, settings: BucketSettings, log?: (line: string) => void) {
  const buildId = await currentBuild(root)
  if (!buildId) {
    throw new BucketError(
      `${path.join(root, 'current')} chưa có: hãy xuất bản trang trước. Nothing is published in ${root} yet.`,
    )
  }
  return syncBucket({ ...settings, dir: path.join(root, 'builds', buildId), buildId, log })
}

async function main() {
  const { values } = parseArgs({ options: { root: { type: 'string' } } })
  if (!values.root) {
    console.error('Usage: SITE_BUCKET=NAME node site/tools/bucket.ts --root DIR')
    process.exit(2)
  }
  try {
    const settings = bucketFromEnv()
    if (!settings) {
      console.error('SITE_BUCKET chưa đặt: không có bucket để tải lên. SITE_BUCKET is not set: no bucket to upload to.')
      process.exit(2)
    }
    const result = await syncRoot(values.root, settings, (line) => console.log(line))
    console.log(
      `${result.uploaded} uploaded, ${result.unchanged} unchanged, ${result.deleted} removed` +
        `${result.kept.length ? `; files of ${result.kept.join(', ')} kept for the grace` : ''}.`,
    )
  } catch (error) {
    console.error((error as Error).message)
    process.exit(1)
  }
}

if (import.meta.main) await main()
