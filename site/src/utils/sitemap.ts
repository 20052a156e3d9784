/**
 * sitemap.xml: every canonical page with its counterparts in the other languages where they exist
 * (`xhtml:link` alternates, `x-default` the Vietnamese page), so one sitemap serves every locale. QR and GS1
 * aliases are left out (they point to the readable page), and so are batch traceability pages
 * (one per production lot, reached from a label, of no use in a search engine) and the search page.
 */
import type { PageKind, Snapshot } from '../data/snapshot'
import { alternateLinks, type Page } from '../routing'

export const inSitemap = (page: Page): boolean =>
  page.path === page.canonical && page.view.type !== 'batch' && page.view.type !== 'search'

const newest = (dates: string[]): string | undefined =>
  dates.reduce<string | undefined>((a, b) => (a && a > b ? a : b), undefined)

/**
 * The newest update of each kind (and of all), once a snapshot: a province has a thousand list
 * pages, each of which would otherwise look through every entry of its kind.
 */
const newestOf = new WeakMap<object, Map<PageKind | 'all', string | undefined>>()

/** When a page last changed: its entry's update, or the newest update among what it lists. */
export function lastModified(page: Page, data: Pick<Snapshot, 'byKind' | 'all'>): string | undefined {
  const view = page.view
  if (view.type === 'entry') return view.entry.updatedAt
  const known = newestOf.get(data) ?? new Map<PageKind | 'all', string | undefined>()
  newestOf.set(data, known)
  const key: PageKind | 'all' =
    view.type === 'list' ? view.kind : view.type === 'festivals' ? 'intangible-heritage' : 'all'
  if (!known.has(key)) {
    const entries = key === 'all' ? data.all.filter((e) => e.kind !== 'batches') : data.byKind(key)
    known.set(key, newest(entries.map((e) => e.updatedAt)))
  }
  return known.get(key)
}

const xml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

export function sitemapXml(pages: Page[], site: URL, lastmod: (page: Page) => string | undefined): string {
  const absolute = (path: string) => xml(new URL(path, site).href)
  const urls = pages.filter(inSitemap).map((page) => {
    const modified = lastmod(page)
    const alternates = [
      ...alternateLinks(page.alternates).map(
        (l) => `<xhtml:link rel="alternate" hreflang="${l.locale}" href="${absolute(l.path)}"/>`,
      ),
      `<xhtml:link rel="alternate" hreflang="x-default" href="${absolute(page.alternates.vi)}"/>`,
    ]
    return [
      '<url>',
      `<loc>${absolute(page.path)}</loc>`,
      modified ? `<lastmod>${xml(modified)}</lastmod>` : '',
      ...alternates,
      '</url>',
    ].join('')
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n')
}
