import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  transpilePackages: ['@heritage/media-tools'],
  // The admin is a server app; Next's image optimiser is not used.
  images: { unoptimized: true },
  // `pnpm typecheck` (part of the test command) type-checks the whole workspace; not again here.
  typescript: { ignoreBuildErrors: true },
  async redirects() {
    return [{ source: '/', destination: '/admin', permanent: false }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
