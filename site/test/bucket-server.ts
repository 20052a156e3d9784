import { mkdtemp, rm } from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import S3rver from 's3rver'

/**
 * A real S3-compatible server (s3rver) on a free port with a scratch folder, its bucket in
 * website mode (index document `index.html`, error document `404.html`, as the README tells to
 * configure a real bucket), behind a small proxy that records every request and can refuse the
 * n-th upload the way a server refuses one (403 AccessDenied).
 */

export const BUCKET = 'site'
export const ACCESS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

const WEBSITE = `<WebsiteConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
  <IndexDocument><Suffix>index.html</Suffix></IndexDocument>
  <ErrorDocument><Key>404.html</Key></ErrorDocument>
</WebsiteConfiguration>`

export interface Seen {
  method: string
  key: string
  /** Order of the request's arrival and of its answer's end, on one counter. */
  start: number
  end: number
  status: number
}

export interface BucketServer {
  /** The proxy's address: what the tool under test talks to. */
  endpoint: string
  /** s3rver's own address, for reading back what it stores. */
  direct: string
  seen: Seen[]
  /** Refuse the n-th PUT of a site file (1-based, counted from now; `_publish/` files not counted). */
  refuseUpload(n: number | null): void
  stop(): Promise<void>
}

export async function startBucketServer(): Promise<BucketServer> {
  const directory = await mkdtemp(path.join(tmpdir(), 'heritage-s3rver-'))
  const s3 = new S3rver({
    port: 0,
    address: '127.0.0.1',
    directory,
    silent: true,
    configureBuckets: [{ name: BUCKET, configs: [WEBSITE] }],
  })
  const { port } = await s3.run()
  const seen: Seen[] = []
  let counter = 0
  let refuse: number | null = null
  let uploads = 0
  const proxy = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    const key = decodeURIComponent(url.pathname.replace(new RegExp(`^/${BUCKET}/?`), ''))
    const entry: Seen = { method: req.method ?? '', key, start: counter++, end: -1, status: 0 }
    seen.push(entry)
    const isUpload = req.method === 'PUT' && key !== '' && !key.startsWith('_publish/')
    if (isUpload && refuse !== null && ++uploads === refuse) {
      req.resume()
      req.on('end', () => {
        const body =
          '<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Refused by the test</Message></Error>'
        res.writeHead(403, { 'Content-Type': 'application/xml' })
        res.end(body)
        entry.status = 403
        entry.end = counter++
      })
      return
    }
    const forward = http.request(
      { host: '127.0.0.1', port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
        answer.on('end', () => {
          entry.status = answer.statusCode ?? 0
          entry.end = counter++
        })
      },
    )
    forward.on('error', (error) => {
      res.writeHead(502)
      res.end(error.message)
    })
    req.pipe(forward)
  })
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
  return {
    endpoint: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
    direct: `http://127.0.0.1:${port}`,
    seen,
    refuseUpload(n) {
      refuse = n
      uploads = 0
    },
    async stop() {
      proxy.closeAllConnections()
      await new Promise((resolve) => proxy.close(resolve))
      await s3.close()
      await rm(directory, { recursive: true, force: true })
    },
  }
}
