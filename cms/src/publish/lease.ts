import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'
import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { SYSTEM_LOCKS } from '../collections/SystemLocks'
import { isRecord } from '../shared/guards'

/**
 * Locks shared by every CMS instance on one database (the `system-locks` collection, one row per
 * lock): a lock is held by one process at a time, across processes and machines, and a lock whose
 * holder stopped renewing it (a killed or frozen instance) is taken over once it has expired.
 *
 * Taken by one conditional statement that only one process can win, on SQLite (one writer at a
 * time) and on PostgreSQL (the UPDATE re-checks its WHERE on the row it locked): set the holder
 * where there is none or the last one expired, and look at the rows the statement returned.
 * Expiry is read from the database's clock, so instances on machines whose clocks differ agree.
 *
 * The `publish` row also counts publish requests (`requested`) and the requests the last finished
 * build covered (`built`): a save on instance A while B builds is built once afterwards, by
 * whichever instance holds the lock then.
 *
 * MongoDB has no such statement here: there the locks live in this process, as before, and only
 * one CMS instance may run (README, production notes).
 */

export type LockName = 'publish' | 'jobs'

export interface LockRow {
  holder: string | null
  /** Whether the holder's time ran out (or there is no holder). */
  expired: boolean
  requested: number
  built: number
  about: string | null
}

/** The lock store of one database. */
export interface LockStore {
  /** True if `holder` now holds `name` (it was free, expired, or already its own) for `ttlMs`. */
  acquire(name: LockName, holder: string, ttlMs: number): Promise<boolean>
  /** Extends `holder`'s lock; false if it no longer holds it. */
  renew(name: LockName, holder: string, ttlMs: number): Promise<boolean>
  release(name: LockName, holder: string): Promise<void>
  read(name: LockName): Promise<LockRow>
  /** One more publish request; `about` (JSON) is kept only when it is the only one pending. */
  request(name: LockName, about: string): Promise<void>
  /** The build that read `requested` = `upTo` before its export has finished. */
  finish(name: LockName, upTo: number): Promise<void>
}

/** This process, as lock holders are named: host, pid and a random token. */
export const PROCESS_ID = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`

/** A holder id for one use of a lock (each publish its own). */
export const holderId = (): string => `${PROCESS_ID}:${randomBytes(4).toString('hex')}`

type Dialect = 'sqlite' | 'postgres'

type SQL = ReturnType<typeof sql>

interface Drizzle {
  all?: (query: SQL) => Promise<unknown[]>
  execute?: (query: SQL) => Promise<{ rows: unknown[] }>
}

const TABLE = sql.raw(SYSTEM_LOCKS.replaceAll('-', '_'))

const toNumber = (value: unknown): number => Number(value ?? 0) || 0
const toFlag = (value: unknown): boolean => value === true || value === 1 || value === '1' || value === 't'

/** The lock rows known to exist, by database connection. */
const ensured = new WeakMap<object, Set<LockName>>()

class SqlLockStore implements LockStore {
  constructor(
    private readonly dialect: Dialect,
    private readonly drizzle: Drizzle,
  ) {}

  private async rows(query: SQL): Promise<Record<string, unknown>[]> {
    const result =
      this.dialect === 'sqlite' ? await this.drizzle.all?.(query) : (await this.drizzle.execute?.(query))?.rows
    return (result ?? []).filter(isRecord)
  }

  /** The database's clock, in the format each stores dates in. */
  private now(): SQL {
    return this.dialect === 'sqlite' ? sql`strftime('%Y-%m-%dT%H:%M:%fZ', 'now')` : sql`now()`
  }

  private later(ms: number): SQL {
    const seconds = Math.max(1, Math.round(ms / 1000))
    return this.dialect === 'sqlite'
      ? sql`strftime('%Y-%m-%dT%H:%M:%fZ', 'now', ${`+${seconds} seconds`})`
      : sql`now() + make_interval(secs => ${seconds})`
  }

  private async ensure(name: LockName): Promise<void> {
    // A write: once per database and lock in this process, not at every look (the poll reads every 3 s).
    const made = ensured.get(this.drizzle) ?? new Set<LockName>()
    ensured.set(this.drizzle, made)
    if (made.has(name)) return
    await this.rows(
      sql`INSERT INTO ${TABLE} (name, requested, built) VALUES (${name}, 0, 0) ON CONFLICT (name) DO NOTHING RETURNING id`,
    )
    made.add(name)
  }

  async acquire(name: LockName, holder: string, ttlMs: number): Promise<boolean> {
    await this.ensure(name)
    const won = await this.rows(sql`UPDATE ${TABLE}
      SET holder = ${holder}, acquired_at = ${this.now()}, expires_at = ${this.later(ttlMs)}, updated_at = ${this.now()}
      WHERE name = ${name} AND (holder IS NULL OR holder = ${holder} OR expires_at IS NULL OR expires_at < ${this.now()})
      RETURNING holder`)
    return won.length === 1
  }

  async renew(name: LockName, holder: string, ttlMs: number): Promise<boolean> {
    const kept = await this.rows(sql`UPDATE ${TABLE} SET expires_at = ${this.later(ttlMs)}
      WHERE name = ${name} AND holder = ${holder} RETURNING holder`)
    return kept.length === 1
  }

  async release(name: LockName, holder: string): Promise<void> {
    await this.rows(sql`UPDATE ${TABLE} SET holder = NULL, expires_at = NULL, updated_at = ${this.now()}
      WHERE name = ${name} AND holder = ${holder} RETURNING id`)
  }

  async read(name: LockName): Promise<LockRow> {
    await this.ensure(name)
    const [row] = await this.rows(sql`SELECT holder, requested, built, about,
      CASE WHEN holder IS NULL OR expires_at IS NULL OR expires_at < ${this.now()} THEN 1 ELSE 0 END AS expired
      FROM ${TABLE} WHERE name = ${name}`)
    return {
      holder: typeof row?.holder === 'string' ? row.holder : null,
      expired: toFlag(row?.expired),
      requested: toNumber(row?.requested),
      built: toNumber(row?.built),
      about: typeof row?.about === 'string' ? row.about : null,
    }
  }

  async request(name: LockName, about: string): Promise<void> {
    await this.ensure(name)
    // Every SET reads the row as it was: `about` names this request's entries only if nothing else waits.
    await this.rows(sql`UPDATE ${TABLE}
      SET requested = requested + 1, about = CASE WHEN requested = built THEN ${about} ELSE NULL END
      WHERE name = ${name} RETURNING id`)
  }

  async finish(name: LockName, upTo: number): Promise<void> {
    await this.rows(sql`UPDATE ${TABLE}
      SET built = ${upTo}, about = CASE WHEN requested = ${upTo} THEN NULL ELSE about END
      WHERE name = ${name} AND built < ${upTo} RETURNING id`)
  }
}

/** MongoDB: the locks of this process only (one CMS instance). */
class MemoryLockStore implements LockStore {
  private readonly locks = new Map<LockName, LockRow & { expiresAt: number }>()

  private row(name: LockName) {
    let row = this.locks.get(name)
    if (!row) {
      row = { holder: null, expired: true, requested: 0, built: 0, about: null, expiresAt: 0 }
      this.locks.set(name, row)
    }
    return row
  }

  async acquire(name: LockName, holder: string, ttlMs: number): Promise<boolean> {
    const row = this.row(name)
    if (row.holder && row.holder !== holder && row.expiresAt > Date.now()) return false
    Object.assign(row, { holder, expiresAt: Date.now() + ttlMs })
    return true
  }

  async renew(name: LockName, holder: string, ttlMs: number): Promise<boolean> {
    const row = this.row(name)
    if (row.holder !== holder) return false
    row.expiresAt = Date.now() + ttlMs
    return true
  }

  async release(name: LockName, holder: string): Promise<void> {
    const row = this.row(name)
    if (row.holder === holder) Object.assign(row, { holder: null, expiresAt: 0 })
  }

  async read(name: LockName): Promise<LockRow> {
    const { expiresAt, ...row } = this.row(name)
    return { ...row, expired: !row.holder || expiresAt < Date.now() }
  }

  async request(name: LockName, about: string): Promise<void> {
    const row = this.row(name)
    row.about = row.requested === row.built ? about : null
    row.requested += 1
  }

  async finish(name: LockName, upTo: number): Promise<void> {
    const row = this.row(name)
    if (row.built >= upTo) return
    if (row.requested === upTo) row.about = null
    row.built = upTo
  }
}

declare global {
  var heritageMemoryLocks: MemoryLockStore | undefined
}

/** The lock store of `payload`'s database. */
export function lockStore(payload: Payload): LockStore {
  const db: unknown = payload.db
  const drizzle = isRecord(db) && isRecord(db.drizzle) ? (db.drizzle as Drizzle) : null
  if (drizzle && (payload.db.name === 'sqlite' || payload.db.name === 'postgres')) {
    return new SqlLockStore(payload.db.name, drizzle)
  }
  globalThis.heritageMemoryLocks ??= new MemoryLockStore()
  return globalThis.heritageMemoryLocks
}

export class LeaseTimeout extends Error {
  override name = 'LeaseTimeout'
}

export interface Lease {
  readonly holder: string
  /** Stops renewing and frees the lock. */
  release(): Promise<void>
}

/**
 * Takes `name` and keeps renewing it (every quarter of `ttlMs`) until released; waits for another
 * holder up to `waitMs` (0: one try, null when taken).
 */
export async function takeLease(
  payload: Payload,
  name: LockName,
  options: { ttlMs: number; waitMs: number; log?: (line: string) => void },
): Promise<Lease | null> {
  const store = lockStore(payload)
  const holder = holderId()
  const deadline = Date.now() + options.waitMs
  let told = false
  for (;;) {
    const before = await store.read(name)
    if (await store.acquire(name, holder, options.ttlMs)) {
      if (before.holder && before.expired) {
        options.log?.(`Took over the ${name} lock of an instance that stopped renewing it (${before.holder}).`)
      }
      break
    }
    if (Date.now() >= deadline) {
      if (options.waitMs === 0) return null
      throw new LeaseTimeout(
        `Một lần xuất bản khác vẫn đang chạy (${before.holder ?? '?'}); hãy thử lại khi nó xong. / ` +
          `Another publish is still running (${before.holder ?? '?'}); try again when it has finished.`,
      )
    }
    if (!told) {
      options.log?.(`Another instance holds the ${name} lock (${before.holder ?? '?'}); waiting for it…`)
      told = true
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  const heartbeat = setInterval(() => {
    store.renew(name, holder, options.ttlMs).then(
      (kept) => {
        if (!kept)
          payload.logger.error(`The ${name} lock was lost (${holder}): another instance may have taken it over.`)
      },
      (error: unknown) => payload.logger.error({ err: error }, `Could not renew the ${name} lock.`),
    )
  }, options.ttlMs / 4)
  heartbeat.unref()
  return {
    holder,
    release: async () => {
      clearInterval(heartbeat)
      await store.release(name, holder)
    },
  }
}

/** The scheduled-jobs lock's lifetime without renewal: a stopped runner is replaced after it. */
export const JOBS_LOCK_TTL_MS = 120_000

declare global {
  var heritageJobsLease: ReturnType<typeof setInterval> | undefined
}

/**
 * Payload's `jobs.shouldAutoRun`, asked before every run of the job queue: true only on the one
 * instance that holds the `jobs` lock. Payload claims jobs by reading the waiting ones and then
 * marking each as processing, which two instances can both do for the same job (a scheduled
 * publish would run twice); so one instance runs the queue, keeping the lock while it lives,
 * and another takes over JOBS_LOCK_TTL_MS after it stopped.
 */
export async function runsScheduledJobs(payload: Payload): Promise<boolean> {
  const store = lockStore(payload)
  const held = await store.acquire('jobs', PROCESS_ID, JOBS_LOCK_TTL_MS).catch((error: unknown) => {
    payload.logger.error({ err: error }, 'Could not take the scheduled jobs lock.')
    return false
  })
  if (held && !globalThis.heritageJobsLease) {
    payload.logger.info(`This instance runs the scheduled jobs (${PROCESS_ID}).`)
    // Renewed between runs too: a run longer than the lifetime must not let another instance in.
    globalThis.heritageJobsLease = setInterval(() => {
      store.renew('jobs', PROCESS_ID, JOBS_LOCK_TTL_MS).catch(() => {})
    }, JOBS_LOCK_TTL_MS / 4)
    globalThis.heritageJobsLease.unref()
  } else if (!held && globalThis.heritageJobsLease) {
    clearInterval(globalThis.heritageJobsLease)
    globalThis.heritageJobsLease = undefined
  }
  return held
}
