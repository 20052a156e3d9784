import config from '@payload-config'
import { generatePageMetadata, RootPage } from '@payloadcms/next/views'
import type { Metadata } from 'next'
import { resetLinkScreen } from '../../../../auth/ResetLinkScreen'
import { importMap } from '../importMap'

interface Args {
  params: Promise<{ segments: string[] }>
  searchParams: Promise<Record<string, string | string[]>>
}

export const generateMetadata = ({ params, searchParams }: Args): Promise<Metadata> =>
  generatePageMetadata({ config, params, searchParams })

// A reset link that no longer works gets its own screen (auth/ResetLinkScreen.tsx); the rest is Payload's.
const Page = async ({ params, searchParams }: Args) =>
  (await resetLinkScreen(config, (await params).segments)) ?? RootPage({ config, importMap, params, searchParams })

export default Page
