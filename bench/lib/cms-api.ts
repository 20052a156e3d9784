/**
 * CMS REST API under load: the admin's production server (`next start`) on the generated
 * province's SQLite database, read by an editor over loopback with autocannon.
 *
 * Scenarios, each on a spread of pages or ids so that no single response is hot (relics, and a
 * list of batches, whose access rule for editors goes through the product):
 *  - list: a collection page as the admin list view asks for it (10 rows, depth 0, newest first,
 *    drafts included, and only the columns shown when the collection lists with Payload's select:
 *    `listSelect`, from the CMS's config). Payload 3's admin renders lists on the server with the
 *    Local API; REST with the same parameters is what integrations and the admin's own
 *    client-side fetches use.
 *  - list, whole records: the same pages without `select` (what the admin asked for before
 *    issue 21, and what an integration that names no fields gets).
 *  - list at a steady 30 requests per second (open loop): latency with many officers at work,
 *    below the server's capacity; the other rows send the next request as soon as one answers,
 *    so with 10 connections they measure the capacity (req/s) and the queueing it implies.
 *  - list + search: the same with the admin's search box (`title contains`), which no index serves.
 *  - detail: one entry at depth 0 (the edit view's read) and at REST's default depth 2 (what an
 *    outside consumer of the API gets).
 *
 * Baseline from the same run: a plain node:http server answering the very same URLs with the very
 * same bodies from memory. It is the ceiling of this machine, loopback and the load tool.
 *
 * Latency percentiles are computed from every response time autocannon reports (its own summary
 * has p90 and p97.5, not p95).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import autocannon from 'autocannon'
// @ts-expect-error a plain ES module of the CMS package, shared with `npm start`
import { ensureAdminBuild } from '../../cms/scripts/admin-build.mjs'
import { freePort } from '../../site/tools/free-port.ts'

export interface Scenario {
  name: string
  connections: number
  requests: number
  perSecond: number
  p50: number
  p95: number
  p99: number
  bytes: number
  errors: number
  /** CPU time the server spent per answered request (user + system, every thread): what a request costs, whatever else the machine runs. */
  cpuMs: number
  baseline: { perSecond: number; p50: number; p95: number }
}

export interface ApiFigures {
  collection: string
  totalDocs: number
  seconds: number
  connections: number
  scenarios: Scenario[]
}

/** Payload's `select`: field names to `true`, groups to nested trees. */
export interface SelectTree {
  [field: string]: true | SelectTree
}

/** The `select` of the admin's list of relics and of batches (null: whole records), from `steps.ts user`. */
export interface ListSelect {
  relics: SelectTree | null
  batches: SelectTree | null
}

/** A `select` as REST query parameters (`&select[review][state]=true`), as Payload's qs parsing reads them. */
export function selectQuery(select: SelectTree | null | undefined, prefix = 'select'): string {
  if (!select) return ''
  return Object.entries(select)
    .map(([key, value]) =>
      value === true
        ? `&${prefix}[${encodeURIComponent(key)}]=true`
        : selectQuery(value, `${prefix}[${encodeURIComponent(key)}]`),
    )
    .join('')
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0)

/** Load on `base` cycling through `paths`, with the headers given; every response time kept. */
async function load(
  base: string,
  paths: string[],
  headers: Record<string, string>,
  seconds: number,
  connections: number,
  rate?: number,
) {
  if (rate) return steady(base, paths, headers, seconds, rate)
  let next = 0
  const times: number[] = []
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections,
        duration: seconds,
        headers,
        requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    )
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime))
  })
  times.sort((a, b) => a - b)
  return {
    requests: result.requests.total,
    perSecond: result.requests.total / seconds,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    bytes: result.requests.total > 0 ? result.throughput.total / result.requests.total : 0,
    errors: result.errors + result.timeouts + result.non2xx,
  }
}

/**
 * Open-loop load: a request every 1/rate s whether or not earlier ones have answered, as
 * independent officers' clicks arrive (autocannon's own rate limit sends each second's requests
 * in a burst, which measures queueing behind the burst instead).
 */
async function steady(base: string, paths: string[], headers: Record<string, string>, seconds: number, rate: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 })
  const times: number[] = []
  let errors = 0
  let bytes = 0
  const one = (path: string) =>
    new Promise<void>((resolve) => {
      const started = performance.now()
      const req = http.get(new URL(path, base), { agent, headers }, (res) => {
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length
        })
        res.on('end', () => {
          if (res.statusCode !== 200) errors++
          times.push(performance.now() - started)
          resolve()
        })
      })
      req.on('error', () => {
        errors++
        resolve()
      })
    })
  const pending: Promise<void>[] = []
  const start = performance.now()
  const total = Math.round(seconds * rate)
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate
    const wait = due - performance.now()
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
    pending.push(one(paths[i % paths.length] as string))
  }
  await Promise.all(pending)
  agent.destroy()
  times.sort((a, b) => a - b)
  return {
    requests: times.length,
    perSecond: times.length / seconds,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    bytes: times.length > 0 ? bytes / times.length : 0,
    errors,
  }
}

/** The ceiling: the same bodies for the same paths, from memory. */
async function staticServer(bodies: Map<string, Buffer>) {
  const server = http.createServer((req, res) => {
    const body = bodies.get(req.url ?? '')
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' })
    res.end(body ?? '')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() }
}

/** CPU seconds (user + system) of a process and its descendants, from /proc (Linux; 0 elsewhere). */
function cpuSeconds(pid: number): number {
  let stat: string
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  } catch {
    return 0
  }
  // Fields after the command (which may hold spaces) start at state; utime and stime are 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  const own = (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS
  let children: number[] = []
  try {
    children = readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    )
  } catch {}
  return own + children.reduce((sum, child) => sum + cpuSeconds(child), 0)
}
/** Linux's USER_HZ, the unit of /proc's CPU times: 100 on every architecture Node runs on. */
const CLOCK_TICKS = 100

/** Waits until `url` answers (below 500) while `child`, the server, runs. */
export async function waitFor(url: string, child: ChildProcess) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`)
    const ok = await fetch(url)
      .then((r) => r.status < 500)
      .catch(() => false)
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within 5 minutes.`)
}

export async function benchApi(options: {
  cmsDir: string
  env: NodeJS.ProcessEnv
  email: string
  password: string
  seconds: number
  connections: number
  log: (line: string) => void
  /** Only the scenarios whose name this accepts (all by default). */
  scenarios?: (name: string) => boolean
  /** The `select` of the admin's list of relics and of batches (null: whole records). */
  listSelect?: ListSelect
  /** Server processes (CMS_PROCESSES): 1 is `next start` as before; more, `npm run serve`'s. */
  processes?: number
}): Promise<ApiFigures> {
  const { env, log } = options
  await ensureAdminBuild(env, log)
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const processes = options.processes ?? 1
  const serverEnv = { ...env, CMS_PORT: String(port), NODE_ENV: 'production' as const }
  const server =
    processes > 1
      ? spawn(process.execPath, [path.join(options.cmsDir, 'scripts', 'serve.mjs')], {
          cwd: options.cmsDir,
          env: { ...serverEnv, CMS_PROCESSES: String(processes), LOG_FORMAT: 'json' },
          stdio: ['ignore', 'ignore', 'inherit'],
        })
      : spawn(path.join(options.cmsDir, 'node_modules', '.bin', 'next'), ['start', '--port', String(port)], {
          cwd: options.cmsDir,
          env: serverEnv,
          stdio: ['ignore', 'ignore', 'inherit'],
        })
  try {
    await waitFor(`${base}/api/users/me`, server)
    const login = await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: options.email, password: options.password }),
    })
    const token = ((await login.json()) as { token?: string }).token
    if (!login.ok || !token) throw new Error(`The benchmark editor could not sign in (HTTP ${login.status}).`)
    const headers = { authorization: `JWT ${token}` }

    const collection = 'relics'
    const first = await fetch(`${base}/api/${collection}?depth=0&limit=10&draft=true`, { headers })
    const page = (await first.json()) as { totalDocs: number; totalPages: number }
    const ids = (
      (await (
        await fetch(`${base}/api/${collection}?depth=0&limit=100&draft=true&select[id]=true`, { headers })
      ).json()) as {
        docs: { id: number }[]
      }
    ).docs.map((d) => d.id)
    const pages = Array.from({ length: 50 }, (_, i) => 1 + Math.floor((i * page.totalPages) / 50))
    const wholeListPaths = pages.map(
      (p) => `/api/${collection}?depth=0&limit=10&page=${p}&sort=-updatedAt&draft=true&locale=vi`,
    )
    const listPaths = wholeListPaths.map((p) => p + selectQuery(options.listSelect?.relics))
    // Batches: the largest collection after relics, whose editor scope is a condition on another
    // collection (the product's commune).
    const batchPages = (await (await fetch(`${base}/api/batches?depth=0&limit=10&draft=true`, { headers })).json()) as {
      totalDocs: number
      totalPages: number
    }
    const batchPaths = Array.from({ length: 50 }, (_, i) => 1 + Math.floor((i * batchPages.totalPages) / 50)).map(
      (p) =>
        `/api/batches?depth=0&limit=10&page=${p}&sort=-updatedAt&draft=true&locale=vi${selectQuery(options.listSelect?.batches)}`,
    )
    const scenarios: { name: string; paths: string[]; connections?: number; rate?: number }[] = [
      // One officer at a time: the latency a person feels.
      { name: 'list (10 rows, depth 0), 1 connection', paths: listPaths, connections: 1 },
      { name: `list (10 rows, depth 0), ${options.connections} connections`, paths: listPaths },
      // Many officers at once, but not more than the server can answer: the latency under load.
      // The same pages as whole records (no select): the gain of reading the columns shown.
      { name: 'list (10 rows, whole records), 1 connection', paths: wholeListPaths, connections: 1 },
      { name: `list (10 rows, whole records), ${options.connections} connections`, paths: wholeListPaths },
      {
        name: 'list (10 rows, depth 0), 30 req/s evenly spaced',
        paths: listPaths,
        rate: 30,
      },
      {
        name: `list of batches (${batchPages.totalDocs} records), 1 connection`,
        paths: batchPaths,
        connections: 1,
      },
      {
        name: `list + search “đình”, ${options.connections} connections`,
        paths: pages
          .slice(0, 10)
          .map(
            (p) =>
              `/api/${collection}?depth=0&limit=10&page=${p}&sort=-updatedAt&draft=true&locale=vi&where[title][like]=đình${selectQuery(options.listSelect?.relics)}`,
          ),
      },
      {
        name: `detail, depth 0, ${options.connections} connections`,
        paths: ids.map((id) => `/api/${collection}/${id}?depth=0&draft=true&locale=vi`),
      },
      {
        name: `detail, depth 2 (REST default), ${options.connections} connections`,
        paths: ids.map((id) => `/api/${collection}/${id}?locale=vi`),
      },
    ]

    const out: Scenario[] = []
    for (const scenario of scenarios.filter((s) => options.scenarios?.(s.name) ?? true)) {
      // The bodies for the baseline, and a warm-up of the server's caches and JIT.
      const bodies = new Map<string, Buffer>()
      for (const p of scenario.paths) {
        const url = new URL(p, base)
        const response = await fetch(url, { headers })
        if (!response.ok) throw new Error(`${p} answered ${response.status}: ${await response.text()}`)
        bodies.set(url.pathname + url.search, Buffer.from(await response.arrayBuffer()))
      }
      const paths = [...bodies.keys()]
      const connections = scenario.connections ?? options.connections
      log(`API: ${scenario.name}, ${options.seconds} s with ${connections} connection(s)…`)
      const cpuBefore = cpuSeconds(server.pid ?? 0)
      const measured = await load(base, paths, headers, options.seconds, connections, scenario.rate)
      const cpuMs = (1000 * (cpuSeconds(server.pid ?? 0) - cpuBefore)) / Math.max(1, measured.requests)
      if (measured.errors > 0) throw new Error(`${scenario.name}: ${measured.errors} failed requests under load.`)
      const ceiling = await staticServer(bodies)
      const baseline = await load(ceiling.url, paths, {}, Math.min(5, options.seconds), connections, scenario.rate)
      ceiling.close()
      out.push({ name: scenario.name, connections, ...measured, cpuMs, baseline })
    }
    return {
      collection,
      totalDocs: page.totalDocs,
      seconds: options.seconds,
      connections: options.connections,
      scenarios: out,
    }
  } finally {
    server.kill('SIGTERM')
  }
}
