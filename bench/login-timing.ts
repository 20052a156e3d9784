/**
 * How long a refused sign-in takes, by why it was refused (issue 15, item 9): a wrong password for
 * a real account, an e-mail with no account, a locked account; and a successful sign-in. An
 * attacker who sees the first take many times longer than the second knows which e-mails have
 * accounts. Baselines in the same run: Payload as shipped (the CMS's equal-work hook removed), and
 * one bare PBKDF2 check with Payload's parameters (the floor of any password check).
 *
 *   npm run bench:login [-- --rounds 20]
 *
 * Runs the CMS's own REST login handler in-process on a throw-away in-memory database (through
 * `payload run`, which loads the CMS's TypeScript), so it needs no server, build or data folder.
 */
import { spawn } from 'node:child_process'
import { pbkdf2Sync, randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const CMS = path.resolve(HERE, '../cms')
const argRounds = process.argv.indexOf('--rounds')
// `payload run` does not pass arguments on: the outer run hands the count over in the environment.
const ROUNDS = Number(process.env.LOGIN_TIMING_ROUNDS ?? (argRounds > 0 ? process.argv[argRounds + 1] : 20))

if (!process.env.LOGIN_TIMING_INNER) {
  // Outer: run this file again inside the CMS's `payload run`.
  const data = mkdtempSync(path.join(tmpdir(), 'login-timing-'))
  const child = spawn(path.join(CMS, 'node_modules', '.bin', 'payload'), ['run', fileURLToPath(import.meta.url)], {
    cwd: CMS,
    stdio: 'inherit',
    env: {
      ...process.env,
      LOGIN_TIMING_INNER: '1',
      LOGIN_TIMING_ROUNDS: String(ROUNDS),
      DATABASE_URL: ':memory:',
      DATA_DIR: data,
      PAYLOAD_SECRET: randomBytes(24).toString('hex'),
      SITE_AUTOBUILD: '0',
      NODE_ENV: 'test',
      NODE_OPTIONS: '--no-deprecation',
    },
  })
  child.on('close', (code) => {
    rmSync(data, { recursive: true, force: true })
    process.exit(code ?? 1)
  })
} else {
  const cms = createRequire(path.join(CMS, 'package.json'))
  const load = (specifier: string) => import(pathToFileURL(cms.resolve(specifier)).href)
  const { getPayload } = await load('payload')
  const routes = await load('@payloadcms/next/routes')
  const { default: configPromise } = await import(pathToFileURL(path.join(CMS, 'src/payload.config.ts')).href)
  const config = await configPromise
  const payload = await getPayload({ config })
  const POST = routes.REST_POST(Promise.resolve(config))
  const PASSWORD = 'do-dai-mat-khau-thu-nghiem'

  const login = async (email: string, password: string) => {
    const started = performance.now()
    const response: Response = await POST(
      new Request('http://localhost/api/users/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      }),
      { params: Promise.resolve({ slug: ['users', 'login'] }) },
    )
    await response.text()
    return { ms: performance.now() - started, status: response.status }
  }
  const account = async (email: string) =>
    payload.create({
      collection: 'users',
      data: { email, name: email, password: PASSWORD, roles: ['contributor'] },
      overrideAccess: true,
    })
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b)
    return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
  }

  /** Median time of each kind of sign-in, interleaved so that drift hits them alike. */
  const measure = async (label: string) => {
    const times: Record<string, number[]> = { wrong: [], unknown: [], locked: [], right: [] }
    for (let round = 0; round < ROUNDS; round++) {
      const real = `that-${label}-${round}@timing.vn`
      const locked = `khoa-${label}-${round}@timing.vn`
      await account(real)
      await account(locked)
      for (let i = 0; i < 5; i++) await login(locked, 'sai')
      times.wrong?.push((await login(real, 'sai-mat-khau')).ms)
      times.unknown?.push((await login(`khong-co-${label}-${round}@timing.vn`, 'sai-mat-khau')).ms)
      times.locked?.push((await login(locked, 'sai-mat-khau')).ms)
      times.right?.push((await login(real, PASSWORD)).ms)
    }
    return Object.fromEntries(Object.entries(times).map(([key, values]) => [key, median(values)]))
  }

  const started = performance.now()
  pbkdf2Sync('x', 'salt', 600_000, 32, 'sha256')
  const floor = performance.now() - started

  const withHook = await measure('cms')
  const users = payload.collections.users.config
  const hooks = users.hooks.beforeOperation
  users.hooks.beforeOperation = []
  const shipped = await measure('payload')
  users.hooks.beforeOperation = hooks

  const row = (name: string, figures: Record<string, number>) =>
    `| ${name} | ${['wrong', 'unknown', 'locked', 'right'].map((k) => (figures[k] ?? 0).toFixed(0)).join(' | ')} | ${((figures.unknown ?? 0) / (figures.wrong ?? 1)).toFixed(2)}× | ${((figures.locked ?? 0) / (figures.wrong ?? 1)).toFixed(2)}× |`
  console.log(`\nSign-in timing, median of ${ROUNDS} rounds (ms), REST login handler in-process, SQLite in memory`)
  console.log(
    '| | wrong password | unknown e-mail | locked account | right password | unknown ÷ wrong | locked ÷ wrong |',
  )
  console.log('| --- | --- | --- | --- | --- | --- | --- |')
  console.log(row('CMS', withHook))
  console.log(row('Payload as shipped (baseline)', shipped))
  console.log(`One PBKDF2-SHA256 check, 600,000 iterations (floor): ${floor.toFixed(0)} ms`)
  process.exit(0)
}
