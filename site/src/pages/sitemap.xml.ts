import type { APIRoute } from 'astro'
import { snapshot } from '../data/snapshot'
import { allPages } from '../routing'
import { lastModified, sitemapXml } from '../utils/sitemap'

export const GET: APIRoute = ({ site }) => {
  const data = snapshot()
  const body = sitemapXml(allPages(data), site ?? new URL('http://localhost:4321'), (page) => lastModified(page, data))
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
