import { createHash } from 'node:crypto'
import { cpSync, existsSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { type KeyData, pageKeys } from '../src/partial.ts'
import { mapCommunePath, type Page } from '../src/routing.ts'
import { type Inscription, lineImagePaths } from '../src/utils/inscriptions.ts'
import { fileHashes as tree } from '../tools/files.ts'
import { affectedEntries, type EntryRecord, referencesIn } from '../tools/incremental.ts'
import { INDEX_FILES } from '../tools/index-files.ts'
import { type PublishResult, publish } from '../tools/publish.ts'

const SITE_URL = 'https://disan.example.vn'
let work: string
let snapshot: string

interface ManifestEntry {
  kind: string
  id: string
  file: string
  hash: string
}
type Json = Record<string, unknown> & {
  slug: string
  code: string
  title: { vi: string; en?: string; ko?: string }
  translations: string[]
}

const manifestOf = () =>
  JSON.parse(readFileSync(path.join(snapshot, 'manifest.json'), 'utf8')) as {
    entries: ManifestEntry[]
    media: { file: string }[]
  }
const read = (entry: ManifestEntry) => JSON.parse(readFileSync(path.join(snapshot, entry.file), 'utf8')) as Json
const find = (kind: string, test: (doc: Json) => boolean = () => true) => {
  const entry = manifestOf().entries.find((e) => e.kind === kind && test(read(e)))
  if (!entry) throw new Error(`The demo snapshot has no ${kind} for this test.`)
  return { entry, doc: read(entry) }
}

/** Writes entries the way the CMS export does: entry files, their hashes, the content hash. */
function save(changes: { write?: [ManifestEntry, Json][]; remove?: ManifestEntry[] }) {
  const manifest = manifestOf()
  for (const gone of changes.remove ?? []) {
    rmSync(path.join(snapshot, gone.file))
    manifest.entries = manifest.entries.filter((e) => e.file !== gone.file)
  }
  for (const [entry, doc] of changes.write ?? []) {
    const json = `${JSON.stringify(doc, null, 1)}\n`
    writeFileSync(path.join(snapshot, entry.file), json)
    const hash = createHash('sha256').update(json).digest('hex')
    const known = manifest.entries.find((e) => e.file === entry.file)
    if (known) known.hash = hash
    else manifest.entries.push({ ...entry, hash })
  }
  const all = { ...manifest, contentHash: createHash('sha256').update(JSON.stringify(manifest.entries)).digest('hex') }
  writeFileSync(path.join(snapshot, 'manifest.json'), JSON.stringify(all, null, 1))
}

const liveDir = (root: string) => path.join(root, readlinkSync(path.join(root, 'current')))
/** The files a build's Pagefind index lists as its own (integrations/pagefind.ts INDEX_FILES). */
const indexFiles = (dir: string) =>
  new Set(
    readFileSync(path.join(dir, 'pagefind', INDEX_FILES), 'utf8')
      .split('\n')
      .filter(Boolean),
  )

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'heritage-incremental-'))
  snapshot = path.join(work, 'snapshot')
  cpSync(inject('snapshotDir'), snapshot, { recursive: true })
})

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true })
})

describe('what an edit makes the publisher render again', () => {
  const record = (hash: string, refs: string[] = []): EntryRecord => ({ hash, refs })

  it('finds references below the top level only', () => {
    const kinds = new Set(['relics', 'intangible-heritage', 'routes'])
    const refs = referencesIn(
      {
        kind: 'routes',
        id: '1',
        stops: [{ place: { kind: 'relics', id: '4' } }, { place: { kind: 'unknown', id: '9' } }],
        gallery: [{ id: '7', alt: { vi: 'ảnh' } }],
        festivals: [{ kind: 'intangible-heritage', id: '2' }],
      },
      kinds,
    )
    expect([...refs].sort()).toEqual(['intangible-heritage:2', 'relics:4'])
  })

  it('widens a change two steps along references in both directions, before and after', () => {
    const before = {
      'producers:1': record('p1'),
      'ocop-products:1': record('o1', ['producers:1']),
      'batches:1': record('b1', ['ocop-products:1']),
      'relics:1': record('r1'),
      'routes:1': record('t1', ['relics:1', 'relics:2']),
      'relics:2': record('r2'),
      'relics:3': record('r3'),
    }
    // The producer's name changes: its product and that product's batch show it.
    const renamed = affectedEntries(before, { ...before, 'producers:1': record('p1*') })
    expect(renamed.changed).toEqual(['producers:1'])
    expect([...renamed.affected].sort()).toEqual(['batches:1', 'ocop-products:1', 'producers:1'])

    // A route drops relic 2: relic 2 no longer lists it, so it is rendered too (old reference).
    const dropped = affectedEntries(before, { ...before, 'routes:1': record('t1*', ['relics:1']) })
    expect([...dropped.affected].sort()).toEqual(['relics:1', 'relics:2', 'routes:1'])

    // A deleted entry is a change; an untouched, unrelated one is not rendered.
    const { 'relics:3': _gone, ...rest } = before
    const deleted = affectedEntries(before, rest)
    expect(deleted.changed).toEqual(['relics:3'])
    expect([...deleted.affected]).toEqual(['relics:3'])
  })
})

describe('which list pages an edit changes', () => {
  // 100 relics: three list pages of 48. A list page's key changes exactly when what it shows can.
  const lists = (count: number): Page[] =>
    [1, 2, 3].slice(0, Math.ceil(count / 48)).map((n) => ({
      path: n === 1 ? '/di-tich/' : `/di-tich/trang/${n}/`,
      locale: 'vi',
      view: { type: 'list', kind: 'relics', page: n, pages: Math.ceil(count / 48) },
      alternates: { vi: n === 1 ? '/di-tich/' : `/di-tich/trang/${n}/` },
      canonical: n === 1 ? '/di-tich/' : `/di-tich/trang/${n}/`,
    }))
  const data = (ids: string[], hash: (id: string) => string = (id) => `h${id}`): KeyData => {
    const entries = ids.map((id) => ({ kind: 'relics', id, file: `entries/relics/${id}.json`, hash: hash(id) }))
    return {
      manifest: { entries, locales: ['vi'] } as unknown as KeyData['manifest'],
      byKind: (() => ids.map((id) => ({ kind: 'relics', id }))) as unknown as KeyData['byKind'],
    }
  }
  const keys = (ids: string[], hash?: (id: string) => string) => {
    const pages = lists(ids.length)
    const map = pageKeys(pages, data(ids, hash))
    return pages.map((page) => map.get(page))
  }
  const ids = Array.from({ length: 100 }, (_, i) => String(i + 1).padStart(3, '0'))

  it('changes the key of the page showing an edited entry only', () => {
    const before = keys(ids)
    const after = keys(ids, (id) => (id === '060' ? 'edited' : `h${id}`))
    expect(after.map((key, i) => key === before[i])).toEqual([true, false, true])
  })

  it('changes the keys of the pages between an entry’s old and new place in the list', () => {
    const before = keys(ids)
    // Entry 010 renamed so that it sorts after 060: pages 1 and 2 shift, page 3 does not.
    const moved = [...ids.slice(0, 9), ...ids.slice(10, 60), '010', ...ids.slice(60)]
    const after = keys(moved, (id) => (id === '010' ? 'renamed' : `h${id}`))
    expect(after.map((key, i) => key === before[i])).toEqual([false, false, true])
  })

  it('changes every key of the kind when the count changes (the pages show it)', () => {
    const before = keys(ids)
    const after = keys(ids.slice(0, 99))
    expect(after.map((key, i) => key === before[i])).toEqual([false, false, false])
  })
})

describe('which commune map pages an edit changes', () => {
  type Place = { id: string; commune?: string; located?: boolean }
  const communes = ['A', 'B', 'C']
  const pages: Page[] = communes.map((id) => ({
    path: `/ban-do/xa/${id}/`,
    locale: 'vi',
    view: { type: 'mapCommune', commune: { id, name: { vi: `Xã ${id}` } } },
    alternates: { vi: `/ban-do/xa/${id}/` },
    canonical: `/ban-do/xa/${id}/`,
  }))
  const keys = (places: Place[], hash: (id: string) => string = (id) => `h${id}`) => {
    const entries = places.map((p) => ({ kind: 'relics', id: p.id, hash: hash(p.id) }))
    const docs = places.map((p) => ({
      kind: 'relics',
      id: p.id,
      ...(p.located === false ? {} : { location: { lat: 21, lng: 105 } }),
      ...(p.commune ? { commune: { id: p.commune, name: { vi: `Xã ${p.commune}` } } } : {}),
    }))
    const data = {
      manifest: { entries, locales: ['vi'] } as unknown as KeyData['manifest'],
      byKind: ((kind: string) => (kind === 'relics' ? docs : [])) as unknown as KeyData['byKind'],
    }
    const map = pageKeys(pages, data)
    return pages.map((page) => map.get(page))
  }
  const places: Place[] = [
    { id: '1', commune: 'A' },
    { id: '2', commune: 'A' },
    { id: '3', commune: 'B' },
    { id: '4', commune: 'C', located: false },
    { id: '5', commune: 'C' },
  ]

  it('changes the key of the commune of an edited place only', () => {
    const before = keys(places)
    expect(new Set(before).size).toBe(3)
    for (const key of before) expect(key).toMatch(/^content:/)
    const after = keys(places, (id) => (id === '2' ? 'edited' : `h${id}`))
    expect(after.map((key, i) => key === before[i])).toEqual([false, true, true])
  })

  it('changes both communes when a place moves, and none for a place not on the map', () => {
    const before = keys(places)
    const moved = keys(places.map((p) => (p.id === '3' ? { ...p, commune: 'A' } : p)))
    expect(moved.map((key, i) => key === before[i])).toEqual([false, false, true])
    const unlocated = keys(places, (id) => (id === '4' ? 'edited' : `h${id}`))
    expect(unlocated).toEqual(before)
  })

  it('changes a commune’s key when its places change order (the page lists them in order)', () => {
    const before = keys(places)
    const swapped = [places[1], places[0], ...places.slice(2)] as Place[]
    expect(keys(swapped).map((key, i) => key === before[i])).toEqual([false, true, true])
  })
})

// Once with each kind of search index written in files that name others (search-strategy.ts),
// each from its own copy of the demo snapshot. The compact index is one file, written from the
// same reading of the pages as the sharded index's whole-index file, which this checks.
describe.each(['sharded', 'pagefind'] as const)('publishing one edit (%s search index)', (kind) => {
  let first: PublishResult
  let second: PublishResult
  const incremental = () => path.join(work, `incremental-${kind}`)
  const full = () => path.join(work, `full-${kind}`)

  beforeAll(() => {
    snapshot = path.join(work, `snapshot-${kind}`)
    cpSync(inject('snapshotDir'), snapshot, { recursive: true })
    process.env.SITE_SEARCH = kind
  })

  afterAll(() => {
    delete process.env.SITE_SEARCH
  })

  it('builds in full the first time', async () => {
    first = await publish({ snapshot, root: incremental(), siteUrl: SITE_URL, ifChanged: true })
    expect(first).toMatchObject({ skipped: false, mode: 'full' })
    expect(first.rendered).toBe(first.pages)
  })

  it('renders only the pages that show the changed entries, keeps the others, and gives the site a full build gives', async () => {
    // A producer renamed (its products' and their batches' pages show the name), a relic withdrawn,
    // a relic added: the three kinds of change an export can make.
    const producer = find('producers', (doc) =>
      manifestOf().entries.some(
        (e) => e.kind === 'ocop-products' && JSON.stringify(read(e)).includes(`"producers","id":"${doc.id}"`),
      ),
    )
    // Translated into Korean at the same time: its Korean pages appear, the lists link there.
    producer.doc.title = {
      vi: `${producer.doc.title.vi} (đã đổi tên)`,
      en: `${producer.doc.title.en} (renamed)`,
      ko: '도자기 협동조합 (예시)',
    }
    producer.doc.translations = [...producer.doc.translations, 'ko']
    const withdrawn = find('relics', (doc) => doc.slug !== producer.doc.slug)
    const template = find('relics', (doc) => doc.slug !== withdrawn.doc.slug)
    const added: Json = {
      ...template.doc,
      id: '990001',
      slug: 'di-tich-moi-them',
      code: 'NEW00001',
      title: { vi: 'Di tích mới thêm (ví dụ)', en: 'Newly added relic (example)' },
    }
    const addedEntry = { kind: 'relics', id: '990001', file: 'entries/relics/990001.json', hash: '' }
    const untouched = find(
      'relics',
      (doc) =>
        doc.slug !== withdrawn.doc.slug &&
        doc.slug !== template.doc.slug &&
        !('festivals' in doc && JSON.stringify(doc.festivals) !== '[]'),
    )
    // A relic whose Korean translation was taken back: its plaque no longer opens in Korean.
    const untranslated = template
    expect(untranslated.doc.translations).toContain('ko')
    untranslated.doc.translations = untranslated.doc.translations.filter((l) => l !== 'ko')
    save({
      write: [
        [producer.entry, producer.doc],
        [addedEntry, added],
        [untranslated.entry, untranslated.doc],
      ],
      remove: [withdrawn.entry],
    })

    const logged: string[] = []
    second = await publish({
      snapshot,
      root: incremental(),
      siteUrl: SITE_URL,
      ifChanged: true,
      log: (line) => logged.push(line),
    })
    expect(second).toMatchObject({ skipped: false, mode: 'incremental' })
    // The search index caught up after the switch (search-index.ts), without an error.
    expect(logged.filter((line) => line.startsWith('Search index:'))).toHaveLength(1)
    expect(second.rendered).toBeLessThan(second.pages)

    const now = liveDir(incremental())
    const before = path.join(incremental(), 'builds', first.buildId)
    const page = (dir: string, slug: string) => path.join(dir, 'di-tich', slug, 'index.html')
    // Kept: the very file of the previous build, hard-linked, not rendered again.
    expect(statSync(page(now, untouched.doc.slug)).ino).toBe(statSync(page(before, untouched.doc.slug)).ino)
    expect(readFileSync(page(now, 'di-tich-moi-them'), 'utf8')).toContain('Di tích mới thêm (ví dụ)')
    expect(() => statSync(page(now, withdrawn.doc.slug))).toThrow()
    // An entry's IIIF manifest goes with its pages: kept, made for the added relic, gone with the
    // withdrawn one; the pages name it.
    const iiif = (dir: string, slug: string) => path.join(dir, 'iiif', 'relics', slug, 'manifest.json')
    expect(statSync(iiif(now, untouched.doc.slug)).ino).toBe(statSync(iiif(before, untouched.doc.slug)).ino)
    expect(JSON.parse(readFileSync(iiif(now, 'di-tich-moi-them'), 'utf8')).label.vi).toEqual([
      'Di tích mới thêm (ví dụ)',
    ])
    expect(existsSync(iiif(before, withdrawn.doc.slug))).toBe(true)
    expect(existsSync(iiif(now, withdrawn.doc.slug))).toBe(false)
    // Its Linked Art document likewise.
    const art = (dir: string, slug: string) => path.join(dir, 'linked-art', 'relics', `${slug}.json`)
    expect(statSync(art(now, untouched.doc.slug)).ino).toBe(statSync(art(before, untouched.doc.slug)).ino)
    expect(JSON.parse(readFileSync(art(now, 'di-tich-moi-them'), 'utf8'))._label).toBe('Di tích mới thêm (ví dụ)')
    expect(existsSync(art(now, withdrawn.doc.slug))).toBe(false)
    // An inscription's deep-zoom tiles (snapshot media, linked into every build), the info.json
    // beside them and the photos of its lines (both kept or made with its pages) are all there.
    const inscriptions = manifestOf().entries.filter((e) => e.kind === 'inscriptions')
    expect(inscriptions.length).toBeGreaterThan(0)
    for (const item of inscriptions) {
      const doc = read(item) as unknown as Inscription
      for (const image of doc.gallery) {
        if (!image.zoom) continue
        const tiles = manifestOf().media.filter((m) => m.file.startsWith(`zoom/${image.zoom?.hash}/`))
        expect(tiles.length).toBeGreaterThan(4)
        for (const tile of tiles) expect(existsSync(path.join(now, 'media', tile.file)), tile.file).toBe(true)
        expect(existsSync(path.join(now, 'media', 'zoom', image.zoom.hash, 'info.json'))).toBe(true)
      }
      for (const file of lineImagePaths(doc)) expect(existsSync(path.join(now, file)), file).toBe(true)
    }
    expect(readFileSync(page(now, untouched.doc.slug), 'utf8')).toContain(
      `<link rel="alternate" type="application/ld+json;profile=&quot;http://iiif.io/api/presentation/3/context.json&quot;" href="/iiif/relics/${untouched.doc.slug}/manifest.json" title="IIIF">`,
    )
    expect(readFileSync(page(now, untouched.doc.slug), 'utf8')).toContain(
      `<link rel="alternate" type="application/ld+json;profile=&quot;https://linked.art/ns/v1/linked-art.json&quot;" href="/linked-art/relics/${untouched.doc.slug}.json" title="Linked Art">`,
    )
    // A list of a kind where no entry changed is kept, although its products' pages were rendered
    // again for the renamed producer (a card shows its own entry only); the relics' list, which
    // gained and lost an entry, is rendered.
    const list = (dir: string, folder: string) => statSync(path.join(dir, folder, 'index.html')).ino
    expect(list(now, 'san-pham-ocop')).toBe(list(before, 'san-pham-ocop'))
    expect(list(now, 'di-tich')).not.toBe(list(before, 'di-tich'))
    // A commune's map page likewise: rendered for the communes of the added and the withdrawn
    // relic, kept for a commune where no place changed (the renamed producer is on no map).
    const communeOf = (doc: Json) => (doc as { commune?: { id: string } }).commune?.id
    const changed = new Set([communeOf(withdrawn.doc), communeOf(template.doc)])
    const communePage = (dir: string, id: string) =>
      path.join(dir, decodeURIComponent(mapCommunePath(id, 'vi')).slice(1), 'index.html')
    const quiet = manifestOf()
      .entries.map((e) => communeOf(read(e)))
      .find((id): id is string => !!id && !changed.has(id) && existsSync(communePage(before, id)))
    if (!quiet) throw new Error('the demo snapshot has no second commune on the map')
    expect(statSync(communePage(now, quiet)).ino).toBe(statSync(communePage(before, quiet)).ino)
    const moved = communeOf(template.doc) as string
    expect(statSync(communePage(now, moved)).ino).not.toBe(statSync(communePage(before, moved)).ino)
    // The QR language rules start from the live build's table (kept beside its record) and read
    // only the QR pages rendered; they are checked against a full build's below, with every file.
    const meta = (id: string) => path.join(incremental(), 'meta', `${id}.qr.json`)
    expect(existsSync(meta(first.buildId))).toBe(true)
    expect(existsSync(meta(second.buildId))).toBe(true)
    const koreanRule = (dir: string, code: string) =>
      readFileSync(path.join(dir, '_redirects'), 'utf8').includes(`/p/${code}/  /ko/p/${code}/  302!  Language=ko`)
    expect(koreanRule(before, untranslated.doc.code)).toBe(true)
    expect(koreanRule(now, untranslated.doc.code)).toBe(false)
    expect(koreanRule(now, 'NEW00001')).toBe(true)
    expect(koreanRule(now, untouched.doc.code)).toBe(true)
    // The previous build is intact: it is still what a rollback would serve.
    expect(readFileSync(page(before, withdrawn.doc.slug), 'utf8')).toContain(withdrawn.doc.title.vi)

    const reference = await publish({ snapshot, root: full(), siteUrl: SITE_URL, incremental: false })
    expect(reference.mode).toBe('full')
    const a = tree(now)
    const b = tree(reference.dir)
    const pages = (files: Map<string, string>) => [...files.keys()].filter((f) => !f.startsWith('pagefind/')).sort()
    expect(pages(a)).toEqual(pages(b))
    const different = pages(a).filter((file) => a.get(file) !== b.get(file))
    expect(different).toEqual([])
    // The search index, updated after the switch, holds every file of the full build's index, the
    // same; the file that names the chunks a search reads (Pagefind's entry file, the sharded
    // index's manifest) is the full build's.
    const index = [...b.keys()].filter((f) => f.startsWith('pagefind/'))
    expect(index).toContain(kind === 'pagefind' ? 'pagefind/pagefind-entry.json' : 'pagefind/search.vi.shards.json.gz')
    expect(index.filter((file) => a.get(file) !== b.get(file))).toEqual([])
    // What the full build lacks: only chunks of the index replaced (the first build's), kept for
    // searches in flight; each index lists its own.
    const extras = [...a.keys()].filter((f) => f.startsWith('pagefind/') && !b.has(f))
    expect(extras.length).toBeGreaterThan(0)
    const previous = indexFiles(before)
    expect(extras.filter((f) => !previous.has(f.slice('pagefind/'.length)))).toEqual([])
    // The map's files are made again from the new snapshot, the same as a full build's (above):
    // the added relic is in them, the withdrawn one is not.
    const mapFiles = pages(a).filter((f) => f.startsWith('map-data/'))
    expect(mapFiles).toContain('map-data/index.json')
    const places = (dir: string) =>
      [...tree(dir).keys()]
        .filter((f) => f.startsWith('map-data/vi/'))
        .map((f) => readFileSync(path.join(dir, f), 'utf8'))
        .join('\n')
    expect(places(now)).toContain('"/di-tich/di-tich-moi-them/"')
    expect(places(now)).not.toContain(`"/di-tich/${withdrawn.doc.slug}/"`)
    expect(places(before)).toContain(`"/di-tich/${withdrawn.doc.slug}/"`)
    // The whole compact index of the incremental build holds the added relic and not the withdrawn one.
    if (kind === 'sharded') {
      const vi = JSON.parse(gunzipSync(readFileSync(path.join(now, 'pagefind/search.vi.json.gz'))).toString()) as {
        title: string[]
      }
      const titles = vi.title
      expect(titles).toContain('Di tích mới thêm (ví dụ)')
      expect(titles).not.toContain(withdrawn.doc.title.vi)
    }
    const productPages = [...a.keys()].filter(
      (f) => f.startsWith('san-pham-ocop/') && readFileSync(path.join(now, f), 'utf8').includes('(đã đổi tên)'),
    )
    expect(productPages.length).toBeGreaterThan(0)
    const korean = path.join('ko', 'producers', producer.doc.slug, 'index.html')
    expect(a.has(korean)).toBe(true)
    expect(readFileSync(path.join(now, 'ko', 'producers', 'index.html'), 'utf8')).toContain(
      `href="/ko/producers/${producer.doc.slug}/"`,
    )
  })

  it('a second edit removes the chunks kept from the index before the one it replaces', async () => {
    const afterFirstEdit = liveDir(incremental())
    const kept = [...tree(afterFirstEdit).keys()]
      .filter((f) => f.startsWith('pagefind/'))
      .map((f) => f.slice('pagefind/'.length))
      .filter((f) => !indexFiles(afterFirstEdit).has(f) && /\.pf_[a-z]+$/.test(f))
    expect(kept.length).toBeGreaterThan(0)
    const relic = find('relics', () => true)
    relic.doc.title = { ...relic.doc.title, vi: `${relic.doc.title.vi} (sửa lần hai)` }
    save({ write: [[relic.entry, relic.doc]], remove: [] })
    const logged: string[] = []
    const third = await publish({
      snapshot,
      root: incremental(),
      siteUrl: SITE_URL,
      ifChanged: true,
      log: (line) => logged.push(line),
    })
    expect(third.mode).toBe('incremental')
    expect(logged.find((line) => line.startsWith('Search index:'))).toMatch(/, [1-9]\d* old ones removed\.$/)
    const now = liveDir(incremental())
    const allowed = new Set([...indexFiles(now), ...indexFiles(afterFirstEdit)])
    const chunks = [...tree(now).keys()]
      .filter((f) => f.startsWith('pagefind/') && /\.pf_[a-z]+$/.test(f))
      .map((f) => f.slice('pagefind/'.length))
    expect(chunks.filter((f) => !allowed.has(f))).toEqual([])
    // Those kept after the first edit (from the full build's index) are gone, unless still used.
    expect(kept.filter((f) => chunks.includes(f) && !allowed.has(f))).toEqual([])
    expect(kept.some((f) => !chunks.includes(f))).toBe(true)
    // The first edit's build, which a rollback would serve, still has them all.
    expect(kept.every((f) => existsSync(path.join(afterFirstEdit, 'pagefind', f)))).toBe(true)
  }, 300_000)

  it('builds in full when a page it would keep is gone from the live build', async () => {
    const edited = find('relics')
    const lost = find('relics', (doc) => doc.slug !== edited.doc.slug)
    const live = liveDir(incremental())
    const lostFile = path.join(live, 'di-tich', lost.doc.slug, 'index.html')
    rmSync(lostFile)
    save({
      write: [
        [edited.entry, { ...edited.doc, title: { ...edited.doc.title, vi: `${edited.doc.title.vi} (lần nữa)` } }],
      ],
    })
    const logged: string[] = []
    const result = await publish({ snapshot, root: incremental(), siteUrl: SITE_URL, log: (line) => logged.push(line) })
    expect(logged.some((line) => line.includes('has lost some of its pages: building in full'))).toBe(true)
    expect(result).toMatchObject({ skipped: false, mode: 'full' })
    expect(result.rendered).toBe(result.pages)
    expect(readFileSync(path.join(result.dir, 'di-tich', lost.doc.slug, 'index.html'), 'utf8')).toContain(
      lost.doc.title.vi,
    )
  })

  it('builds in full when the site itself changed since the live build', async () => {
    const result = await publish({ snapshot, root: incremental(), siteUrl: 'https://other.example.vn' })
    expect(result).toMatchObject({ skipped: false, mode: 'full' })
    expect(result.rendered).toBe(result.pages)
  })
})
