/**
 * A small static server for the published site, without dependencies:
 *
 *   node site/tools/serve.ts --root DIR --port N [--host HOST]
 *
 * It serves <root>/current (see publish.ts), resolving the link on every request: a publish takes
 * effect at once, and a response already under way keeps reading its own build, which is kept.
 * Production can put any web server or CDN in front of the same folder instead; this one knows
 * the site's content types, caching (Astro's /_astro/ and the snapshot's /media/ are named by
 * content) and security headers, and says "being built" until the first build exists.
 *
 * Security headers: each build carries its own in `_headers` (see src/security.ts), whose
 * Content-Security-Policy allows the map tile server that build was made for (PUBLIC_TILE_URL at
 * build time). They are sent with every answer, without Strict-Transport-Security (this server
 * speaks http). A build without that file, and the answers given before any build exists, get the
 * headers made from this process's PUBLIC_TILE_URL.
 *
 * QR landing pages (`/p/CODE/`, `/t/CODE/`, GS1 `/01/…/`) open in the phone's language: an
 * unprefixed one answers 302 to the translation its Accept-Language prefers, when the build has it
 * (src/language-choice.ts), `Vary: Accept-Language` and never stored by shared caches.
 *
 * GS1 Digital Links answer as a GS1-Conformant resolver would, from files the build wrote
 * (src/gs1-resolver.ts; the snapshot is never read here): a malformed link is answered 400 with a
 * page saying what is wrong, a well-formed one of an unknown GTIN 404, an unknown lot (or a serial
 * or variant, which have no pages) 307 to the level above; `?linkType=linkset` (or the deprecated
 * `all`, or `Accept: application/linkset+json`) the linkset of the link and of each level above
 * it; `?linkType=gs1:…` 307 to that link (404 when there is none); every other request the page
 * itself, with a `Link` header to the linkset. CORS on all of them, OPTIONS on every path, and
 * `/.well-known/gs1resolver` (the resolver description) as JSON.
 */
import { createReadStream } from 'node:fs'
import { readFile, realpath, stat } from 'node:fs/promises'
import http from 'node:http'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { parseArgs, promisify } from 'node:util'
import zlib from 'node:zlib'
import { LOCALES, type Locale } from '@heritage/contract/locales'
import { HOST_FILES } from '../integrations/language-rules.ts'
import {
  ALLOWED_METHODS,
  CORS_HEADERS,
  hreflangOf,
  INVALID_LINK_TITLE,
  LINKSET_CONTEXT,
  LINKSET_DIR,
  LINKSET_TYPE,
  type Link,
  type Linkset,
  levelOf,
  linkTypeOf,
  malformedLinkBody,
  parseDigitalLinkPath,
  RESOLVER_FILE,
} from '../src/gs1-resolver.ts'
import { chooseLocale, isQrLandingPath } from '../src/language-choice.ts'
import { HEADERS_FILE, HTTPS_ONLY_HEADERS, parseHeadersFile, securityHeaders } from '../src/security.ts'
import { SEARCH_DIR, SHARD_DIR } from '../src/utils/index-names.ts'
import { languageRedirect, qrTranslations } from './qr-language.ts'

/** Content types by extension; bucket.ts stores objects with the same ones. */
export const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
  geojson: 'application/geo+json',
  csv: 'text/csv; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  webmanifest: 'application/manifest+json',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
  ico: 'image/x-icon',
  glb: 'model/gltf-binary',
  gltf: 'model/gltf+json',
  wasm: 'application/wasm',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  ogg: 'audio/ogg',
  m4a: 'audio/mp4',
  woff2: 'font/woff2',
  pdf: 'application/pdf',
  // Pagefind's index files are gzip-compressed by Pagefind itself and unpacked by its script; the
  // sharded index's (utils/sharded-search.ts) are gzip too, unpacked by the search page.
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pf_words: 'application/octet-stream',
  pf_cards: 'application/octet-stream',
  pagefind: 'application/octet-stream',
}

const COMPRESSIBLE =
  /^(text\/|application\/(javascript|json|geo\+json|xml|manifest\+json|wasm)|image\/svg\+xml|model\/gltf\+json)/

/**
 * Files named by their content (Astro's scripts, the snapshot's media, the sharded search index's
 * word and card files): cached for a year. deploy/nginx/heritage.conf and deploy/caddy/Caddyfile
 * say the same (site/test/production-servers.test.ts).
 */
export const IMMUTABLE = new RegExp(`^/(_astro|media|${SEARCH_DIR}/${SHARD_DIR})/`)
/** Files whose name does not give their type: the GS1 resolver description and linksets. */
const NAMED_TYPES: readonly [RegExp, string][] = [
  [/(?:^|\/)\.well-known\/gs1resolver$/, 'application/json'],
  [new RegExp(`(?:^|/)${LINKSET_DIR}/[^/]+\\.json$`), LINKSET_TYPE],
]
/** A file's content type (a path in the build, or a bucket's key); bucket.ts stores objects with it. */
export const contentTypeOf = (file: string) => {
  const slashed = file.split(path.sep).join('/')
  return (
    NAMED_TYPES.find(([pattern]) => pattern.test(slashed))?.[1] ??
    TYPES[path.extname(file).slice(1).toLowerCase()] ??
    'application/octet-stream'
  )
}
export const cacheControlOf = (urlPath: string) =>
  IMMUTABLE.test(urlPath) ? 'public, max-age=31536000, immutable' : 'no-cache'
/** Files worth compressing once and keeping in memory; larger ones are streamed as they are. */
const COMPRESS_MIN = 1024
const COMPRESS_MAX = 8 * 1024 * 1024

/** A small page of the server's own (503, 404 without the build's page, 400 of a GS1 link). */
export const page = (lang: string, title: string, body: string, head = '') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${head}<title>${title}</title><style>body{font:1.1rem/1.5 system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#222}</style></head><body>${body}</body></html>`

const BUILDING_PAGE = page(
  'vi',
  'Trang đang được xây dựng · The site is being built',
  '<h1>Trang đang được xây dựng</h1><p>Trang công khai sẽ có trong giây lát. Trang này tự tải lại.</p>' +
    '<h2 lang="en">The site is being built</h2><p lang="en">The public site will be here in a moment. This page reloads by itself.</p>',
  '<meta http-equiv="refresh" content="10">',
)

const NOT_FOUND_PAGE = page(
  'vi',
  'Không tìm thấy trang · Page not found',
  '<h1>Không tìm thấy trang</h1><p><a href="/">Về trang chủ</a></p>' +
    '<h2 lang="en">Page not found</h2><p lang="en"><a href="/en/">Go to the home page</a></p>',
)

/** Whether an Accept header asks for `type` (q above 0). */
const accepts = (header: string | undefined, type: string): boolean =>
  (header ?? '').split(',').some((part) => {
    const [name = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase())
    const q = params.find((p) => p.startsWith('q='))
    return name === type && (q === undefined || Number(q.slice(2)) > 0)
  })

/** The link of a link type for the visitor's language (by hreflang), else its first one. */
function linkFor(links: Link[], acceptLanguage: string | undefined): Link | undefined {
  const byLocale = new Map<Locale, Link>()
  for (const locale of LOCALES) {
    const link = links.find((l) => l.hreflang?.includes(hreflangOf(locale)))
    if (link) byLocale.set(locale, link)
  }
  return byLocale.get(chooseLocale(acceptLanguage, new Set(byLocale.keys()))) ?? links[0]
}

function pickEncoding(header: string | undefined): 'br' | 'gzip' | null {
  const accepted = new Map<string, number>()
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase())
    const q = params.find((p) => p.startsWith('q='))
    if (name) accepted.set(name, q ? Number(q.slice(2)) || 0 : 1)
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0
  if (ok('br')) return 'br'
  if (ok('gzip')) return 'gzip'
  return null
}

const matches = (header: string | undefined, etag: string) =>
  Boolean(
    header?.split(',').some((tag) => {
      const t = tag.trim()
      return t === '*' || t.replace(/^W\//, '') === etag
    }),
  )

type Range = { start: number; end: number } | 'unsatisfiable' | null

/** A single `bytes=` range (audio players seek with them); several ranges get the whole file. */
function parseRange(header: string | undefined, size: number): Range {
  const match = header?.match(/^bytes=(\d*)-(\d*)$/)
  if (!match || (match[1] === '' && match[2] === '')) return null
  let start: number
  let end: number
  if (match[1] === '') {
    start = Math.max(0, size - Number(match[2]))
    end = size - 1
  } else {
    start = Number(match[1])
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1)
  }
  return start > end || start >= size ? 'unsatisfiable' : { start, end }
}

const compressors = {
  br: (data: Buffer) =>
    promisify(zlib.brotliCompress)(data, {
      params: {
        // Quality 6 is nearly as small as 11 at a fraction of the time, and it runs once per file.
        [zlib.constants.BROTLI_PARAM_QUALITY]: 6,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
  gzip: (data: Buffer) => promisify(zlib.gzip)(data, { level: 9 }),
}

/** Compressed files by path, size, mtime and encoding, bounded in bytes; oldest out first. */
class CompressedCache {
  private readonly entries = new Map<string, { body: Promise<Buffer>; bytes: number }>()
  private bytes = 0
  private readonly budget: number
  constructor(budget: number) {
    this.budget = budget
  }

  get(file: string, info: { size: number; mtimeMs: number }, encoding: 'br' | 'gzip'): Promise<Buffer> {
    const key = `${file}\0${info.size}\0${info.mtimeMs}\0${encoding}`
    const hit = this.entries.get(key)
    if (hit) return hit.body
    const entry = { body: readFile(file).then((data) => compressors[encoding](data)), bytes: 0 }
    this.entries.set(key, entry)
    entry.body.then(
      (body) => {
        entry.bytes = body.length
        this.bytes += body.length
        for (const [old, value] of this.entries) {
          if (this.bytes <= this.budget) break
          this.entries.delete(old)
          this.bytes -= value.bytes
        }
      },
      () => this.entries.delete(key),
    )
    return entry.body
  }
}

export interface SiteServerOptions {
  root: string
  /** One line per error (never one per request). */
  log?: (line: string) => void
  /** Memory for compressed files. */
  cacheBytes?: number
  /** The map tile URL template for builds without their own `_headers`; default: PUBLIC_TILE_URL. */
  tileUrl?: string
}

type Headers = Record<string, string>

/** The headers of a build's `_headers` (its `/*` block) over the fallback ones, minus https-only ones. */
function servedHeaders(own: Headers | null, fallback: Headers): Headers {
  const lower = (names: string[]) => new Set(names.map((name) => name.toLowerCase()))
  const drop = lower(HTTPS_ONLY_HEADERS)
  const overridden = lower(Object.keys(own ?? {}))
  return Object.fromEntries(
    [
      ...Object.entries(fallback).filter(([name]) => !overridden.has(name.toLowerCase())),
      ...Object.entries(own ?? {}),
    ].filter(([name]) => !drop.has(name.toLowerCase())),
  )
}

export function createSiteServer(options: SiteServerOptions): http.Server {
  const current = path.join(path.resolve(options.root), 'current')
  const log = options.log ?? ((line: string) => console.error(line))
  const cache = new CompressedCache(options.cacheBytes ?? 64 * 1024 * 1024)
  // Throws on an unusable PUBLIC_TILE_URL: better at start than on the first request.
  const fallback = servedHeaders(null, securityHeaders({ tileUrl: options.tileUrl ?? process.env.PUBLIC_TILE_URL }))

  /** Builds never change once published: their headers are read once, for the live one. */
  let known: { build: string; headers: Promise<Headers> } | null = null
  /** The live build's GS1 linksets, read once per GTIN (null: the build has none for it). */
  let linksets: { build: string; byGtin: Map<string, Promise<Linkset | null>> } | null = null
  const linksetOf = (build: string, gtin: string): Promise<Linkset | null> => {
    if (linksets?.build !== build) linksets = { build, byGtin: new Map() }
    let found = linksets.byGtin.get(gtin)
    if (!found) {
      found = readFile(path.join(build, LINKSET_DIR, `${gtin}.json`), 'utf8').then(
        (text) => JSON.parse(text) as Linkset,
        () => null,
      )
      if (linksets.byGtin.size > 10_000) linksets.byGtin.clear()
      linksets.byGtin.set(gtin, found)
    }
    return found
  }
  /** The translations of the live build's QR pages, looked up once per path. */
  let translations: { build: string; pages: Map<string, ReturnType<typeof qrTranslations>> } | null = null
  const headersOf = (build: string | null): Promise<Headers> => {
    if (build === null) return Promise.resolve(fallback)
    if (known?.build !== build) {
      const headers = readFile(path.join(build, HEADERS_FILE), 'utf8').then(
        (text) => servedHeaders(parseHeadersFile(text), fallback),
        (error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') log(`serve: ${path.join(build, HEADERS_FILE)}: ${error.message}`)
          return fallback
        },
      )
      known = { build, headers }
    }
    return known.headers
  }

  const send = (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    status: number,
    body: string | Buffer,
    headers: Record<string, string> = {},
    security: Headers = fallback,
  ) => {
    const data = typeof body === 'string' ? Buffer.from(body) : body
    res.writeHead(status, {
      ...security,
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-cache',
      'Content-Length': String(data.length),
      ...headers,
    })
    res.end(req.method === 'HEAD' ? undefined : data)
  }

  const notFound = async (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    build: string,
    security: Headers,
    extra: Headers = {},
  ) => {
    const own = await readFile(path.join(build, '404.html')).catch(() => null)
    send(req, res, 404, own ?? NOT_FOUND_PAGE, extra, security)
  }

  async function serveFile(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    file: string,
    info: { size: number; mtimeMs: number },
    urlPath: string,
    security: Headers,
    vary: string[] = [],
    extra: Headers = {},
  ) {
    const type = extra['Content-Type'] ?? contentTypeOf(file)
    const headers: Record<string, string> = {
      ...security,
      'Cache-Control': cacheControlOf(urlPath),
      ...extra,
      'Content-Type': type,
    }
    const compressible = COMPRESSIBLE.test(type) && info.size >= COMPRESS_MIN && info.size <= COMPRESS_MAX
    const encoding = compressible ? pickEncoding(req.headers['accept-encoding']) : null
    const varies = [...vary, ...(compressible ? ['Accept-Encoding'] : [])]
    if (varies.length > 0) headers.Vary = varies.join(', ')
    const etag = `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}${encoding ? `-${encoding}` : ''}"`
    headers.ETag = etag
    headers['Last-Modified'] = new Date(info.mtimeMs).toUTCString()

    if (matches(req.headers['if-none-match'], etag)) {
      delete headers['Content-Type']
      res.writeHead(304, headers)
      res.end()
      return
    }
    if (encoding) {
      const body = await cache.get(file, info, encoding)
      res.writeHead(200, { ...headers, 'Content-Encoding': encoding, 'Content-Length': String(body.length) })
      res.end(req.method === 'HEAD' ? undefined : body)
      return
    }

    headers['Accept-Ranges'] = 'bytes'
    const ifRange = req.headers['if-range']
    const range = ifRange === undefined || ifRange === etag ? parseRange(req.headers.range, info.size) : null
    if (range === 'unsatisfiable') {
      send(req, res, 416, '', { ...headers, 'Content-Range': `bytes */${info.size}` }, security)
      return
    }
    const start = range?.start ?? 0
    const end = range?.end ?? info.size - 1
    if (range) headers['Content-Range'] = `bytes ${start}-${end}/${info.size}`
    res.writeHead(range ? 206 : 200, { ...headers, 'Content-Length': String(Math.max(0, end - start + 1)) })
    if (req.method === 'HEAD' || info.size === 0) {
      res.end()
      return
    }
    await pipeline(createReadStream(file, { start, end }), res)
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    // Null until the first build exists. Looked up first: every answer carries the live build's headers.
    const build = await realpath(current).catch(() => null)
    const security = await headersOf(build)
    if (req.method === 'OPTIONS') {
      send(req, res, 204, '', { ...CORS_HEADERS, Allow: ALLOWED_METHODS, 'Content-Length': '0' }, security)
      return
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(
        req,
        res,
        405,
        'Method not allowed',
        { Allow: ALLOWED_METHODS, 'Content-Type': 'text/plain; charset=utf-8' },
        security,
      )
      return
    }
    const url = req.url ?? '/'
    const at = url.indexOf('?')
    const rawPath = at >= 0 ? url.slice(0, at) : url
    const query = at >= 0 ? url.slice(at) : ''
    let decoded: string
    try {
      decoded = decodeURIComponent(rawPath)
    } catch {
      send(req, res, 400, 'Bad request', { 'Content-Type': 'text/plain; charset=utf-8' }, security)
      return
    }
    // Refused outright, not normalised away: no legitimate link contains them.
    const segments = decoded.split('/')
    if (!decoded.startsWith('/') || /[\0\\]/.test(decoded) || segments.includes('..')) {
      send(req, res, 400, 'Bad request', { 'Content-Type': 'text/plain; charset=utf-8' }, security)
      return
    }

    if (build === null) {
      send(req, res, 503, BUILDING_PAGE, { 'Cache-Control': 'no-store', 'Retry-After': '10' }, security)
      return
    }
    // The GS1 resolver description and linksets: JSON any site may read.
    const resolverFile = decoded === RESOLVER_FILE
    const linksetFile = decoded.startsWith(`/${LINKSET_DIR}/`) && decoded.endsWith('.json')
    // The headers file and the language rules are for the server, as on the hosts that read them.
    if (
      (!resolverFile && segments.some((s) => s.startsWith('.'))) ||
      [HEADERS_FILE, ...HOST_FILES].some((f) => decoded === `/${f}`)
    ) {
      await notFound(req, res, build, security)
      return
    }
    let gs1: Headers = {}
    const vary: string[] = []
    const digitalLink = parseDigitalLinkPath(rawPath)
    if (digitalLink && !digitalLink.ok) {
      const body = page('vi', INVALID_LINK_TITLE, malformedLinkBody(digitalLink.message))
      send(req, res, 400, body, CORS_HEADERS, security)
      return
    }
    const linkset = digitalLink?.ok ? await linksetOf(build, digitalLink.link.gtin) : null
    const level = digitalLink?.ok && linkset ? levelOf(linkset, digitalLink.link) : null
    // Well-formed, but of a GTIN this build has no linkset for: its page, if any, as any other file.
    if (digitalLink?.ok) gs1 = CORS_HEADERS
    if (level) {
      const params = new URLSearchParams(query)
      const linkType = params.get('linkType')
      gs1 = { ...CORS_HEADERS, Link: `<${level.path}?linkType=linkset>; rel="linkset"; type="${LINKSET_TYPE}"` }
      vary.push('Accept')
      if (!level.exact) {
        // A lot this build does not know (or a serial or variant): the level above, query kept.
        send(req, res, 307, '', { ...gs1, Location: `${level.path}/${query}`, 'Cache-Control': 'no-cache' }, security)
        return
      }
      if (
        linkType === 'linkset' ||
        linkType === 'all' ||
        (linkType === null && accepts(req.headers.accept, LINKSET_TYPE))
      ) {
        const body = `${JSON.stringify({ linkset: level.entries })}\n`
        send(
          req,
          res,
          200,
          body,
          {
            ...gs1,
            'Content-Type': LINKSET_TYPE,
            Link: `<${LINKSET_CONTEXT}>; rel="http://www.w3.org/ns/json-ld#context"; type="application/ld+json"`,
            Vary: 'Accept',
          },
          security,
        )
        return
      }
      if (linkType !== null) {
        const type = linkTypeOf(linkType)
        const entry = level.entries.find((e) => Array.isArray(e[type]))
        const link = entry ? linkFor(entry[type] as Link[], req.headers['accept-language']) : undefined
        if (!link) {
          await notFound(req, res, build, security, gs1)
          return
        }
        params.delete('linkType')
        const rest = params.toString()
        const location = rest ? `${link.href}${link.href.includes('?') ? '&' : '?'}${rest}` : link.href
        const headers = { ...gs1, Location: location, Vary: 'Accept-Language', 'Cache-Control': 'private, no-cache' }
        send(req, res, 307, '', headers, security)
        return
      }
    }
    // Plaques print the address without the final slash: one hop to the visitor's page, not two.
    const qrPath = [decoded, `${decoded}/`].find(isQrLandingPath)
    const negotiated = qrPath !== undefined
    if (qrPath) {
      if (translations?.build !== build) translations = { build, pages: new Map() }
      let pages = translations.pages.get(qrPath)
      if (!pages) {
        pages = qrTranslations(build, qrPath)
        if (translations.pages.size > 10_000) translations.pages.clear()
        translations.pages.set(qrPath, pages)
      }
      const location = languageRedirect(pages, query, req.headers['accept-language'])
      if (location) {
        // `private`: a shared cache must not hand one phone's language to the next one.
        const headers = {
          ...gs1,
          Location: location,
          Vary: ['Accept-Language', ...vary].join(', '),
          'Cache-Control': 'private, no-cache',
        }
        send(req, res, 302, '', headers, security)
        return
      }
    }
    const target = path.join(build, path.posix.normalize(decoded))
    let file = target
    let info = await stat(target).catch(() => null)
    if (info?.isDirectory()) {
      if (!rawPath.endsWith('/')) {
        // One leading slash only: `//host` would be a redirect to another site.
        const location = `/${rawPath.replace(/^\/+/, '')}/${query}`
        send(req, res, 301, '', { ...gs1, Location: location, 'Cache-Control': 'public, max-age=3600' }, security)
        return
      }
      file = path.join(target, 'index.html')
      info = await stat(file).catch(() => null)
    } else if (rawPath.endsWith('/')) {
      info = null
    }
    // realpath too: a symlink inside the build must not lead out of it.
    const real = info?.isFile() ? await realpath(file).catch(() => null) : null
    if (!info || !real?.startsWith(build + path.sep)) {
      await notFound(req, res, build, security, gs1)
      return
    }
    // Their types come from their names (contentTypeOf), as a bucket stores them.
    const served = resolverFile || linksetFile ? CORS_HEADERS : gs1
    await serveFile(
      req,
      res,
      real,
      info,
      decoded,
      security,
      [...(negotiated ? ['Accept-Language'] : []), ...vary],
      served,
    )
  }

  return http.createServer((req, res) => {
    handle(req, res).catch((error: NodeJS.ErrnoException) => {
      // A visitor who leaves mid-download is not an error of ours.
      if (error.code === 'ERR_STREAM_PREMATURE_CLOSE' || error.code === 'ECONNRESET') return
      log(`serve: ${req.method} ${req.url}: ${error.message}`)
      if (!res.headersSent)
        send(req, res, 500, 'Internal server error', { 'Content-Type': 'text/plain; charset=utf-8' })
      else res.destroy()
    })
  })
}

async function main() {
  const { values } = parseArgs({
    options: { root: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } },
  })
  const port = Number(values.port ?? 4321)
  if (!values.root || !Number.isInteger(port) || port < 0 || port > 65535) {
    console.error('Usage: node site/tools/serve.ts --root DIR --port N [--host HOST]')
    process.exit(2)
  }
  let server: http.Server
  try {
    server = createSiteServer({ root: values.root })
  } catch (error) {
    console.error((error as Error).message)
    process.exit(2)
  }
  server.on('error', (error) => {
    console.error(`The public site cannot listen on port ${port}: ${error.message}. Choose another with --port.`)
    process.exit(1)
  })
  server.listen(port, values.host, () => {
    console.log(`Serving ${path.resolve(values.root ?? '', 'current')} on http://localhost:${port}/`)
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      server.close()
      server.closeAllConnections()
      process.exit(0)
    })
  }
}

if (import.meta.main) await main()
