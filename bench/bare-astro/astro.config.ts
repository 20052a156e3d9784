import { defineConfig } from 'astro/config'

/** The baseline of the site-build benchmark: plain Astro, no integrations, no components. */
export default defineConfig({
  output: 'static',
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  compressHTML: true,
})
