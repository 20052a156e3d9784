// `npm start` at the repository root lands here (through scripts/run.sh and pnpm). It runs the CMS
// the way it runs in production, on the embedded SQLite database: build the admin if the sources
// changed, apply the committed migrations, load the demo content, publish the public site, serve
// both, and print where to find them.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureAdminBuild } from './admin-build.mjs'

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(cmsDir, 'data'))
const port = Number(process.env.CMS_PORT ?? 3000)
const sitePort = Number(process.env.SITE_PORT ?? 4321)
// QR codes, canonical links and the sitemap point here: set SITE_URL to the public address.
const siteUrl = (process.env.SITE_URL?.trim() || `http://localhost:${sitePort}`).replace(/\/+$/, '')
const siteRoot = path.resolve(process.env.SITE_ROOT ?? path.join(dataDir, 'site'))
const siteDir = path.resolve(cmsDir, '..', 'site')
const bin = (name) => path.join(cmsDir, 'node_modules', '.bin', name)
const say = (message) => console.log(`\x1b[1m[heritage]\x1b[0m ${message}`)

/** A random secret kept with the data, so sessions survive restarts and nothing needs configuring. */
function demoSecret() {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  const file = path.join(dataDir, '.payload-secret')
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  return readFileSync(file, 'utf8').trim()
}

function run(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: cmsDir, env, stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(command)} ${args.join(' ')} failed (${signal ?? code})`)),
    )
  })
}

/** `ready` decides which answers count: the public site answers 503 until its first build. */
async function waitUntilServing(url, server, ready = (status) => status < 500) {
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server stopped (exit code ${server.exitCode})`)
    try {
      const response = await fetch(url, { redirect: 'manual' })
      if (ready(response.status)) return
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within 3 minutes`)
}

async function main() {
  mkdirSync(dataDir, { recursive: true })
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    PAYLOAD_SECRET: demoSecret(),
    // Schema comes from the committed migrations, as in production.
    PAYLOAD_MIGRATE: '1',
    // A demo is read by a person at a terminal: Payload's coloured lines, not production's JSON.
    LOG_FORMAT: process.env.LOG_FORMAT ?? 'pretty',
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --no-deprecation`.trim(),
    NEXT_TELEMETRY_DISABLED: '1',
    SITE_URL: siteUrl,
  }
  // One-shot commands neither publish on their own writes nor start the nightly rebuild.
  const oneShot = { ...env, NODE_ENV: 'production', SITE_AUTOBUILD: '0' }

  await ensureAdminBuild(env, say)

  say(`Database: ${process.env.DATABASE_URL ?? path.join(dataDir, 'heritage.db')}`)
  await run(bin('payload'), ['migrate'], oneShot)
  await run(bin('payload'), ['run', 'src/seed/run.ts'], { ...oneShot, SEED_QUIET_ACCOUNTS: '1' })

  say('Publishing the public site (built only when the content or the site changed)…')
  try {
    await run(bin('payload'), ['run', 'src/publish/run.ts'], oneShot)
  } catch {
    say('The public site keeps its previous build. Fix the cause above, then publish again from the admin.')
  }

  const server = spawn(bin('next'), ['start', '--port', String(port)], {
    cwd: cmsDir,
    env: { ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  // Node runs the TypeScript server directly (type stripping); no build step.
  const site = spawn(
    process.execPath,
    [path.join(siteDir, 'tools', 'serve.ts'), '--root', siteRoot, '--port', String(sitePort)],
    { cwd: siteDir, env, stdio: ['ignore', 'inherit', 'inherit'] },
  )
  const children = [server, site]
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      for (const child of children) child.kill(signal)
    })
  }
  // Either one stopping stops the other: half a product is not a demo.
  for (const child of children) {
    child.on('exit', (code) => {
      for (const other of children) if (other.exitCode === null) other.kill('SIGTERM')
      process.exit(code ?? 0)
    })
  }

  const adminUrl = `http://localhost:${port}/admin`
  await waitUntilServing(`${adminUrl}/login`, server)
  await waitUntilServing(`http://localhost:${sitePort}/`, site, () => true)
  // Plain, import-free TypeScript: Node 24 loads it directly.
  const { DEMO_ACCOUNTS } = await import('../src/seed/accounts.ts')
  console.log('')
  say(`CMS admin ready: ${adminUrl}`)
  say(`Public site ready: ${siteUrl}`)
  for (const account of DEMO_ACCOUNTS) say(`  ${account.name}: ${account.email} / ${account.password}`)
  say('Press Ctrl+C to stop.')
}

main().catch((error) => {
  console.error(`\n[heritage] ${error.message}`)
  process.exit(1)
})
