/**
 * An S3-compatible bucket named by environment settings, read one way wherever a bucket is used:
 * the CMS's uploads (`S3_BUCKET`, `S3_ENDPOINT`, `S3_REGION`, `S3_ACCESS_KEY_ID`,
 * `S3_SECRET_ACCESS_KEY`; cms/src/media/files.ts) and the public site's copy (`SITE_BUCKET`,
 * `SITE_BUCKET_ENDPOINT`, …; site/tools/bucket.ts). Each family's own extras (the CMS's path
 * style and prefix, the site's grace hours) stay with it; no S3 client here, each side builds its
 * own from the result. Half-set or unusable settings are refused with what to do, in Vietnamese
 * and English, never with a secret's value.
 */

/** The names of one family of settings: its bucket, and the prefix of the others. */
export interface BucketEnvFamily {
  /** `S3_BUCKET`, `SITE_BUCKET` */
  bucket: string
  /** `S3_`, `SITE_BUCKET_`: `<prefix>ENDPOINT`, `<prefix>REGION`, `<prefix>ACCESS_KEY_ID`, `<prefix>SECRET_ACCESS_KEY` */
  prefix: string
  /** What the bucket is for, and what happens without it (a half-set family's message says both). */
  use: { vi: string; en: string }
  without: { vi: string; en: string }
}

export const UPLOAD_BUCKET_ENV: BucketEnvFamily = {
  bucket: 'S3_BUCKET',
  prefix: 'S3_',
  use: { vi: 'để lưu tệp vào kho đối tượng', en: 'to store files in object storage' },
  without: { vi: 'để lưu tệp trong thư mục dữ liệu', en: 'to keep them in the data folder' },
}
export const SITE_BUCKET_ENV: BucketEnvFamily = {
  bucket: 'SITE_BUCKET',
  prefix: 'SITE_BUCKET_',
  use: { vi: 'để xuất bản trang công khai lên bucket', en: 'to publish the public site to a bucket' },
  without: { vi: 'để chỉ xuất bản trên máy này', en: 'to publish on this machine only' },
}

export interface BucketEnv {
  bucket: string
  /** An S3-compatible service's address; unset: AWS. */
  endpoint?: string
  region: string
  /** Unset: the S3 client's own chain (an instance role, `~/.aws`, AWS_ACCESS_KEY_ID…). */
  credentials?: { accessKeyId: string; secretAccessKey: string }
}

/** A bucket setting that cannot be used: which, and what to do, in Vietnamese and English. */
export class BucketSettingsError extends Error {
  override name = 'BucketSettingsError'
  readonly vi: string
  readonly en: string
  constructor(vi: string, en: string) {
    super(`${vi} (${en})`)
    this.vi = vi
    this.en = en
  }
}

/** The rule AWS S3 (and MinIO, Ceph by default) applies to bucket names. */
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/

type Env = Record<string, string | undefined>

/**
 * The bucket a family of settings names, or null when none of them is set. `defaultRegion`:
 * the region when `<prefix>REGION` is unset (us-east-1 unless the caller knows better).
 */
export function readBucketEnv(
  env: Env,
  family: BucketEnvFamily,
  { defaultRegion = 'us-east-1' }: { defaultRegion?: string } = {},
): BucketEnv | null {
  const name = (setting: string) => `${family.prefix}${setting}`
  const value = (setting: string) => env[name(setting)]?.trim() || undefined
  const bucket = env[family.bucket]?.trim() ?? ''
  if (!bucket) {
    const named = Object.keys(env)
      .filter((key) => key.startsWith(family.prefix) && key !== family.bucket && env[key]?.trim())
      .sort()
    if (named.length === 0) return null
    throw new BucketSettingsError(
      `Đã đặt ${named.join(', ')} nhưng chưa đặt ${family.bucket}. Hãy đặt ${family.bucket} (tên bucket) ${family.use.vi}, hoặc bỏ các biến ${family.prefix}* ${family.without.vi}`,
      `${named.join(', ')} set without ${family.bucket}. Set ${family.bucket} ${family.use.en}, or unset the ${family.prefix}* settings ${family.without.en}`,
    )
  }
  if (!BUCKET_NAME.test(bucket)) {
    throw new BucketSettingsError(
      `${family.bucket}="${bucket}" không phải tên bucket hợp lệ (3–63 ký tự: chữ thường, số, dấu chấm, gạch ngang)`,
      `${family.bucket} "${bucket}" is not a valid bucket name (3-63 lowercase letters, digits, dots, hyphens)`,
    )
  }
  const accessKeyId = value('ACCESS_KEY_ID')
  const secretAccessKey = value('SECRET_ACCESS_KEY')
  if (!accessKeyId !== !secretAccessKey) {
    const missing = name(accessKeyId ? 'SECRET_ACCESS_KEY' : 'ACCESS_KEY_ID')
    throw new BucketSettingsError(
      `Thiếu ${missing}: ${name('ACCESS_KEY_ID')} và ${name('SECRET_ACCESS_KEY')} phải đặt cùng nhau (hoặc bỏ cả hai để dùng quyền của máy chủ)`,
      `${missing} is missing: set ${name('ACCESS_KEY_ID')} and ${name('SECRET_ACCESS_KEY')} together, or neither to use the server's own credentials`,
    )
  }
  const endpoint = value('ENDPOINT')
  if (endpoint && !(URL.canParse(endpoint) && /^https?:$/.test(new URL(endpoint).protocol))) {
    throw new BucketSettingsError(
      `${name('ENDPOINT')}="${endpoint}" không phải địa chỉ hợp lệ: hãy ghi đủ địa chỉ http:// hoặc https://, ví dụ https://s3.example.vn`,
      `${name('ENDPOINT')} is not an http:// or https:// address: write it in full, e.g. https://s3.example.vn`,
    )
  }
  return {
    bucket,
    ...(endpoint ? { endpoint } : {}),
    region: value('REGION') ?? defaultRegion,
    ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
  }
}
