/**
 * Issue 15, item 3: a printed QR code whose record left the site (unpublished, in the trash,
 * deleted) says that its entry was withdrawn, in both languages, with a way on; it never shows
 * another entry and never falls on a 404. The CMS lists such codes in the manifest
 * (`retiredCodes`); here the demo snapshot is given some and built for real.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Manifest } from '@heritage/contract'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { loadSnapshot } from '../src/data/snapshot.ts'
import { ui } from '../src/i18n/ui.ts'
import { allPages, batchPath, plaquePath } from '../src/routing.ts'
import { inSitemap } from '../src/utils/sitemap.ts'
import { astroBuild } from './build'

let work: string
let snapshotDir: string
let outDir: string
/** A relic taken off the site, a batch taken off the site, and a live relic. */
let withdrawn: { code: string; id: string; title: string }
let withdrawnBatch: { code: string; id: string }
let live: { code: string; slug: string }

const html = (pagePath: string) => readFile(path.join(outDir, pagePath, 'index.html'), 'utf8')

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'heritage-withdrawn-'))
  snapshotDir = path.join(work, 'snapshot')
  outDir = path.join(work, 'dist')
  await cp(inject('snapshotDir'), snapshotDir, { recursive: true })
  const demo = loadSnapshot(snapshotDir)
  const [gone, kept] = demo.byKind('relics')
  const batch = demo.byKind('batches')[0]
  if (!gone || !kept || !batch) throw new Error('The demo snapshot needs two relics and a batch.')
  withdrawn = { code: gone.code, id: gone.id, title: gone.title.vi }
  withdrawnBatch = { code: batch.code, id: batch.id }
  live = { code: kept.code, slug: kept.slug }
  // As the CMS writes it once the relic and the batch are unpublished: out of the entries, their
  // codes listed as retired. A code listed by mistake while its entry is live is listed too.
  const manifest = demo.manifest
  const next: Manifest = {
    ...manifest,
    entries: manifest.entries.filter(
      (e) => !(e.kind === 'relics' && e.id === gone.id) && !(e.kind === 'batches' && e.id === batch.id),
    ),
    retiredCodes: [
      { code: gone.code, kind: 'relics' },
      { code: batch.code, kind: 'batches' },
      { code: kept.code, kind: 'relics' },
    ],
  }
  await writeFile(path.join(snapshotDir, 'manifest.json'), JSON.stringify(next))
  await astroBuild(snapshotDir, outDir)
}, 600_000)

afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

describe('a withdrawn QR code', () => {
  it('has a withdrawn page at its plaque or label address in both languages, kept out of the sitemap', () => {
    const pages = allPages(loadSnapshot(snapshotDir))
    const at = (p: string) => pages.filter((page) => page.path === p)
    for (const locale of ['vi', 'en'] as const) {
      for (const [p, kind] of [
        [plaquePath(withdrawn.code, locale), 'relics'],
        [batchPath({ code: withdrawnBatch.code }, locale), 'batches'],
      ] as const) {
        const [page, ...more] = at(p)
        expect(more, p).toEqual([])
        expect(page?.view, p).toEqual({ type: 'withdrawn', kind, code: p.split('/').at(-2) })
        expect(page && inSitemap(page), p).toBe(false)
      }
      // A live entry's code keeps showing the entry, whatever the list says.
      const [page, ...more] = at(plaquePath(live.code, locale))
      expect(more).toEqual([])
      expect(page?.view.type).toBe('entry')
    }
  })

  it('says so in Vietnamese and English, links home and to search, is not indexed and shows no other entry', async () => {
    const vi = await html(`p/${withdrawn.code}`)
    expect(vi).toContain('<html lang="vi"')
    expect(vi).toContain(ui('vi', 'withdrawnTitle'))
    expect(vi).toContain(ui('vi', 'withdrawnPlaque'))
    expect(vi).toContain(ui('en', 'withdrawnTitle'))
    expect(vi).toContain('<meta name="robots" content="noindex"')
    expect(vi).toContain('href="/"')
    expect(vi).toContain('href="/tim-kiem/"')
    // The page's own content names no entry (the header's menu links the lists, as everywhere).
    const main = vi.slice(vi.indexOf('<main'), vi.indexOf('</main>'))
    expect(main).not.toMatch(/\/di-tich\/|\/t\/|\/01\//)
    expect(vi).not.toContain(withdrawn.title)

    const en = await html(`en/p/${withdrawn.code}`)
    expect(en).toContain('<html lang="en"')
    expect(en).toContain(ui('en', 'withdrawnPlaque'))
    expect(en).toContain('href="/en/search/"')

    const label = await html(`t/${withdrawnBatch.code}`)
    expect(label).toContain(ui('vi', 'withdrawnLabel'))
    expect(label).toContain(ui('en', 'withdrawnLabel'))

    const liveEntry = await html(`p/${live.code}`)
    expect(liveEntry).not.toContain(ui('vi', 'withdrawnTitle'))
    expect(liveEntry).toContain(`/di-tich/${live.slug}/`)

    const sitemap = await readFile(path.join(outDir, 'sitemap.xml'), 'utf8')
    expect(sitemap).not.toContain(withdrawn.code)
    expect(sitemap).not.toContain(withdrawnBatch.code)
  })
})
