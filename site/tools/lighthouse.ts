/**
 * Lighthouse (mobile preset: emulated mid-range phone, simulated slow 4G) on a served site, with
 * Debian's Chromium. Prints performance and accessibility scores and the main metrics per page.
 *
 *   node site/tools/lighthouse.ts --url http://localhost:4321 [--pages /,/di-tich/den-phu-dong/ [--locale vi]] [--json]
 *
 * Without --pages: the home page and the map, a batch page, and in every locale the site publishes
 * the detail page of the relic translated into the most languages and its QR landing page, each
 * loaded by a browser whose Accept-Language is that locale (so the QR page is not redirected).
 *
 * Not part of the tests: scores depend on the machine. The README quotes a run of this script.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
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

/**
 * The home page, the map, and in every locale the site publishes (its language row) a detail page
 * and its QR landing page: the relic translated into the most languages, and a batch page.
 */
async function discoverPages(): Promise<Target[]> {
  const home = await fetchText('/')
  if (!home.includes('<html')) throw new Error(`${base}/ did not answer with a page: is the site served?`)
  const list = await fetchText('/di-tich/')
  let best = { path: '', html: '', languages: 0 }
  for (const [, link] of [...list.matchAll(/href="(\/di-tich\/[a-z0-9-]+\/)"/g)].slice(0, 30)) {
    const html = await fetchText(link ?? '')
    const languages = alternates(html).size
    if (languages > best.languages) best = { path: link ?? '', html, languages }
  }
  const code = firstLink(best.html, /href="\/p\/([0-9A-Z]+)\/"/)
  const targets: Target[] = [
    { page: '/', locale: 'vi' },
    { page: '/ban-do/', locale: 'vi' },
  ]
  for (const [locale, detail] of alternates(best.html)) {
    targets.push({ page: detail, locale })
    const prefix = detail.slice(0, detail.indexOf('/', 1) + 1)
    const qr = `${locale === 'vi' ? '/' : prefix}p/${code}/`
    if (code && (await fetch(`${base}${qr}`, { redirect: 'manual' })).status === 200) targets.push({ page: qr, locale })
  }
  const products = await fetchText('/san-pham-ocop/')
  const product = firstLink(products, /href="(\/san-pham-ocop\/[a-z0-9-]+\/)"/)
  const batch = product && firstLink(await fetchText(product), /href="(\/t\/[0-9A-Z]+\/)"/)
  if (batch) targets.push({ page: batch, locale: 'vi' })
  return targets
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
    chromium.kill()
    rmSync(profile, { recursive: true, force: true })
  }
}

interface Row {
  page: string
  locale: string
  performance: number
  accessibility: number
  fcp: string
  lcp: string
  tbt: string
  cls: string
  bytes: string
}

const pages: Target[] =
  option('--pages')
    ?.split(',')
    .map((page) => ({ page, locale: option('--locale') ?? 'vi' })) ?? (await discoverPages())
const rows = await withChromium(async (port) => {
  const out: Row[] = []
  for (const { page, locale } of pages) {
    const result = await lighthouse(`${base}${page}`, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      extraHeaders: { 'Accept-Language': locale },
    })
    const lhr = result?.lhr
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${page}`)
    const audit = (id: string) => lhr.audits[id]?.displayValue ?? '–'
    out.push({
      page,
      locale,
      performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
      fcp: audit('first-contentful-paint'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      bytes: audit('total-byte-weight'),
    })
  }
  return out
})

if (args.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2))
} else {
  console.log(`Lighthouse ${new Date().toISOString().slice(0, 10)}, mobile preset, ${base}\n`)
  console.log('| page | locale | performance | accessibility | FCP | LCP | TBT | CLS | transfer |')
  console.log('|---|---|---|---|---|---|---|---|---|')
  for (const r of rows) {
    console.log(
      `| \`${r.page}\` | ${r.locale} | ${r.performance} | ${r.accessibility} | ${r.fcp} | ${r.lcp} | ${r.tbt} | ${r.cls} | ${r.bytes} |`,
    )
  }
}
