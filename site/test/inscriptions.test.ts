/**
 * Issue 22: inscriptions on the public site, built for real from the snapshot (the demo's
 * illustrative stele and royal ordination): their pages (three columns, languages, the warning,
 * photos of the lines a phone may not draw), the deep-zoom tiles and their info.json as a
 * publish leaves them, their IIIF manifest and Linked Art, the page-weight budget, and search by
 * reading, translation and characters, in Chromium, with each kind of index.
 */
import { mkdtemp, readFile, rm, stat, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { foldVietnamese, INSCRIPTION_TYPES, labelOf, tilePaths } from '@heritage/contract'
import { Validator } from '@hyperion-framework/validator'
import { type Browser, chromium } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { indexOnlyWords } from '../integrations/pagefind.ts'
import { loadSnapshot, type Snapshot } from '../src/data/snapshot.ts'
import { entryPath, staticPath } from '../src/routing.ts'
import { SEARCH_INDEX_KINDS, type SearchIndexKind } from '../src/search-strategy.ts'
import { entryManifest } from '../src/utils/iiif.ts'
import {
  hasRareCharacters,
  type Inscription,
  lineImagePath,
  regionPixels,
  zoomPath,
} from '../src/utils/inscriptions.ts'
import { inscriptionLinkedArt, LINKED_ART_CONTEXT } from '../src/utils/linked-art.ts'
import { checkBudgets, INSCRIPTION_PAGE_BUDGET } from '../tools/budgets.ts'
import { linkMedia } from '../tools/builds.ts'
import { chromiumPath, HEADLESS_FLAGS } from '../tools/chromium.ts'
import { astroBuild } from './build'
import { Graph } from './rdf'
import { serveRoot, stopServe } from './serve'

const site = new URL('https://disan.example.vn')
const KINDS = SEARCH_INDEX_KINDS
let work: string
let data: Snapshot
let inscriptions: Inscription[]
const sites = {} as Record<
  SearchIndexKind,
  { outDir: string; server: Awaited<ReturnType<typeof serveRoot>>['server']; base: string }
>
let browser: Browser

const html = (urlPath: string, kind: SearchIndexKind = 'compact') =>
  readFile(path.join(sites[kind].outDir, urlPath, 'index.html'), 'utf8')
const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  )

beforeAll(async () => {
  const snapshotDir = inject('snapshotDir')
  data = loadSnapshot(snapshotDir)
  inscriptions = data.byKind('inscriptions')
  work = await mkdtemp(path.join(tmpdir(), 'heritage-inscriptions-'))
  for (const kind of KINDS) {
    const root = path.join(work, kind)
    const outDir = path.join(root, 'builds', 'a')
    await astroBuild(snapshotDir, outDir, { SITE_SEARCH: kind, SITE_URL: site.href })
    // As a publish does: the snapshot's media (the tiles among them) beside the pages.
    await linkMedia(path.join(snapshotDir, 'media'), path.join(outDir, 'media'))
    await symlink(path.join('builds', 'a'), path.join(root, 'current'))
    sites[kind] = { outDir, ...(await serveRoot(root)) }
  }
  browser = await chromium.launch({ executablePath: chromiumPath(), args: [...HEADLESS_FLAGS] })
}, 900_000)

afterAll(async () => {
  await browser?.close()
  for (const s of Object.values(sites)) await stopServe(s.server, undefined)
  if (work) await rm(work, { recursive: true, force: true })
})

/** The first inscription with lines on a zoomable photo (the demo's stele). */
const stele = () => {
  const found = inscriptions.find((e) => e.lines.some((l) => l.region) && e.gallery.some((g) => g.zoom))
  if (!found) throw new Error('The snapshot has no inscription with lines on a zoomable photo.')
  return found
}

describe('the page of an inscription', () => {
  it('shows type, dating, placement, the relic it belongs to, the warning and the text in three marked columns', async () => {
    expect(inscriptions.length).toBeGreaterThan(0)
    for (const entry of inscriptions) {
      const page = await html(entryPath(entry, 'vi'))
      const holder = data.resolve(entry.attachedTo)
      if (!holder || holder.kind === 'batches') throw new Error('no holder')
      expect(page).toContain(`href="${entryPath(holder, 'vi')}"`)
      // The relic's (or heritage's) page lists the inscription.
      expect(await html(entryPath(holder, 'vi'))).toContain(`href="${entryPath(entry, 'vi')}"`)
      // What it is, when and where comes first, before its photo; the facts box below has the rest.
      const context = page.match(/<p class="inscription-context"[^>]*>([\s\S]*?)<\/p>/)?.[1] ?? ''
      expect(page.indexOf('class="inscription-context"')).toBeLessThan(page.indexOf('class="zoom-viewer"'))
      expect(context).toContain(labelOf(INSCRIPTION_TYPES, entry.inscriptionType, 'vi'))
      expect(context).toContain(`href="${entryPath(holder, 'vi')}"`)
      if (entry.dating?.reign && entry.dating.reignYear && entry.dating.year) {
        const reign = `${entry.dating.reign} năm thứ ${entry.dating.reignYear} (${entry.dating.year})`
        expect(context).toContain(reign)
        expect(page).toContain(reign)
      }
      // Its own wording of the date once, in the facts box.
      if (entry.dating?.text?.vi) expect(page.split(entry.dating.text.vi)).toHaveLength(2)
      if (entry.placement?.vi) expect(page).toContain(entry.placement.vi)
      if (entry.transcription === 'reviewed') expect(page).not.toContain('class="transcription-warning"')
      else expect(page).toMatch(/class="transcription-warning"[^>]*data-transcription="(unreviewed|illustrative)"/)
      const lines = [...page.matchAll(/<li id="line-(\d+)" data-line="\d+"[^>]*>([\s\S]*?)<\/li>/g)]
      expect(lines).toHaveLength(entry.lines.length)
      for (const [i, line] of entry.lines.entries()) {
        const li = lines[i]?.[2] ?? ''
        expect(li).toContain('class="line-original"')
        expect(li).toContain('class="line-reading"')
        expect(li).toContain('class="line-translation"')
        expect(li).toContain(`<span class="original" lang="vi-Hani">${line.original}</span>`)
        if (line.reading) expect(li).toContain(`<span lang="vi">${line.reading}</span>`)
        if (line.translation?.vi) expect(li).toContain(line.translation.vi)
      }
    }
  })

  it('translates the lines in the page language, else English, marked', async () => {
    const entry = stele()
    const line = entry.lines.find((l) => l.translation?.en && l.translation.vi) ?? entry.lines[0]
    if (!entry.translations.includes('en') || !line?.translation?.en) return
    const page = await html(entryPath(entry, 'en'))
    expect(page).toContain(line.translation.en)
    expect(page).not.toContain(line.translation.vi)
    // A language the entry is published in without its own translation of the lines: English, marked.
    const other = entry.translations.find((l) => l !== 'en' && !entry.lines.some((x) => x.translation?.[l]))
    if (other) expect(await html(entryPath(entry, other))).toContain(`<span lang="en">${line.translation.en}</span>`)
  })

  it('without JavaScript the photo is its largest web version, and the fonts that cover Hán-Nôm are named, none downloaded', async () => {
    const entry = stele()
    const page = await html(entryPath(entry, 'vi'))
    const photo =
      entry.gallery.find((g) => g.id === entry.lines.find((l) => l.region)?.region?.photo) ?? entry.gallery[0]
    const largest = photo?.versions.filter((v) => v.format === 'jpeg').at(-1)
    expect(page).toContain(`class="zoom-still"`)
    expect(page).toContain(`href="/media/${largest?.file}"`)
    expect(page).toContain(`${photo?.versions.filter((v) => v.format === 'webp').at(-1)?.file}`)
    const css = (
      await Promise.all(
        [...page.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) =>
          readFile(path.join(sites.compact.outDir, m[1] ?? ''), 'utf8'),
        ),
      )
    ).join('')
    for (const font of [
      'Nom Na Tong',
      'Han-Nom Gothic',
      'BabelStone Han',
      'Noto Serif CJK TC',
      'MingLiU-ExtB',
      'SimSun-ExtB',
    ]) {
      expect(css + page).toContain(font)
    }
    expect(css + page).not.toMatch(/@font-face|\.woff2?\b/)
  })

  it('shows a photo of each line with characters beyond the basic block, cut from its region, and none for the others', async () => {
    expect(hasRareCharacters('景興四十四年')).toBe(false)
    expect(hasRareCharacters('𠄼𠀧')).toBe(true)
    let rare = 0
    for (const entry of inscriptions) {
      const page = await html(entryPath(entry, 'vi'))
      for (const [i, line] of entry.lines.entries()) {
        const src = lineImagePath(entry, i)
        const region = regionPixels(entry, line)
        if (!hasRareCharacters(line.original) || !region) {
          expect(page).not.toContain(src)
          continue
        }
        rare++
        expect(page).toContain(`<img src="${src}" alt="Ảnh chụp dòng ${i + 1} trên hiện vật"`)
        expect(page).toContain('Dòng này có chữ mà nhiều điện thoại không hiển thị được')
        const image = await sharp(path.join(sites.compact.outDir, src)).metadata()
        expect(image.format).toBe('webp')
        // The region's shape, scaled down.
        expect(Math.abs((image.width ?? 0) / (image.height ?? 1) - region.w / region.h)).toBeLessThan(0.05)
        expect(Math.max(image.width ?? 0, image.height ?? 0)).toBeLessThanOrEqual(720)
        expect((await stat(path.join(sites.compact.outDir, src))).size).toBeLessThan(60_000)
      }
    }
    expect(rare).toBeGreaterThan(0)
  })
})

describe('deep zoom', () => {
  it('publishes every tile of each pyramid and an info.json beside them, with its absolute address and the right sizes', async () => {
    const entry = stele()
    for (const image of entry.gallery) {
      const zoom = image.zoom
      if (!zoom) continue
      const folder = path.join(sites.compact.outDir, zoomPath(zoom))
      const info = JSON.parse(await readFile(path.join(folder, 'info.json'), 'utf8'))
      expect(info).toEqual({
        '@context': 'http://iiif.io/api/image/3/context.json',
        id: new URL(zoomPath(zoom), site).href,
        type: 'ImageService3',
        protocol: 'http://iiif.io/api/image',
        profile: 'level0',
        width: image.width,
        height: image.height,
        sizes: zoom.sizes,
        tiles: [{ width: zoom.tileSize, scaleFactors: zoom.scaleFactors }],
      })
      const paths = tilePaths({
        width: image.width,
        height: image.height,
        tileSize: zoom.tileSize,
        scaleFactors: zoom.scaleFactors,
      })
      expect(paths.length).toBeGreaterThan(4)
      for (const tile of paths) expect(await exists(path.join(folder, tile)), tile).toBe(true)
      // Each tile is drawn at the size its address says.
      for (const tile of [paths[0], paths.at(-1)]) {
        const [w, h] = (tile?.split('/')[1] ?? '').split(',').map(Number)
        const meta = await sharp(path.join(folder, tile ?? '')).metadata()
        expect([meta.width, meta.height]).toEqual([w, h])
      }
      // Served like the other media: cached for a year.
      const answer = await fetch(`${sites.compact.base}${zoomPath(zoom)}/${paths[0]}`)
      expect(answer.status).toBe(200)
      expect(answer.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
      expect(answer.headers.get('content-type')).toBe('image/jpeg')
      const served = await fetch(`${sites.compact.base}${zoomPath(zoom)}/info.json`)
      expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
      expect(served.headers.get('access-control-allow-origin')).toBe('*')
    }
  })

  it('loads its viewer on inscription pages only, within the 30 KB budget before images', async () => {
    const result = checkBudgets(sites.compact.outDir)
    expect(result.violations).toEqual([])
    const pages = result.pages.filter((p) => p.islands.includes('inscription'))
    expect(pages.length).toBeGreaterThanOrEqual(inscriptions.length)
    for (const p of pages) {
      expect(p.jsGzip).toBeGreaterThan(0)
      expect(p.beforeImages, p.path).toBeLessThanOrEqual(INSCRIPTION_PAGE_BUDGET)
    }
    // Other entry pages do not load it.
    const relic = result.pages.find((p) => p.path === '/di-tich/den-phu-dong/')
    expect(relic?.islands).not.toContain('inscription')
  })
})

describe('open data', () => {
  it('names the tiles as an image service and the lines as annotations on their region, and still validates', () => {
    const validator = new Validator()
    for (const entry of inscriptions) {
      const manifest = entryManifest(entry, site, data.manifest)
      expect(validator.validateManifest(manifest), JSON.stringify(validator.validators.manifest?.errors)).toBe(true)
      for (const [i, image] of entry.gallery.entries()) {
        const canvas = manifest.items[i] as (typeof manifest.items)[number] & {
          annotations?: {
            type: string
            items: { motivation: string; target: string; body: { type: string; value: string; language: string } }[]
          }[]
        }
        const body = canvas.items[0]?.items[0]?.body as { service?: { id: string; type: string; profile: string }[] }
        if (image.zoom) {
          expect(body.service).toEqual([
            { id: new URL(zoomPath(image.zoom), site).href, type: 'ImageService3', profile: 'level0' },
          ])
        } else expect(body.service).toBeUndefined()
        const lines = entry.lines.filter((l) => l.region?.photo === image.id)
        if (lines.length === 0) continue
        const annotations = canvas.annotations?.[0]?.items ?? []
        const line = lines[0]
        const region = line && regionPixels(entry, line)
        if (!line || !region) continue
        const original = annotations.find((a) => a.body.value === line.original)
        expect(original).toMatchObject({
          motivation: 'supplementing',
          target: `${canvas.id}#xywh=${region.x},${region.y},${region.w},${region.h}`,
          body: { type: 'TextualBody', language: 'vi-Hani' },
        })
        if (line.translation?.vi)
          expect(annotations.some((a) => a.body.value === line.translation?.vi && a.body.language === 'vi')).toBe(true)
      }
    }
  })

  it('describes an inscription in Linked Art: the object carries its text, in its language, dated, where it is kept', async () => {
    const entry = stele()
    const CONTEXT = JSON.parse(
      await readFile(path.join(import.meta.dirname, 'fixtures', 'linked-art-context.json'), 'utf8'),
    )
    const graph = await Graph.read(inscriptionLinkedArt(entry, site, data.manifest, data), {
      [LINKED_ART_CONTEXT]: CONTEXT,
    })
    const crm = 'http://www.cidoc-crm.org/cidoc-crm/'
    const [object] = graph.ofType(`${crm}E22_Human-Made_Object`)
    if (!object) throw new Error('no object')
    const carried = graph.objects(object, `${crm}P128_carries`)
    expect(carried).toHaveLength(1)
    const text = carried[0]
    if (!text) throw new Error('no text')
    expect(text['@type']).toContain(`${crm}E33_Linguistic_Object`)
    expect(graph.values(text, `${crm}P190_has_symbolic_content`).map((v) => v['@value'])).toEqual([
      entry.lines.map((l) => l.original).join('\n'),
    ])
    expect(graph.objects(text, `${crm}P72_has_language`).length).toBeGreaterThan(0)
    if (entry.dating?.year) {
      const [production] = graph.objects(object, `${crm}P108i_was_produced_by`)
      expect(production).toBeDefined()
    }
    const page = await html(entryPath(entry, 'vi'))
    expect(page).toContain(
      `<link rel="alternate" type="application/ld+json;profile=&quot;${LINKED_ART_CONTEXT}&quot;" href="/linked-art/inscriptions/${entry.slug}.json"`,
    )
  })
})

describe('search', () => {
  /** Searches on the Vietnamese search page like a visitor; the addresses of the results. */
  async function search(kind: SearchIndexKind, query: string): Promise<string[]> {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
    try {
      await page.goto(`${sites[kind].base}${staticPath('search', 'vi')}?q=${encodeURIComponent(query)}`)
      await expect.poll(() => page.getByRole('status').textContent(), { timeout: 30_000 }).toContain(query)
      await expect.poll(() => page.locator('[data-search-results][aria-busy]').count(), { timeout: 30_000 }).toBe(0)
      return await page
        .locator('[data-search-results] > li h2 a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
    } finally {
      await page.close()
    }
  }

  it('adds, for a language cut at spaces, a few characters from each character of a run of Han', () => {
    expect(indexOnlyWords('Bia 景興四十四年', 'vi')).toEqual(['興四十四年', '四十四年', '十四年', '四年', '年'])
    expect(indexOnlyWords('景興', 'zh-Hans')).toEqual([])
  })

  it.each(KINDS)(
    'finds an inscription by its reading without diacritics, its translation and two of its characters (%s)',
    async (kind) => {
      const entry = stele()
      const href = entryPath(entry, 'vi')
      const line = entry.lines.find(
        (l) => l.reading && [...l.original].filter((c) => /\p{Script=Han}/u.test(c)).length >= 4,
      )
      if (!line?.reading) throw new Error('no line to search by')
      const reading = foldVietnamese(line.reading).toLowerCase().split(/\s+/).slice(0, 2).join(' ')
      expect(await search(kind, reading)).toContain(href)
      const translation = foldVietnamese(line.translation?.vi ?? '')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s]/gu, ' ')
        .split(/\s+/)
        .filter((w) => w.length > 3)
      if (translation.length > 0) expect(await search(kind, translation.slice(-2).join(' '))).toContain(href)
      // Two characters from the middle of the line, and one.
      const chars = [...line.original]
      expect(await search(kind, chars.slice(1, 3).join(''))).toContain(href)
      expect(await search(kind, chars[2] ?? '')).toContain(href)
    },
  )
})
