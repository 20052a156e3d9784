/**
 * Issue 20, several CMS instances: two CMS processes (test/instances/worker.ts, each its own Node
 * process with Payload and the publisher on) on one database (a SQLite file; in `npm run test:db`
 * a PostgreSQL database, test/database.ts) and one upload folder, each
 * with a snapshot folder of its own (as on two machines, so this machine's export lock does not
 * serialise them: only the database's lock can). Both save their entry several times while the
 * other builds. The site build is a stand-in for site/tools/publish.ts, run by the real
 * siteBuild machinery, that takes its time and records when it ran: exactly one build at a time
 * across the two, and the live site ends with the last edit of each. Only one of the two runs
 * the scheduled jobs. The lock itself (./src/publish/lease.ts) on the same database: taken by one
 * holder at a time, taken over once its holder stopped renewing it.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest'
import { lockStore } from '../src/publish/lease'
import { rowsOf } from './failingWrites'
import { bootMigratedFile } from './payload'

// Takes 1.5 s, records which instance ran it and when, and puts the snapshot's text in the live
// site (live.json), so that the test can see which edits reached it.
const FAKE_PUBLISH = `
import { appendFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
const args = process.argv.slice(2)
const snapshot = args[args.indexOf('--snapshot') + 1]
const root = args[args.indexOf('--root') + 1]
const start = Date.now()
await new Promise((resolve) => setTimeout(resolve, 1500))
const text = readdirSync(snapshot, { recursive: true, withFileTypes: true })
  .filter((file) => file.isFile() && file.name.endsWith('.json'))
  .map((file) => readFileSync(path.join(file.parentPath, file.name), 'utf8'))
  .join('\\n')
mkdirSync(root, { recursive: true })
writeFileSync(path.join(root, 'live.json'), text)
writeFileSync(path.join(root, 'status.json'), JSON.stringify({ state: 'ok', buildId: 'fake-' + start, pages: 1 }))
appendFileSync(path.join(import.meta.dirname, '..', 'calls.log'), JSON.stringify({ worker: process.env.WORKER_NAME, start, end: Date.now() }) + '\\n')
`

interface Event {
  worker: string
  event: string
  at: number
  jobs?: boolean
  title?: string
}

const work = mkdtempSync(path.join(tmpdir(), 'heritage-multi-instance-'))
const fakeSite = path.join(work, 'site')
const siteRoot = path.join(work, 'public')
const go = path.join(work, 'go')
const events: Event[] = []
/** Every line the workers wrote (Payload's log: publishing, builds, the lock), shown when the test fails. */
const logs: string[] = []
const workers: ChildProcess[] = []
let booted: Awaited<ReturnType<typeof bootMigratedFile>> | undefined
let payload: Payload
const relics: Record<string, number> = {}

function startWorker(name: string, relic: number, databaseUrl: string): ChildProcess {
  const child = spawn(
    process.execPath,
    [path.resolve('node_modules/payload/bin.js'), 'run', 'test/instances/worker.ts'],
    {
      cwd: process.cwd(),
      env: {
        ...process.env,
        NODE_OPTIONS: '--no-deprecation',
        DATABASE_URL: databaseUrl,
        // One upload store for both; a snapshot folder each (they would be on two machines).
        DATA_DIR: path.join(work, 'uploads'),
        SNAPSHOT_DIR: path.join(work, `snapshot-${name}`),
        SITE_DIR: fakeSite,
        SITE_ROOT: siteRoot,
        SITE_URL: 'https://disan.example.vn',
        SITE_AUTOBUILD: '1',
        WORKER_NAME: name,
        WORKER_RELIC: String(relic),
        WORKER_GO: go,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let partial = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split('\n')
    partial = lines.pop() ?? ''
    for (const line of lines) {
      if (line.startsWith('@@ ')) events.push(JSON.parse(line.slice(3)))
      logs.push(`${new Date().toISOString()} ${name} ${line}`)
    }
  })
  let errors = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    errors = (errors + chunk.toString()).slice(-4000)
  })
  child.on('exit', (code, signal) => {
    // 143: stopped by SIGTERM, which the publisher's stop handler turns into that exit code.
    if (code !== null && code !== 0 && code !== 143) console.error(`worker ${name} exited with ${code}: ${errors}`)
    else if (signal && signal !== 'SIGTERM') console.error(`worker ${name} stopped by ${signal}: ${errors}`)
  })
  workers.push(child)
  return child
}

async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; events: ${JSON.stringify(events)}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })

beforeAll(async () => {
  mkdirSync(path.join(fakeSite, 'tools'), { recursive: true })
  writeFileSync(path.join(fakeSite, 'tools', 'publish.ts'), FAKE_PUBLISH)
  booted = await bootMigratedFile('multi-instance')
  payload = booted.payload
  for (const name of ['A', 'B']) {
    const relic = await payload.create({
      collection: 'relics',
      data: { title: `${name} start`, rank: 'provincial', types: ['historical'], _status: 'published' },
    })
    relics[name] = relic.id
  }
})

afterAll(async () => {
  await Promise.all(workers.map(stop))
  await booted?.dispose()
  rmSync(work, { recursive: true, force: true })
})

describe('the public site status on one database', () => {
  it('stays one record when instances write it at the same time, the first time included', async () => {
    // Both instances' first saves write "queued" at once. Payload writes a global by looking for
    // its record and making one when there is none: such writes each made one (on PostgreSQL, and
    // on SQLite within one process), and from then on each write and each read went to any of
    // them (the test below ended with "building" when the last write said "ok"). The migrations
    // site_status_one_row make the record first.
    await Promise.all(
      (['queued', 'queued', 'building', 'queued'] as const).map((state) =>
        payload.updateGlobal({ slug: 'site-status', data: { state }, overrideAccess: true }),
      ),
    )
    const [count] = await rowsOf(payload, sql`SELECT count(*) AS n FROM site_status`)
    expect(Number(count?.n)).toBe(1)
    for (const state of ['building', 'ok', 'queued', 'idle'] as const) {
      await payload.updateGlobal({ slug: 'site-status', data: { state }, overrideAccess: true })
      expect((await payload.findGlobal({ slug: 'site-status' })).state).toBe(state)
    }
  })
})

describe('two CMS instances on one database', () => {
  it('build one at a time, and the live site ends with both instances’ edits', { timeout: 420_000 }, async () => {
    let seen = ''
    onTestFailed(() =>
      console.error(`The database last said: ${seen}\nThe workers' last lines:\n${logs.slice(-200).join('\n')}`),
    )
    const databaseUrl = String(process.env.DATABASE_URL)
    for (const name of ['A', 'B']) startWorker(name, relics[name] ?? 0, databaseUrl)
    await until('both instances to start', () => events.filter((e) => e.event === 'ready').length === 2, 120_000)
    // One of the two runs the scheduled jobs.
    expect(events.filter((e) => e.event === 'ready' && e.jobs === true)).toHaveLength(1)

    writeFileSync(go, '')
    await until(
      'both instances to finish editing',
      () => events.filter((e) => e.event === 'edited').length === 2,
      60_000,
    )
    const edited = Math.max(...events.filter((e) => e.event === 'edited').map((e) => e.at))
    // Settled, as an operator would see it once both instances are quiet: each has nothing
    // waiting, being recorded or building after both finished editing (so every request is in
    // the database), and the database says that every request was built, nobody holds the lock
    // and the site is up to date. Only then are the instances stopped: a build stopped by SIGTERM
    // leaves the status "building" by design (the next start builds again).
    await until(
      'both instances to have nothing waiting',
      () => ['A', 'B'].every((w) => events.some((e) => e.worker === w && e.event === 'idle' && e.at > edited)),
      90_000,
    )
    const store = lockStore(payload)
    const settled = async () => {
      const [lock, status] = await Promise.all([store.read('publish'), payload.findGlobal({ slug: 'site-status' })])
      seen = JSON.stringify({ ...lock, state: status.state })
      return lock.requested === lock.built && lock.holder === null && status.state === 'ok'
    }
    await until('every request built, the lock free and the status ok', settled, 120_000)
    await Promise.all(workers.map(stop))

    const builds: { worker: string; start: number; end: number }[] = readFileSync(
      path.join(fakeSite, 'calls.log'),
      'utf8',
    )
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
      .sort((a, b) => a.start - b.start)
    console.log(`builds: ${builds.map((b) => `${b.worker} ${b.start}–${b.end}`).join(', ')}`)
    expect(builds.length).toBeGreaterThanOrEqual(2)
    for (const [i, build] of builds.entries()) {
      if (i > 0)
        expect(build.start, `build ${i} started before build ${i - 1} ended`).toBeGreaterThanOrEqual(
          builds[i - 1]?.end ?? 0,
        )
    }

    const live = readFileSync(path.join(siteRoot, 'live.json'), 'utf8')
    expect(live).toContain('A edit 3')
    expect(live).toContain('B edit 3')
    const status = await payload.findGlobal({ slug: 'site-status' })
    expect(status.state).toBe('ok')
    const lock = await store.read('publish')
    expect(lock.requested).toBeGreaterThanOrEqual(2)
    expect(lock.built).toBe(lock.requested)
    expect(lock.holder).toBeNull()
  })
})

describe('the database lock', () => {
  it('has one holder at a time and is taken over once its holder stops renewing it', async () => {
    const store = lockStore(payload)
    expect(await store.acquire('publish', 'one', 1000)).toBe(true)
    expect(await store.acquire('publish', 'two', 1000)).toBe(false)
    expect(await store.renew('publish', 'two', 1000)).toBe(false)
    expect(await store.renew('publish', 'one', 1000)).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 1300))
    expect((await store.read('publish')).expired).toBe(true)
    expect(await store.acquire('publish', 'two', 60_000)).toBe(true)
    expect(await store.renew('publish', 'one', 1000)).toBe(false)
    await store.release('publish', 'one')
    expect((await store.read('publish')).holder).toBe('two')
    await store.release('publish', 'two')
    expect((await store.read('publish')).holder).toBeNull()
  })
})
