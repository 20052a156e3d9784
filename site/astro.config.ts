import { readFileSync } from 'node:fs'
import path from 'node:path'
import react from '@astrojs/react'
import { defineConfig } from 'astro/config'
import gs1Folders from './integrations/gs1-folders.ts'
import headersFile from './integrations/headers.ts'
import pagefind from './integrations/pagefind.ts'
import routePacks from './integrations/route-packs.ts'
import { LOCAL_SITE_URL } from './src/site-url.ts'

/** The public address: SITE_URL, else the one the CMS wrote into the snapshot. */
function siteUrl(): string {
  if (process.env.SITE_URL) return process.env.SITE_URL
  const dir = process.env.SNAPSHOT_DIR ?? path.join(process.cwd(), '..', 'cms', 'data', 'snapshot')
  try {
    return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')).siteUrl
  } catch {
    return LOCAL_SITE_URL
  }
}

// Route packs size themselves once every page exists, and give the headers the island's script hashes.
const packs = routePacks()

export default defineConfig({
  site: siteUrl(),
  output: 'static',
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One small stylesheet inlined: no render-blocking request on a weak connection.
    inlineStylesheets: 'always',
  },
  devToolbar: { enabled: false },
  compressHTML: true,
  prefetch: false,
  // gs1Folders first: the others find every page where it is served. React only for the
  // route pack island (components/islands/*.tsx); pages without an island get no script from it.
  integrations: [
    gs1Folders(),
    react({ include: ['**/islands/*.tsx'] }),
    packs,
    pagefind(),
    headersFile({ scriptHashes: packs.scriptHashes }),
  ],
  vite: {
    // Scripts go to files under /_astro/: the Content-Security-Policy allows no inline script but
    // Astro's island loader on route pages, by its hash.
    build: {
      assetsInlineLimit: (file: string) => (file.endsWith('.js') ? false : undefined),
      // A partial build (src/partial.ts) renders into a folder that already holds the entry pages
      // kept from the live build: Astro must not empty it first.
      ...(process.env.SITE_RENDER_ONLY ? { emptyOutDir: false } : {}),
    },
  },
})
