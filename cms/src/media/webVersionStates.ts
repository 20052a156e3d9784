/**
 * Where a photo's web versions stand (the `webVersions` field of the media collection), with the
 * words the admin shows: the one place for these values, read by the collection, the worker
 * (webVersions.ts) and the admin's components. A record saved before the field existed, or by a
 * Local API caller that made its versions during the save, is `ready`.
 */
export const WEB_VERSION_STATES = {
  pending: { vi: 'Đang tạo bản web…', en: 'Making web versions…' },
  ready: { vi: 'Đã có bản web', en: 'Web versions ready' },
  failed: { vi: 'Không tạo được bản web', en: 'Web versions failed' },
} as const

export type WebVersionState = keyof typeof WEB_VERSION_STATES

export const isWebVersionState = (value: unknown): value is WebVersionState =>
  typeof value === 'string' && Object.hasOwn(WEB_VERSION_STATES, value)
