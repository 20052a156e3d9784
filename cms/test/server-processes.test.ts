/**
 * CMS_PROCESSES: `npm run serve` runs that many server processes on one port (scripts/serve.mjs,
 * scripts/server-process.mjs), each a CMS instance of its own. Run for real: the production build
 * (made here if the sources changed since the last one; in CI the browser suite made it before),
 * a migrated SQLite file, `node scripts/serve.mjs` with JSON logs, a photo uploaded through REST.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureAdminBuild } from '../scripts/admin-build.mjs'
import { cmsProcesses, processEnv } from '../src/serverProcesses'
import { freePort } from './postgresCluster'

const cmsDir = path.resolve(import.meta.dirname, '..')
const work = mkdtempSync(path.join(tmpdir(), 'heritage-processes-'))
const secret = randomBytes(32).toString('hex')
const running: ChildProcess[] = []

/** Every server process seen listening: a failed test must not leave them running (serve.mjs killed hard cannot stop them). */
const serverPids = new Set<number>()

afterAll(() => {
  for (const child of running) if (child.exitCode === null) child.kill('SIGKILL')
  for (const pid of serverPids) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // Already gone.
    }
  }
  rmSync(work, { recursive: true, force: true })
})

describe('CMS_PROCESSES, read', () => {
  it('unset or empty is one; auto is one per core (at most 16); anything else is refused in both languages', () => {
    expect(cmsProcesses({})).toBe(1)
    expect(cmsProcesses({ CMS_PROCESSES: ' ' })).toBe(1)
    expect(cmsProcesses({ CMS_PROCESSES: '3' })).toBe(3)
    expect(cmsProcesses({ CMS_PROCESSES: 'auto' }, 2)).toBe(2)
    expect(cmsProcesses({ CMS_PROCESSES: 'auto' }, 64)).toBe(16)
    for (const wrong of ['0', '2.5', '17', 'hai', '-1']) {
      expect(() => cmsProcesses({ CMS_PROCESSES: wrong }), wrong).toThrow(
        new RegExp(`^CMS_PROCESSES phải là một số nguyên từ 1 đến 16.*hiện là "${wrong}".* / CMS_PROCESSES must be`),
      )
    }
  })

  it("the first process makes the photos' web versions, the others never; an operator's 0 stops it everywhere", () => {
    expect(processEnv({}, 1)).toMatchObject({ CMS_PROCESS: '1', WEB_VERSIONS_WORKER: '1' })
    expect(processEnv({}, 2)).toMatchObject({ CMS_PROCESS: '2', WEB_VERSIONS_WORKER: '0' })
    expect(processEnv({ WEB_VERSIONS_WORKER: '0' }, 1).WEB_VERSIONS_WORKER).toBe('0')
  })
})

interface Started {
  child: ChildProcess
  lines: () => { pid?: number; msg?: string }[]
  exited: Promise<number | null>
}

function serve(env: Record<string, string>): Started {
  const child = spawn(process.execPath, [path.join(cmsDir, 'scripts', 'serve.mjs')], {
    cwd: cmsDir,
    env: { ...process.env, ...env } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  running.push(child)
  let out = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    out += chunk
  })
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const lines = () =>
    out
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { pid?: number; msg?: string })
  return { child, lines, exited }
}

const listening = (started: Started) =>
  started
    .lines()
    .map((l) => /^CMS process (\d+) \(pid (\d+)\) listening on port \d+$/.exec(l.msg ?? ''))
    .filter((m) => m !== null)
    .map((m) => {
      serverPids.add(Number(m[2]))
      return { index: Number(m[1]), pid: Number(m[2]) }
    })

const pidsAlive = (pids: number[]) =>
  pids.filter((pid) => {
    try {
      process.kill(pid, 0)
      return true
    } catch {
      return false
    }
  })

describe('npm run serve with CMS_PROCESSES=2', () => {
  let env: Record<string, string>

  beforeAll(async () => {
    await ensureAdminBuild({ ...process.env, PAYLOAD_SECRET: secret, NEXT_TELEMETRY_DISABLED: '1' })
    env = {
      NODE_ENV: 'production',
      DATA_DIR: work,
      DATABASE_URL: '',
      PAYLOAD_SECRET: secret,
      SITE_AUTOBUILD: '0',
      LOG_FORMAT: 'json',
      CMS_PROCESSES: '2',
      CMS_PORT: String(await freePort()),
    }
    const migrate = spawn(path.join(cmsDir, 'node_modules/.bin/payload'), ['migrate'], {
      cwd: cmsDir,
      env: { ...process.env, ...env, NODE_OPTIONS: '--no-deprecation' } as NodeJS.ProcessEnv,
      stdio: 'ignore',
    })
    expect(await new Promise((resolve) => migrate.on('exit', resolve))).toBe(0)
  }, 600_000)

  it('both listen on the port and answer; the first makes the web versions; SIGTERM stops both', async () => {
    const started = serve(env)
    await expect.poll(() => listening(started).length, { timeout: 60_000, interval: 250 }).toBe(2)
    const pids = listening(started)
    expect(pids.map((p) => p.index).sort()).toEqual([1, 2])
    const base = `http://localhost:${env.CMS_PORT}`

    // The first account, then a photo: its web versions are made by process 1.
    const registered = await fetch(`${base}/api/users/first-register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'quantri@tientrinh.example.vn', password: 'mat-khau-thu-123', name: 'Quản trị' }),
    })
    expect(registered.status, await registered.clone().text()).toBe(200)
    const { token } = (await registered.json()) as { token: string }
    const form = new FormData()
    const jpeg = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#a86' } })
      .jpeg()
      .toBuffer()
    form.append('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 'hai-tien-trinh.jpg')
    form.append('_payload', JSON.stringify({ alt: 'Ảnh thử hai tiến trình' }))
    const uploaded = await fetch(`${base}/api/media`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}` },
      body: form,
    })
    expect(uploaded.status, await uploaded.clone().text()).toBe(201)
    const first = pids.find((p) => p.index === 1)?.pid
    await expect
      .poll(
        () =>
          started
            .lines()
            .filter((l) => /^Web versions: media \d+ ready/.test(l.msg ?? ''))
            .map((l) => l.pid),
        {
          timeout: 120_000,
          interval: 500,
        },
      )
      .toEqual([first])

    // Many connections at once: every answer is the account's (whichever process took it).
    const answers = await Promise.all(
      Array.from({ length: 40 }, () =>
        fetch(`${base}/api/users/me`, { headers: { Authorization: `JWT ${token}`, connection: 'close' } }).then(
          async (r) => ({ status: r.status, email: ((await r.json()) as { user?: { email?: string } }).user?.email }),
        ),
      ),
    )
    expect(new Set(answers.map((a) => `${a.status} ${a.email}`))).toEqual(new Set(['200 quantri@tientrinh.example.vn']))

    started.child.kill('SIGTERM')
    expect(await started.exited).toBe(0)
    expect(pidsAlive(pids.map((p) => p.pid))).toEqual([])
  }, 300_000)

  it('one process killed: the other is stopped too and serve exits non-zero (systemd restarts all)', async () => {
    const started = serve(env)
    await expect.poll(() => listening(started).length, { timeout: 60_000, interval: 250 }).toBe(2)
    const pids = listening(started).map((p) => p.pid)
    process.kill(pids[1] as number, 'SIGKILL')
    expect(await started.exited).toBe(1)
    await expect.poll(() => pidsAlive(pids), { timeout: 15_000 }).toEqual([])
  }, 120_000)

  it('a wrong CMS_PROCESSES stops serve before anything starts, saying what to write', async () => {
    const started = serve({ ...env, CMS_PROCESSES: 'hai' })
    expect(await started.exited).toBe(1)
    expect(
      started
        .lines()
        .map((l) => l.msg)
        .join('\n'),
    ).toMatch(/CMS_PROCESSES phải là một số nguyên từ 1 đến 16, hoặc auto .*"hai"/)
    expect(listening(started)).toEqual([])
  })
})
