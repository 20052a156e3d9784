/**
 * Where uploaded files live: the one place that knows. Either the local data folder (the default:
 * `DATA_DIR/uploads/<collection>/<file>` and `DATA_DIR/derivatives/<sha256>/<file>`) or an
 * S3-compatible bucket with the same layout under an optional prefix, chosen by the S3_* settings
 * (s3Settings). Payload's official adapter (@payloadcms/storage-s3, wired in objectStorage.ts)
 * writes, serves and deletes the originals there; everything else that touches a file (web
 * versions, the missing-file 404, duplicate checks, the snapshot export, backups) goes through
 * `fileStore()` with keys relative to that layout, e.g. `uploads/media/anh.jpg`.
 */
import { createReadStream } from 'node:fs'
import { copyFile, link, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3'
import { BucketSettingsError, readBucketEnv, UPLOAD_BUCKET_ENV } from '@heritage/contract'
import { dataDir, type Env } from '../paths'
import { errorCode } from '../shared/errors'

/** The folders of the layout, in the data folder and in the bucket. */
export const UPLOADS = 'uploads'
export const DERIVATIVES = 'derivatives'

/** The key of an upload collection's original, e.g. `uploads/media/anh.jpg`. */
export const originalKey = (collection: string, filename: string): string => `${UPLOADS}/${collection}/${filename}`

/** The folder (key prefix) of an upload collection's originals. */
export const originalsFolder = (collection: string): string => `${UPLOADS}/${collection}`

/** A file name Payload gave an upload: one path segment, nothing that leaves the folder. */
export const isPlainName = (name: string): boolean =>
  name.length > 0 && name !== '.' && name !== '..' && !/[/\\\0]/.test(name)

/** Content types of the web versions (and of anything else the stores write without one). */
export const CONTENT_TYPES: Record<string, string> = {
  '.avif': 'image/avif',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.glb': 'model/gltf-binary',
  '.json': 'application/json',
}

const contentTypeOf = (key: string): string =>
  CONTENT_TYPES[path.extname(key).toLowerCase()] ?? 'application/octet-stream'

/** What the S3_* settings ask for: the bucket, the client's settings, and the key prefix ('' for none). */
export interface S3Settings {
  bucket: string
  prefix: string
  config: S3ClientConfig
}

const TRUE = new Set(['1', 'true', 'yes', 'on'])
const FALSE = new Set(['', '0', 'false', 'no', 'off'])

/**
 * The bucket the S3_* settings name, or null (none set: files stay in the data folder).
 * S3_BUCKET, S3_ENDPOINT for any S3-compatible service (MinIO, Ceph, a Vietnamese cloud's object
 * storage), S3_REGION (default us-east-1), S3_ACCESS_KEY_ID with S3_SECRET_ACCESS_KEY (both or
 * neither: without them the SDK's own chain is used, e.g. an instance role) are read as the site
 * reads its SITE_BUCKET_* (@heritage/contract's readBucketEnv, which refuses half-set ones);
 * S3_FORCE_PATH_STYLE for services that have no per-bucket host names and S3_PREFIX to share a
 * bucket are the uploads' own.
 */
export function s3Settings(env: Env = process.env): S3Settings | null {
  const bucket = readBucketEnv(env, UPLOAD_BUCKET_ENV)
  if (!bucket) return null
  const pathStyle = (env.S3_FORCE_PATH_STYLE ?? '').trim().toLowerCase()
  if (!TRUE.has(pathStyle) && !FALSE.has(pathStyle)) {
    throw new BucketSettingsError(
      `S3_FORCE_PATH_STYLE="${env.S3_FORCE_PATH_STYLE}" không hợp lệ: hãy đặt 1 hoặc 0`,
      `S3_FORCE_PATH_STYLE must be 1 or 0`,
    )
  }
  return {
    bucket: bucket.bucket,
    prefix: (env.S3_PREFIX ?? '').trim().replace(/^\/+|\/+$/g, ''),
    config: {
      region: bucket.region,
      ...(bucket.endpoint ? { endpoint: bucket.endpoint } : {}),
      ...(TRUE.has(pathStyle) ? { forcePathStyle: true } : {}),
      ...(bucket.credentials ? { credentials: bucket.credentials } : {}),
    },
  }
}

/** The bucket key of a layout key (`uploads/media/a.jpg` → `<prefix>/uploads/media/a.jpg`). */
export const bucketKey = (settings: Pick<S3Settings, 'prefix'>, key: string): string =>
  settings.prefix ? `${settings.prefix}/${key}` : key

/** A file opened for sending. */
export interface OpenedFile {
  body: ReadableStream
  size: number
}

export interface FileStore {
  readonly kind: 'disk' | 's3'
  /** Where the files are, for people: the data folder, or `s3://bucket/prefix`. */
  readonly where: string
  read(key: string): Promise<Buffer | null>
  open(key: string): Promise<OpenedFile | null>
  exists(key: string): Promise<boolean>
  /** Every key under a folder (`uploads`, `derivatives/<hash>`; '' for all), sorted; temporary files left out. */
  list(folder: string): Promise<string[]>
  write(key: string, data: Uint8Array): Promise<void>
  remove(key: string): Promise<void>
  /** Removes a folder (`derivatives/<hash>`) and everything in it. */
  removeFolder(folder: string): Promise<void>
  /** The file on this machine's disk, when there is one (a hard link is cheaper than a copy). */
  localPath(key: string): string | null
  /**
   * Runs `make` (media-tools) on a local folder that receives content-addressed `<sha256>/`
   * folders of web versions, then makes them available under `derivatives/`: in place on disk;
   * uploaded to the bucket (each folder's manifest or report last, so a folder with one is whole)
   * from a temporary folder removed afterwards. `created` receives the hash of every folder this
   * call put in the store that was not there before (what a failed save should take back).
   */
  derivatives<T>(make: (folder: string) => Promise<T>, created?: Set<string>): Promise<T>
}

/** Files in the data folder (DATA_DIR), as they always were. */
export function diskStore(root: string): FileStore {
  const full = (key: string) => path.join(root, ...key.split('/'))
  const walk = async (dir: string, base: string): Promise<string[]> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
    const out: string[] = []
    for (const entry of entries) {
      if (entry.name.startsWith('.tmp-')) continue
      const child = base ? `${base}/${entry.name}` : entry.name
      if (entry.isDirectory()) out.push(...(await walk(path.join(dir, entry.name), child)))
      else if (entry.isFile()) out.push(child)
    }
    return out
  }
  return {
    kind: 'disk',
    where: root,
    read: (key) => readFile(full(key)).catch(() => null),
    open: async (key) => {
      const info = await stat(full(key)).catch(() => null)
      if (!info?.isFile()) return null
      // cast: Node types Readable.toWeb's stream (node:stream/web) apart from the DOM ReadableStream Response takes
      return { body: Readable.toWeb(createReadStream(full(key))) as ReadableStream, size: info.size }
    },
    exists: async (key) => Boolean((await stat(full(key)).catch(() => null))?.isFile()),
    list: async (folder) => (await walk(full(folder), folder)).sort(),
    write: async (key, data) => {
      await mkdir(path.dirname(full(key)), { recursive: true })
      await writeFile(`${full(key)}.part`, data)
      await rename(`${full(key)}.part`, full(key))
    },
    remove: (key) => rm(full(key), { force: true }),
    removeFolder: (folder) => rm(full(folder), { recursive: true, force: true }),
    localPath: full,
    derivatives: async (make, created) => {
      const folders = async () =>
        (await readdir(full(DERIVATIVES)).catch(() => [] as string[])).filter((name) => !name.startsWith('.'))
      const before = new Set(created ? await folders() : [])
      try {
        return await make(full(DERIVATIVES))
      } finally {
        if (created) for (const name of await folders()) if (!before.has(name)) created.add(name)
      }
    },
  }
}

const notFound = (error: unknown) => {
  const name = error instanceof Error ? error.name : ''
  const status = (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode
  return name === 'NoSuchKey' || name === 'NotFound' || status === 404
}

/** Files of a content-addressed folder that say it is whole, written last. */
const LAST = new Set(['manifest.json', 'report.json'])

/** Files in an S3-compatible bucket, under the settings' prefix. */
export function s3Store(settings: S3Settings): FileStore {
  const client = new S3Client(settings.config)
  const Bucket = settings.bucket
  const key = (k: string) => bucketKey(settings, k)
  const get = async (k: string) => {
    try {
      return await client.send(new GetObjectCommand({ Bucket, Key: key(k) }))
    } catch (error) {
      if (notFound(error)) return null
      throw error
    }
  }
  const write = async (k: string, data: Uint8Array) => {
    await client.send(new PutObjectCommand({ Bucket, Key: key(k), Body: data, ContentType: contentTypeOf(k) }))
  }
  const exists = async (k: string) => {
    try {
      await client.send(new HeadObjectCommand({ Bucket, Key: key(k) }))
      return true
    } catch (error) {
      if (notFound(error)) return false
      throw error
    }
  }
  const remove = async (k: string) => {
    await client.send(new DeleteObjectCommand({ Bucket, Key: key(k) }))
  }
  const list = async (folder: string) => {
    const out: string[] = []
    const strip = key('')
    let token: string | undefined
    do {
      const page = await client.send(
        new ListObjectsV2Command({ Bucket, Prefix: key(folder ? `${folder}/` : ''), ContinuationToken: token }),
      )
      for (const item of page.Contents ?? []) if (item.Key) out.push(item.Key.slice(strip.length))
      token = page.IsTruncated ? page.NextContinuationToken : undefined
    } while (token)
    return out.sort()
  }
  return {
    kind: 's3',
    where: `s3://${Bucket}${settings.prefix ? `/${settings.prefix}` : ''}`,
    read: async (k) => {
      const object = await get(k)
      return object?.Body ? Buffer.from(await object.Body.transformToByteArray()) : null
    },
    open: async (k) => {
      const object = await get(k)
      if (!object?.Body) return null
      return { body: object.Body.transformToWebStream() as ReadableStream, size: Number(object.ContentLength ?? 0) }
    },
    exists,
    list,
    write,
    remove,
    removeFolder: async (folder) => {
      for (const k of await list(folder)) await remove(k)
    },
    localPath: () => null,
    derivatives: async (make, created) => {
      const work = await mkdtemp(path.join(tmpdir(), 'heritage-derivatives-'))
      try {
        const result = await make(work)
        for (const hash of await readdir(work)) {
          if (hash.startsWith('.')) continue
          // A deep-zoom pyramid's tiles are in subfolders (`<region>/<size>/0/default.jpg`).
          const names = (await readdir(path.join(work, hash), { recursive: true, withFileTypes: true }))
            .filter((entry) => entry.isFile())
            .map((entry) => path.relative(path.join(work, hash), path.join(entry.parentPath, entry.name)))
            .map((name) => name.split(path.sep).join('/'))
            .sort((a, b) => Number(LAST.has(a)) - Number(LAST.has(b)) || a.localeCompare(b))
          const last = names.at(-1)
          // Content-addressed: a folder already whole in the bucket is the same.
          if (last && LAST.has(last) && (await exists(`${DERIVATIVES}/${hash}/${last}`))) continue
          created?.add(hash)
          for (const name of names) {
            await write(`${DERIVATIVES}/${hash}/${name}`, await readFile(path.join(work, hash, name)))
          }
        }
        return result
      } finally {
        await rm(work, { recursive: true, force: true })
      }
    },
  }
}

let cached: { settings: string; store: FileStore } | undefined

/** The store the settings choose (read when first needed, again if they change, as tests do). */
export function fileStore(env: Env = process.env): FileStore {
  const settings = s3Settings(env)
  const id = JSON.stringify(settings ?? dataDir(env))
  if (cached?.settings !== id) {
    cached = { settings: id, store: settings ? s3Store(settings) : diskStore(dataDir(env)) }
  }
  return cached.store
}

/** Puts a file of the store into a local file (a hard link when both are on this disk, else a copy). */
export async function copyOut(store: FileStore, key: string, target: string): Promise<boolean> {
  const temp = `${target}.tmp-${process.pid}`
  const local = store.localPath(key)
  if (local) {
    try {
      await link(local, target)
      return true
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return false
      if (errorCode(error) === 'EEXIST') return true
      await copyFile(local, temp)
      await rename(temp, target)
      return true
    }
  }
  const data = await store.read(key)
  if (!data) return false
  await writeFile(temp, data)
  await rename(temp, target)
  return true
}
