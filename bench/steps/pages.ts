/** What a visitor's browser fetches: search and page weight. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { indexKindOfPage } from '../../site/src/search-strategy.ts'
import { MAP_PAGE_BUDGET } from '../../site/tools/budgets.ts'
import { entries, root, snapshot } from '../lib/config.ts'
import { kb, mb, ratio, report, section } from '../lib/output.ts'
import { benchSearch, VIETNAMESE_SEARCH } from '../lib/search.ts'
import { measured } from '../lib/targets.ts'
import { benchWeight } from '../lib/weight.ts'

export async function searchStep(server: { url: string }) {
  const manifest = JSON.parse(readFileSync(path.join(snapshot, 'manifest.json'), 'utf8')) as {
    entries: { kind: string; file: string }[]
  }
  const pick = manifest.entries.filter((e) => e.kind === 'relics')[2] ?? manifest.entries[0]
  if (!pick) throw new Error('The snapshot is empty.')
  const title = (JSON.parse(readFileSync(path.join(snapshot, pick.file), 'utf8')) as { title: { vi: string } }).title.vi
  // A visitor types a place's name without diacritics.
  const query = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/\(.*?\)/g, '')
    .toLowerCase()
    .trim()
  const live = path.join(root, 'current')
  const r = await benchSearch({ siteUrl: server.url, buildDir: live, snapshot, query })
  // The kind of index the build chose by size (site/src/search-strategy.ts), or SITE_SEARCH forced.
  const kind = indexKindOfPage(readFileSync(path.join(live, VIETNAMESE_SEARCH, 'index.html'), 'utf8'))
  section('Search', [
    [
      'index kind',
      {
        compact: 'compact (one gzip JSON per language, fetched whole)',
        sharded: 'sharded (the compact index cut into word and card files, a query fetching those it needs)',
        pagefind: 'Pagefind (chunked full-text index)',
      }[kind],
    ],
    ['index on disk', `${mb(r.indexBytes)} in ${r.indexFiles} files`],
    [
      `bytes fetched for “${r.query}”`,
      `${kb(r.fetchedBytes)} in ${r.requests} requests (${r.results} results shown)`,
      `one JSON index of titles and summaries, gzip: ${kb(r.baselineGzipBytes)}; ratio ${ratio(r.fetchedBytes, r.baselineGzipBytes)}`,
    ],
  ])
  measured('search', kb(r.fetchedBytes), entries >= 10_000 ? r.fetchedBytes <= 100 * 1024 : null)
  measured(
    'searchSmall',
    ratio(r.fetchedBytes, r.baselineGzipBytes),
    entries <= 300 ? r.fetchedBytes <= 1.5 * r.baselineGzipBytes : null,
  )
}

export function weightStep() {
  const { rows, violations } = benchWeight(path.join(root, 'current'))
  const map = rows.find((r) => r.path === '/ban-do/')
  if (map) {
    const total = map.beforeImages + map.mapDataGzip
    measured('map', `${kb(total)} (first view's map data included)`, total <= MAP_PAGE_BUDGET)
  }
  report.push(
    '### Page weight (gzip, before images)',
    '',
    '| page | type | HTML | CSS | JavaScript up front | total | map data, first view | before map tiles |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.path.length > 40 ? `${r.path.slice(0, 37)}…` : r.path} | ${r.type} | ${kb(r.htmlGzip)} | ${kb(r.cssGzip)} | ${kb(r.jsGzip)} | ${kb(r.beforeImages)} | ${r.type === 'map' ? kb(r.mapDataGzip) : ''} | ${r.type === 'map' ? kb(r.beforeImages + r.mapDataGzip) : ''} |`,
    ),
    '',
    ...rows
      .filter((r) => r.type === 'map')
      .slice(0, 1)
      .map(
        (r) =>
          `Map pages: budget ${kb(MAP_PAGE_BUDGET)} before map tiles. Leaflet, imported once the map is near (the same for any province, cached by every map of the site), is ${kb(r.lazyJsGzip)} more.\n`,
      ),
    violations.length === 0
      ? 'Budgets (site/tools/budgets.ts): all met.'
      : `Budgets broken:\n\n${violations.map((v) => `- ${v}`).join('\n')}`,
    '',
  )
  console.log(`\n${report.slice(report.lastIndexOf('### Page weight (gzip, before images)')).join('\n')}`)
}
