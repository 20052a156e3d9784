// One server process of `npm run serve` when CMS_PROCESSES is above 1 (serve.mjs starts them):
// Next's request handler for the production build, on CMS_PORT with SO_REUSEPORT, so that every
// process listens on the same port and the kernel spreads the connections between them. Each
// process is a CMS instance like any other (README, "Several CMS instances"): what must happen
// once (a publish, a scheduled job) is held by a lock in the database.
import { createServer } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import next from 'next'

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const port = Number(process.env.CMS_PORT ?? '3000')
const app = next({ dev: false, dir: cmsDir, port })
await app.prepare()
const handle = app.getRequestHandler()
const server = createServer((req, res) => handle(req, res))

/**
 * Payload starts in a process at its first request, and with it what runs in the background (the
 * publisher, the first process's web-version worker). The kernel chooses which process takes a
 * connection, so one might get none for a long time: each process asks itself once, through a
 * loopback port of its own, before it says it is listening.
 */
async function start() {
  const own = createServer((req, res) => handle(req, res))
  await new Promise((resolve) => own.listen(0, '127.0.0.1', resolve))
  const address = own.address()
  try {
    await fetch(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/health`)
  } finally {
    own.close()
  }
  await new Promise((resolve) => server.listen({ port, reusePort: true }, resolve))
  console.log(`CMS process ${process.env.CMS_PROCESS ?? '1'} (pid ${process.pid}) listening on port ${port}`)
}
await start()
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0))
    // Open keep-alive connections would hold close() up: they are ended after the answers in flight.
    server.closeIdleConnections()
    setTimeout(() => process.exit(0), 10_000).unref()
  })
}
