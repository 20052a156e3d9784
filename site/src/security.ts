/**
 * The public site's security headers, in one place: the site build writes them into its output as
 * `_headers` (integrations/headers.ts), for Netlify, Cloudflare Pages and any CDN that reads that
 * format, and serve.ts sends what the build it serves wrote. No imports: pure functions, usable
 * from the build, the server and the tests alike.
 *
 * The Content-Security-Policy allows what the site's own scripts need and nothing more:
 *   - the Leaflet map: tiles are <img> from the tile server of PUBLIC_TILE_URL (img-src);
 *   - the 3D viewer (three.js): glTF textures embedded in a .glb go through blob: URLs, loaded as
 *     images or with fetch() (img-src, connect-src); the Draco decoder runs in a blob: worker and
 *     it and the meshopt decoder compile WebAssembly (worker-src, script-src 'wasm-unsafe-eval');
 *   - the 360° viewer: the panorama is decoded from a blob: image; a data: WebP probes support;
 *   - Pagefind: /pagefind/pagefind.js, its worker /pagefind/pagefind-worker.js, and its index and
 *     WebAssembly fetched from /pagefind/ (all 'self'), compiled with 'wasm-unsafe-eval';
 *   - the audio guide: <audio> from /media/ (media-src falls back to default-src 'self');
 *   - styles: Astro inlines the stylesheet and the map adds its own <style> ('unsafe-inline');
 *   - the route pack (a React island): Astro's island loader is an inline script on the pages with
 *     an island, allowed by its hash only (`scriptHashes`, collected from the built pages by
 *     integrations/route-packs.ts); its service worker is /sw.js (worker-src 'self'), the web app
 *     manifest /manifest.webmanifest (default-src 'self').
 * Every other script is a file (astro.config.ts keeps them in files), so script-src has no 'unsafe-inline'.
 */

/** The map's tile server when PUBLIC_TILE_URL is not set: keep equal to the one in scripts/map.ts. */
export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png'

/** The file a build writes its headers into, at the root of its output. */
export const HEADERS_FILE = '_headers'

/** A tile URL the Content-Security-Policy cannot be made for (and that the map could not use). */
export class TileUrlError extends Error {
  override name = 'TileUrlError'
}

const fail = (tileUrl: string, reason: string): never => {
  throw new TileUrlError(
    `PUBLIC_TILE_URL ${JSON.stringify(tileUrl)} ${reason}. Set it to a URL template of the map tile server, ` +
      `such as ${DEFAULT_TILE_URL} or https://{s}.tiles.example.vn/{z}/{x}/{y}.png ({s} only as the first ` +
      'part of the host name), or leave it unset for OpenStreetMap; then build the site again.',
  )
}

/** Host names as a Content-Security-Policy source can name them: letters, digits and hyphens. */
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$|^\[[0-9a-f:.]+\]$/

/**
 * The Content-Security-Policy source of the map tiles of a Leaflet URL template: its scheme and
 * host (and port), a `{s}` subdomain becoming `*.` (`https://{s}.tile.example.org/…` →
 * `https://*.tile.example.org`). Null for a template on the site's own origin (`/tiles/{z}/…`),
 * which 'self' already allows. Throws a TileUrlError for anything else.
 */
export function tileSource(tileUrl: string = DEFAULT_TILE_URL): string | null {
  if (/^\/(?!\/)/.test(tileUrl)) return null
  const scheme = /^(https?):\/\//i.exec(tileUrl)
  if (!scheme?.[1]) return fail(tileUrl, 'is not an http:// or https:// address')
  const rest = tileUrl.slice(scheme[0].length)
  const authority = rest.slice(0, rest.search(/[/?#]|$/))
  const wildcard = authority.startsWith('{s}.')
  const host = wildcard ? `s${authority.slice(3)}` : authority
  if (/[{}]/.test(host)) return fail(tileUrl, 'has a placeholder in its host other than a leading {s}.')
  if (host.includes('@')) return fail(tileUrl, 'carries a user name or password')
  let url: URL
  try {
    url = new URL(`${scheme[1]}://${host}/`)
  } catch {
    return fail(tileUrl, 'is not a valid URL')
  }
  if (!HOST.test(url.hostname)) return fail(tileUrl, `has a host name (${url.hostname}) a browser policy cannot name`)
  if (!wildcard) return url.origin
  const parent = url.host.slice(url.host.indexOf('.') + 1)
  if (!parent.includes('.') || /^\[|^[\d.:]+$/.test(parent)) {
    return fail(tileUrl, 'puts {s} in front of a domain too short to allow all of its subdomains')
  }
  return `${url.protocol}//*.${parent}`
}

export interface SecurityOptions {
  /** The map's tile URL template, PUBLIC_TILE_URL; unset or empty means OpenStreetMap's, as for the map. */
  tileUrl?: string | undefined
  /**
   * Served over https only: adds Strict-Transport-Security. For the `_headers` file that CDNs read
   * (they serve https); never for the local http server, where it means nothing.
   */
  https?: boolean
  /** `'sha256-…'` sources of the inline scripts the build's pages carry (Astro's island loader). */
  scriptHashes?: readonly string[]
}

export function contentSecurityPolicy({ tileUrl, scriptHashes = [] }: SecurityOptions = {}): string {
  const tiles = tileSource(tileUrl || DEFAULT_TILE_URL)
  for (const hash of scriptHashes) {
    if (!/^'sha(256|384|512)-[A-Za-z0-9+/]+={0,2}'$/.test(hash)) throw new Error(`Not a script hash: ${hash}`)
  }
  return [
    "default-src 'self'",
    `img-src 'self' data: blob:${tiles ? ` ${tiles}` : ''}`,
    ["script-src 'self' 'wasm-unsafe-eval'", ...scriptHashes].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "connect-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/** Every header the site is served with (security, and who may read it); the same for every page and file. */
export function securityHeaders(options: SecurityOptions = {}): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    // For browsers without frame-ancestors.
    'X-Frame-Options': 'DENY',
    // The 360° viewer's fullscreen button is the only powerful feature the site uses.
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    // Everything the site serves is public and sent without credentials: IIIF viewers, open-data
    // portals and GS1 apps on other sites read its manifests, Linked Art, datasets and images.
    'Access-Control-Allow-Origin': '*',
    ...(options.https ? { 'Strict-Transport-Security': 'max-age=31536000' } : {}),
  }
}

/** Headers that only mean something over https, which a plain http server leaves out. */
export const HTTPS_ONLY_HEADERS = ['Strict-Transport-Security']

/**
 * The same headers as nginx `add_header` lines, for the `server {}` block that serves the build
 * (deploy/nginx/heritage.conf includes it from the live build). `always`: error pages and
 * redirects carry them too.
 */
export const NGINX_HEADERS_FILE = 'nginx-headers.conf'

export function formatNginxHeaders(headers: Record<string, string>, comment: string[] = []): string {
  const lines = comment.map((line) => `# ${line.replace(/\s+/g, ' ')}`)
  for (const [name, value] of Object.entries(headers)) {
    // nginx reads `$` in a value as a variable and has no escape for it; no header here needs one.
    if (/[\r\n"\\$]/.test(name + value) || !/^[A-Za-z0-9-]+$/.test(name)) throw new Error(`Invalid header ${name}`)
    lines.push(`add_header ${name} "${value}" always;`)
  }
  return `${lines.join('\n')}\n`
}

/**
 * The same headers for Caddy 2, a `header` block the production Caddyfile imports from the live
 * build (deploy/caddy/Caddyfile). Caddy sets them before it answers, error pages and redirects
 * included.
 */
export const CADDY_HEADERS_FILE = 'Caddyfile.headers'

export function formatCaddyHeaders(headers: Record<string, string>, comment: string[] = []): string {
  const lines = [...comment.map((line) => `# ${line.replace(/\s+/g, ' ')}`), 'header {']
  for (const [name, value] of Object.entries(headers)) {
    // Caddy reads `{…}` in a value as a placeholder; no header here needs one.
    if (/[\r\n"\\{}]/.test(name + value) || !/^[A-Za-z0-9-]+$/.test(name)) throw new Error(`Invalid header ${name}`)
    lines.push(`\t${name} "${value}"`)
  }
  lines.push('}')
  return `${lines.join('\n')}\n`
}

/**
 * A `_headers` file (Netlify, Cloudflare Pages) applying these headers to every path, then the
 * headers of some paths (`byPath`: a file's type the host cannot tell from its name).
 */
export function formatHeadersFile(
  headers: Record<string, string>,
  comment: string[] = [],
  byPath: Record<string, Record<string, string>> = {},
): string {
  const lines = comment.map((line) => `# ${line.replace(/\s+/g, ' ')}`)
  for (const [pattern, block] of [['/*', headers] as const, ...Object.entries(byPath)]) {
    if (!/^\/\S*$/.test(pattern)) throw new Error(`Invalid path ${pattern}`)
    lines.push(pattern)
    for (const [name, value] of Object.entries(block)) {
      if (/[\r\n]/.test(name + value) || !/^[A-Za-z0-9-]+$/.test(name)) throw new Error(`Invalid header ${name}`)
      lines.push(`  ${name}: ${value}`)
    }
  }
  return `${lines.join('\n')}\n`
}

/**
 * The headers a `_headers` file gives every path (its `/*` block), or null when it has none.
 * Comments and other paths' blocks are skipped.
 */
export function parseHeadersFile(text: string): Record<string, string> | null {
  let headers: Record<string, string> | null = null
  let inBlock = false
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trimEnd()
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue
    if (!/^\s/.test(line)) {
      inBlock = line === '/*'
      if (inBlock) headers ??= {}
      continue
    }
    const colon = line.indexOf(':')
    if (!inBlock || !headers || colon < 0) continue
    const name = line.slice(0, colon).trim()
    if (name) headers[name] = line.slice(colon + 1).trim()
  }
  return headers
}
