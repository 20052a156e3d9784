/**
 * Issue 19: a locale turned on with nothing translated into it yet (French, by setting: the
 * snapshot manifest's locales, which the CMS takes from its installation's `siteLocales`). The
 * build works; home, every list, the map, search, the calendar and open data exist in French and
 * show every entry in English (else Vietnamese) with the note "not yet translated"; no page about
 * one entry exists in French. And on a map drawn from JSON (a route's map, which has no list of
 * places to read), an untranslated stop's popup carries the same note as the lists, in Chromium.
 */
import { mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { Manifest } from '@heritage/contract'
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { loadSnapshot, type Snapshot } from '../src/data/snapshot.ts'
import { strings } from '../src/i18n/ui.ts'
import {
  entryPath,
  KIND_LABEL,
  LIST_PAGE_SIZE,
  listPath,
  PAGE_KINDS,
  PAGE_SEGMENT,
  staticPath,
} from '../src/routing.ts'
import { type CompactIndex, compactDocumentAt } from '../src/utils/search.ts'
import { chromiumPath, HEADLESS_FLAGS } from '../tools/chromium.ts'
import { astroBuild } from './build'
import { serveRoot, stopServe } from './serve'
import { TRANSLATIONS, translatedSnapshot } from './translated'

let work: string
let outDir: string
let data: Snapshot
/** A route translated into Japanese whose stops are not. */
let routeSlug: string
const ROUTE_JA = '嘉林の一日'

const html = (pagePath: string) => readFile(path.join(outDir, pagePath, 'index.html'), 'utf8')
const exists = (pagePath: string) =>
  readFile(path.join(outDir, pagePath, 'index.html')).then(
    () => true,
    () => false,
  )

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'heritage-french-'))
  const snapshotDir = path.join(work, 'snapshot')
  outDir = path.join(work, 'root', 'builds', 'a')
  const demo = loadSnapshot(inject('snapshotDir'))
  const route = demo
    .byKind('routes')
    .find((r) => r.stops.filter((s) => demo.resolve(s.place) && 'location' in (demo.resolve(s.place) ?? {})).length > 1)
  if (!route) throw new Error('The demo snapshot has no route with two located stops.')
  routeSlug = route.slug
  await translatedSnapshot(inject('snapshotDir'), snapshotDir, [
    ...TRANSLATIONS,
    { kind: 'routes', slug: routeSlug, texts: { ja: { title: ROUTE_JA } } },
  ])
  const manifestFile = path.join(snapshotDir, 'manifest.json')
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as Manifest
  await writeFile(manifestFile, JSON.stringify({ ...manifest, locales: [...manifest.locales, 'fr'] }))
  data = loadSnapshot(snapshotDir)
  await astroBuild(snapshotDir, outDir)
}, 900_000)

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true })
})

describe('French turned on with no French content', () => {
  it('has home, every list, the map, search, the calendar and open data in French', async () => {
    const pages = [
      '/fr/',
      ...PAGE_KINDS.map((kind) => listPath(kind, 'fr')),
      ...(['map', 'search', 'festivals', 'openData'] as const).map((p) => staticPath(p, 'fr')),
    ]
    for (const p of pages) {
      const page = await html(p)
      expect(page, p).toContain('<html lang="fr"')
      expect(page, p).toContain(strings('fr').search)
    }
    expect(await html(listPath('relics', 'fr'))).toMatch(new RegExp(`<h1[^>]*>${KIND_LABEL.relics.fr.many}</h1>`))
  })

  it('lists every entry in English or Vietnamese, each with the note in French', async () => {
    const notes = strings('fr').untranslated
    for (const kind of PAGE_KINDS) {
      const list = await html(listPath(kind, 'fr'))
      const cards = list.match(/<article class="card[\s\S]*?<\/article>/g) ?? []
      expect(cards.length, kind).toBe(Math.min(data.byKind(kind).length, LIST_PAGE_SIZE))
      for (const card of cards) {
        expect(card).toMatch(/data-untranslated="(en|vi)"/)
        expect(card.includes(notes.inEnglish) || card.includes(notes.inVietnamese), card).toBe(true)
        expect(card).not.toMatch(/href="\/fr\//)
      }
    }
    // The map's list of places, one page a commune, and the popups of its files.
    const map = await html(staticPath('map', 'fr'))
    const commune = /href="(\/fr\/map\/commune\/[^"]+\/)"/.exec(map)?.[1] ?? ''
    expect(commune).not.toBe('')
    const places = (await html(commune)).match(/<li data-key="[^"]+"[\s\S]*?<\/li>/g) ?? []
    expect(places.length).toBeGreaterThan(0)
    for (const place of places) expect(place).toMatch(/data-untranslated="(en|vi)"/)
    const id = commune.split('/').at(-2) ?? ''
    const popups = JSON.parse(
      await readFile(path.join(outDir, 'map-data', 'fr', 'x', `${id}.json`), 'utf8'),
    ) as string[][]
    expect(popups.length).toBe(places.length)
    for (const popup of popups) expect([notes.inEnglish, notes.inVietnamese]).toContain(popup[10])
  })

  it('has no page about one entry in French: no entry, plaque or batch page', async () => {
    for (const kind of PAGE_KINDS) {
      const own = await readdir(path.join(outDir, listPath(kind, 'fr')), { withFileTypes: true })
      // Only the list's own further pages (`page/2/`), never an entry's slug.
      const folders = own.filter((d) => d.isDirectory() && d.name !== PAGE_SEGMENT.fr).map((d) => d.name)
      expect(folders, kind).toEqual([])
    }
    for (const qr of ['p', 't']) expect(await exists(`/fr/${qr}`)).toBe(false)
    const relic = data.byKind('relics')[0]
    if (relic) expect(await exists(entryPath(relic, 'fr'))).toBe(false)
    const sitemap = await readFile(path.join(outDir, 'sitemap.xml'), 'utf8')
    expect(sitemap).toContain('hreflang="fr"')
    expect(sitemap).not.toMatch(/hreflang="fr" href="[^"]*\/fr\/(relics|p|t)\/[^"]+/)
  })

  it('has a French search index, holding the entries in their English or Vietnamese text', async () => {
    // The demo is a small province: its search index is the compact one (search-strategy.ts).
    const index = JSON.parse(
      gunzipSync(await readFile(path.join(outDir, 'pagefind', 'search.fr.json.gz'))).toString(),
    ) as CompactIndex
    const untranslated = index.title
      .map((_, at) => compactDocumentAt(index, at))
      .filter((d) => !d.own && /^\/(en\/)?[a-z-]+\/[^/]+\/$/.test(d.url))
    expect(untranslated.length).toBeGreaterThan(0)
  })
})

describe('a map drawn from JSON (a route’s)', () => {
  let browser: Browser | undefined
  let server: Awaited<ReturnType<typeof serveRoot>>['server'] | undefined

  afterAll(async () => {
    await browser?.close()
    await stopServe(server, undefined)
  })

  it('shows an untranslated stop’s popup with the note the lists show', async () => {
    await symlink(path.join('builds', 'a'), path.join(work, 'root', 'current'))
    const served = await serveRoot(path.join(work, 'root'))
    server = served.server
    browser = await chromium.launch({ executablePath: chromiumPath(), args: [...HEADLESS_FLAGS] })
    const page = await browser.newPage({ viewport: { width: 360, height: 800 }, isMobile: true, hasTouch: true })
    const route = data.byKind('routes').find((r) => r.slug === routeSlug)
    if (!route) throw new Error('The route is gone.')
    await page.goto(`${served.base}${entryPath(route, 'ja')}`)
    expect(await page.locator('h1').textContent()).toContain(ROUTE_JA)
    // Scrolled into view, the map loads itself (map-island.ts); its button is for visitors saving
    // data. Tapping the button after seeing it raced the load that hides it.
    await page.locator('[data-map-view]').first().scrollIntoViewIfNeeded()
    await page.locator('[data-map-view][data-map-state="ready"]').first().waitFor({ timeout: 60_000 })
    const marker = page.locator('.leaflet-marker-pane .map-marker').first()
    await marker.waitFor({ timeout: 60_000 })
    await marker.tap()
    // Two stops at one place share a popup: the first stop's note.
    const note = page.locator('.leaflet-popup-content .untranslated').first()
    await note.waitFor()
    expect(await note.isVisible()).toBe(true)
    const S = strings('ja').untranslated
    expect([S.inEnglish, S.inVietnamese]).toContain(await note.textContent())
    const link = page.locator('.leaflet-popup-content a').first()
    expect(await link.getAttribute('href')).toMatch(/^\/(en\/)?[a-z-]+\/[^/]+\/$/)
    expect(await link.getAttribute('lang')).toMatch(/^(en|vi)$/)
    // Its commune, named only in Vietnamese, is marked so (CJK fonts are chosen by language).
    expect(await page.locator('.leaflet-popup-content .map-popup-kind span[lang="vi"]').count()).toBeGreaterThan(0)
  })
})
