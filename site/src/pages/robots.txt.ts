import type { APIRoute } from 'astro'
import { siteOf } from '../site-url'

// The search index's chunks are not pages; everything else may be crawled.
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL('/sitemap.xml', siteOf(site)).href
  return new Response(['User-agent: *', 'Disallow: /pagefind/', '', `Sitemap: ${sitemap}`, ''].join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })
}
