import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** A port nothing listens on now (the OS picks it). */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })

export interface RunningProduct {
  adminUrl: string
  baseUrl: string
  /** The public site, served by the product from its latest successful build. */
  siteUrl: string
  output: () => string
  stop: () => Promise<void>
}

/**
 * Starts the product exactly as the README's run command does (cms/scripts/demo.mjs), on a fresh
 * data folder and a free port, and resolves once it prints that the admin is ready. `settings`
 * are added to its environment (the suite's mail server).
 */
export async function startProduct(settings: Record<string, string> = {}): Promise<RunningProduct> {
  // Point at an already running product while working on the tests: E2E_BASE_URL=http://localhost:3000
  const external = process.env.E2E_BASE_URL
  if (external) {
    const siteUrl = process.env.E2E_SITE_URL ?? 'http://localhost:4321'
    return { baseUrl: external, adminUrl: `${external}/admin`, siteUrl, output: () => '', stop: async () => {} }
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'heritage-e2e-'))
  const port = await freePort()
  const sitePort = await freePort()
  const siteUrl = `http://localhost:${sitePort}`
  let log = ''
  const child: ChildProcess = spawn(process.execPath, [path.join(repoRoot, 'cms/scripts/demo.mjs')], {
    cwd: path.join(repoRoot, 'cms'),
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      CMS_PORT: String(port),
      SITE_PORT: String(sitePort),
      SITE_URL: siteUrl,
      DATABASE_URL: '',
      PAYLOAD_SECRET: '',
      ...settings,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log += chunk.toString()
      if (log.includes('CMS admin ready') && log.includes('Public site ready')) resolve()
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.on('exit', (code) =>
      reject(new Error(`the product exited with ${code} before it was ready:\n${log.slice(-4000)}`)),
    )
  })
  await ready
  const baseUrl = `http://localhost:${port}`
  return {
    baseUrl,
    siteUrl,
    adminUrl: `${baseUrl}/admin`,
    output: () => log,
    stop: async () => {
      if (child.exitCode === null && child.pid) {
        const exited = new Promise((resolve) => child.once('exit', resolve))
        process.kill(-child.pid, 'SIGTERM')
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))])
      }
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
