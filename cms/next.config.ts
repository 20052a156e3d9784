import { fileURLToPath } from 'node:url'
import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  serverExternalPackages: ['sharp', 'gltf-validator', 'draco3dgltf', 'meshoptimizer'],
  webpack: (config, { isServer }) => {
    // Payload's admin texts written in English in its code go through the admin's translations.
    config.module.rules.push({
      test: /[\\/]@payloadcms[\\/]ui[\\/]dist[\\/]exports[\\/]client[\\/][^\\/]+\.js$/,
      enforce: 'pre',
      loader: fileURLToPath(new URL('./src/i18n/payloadUiLoader.cjs', import.meta.url)),
    })
    if (isServer) {
      // media-tools runs as plain Node at run time (Node 24 strips its TypeScript): it finds its
      // fonts and WASM codecs through require.resolve, which the bundler would rewrite. Being a
      // workspace link, it is not covered by serverExternalPackages.
      config.externals = [
        ...(Array.isArray(config.externals) ? config.externals : [config.externals].filter(Boolean)),
        ({ request }: { request?: string }, callback: (error?: Error | null, result?: string) => void) =>
          request?.startsWith('@heritage/media-tools') ? callback(null, `import ${request}`) : callback(),
      ]
    }
    return config
  },
  // The admin is a server app; Next's image optimiser is not used.
  images: { unoptimized: true },
  // `pnpm typecheck` (part of the test command) type-checks the whole workspace; not again here.
  typescript: { ignoreBuildErrors: true },
  async redirects() {
    return [{ source: '/', destination: '/admin', permanent: false }]
  },
  // "X-Powered-By: Next.js, Payload" tells a scanner what to try; withPayload adds it unless this is false.
  poweredByHeader: false,
  async headers() {
    return [
      {
        // The admin, its API and its static files. No script-src policy: Next and Payload run
        // inline scripts. The public site has its own headers (site/src/security.ts).
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          // Only the admin may frame the admin (clickjacking); frame-ancestors for current browsers.
          { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
          { key: 'Content-Security-Policy', value: "frame-ancestors 'self'" },
          // The admin uses none of these; GPS positions come from the photos' EXIF, not the browser.
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
