import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { inlineScriptHashes, MANIFEST_FILE } from '../integrations/route-packs'
import { HEADERS_FILE, parseHeadersFile } from '../src/security'
import { astroBuild } from './build'

// The demo site built for real: the route packs, the policy that lets their island run, the manifest.
let out: string
const pages = new Map<string, string>()

beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'heritage-route-pack-build-'))
  await astroBuild(inject('snapshotDir'), out)
  for (const file of await readdir(out, { recursive: true })) {
    if (file.endsWith('index.html'))
      pages.set(`/${file.slice(0, -'index.html'.length)}`, await readFile(path.join(out, file), 'utf8'))
  }
})
afterAll(async () => {
  await rm(out, { recursive: true, force: true })
})

describe('the built site’s route packs', () => {
  it('allows every inline script of every page in the Content-Security-Policy, by hash', async () => {
    const headers = parseHeadersFile(await readFile(path.join(out, HEADERS_FILE), 'utf8'))
    const scriptSrc = /script-src ([^;]*)/.exec(headers?.['Content-Security-Policy'] ?? '')?.[1]?.split(' ') ?? []
    let inline = 0
    for (const [url, html] of pages) {
      for (const hash of inlineScriptHashes(html)) {
        expect(scriptSrc, url).toContain(hash)
        inline++
      }
    }
    expect(inline).toBeGreaterThan(0)
    expect(scriptSrc.filter((s) => s.startsWith("'sha256-")).length).toBeGreaterThan(0)
  })

  it('puts the island on route pages only, each with its pack sized, and a QR plaque page of a route gets the sketch', () => {
    const withIsland = [...pages].filter(([, html]) => html.includes('<astro-island'))
    expect(withIsland.length).toBeGreaterThanOrEqual(4)
    for (const [url, html] of withIsland) {
      expect(url).toMatch(/^\/(?:[a-z-]+\/)?(?:tuyen-tham-quan|routes)\/[a-z0-9-]+\/$/)
      const pack = JSON.parse(/data-route-pack="1">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '{}') as {
        route: string
        items: { url: string; bytes: number; kind: string }[]
      }
      expect(pack.route).toBe(url)
      expect(pack.items.find((i) => i.url === url)?.bytes).toBe(Buffer.byteLength(html))
      for (const item of pack.items.filter((i) => i.kind === 'page')) expect(pages.has(item.url), item.url).toBe(true)
    }
    const plaques = [...pages].filter(
      ([url, html]) => /^\/(?:[a-z-]+\/)?p\//.test(url) && html.includes('data-route-sketch'),
    )
    expect(plaques.length).toBeGreaterThan(0)
    for (const [, html] of plaques) expect(html).not.toContain('<astro-island')
  })

  it('writes the web app manifest with its icons', async () => {
    const manifest = JSON.parse(await readFile(path.join(out, MANIFEST_FILE), 'utf8')) as {
      name: string
      start_url: string
      display: string
      icons: { src: string; sizes: string }[]
    }
    expect(manifest).toMatchObject({ name: 'Di sản số', start_url: '/', display: 'standalone' })
    for (const icon of manifest.icons.filter((i) => i.src.endsWith('.png'))) {
      const meta = await sharp(path.join(out, icon.src)).metadata()
      expect(`${meta.width}x${meta.height}`).toBe(icon.sizes)
    }
  })
})
