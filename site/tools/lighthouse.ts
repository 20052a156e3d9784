/**
 * Lighthouse (mobile preset: emulated mid-range phone, simulated slow 4G) on a served site, with
 * Debian's Chromium. Prints performance and accessibility scores and the main metrics per page.
 *
 *   node site/tools/lighthouse.ts --url http://localhost:4321 [--pages /,/di-tich/den-phu-dong/ [--locale vi]]
 *     [--only REGEXP] [--runs 3] [--save DIR] [--json | --list]
 *
 * Scores on a shared machine are noisy: every page is measured --runs times (default 3), the runs
 * interleaved (all pages once, then again) so that a burst of load falls on every page alike, and
 * the run with the median performance score is reported, with the spread of the scores and the
 * machine's load average before and after. --save keeps every run's full Lighthouse JSON.
 *
 * Without --pages: the pages discoverPages() finds (in every locale a relic and a product detail page
 * and their QR landing pages, and the GS1 addresses), each loaded by a browser whose
 * Accept-Language is that locale (so a QR page is not redirected).
 * --only keeps the pages found whose path matches (`--only /p/` for the QR pages); --list prints
 * them without measuring.
 *
 * Not part of the tests: scores depend on the machine. The README quotes a run of this script.
 */
import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import lighthouse from 'lighthouse'
import { chromiumPath, HEADLESS_FLAGS } from './chromium.ts'
import { freePort } from './free-port.ts'

const args = process.argv.slice(2)
const option = (name: string) => {
  const at = args.indexOf(name)
  return at >= 0 ? args[at + 1] : undefined
}
const base = (option('--url') ?? 'http://localhost:4321').replace(/\/+$/, '')
const runs = Math.max(1, Number(option('--runs') ?? 3) || 3)
const saveDir = option('--save')
/**
 * The fonts Chromium finds for Japanese text here (fontconfig): whether one the site's font stacks
 * name is installed changes the layout time of Chinese, Japanese and Korean pages (README).
 */
const cjkFonts = () => {
  try {
    const families = execFileSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' })
    return [...new Set(families.split('\n').map((line) => line.split(',')[0]?.trim()))].filter(Boolean).join('; ')
  } catch {
    return 'unknown (no fc-list)'
  }
}
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(', ')

interface Target {
  page: string
  /** The locale the page is in: its phone sends this Accept-Language (a QR page is not redirected). */
  locale: string
}

const fetchText = async (urlPath: string) => (await fetch(`${base}${urlPath}`)).text()
const firstLink = (html: string, pattern: RegExp) => pattern.exec(html)?.[1]
/** hreflang → path of a page's alternates (x-default left out). */
const alternates = (html: string) =>
  new Map(
    [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)]
      .filter((m) => m[1] !== 'x-default')
      .map((m) => [m[1] ?? '', new URL(m[2] ?? '', base).pathname]),
  )

/** Of the first 30 entries a list page links to, the one translated into the most languages. */
async function mostTranslated(list: string, pattern: RegExp) {
  let best = { html: '', languages: 0 }
  for (const [, link] of [...(await fetchText(list)).matchAll(pattern)].slice(0, 30)) {
    const html = await fetchText(link ?? '')
    const languages = alternates(html).size
    if (languages > best.languages) best = { html, languages }
  }
  return best.html
}

/** Pages that answer 200 (not a redirect) to a phone in their locale. */
const served = async (targets: Target[]) => {
  const ok: Target[] = []
  for (const target of targets) {
    const response = await fetch(`${base}${target.page}`, {
      redirect: 'manual',
      headers: { 'Accept-Language': target.locale },
    })
    if (response.status === 200) ok.push(target)
  }
  return ok
}

/**
 * The home page and the map, then in every locale the site publishes (a page's hreflang links):
 * the detail page of the relic translated into the most languages and its plaque QR page
 * (`/p/…`), the detail page of the OCOP product translated into the most languages and its first
 * batch QR page (`/t/…`); and the product's and the batch's GS1 Digital Link addresses (`/01/…`,
 * Vietnamese: in other languages they redirect to the pages above).
 */
async function discoverPages(): Promise<Target[]> {
  const home = await fetchText('/')
  if (!home.includes('<html')) throw new Error(`${base}/ did not answer with a page: is the site served?`)
  const relic = await mostTranslated('/di-tich/', /href="(\/di-tich\/[a-z0-9-]+\/)"/g)
  const code = firstLink(relic, /href="\/p\/([0-9A-Z]+)\/"/)
  const product = await mostTranslated('/san-pham-ocop/', /href="(\/san-pham-ocop\/[a-z0-9-]+\/)"/g)
  const batchPath = firstLink(product, /href="(\/t\/[0-9A-Z]+\/)"/)
  const batch = batchPath ? await fetchText(batchPath) : ''
  const batches = alternates(batch)
  const productPages = alternates(product)
  const targets: Target[] = [
    { page: '/', locale: 'vi' },
    { page: '/ban-do/', locale: 'vi' },
  ]
  for (const [locale, detail] of alternates(relic)) {
    const prefix = locale === 'vi' ? '/' : detail.slice(0, detail.indexOf('/', 1) + 1)
    targets.push({ page: detail, locale }, { page: `${prefix}p/${code}/`, locale })
    const productPage = productPages.get(locale)
    if (productPage) targets.push({ page: productPage, locale })
    const batchPage = batches.get(locale)
    if (batchPage) targets.push({ page: batchPage, locale })
  }
  for (const html of [product, batch]) {
    const gs1 = firstLink(html, /"hasGS1DigitalLink":"([^"]+)"/)
    if (gs1) targets.push({ page: new URL(gs1).pathname, locale: 'vi' })
  }
  return served(code ? targets : targets.filter(({ page }) => !page.includes('/p/')))
}

async function withChromium<T>(run: (port: number) => Promise<T>): Promise<T> {
  const port = await freePort()
  const profile = mkdtempSync(path.join(tmpdir(), 'heritage-lighthouse-'))
  const chromium = spawn(
    chromiumPath(),
    [
      ...HEADLESS_FLAGS,
      '--no-first-run',
      `--user-data-dir=${profile}`,
      `--remote-debugging-port=${port}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  )
  try {
    for (let i = 0; i < 100; i++) {
      const ok = await fetch(`http://127.0.0.1:${port}/json/version`).then(
        (r) => r.ok,
        () => false,
      )
      if (ok) break
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    return await run(port)
  } finally {
    // The profile is removed once Chromium has exited: before, it may still be writing to it.
    const exited = new Promise((resolve) => chromium.once('exit', resolve))
    if (chromium.exitCode === null && chromium.signalCode === null) {
      chromium.kill()
      await exited
    }
    rmSync(profile, { recursive: true, force: true, maxRetries: 5 })
  }
}

interface Row {
  page: string
  locale: string
  performance: number
  /** Every run's performance score, in the order measured. */
  scores: number[]
  accessibility: number
  fcp: string
  lcp: string
  tbt: string
  cls: string
  bytes: string
}

type Result = Omit<Row, 'scores'>

const only = option('--only')
const pages: Target[] = (
  option('--pages')
    ?.split(',')
    .map((page) => ({ page, locale: option('--locale') ?? 'vi' })) ?? (await discoverPages())
).filter(({ page }) => !only || new RegExp(only).test(page))
if (args.includes('--list')) {
  for (const { page, locale } of pages) console.log(`${locale}\t${page}`)
  process.exit(0)
}
const loadBefore = load()
if (saveDir) mkdirSync(saveDir, { recursive: true })
const rows = await withChromium(async (port) => {
  const results: Result[][] = pages.map(() => [])
  for (let run = 1; run <= runs; run++) {
    for (const [i, { page, locale }] of pages.entries()) {
      const result = await lighthouse(`${base}${page}`, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
        extraHeaders: { 'Accept-Language': locale },
      })
      const lhr = result?.lhr
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${page}`)
      if (saveDir) {
        const name = `${locale}${page.replaceAll('/', '_')}run${run}.json`
        writeFileSync(path.join(saveDir, name), JSON.stringify(lhr))
      }
      // Lighthouse writes "1.0\u00a0s": plain spaces, for tables pasted into Markdown.
      const audit = (id: string) => (lhr.audits[id]?.displayValue ?? '–').replaceAll('\u00a0', ' ')
      results[i]?.push({
        page,
        locale,
        performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
        fcp: audit('first-contentful-paint'),
        lcp: audit('largest-contentful-paint'),
        tbt: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
        bytes: `${Math.round((lhr.audits['total-byte-weight']?.numericValue ?? 0) / 1024)} KiB`,
      })
    }
  }
  return results.map((all): Row => {
    const sorted = [...all].sort((a, b) => a.performance - b.performance)
    const median = sorted[Math.floor((sorted.length - 1) / 2)] ?? sorted[0]
    if (!median) throw new Error('no Lighthouse run')
    return { ...median, scores: all.map((r) => r.performance) }
  })
})
const loadAfter = load()

if (args.includes('--json')) {
  console.log(JSON.stringify({ runs, loadBefore, loadAfter, rows }, null, 2))
} else {
  console.log(`Lighthouse ${new Date().toISOString()}, mobile preset, ${base}, median of ${runs} run(s)`)
  console.log(`load average (1, 5, 15 min) before: ${loadBefore}; after: ${loadAfter}`)
  console.log(`fonts for Japanese text: ${cjkFonts() || 'none'}\n`)
  console.log('| page | locale | performance | runs | accessibility | FCP | LCP | TBT | CLS | transfer |')
  console.log('|---|---|---|---|---|---|---|---|---|---|')
  for (const r of rows) {
    console.log(
      `| \`${r.page}\` | ${r.locale} | ${r.performance} | ${r.scores.join(' ')} | ${r.accessibility} | ${r.fcp} | ${r.lcp} | ${r.tbt} | ${r.cls} | ${r.bytes} |`,
    )
  }
}
