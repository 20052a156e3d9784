/**
 * Page weight by page type at scale. A 10,000-entry site has ~40,000 pages; weighing a few of
 * each type is enough: pages of one type share their template. The chosen pages are hard-linked
 * into a scratch folder (with the build's /_astro/ scripts and styles) and measured by the
 * site's own budget checker, so the benchmark and `npm run budgets` count bytes the same way.
 */
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { checkBudgets, type PageReport } from '../../site/tools/budgets.ts'

export interface WeightRow {
  type: string
  path: string
  htmlGzip: number
  cssGzip: number
  jsGzip: number
  beforeImages: number
  /** The clustered map page: the map data of its first view (site/tools/budgets.ts). */
  mapDataGzip: number
  /** A map page: the Leaflet chunk it imports once the map is near. */
  lazyJsGzip: number
}

/** First pages (in name order) of a folder that exist: `/p/`, `/t/`… hold one folder per code. */
function firstUnder(build: string, folder: string, count: number): string[] {
  const dir = path.join(build, folder)
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .sort()
    .filter((name) => existsSync(path.join(dir, name, 'index.html')))
    .slice(0, count)
    .map((name) => `/${folder}/${name}/`)
}

/** The largest page under a folder (by its HTML's size on disk). */
function largestUnder(build: string, folder: string): string[] {
  const dir = path.join(build, folder)
  if (!existsSync(dir)) return []
  const sized = readdirSync(dir)
    .sort()
    .filter((name) => existsSync(path.join(dir, name, 'index.html')))
    .map((name) => ({ name, size: statSync(path.join(dir, name, 'index.html')).size }))
  const largest = sized.reduce<(typeof sized)[number] | undefined>((a, b) => (a && a.size >= b.size ? a : b), undefined)
  return largest ? [`/${folder}/${largest.name}/`] : []
}

export function benchWeight(build: string): { rows: WeightRow[]; violations: string[] } {
  const pages = [
    '/',
    '/ban-do/',
    // The list of places, one page a commune: the largest commune is the heaviest.
    ...largestUnder(build, 'ban-do/xa'),
    '/tim-kiem/',
    '/di-tich/',
    '/san-pham-ocop/',
    ...firstUnder(build, 'di-tich', 3),
    ...firstUnder(build, 'lang-nghe', 2),
    ...firstUnder(build, 'san-pham-ocop', 2),
    ...firstUnder(build, 'p', 3),
    ...firstUnder(build, 't', 3),
  ]
  const sample = mkdtempSync(path.join(os.tmpdir(), 'heritage-weight-'))
  try {
    for (const page of new Set(pages)) {
      const file = path.join(page, 'index.html')
      if (!existsSync(path.join(build, file))) continue
      mkdirSync(path.join(sample, page), { recursive: true })
      linkSync(path.join(build, file), path.join(sample, file))
    }
    symlinkSync(path.join(build, '_astro'), path.join(sample, '_astro'))
    if (existsSync(path.join(build, 'map-data')))
      symlinkSync(path.join(build, 'map-data'), path.join(sample, 'map-data'))
    const result = checkBudgets(sample)
    return {
      rows: result.pages.map((p: PageReport) => ({
        type: p.type,
        path: p.path,
        htmlGzip: p.htmlGzip,
        cssGzip: p.cssGzip,
        jsGzip: p.jsGzip,
        beforeImages: p.beforeImages,
        mapDataGzip: p.mapDataGzip,
        lazyJsGzip: p.lazyJsGzip,
      })),
      violations: result.violations,
    }
  } finally {
    rmSync(sample, { recursive: true, force: true })
  }
}
