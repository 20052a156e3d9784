/**
 * The production nginx configuration (deploy/nginx/heritage.conf) as it is, given a real build of
 * the demo content and started by the test (Debian's nginx; skipped where it is missing): only the
 * host names, ports, certificate and folders are swapped for the test's. Checks the security
 * headers the build wrote (its `_headers`) on pages, assets, redirects and errors, the QR
 * addresses in each language (what serve.ts would choose, for a phone with one language), the
 * files meant for the server refused, and the admin and API proxied with the forwarded headers.
 * A second publish with another map tile server shows why nginx is reloaded after a publish
 * (deploy/systemd/heritage-site-reload.path): it sends the new build's headers only then.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import http from 'node:http'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { qrPaths } from '../integrations/language-rules.ts'
import { HEADERS_FILE, parseHeadersFile } from '../src/security.ts'
import { freePort } from '../tools/free-port.ts'
import { publish } from '../tools/publish.ts'
import { languageRedirect, qrTranslations } from '../tools/qr-language.ts'
import { siteDir } from './build'

const SEARCH_PATH = `${process.env.PATH ?? ''}:/usr/local/sbin:/usr/sbin:/sbin`
const nginxInstalled = (() => {
  try {
    execFileSync('sh', ['-c', 'command -v nginx && command -v openssl'], {
      stdio: 'ignore',
      env: { ...process.env, PATH: SEARCH_PATH },
    })
    return true
  } catch {
    return false
  }
})()

const SITE_HOST = 'di-san.example.vn'
const CMS_HOST = 'cms.di-san.example.vn'
const configFile = path.resolve(siteDir, '..', 'deploy', 'nginx', 'heritage.conf')

let work: string
let dataDir: string
let nginx: ChildProcess | undefined
let upstream: http.Server
let tlsPort: number
let httpPort: number
let nginxDir: string

interface Answer {
  status: number
  headers: http.IncomingHttpHeaders
  text: string
}

/** A request to nginx over TLS, for `host`, as a phone with `acceptLanguage` would send it. */
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

/** The production file, with the test's ports, certificate and folders. */
function testConfig(upstreamPort: number): string {
  const production = readFileSync(configFile, 'utf8')
  const swapped = production
    .replaceAll('/srv/heritage', dataDir)
    .replaceAll('127.0.0.1:3000', `127.0.0.1:${upstreamPort}`)
    .replace(/\/etc\/letsencrypt\/live\/[^/]+\/fullchain\.pem/g, path.join(work, 'cert.pem'))
    .replace(/\/etc\/letsencrypt\/live\/[^/]+\/privkey\.pem/g, path.join(work, 'key.pem'))
    .replaceAll('listen 443 ssl http2;', `listen 127.0.0.1:${tlsPort} ssl http2;`)
    .replaceAll('listen 80;', `listen 127.0.0.1:${httpPort};`)
    .replace(/^\s*listen \[::\].*$/gm, '')
  expect(swapped).not.toContain('/srv/heritage')
  expect(swapped).not.toContain('letsencrypt')
  return swapped
}

async function startNginx() {
  const main = [
    // As root (a container), the workers must be able to read the scratch build.
    process.getuid?.() === 0 ? 'user root;' : '',
    `pid ${nginxDir}/nginx.pid;`,
    'error_log stderr;',
    'events {}',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${nginxDir}/${t};`),
    `  include ${nginxDir}/heritage.conf;`,
    '}',
  ]
  writeFileSync(path.join(nginxDir, 'nginx.conf'), main.join('\n'))
  const args = ['-p', nginxDir, '-c', path.join(nginxDir, 'nginx.conf')]
  execFileSync('nginx', [...args, '-t', '-q'], { env: { ...process.env, PATH: SEARCH_PATH }, stdio: 'pipe' })
  nginx = spawn('nginx', [...args, '-g', 'daemon off;'], {
    env: { ...process.env, PATH: SEARCH_PATH },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  nginx.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk
  })
  for (let i = 0; i < 100; i++) {
    if (
      await get(SITE_HOST, '/').then(
        () => true,
        () => false,
      )
    )
      return
    if (nginx.exitCode !== null) break
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`nginx did not start: ${stderr}`)
}

describe.runIf(nginxInstalled)('deploy/nginx/heritage.conf serving a published build', () => {
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'heritage-nginx-'))
    dataDir = path.join(work, 'srv')
    nginxDir = path.join(work, 'nginx')
    mkdirSync(nginxDir, { recursive: true })
    await publish({
      snapshot: inject('snapshotDir'),
      root: path.join(dataDir, 'site'),
      siteUrl: `https://${SITE_HOST}`,
    })
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
    writeFileSync(path.join(nginxDir, 'heritage.conf'), testConfig((upstream.address() as AddressInfo).port))
    await startNginx()
  }, 600_000)

  afterAll(async () => {
    nginx?.kill()
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
    expect(assetAnswer.headers['cache-control']).toBe('max-age=31536000')
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

  it('refuses the files meant for the web server', async () => {
    for (const file of ['_headers', '_redirects', 'nginx-language.conf', 'nginx-headers.conf', 'Caddyfile.language']) {
      expect((await get(SITE_HOST, `/${file}`)).status, file).toBe(404)
    }
  })

  it('sends plain http to https', async () => {
    const answer = await new Promise<http.IncomingMessage>((resolve, reject) =>
      http
        .get({ host: '127.0.0.1', port: httpPort, path: '/p/X', headers: { host: SITE_HOST } }, resolve)
        .on('error', reject),
    )
    expect(answer.statusCode).toBe(301)
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

  it('sends the next build’s headers once nginx is reloaded after the publish', async () => {
    const before = buildHeaders()['Content-Security-Policy']
    // Another map tile server: the next build's Content-Security-Policy differs.
    process.env.PUBLIC_TILE_URL = 'https://{s}.tiles.example.vn/{z}/{x}/{y}.png'
    try {
      await publish({
        snapshot: inject('snapshotDir'),
        root: path.join(dataDir, 'site'),
        siteUrl: `https://${SITE_HOST}`,
      })
    } finally {
      delete process.env.PUBLIC_TILE_URL
    }
    const after = buildHeaders()['Content-Security-Policy']
    expect(after).toContain('https://*.tiles.example.vn')
    // nginx read the headers when it started: until it is reloaded it sends the previous build's.
    expect((await get(SITE_HOST, '/')).headers['content-security-policy']).toBe(before)
    execFileSync('nginx', ['-p', nginxDir, '-c', path.join(nginxDir, 'nginx.conf'), '-s', 'reload'], {
      env: { ...process.env, PATH: SEARCH_PATH },
    })
    await expect
      .poll(async () => (await get(SITE_HOST, '/')).headers['content-security-policy'], { timeout: 10_000 })
      .toBe(after)
    expectBuildHeaders(await get(SITE_HOST, '/'))
  })
})
