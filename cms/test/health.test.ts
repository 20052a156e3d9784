/**
 * GET /api/health through Payload's real route handler, on a real SQLite file (migrated) and a
 * site folder laid out as site/tools/publish.ts leaves it: healthy; disk below the threshold;
 * a stale live build; an upload folder that cannot be written; the database connection lost.
 * Anonymous callers see statuses only; an administrator sees the numbers and reasons. Anonymous
 * calls make the server write nothing: the upload store's probe, watched with inotify, runs at
 * most once per STORE_PROBE_SECONDS for them, afresh for an administrator.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, watch, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { PublishStatus } from '@heritage/contract'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { runChecks, STORE_PROBE_SECONDS } from '../src/health/checks'
import { signInAccounts } from './accounts'
import { httpClient } from './http'
import { migratedFile } from './payload'

const migrated = migratedFile('health')
const work = mkdtempSync(path.join(tmpdir(), 'heritage-health-'))
const siteRoot = path.join(work, 'site')
const saved = { ...process.env }
let http: Awaited<ReturnType<typeof httpClient>>
let adminToken: string

/** A published site whose live build went live `hoursAgo` hours ago. */
function publishedSite(hoursAgo: number) {
  rmSync(siteRoot, { recursive: true, force: true })
  const buildId = '20261205T100000000Z-000abcdef'
  mkdirSync(path.join(siteRoot, 'builds', buildId), { recursive: true })
  symlinkSync(path.join('builds', buildId), path.join(siteRoot, 'current'))
  const at = new Date(Date.now() - hoursAgo * 3_600_000).toISOString()
  const status: PublishStatus = {
    state: 'ok',
    buildId,
    startedAt: at,
    finishedAt: at,
    pages: 12,
    live: { buildId, fingerprint: 'f', siteUrl: null, publishedAt: at, pages: 12 },
  }
  writeFileSync(path.join(siteRoot, 'status.json'), JSON.stringify(status))
}

const health = (query = '', token?: string) => http.rest('GET', `/health${query}`, { token })
const statuses = (json: { checks: Record<string, { status: string }> }) =>
  Object.fromEntries(Object.entries(json.checks).map(([name, check]) => [name, check.status]))

beforeAll(async () => {
  process.env.SITE_ROOT = siteRoot
  http = await httpClient()
  const { tokens } = await signInAccounts(migrated.payload, http, 'health.vn', { admin: { roles: ['admin'] } })
  adminToken = tokens.admin
})

beforeEach(() => publishedSite(1))

afterEach(() => {
  for (const name of ['HEALTH_MIN_FREE_MB', 'HEALTH_MAX_BUILD_AGE_HOURS', 'DATA_DIR'] as const) {
    if (saved[name] === undefined) delete process.env[name]
    else process.env[name] = saved[name]
  }
})

afterAll(() => {
  process.env.SITE_ROOT = saved.SITE_ROOT
  rmSync(work, { recursive: true, force: true })
})

describe('GET /api/health', () => {
  it('answers 200 with every check ok; anonymous callers get the statuses and nothing else', async () => {
    const anonymous = await health()
    expect(anonymous.status).toBe(200)
    expect(anonymous.headers.get('cache-control')).toBe('no-store')
    expect(anonymous.json).toEqual({
      status: 'ok',
      checks: { database: { status: 'ok' }, uploads: { status: 'ok' }, disk: { status: 'ok' }, site: { status: 'ok' } },
    })
    const admin = await health('', adminToken)
    expect(admin.status).toBe(200)
    expect(admin.json.checks.disk.detail).toMatchObject({ minFreeMb: 1024, freeMb: expect.any(Number) })
    expect(admin.json.checks.site.detail).toMatchObject({ buildId: '20261205T100000000Z-000abcdef', ageHours: 1 })
    expect(admin.json.checks.database.detail.ms).toEqual(expect.any(Number))
  })

  it('answers 503 when the free space under DATA_DIR is below HEALTH_MIN_FREE_MB', async () => {
    process.env.HEALTH_MIN_FREE_MB = String(1024 ** 3)
    const anonymous = await health()
    expect(anonymous.status).toBe(503)
    expect(statuses(anonymous.json)).toEqual({ database: 'ok', uploads: 'ok', disk: 'fail', site: 'ok' })
    expect(anonymous.json.checks.disk).toEqual({ status: 'fail' })
    const admin = await health('', adminToken)
    expect(admin.json.checks.disk.detail.reason).toMatch(/MB trống, dưới mức 1073741824 MB/)
  })

  it('answers 503 when the live build is older than HEALTH_MAX_BUILD_AGE_HOURS; ?scope=instance leaves the site out', async () => {
    publishedSite(30)
    const anonymous = await health()
    expect(anonymous.status).toBe(503)
    expect(statuses(anonymous.json)).toEqual({ database: 'ok', uploads: 'ok', disk: 'ok', site: 'fail' })
    const admin = await health('', adminToken)
    expect(admin.json.checks.site.detail).toMatchObject({ ageHours: 30, maxAgeHours: 26 })
    expect(admin.json.checks.site.detail.reason).toMatch(/đã 30 giờ, quá 26 giờ/)
    const instance = await health('?scope=instance')
    expect(instance.status).toBe(200)
    expect(Object.keys(instance.json.checks)).toEqual(['database', 'uploads', 'disk'])
    process.env.HEALTH_MAX_BUILD_AGE_HOURS = '48'
    expect((await health()).status).toBe(200)
  })

  it('answers 503 when the site was never published', async () => {
    rmSync(siteRoot, { recursive: true, force: true })
    const anonymous = await health()
    expect(anonymous.status).toBe(503)
    expect(anonymous.json.checks.site).toEqual({ status: 'fail' })
  })

  it('answers 503 when the upload folder cannot be written, without the path for anonymous callers', async () => {
    const data = path.join(work, 'data')
    mkdirSync(data, { recursive: true })
    // A file where the upload folder should be: nothing can be written under it, even as root.
    writeFileSync(path.join(data, 'uploads'), '')
    process.env.DATA_DIR = data
    const anonymous = await health()
    expect(anonymous.status).toBe(503)
    expect(statuses(anonymous.json)).toEqual({ database: 'ok', uploads: 'fail', disk: 'ok', site: 'ok' })
    expect(anonymous.text).not.toContain(work)
    const admin = await health('', adminToken)
    expect(admin.json.checks.uploads.detail.reason).toMatch(/EEXIST|ENOTDIR/)
  })

  it('anonymous calls write nothing: the store probe answers them for STORE_PROBE_SECONDS; an administrator probes afresh', async () => {
    const data = path.join(work, 'probe-data')
    const uploads = path.join(data, 'uploads')
    mkdirSync(uploads, { recursive: true })
    process.env.DATA_DIR = data
    // Every probe file written in the upload folder, by name (its `.part`, rename and removal are one probe).
    const probes = new Set<string>()
    const watcher = watch(uploads, (_event, name) => {
      const probe = /^\.health-\d+-[0-9a-f]{8}/.exec(String(name))?.[0]
      if (probe) probes.add(probe)
    })
    const settle = () => new Promise((resolve) => setTimeout(resolve, 300))
    try {
      expect((await health('?scope=instance')).status).toBe(200)
      await settle()
      expect(probes.size).toBe(1)
      probes.clear()
      const answers = await Promise.all(Array.from({ length: 10 }, () => health('?scope=instance')))
      for (let i = 0; i < 10; i++) answers.push(await health())
      expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200))
      expect(answers.every((a) => a.json.checks.uploads.status === 'ok')).toBe(true)
      await settle()
      expect(probes.size).toBe(0)

      const admin = await health('?scope=instance', adminToken)
      expect(admin.json.checks.uploads).toMatchObject({ status: 'ok', detail: { store: 'disk' } })
      await settle()
      expect(probes.size).toBe(1)
      probes.clear()

      // Once the last probe is older than STORE_PROBE_SECONDS, the next call probes again.
      const later = Date.now() + (STORE_PROBE_SECONDS + 1) * 1000
      const report = await runChecks(migrated.payload, ['uploads'], { now: later })
      expect(report.checks.uploads?.status).toBe('ok')
      await settle()
      expect(probes.size).toBe(1)
    } finally {
      watcher.close()
    }
  })

  it('answers 503 when the database cannot be read, without the database error for anonymous callers', async () => {
    // The database gone from under the running CMS (a server stopped, a file system lost): its
    // connection closed, every query fails.
    const client = (migrated.payload.db as unknown as { client: { close: () => void } }).client
    client.close()
    const anonymous = await health()
    expect(anonymous.status).toBe(503)
    expect(statuses(anonymous.json)).toEqual({ database: 'fail', uploads: 'ok', disk: 'ok', site: 'ok' })
    expect(anonymous.text).not.toMatch(/client|closed|sqlite/i)
  })
})
