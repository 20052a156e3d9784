import { type ChildProcess, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { LINKSET_DIR } from '../src/gs1-resolver.ts'
import { securityHeaders } from '../src/security.ts'
import { publish } from '../tools/publish.ts'
import { type PublishStatus, readStatus } from '../tools/status.ts'
import { siteDir } from './build'
import { request as serveRequest, serveRoot, stopServe } from './serve'

const SITE_URL = 'https://disan.example.vn'
let work: string
let root: string
let good: string
let bad: string
let server: ChildProcess
let base: string
let relic: { file: string; slug: string; summary: string }

const request = (urlPath: string, headers: Record<string, string> = {}, method = 'GET') =>
  serveRequest(base, urlPath, headers, method)

const live = () => readlinkSync(path.join(root, 'current'))
const builds = () => readdirSync(path.join(root, 'builds')).sort()
const status = async () => (await readStatus(root)) as PublishStatus
const relicPage = () => `/di-tich/${relic.slug}/`

/** Rewrites the relic's summary the way an export does: new entry file, new hashes in the manifest. */
function editSummary(snapshot: string, summary: string) {
  const file = path.join(snapshot, relic.file)
  const entry = JSON.parse(readFileSync(file, 'utf8'))
  entry.summary.vi = summary
  const json = `${JSON.stringify(entry, null, 1)}\n`
  writeFileSync(file, json)
  const manifestFile = path.join(snapshot, 'manifest.json')
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'))
  for (const e of manifest.entries) if (e.file === relic.file) e.hash = createHash('sha256').update(json).digest('hex')
  manifest.contentHash = createHash('sha256').update(JSON.stringify(manifest.entries)).digest('hex')
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 1))
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'heritage-publish-'))
  root = path.join(work, 'root')
  good = path.join(work, 'good')
  bad = path.join(work, 'bad')
  cpSync(inject('snapshotDir'), good, { recursive: true })
  cpSync(good, bad, { recursive: true })
  const manifest = JSON.parse(readFileSync(path.join(bad, 'manifest.json'), 'utf8'))
  writeFileSync(path.join(bad, 'manifest.json'), JSON.stringify({ ...manifest, schemaVersion: 999 }))

  const item = JSON.parse(readFileSync(path.join(good, 'manifest.json'), 'utf8')).entries.find(
    (e: { kind: string }) => e.kind === 'relics',
  )
  const entry = JSON.parse(readFileSync(path.join(good, item.file), 'utf8'))
  relic = { file: item.file, slug: entry.slug, summary: entry.summary.vi }

  ;({ server, base } = await serveRoot(root))
})

afterAll(() => stopServe(server, work))

describe('publishing a snapshot', () => {
  it('shows a bilingual "being built" page until the first build', async () => {
    const answer = await request('/')
    expect(answer.status).toBe(503)
    expect(answer.headers['retry-after']).toBeDefined()
    expect(answer.body.toString()).toContain('Trang đang được xây dựng')
    expect(answer.body.toString()).toContain('The site is being built')
  })

  it('builds into its own folder, links the media, switches `current` and serves it', async () => {
    const result = await publish({ snapshot: good, root, siteUrl: SITE_URL })
    expect(result.skipped).toBe(false)
    expect(live()).toBe(path.join('builds', result.buildId))
    expect(await status()).toMatchObject({ state: 'ok', buildId: result.buildId, pages: result.pages })
    expect(result.pages).toBeGreaterThan(20)
    expect(existsSync(path.join(root, 'publish.lock'))).toBe(false)

    const page = await request(relicPage())
    expect(page.status).toBe(200)
    expect(page.body.toString()).toContain(relic.summary)
    expect((await request('/en/')).body.toString()).toMatch(/<html[^>]*lang="en"/)

    const media = JSON.parse(readFileSync(path.join(good, 'manifest.json'), 'utf8')).media as { file: string }[]
    expect(media.length).toBeGreaterThan(0)
    for (const { file } of media.slice(0, 5)) {
      const copy = path.join(result.dir, 'media', file)
      expect(lstatSync(copy).isSymbolicLink()).toBe(false)
      // A hard link: the same file on disk, no copy.
      expect(statSync(copy).ino).toBe(statSync(path.join(good, 'media', file)).ino)
    }
    const first = media[0]?.file ?? ''
    const answer = await request(`/media/${first}`)
    expect(answer.status).toBe(200)
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable')
  })

  it('builds nothing when asked only for changes and nothing changed', async () => {
    const before = await status()
    const result = await publish({ snapshot: good, root, siteUrl: SITE_URL, ifChanged: true })
    expect(result).toMatchObject({ skipped: true, buildId: before.buildId })
    expect(builds()).toEqual([before.buildId])
  })

  it('keeps the live site when a build fails, and says why (CLI)', async () => {
    const before = live()
    const cli = spawnSync(
      process.execPath,
      [path.join(siteDir, 'tools', 'publish.ts'), '--snapshot', bad, '--root', root, '--site-url', SITE_URL],
      { encoding: 'utf8' },
    )
    expect(cli.status).toBe(1)
    const reason = /schema version 999, newer than this site understands/
    expect(cli.stderr.trim().split('\n').pop()).toMatch(reason)

    expect(live()).toBe(before)
    expect(builds()).toEqual([path.basename(before)])
    expect(existsSync(path.join(root, 'publish.lock'))).toBe(false)
    const failed = await status()
    expect(failed).toMatchObject({ state: 'failed', error: expect.stringMatching(reason) })
    expect(Buffer.byteLength(failed.log ?? '')).toBeLessThanOrEqual(4096)
    expect(failed.live?.buildId).toBe(path.basename(before))
    const page = await request(relicPage())
    expect(page.status).toBe(200)
    expect(page.body.toString()).toContain(relic.summary)
  })

  it('gives up a build that takes longer than SITE_BUILD_MINUTES, keeping the live site, and refuses a wrong value', async () => {
    const before = live()
    const publishCli = (minutes: string) =>
      spawnSync(
        process.execPath,
        [path.join(siteDir, 'tools', 'publish.ts'), '--snapshot', good, '--root', root, '--site-url', SITE_URL],
        { encoding: 'utf8', env: { ...process.env, SITE_BUILD_MINUTES: minutes } },
      )
    // 0.002 minutes: astro cannot even start in that time.
    const slow = publishCli('0.002')
    expect(slow.status).toBe(1)
    const reason = /astro build did not finish within 0\.002 minutes \(SITE_BUILD_MINUTES\)/
    expect(slow.stderr.trim().split('\n').pop()).toMatch(reason)
    expect(live()).toBe(before)
    expect(builds()).toEqual([path.basename(before)])
    expect(existsSync(path.join(root, 'publish.lock'))).toBe(false)
    expect(await status()).toMatchObject({ state: 'failed', error: expect.stringMatching(reason) })

    const written = JSON.stringify(await status())
    const wrong = publishCli('ninety')
    expect(wrong.status).toBe(1)
    expect(wrong.stderr).toContain('SITE_BUILD_MINUTES phải là số phút lớn hơn 0 (ví dụ 60), không phải "ninety"')
    // Refused before anything was touched: no build, no lock, the status as it was.
    expect(builds()).toEqual([path.basename(before)])
    expect(existsSync(path.join(root, 'publish.lock'))).toBe(false)
    expect(JSON.stringify(await status())).toBe(written)
    expect((await request(relicPage())).status).toBe(200)
  })

  it('switches to the next good build', async () => {
    const before = path.basename(live())
    editSummary(good, 'Bản tóm tắt mới sau khi xuất bản lại.')
    const result = await publish({ snapshot: good, root, siteUrl: SITE_URL, ifChanged: true })
    expect(result.skipped).toBe(false)
    expect(live()).toBe(path.join('builds', result.buildId))
    expect(builds()).toEqual([before, result.buildId])
    expect((await request(relicPage())).body.toString()).toContain('Bản tóm tắt mới sau khi xuất bản lại.')
  })

  it('runs concurrent publishes one after the other and keeps two builds before the live one', async () => {
    const [one, two] = await Promise.all([
      publish({ snapshot: good, root, siteUrl: SITE_URL }),
      publish({ snapshot: good, root, siteUrl: SITE_URL }),
    ])
    const kept = builds()
    expect(kept).toHaveLength(3)
    const last = [one.buildId, two.buildId].sort()[1] ?? ''
    expect(live()).toBe(path.join('builds', last))
    expect(kept).toContain(one.buildId)
    expect(kept).toContain(two.buildId)
  })

  it('takes over the lock of a publisher that was killed, and removes its half-made build', async () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid
    mkdirSync(path.join(root, 'builds', 'killed-build'))
    writeFileSync(
      path.join(root, 'publish.lock'),
      JSON.stringify({ pid: dead, buildId: 'killed-build', since: new Date().toISOString(), token: 'x' }),
    )
    const result = await publish({ snapshot: good, root, siteUrl: SITE_URL, ifChanged: true, lockWaitMs: 5000 })
    expect(result.skipped).toBe(true)
    expect(builds()).not.toContain('killed-build')
    expect(existsSync(path.join(root, 'publish.lock'))).toBe(false)
  })
})

describe('serving the live build', () => {
  const build = () => path.join(root, live())

  it('refuses path traversal, encoded or not, and NUL bytes', async () => {
    for (const attempt of ['/../status.json', '/%2e%2e/status.json', '/di-tich/..%2f..%2fstatus.json', '/a%00.html']) {
      const answer = await request(attempt)
      expect(answer.status, attempt).toBe(400)
      expect(answer.body.toString()).not.toContain('"state"')
    }
    expect((await request('/.hidden')).status).toBe(404)
  })

  it('redirects a folder without its trailing slash, keeping the query', async () => {
    const answer = await request('/di-tich?from=qr')
    expect(answer.status).toBe(301)
    expect(answer.headers.location).toBe('/di-tich/?from=qr')
    expect((await request('//example.com')).headers.location ?? '').not.toMatch(/^\/\//)
  })

  it("answers 404 with the site's own page", async () => {
    const answer = await request('/khong-co-trang-nay/')
    expect(answer.status).toBe(404)
    const own = path.join(build(), '404.html')
    if (existsSync(own)) expect(answer.body.toString()).toBe(readFileSync(own, 'utf8'))
    else expect(answer.body.toString()).toContain('Không tìm thấy trang')
  })

  it('compresses text with brotli or gzip, varies on Accept-Encoding, and revalidates by ETag', async () => {
    const html = readFileSync(path.join(build(), 'index.html'))
    const gz = await request('/', { 'Accept-Encoding': 'gzip' })
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(gz.headers.vary).toBe('Accept-Encoding')
    expect(gunzipSync(gz.body).equals(html)).toBe(true)
    const br = await request('/', { 'Accept-Encoding': 'gzip, deflate, br' })
    expect(br.headers['content-encoding']).toBe('br')
    expect(brotliDecompressSync(br.body).equals(html)).toBe(true)
    const plain = await request('/')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.equals(html)).toBe(true)
    expect(plain.headers['cache-control']).toBe('no-cache')

    const etag = gz.headers.etag ?? ''
    const again = await request('/', { 'Accept-Encoding': 'gzip', 'If-None-Match': etag })
    expect(again.status).toBe(304)
    expect(again.body.length).toBe(0)
    expect(new Set([gz.headers.etag, br.headers.etag, plain.headers.etag]).size).toBe(3)
  })

  it('caches content-addressed /_astro/ files for a year', async () => {
    const asset = readdirSync(path.join(build(), '_astro'))[0]
    const answer = await request(`/_astro/${asset}`)
    expect(answer.status).toBe(200)
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    // A byte range of it (a guide's audio when the visitor seeks) is the file too.
    const part = await request(`/_astro/${asset}`, { Range: 'bytes=0-9' })
    expect(part.status).toBe(206)
    expect(part.headers['cache-control']).toBe('public, max-age=31536000, immutable')
  })

  it('sends the security headers the build wrote into `_headers` on every answer, HSTS aside', async () => {
    // Built without PUBLIC_TILE_URL: OpenStreetMap's tiles; the route pages' island loader by its hashes.
    const file = readFileSync(path.join(build(), '_headers'), 'utf8')
    const scriptHashes = file.match(/'sha256-[A-Za-z0-9+/=]+'/g) ?? []
    expect(scriptHashes.length).toBeGreaterThan(0)
    const written = securityHeaders({ https: true, scriptHashes })
    expect(file).toContain(`  Content-Security-Policy: ${written['Content-Security-Policy']}\n`)
    const { 'Strict-Transport-Security': _https, ...served } = written
    for (const urlPath of ['/', '/di-tich', '/khong-co/', '/../x']) {
      const { headers } = await request(urlPath)
      for (const [name, value] of Object.entries(served)) expect(headers[name.toLowerCase()], urlPath).toBe(value)
      expect(headers['x-frame-options']).toBe('DENY')
      expect(headers['strict-transport-security']).toBeUndefined()
    }
    expect((await request('/_headers')).status).toBe(404)
  })

  it('names the content types of the files it serves', async () => {
    const expected: Record<string, string> = {
      html: 'text/html; charset=utf-8',
      css: 'text/css; charset=utf-8',
      js: 'text/javascript; charset=utf-8',
      json: 'application/json; charset=utf-8',
      geojson: 'application/geo+json',
      csv: 'text/csv; charset=utf-8',
      xml: 'application/xml; charset=utf-8',
      txt: 'text/plain; charset=utf-8',
      svg: 'image/svg+xml',
      png: 'image/png',
      webp: 'image/webp',
      avif: 'image/avif',
      jpg: 'image/jpeg',
      wasm: 'application/wasm',
      pf_meta: 'application/octet-stream',
      pf_fragment: 'application/octet-stream',
    }
    const found = new Map<string, string>()
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name)
        // The GS1 linksets are .json of their own type (lot-paths.test.ts).
        if (entry.isDirectory()) {
          if (entry.name !== LINKSET_DIR) walk(full)
        } else {
          const ext = path.extname(entry.name).slice(1)
          if (ext in expected && !found.has(ext)) found.set(ext, path.relative(build(), full))
        }
      }
    }
    walk(build())
    expect([...found.keys()]).toEqual(expect.arrayContaining(['html', 'svg', 'xml', 'txt']))
    for (const [ext, file] of found) {
      const answer = await request(`/${file.split(path.sep).map(encodeURIComponent).join('/')}`, {}, 'HEAD')
      expect(answer.status, file).toBe(200)
      expect(answer.headers['content-type'], file).toBe(expected[ext])
      expect(answer.body.length).toBe(0)
      expect(Number(answer.headers['content-length'])).toBe(statSync(path.join(build(), file)).size)
    }
  })

  it('serves byte ranges (audio seeking) and refuses other methods', async () => {
    const answer = await request('/favicon.svg', { Range: 'bytes=0-9' })
    expect(answer.status).toBe(206)
    expect(answer.body.length).toBe(10)
    expect(answer.headers['content-range']).toMatch(/^bytes 0-9\/\d+$/)
    const post = await request('/', {}, 'POST')
    expect(post.status).toBe(405)
    expect(post.headers.allow).toBe('GET, HEAD, OPTIONS')
  })
})
