/**
 * Issue 19: search in every published language, Chinese, Japanese and Korean included (written
 * without spaces between words), on a small site built for real from the demo snapshot, with
 * real text in each language, and searched like a visitor: in Chromium, on each language's
 * search page (its own script, its own index). Built three times from the same snapshot, once with
 * each kind of index (search-strategy.ts: the compact index of a small province, the sharded one
 * of a large province, Pagefind's), and every check made on each: the visitor sees the same results.
 */
import { cp, mkdtemp, readdir, readFile, rename, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import type { Manifest } from '@heritage/contract'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { loadSnapshot, type PageEntry } from '../src/data/snapshot.ts'
import { HTML_LANG, type Locale } from '../src/i18n/locales.ts'
import { strings } from '../src/i18n/ui.ts'
import { entryPath, staticPath } from '../src/routing.ts'
import { SEARCH_INDEX_KINDS, type SearchIndexKind } from '../src/search-strategy.ts'
import { shardFile } from '../src/utils/index-names.ts'
import type { ShardManifest } from '../src/utils/sharded-search.ts'
import { chromiumPath, HEADLESS_FLAGS } from '../tools/chromium.ts'
import { astroBuild } from './build'
import { serveRoot, stopServe } from './serve'

/** The languages built: the default ones and Traditional Chinese (by setting). */
const BUILT: Locale[] = ['vi', 'en', 'ko', 'zh-Hans', 'ja', 'zh-Hant']

/** The demo's Đền Phù Đổng, translated into every language (example translations). */
const SHRINE = {
  slug: 'den-phu-dong',
  title: {
    ko: '푸동사당',
    'zh-Hans': '扶董祠',
    ja: '扶董祠（フードン神社）',
    'zh-Hant': '扶董祠',
  },
  summary: {
    ko: '하노이 근교 잘럼에 있는 푸동사당은 성 좀을 모신 곳입니다.',
    'zh-Hans': '扶董祠位于河内嘉林县，祭祀扶董天王。',
    ja: 'ハノイ近郊にある扶董天王（フードン）を祀る神社です。',
    'zh-Hant': '扶董祠位於河內嘉林縣，祭祀扶董天王。',
  },
} as const

const KINDS = SEARCH_INDEX_KINDS

let work: string
const sites = {} as Record<
  SearchIndexKind,
  { outDir: string; server: Awaited<ReturnType<typeof serveRoot>>['server']; base: string }
>
let browser: Browser
let page: Page
/** An entry in English only (Bát Tràng pottery village), and one in Vietnamese only. */
let english: { entry: PageEntry; en: string }
let vietnamese: { entry: PageEntry; title: string }

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'heritage-search-locales-'))
  const snapshotDir = path.join(work, 'snapshot')
  await cp(inject('snapshotDir'), snapshotDir, { recursive: true })
  const demo = loadSnapshot(snapshotDir)
  const manifest: Manifest = { ...demo.manifest, locales: BUILT }
  const shrine = demo.byKind('relics').find((e) => e.slug === SHRINE.slug)
  const village = demo.byKind('craft-villages').find((e) => e.title.en)
  const only = demo.byKind('relics').find((e) => e.slug !== SHRINE.slug)
  if (!shrine || !village || !only) throw new Error('The demo snapshot lacks Đền Phù Đổng, a craft village or a relic.')
  english = { entry: village, en: village.title.en ?? '' }
  vietnamese = { entry: only, title: only.title.vi }
  for (const item of manifest.entries) {
    const file = path.join(snapshotDir, item.file)
    const entry = JSON.parse(await readFile(file, 'utf8'))
    if (item.id === shrine.id && item.kind === shrine.kind) {
      entry.title = { ...entry.title, ...SHRINE.title }
      entry.summary = { ...entry.summary, ...SHRINE.summary }
      entry.translations = BUILT.filter((l) => l !== 'vi')
    } else if (item.id === only.id && item.kind === only.kind) {
      for (const l of BUILT) if (l !== 'vi') delete entry.title[l]
      if (entry.summary) for (const l of BUILT) if (l !== 'vi') delete entry.summary[l]
      entry.translations = []
    } else if (entry.translations) {
      // Every other entry exists in Vietnamese and English only.
      entry.translations = entry.title.en ? ['en'] : []
    }
    await writeFile(file, JSON.stringify(entry))
  }
  await writeFile(path.join(snapshotDir, 'manifest.json'), JSON.stringify(manifest))
  for (const kind of KINDS) {
    // Served as a publish leaves it: the build under builds/, named by the link `current`.
    const root = path.join(work, kind)
    const outDir = path.join(root, 'builds', 'a')
    await astroBuild(snapshotDir, outDir, { SITE_SEARCH: kind })
    await symlink(path.join('builds', 'a'), path.join(root, 'current'))
    sites[kind] = { outDir, ...(await serveRoot(root)) }
  }
  browser = await chromium.launch({ executablePath: chromiumPath(), args: [...HEADLESS_FLAGS] })
  page = await browser.newPage({ viewport: { width: 390, height: 844 } })
}, 900_000)

afterAll(async () => {
  await browser?.close()
  for (const site of Object.values(sites)) await stopServe(site.server, undefined)
  await stopServe(undefined, work)
})

interface Result {
  title: string
  href: string
  /** The result's title is in another language (an entry not translated yet). */
  lang: string | null
  /** The "not translated yet" label before its passage. */
  label: string
  marks: string[]
}

/** Searches on a language's search page like a visitor and reads the results. */
async function searchIn(
  kind: SearchIndexKind,
  locale: Locale,
  query: string,
): Promise<{ status: string; results: Result[]; index: string[] }> {
  const { base } = sites[kind]
  const fetched: string[] = []
  const listen = (request: { url(): string }) => fetched.push(new URL(request.url()).pathname)
  page.on('request', listen)
  try {
    await page.goto(`${base}${staticPath('search', locale)}?q=${encodeURIComponent(query)}`)
    const status = page.getByRole('status')
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toContain(query)
    await expect.poll(() => page.locator('[data-search-results][aria-busy]').count(), { timeout: 30_000 }).toBe(0)
    const results = await page.locator('[data-search-results] > li').evaluateAll((items) =>
      items.map((item) => {
        const link = item.querySelector('h2 a')
        return {
          title: link?.textContent ?? '',
          href: link?.getAttribute('href') ?? '',
          lang: link?.getAttribute('lang') ?? null,
          label: item.querySelector('.result-lang')?.textContent ?? '',
          marks: Array.from(item.querySelectorAll('mark'), (m) => m.textContent ?? ''),
        }
      }),
    )
    return { status: (await status.textContent()) ?? '', results, index: fetched.filter((f) => f.includes('pagefind')) }
  } finally {
    page.off('request', listen)
  }
}

/** The first index file a language's search page fetches. */
const indexFile = (kind: SearchIndexKind, locale: Locale) => {
  const key = HTML_LANG[locale].toLowerCase()
  if (kind === 'pagefind') return `/pagefind/pagefind.${key}_`
  // The sharded index's manifest, then the word or character files a query needs.
  return kind === 'sharded' ? `/pagefind/search.${key}.shards.json.gz` : `/pagefind/search.${key}.json.gz`
}
/** A query of one or two Chinese, Japanese or Korean characters, which the character files answer alone. */
const PROVEN = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{1,2}$/u
const isIndexFile = (file: string) => file.endsWith('.pf_meta') || file.endsWith('.json.gz')

describe.each(KINDS)('search in every language (%s index)', (kind) => {
  const search = (locale: Locale, query: string) => searchIn(kind, locale, query)

  it('writes one index per language, under the exact tag of its pages, and only the kind the page asks for', async () => {
    const files = await readdir(path.join(sites[kind].outDir, 'pagefind'))
    for (const locale of BUILT) {
      const file = path.basename(indexFile(kind, locale))
      expect(
        files.some((f) => f.startsWith(file) && isIndexFile(f)),
        file,
      ).toBe(true)
    }
    expect(files.includes('pagefind.js')).toBe(kind === 'pagefind')
    expect(files.some((f) => f.endsWith('.json.gz'))).toBe(kind !== 'pagefind')
    expect(files.includes('shards')).toBe(kind === 'sharded')
  })

  it.each([
    ['zh-Hans', '扶董'],
    ['zh-Hans', '祠'],
    ['zh-Hant', '祠'],
    ['zh-Hant', '扶董'],
    // A character that ends a word (嘉林縣，): the Traditional segmenter keeps it only in words.
    ['zh-Hant', '縣'],
    ['ja', '扶董'],
    ['ja', 'フードン'],
    ['ja', '神社'],
    ['ko', '사당'],
    ['ko', '푸동사당'],
  ] as const)('on the %s search page, %s finds the entry titled in that language, first', async (locale, query) => {
    const found = await search(locale, query)
    expect(found.results[0]?.title, found.status).toBe(SHRINE.title[locale])
    expect(found.results[0]?.href).toBe(entryPath({ kind: 'relics', slug: SHRINE.slug }, locale))
    expect(found.results[0]?.lang).toBeNull()
    expect(found.results[0]?.marks.join(' ')).toContain(query)
    // The page loaded its own language's index first (another one only to offer its results).
    expect(found.index.find(isIndexFile)).toContain(indexFile(kind, locale))
    // The sharded index answers one or two characters from their character files, without the
    // language's whole compact index (a longer word on this small demo: the cards would be all of
    // it, so the whole index instead).
    if (kind === 'sharded' && PROVEN.test(query)) {
      const key = HTML_LANG[locale].toLowerCase()
      expect(found.index).not.toContain(`/pagefind/search.${key}.json.gz`)
      expect(found.index.some((file) => file.startsWith(`/pagefind/shards/${key}_`))).toBe(true)
    }
  })

  it('finds nothing for Chinese characters that are not in the text', async () => {
    const found = await search('zh-Hans', '钟楼')
    expect(found.results).toEqual([])
  })

  it('still finds Vietnamese without diacritics, and English', async () => {
    const vi = await search('vi', 'den phu dong')
    expect(vi.results.slice(0, 3).map((r) => r.href)).toContain(entryPath({ kind: 'relics', slug: SHRINE.slug }, 'vi'))
    const en = await search('en', english.en.split(' ').at(-2) ?? '')
    expect(en.results.map((r) => r.title)).toContain(english.en)
  })

  it('lists an entry not translated into the page’s language after its own, by its English text, linking to English', async () => {
    const word = english.en.split(' ').at(-2) ?? ''
    const found = await search('ko', word)
    const result = found.results.find((r) => r.title === english.en)
    expect(result, found.status).toBeDefined()
    expect(result?.href).toBe(entryPath(english.entry, 'en'))
    expect(result?.lang).toBe('en')
    expect(result?.label).toBe(strings('ko').searchPage.results.untranslated)
  })

  it('lists an entry in Vietnamese only by its Vietnamese text, without diacritics, linking to Vietnamese', async () => {
    // Its name's first words, typed without diacritics ("Chùa Bà Tấm" as "chua ba tam").
    const query = vietnamese.title
      .normalize('NFD')
      .replace(/\p{Mn}/gu, '')
      .replace(/[Đđ]/g, 'd')
      .toLowerCase()
      .split(' ')
      .slice(0, 3)
      .join(' ')
    const found = await search('ja', query)
    const result = found.results.find((r) => r.title === vietnamese.title)
    expect(result, found.status).toBeDefined()
    expect(result?.href).toBe(entryPath(vietnamese.entry, 'vi'))
    expect(result?.lang).toBe('vi')
    expect(result?.label).toBe(strings('ja').searchPage.results.untranslatedVi)
    // Results in the page's own language come first.
    const own = found.results.map((r) => r.lang === null)
    expect(own).toEqual([...own].sort((a, b) => Number(b) - Number(a)))
  })
})

describe('the sharded index, when its files change under a visitor', () => {
  const dir = () => path.join(sites.sharded.outDir, 'pagefind')
  const manifestFile = () => path.join(dir(), 'search.vi.shards.json.gz')
  const shrineHref = () => entryPath({ kind: 'relics', slug: SHRINE.slug }, 'vi')
  /**
   * A visitor whose browser has not kept the index's files. They are cached for a year (named by
   * their content): a renamed file's old name, fetched by an earlier search, would rightly come
   * from the browser's cache with its old content, and the page would not need the new manifest.
   */
  const forgetCachedFiles = async () => {
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Network.clearBrowserCache')
    await cdp.detach()
  }
  /** Searches again on the page already open (its index already loaded): the results' links, the status, the files fetched. */
  const searchAgain = async (query: string) => {
    const fetched: string[] = []
    const listen = (request: { url(): string }) => fetched.push(new URL(request.url()).pathname)
    page.on('request', listen)
    try {
      await page.getByRole('searchbox').fill(query)
      await page.getByRole('searchbox').press('Enter')
      const status = page.getByRole('status')
      await expect.poll(() => status.textContent(), { timeout: 30_000 }).toContain(query)
      await expect.poll(() => page.locator('[data-search-results][aria-busy]').count(), { timeout: 30_000 }).toBe(0)
      const hrefs = await page
        .locator('[data-search-results] h2 a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')))
      return { hrefs, status: (await status.textContent()) ?? '', fetched }
    } finally {
      page.off('request', listen)
    }
  }

  it('searches the whole compact index while there is no manifest (a site that has just left the compact index)', async () => {
    await rename(manifestFile(), `${manifestFile()}.away`)
    try {
      const found = await searchIn('sharded', 'vi', 'den phu dong')
      expect(found.results.map((r) => r.href)).toContain(shrineHref())
      expect(found.index).toContain('/pagefind/search.vi.json.gz')
      expect(found.index.filter((f) => f.includes('/shards/'))).toEqual([])
    } finally {
      await rename(`${manifestFile()}.away`, manifestFile())
    }
  })

  it('fetches the manifest again when a file it names is gone (a newer index replaced it)', async () => {
    await searchIn('sharded', 'vi', 'den')
    // A newer index, written while the page is open: the word file of "phu" under another name,
    // which a new manifest names; the old name gone.
    const saved = await readFile(manifestFile())
    const manifest = JSON.parse(gunzipSync(saved).toString()) as ShardManifest
    const before = manifest.words.phu
    if (!before) throw new Error('The demo has no word beginning with "phu".')
    const file = (name: string) => path.join(dir(), shardFile('vi', name, 'words'))
    const after = 'abcdef012345'
    await rename(file(before), file(after))
    await writeFile(manifestFile(), gzipSync(JSON.stringify({ ...manifest, words: { ...manifest.words, phu: after } })))
    try {
      await forgetCachedFiles()
      const { hrefs, status, fetched } = await searchAgain('den phu dong')
      expect(hrefs, status).toContain(shrineHref())
      expect(fetched).toContain(`/pagefind/${shardFile('vi', before, 'words')}`)
      expect(fetched.filter((f) => f === '/pagefind/search.vi.shards.json.gz')).toHaveLength(1)
      expect(fetched).toContain(`/pagefind/${shardFile('vi', after, 'words')}`)
    } finally {
      await rename(file(after), file(before))
      await writeFile(manifestFile(), saved)
    }
  })

  it('fetches the manifest again when a card file of the first results is gone', async () => {
    // Its word file read, no card fetched ("xyzzy" begins no word).
    await searchIn('sharded', 'vi', 'den xyzzy')
    const saved = await readFile(manifestFile())
    const manifest = JSON.parse(gunzipSync(saved).toString()) as ShardManifest
    const file = (name: string) => path.join(dir(), shardFile('vi', name, 'cards'))
    const renamed = manifest.cards.map((_, block) => `${'c'.repeat(11)}${block}`)
    for (const [block, name] of manifest.cards.entries()) await rename(file(name), file(renamed[block] ?? ''))
    await writeFile(manifestFile(), gzipSync(JSON.stringify({ ...manifest, cards: renamed })))
    try {
      await forgetCachedFiles()
      const { hrefs, status, fetched } = await searchAgain('den phu dong')
      expect(hrefs, status).toContain(shrineHref())
      expect(fetched.filter((f) => f === '/pagefind/search.vi.shards.json.gz')).toHaveLength(1)
      expect(fetched.some((f) => renamed.some((name) => f === `/pagefind/${shardFile('vi', name, 'cards')}`))).toBe(
        true,
      )
    } finally {
      for (const [block, name] of manifest.cards.entries()) await rename(file(renamed[block] ?? ''), file(name))
      await writeFile(manifestFile(), saved)
    }
  })
})
