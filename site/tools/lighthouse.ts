/**
 * Lighthouse (mobile preset: emulated mid-range phone, simulated slow 4G) on a served site, with
 * Debian's Chromium. Prints performance and accessibility scores and the main metrics per page.
 *
 *   node site/tools/lighthouse.ts --url http://localhost:4321 [--pages /,/di-tich/den-phu-dong/] [--json]
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

async function discoverPages(): Promise<string[]> {
  // A detail page, a QR landing page, a list, the map and the home page of the served site.
  const home = await (await fetch(`${base}/`)).text()
  const firstLink = (html: string, pattern: RegExp) => pattern.exec(html)?.[1]
  const list = await (await fetch(`${base}/di-tich/`)).text()
  const detail = firstLink(list, /href="(\/di-tich\/[a-z0-9-]+\/)"/)
  const detailHtml = detail ? await (await fetch(`${base}${detail}`)).text() : ''
  const plaque = firstLink(detailHtml, /href="(\/p\/[0-9A-Z]+\/)"/)
  const products = await (await fetch(`${base}/san-pham-ocop/`)).text()
  const product = firstLink(products, /href="(\/san-pham-ocop\/[a-z0-9-]+\/)"/)
  const productHtml = product ? await (await fetch(`${base}${product}`)).text() : ''
  const batch = firstLink(productHtml, /href="(\/t\/[0-9A-Z]+\/)"/)
  if (!home.includes('<html')) throw new Error(`${base}/ did not answer with a page: is the site served?`)
  return ['/', detail, plaque, batch, '/ban-do/'].filter((p): p is string => typeof p === 'string')
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
  performance: number
  accessibility: number
  fcp: string
  lcp: string
  tbt: string
  cls: string
  bytes: string
}

const pages = option('--pages')?.split(',') ?? (await discoverPages())
const rows = await withChromium(async (port) => {
  const out: Row[] = []
  for (const page of pages) {
    const result = await lighthouse(`${base}${page}`, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    })
    const lhr = result?.lhr
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${page}`)
    const audit = (id: string) => lhr.audits[id]?.displayValue ?? '–'
    out.push({
      page,
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
  console.log('| page | performance | accessibility | FCP | LCP | TBT | CLS | transfer |')
  console.log('|---|---|---|---|---|---|---|---|')
  for (const r of rows) {
    console.log(
      `| \`${r.page}\` | ${r.performance} | ${r.accessibility} | ${r.fcp} | ${r.lcp} | ${r.tbt} | ${r.cls} | ${r.bytes} |`,
    )
  }
}
