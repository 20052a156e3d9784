import type { ChildProcess } from 'node:child_process'
import { mkdir, mkdtemp, rename, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentSecurityPolicy, formatHeadersFile, securityHeaders } from '../src/security.ts'
import { freePort } from '../tools/free-port.ts'
import { type Answer, request as serveRequest, serveRoot, startServe, stopServe } from './serve'

/**
 * serve.ts, started as `npm start` starts it, on hand-made builds (no Astro build needed): the
 * headers it sends come from the live build's `_headers`, whatever tile server that build was
 * made for, and from its own PUBLIC_TILE_URL for a build without one.
 */

const BUILD_TILES = 'https://{s}.tiles.example.vn/{z}/{x}/{y}.png'
const OTHER_TILES = 'https://maps.example.org/{z}/{x}/{y}.png'
const SERVER_TILES = 'https://{s}.fallback.example.vn/{z}/{x}/{y}.png'

let work: string
let root: string
let base: string
let server: ChildProcess

const request = (urlPath: string, method = 'GET') => serveRequest(base, urlPath, {}, method)

/** A build folder with a page, a script, a sub-folder and, if given, its `_headers` for these tiles. */
async function makeBuild(id: string, tileUrl?: string) {
  const dir = path.join(root, 'builds', id)
  await mkdir(path.join(dir, '_astro'), { recursive: true })
  await mkdir(path.join(dir, 'di-tich'), { recursive: true })
  await writeFile(path.join(dir, 'index.html'), `<!doctype html><title>${id}</title>`)
  await writeFile(path.join(dir, 'di-tich', 'index.html'), '<!doctype html><title>Di tích</title>')
  await writeFile(path.join(dir, '_astro', 'map.abc123.js'), 'export const map = 1\n')
  if (tileUrl) {
    await writeFile(path.join(dir, '_headers'), formatHeadersFile(securityHeaders({ tileUrl, https: true }), ['test']))
  }
}

/** Points `current` at a build the way publish.ts does: rename(2) of a fresh link. */
async function goLive(id: string) {
  const temp = path.join(root, `.current-${id}`)
  await symlink(path.join('builds', id), temp)
  await rename(temp, path.join(root, 'current'))
}

/** The headers every answer must carry, for a policy allowing these tiles; never HSTS over http. */
function expectSecurityHeaders(answer: Answer, tileUrl: string, what: string) {
  expect(answer.headers['content-security-policy'], what).toBe(contentSecurityPolicy({ tileUrl }))
  expect(answer.headers['x-content-type-options'], what).toBe('nosniff')
  expect(answer.headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin')
  expect(answer.headers['x-frame-options'], what).toBe('DENY')
  expect(answer.headers['permissions-policy'], what).toBe('camera=(), microphone=(), geolocation=()')
  expect(answer.headers['strict-transport-security'], what).toBeUndefined()
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'heritage-serve-headers-'))
  root = path.join(work, 'root')
  await mkdir(path.join(root, 'builds'), { recursive: true })
  ;({ server, base } = await serveRoot(root, { PUBLIC_TILE_URL: SERVER_TILES }))
})

afterAll(() => stopServe(server, work))

describe('the security headers served by serve.ts', () => {
  it('before the first build, are made from its own PUBLIC_TILE_URL', async () => {
    const answer = await request('/')
    expect(answer.status).toBe(503)
    expectSecurityHeaders(answer, SERVER_TILES, '503')
    expect(answer.headers['content-security-policy']).toContain(
      "img-src 'self' data: blob: https://*.fallback.example.vn;",
    )
  })

  it("are the live build's `_headers`, on every kind of answer, without Strict-Transport-Security", async () => {
    await makeBuild('a', BUILD_TILES)
    await goLive('a')
    const answers: [string, Answer, number][] = [
      ['page', await request('/'), 200],
      ['HEAD', await request('/', 'HEAD'), 200],
      ['script', await request('/_astro/map.abc123.js'), 200],
      ['redirect', await request('/di-tich'), 301],
      ['not found', await request('/khong-co/'), 404],
      ['bad path', await request('/../x'), 400],
      ['bad method', await request('/', 'POST'), 405],
    ]
    for (const [what, answer, status] of answers) {
      expect(answer.status, what).toBe(status)
      expectSecurityHeaders(answer, BUILD_TILES, what)
      expect(answer.headers['content-security-policy'], what).toContain('https://*.tiles.example.vn')
      expect(answer.headers['content-security-policy'], what).not.toMatch(/openstreetmap|fallback/)
    }
  })

  it('do not serve the `_headers` file itself', async () => {
    const answer = await request('/_headers')
    expect(answer.status).toBe(404)
    expect(answer.text).not.toContain('Content-Security-Policy')
  })

  it('change with the build a publish switches to', async () => {
    await makeBuild('b', OTHER_TILES)
    await goLive('b')
    const answer = await request('/')
    expect(answer.text).toContain('<title>b</title>')
    expectSecurityHeaders(answer, OTHER_TILES, 'build b')
    expect(answer.headers['content-security-policy']).toContain("img-src 'self' data: blob: https://maps.example.org;")
  })

  it('for a build without `_headers`, are made from the PUBLIC_TILE_URL of the server', async () => {
    await makeBuild('c')
    await goLive('c')
    const answer = await request('/')
    expect(answer.text).toContain('<title>c</title>')
    expectSecurityHeaders(answer, SERVER_TILES, 'build c')
  })
})

describe('serve.ts with an unusable PUBLIC_TILE_URL', () => {
  it('does not start, and says why and what to do', async () => {
    const child = startServe(root, await freePort(), { PUBLIC_TILE_URL: 'tiles.example.vn/{z}/{x}/{y}.png' })
    let stderr = ''
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk
    })
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
    expect(code).toBe(2)
    expect(stderr).toMatch(/^PUBLIC_TILE_URL "tiles\.example\.vn\/\{z\}\/\{x\}\/\{y\}\.png" is not an http/)
    expect(stderr).toContain('leave it unset for OpenStreetMap')
  })
})
