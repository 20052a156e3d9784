/**
 * The site in more languages (issue 19): the same province, a share of its entries translated into
 * the default translation locales besides English (ko, zh-Hans, ja), built in full twice in the
 * same run: (a) published in Vietnamese and English only (the baseline), (b) in every default
 * locale. Each build is the real publish (astro build, search index, media links) of a snapshot the
 * CMS exported with the installation's `siteLocales` set for it.
 */
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { isEntryKind, isPageKind } from '../../contract/src/kinds.ts'
import { DEFAULT_ENABLED_LOCALES, type Locale, localePrefix } from '../../contract/src/locales.ts'
import { entryPath } from '../../contract/src/paths.ts'
import { HTML_LANG } from '../../site/src/i18n/locales.ts'
import {
  compactIndexFile,
  compactIndexLanguage,
  isShardManifest,
  SEARCH_DIR,
} from '../../site/src/utils/index-names.ts'
import { INSIDE_WORDS } from '../../site/src/utils/search.ts'
import { publish } from '../../site/tools/publish.ts'
import { dataDir, SITE_URL, seed, values } from '../lib/config.ts'
import { peakMemory } from '../lib/memory.ts'
import { kb, mb, now, ratio, say, section, since, size } from '../lib/output.ts'
import { benchLine, payload } from '../lib/process.ts'
import { benchSearch, searchPageIn } from '../lib/search.ts'
import { folderSize, type SearchIndexLanguage, searchIndexByLanguage } from '../lib/tree.ts'
import { serve } from './site.ts'

/** The published translation locales of the full build: the defaults. English alone is the baseline. */
const FULL = DEFAULT_ENABLED_LOCALES.filter((l) => l !== 'vi')
const TRANSLATED = FULL.filter((l) => l !== 'en')

interface Translations {
  share: number
  locales: string[]
  seed: number
  /** The saves alone; `wall` adds Payload's start-up. */
  seconds: number
  wall: number
  writes: number
  translated: number
  entries: number
}

/** Adds the translations to the generated province once (kept in translated.json). */
async function translations(share: number): Promise<Translations & { reused: boolean }> {
  const marker = path.join(dataDir, 'translated.json')
  if (existsSync(marker)) {
    const made = JSON.parse(readFileSync(marker, 'utf8')) as Translations
    if (made.share === share && made.locales.join() === TRANSLATED.join() && made.seed === seed) {
      return { ...made, reused: true }
    }
    throw new Error(`This province was translated with other options (${marker}): run with --fresh.`)
  }
  say(`Translating ${share * 100} % of the entries into ${TRANSLATED.join(', ')} through the Local API…`)
  const start = now()
  const output = await payload([
    'run',
    'src/generate/command.ts',
    '--',
    '--add-translations',
    '--seed',
    String(seed),
    '--translated',
    String(share),
    '--translated-locales',
    TRANSLATED.join(','),
  ])
  const wall = since(start)
  const line = /Translations: (\d+) of (\d+) entries .*?, (\d+) saves in (\d+) s/.exec(output)
  const made: Translations = {
    share,
    locales: [...TRANSLATED],
    seed,
    seconds: Number(line?.[4]),
    wall,
    translated: Number(line?.[1]),
    entries: Number(line?.[2]),
    writes: Number(line?.[3]),
  }
  writeFileSync(marker, JSON.stringify(made))
  return { ...made, reused: false }
}

interface Variant {
  name: string
  snapshot: string
  root: string
  locales: Locale[]
  exportSeconds: number
}

interface Build {
  variant: Variant
  /** Build time of each round, in run order. */
  times: number[]
  memory: number
  html: number
  htmlBytes: number
  bytes: number
  /** HTML pages under each locale's prefix, and of those the entry pages. */
  perLocale: { locale: Locale; pages: number; entryPages: number }[]
  /** Entries whose snapshot lists each translation locale. */
  translatedEntries: Record<string, number>
  search: SearchIndexLanguage[]
  /** The first search in each translated language the build publishes. */
  firstSearch: FirstSearch[]
}

/** A first search in a translated language, in Chromium on the served build. */
interface FirstSearch {
  locale: Locale
  query: string
  results: number
  requests: number
  /** On the wire, the index's files only (the page and its scripts left out). */
  bytes: number
  /** Whether the page fetched the language's whole compact index. */
  whole: boolean
  /** That whole compact index, on disk (gzip; 0 when the build has none). */
  wholeBytes: number
  /** The index's files fetched, in order. */
  files: string[]
}

/** What kind of index file a path is: manifest, word file, card file, whole compact index. */
function indexFileKind(file: string): string {
  const name = path.basename(file)
  if (isShardManifest(name)) return 'manifest'
  if (name.endsWith('.pf_words')) return 'words'
  if (name.endsWith('.pf_cards')) return 'cards'
  if (compactIndexLanguage(name)) return 'whole index'
  return name
}

/**
 * The first search in each translated language of a build: a visitor on the language's search page
 * types a word of a translated relic's title (its first run of letters, and that run's first
 * two characters), measured as the `search` step measures Vietnamese (bench/lib/search.ts).
 */
async function firstSearches(v: Variant, buildDir: string): Promise<FirstSearch[]> {
  const locales = TRANSLATED.filter((l) => v.locales.includes(l))
  if (locales.length === 0) return []
  const manifest = JSON.parse(readFileSync(path.join(v.snapshot, 'manifest.json'), 'utf8')) as {
    entries: { kind: string; file: string }[]
  }
  const server = await serve(v.root)
  const found: FirstSearch[] = []
  try {
    for (const locale of locales) {
      const page = searchPageIn(buildDir, HTML_LANG[locale])
      if (!page) throw new Error(`The build has no search page in ${locale}.`)
      const wholeFile = path.join(buildDir, SEARCH_DIR, compactIndexFile(HTML_LANG[locale]))
      const wholeBytes = existsSync(wholeFile) ? statSync(wholeFile).size : 0
      // The first run of letters of the first relic translated into it that begins in the
      // language's script (in Chinese and Japanese the kind's word is part of it: 义东寺).
      let word: string | undefined
      for (const e of manifest.entries) {
        if (e.kind !== 'relics') continue
        const entry = JSON.parse(readFileSync(path.join(v.snapshot, e.file), 'utf8')) as {
          title: Record<string, string | undefined>
          translations?: string[]
        }
        if (!entry.translations?.includes(locale)) continue
        const run = entry.title[locale]?.match(/[\p{L}\p{M}]+/u)?.[0]
        if (run && INSIDE_WORDS.test(run)) {
          word = run
          break
        }
      }
      // No such relic (a province without translations): the report says "not measured".
      if (!word) continue
      for (const query of new Set([[...word].slice(0, 2).join(''), word])) {
        const r = await benchSearch({ siteUrl: server.url, buildDir, snapshot: v.snapshot, query, page })
        found.push({
          locale,
          query,
          results: r.results,
          requests: r.requests,
          bytes: r.fetchedBytes,
          whole: r.files.some((f) => f.path.endsWith(`/${compactIndexFile(HTML_LANG[locale])}`)),
          wholeBytes,
          files: r.files.map((f) => f.path),
        })
      }
    }
  } finally {
    server.stop()
  }
  return found
}

/** The CMS exports the province with these locales published (the installation's setting). */
async function exportVariant(name: string, siteLocales: readonly Locale[]): Promise<Variant> {
  const dir = path.join(dataDir, `locales-${name}`)
  const snapshot = path.join(dir, 'snapshot')
  rmSync(dir, { recursive: true, force: true })
  const exported = benchLine<{ exportSeconds: number; locales: Locale[] }>(
    await payload([
      'run',
      'src/bench/locales.ts',
      '--',
      '--site-locales',
      siteLocales.join(','),
      '--snapshot',
      snapshot,
    ]),
  )
  return {
    name,
    snapshot,
    root: path.join(dir, 'site'),
    locales: exported.locales,
    exportSeconds: exported.exportSeconds,
  }
}

/** One full publish of a variant's snapshot into a fresh root: its time and peak memory. */
async function publishVariant(v: Variant) {
  rmSync(v.root, { recursive: true, force: true })
  const memory = peakMemory()
  const start = now()
  const built = await publish({
    snapshot: v.snapshot,
    root: v.root,
    siteUrl: SITE_URL,
    incremental: false,
    log: (l) => say(`  ${l}`),
  })
  return { seconds: since(start), memory: memory.stop(), dir: built.dir }
}

/** What a build holds: pages per locale (entry pages found from the snapshot), bytes, search index. */
function measure(v: Variant, buildDir: string, times: number[], memory: number): Omit<Build, 'firstSearch'> {
  // The media are hard links to the snapshot's files, the same in every build: left out.
  const media = path.join(buildDir, 'media')
  const all = folderSize(buildDir).bytes - (existsSync(media) ? folderSize(media).bytes : 0)
  const html = folderSize(buildDir, (n) => n.endsWith('.html'))
  const prefixed = v.locales.filter((l) => localePrefix(l) !== '/')
  const underPrefix = (l: Locale) =>
    localePrefix(l) === '/'
      ? html.files - prefixed.reduce((sum, p) => sum + countHtml(buildDir, p), 0)
      : countHtml(buildDir, l)
  const manifest = JSON.parse(readFileSync(path.join(v.snapshot, 'manifest.json'), 'utf8')) as {
    entries: { kind: string; file: string }[]
  }
  const entryPages = new Map<Locale, number>(v.locales.map((l) => [l, 0]))
  const translatedEntries: Record<string, number> = Object.fromEntries(v.locales.map((l) => [l, 0]))
  for (const e of manifest.entries) {
    const kind = e.kind
    if (!isEntryKind(kind) || !isPageKind(kind)) continue
    const entry = JSON.parse(readFileSync(path.join(v.snapshot, e.file), 'utf8')) as {
      slug: string
      translations?: string[]
    }
    for (const l of entry.translations ?? []) translatedEntries[l] = (translatedEntries[l] ?? 0) + 1
    for (const l of v.locales) {
      if (existsSync(path.join(buildDir, entryPath({ kind, slug: entry.slug }, l), 'index.html'))) {
        entryPages.set(l, (entryPages.get(l) ?? 0) + 1)
      }
    }
  }
  return {
    variant: v,
    times,
    memory,
    html: html.files,
    htmlBytes: html.bytes,
    bytes: all,
    perLocale: v.locales.map((l) => ({ locale: l, pages: underPrefix(l), entryPages: entryPages.get(l) ?? 0 })),
    translatedEntries,
    search: searchIndexByLanguage(buildDir),
  }
}

/**
 * Both variants built `rounds` times, alternating (a, b, a, b…) so that neither always runs on a
 * cold or a warm machine; each is measured from its last build.
 */
async function buildBoth(a: Variant, b: Variant, rounds: number): Promise<[Build, Build]> {
  const runs = new Map<Variant, { times: number[]; memory: number; dir: string }>()
  for (let round = 1; round <= rounds; round++) {
    for (const v of [a, b]) {
      say(`Full build ${round} of ${rounds}: ${v.locales.join(', ')}`)
      const r = await publishVariant(v)
      const seen = runs.get(v)
      runs.set(v, {
        times: [...(seen?.times ?? []), r.seconds],
        memory: Math.max(seen?.memory ?? 0, r.memory),
        dir: r.dir,
      })
    }
  }
  const result: Build[] = []
  for (const v of [a, b]) {
    const r = runs.get(v)
    if (!r) throw new Error('No build.')
    try {
      result.push({ ...measure(v, r.dir, r.times, r.memory), firstSearch: await firstSearches(v, r.dir) })
    } finally {
      if (!values['keep-builds']) rmSync(v.root, { recursive: true, force: true })
    }
  }
  const [first, second] = result
  if (!first || !second) throw new Error('No build.')
  return [first, second]
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((x, y) => x - y)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}
const times = (b: Build) => (b.times.length > 1 ? ` (median of ${b.times.map((t) => t.toFixed(1)).join(', ')})` : '')

const countHtml = (buildDir: string, locale: Locale) => {
  const folder = path.join(buildDir, localePrefix(locale))
  return existsSync(folder) ? folderSize(folder, (n) => n.endsWith('.html')).files : 0
}

const perLocale = (b: Build, f: (row: Build['perLocale'][number]) => string) =>
  b.perLocale.map((row) => `${row.locale} ${f(row)}`).join(' · ')

/** The index files a search fetched, counted by kind: "manifest ×2, words ×3, cards ×1". */
const kinds = (files: string[]): string => {
  const count = new Map<string, number>()
  for (const file of files) count.set(indexFileKind(file), (count.get(indexFileKind(file)) ?? 0) + 1)
  return [...count].map(([kind, n]) => `${kind} ×${n}`).join(', ')
}

export async function localesStep() {
  const share = Number(values.translated)
  const t = await translations(share)
  const rounds = Number(values['locales-rounds'])
  const [base, full] = await buildBoth(
    await exportVariant('vi-en', ['vi', 'en']),
    await exportVariant('all', ['vi', ...FULL]),
    rounds,
  )
  const [baseSeconds, fullSeconds] = [median(base.times), median(full.times)]

  const entries = t.entries
  const extraPages = full.html - base.html
  const entryPagesTranslated = full.perLocale
    .filter((r) => TRANSLATED.some((l) => l === r.locale))
    .reduce((sum, r) => sum + r.entryPages, 0)
  const bound = entries * 2 + TRANSLATED.reduce((sum, l) => sum + (full.translatedEntries[l] ?? 0), 0)
  const fullEntryPages = full.perLocale.reduce((sum, r) => sum + r.entryPages, 0)
  section(
    `The site in ${full.variant.locales.length} languages: ${full.variant.locales.join(', ')} against vi + en`,
    [
      [
        'translations (Local API, hooks on)',
        `${t.translated} of ${entries} entries (${(share * 100).toFixed(0)} %) into ${TRANSLATED.join(', ')}: ${t.writes} saves`,
        `${t.seconds.toFixed(0)} s${t.reused ? ' (earlier run)' : ''}, ${(t.writes / t.seconds).toFixed(1)} saves/s`,
      ],
      [
        'snapshot export',
        `${full.variant.exportSeconds.toFixed(1)} s`,
        `vi + en: ${base.variant.exportSeconds.toFixed(1)} s`,
      ],
      [
        'full build time',
        `${fullSeconds.toFixed(1)} s${times(full)} (${(full.html / fullSeconds).toFixed(0)} pages/s)`,
        `vi + en: ${baseSeconds.toFixed(1)} s${times(base)} (${(base.html / baseSeconds).toFixed(0)} pages/s); **ratio ${ratio(fullSeconds, baseSeconds)}**`,
      ],
      ['pages (HTML files)', String(full.html), `vi + en: ${base.html}; ratio ${ratio(full.html, base.html)}`],
      [
        'pages per locale',
        perLocale(full, (r) => String(r.pages)),
        `vi + en: ${perLocale(base, (r) => String(r.pages))}`,
      ],
      [
        'entry pages per locale',
        perLocale(full, (r) => String(r.entryPages)),
        `entries with a translation: ${TRANSLATED.map((l) => `${l} ${full.translatedEntries[l] ?? 0}`).join(' · ')}`,
      ],
      [
        'entry pages, all locales',
        String(fullEntryPages),
        `at most entries × 2 + translations: ${bound}; locales × entries would be ${entries * full.variant.locales.length}`,
      ],
      [
        `pages added by ${TRANSLATED.join(', ')}`,
        `${extraPages} (${entryPagesTranslated} entry pages, ${extraPages - entryPagesTranslated} other)`,
        `${(extraPages / Math.max(1, TRANSLATED.length)).toFixed(0)} a locale`,
      ],
      [
        'HTML bytes',
        mb(full.htmlBytes),
        `vi + en: ${mb(base.htmlBytes)}; ratio ${ratio(full.htmlBytes, base.htmlBytes)}`,
      ],
      [
        'output bytes (media left out)',
        mb(full.bytes),
        `vi + en: ${mb(base.bytes)}; ratio ${ratio(full.bytes, base.bytes)}`,
      ],
      [
        'search index per language',
        full.search.map((s) => `${s.language} ${size(s.bytes)} (${s.pages} pages, ${s.files} files)`).join(' · '),
        `vi + en: ${base.search.map((s) => `${s.language} ${size(s.bytes)} (${s.pages} pages)`).join(' · ')}`,
      ],
      ['peak memory (process tree)', mb(full.memory), `vi + en: ${mb(base.memory)}`],
      ...TRANSLATED.map((locale): [string, string, string] => {
        const searches = full.firstSearch.filter((f) => f.locale === locale)
        return [
          `first search in ${locale} (Chromium)`,
          searches
            .map(
              (f) =>
                `“${f.query}”: ${kb(f.bytes)} in ${f.requests} requests (${kinds(f.files)}), ${f.results} results${f.whole ? ', the whole compact index among them' : ''}`,
            )
            .join(' · ') || 'not measured',
          searches[0]?.wholeBytes
            ? `the language's whole compact index, on disk: ${kb(searches[0].wholeBytes)}`
            : 'no whole compact index in this build',
        ]
      }),
    ],
    'Both builds are full publishes (astro build, search index, media links) of snapshots of the same database, in the same run; only the installation’s published locales differ. The export is not part of the build time.',
  )
}
