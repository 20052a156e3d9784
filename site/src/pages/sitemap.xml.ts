import type { APIRoute } from 'astro'
import { snapshot } from '../data/snapshot'
import { allPages } from '../routing'
import { siteOf } from '../site-url'
import { lastModified, sitemapXml } from '../utils/sitemap'

export const GET: APIRoute = ({ site }) => {
  const data = snapshot()
  const body = sitemapXml(allPages(data), siteOf(site), (page) => lastModified(page, data))
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
