import { describe, expect, it } from 'vitest'
import { BucketSettingsError, readBucketEnv, SITE_BUCKET_ENV, UPLOAD_BUCKET_ENV } from '../src/bucketSettings.ts'

/** The same settings, written for one family or the other. */
const written = (prefix: string, bucket: string, values: Record<string, string>) => ({
  [bucket]: values.BUCKET,
  ...Object.fromEntries(Object.entries(values).flatMap(([k, v]) => (k === 'BUCKET' ? [] : [[`${prefix}${k}`, v]]))),
})

describe('readBucketEnv: one reading of a bucket for the uploads (S3_*) and the site (SITE_BUCKET_*)', () => {
  const families = [
    ['S3_', 'S3_BUCKET', UPLOAD_BUCKET_ENV],
    ['SITE_BUCKET_', 'SITE_BUCKET', SITE_BUCKET_ENV],
  ] as const

  it('reads the same settings the same way in both families', () => {
    for (const [prefix, bucket, family] of families) {
      expect(readBucketEnv({}, family)).toBeNull()
      const env = written(prefix, bucket, {
        BUCKET: 'di-san',
        ENDPOINT: ' https://s3.example.vn ',
        REGION: 'ap-southeast-1',
        ACCESS_KEY_ID: 'AKIA',
        SECRET_ACCESS_KEY: 'bi-mat',
      })
      expect(readBucketEnv(env, family)).toEqual({
        bucket: 'di-san',
        endpoint: 'https://s3.example.vn',
        region: 'ap-southeast-1',
        credentials: { accessKeyId: 'AKIA', secretAccessKey: 'bi-mat' },
      })
      expect(readBucketEnv({ [bucket]: 'di-san' }, family)).toEqual({ bucket: 'di-san', region: 'us-east-1' })
      expect(readBucketEnv({ [bucket]: 'di-san' }, family, { defaultRegion: 'eu-west-1' })?.region).toBe('eu-west-1')
    }
  })

  it('refuses half-set or unusable settings, naming the family’s own setting, in Vietnamese and English, never a secret', () => {
    for (const [prefix, bucket, family] of families) {
      const refused: [Record<string, string>, RegExp][] = [
        [
          { [`${prefix}ENDPOINT`]: 'https://s3.example.vn' },
          new RegExp(`Đã đặt ${prefix}ENDPOINT nhưng chưa đặt ${bucket}\\..*set without ${bucket}`),
        ],
        [{ [bucket]: 'Di_San' }, /không phải tên bucket hợp lệ.*is not a valid bucket name/],
        [
          { [bucket]: 'di-san', [`${prefix}ACCESS_KEY_ID`]: 'AKIA' },
          new RegExp(`Thiếu ${prefix}SECRET_ACCESS_KEY.*is missing`),
        ],
        [
          { [bucket]: 'di-san', [`${prefix}SECRET_ACCESS_KEY`]: 'bi-mat-rat-dai' },
          new RegExp(`Thiếu ${prefix}ACCESS_KEY_ID.*is missing`),
        ],
        [{ [bucket]: 'di-san', [`${prefix}ENDPOINT`]: 's3.example.vn' }, /không phải địa chỉ hợp lệ.*not an http/],
        [
          { [bucket]: 'di-san', [`${prefix}ENDPOINT`]: 'ftp://s3.example.vn' },
          /không phải địa chỉ hợp lệ.*not an http/,
        ],
      ]
      for (const [env, message] of refused) {
        expect(() => readBucketEnv(env, family)).toThrow(message)
        expect(() => readBucketEnv(env, family)).toThrow(BucketSettingsError)
      }
      const secret = (() => {
        try {
          readBucketEnv({ [`${prefix}SECRET_ACCESS_KEY`]: 'bi-mat-rat-dai' }, family)
        } catch (error) {
          return String(error)
        }
      })()
      expect(secret).toMatch(new RegExp(`${prefix}SECRET_ACCESS_KEY`))
      expect(secret).not.toContain('bi-mat-rat-dai')
    }
  })
})
