import { createHash } from 'node:crypto'
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { LIST_PAGE_SIZE } from '../src/routing'
import { astroBuild } from './build'

/**
 * The site with many entries: the demo snapshot with its relics cloned (new ids, slugs, codes)
 * until there are RELICS of them. Lists must be paginated and the home page must not grow.
 */
const RELICS = LIST_PAGE_SIZE * 2 + 7
let work: string
let big: string
let small: string

const count = (html: string, pattern: RegExp) => (html.match(pattern) ?? []).length
const page = (dir: string, urlPath: string) => readFileSync(path.join(dir, urlPath, 'index.html'), 'utf8')

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'heritage-scale-'))
  const snapshot = path.join(work, 'snapshot')
  cpSync(inject('snapshotDir'), snapshot, { recursive: true })
  const manifestFile = path.join(snapshot, 'manifest.json')
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
    entries: { kind: string; id: string; file: string; hash: string }[]
    contentHash: string
  }
  const relics = manifest.entries.filter((e) => e.kind === 'relics')
  for (let n = relics.length; n < RELICS; n++) {
    const source = relics[n % relics.length] as (typeof relics)[number]
    const entry = JSON.parse(readFileSync(path.join(snapshot, source.file), 'utf8'))
    const id = String(900000 + n)
    const json = `${JSON.stringify({
      ...entry,
      id,
      slug: `${entry.slug}-ban-sao-${n}`,
      code: `S${String(n).padStart(7, '0')}`,
      title: { vi: `${entry.title.vi} (bản sao ${n})`, en: `${entry.title.en ?? entry.title.vi} (copy ${n})` },
    })}\n`
    const file = `entries/relics/${id}.json`
    writeFileSync(path.join(snapshot, file), json)
    manifest.entries.push({ kind: 'relics', id, file, hash: createHash('sha256').update(json).digest('hex') })
  }
  manifest.contentHash = createHash('sha256').update(JSON.stringify(manifest.entries)).digest('hex')
  writeFileSync(manifestFile, JSON.stringify(manifest))
  big = path.join(work, 'big')
  small = path.join(work, 'small')
  // One build after the other: a build into a folder outside site/ writes its pages' code to the
  // one site/.astro/.prerender (Astro's fallback), so two at once overwrite and remove each other's.
  await astroBuild(snapshot, big)
  await astroBuild(inject('snapshotDir'), small)
}, 300_000)

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true })
})

describe('a province with many entries', () => {
  it('splits a list into pages of a fixed size, each linked to the next and the previous', () => {
    const first = page(big, 'di-tich')
    const second = page(big, 'di-tich/trang/2')
    const last = page(big, 'di-tich/trang/3')
    expect(count(first, /<article class="card/g)).toBe(LIST_PAGE_SIZE)
    expect(count(second, /<article class="card/g)).toBe(LIST_PAGE_SIZE)
    expect(count(last, /<article class="card/g)).toBe(RELICS - 2 * LIST_PAGE_SIZE)
    expect(existsSync(path.join(big, 'di-tich', 'trang', '4'))).toBe(false)
    // Page 1 lives at the list's own address; no /trang/1/ duplicate.
    expect(existsSync(path.join(big, 'di-tich', 'trang', '1'))).toBe(false)
    expect(first).toMatch(/<a href="\/di-tich\/trang\/2\/"[^>]*rel="next"/)
    expect(first).not.toMatch(/rel="prev"/)
    expect(second).toMatch(/<a href="\/di-tich\/"[^>]*rel="prev"/)
    expect(second).toMatch(/<a href="\/di-tich\/trang\/3\/"[^>]*rel="next"/)
    expect(second).toMatch(/<a href="\/di-tich\/trang\/2\/"[^>]*aria-current="page"/)
    expect(last).not.toMatch(/rel="next"/)
    // Every relic is on exactly one page.
    const links = [first, second, last].flatMap((html) =>
      [...html.matchAll(/href="(\/di-tich\/[a-z0-9-]+\/)"/g)].map((m) => m[1]),
    )
    expect(new Set(links).size).toBe(RELICS)
  })

  it('gives each page its English counterpart', () => {
    const second = page(big, 'en/relics/page/2')
    expect(second).toMatch(/<html[^>]*lang="en"/)
    expect(page(big, 'di-tich/trang/2')).toMatch(/hreflang="en" href="[^"]*\/en\/relics\/page\/2\/"/)
    expect(second).toMatch(/<a href="\/en\/relics\/page\/3\/"[^>]*rel="next"/)
  })

  it('keeps a small province on one page, without page navigation', () => {
    expect(existsSync(path.join(small, 'di-tich', 'trang'))).toBe(false)
    expect(page(small, 'di-tich')).not.toMatch(/class="pagination"/)
  })

  it('keeps the home page the same size however many entries there are', () => {
    const home = page(big, '')
    expect(count(home, /<li data-key=/g)).toBeLessThanOrEqual(60)
    expect(home).toMatch(/trong số \d+ địa điểm/)
    // A fixed ceiling: the selection is bounded, the page cannot grow past it with the province.
    expect(home.length).toBeLessThan(100_000)
    expect(count(home, /<li data-key=/g)).toBeGreaterThan(count(page(small, ''), /<li data-key=/g))
  })

  it('keeps the map page free of places (the map fetches clusters; the list is one page a commune)', () => {
    const map = page(big, 'ban-do')
    expect(count(map, /<li data-key=/g)).toBe(0)
    expect(map.length).toBeLessThan(page(small, 'ban-do').length * 1.05)
    const communes = [...map.matchAll(/href="(\/ban-do\/xa\/[^/"]+\/)"/g)].map((m) => m[1] ?? '')
    expect(communes.length).toBeGreaterThan(0)
    const listed = communes.reduce((sum, href) => sum + count(page(big, href.slice(1, -1)), /<li data-key=/g), 0)
    expect(listed).toBeGreaterThanOrEqual(RELICS)
  })
})
