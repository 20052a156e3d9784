import type { APIRoute } from 'astro'

// The search index's chunks are not pages; everything else may be crawled.
export const GET: APIRoute = ({ site }) =>
  new Response(
    [
      'User-agent: *',
      'Disallow: /pagefind/',
      '',
      `Sitemap: ${new URL('/sitemap.xml', site ?? 'http://localhost:4321').href}`,
      '',
    ].join('\n'),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  )
