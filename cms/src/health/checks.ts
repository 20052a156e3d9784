import { randomBytes } from 'node:crypto'
import { readlink, statfs } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { fileStore, UPLOADS } from '../media/files'
import { dataDir, type Env, siteRoot } from '../paths'
import { readBuildStatus } from '../publish/siteBuild'
import { errorMessage } from '../shared/errors'

/**
 * What `/api/health` checks (./endpoint.ts): can this instance serve (database, upload store,
 * disk space under DATA_DIR), and is the public site it publishes fresh (the age of the build
 * `current` serves). Each check is cheap — one indexed read of a single row, one statfs, one
 * small JSON file, and the upload store's probe (a small file written, read back and removed) —
 * so a load balancer may ask every few seconds; concurrent calls share one run. The probe is the
 * only write: it runs at most once per STORE_PROBE_SECONDS for every caller but an administrator
 * (whose calls probe afresh), so anonymous calls, however many, cannot make the server write.
 */

export const CHECK_NAMES = ['database', 'uploads', 'disk', 'site'] as const
export type CheckName = (typeof CHECK_NAMES)[number]
/** The checks that say whether this instance can serve; `site` is about the whole installation. */
export const INSTANCE_CHECKS: readonly CheckName[] = ['database', 'uploads', 'disk']

export interface CheckResult {
  status: 'ok' | 'fail'
  /** What an administrator reads: numbers, and the reason of a failure. Never shown to anonymous callers. */
  detail: Record<string, string | number | null>
}

export interface HealthReport {
  status: 'ok' | 'fail'
  checks: Partial<Record<CheckName, CheckResult>>
}

/** A check that has not answered within this time has failed (a load balancer will not wait longer). */
const CHECK_TIMEOUT_MS = 5000
const DEFAULT_MIN_FREE_MB = 1024
/** The site is rebuilt every night at 00:05 (publisher.ts): a live build older than a day and a bit is stuck. */
const DEFAULT_MAX_BUILD_AGE_HOURS = 26

const number = (value: string | undefined, fallback: number, name: string): number => {
  if (value === undefined || value.trim() === '') return fallback
  const parsed = Number(value)
  if (!Number.isFinite(parsed) || parsed < 0) {
    throw new Error(`${name} must be a number ≥ 0 (got ${JSON.stringify(value)}).`)
  }
  return parsed
}

export interface HealthSettings {
  minFreeMb: number
  /** 0 turns the site check off (the site is built and served elsewhere). */
  maxBuildAgeHours: number
}

export const healthSettings = (env: Env = process.env): HealthSettings => ({
  minFreeMb: number(env.HEALTH_MIN_FREE_MB, DEFAULT_MIN_FREE_MB, 'HEALTH_MIN_FREE_MB'),
  maxBuildAgeHours: number(env.HEALTH_MAX_BUILD_AGE_HOURS, DEFAULT_MAX_BUILD_AGE_HOURS, 'HEALTH_MAX_BUILD_AGE_HOURS'),
})

const ok = (detail: CheckResult['detail'] = {}): CheckResult => ({ status: 'ok', detail })
const fail = (reason: string, detail: CheckResult['detail'] = {}): CheckResult => ({
  status: 'fail',
  detail: { ...detail, reason },
})

/** A real read of one row: the site-status global, which the site check below reads too. */
async function database(payload: Payload): Promise<CheckResult> {
  const started = Date.now()
  await payload.findGlobal({ slug: 'site-status', overrideAccess: true, depth: 0 })
  return ok({ ms: Date.now() - started })
}

/** Writes a small file where uploads go (the data folder or the bucket: media/files.ts), reads it back and removes it. */
async function uploads(env: Env): Promise<CheckResult> {
  const started = Date.now()
  const store = fileStore(env)
  const probe = `${UPLOADS}/.health-${process.pid}-${randomBytes(4).toString('hex')}`
  const written = randomBytes(16)
  try {
    await store.write(probe, written)
    const read = await store.read(probe)
    if (!read?.equals(written)) return fail('Tệp thử đọc lại khác tệp đã ghi / the probe file read back differs')
  } finally {
    // A failed write may have left nothing to remove (or no folder to remove it from).
    await store.remove(probe).catch(() => {})
  }
  return ok({ ms: Date.now() - started, store: store.kind })
}

/** How long a store probe's result answers for the callers that do not ask for a fresh one. */
export const STORE_PROBE_SECONDS = 30

/** The last store probe: which store, when it started, and its (possibly pending) result. */
let lastProbe: { store: string; at: number; result: Promise<CheckResult> } | undefined

/**
 * The store probe, run afresh when `fresh` (an administrator), when the store changed, or when the
 * last one is older than STORE_PROBE_SECONDS; otherwise the last one's result.
 */
function uploadsProbe(env: Env, fresh: boolean, now: number): Promise<CheckResult> {
  const store = fileStore(env)
  const id = `${store.kind} ${store.where}`
  if (!fresh && lastProbe?.store === id && now - lastProbe.at >= 0 && now - lastProbe.at < STORE_PROBE_SECONDS * 1000) {
    return lastProbe.result
  }
  const result = uploads(env)
  lastProbe = { store: id, at: now, result }
  return result
}

async function disk(env: Env, settings: HealthSettings): Promise<CheckResult> {
  const stats = await statfs(dataDir(env))
  const freeMb = Math.floor((stats.bavail * stats.bsize) / (1024 * 1024))
  const detail = { freeMb, minFreeMb: settings.minFreeMb }
  return freeMb >= settings.minFreeMb
    ? ok(detail)
    : fail(
        `Còn ${freeMb} MB trống, dưới mức ${settings.minFreeMb} MB / ${freeMb} MB free, below ${settings.minFreeMb} MB`,
        detail,
      )
}

/** The build `current` serves (status.json's `live`, which publish.ts writes when it switches). */
async function site(env: Env, settings: HealthSettings, now: number): Promise<CheckResult> {
  const root = siteRoot(env)
  const status = await readBuildStatus(root)
  const live = status?.live
  const current = await readlink(path.join(root, 'current')).then(
    (target) => path.basename(target),
    () => null,
  )
  if (!live || !current) {
    return fail('Trang công khai chưa được xuất bản lần nào / the public site has never been published', {
      lastAttempt: status?.state ?? null,
    })
  }
  const ageHours = Math.round(((now - Date.parse(live.publishedAt)) / 3_600_000) * 10) / 10
  const detail = {
    buildId: current,
    publishedAt: live.publishedAt,
    ageHours,
    maxAgeHours: settings.maxBuildAgeHours,
    lastAttempt: status?.state ?? null,
  }
  if (current !== live.buildId) {
    return fail(
      '`current` không trỏ tới bản dựng ghi trong status.json / `current` is not the build status.json names',
      detail,
    )
  }
  if (!(ageHours <= settings.maxBuildAgeHours)) {
    return fail(
      `Bản dựng đang chạy đã ${ageHours} giờ, quá ${settings.maxBuildAgeHours} giờ / the live build is ${ageHours} h old, over ${settings.maxBuildAgeHours} h`,
      detail,
    )
  }
  return ok(detail)
}

const withTimeout = (name: CheckName, check: () => Promise<CheckResult>): Promise<CheckResult> => {
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<CheckResult>((resolve) => {
    timer = setTimeout(
      () => resolve(fail(`Không trả lời sau ${CHECK_TIMEOUT_MS} ms / no answer within ${CHECK_TIMEOUT_MS} ms`)),
      CHECK_TIMEOUT_MS,
    )
  })
  const answer = check().catch((error: unknown) => fail(`${name}: ${errorMessage(error)}`))
  return Promise.race([answer, late]).finally(() => clearTimeout(timer))
}

export interface RunOptions {
  env?: Env
  now?: number
  /** Probe the upload store now rather than reuse a probe younger than STORE_PROBE_SECONDS. */
  freshStore?: boolean
}

/** Runs the named checks at once. */
export async function runChecks(
  payload: Payload,
  names: readonly CheckName[],
  { env = process.env, now = Date.now(), freshStore = false }: RunOptions = {},
): Promise<HealthReport> {
  const settings = healthSettings(env)
  const all: Record<CheckName, () => Promise<CheckResult>> = {
    database: () => database(payload),
    uploads: () => uploadsProbe(env, freshStore, now),
    disk: () => disk(env, settings),
    site: () => site(env, settings, now),
  }
  const wanted = names.filter((name) => name !== 'site' || settings.maxBuildAgeHours > 0)
  const results = await Promise.all(wanted.map((name) => withTimeout(name, all[name])))
  const checks: HealthReport['checks'] = {}
  wanted.forEach((name, i) => {
    checks[name] = results[i]
  })
  return { status: results.every((r) => r.status === 'ok') ? 'ok' : 'fail', checks }
}
