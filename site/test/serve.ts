import { type ChildProcess, spawn } from 'node:child_process'
import { rm } from 'node:fs/promises'
import http from 'node:http'
import path from 'node:path'
import { freePort } from '../tools/free-port.ts'
import { siteDir } from './build'

/** Runs tools/serve.ts on `root` at `port` (stdout piped, so `waitServing` can read it). */
export const startServe = (root: string, port: number, env: NodeJS.ProcessEnv = {}): ChildProcess =>
  spawn(
    process.execPath,
    [path.join(siteDir, 'tools', 'serve.ts'), '--root', root, '--port', String(port), '--host', '127.0.0.1'],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  )

/** serve.ts on a free port, once it says it is serving; `base` is its address. */
export async function serveRoot(root: string, env: NodeJS.ProcessEnv = {}) {
  const port = await freePort()
  const server = startServe(root, port, env)
  server.stderr?.pipe(process.stderr)
  await new Promise<void>((resolve, reject) => {
    server.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('Serving') && resolve())
    server.on('exit', (code) => reject(new Error(`serve.ts exited with ${code}`)))
  })
  return { server, base: `http://127.0.0.1:${port}` }
}

export interface Answer {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
  /** The body as UTF-8 text. */
  text: string
}

/** A raw request: fetch() would normalise `..` and `%2e%2e` away before they reach the server. */
export const request = (base: string, urlPath: string, headers: Record<string, string> = {}, method = 'GET') =>
  new Promise<Answer>((resolve, reject) => {
    const req = http.request(`${base}/`, { path: urlPath, method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => {
        const body = Buffer.concat(chunks)
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text: body.toString() })
      })
    })
    req.on('error', reject)
    req.end()
  })

/** Stops the server and removes the scratch folder (either may be missing when setup failed). */
export async function stopServe(server: ChildProcess | undefined, work: string | undefined) {
  server?.kill()
  if (work) await rm(work, { recursive: true, force: true })
}
