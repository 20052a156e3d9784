import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import headersFile from '../integrations/headers.ts'
import {
  contentSecurityPolicy,
  DEFAULT_TILE_URL,
  formatCaddyHeaders,
  formatHeadersFile,
  parseHeadersFile,
  securityHeaders,
  TileUrlError,
  tileSource,
} from '../src/security.ts'
import { siteDir } from './build'

/** The policy as directive → sources. */
const directives = (policy: string): Map<string, string[]> =>
  new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/)
      return [name, sources]
    }),
  )

describe('the Content-Security-Policy', () => {
  it('allows the OpenStreetMap tile server by default, and only for images', () => {
    const policy = directives(contentSecurityPolicy())
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:', 'https://tile.openstreetmap.org'])
    for (const [name, sources] of policy) {
      if (name !== 'img-src') expect(sources.join(' '), name).not.toMatch(/openstreetmap/)
    }
    // An empty PUBLIC_TILE_URL is unset, as in the map script.
    expect(contentSecurityPolicy({ tileUrl: '' })).toBe(contentSecurityPolicy())
    expect(contentSecurityPolicy({ tileUrl: DEFAULT_TILE_URL })).toBe(contentSecurityPolicy())
  })

  it('follows PUBLIC_TILE_URL: a {s} subdomain becomes a wildcard, and OpenStreetMap is no longer allowed', () => {
    const policy = contentSecurityPolicy({ tileUrl: 'https://{s}.tiles.example.vn/{z}/{x}/{y}.png' })
    expect(directives(policy).get('img-src')).toEqual(["'self'", 'data:', 'blob:', 'https://*.tiles.example.vn'])
    expect(policy).not.toMatch(/openstreetmap/)
  })

  it('keeps what the map, the viewers, search and the audio guide need, and no more', () => {
    const policy = directives(contentSecurityPolicy())
    expect(policy.get('default-src')).toEqual(["'self'"])
    // Pagefind, the Draco and meshopt decoders compile WebAssembly; no inline or eval'd script.
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"])
    // Draco decodes in a blob: worker, Pagefind in /pagefind/pagefind-worker.js.
    expect(policy.get('worker-src')).toEqual(["'self'", 'blob:'])
    // GLTFLoader fetches a .glb's embedded textures through blob: URLs.
    expect(policy.get('connect-src')).toEqual(["'self'", 'blob:'])
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('base-uri')).toEqual(["'self'"])
    expect(policy.get('form-action')).toEqual(["'self'"])
    expect(policy.get('frame-ancestors')).toEqual(["'none'"])
    // Audio and everything else: the site's own origin (default-src).
    expect(policy.has('media-src')).toBe(false)
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'")
    expect([...policy.values()].flat()).not.toContain('*')
  })
})

describe('the tile source', () => {
  it.each([
    ['https://tile.openstreetmap.org/{z}/{x}/{y}.png', 'https://tile.openstreetmap.org'],
    ['https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png', 'https://*.tile.openstreetmap.org'],
    ['https://{s}.Tiles.Example.VN:8443/{z}/{x}/{y}{r}.png?key={apikey}', 'https://*.tiles.example.vn:8443'],
    ['HTTPS://maps.example.vn:443/t/{z}/{x}/{y}.png', 'https://maps.example.vn'],
    ['http://127.0.0.1:8080/{z}/{x}/{y}.png', 'http://127.0.0.1:8080'],
    ['https://bản-đồ.vn/{z}/{x}/{y}.png', 'https://xn--bn--xqa1698alia.vn'],
  ])('of %s is %s', (tileUrl, source) => {
    expect(tileSource(tileUrl)).toBe(source)
  })

  it("is the site's own origin for a template without a host", () => {
    expect(tileSource('/tiles/{z}/{x}/{y}.png')).toBeNull()
    expect(directives(contentSecurityPolicy({ tileUrl: '/tiles/{z}/{x}/{y}.png' })).get('img-src')).toEqual([
      "'self'",
      'data:',
      'blob:',
    ])
  })

  it.each([
    ['ftp://tiles.example.vn/{z}/{x}/{y}.png', /not an http:\/\/ or https:\/\/ address/],
    ['tiles.example.vn/{z}/{x}/{y}.png', /not an http:\/\/ or https:\/\/ address/],
    ['//tiles.example.vn/{z}/{x}/{y}.png', /not an http:\/\/ or https:\/\/ address/],
    ['javascript:alert(1)//{z}', /not an http:\/\/ or https:\/\/ address/],
    ['https://', /not a valid URL/],
    ['https://tiles example.vn/{z}.png', /not a valid URL/],
    ['https://tiles-{s}.example.vn/{z}/{x}/{y}.png', /placeholder in its host/],
    ['https://{z}.example.vn/{z}/{x}/{y}.png', /placeholder in its host/],
    ['https://{s}.vn/{z}/{x}/{y}.png', /domain too short/],
    ['https://user:secret@tiles.example.vn/{z}.png', /user name or password/],
    // Would end the img-src directive and start another one.
    ['https://x.vn;script-src,*/{z}.png', /host name \(x\.vn;script-src,\*\) a browser policy cannot name/],
    ['https://tiles_a.example.vn/{z}.png', /a browser policy cannot name/],
  ])('refuses %s, naming PUBLIC_TILE_URL and what to do', (tileUrl, reason) => {
    let error: unknown
    try {
      contentSecurityPolicy({ tileUrl })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(TileUrlError)
    const message = (error as Error).message
    expect(message).toMatch(reason)
    expect(message).toContain(`PUBLIC_TILE_URL ${JSON.stringify(tileUrl)}`)
    expect(message).toMatch(
      /Set it to a URL template .* or leave it unset for OpenStreetMap; then build the site again/,
    )
  })

  it('defaults to the tile server the map script uses', async () => {
    const map = await readFile(path.join(siteDir, 'src/scripts/map.ts'), 'utf8')
    const fallback = /import\.meta\.env\.PUBLIC_TILE_URL \|\| '([^']+)'/.exec(map)?.[1]
    expect(fallback).toBe(DEFAULT_TILE_URL)
  })
})

describe('the security headers', () => {
  it('are the usual ones, with Strict-Transport-Security only for https', () => {
    const headers = securityHeaders({ tileUrl: 'https://{s}.tiles.example.vn/{z}/{x}/{y}.png' })
    expect(headers).toEqual({
      'Content-Security-Policy': contentSecurityPolicy({ tileUrl: 'https://{s}.tiles.example.vn/{z}/{x}/{y}.png' }),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Frame-Options': 'DENY',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
      'Access-Control-Allow-Origin': '*',
    })
    expect(securityHeaders({ https: true })['Strict-Transport-Security']).toBe('max-age=31536000')
  })

  it('go into a `_headers` file for every path and read back the same', () => {
    const headers = securityHeaders({ https: true })
    const text = formatHeadersFile(headers, ['first line', 'second\nline'])
    expect(text.split('\n').slice(0, 4)).toEqual([
      '# first line',
      '# second line',
      '/*',
      `  Content-Security-Policy: ${headers['Content-Security-Policy']}`,
    ])
    expect(parseHeadersFile(text)).toEqual(headers)
    expect(() => formatHeadersFile({ 'X-Bad': 'a\r\nSet-Cookie: x=1' })).toThrow(/Invalid header/)
  })

  it('give some paths a type of their own after the `/*` block, which still reads back alone', () => {
    const headers = securityHeaders({ https: true })
    const text = formatHeadersFile(headers, [], { '/gs1-linkset/*': { 'Content-Type': 'application/linkset+json' } })
    expect(text.endsWith('/gs1-linkset/*\n  Content-Type: application/linkset+json\n')).toBe(true)
    expect(parseHeadersFile(text)).toEqual(headers)
    expect(() => formatHeadersFile(headers, [], { 'gs1 linkset': {} })).toThrow(/Invalid path/)
  })

  it('go into a Caddy `header` block, refusing what Caddy would read as a placeholder', () => {
    const headers = securityHeaders({ https: true })
    const lines = formatCaddyHeaders(headers, ['a comment']).trimEnd().split('\n')
    expect(lines[0]).toBe('# a comment')
    expect(lines[1]).toBe('header {')
    expect(lines.at(-1)).toBe('}')
    expect(lines).toContain('\tX-Frame-Options "DENY"')
    expect(lines).toHaveLength(Object.keys(headers).length + 3)
    expect(() => formatCaddyHeaders({ 'X-Bad': '{env.SECRET}' })).toThrow(/Invalid header/)
    expect(() => formatCaddyHeaders({ 'X-Bad': 'a"b' })).toThrow(/Invalid header/)
  })

  it('are read from the `/*` block of a `_headers` file only', () => {
    const text = [
      '# comment: not a header',
      '/_astro/*',
      '  Cache-Control: public, max-age=31536000, immutable',
      '',
      '/*',
      '  X-Frame-Options: DENY',
      '  # neither is this',
      "  Content-Security-Policy: default-src 'self'; img-src https://a.example.vn",
      '/en/*',
      '  X-Robots-Tag: noindex',
    ].join('\r\n')
    expect(parseHeadersFile(text)).toEqual({
      'X-Frame-Options': 'DENY',
      'Content-Security-Policy': "default-src 'self'; img-src https://a.example.vn",
    })
    expect(parseHeadersFile('/en/*\n  X-Robots-Tag: noindex\n')).toBeNull()
  })
})

describe('the build integration', () => {
  let out: string | undefined
  afterEach(async () => {
    if (out) await rm(out, { recursive: true, force: true })
  })

  /** Runs the integration's hooks the way `astro build` does, with Vite's resolved environment. */
  async function build(env: Record<string, unknown>) {
    const integration = headersFile()
    const plugins: { configResolved(config: { env: Record<string, unknown> }): void }[] = []
    const setup = integration.hooks['astro:config:setup'] as unknown as (options: {
      updateConfig(config: { vite: { plugins: typeof plugins } }): void
    }) => void
    setup({ updateConfig: (config) => plugins.push(...config.vite.plugins) })
    expect(plugins).toHaveLength(1)
    for (const plugin of plugins) plugin.configResolved({ env })
    out = await mkdtemp(path.join(tmpdir(), 'heritage-headers-'))
    const done = integration.hooks['astro:build:done'] as unknown as (options: {
      dir: URL
      logger: { info(line: string): void }
    }) => Promise<void>
    const logged: string[] = []
    await done({ dir: pathToFileURL(`${out}/`), logger: { info: (line) => logged.push(line) } })
    expect(logged[0]).toBe('Security headers written to /_headers, /nginx-headers.conf and /Caddyfile.headers')
    const text = await readFile(path.join(out, '_headers'), 'utf8')
    // The nginx lines say the same as `_headers`, each on every answer (`always`).
    const nginx = (await readFile(path.join(out, 'nginx-headers.conf'), 'utf8'))
      .split('\n')
      .filter((line) => line.startsWith('add_header '))
      .map((line) => /^add_header ([A-Za-z-]+) "([^"]*)" always;$/.exec(line)?.slice(1))
    expect(Object.fromEntries(nginx.map((pair) => [pair?.[0], pair?.[1]]))).toEqual(parseHeadersFile(text))
    // And Caddy's (what the production Caddyfile serves: production-servers.test.ts).
    const caddy = (await readFile(path.join(out, 'Caddyfile.headers'), 'utf8'))
      .split('\n')
      .filter((line) => line.startsWith('\t'))
      .map((line) => /^\t([A-Za-z-]+) "([^"]*)"$/.exec(line)?.slice(1))
    expect(Object.fromEntries(caddy.map((pair) => [pair?.[0], pair?.[1]]))).toEqual(parseHeadersFile(text))
    // The GS1 files' types, for Netlify and Cloudflare Pages.
    expect(text).toContain('/gs1-linkset/*\n  Content-Type: application/linkset+json\n')
    expect(text).toContain('/.well-known/gs1resolver\n  Content-Type: application/json\n')
    return text
  }

  it('writes `_headers` for the tile server the build was made with, and for https', async () => {
    const tileUrl = 'https://{s}.tiles.example.vn/{z}/{x}/{y}.png?key=not-in-the-comment'
    const text = await build({ PUBLIC_TILE_URL: tileUrl, MODE: 'production' })
    expect(parseHeadersFile(text)).toEqual(securityHeaders({ tileUrl, https: true }))
    expect(text).toMatch(/^# .*\n# .*with the map tiles of https:\/\/\*\.tiles\.example\.vn\.\n\/\*\n/)
    expect(text).not.toContain('not-in-the-comment')
  })

  it('writes the OpenStreetMap policy when PUBLIC_TILE_URL is not set', async () => {
    const text = await build({ MODE: 'production' })
    expect(parseHeadersFile(text)?.['Content-Security-Policy']).toBe(contentSecurityPolicy())
  })

  it('stops the build at once on a tile URL no policy can be made for', () => {
    const integration = headersFile()
    let plugin: { configResolved(config: { env: Record<string, unknown> }): void } | undefined
    const setup = integration.hooks['astro:config:setup'] as unknown as (options: {
      updateConfig(config: { vite: { plugins: NonNullable<typeof plugin>[] } }): void
    }) => void
    setup({ updateConfig: (config) => (plugin = config.vite.plugins[0]) })
    expect(() => plugin?.configResolved({ env: { PUBLIC_TILE_URL: 'tiles/{z}/{x}/{y}.png' } })).toThrow(
      /PUBLIC_TILE_URL "tiles\/\{z\}\/\{x\}\/\{y\}\.png" is not an http/,
    )
  })
})
