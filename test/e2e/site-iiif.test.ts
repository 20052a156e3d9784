/**
 * Issue 22: a relic's IIIF manifest opened in a real IIIF viewer (Mirador 4, from npm) running on
 * another site, as an aggregator or a researcher's workspace opens it: the viewer finds the
 * manifest from the address the relic's page names, reads it across origins, shows its title and
 * draws its photo.
 */
import { readFileSync } from 'node:fs'
import http from 'node:http'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium } from './browser'

const siteUrl = inject('siteUrl')
const SHOTS = process.env.E2E_SHOTS ?? '/tmp/e2e-shots'
const RELIC = '/di-tich/den-phu-dong/'
const mirador = readFileSync(
  path.join(path.dirname(createRequire(import.meta.url).resolve('mirador')), 'mirador.min.js'),
)

let browser: Browser
let viewer: http.Server
let viewerUrl: string

/** A page on another origin that opens one manifest in Mirador. */
const viewerPage = (manifest: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Mirador</title>
<style>html,body{margin:0;height:100%}#viewer{position:absolute;inset:0}</style></head>
<body><div id="viewer"></div><script src="/mirador.min.js"></script>
<script>Mirador.viewer({ id: 'viewer', windows: [{ manifestId: ${JSON.stringify(manifest)} }], window: { allowClose: false } })</script>
</body></html>`

beforeAll(async () => {
  browser = await launchChromium()
  viewer = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://viewer')
    if (url.pathname === '/mirador.min.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' })
      res.end(mirador)
      return
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(viewerPage(url.searchParams.get('manifest') ?? ''))
  })
  await new Promise<void>((resolve) => viewer.listen(0, '127.0.0.1', resolve))
  viewerUrl = `http://127.0.0.1:${(viewer.address() as AddressInfo).port}/`
})

afterAll(async () => {
  await browser?.close()
  viewer?.close()
})

describe('IIIF manifests in a IIIF viewer', () => {
  it('opens the manifest a relic page names in Mirador on another site, with its title and its photo', async () => {
    const html = await (await fetch(`${siteUrl}${RELIC}`)).text()
    const href =
      /<link rel="alternate" type="application\/ld\+json;profile=&quot;http:\/\/iiif\.io\/api\/presentation\/3\/context\.json&quot;" href="([^"]+)"/.exec(
        html,
      )?.[1]
    expect(href).toBe('/iiif/relics/den-phu-dong/manifest.json')
    const manifestUrl = new URL(href as string, siteUrl).href
    const answer = await fetch(manifestUrl, { headers: { origin: new URL(viewerUrl).origin } })
    expect(answer.headers.get('access-control-allow-origin')).toBe('*')
    const manifest = (await answer.json()) as { label: Record<string, string[]>; items: unknown[] }

    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    const photo = page.waitForResponse(
      (r) => r.url().startsWith(`${siteUrl}/media/`) && /\.jpg$/.test(r.url()) && r.status() === 200,
      { timeout: 60_000 },
    )
    const failed: string[] = []
    page.on('requestfailed', (r) => failed.push(r.url()))
    await page.goto(`${viewerUrl}?manifest=${encodeURIComponent(manifestUrl)}`)
    // Mirador titles the window with the manifest's label in its own language (English here).
    const title = manifest.label.en?.[0] ?? manifest.label.vi?.[0] ?? ''
    await expect.poll(() => page.getByText(title, { exact: true }).count(), { timeout: 60_000 }).toBeGreaterThan(0)
    await photo
    // The photo is drawn: OpenSeadragon's canvas holds the tile of the painting annotation.
    await expect
      .poll(() => page.locator('.openseadragon-canvas canvas').count(), { timeout: 30_000 })
      .toBeGreaterThan(0)
    expect(failed.filter((url) => url.startsWith(siteUrl))).toEqual([])
    await page.screenshot({ path: `${SHOTS}/iiif-mirador.png` })
    await page.close()
  })

  it("zooms into an inscription's photo in Mirador through its IIIF image service: info.json, then its tiles", async () => {
    // The first inscription the list links to (the demo's illustrative stele or royal ordination).
    const list = await (await fetch(`${siteUrl}/van-bia-sac-phong/`)).text()
    const slug = /href="\/van-bia-sac-phong\/([^"/]+)\/"/.exec(list)?.[1]
    expect(slug).toBeTruthy()
    const manifestUrl = `${siteUrl}/iiif/inscriptions/${slug}/manifest.json`
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    const info = page.waitForResponse((r) => /\/media\/zoom\/[a-f0-9]{64}\/info\.json$/.test(r.url()), {
      timeout: 60_000,
    })
    const tile = page.waitForResponse(
      (r) => /\/media\/zoom\/[a-f0-9]{64}\/[^/]+\/\d+,\d+\/0\/default\.jpg$/.test(r.url()) && r.status() === 200,
      { timeout: 60_000 },
    )
    const failed: string[] = []
    page.on('requestfailed', (r) => failed.push(r.url()))
    await page.goto(`${viewerUrl}?manifest=${encodeURIComponent(manifestUrl)}`)
    const answer = await info
    expect(answer.status()).toBe(200)
    expect((await answer.headers())['access-control-allow-origin']).toBe('*')
    expect(((await answer.json()) as { type: string }).type).toBe('ImageService3')
    await tile
    await expect
      .poll(() => page.locator('.openseadragon-canvas canvas').count(), { timeout: 30_000 })
      .toBeGreaterThan(0)
    expect(failed.filter((url) => url.startsWith(siteUrl))).toEqual([])
    await page.screenshot({ path: `${SHOTS}/iiif-mirador-inscription.png` })
    await page.close()
  })
})
