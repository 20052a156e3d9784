import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { LINKSET_DIR, LINKSET_TYPE, RESOLVER_FILE } from '../src/gs1-resolver.ts'
import { keptFrom } from '../src/render-set.ts'
import { pagePathOf } from '../src/routing.ts'
import {
  CADDY_HEADERS_FILE,
  contentSecurityPolicy,
  DEFAULT_TILE_URL,
  formatCaddyHeaders,
  formatHeadersFile,
  formatNginxHeaders,
  HEADERS_FILE,
  NGINX_HEADERS_FILE,
  securityHeaders,
  tileSource,
} from '../src/security.ts'
import { writeAtomic } from '../tools/files.ts'
import {
  CADDY_FILE,
  caddySnippet,
  NETLIFY_FILE,
  NGINX_FILE,
  netlifyRedirects,
  nginxConf,
  parseQrTable,
  type QrTable,
  qrTable,
  qrTableAfter,
  serializeQrTable,
} from './language-rules.ts'

/**
 * The QR table of this build. A partial build (src/partial.ts) starts from the live build's table,
 * which the publisher kept (SITE_KEEP_FROM's `qrTable`), and reads only the QR pages it rendered;
 * any other build reads every QR page. Written to SITE_QR_TABLE when the publisher asks, for the
 * next partial build.
 */
async function buildQrTable(out: string, pages: { pathname: string }[]): Promise<QrTable> {
  let previousFile: string | undefined
  try {
    previousFile = keptFrom()?.qrTable
  } catch {
    // Unreadable: every QR page is read, as for a full build.
  }
  const previous = previousFile ? await readFile(previousFile, 'utf8').then(parseQrTable, () => null) : null
  const rendered = () =>
    pages.flatMap(({ pathname }) => {
      try {
        return [decodeURIComponent(pagePathOf(pathname))]
      } catch {
        return []
      }
    })
  const table = previous ? qrTableAfter(out, previous, rendered()) : qrTable(out)
  // Whole or not at all: a build stopped while writing leaves no table (the next reads every QR page).
  if (process.env.SITE_QR_TABLE) await writeAtomic(process.env.SITE_QR_TABLE, serializeQrTable(table))
  return table
}

/**
 * Writes the site's security headers into the build as `_headers` (Netlify and Cloudflare Pages
 * read it as it is; serve.ts sends what it says), and as `nginx-headers.conf` (`add_header`
 * lines the production nginx configuration includes from the live build, deploy/nginx) and
 * `Caddyfile.headers` (the same for Caddy, deploy/caddy). The Content-Security-Policy lets the map load
 * tiles from the server of PUBLIC_TILE_URL, read from the environment Vite resolved for the
 * build (the shell's, or a .env file), the very value the map script is built with. So a build
 * carries the policy that fits it, and a publish switches both at once. The hashes of the pages'
 * inline scripts (Astro's island loader) come from `options.scriptHashes`, read once the build is done.
 *
 * Next to it, the rules that open a QR landing page in the phone's language on other servers
 * (Netlify `_redirects`, an nginx and a Caddy snippet: integrations/language-rules.ts), made from
 * the built pages; serve.ts needs none of them, it reads the build.
 */
export default function headersFile(options: { scriptHashes?: () => readonly string[] } = {}): AstroIntegration {
  let tileUrl: string | undefined
  let resolved = false
  return {
    name: 'heritage-headers',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'heritage-headers:tile-url',
                configResolved(config: { env: Record<string, unknown> }) {
                  const value = config.env.PUBLIC_TILE_URL
                  tileUrl = typeof value === 'string' ? value : undefined
                  resolved = true
                  // A tile URL no policy can be made for stops the build now, not after every page.
                  contentSecurityPolicy({ tileUrl })
                },
              },
            ],
          },
        })
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!resolved) tileUrl = process.env.PUBLIC_TILE_URL
        // Read after the integrations before this one finished (route-packs.ts collects them).
        const headers = securityHeaders({ tileUrl, https: true, scriptHashes: options.scriptHashes?.() ?? [] })
        const comment = [
          'Security headers of every page and file of this build, written by the site build',
          `(integrations/headers.ts), with the map tiles of ${tileSource(tileUrl || DEFAULT_TILE_URL) ?? 'this site'}.`,
        ]
        // Types a static host cannot tell from the name (serve.ts: contentTypeOf).
        const types = {
          [`/${LINKSET_DIR}/*`]: { 'Content-Type': LINKSET_TYPE },
          [RESOLVER_FILE]: { 'Content-Type': 'application/json' },
        }
        await writeFile(path.join(fileURLToPath(dir), HEADERS_FILE), formatHeadersFile(headers, comment, types))
        await writeFile(path.join(fileURLToPath(dir), NGINX_HEADERS_FILE), formatNginxHeaders(headers, comment))
        await writeFile(path.join(fileURLToPath(dir), CADDY_HEADERS_FILE), formatCaddyHeaders(headers, comment))
        logger.info(`Security headers written to /${HEADERS_FILE}, /${NGINX_HEADERS_FILE} and /${CADDY_HEADERS_FILE}`)
        const out = fileURLToPath(dir)
        const qr = await buildQrTable(out, pages)
        await writeFile(path.join(out, NETLIFY_FILE), netlifyRedirects(qr))
        await writeFile(path.join(out, NGINX_FILE), nginxConf(qr))
        await writeFile(path.join(out, CADDY_FILE), caddySnippet(qr))
        logger.info(`Language rules for QR pages written to /${NETLIFY_FILE}, /${NGINX_FILE}, /${CADDY_FILE}`)
      },
    },
  }
}
