/**
 * The production web server configurations (deploy/nginx/heritage.conf, deploy/caddy/Caddyfile)
 * as they are, given a real build of the demo content and started by the test (Debian's nginx and
 * Caddy; each skipped where it is missing): only the host names, ports, certificate and folders are
 * swapped for the test's. Checks the security headers the build wrote (its `_headers`) on pages,
 * assets, redirects and errors, the QR addresses in each language (what serve.ts would choose, for
 * a phone with one language), GS1 Digital Links, the files meant for the server refused, and the
 * admin and API proxied with the forwarded headers. A second publish with another map tile server
 * shows why the server is reloaded after a publish (deploy/systemd/heritage-site-reload.path): it
 * sends the new build's headers only then.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import http from 'node:http'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gtinCheckDigit } from '@heritage/contract'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { HOST_FILES, qrPaths } from '../integrations/language-rules.ts'
import { HEADERS_FILE, parseHeadersFile } from '../src/security.ts'
import { SEARCH_DIR, SHARD_DIR, shardFile, shardManifestFile } from '../src/utils/index-names.ts'
import { freePort } from '../tools/free-port.ts'
import { INDEX_FILES } from '../tools/index-files.ts'
import { publish } from '../tools/publish.ts'
import { languageRedirect, qrTranslations } from '../tools/qr-language.ts'
import { cacheControlOf } from '../tools/serve.ts'
import { siteDir } from './build'

const SEARCH_PATH = `${process.env.PATH ?? ''}:/usr/local/sbin:/usr/sbin:/sbin`
const installed = (...commands: string[]) => {
  try {
    execFileSync('sh', ['-c', commands.map((c) => `command -v ${c}`).join(' && ')], {
      stdio: 'ignore',
      env: { ...process.env, PATH: SEARCH_PATH },
    })
    return true
  } catch {
    return false
  }
}

const SITE_HOST = 'di-san.example.vn'
const CMS_HOST = 'cms.di-san.example.vn'
const deployDir = path.resolve(siteDir, '..', 'deploy')

/** One publish of the demo, copied for each server (each publishes again in its last test). */
let template: string
let work: string
let dataDir: string
let server: ChildProcess | undefined
let upstream: http.Server
let tlsPort: number
let httpPort: number
let adminPort: number
let serverDir: string

interface Answer {
  status: number
  headers: http.IncomingHttpHeaders
  text: string
}

/** A request to the server over TLS, for `host`, as a phone with `acceptLanguage` would send it. */
const get = (host: string, urlPath: string, headers: Record<string, string> = {}, method = 'GET') =>
  new Promise<Answer>((resolve, reject) => {
    const req = https.request(
      {
        host: '127.0.0.1',
        port: tlsPort,
        path: urlPath,
        method,
        servername: host,
        rejectUnauthorized: false,
        headers: { host, ...headers },
      },
      (res) => {
        let text = ''
        res.on('data', (chunk: Buffer) => {
          text += chunk
        })
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }))
      },
    )
    req.on('error', reject)
    req.end()
  })

const build = () => path.join(dataDir, 'site', 'current')
/** The headers the live build wrote for every path (its `_headers`, what Netlify would send). */
const buildHeaders = () => {
  const headers = parseHeadersFile(readFileSync(path.join(build(), HEADERS_FILE), 'utf8'))
  if (!headers) throw new Error('the build has no _headers')
  return headers
}
const expectBuildHeaders = (answer: Answer) => {
  for (const [name, value] of Object.entries(buildHeaders())) {
    expect(answer.headers[name.toLowerCase()], `${name} on a ${answer.status}`).toBe(value)
  }
}

/** The production file with the test's folders and the CMS's port. */
function productionFile(relative: string, upstreamPort: number): string {
  const production = readFileSync(path.join(deployDir, relative), 'utf8')
  const swapped = production
    .replaceAll('/srv/heritage', dataDir)
    .replaceAll('127.0.0.1:3000', `127.0.0.1:${upstreamPort}`)
  expect(swapped).not.toContain('/srv/heritage')
  return swapped
}

/** Waits until the server answers the site's home page, else throws with what it printed. */
async function waitForServer(child: ChildProcess, name: string): Promise<void> {
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk
  })
  for (let i = 0; i < 150; i++) {
    if (
      await get(SITE_HOST, '/').then(
        () => true,
        () => false,
      )
    )
      return
    if (child.exitCode !== null) break
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`${name} did not start: ${stderr}`)
}

interface ProductionServer {
  name: string
  /** Debian's package, and what the test needs of it. */
  commands: string[]
  start(upstreamPort: number): Promise<ChildProcess>
  reload(): void
  /** The answer to plain http: nginx's `return 301`, Caddy's automatic 308. */
  httpRedirect: number
}

const env = () => ({ ...process.env, PATH: SEARCH_PATH })

const NGINX: ProductionServer = {
  name: 'deploy/nginx/heritage.conf',
  commands: ['nginx', 'openssl'],
  httpRedirect: 301,
  async start(upstreamPort) {
    const config = productionFile('nginx/heritage.conf', upstreamPort)
      .replace(/\/etc\/letsencrypt\/live\/[^/]+\/fullchain\.pem/g, path.join(work, 'cert.pem'))
      .replace(/\/etc\/letsencrypt\/live\/[^/]+\/privkey\.pem/g, path.join(work, 'key.pem'))
      .replaceAll('listen 443 ssl http2;', `listen 127.0.0.1:${tlsPort} ssl http2;`)
      .replaceAll('listen 80;', `listen 127.0.0.1:${httpPort};`)
      .replace(/^\s*listen \[::\].*$/gm, '')
    expect(config).not.toContain('letsencrypt')
    writeFileSync(path.join(serverDir, 'heritage.conf'), config)
    const main = [
      // As root (a container), the workers must be able to read the scratch build.
      process.getuid?.() === 0 ? 'user root;' : '',
      `pid ${serverDir}/nginx.pid;`,
      'error_log stderr;',
      'events {}',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${serverDir}/${t};`),
      `  include ${serverDir}/heritage.conf;`,
      '}',
    ]
    writeFileSync(path.join(serverDir, 'nginx.conf'), main.join('\n'))
    const args = ['-p', serverDir, '-c', path.join(serverDir, 'nginx.conf')]
    execFileSync('nginx', [...args, '-t', '-q'], { env: env(), stdio: 'pipe' })
    const child = spawn('nginx', [...args, '-g', 'daemon off;'], { env: env(), stdio: ['ignore', 'ignore', 'pipe'] })
    await waitForServer(child, 'nginx')
    return child
  },
  reload() {
    execFileSync('nginx', ['-p', serverDir, '-c', path.join(serverDir, 'nginx.conf'), '-s', 'reload'], { env: env() })
  },
}

/** Caddy keeps its state under HOME / XDG folders: the scratch folder, not the machine's. */
const caddyEnv = () => ({ ...env(), HOME: serverDir, XDG_DATA_HOME: serverDir, XDG_CONFIG_HOME: serverDir })
const caddyConfig = () => path.join(serverDir, 'Caddyfile')

const CADDY: ProductionServer = {
  name: 'deploy/caddy/Caddyfile',
  commands: ['caddy', 'openssl'],
  httpRedirect: 308,
  async start(upstreamPort) {
    // The test's ports and certificate (in production Caddy gets its own), and an admin address
    // for `caddy reload`.
    const tls = `\ttls ${path.join(work, 'cert.pem')} ${path.join(work, 'key.pem')}`
    const config = productionFile('caddy/Caddyfile', upstreamPort).replace(
      /^([a-z.-]+\.example\.vn) \{$/gm,
      (_line, host: string) => `${host} {\n${tls}`,
    )
    expect(config.match(/\ttls /g)).toHaveLength(2)
    const global = [
      '{',
      `\tadmin 127.0.0.1:${adminPort}`,
      `\thttp_port ${httpPort}`,
      `\thttps_port ${tlsPort}`,
      '}',
      '',
    ]
    writeFileSync(caddyConfig(), global.join('\n') + config)
    execFileSync('caddy', ['validate', '--config', caddyConfig(), '--adapter', 'caddyfile'], {
      env: caddyEnv(),
      stdio: 'pipe',
    })
    const child = spawn('caddy', ['run', '--config', caddyConfig(), '--adapter', 'caddyfile'], {
      env: caddyEnv(),
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    await waitForServer(child, 'caddy')
    return child
  },
  reload() {
    execFileSync(
      'caddy',
      ['reload', '--config', caddyConfig(), '--adapter', 'caddyfile', '--address', `127.0.0.1:${adminPort}`],
      {
        env: caddyEnv(),
        stdio: 'pipe',
      },
    )
  },
}

const SERVERS = [NGINX, CADDY]

/** A publish of the demo into `root` with these settings in the environment, set back after. */
async function publishDemo(root: string, settings: Record<string, string>) {
  const before = Object.fromEntries(Object.keys(settings).map((name) => [name, process.env[name]]))
  Object.assign(process.env, settings)
  try {
    await publish({ snapshot: inject('snapshotDir'), root, siteUrl: `https://${SITE_HOST}` })
  } finally {
    for (const [name, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
}

beforeAll(async () => {
  if (!SERVERS.some((s) => installed(...s.commands))) return
  template = await mkdtemp(path.join(tmpdir(), 'heritage-production-'))
  // The sharded search index, whose word and card files are cached for a year (the demo would
  // have the compact index, one file, revalidated).
  await publishDemo(path.join(template, 'site'), { SITE_SEARCH: 'sharded' })
}, 600_000)

afterAll(() => {
  if (template) rmSync(template, { recursive: true, force: true })
})

for (const productionServer of SERVERS) {
  describe.runIf(installed(...productionServer.commands))(`${productionServer.name} serving a published build`, () => {
    beforeAll(async () => {
      work = await mkdtemp(path.join(tmpdir(), 'heritage-server-'))
      dataDir = path.join(work, 'srv')
      serverDir = path.join(work, 'server')
      mkdirSync(serverDir, { recursive: true })
      // The live build is a symbolic link to a build folder beside it: copied as it is.
      cpSync(template, dataDir, { recursive: true, verbatimSymlinks: true })
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-days',
          '1',
          '-subj',
          `/CN=${SITE_HOST}`,
          '-keyout',
          'key.pem',
          '-out',
          'cert.pem',
        ],
        { cwd: work, stdio: 'ignore', env: { ...process.env, OPENSSL_CONF: '/dev/null' } },
      )
      upstream = http.createServer((req, res) => {
        res.setHeader('content-type', 'application/json')
        res.end(JSON.stringify({ method: req.method, url: req.url, headers: req.headers }))
      })
      await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve))
      tlsPort = await freePort()
      httpPort = await freePort()
      adminPort = await freePort()
      server = await productionServer.start((upstream.address() as AddressInfo).port)
    }, 600_000)

    afterAll(async () => {
      server?.kill()
      upstream?.close()
      if (work) rmSync(work, { recursive: true, force: true })
    })

    it('sends the build’s own security headers on pages, assets, redirects and errors', async () => {
      const home = await get(SITE_HOST, '/')
      expect(home.status).toBe(200)
      expect(home.text).toContain('lang="vi"')
      expectBuildHeaders(home)
      expect(home.headers['cache-control']).toBe('no-cache')
      const asset = /\/_astro\/[^"']+\.(?:js|css)/.exec(home.text)?.[0]
      expect(asset).toBeTruthy()
      const assetAnswer = await get(SITE_HOST, String(asset))
      expect(assetAnswer.status).toBe(200)
      expectBuildHeaders(assetAnswer)
      expect(assetAnswer.headers['cache-control']).toBe('public, max-age=31536000, immutable')
      // A byte range of it is the file too, cached as long. An error there is not the file: a
      // cache may keep any answer as long as its Cache-Control says (the folder itself: nginx's
      // 403 of a folder without an index, Caddy's 404; a file the server may not read is the same
      // 403 for nginx, which this root-run test cannot make).
      const part = await get(SITE_HOST, String(asset), { range: 'bytes=0-9' })
      expect(part.status).toBe(206)
      expect(part.headers['cache-control']).toBe('public, max-age=31536000, immutable')
      const folder = await get(SITE_HOST, '/_astro/')
      expect(folder.status).toBeGreaterThanOrEqual(400)
      expect(folder.headers['cache-control'] ?? '').not.toContain('immutable')
      // An inscription's deep-zoom tile and the info.json beside it: media, named by content.
      const media: { file: string }[] = JSON.parse(
        readFileSync(path.join(inject('snapshotDir'), 'manifest.json'), 'utf8'),
      ).media
      const tile = media.find((m) => m.file.startsWith('zoom/'))?.file
      if (tile) {
        for (const file of [tile, `${tile.split('/').slice(0, 2).join('/')}/info.json`]) {
          const answer = await get(SITE_HOST, `/media/${file}`)
          expect(answer.status, file).toBe(200)
          expectBuildHeaders(answer)
          expect(answer.headers['cache-control'], file).toBe('public, max-age=31536000, immutable')
        }
      }
      // The sharded search index: its word and card files are named by their content (a year,
      // as serve.ts `IMMUTABLE`); the manifest naming them changes with every publish.
      const shard = readFileSync(path.join(build(), SEARCH_DIR, INDEX_FILES), 'utf8')
        .split('\n')
        .find((file) => file.startsWith(`${SHARD_DIR}/`))
      expect(shard).toBeTruthy()
      const shardAnswer = await get(SITE_HOST, `/${SEARCH_DIR}/${shard}`)
      expect(shardAnswer.status).toBe(200)
      expect(shardAnswer.headers['cache-control']).toBe(cacheControlOf(`/${SEARCH_DIR}/${shard}`))
      expect(shardAnswer.headers['cache-control']).toBe('public, max-age=31536000, immutable')
      const manifest = await get(SITE_HOST, `/${SEARCH_DIR}/${shardManifestFile('vi')}`)
      expect(manifest.status).toBe(200)
      expect(manifest.headers['cache-control']).toBe('no-cache')
      // A word file that is not there: a 404 kept for a year would hide it after a publish.
      const gone = await get(SITE_HOST, `/${SEARCH_DIR}/${shardFile('vi', '000000000000', 'words')}`)
      expect(gone.status).toBe(404)
      expect(gone.headers['cache-control'] ?? '').not.toContain('immutable')
      const missing = await get(SITE_HOST, '/khong-co-trang-nay/')
      expect(missing.status).toBe(404)
      expectBuildHeaders(missing)
      const qr = qrPaths(build())[0] ?? ''
      const redirect = await get(SITE_HOST, qr, { 'accept-language': 'en-US' })
      expect(redirect.status).toBe(302)
      expectBuildHeaders(redirect)
      const plain = await get(SITE_HOST, '/', {}, 'GET')
      expect(plain.headers['strict-transport-security']).toBe('max-age=31536000')
    })

    it('opens each QR address (plaque, label, GS1) in the phone’s language, as serve.ts chooses', async () => {
      const paths = qrPaths(build())
      expect(paths.some((p) => p.startsWith('/p/'))).toBe(true)
      expect(paths.some((p) => p.startsWith('/01/'))).toBe(true)
      let redirects = 0
      for (const urlPath of paths) {
        const translations = qrTranslations(build(), urlPath)
        for (const language of ['ko-KR', 'en-US', 'zh-TW', 'zh-CN', 'ja', 'vi-VN', 'de-DE']) {
          const expected = languageRedirect(translations, '', language)
          // As printed: without the final slash.
          const answer = await get(SITE_HOST, urlPath.replace(/\/$/, ''), { 'accept-language': language })
          if (expected) {
            expect(answer.status, `${urlPath} ${language}`).toBe(302)
            expect(new URL(answer.headers.location ?? '', `https://${SITE_HOST}`).pathname).toBe(
              expected.split('/').map(encodeURIComponent).join('/'),
            )
            redirects++
          } else {
            expect(answer.status, `${urlPath} ${language}`).toBe(200)
          }
          expect(answer.headers.vary, urlPath).toContain('Accept-Language')
        }
        const kept = await get(SITE_HOST, `${urlPath}?lang=vi`, { 'accept-language': 'ko-KR' })
        expect(kept.status).toBe(200)
      }
      expect(redirects).toBeGreaterThan(0)
    })

    it('sends the open data and its DCAT catalogue with their types, revalidated', async () => {
      for (const [file, type] of [
        ['catalog.jsonld', 'application/ld+json'],
        ['heritage.jsonld', 'application/ld+json'],
        ['heritage.geojson', 'application/geo+json'],
        ['heritage.csv', 'text/csv'],
      ]) {
        const answer = await get(SITE_HOST, `/data/${file}`)
        expect(answer.status, file).toBe(200)
        expect(answer.headers['content-type'], file).toBe(`${type}; charset=utf-8`)
        expect(answer.headers['cache-control'], file).toBe('no-cache')
        expectBuildHeaders(answer)
      }
    })

    it('answers GS1 Digital Links as far as a static server can: linkset, OPTIONS, HEAD, Link, 400', async () => {
      const gs1 = qrPaths(build()).filter((p) => p.startsWith('/01/'))
      const product = gs1.find((p) => /^\/01\/\d{14}\/$/.test(p)) ?? ''
      const batch = gs1.find((p) => p.includes('/10/')) ?? ''
      expect(product && batch).toBeTruthy()
      const gtin = product.slice(4, 18)
      const file = readFileSync(path.join(build(), 'gs1-linkset', `${gtin}.json`), 'utf8')
      const printed = (p: string) => p.replace(/\/$/, '').split('/').map(encodeURIComponent).join('/')
      for (const [urlPath, headers] of [
        [`${printed(product)}?linkType=linkset`, {}],
        [`${printed(batch)}?linkType=all`, { 'accept-language': 'en-US' }],
        [printed(batch), { accept: 'application/linkset+json' }],
      ] as const) {
        const answer = await get(SITE_HOST, urlPath, headers)
        expect(answer.status, urlPath).toBe(200)
        expect(answer.headers['content-type'], urlPath).toBe('application/linkset+json')
        expect(answer.headers['access-control-allow-origin'], urlPath).toBe('*')
        expect(answer.text, urlPath).toBe(file)
        expectBuildHeaders(answer)
      }
      const anchors = JSON.parse(file).linkset.map((e: { anchor: string }) => e.anchor)
      expect(anchors).toContain(`https://${SITE_HOST}${printed(product)}`)
      expect(anchors).toContain(`https://${SITE_HOST}${printed(batch)}`)

      const page = await get(SITE_HOST, product)
      expect(page.status).toBe(200)
      expect(page.headers.link).toBe(
        `<${printed(product)}?linkType=linkset>; rel="linkset"; type="application/linkset+json"`,
      )
      expect(page.headers['access-control-allow-origin']).toBe('*')
      const head = await get(SITE_HOST, product, {}, 'HEAD')
      expect(head.status).toBe(200)
      expect(head.text).toBe('')
      const { date: _g, ...getHeaders } = page.headers
      const { date: _h, ...headHeaders } = head.headers
      expect(headHeaders).toEqual(getHeaders)

      const options = await get(SITE_HOST, printed(product), {}, 'OPTIONS')
      expect(options.status).toBe(204)
      expect(options.headers.allow).toBe('GET, HEAD, OPTIONS')
      expect(options.headers['access-control-allow-methods']).toBe('GET, HEAD, OPTIONS')
      expect(options.headers['access-control-allow-origin']).toBe('*')
      expectBuildHeaders(options)

      const description = await get(SITE_HOST, '/.well-known/gs1resolver')
      expect(description.status).toBe(200)
      expect(description.headers['content-type']).toBe('application/json')
      expect(JSON.parse(description.text)).toMatchObject({
        resolverRoot: `https://${SITE_HOST}`,
        supportedPrimaryKeys: ['01'],
      })

      for (const malformed of [
        '/01/123/',
        `/01/${gtin}/99/X`,
        `${printed(batch)}/foo`,
        `/01/${gtin}/21/S/10/A`,
        '/01/',
      ]) {
        const answer = await get(SITE_HOST, malformed)
        expect(answer.status, malformed).toBe(400)
        expect(answer.text, malformed).toContain('<html lang="vi">')
        expect(answer.text, malformed).toContain('Đường dẫn GS1 Digital Link không hợp lệ')
        expectBuildHeaders(answer)
      }
      const body = `${gtin.slice(0, 12)}${(Number(gtin[12]) + 1) % 10}`
      expect((await get(SITE_HOST, `/01/${body}${gtinCheckDigit(body)}`)).status).toBe(404)
      expect((await get(SITE_HOST, `/01/${gtin}/10/NOSUCHLOT`)).status).toBe(404)
    })

    it('refuses the files meant for the web server', async () => {
      for (const file of [HEADERS_FILE, ...HOST_FILES]) {
        expect((await get(SITE_HOST, `/${file}`)).status, file).toBe(404)
      }
    })

    it('sends plain http to https', async () => {
      const answer = await new Promise<http.IncomingMessage>((resolve, reject) =>
        http
          .get({ host: '127.0.0.1', port: httpPort, path: '/p/X', headers: { host: SITE_HOST } }, resolve)
          .on('error', reject),
      )
      expect(answer.statusCode).toBe(productionServer.httpRedirect)
      expect(answer.headers.location).toBe(`https://${SITE_HOST}/p/X`)
    })

    it('proxies the admin and the API to the CMS with the client’s address and scheme, ', async () => {
      const answer = await get(CMS_HOST, '/api/health?scope=instance', { 'x-forwarded-for': '6.6.6.6' })
      expect(answer.status).toBe(200)
      const seen = JSON.parse(answer.text)
      expect(seen.url).toBe('/api/health?scope=instance')
      expect(seen.headers.host).toBe(CMS_HOST)
      // Replaced, not appended: a client cannot pass itself off as another address.
      expect(seen.headers['x-forwarded-for']).toBe('127.0.0.1')
      expect(seen.headers['x-forwarded-proto']).toBe('https')
    })

    it('sends the next build’s headers once the server is reloaded after the publish', async () => {
      const before = buildHeaders()['Content-Security-Policy']
      // Another map tile server: the next build's Content-Security-Policy differs.
      await publishDemo(path.join(dataDir, 'site'), {
        PUBLIC_TILE_URL: 'https://{s}.tiles.example.vn/{z}/{x}/{y}.png',
      })
      const after = buildHeaders()['Content-Security-Policy']
      expect(after).toContain('https://*.tiles.example.vn')
      // The server read the headers when it started: until it is reloaded it sends the previous build's.
      expect((await get(SITE_HOST, '/')).headers['content-security-policy']).toBe(before)
      productionServer.reload()
      await expect
        .poll(async () => (await get(SITE_HOST, '/')).headers['content-security-policy'], { timeout: 10_000 })
        .toBe(after)
      expectBuildHeaders(await get(SITE_HOST, '/'))
    })
  })
}
