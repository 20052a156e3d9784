/**
 * A GS1 lot may hold any of the 82 characters GS1 allows (`%`, `"`, `<`, `>`, `/`, `?`, `&`…).
 * Every one of them, end to end: a batch with that lot in the snapshot → a real publish (Astro
 * build, the folder move of integrations/gs1-folders.ts) → the link the label prints
 * (the contract's `checkDigitalLink`, as media-tools prints it) requested from serve.ts → the page of that very lot. A lot written
 * `%2F` is its own lot, never the one with a `/`. Issue 15, items 1 and 6; also the hreflang of
 * the QR alias pages (they name the canonical pages, not other aliases).
 */
import { createHash } from 'node:crypto'
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
// What the label sheets print (the site itself only needs the path, through the snapshot contract).
import { checkDigitalLink, GS1_CHARSET_82 } from '@heritage/contract'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { gs1BatchPath } from '../src/routing.ts'
import { publish } from '../tools/publish.ts'
import { createSiteServer } from '../tools/serve.ts'

const SITE_URL = 'https://disan.example.vn'
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/** One lot per character of the set (`L<c>9`: a lot may not begin with `/` or `.`), and the traps. */
const LOTS = [...[...GS1_CHARSET_82].map((c) => `L${c}9`), 'SECP%', 'A/B', 'A%2FB', 'A', `!"%&'()*+,-./:;<=>?`, 'x%41']

let work: string
let root: string
let snapshot: string
let gtin: string
let server: http.Server
let base: string

/** A raw request, as a phone sends the printed link: nothing normalised on the way. */
const get = (urlPath: string) =>
  new Promise<{ status: number; body: string; location?: string }>((resolve, reject) => {
    http
      .get(`${base}/`, { path: urlPath }, (res) => {
        let body = ''
        res.on('data', (chunk: Buffer) => {
          body += chunk
        })
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, location: res.headers.location }))
      })
      .on('error', reject)
  })

const unescapeHtml = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
const lotShown = (html: string) => unescapeHtml(/<span data-lot[^>]*>([^<]*)<\/span>/.exec(html)?.[1] ?? '(no lot)')
const hreflang = (html: string, lang: string) =>
  new RegExp(`<link rel="alternate" hreflang="${lang}" href="([^"]+)"`).exec(html)?.[1]

function writeManifest(mutate: (entries: { kind: string; id: string; file: string; hash: string }[]) => void) {
  const file = path.join(snapshot, 'manifest.json')
  const manifest = JSON.parse(readFileSync(file, 'utf8'))
  mutate(manifest.entries)
  manifest.contentHash = sha256(JSON.stringify(manifest.entries))
  writeFileSync(file, JSON.stringify(manifest, null, 1))
}

function writeEntry(file: string, entry: unknown): string {
  const json = `${JSON.stringify(entry, null, 1)}\n`
  writeFileSync(path.join(snapshot, file), json)
  return sha256(json)
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'heritage-lots-'))
  root = path.join(work, 'root')
  snapshot = path.join(work, 'snapshot')
  cpSync(inject('snapshotDir'), snapshot, { recursive: true })
  const manifest = JSON.parse(readFileSync(path.join(snapshot, 'manifest.json'), 'utf8'))
  const read = (file: string) => JSON.parse(readFileSync(path.join(snapshot, file), 'utf8'))
  const template = manifest.entries
    .filter((e: { kind: string }) => e.kind === 'batches')
    .map((e: { file: string }) => ({ item: e, batch: read(e.file) }))
    .find(({ batch }: { batch: { product: { id: string } } }) => {
      const product = manifest.entries.find(
        (e: { kind: string; id: string }) => e.kind === 'ocop-products' && e.id === batch.product.id,
      )
      return product && read(product.file).gtin
    })
  if (!template) throw new Error('the demo snapshot has no batch of a product with a GTIN')
  gtin = read(
    manifest.entries.find(
      (e: { kind: string; id: string }) => e.kind === 'ocop-products' && e.id === template.batch.product.id,
    ).file,
  ).gtin
  writeManifest((entries) => {
    LOTS.forEach((lot, i) => {
      const id = `lot-test-${i}`
      const file = `entries/batches/${id}.json`
      const hash = writeEntry(file, { ...template.batch, id, code: `ZZLOT${String(i).padStart(3, '0')}`, lotCode: lot })
      entries.push({ kind: 'batches', id, file, hash })
    })
  })
  await publish({ snapshot, root, siteUrl: SITE_URL, incremental: false })
  server = createSiteServer({ root, log: () => {} })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}, 600_000)

afterAll(async () => {
  server?.close()
  if (work) await rm(work, { recursive: true, force: true })
})

describe('GS1 lot links, every character GS1 allows', () => {
  it.each(LOTS)('the printed link of lot %s opens that lot’s page', async (lot) => {
    const link = checkDigitalLink({ baseUrl: SITE_URL, gtin, batch: lot })
    if (!link.ok) throw new Error(link.problem.message.en)
    const printed = new URL(link.value)
    // The site links the same address the label prints (one helper), with its trailing slash.
    expect(gs1BatchPath(gtin, lot)).toBe(`${printed.pathname}/`)
    const page = await get(`${printed.pathname}/`)
    expect(page.status).toBe(200)
    expect(lotShown(page.body)).toBe(lot)
    // As printed, without the slash: one redirect to the same, still encoded, address.
    const bare = await get(printed.pathname)
    expect(bare.status).toBe(301)
    expect(bare.location).toBe(`${printed.pathname}/`)
  })

  it('a lot written %2F is its own lot: neither serves the other', async () => {
    expect(lotShown((await get(`/01/${gtin}/10/A%252FB/`)).body)).toBe('A%2FB')
    expect(lotShown((await get(`/01/${gtin}/10/A%2FB/`)).body)).toBe('A/B')
    expect(lotShown((await get(`/01/${gtin}/10/A/`)).body)).toBe('A')
    expect(lotShown((await get(`/01/${gtin}/10/x%2541/`)).body)).toBe('x%41')
    // Decoded once only: `%2541` is `%41`, never `A`.
    expect((await get(`/01/${gtin}/10/x%41/`)).status).toBe(404)
  })

  it('a partial publish keeps the pages of unchanged lots where they are served', async () => {
    // A relic far from the product: every lot page is kept from the live build, found by the
    // file each path is served from (were it looked for under the encoded name, the publish
    // would find pages missing and fall back to a full build).
    const manifest = JSON.parse(readFileSync(path.join(snapshot, 'manifest.json'), 'utf8'))
    const item = manifest.entries.find((e: { kind: string }) => e.kind === 'relics')
    const relic = JSON.parse(readFileSync(path.join(snapshot, item.file), 'utf8'))
    const hash = writeEntry(item.file, { ...relic, summary: { vi: 'Tóm tắt mới 4242' } })
    writeManifest((entries) => {
      for (const e of entries) if (e.file === item.file) e.hash = hash
    })
    const result = await publish({ snapshot, root, siteUrl: SITE_URL })
    expect(result.mode).toBe('incremental')
    expect(result.rendered).toBeLessThan(result.pages - LOTS.length)
    for (const lot of LOTS) {
      const page = await get(gs1BatchPath(gtin, lot))
      expect(page.status, lot).toBe(200)
      expect(lotShown(page.body)).toBe(lot)
    }
    expect((await get(`/di-tich/${relic.slug}/`)).body).toContain('Tóm tắt mới 4242')
  })
})

describe('QR alias pages', () => {
  it('name the canonical pages in hreflang, not other aliases', async () => {
    const manifest = JSON.parse(readFileSync(path.join(snapshot, 'manifest.json'), 'utf8'))
    const relicItem = manifest.entries.find((e: { kind: string }) => e.kind === 'relics')
    const relic = JSON.parse(readFileSync(path.join(snapshot, relicItem.file), 'utf8'))
    for (const alias of [`/p/${relic.code}/`, `/en/p/${relic.code}/`]) {
      const html = (await get(alias)).body
      expect(hreflang(html, 'vi')).toBe(`${SITE_URL}/di-tich/${relic.slug}/`)
      expect(hreflang(html, 'en')).toBe(`${SITE_URL}/en/relics/${relic.slug}/`)
      expect(hreflang(html, 'x-default')).toBe(`${SITE_URL}/di-tich/${relic.slug}/`)
    }
    const html = (await get(gs1BatchPath(gtin, 'A/B'))).body
    expect(hreflang(html, 'vi')).toBe(`${SITE_URL}/t/ZZLOT${String(LOTS.indexOf('A/B')).padStart(3, '0')}/`)
    expect(hreflang(html, 'en')).toBe(`${SITE_URL}/en/t/ZZLOT${String(LOTS.indexOf('A/B')).padStart(3, '0')}/`)
  })
})
