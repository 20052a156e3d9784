import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import S3rver from 's3rver'
import { type S3Settings, s3Settings, s3Store } from '../src/media/files'

/** s3rver's one account (it checks request signatures against it). */
const KEYS = { S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER' }

/**
 * A real S3-compatible server (s3rver) on a free port of this machine, keeping its objects in a
 * temporary folder, with one empty bucket. `env` is the CMS's S3_* settings for it; `keys` lists
 * the bucket's keys under a prefix; `stop` closes the server and removes the folder.
 */
export async function startS3(bucket = 'di-san', prefix = 'heritage') {
  const directory = await mkdtemp(path.join(tmpdir(), 'heritage-s3rver-'))
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  })
  const address = await server.run()
  const env = {
    S3_BUCKET: bucket,
    S3_ENDPOINT: `http://127.0.0.1:${address.port}`,
    S3_REGION: 'us-east-1',
    S3_FORCE_PATH_STYLE: '1',
    S3_PREFIX: prefix,
    ...KEYS,
  }
  const settings = s3Settings(env) as S3Settings
  return {
    env,
    settings,
    /** Every key in the bucket (prefix included), sorted. */
    keys: async (under = '') => s3Store({ ...settings, prefix: '' }).list(under.replace(/\/$/, '')),
    stop: async () => {
      await server.close()
      await rm(directory, { recursive: true, force: true })
    },
  }
}
