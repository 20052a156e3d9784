/**
 * Page-weight budgets of a built site, by page type. Sizes, not timings: the same build always
 * gives the same answer.
 *
 *   node site/tools/budgets.ts [--dir <built site>] [--json]
 *
 * - A page ships JavaScript only if it has an island (an element with `data-island`).
 * - A QR landing page (/p/…, /t/…, /01/…, in every locale: /ko/p/…) is at most 15 KB transferred
 *   before images (its HTML, stylesheets and the scripts it loads up front, not lazy imports,
 *   gzip-compressed) and loads no JavaScript at all: no script file, no module, no inline script
 *   but JSON-LD, no module preload. A phone that scans a plaque on a weak signal gets the facts.
 * - A map page (the map, a commune's list of places) is at most 40 KB before map tiles: the same
 *   count, plus for the clustered map the data its first view fetches (map-data/index.json and
 *   the cluster files of the zoom that fits the province on a desktop screen). Leaflet, one
 *   script for every map of the site, cached, of the same size for any province, is reported
 *   apart (`lazyJsGzip`).
 * - An inscription's page (issue 22: an island `inscription`, its deep-zoom viewer) is at most
 *   30 KB before images and tiles: our own viewer, no library, no webfont.
 * Exits 1 when a budget is broken and says which page and by how much.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { DEFAULT_LOCALE, LOCALES, type Locale, listSegments, localePrefix, SITE_LOCALES } from '@heritage/contract'
import { fileZoom, MAP_DATA, type MapIndex, MIN_ZOOM, POINT_ZOOM, tileOf } from '../src/scripts/map-data.ts'

export const QR_LANDING_BUDGET = 15 * 1024
export const MAP_PAGE_BUDGET = 40 * 1024
export const INSCRIPTION_PAGE_BUDGET = 30 * 1024

export type PageType = 'home' | 'detail' | 'qr' | 'list' | 'map' | 'search' | 'other'

export interface PageReport {
  path: string
  /** The locale of the page, from its address's prefix. */
  locale: Locale
  type: PageType
  /** Scripts that run: files, modules, inline code (JSON data and JSON-LD do not count). */
  scripts: number
  islands: string[]
  htmlGzip: number
  cssGzip: number
  jsGzip: number
  /** HTML + CSS + up-front JS, gzip: what a phone downloads before any image. */
  beforeImages: number
  /** The clustered map page: the map data its first view fetches, gzip (each file apart). */
  mapDataGzip: number
  /** Scripts the page imports later (Leaflet on a map page), gzip. */
  lazyJsGzip: number
}

export interface BudgetResult {
  pages: PageReport[]
  violations: string[]
}

const LIST_SEGMENTS = new Set(listSegments(SITE_LOCALES))
const PREFIXED = LOCALES.filter((l) => l !== DEFAULT_LOCALE).map((l) => ({ locale: l, prefix: localePrefix(l) }))

/** The locale of a page by its address: `/ko/…` Korean, unprefixed Vietnamese. */
export const pageLocale = (urlPath: string): Locale =>
  PREFIXED.find(({ prefix }) => urlPath.startsWith(prefix))?.locale ?? DEFAULT_LOCALE

export function pageType(urlPath: string): PageType {
  const parts = urlPath.split('/').filter(Boolean)
  if (pageLocale(urlPath) !== DEFAULT_LOCALE) parts.shift()
  if (parts.length === 0) return 'home'
  const [first] = parts
  if (first === 'p' || first === 't' || first === '01') return 'qr'
  if (first === 'ban-do' || first === 'map') return 'map'
  if (first === 'tim-kiem' || first === 'search') return 'search'
  // A kind's list is paginated: /di-tich/, /di-tich/trang/2/, /en/relics/page/2/.
  if (first && LIST_SEGMENTS.has(first)) {
    return parts.length === 1 || (parts.length === 3 && (parts[1] === 'trang' || parts[1] === 'page'))
      ? 'list'
      : 'detail'
  }
  return 'other'
}

function htmlFiles(dir: string, base = dir): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name)
    if (name === 'media' || name === 'pagefind' || name === '_astro' || name === 'decoders') continue
    if (statSync(full).isDirectory()) out.push(...htmlFiles(full, base))
    else if (name === 'index.html') out.push(path.relative(base, full))
  }
  return out.sort()
}

const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length

/** Dynamic imports of an ES module chunk. */
const dynamicImports = (code: string): string[] =>
  [...code.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].flatMap((m) => (m[1] ? [m[1]] : []))

/** The map's box on a desktop screen (views/Map.astro's styles at 1280 × 900): the largest first view. */
const DESKTOP_MAP = { width: 672, height: 557, padding: 32 }

/**
 * What the clustered map's first view fetches: the index, then the cluster files of the zoom at
 * which Leaflet fits the province into the map's box (map.ts `clusterLayer`), all of them.
 */
function firstViewData(dir: string): number {
  const read = (name: string) => {
    const file = path.join(dir, MAP_DATA, name)
    return statSync(file, { throwIfNoEntry: false })?.isFile() ? readFileSync(file) : null
  }
  const indexFile = read('index.json')
  if (!indexFile) return 0
  const index = JSON.parse(indexFile.toString('utf8')) as MapIndex
  const [[south, west], [north, east]] = index.bounds
  const a = tileOf(north, west, 0)
  const b = tileOf(south, east, 0)
  const span = { x: Math.max((b.x - a.x) * 256, 1e-9), y: Math.max((b.y - a.y) * 256, 1e-9) }
  const fit = Math.floor(
    Math.log2(
      Math.min(
        (DESKTOP_MAP.width - 2 * DESKTOP_MAP.padding) / span.x,
        (DESKTOP_MAP.height - 2 * DESKTOP_MAP.padding) / span.y,
      ),
    ),
  )
  const level = Math.max(MIN_ZOOM, Math.min(POINT_ZOOM - 1, fit))
  const xy = index.tiles[fileZoom(level)] ?? []
  let total = gz(indexFile)
  for (let i = 0; i + 1 < xy.length; i += 2) {
    const file = read(`c/${level}/${xy[i]}/${xy[i + 1]}.json`)
    if (file) total += gz(file)
  }
  return total
}

/** Static imports of an ES module chunk (dynamic `import()` is lazy and not counted). */
function staticImports(code: string): string[] {
  const found: string[] = []
  for (const match of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]*?from\s*)?["']([^"']+)["']/g)) {
    if (match[1]) found.push(match[1])
  }
  return found
}

export function checkBudgets(dir: string): BudgetResult {
  const pages: PageReport[] = []
  const violations: string[] = []
  const fileCache = new Map<string, Buffer | null>()
  const read = (urlPath: string): Buffer | null => {
    if (!fileCache.has(urlPath)) {
      const full = path.join(dir, decodeURIComponent(urlPath.split('?')[0] ?? ''))
      fileCache.set(
        urlPath,
        full.startsWith(dir) ? (statSync(full, { throwIfNoEntry: false })?.isFile() ? readFileSync(full) : null) : null,
      )
    }
    return fileCache.get(urlPath) ?? null
  }
  for (const file of htmlFiles(dir)) {
    const urlPath = `/${path.dirname(file) === '.' ? '' : `${path.dirname(file).split(path.sep).join('/')}/`}`
    const html = readFileSync(path.join(dir, file), 'utf8')
    const type = pageType(urlPath)
    const islands = [...html.matchAll(/data-island="([^"]+)"/g)].map((m) => m[1] ?? '')
    let cssGzip = 0
    for (const m of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)) {
      const css = m[1] ? read(m[1]) : null
      if (css) cssGzip += gz(css)
    }
    let jsGzip = 0
    let scripts = 0
    const seen = new Set<string>()
    const queue: string[] = []
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      const attrs = m[1] ?? ''
      if (/application\/(ld\+)?json/.test(attrs)) continue
      scripts++
      const src = /\ssrc="([^"]+)"/.exec(attrs)?.[1]
      if (src) queue.push(src)
      else if ((m[2] ?? '').trim()) {
        jsGzip += gz(m[2] ?? '')
        queue.push(...staticImports(m[2] ?? '').map((i) => new URL(i, `http://x${urlPath}`).pathname))
      }
    }
    for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]*href="([^"]+)"/g)) {
      scripts++
      if (m[1]) queue.push(m[1])
    }
    /** Gzip'd size of these scripts and of what they import statically, each once; dynamic imports into `lazy`. */
    const weigh = (queue: string[], lazy: string[] = []) => {
      let total = 0
      while (queue.length > 0) {
        const src = queue.shift() as string
        if (seen.has(src) || /^https?:/.test(src)) continue
        seen.add(src)
        const code = read(src)
        if (!code) continue
        total += gz(code)
        const text = code.toString('utf8')
        for (const imported of staticImports(text)) queue.push(new URL(imported, `http://x${src}`).pathname)
        for (const imported of dynamicImports(text)) lazy.push(new URL(imported, `http://x${src}`).pathname)
      }
      return total
    }
    const lazy: string[] = []
    jsGzip += weigh(queue, lazy)
    // Lazy scripts of a map page: the map chunk and what it imports at once (not its own lazy ones).
    const lazyJsGzip = type === 'map' ? weigh(lazy.filter((src) => /\/map\.[^/]*\.js$/.test(src))) : 0
    const mapDataGzip = type === 'map' && html.includes('"clustered":true') ? firstViewData(dir) : 0
    const htmlGzip = gz(html)
    const report: PageReport = {
      path: urlPath,
      locale: pageLocale(urlPath),
      type,
      scripts,
      islands,
      htmlGzip,
      cssGzip,
      jsGzip,
      beforeImages: htmlGzip + cssGzip + jsGzip,
      mapDataGzip,
      lazyJsGzip,
    }
    pages.push(report)
    if (jsGzip > 0 && islands.length === 0) {
      violations.push(`${urlPath}: ships ${kb(jsGzip)} of JavaScript but has no island`)
    }
    if (type === 'qr' && scripts > 0) {
      violations.push(
        `${urlPath}: a QR landing page with ${scripts} script${scripts > 1 ? 's' : ''}; it must load none`,
      )
    }
    if (type === 'qr' && report.beforeImages > QR_LANDING_BUDGET) {
      violations.push(
        `${urlPath}: ${kb(report.beforeImages)} before images, over the ${kb(QR_LANDING_BUDGET)} budget for QR landing pages by ${kb(report.beforeImages - QR_LANDING_BUDGET)}`,
      )
    }
    if (type === 'map' && report.beforeImages + mapDataGzip > MAP_PAGE_BUDGET) {
      violations.push(
        `${urlPath}: ${kb(report.beforeImages + mapDataGzip)} before map tiles, over the ${kb(MAP_PAGE_BUDGET)} budget for map pages by ${kb(report.beforeImages + mapDataGzip - MAP_PAGE_BUDGET)}`,
      )
    }
    if (islands.includes('inscription') && report.beforeImages > INSCRIPTION_PAGE_BUDGET) {
      violations.push(
        `${urlPath}: ${kb(report.beforeImages)} before images, over the ${kb(INSCRIPTION_PAGE_BUDGET)} budget for inscription pages by ${kb(report.beforeImages - INSCRIPTION_PAGE_BUDGET)}`,
      )
    }
  }
  return { pages, violations }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

/** One row per page type, then one per locale of the QR landing pages. */
function summary(pages: PageReport[]) {
  const qr = pages.filter((p) => p.type === 'qr')
  const groups: [string, PageReport[]][] = [
    ...[...new Set(pages.map((p) => p.type))].map((type): [string, PageReport[]] => [
      type,
      pages.filter((p) => p.type === type),
    ]),
    ...LOCALES.filter((l) => qr.some((p) => p.locale === l)).map((l): [string, PageReport[]] => [
      `qr ${l}`,
      qr.filter((p) => p.locale === l),
    ]),
  ]
  return groups.map(([type, of]) => {
    const sorted = (values: number[]) => [...values].sort((a, b) => a - b)
    const median = (values: number[]) => sorted(values)[Math.floor(values.length / 2)] ?? 0
    return {
      type,
      pages: of.length,
      withJs: of.filter((p) => p.jsGzip > 0).length,
      htmlMedian: median(of.map((p) => p.htmlGzip)),
      jsMax: Math.max(...of.map((p) => p.jsGzip)),
      beforeImagesMax: Math.max(...of.map((p) => p.beforeImages)),
    }
  })
}

if (import.meta.main) {
  const args = process.argv.slice(2)
  const given = args[args.indexOf('--dir') + 1]
  const dir = path.resolve(args.includes('--dir') && given ? given : path.join(import.meta.dirname, '..', 'dist'))
  const result = checkBudgets(dir)
  if (args.includes('--json')) {
    console.log(JSON.stringify({ summary: summary(result.pages), violations: result.violations }, null, 2))
  } else {
    console.log(`Page weight of ${dir} (gzip)\n`)
    console.log('type        pages  with JS  HTML median  JS max     before images max')
    for (const row of summary(result.pages)) {
      console.log(
        `${row.type.padEnd(11)} ${String(row.pages).padStart(5)}  ${String(row.withJs).padStart(7)}  ${kb(row.htmlMedian).padStart(11)}  ${kb(row.jsMax).padStart(9)}  ${kb(row.beforeImagesMax).padStart(17)}`,
      )
    }
    console.log(
      `\nBudgets: JavaScript only with an island; QR landing pages ≤ ${kb(QR_LANDING_BUDGET)} before images, without JavaScript; map pages ≤ ${kb(MAP_PAGE_BUDGET)} before map tiles (with the first view's map data); inscription pages ≤ ${kb(INSCRIPTION_PAGE_BUDGET)} before images and tiles.`,
    )
    console.log(result.violations.length === 0 ? 'All budgets met.' : `\n${result.violations.join('\n')}`)
  }
  process.exit(result.violations.length === 0 ? 0 : 1)
}
