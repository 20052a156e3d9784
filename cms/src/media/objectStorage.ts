import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'
import type { Env } from '../paths'
import { bucketKey, originalsFolder, s3Settings } from './files'

/** The upload collections whose originals go to the bucket when S3 is set. */
export const STORED_COLLECTIONS = ['media', 'panoramas', 'models', 'audio'] as const

/**
 * Payload's official S3 adapter for the originals, on when S3_BUCKET is set (see files.ts). Files
 * stay behind Payload's access-checked `/api/<collection>/file/<name>` route (no public bucket
 * address is ever given out: disablePayloadAccessControl stays off, the objects private), which
 * streams them from the bucket. Each collection's originals are under `<S3_PREFIX>/uploads/<slug>/`,
 * the data folder's layout. The adapter's two fields (`prefix`, `_objectKey`) are in the schema
 * whether S3 is on or off (alwaysInsertFields), so one set of migrations serves both; composite
 * prefixes keep the per-record prefix empty, so S3_PREFIX alone decides where files are.
 */
export function objectStorage(env: Env = process.env): Plugin {
  const settings = s3Settings(env)
  return s3Storage({
    enabled: Boolean(settings),
    alwaysInsertFields: true,
    useCompositePrefixes: true,
    bucket: settings?.bucket ?? '',
    config: settings?.config ?? {},
    acl: 'private',
    collections: Object.fromEntries(
      STORED_COLLECTIONS.map((slug) => [
        slug,
        { prefix: bucketKey(settings ?? { prefix: '' }, originalsFolder(slug)) },
      ]),
    ),
  })
}
