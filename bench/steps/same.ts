/**
 * The speed-ups keep the output, on the bench's own province (issue 21): a full build that reads
 * the parsed-entry cache gives the same files as one that parses every entry, and the live site
 * after the edit step's one-entry publish (pages kept from the previous build, the search index
 * caught up after the switch) gives the same files as a full build of the same snapshot. Pages,
 * map files and search index are compared byte for byte; a search index with the same bytes
 * answers every query the same. Any difference fails the run, naming the first files.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileHashes, treeDifferences } from '../../site/tools/files.ts'
import { INDEX_FILES } from '../../site/tools/index-files.ts'
import { publish } from '../../site/tools/publish.ts'
import { currentBuild, readStatus } from '../../site/tools/status.ts'
import { dataDir, root, SITE_URL, snapshot } from '../lib/config.ts'
import { now, say, section, since } from '../lib/output.ts'
import { measured } from '../lib/targets.ts'

const SHOWN = 5

/**
 * "the same", or what differs, with the first few files of each kind. With `kept` (the live site
 * after a one-entry publish, `a`): the Pagefind chunks of the index it replaced, which the update
 * keeps for searches in flight (site/tools/search-index.ts: listed by that index, removed at the
 * next one), are counted apart; no search started now can reach them, since every file of the
 * full build, the entry file naming the chunks included, is there with the same bytes.
 */
function compare(a: string, b: string, kept?: Set<string>): { same: boolean; text: string; files: number } {
  const one = fileHashes(a)
  const other = fileHashes(b)
  const { onlyInA: extra, onlyInB, changed } = treeDifferences(one, other)
  const previous = extra.filter((f) => kept?.has(f.replace(/^pagefind\//, '')) && f.startsWith('pagefind/'))
  const onlyInA = extra.filter((f) => !previous.includes(f))
  const list = (files: string[]) => `${files.slice(0, SHOWN).join(', ')}${files.length > SHOWN ? ', …' : ''}`
  const parts = [
    onlyInA.length ? `${onlyInA.length} only in the first (${list(onlyInA)})` : '',
    onlyInB.length ? `${onlyInB.length} only in the second (${list(onlyInB)})` : '',
    changed.length ? `${changed.length} not the same (${list(changed)})` : '',
  ].filter(Boolean)
  const same = `the same ${other.size} files${previous.length ? `, and ${previous.length} search chunks of the index replaced, kept for searches in flight` : ''}`
  return { same: parts.length === 0, text: parts.length ? parts.join('; ') : same, files: one.size }
}

/** The build before `live` (build ids sort by time), which the one-entry publish started from. */
function previousBuild(root: string, live: string): string | undefined {
  const ids = readdirSync(path.join(root, 'builds'), { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name < live)
    .map((e) => e.name)
    .sort()
  return ids.at(-1)
}

/** The content-named files the live build's previous index listed (site/integrations/pagefind.ts). */
function replacedIndexFiles(build: string, previous: string | undefined): Set<string> {
  if (!previous) return new Set()
  try {
    const text = readFileSync(path.join(path.dirname(build), previous, 'pagefind', INDEX_FILES), 'utf8')
    return new Set(text.split('\n').filter(Boolean))
  } catch {
    return new Set()
  }
}

export async function sameStep() {
  const scratch = path.join(dataDir, 'same')
  rmSync(scratch, { recursive: true, force: true })
  const start = now()
  try {
    say('Full build of the snapshot without the parsed-entry cache (a new root), then again with it…')
    const cold = await publish({ snapshot, root: scratch, siteUrl: SITE_URL, incremental: false })
    const cache = path.join(scratch, 'cache')
    // The file only, not its content: at 10,000 entries it is about 75 MB.
    const cacheFile = readdirSync(cache).find((name) => name.startsWith('entries-') && name.endsWith('.v8'))
    if (!cacheFile) throw new Error(`The first build wrote no parsed-entry cache in ${cache}.`)
    const cacheTime = statSync(path.join(cache, cacheFile)).mtimeMs
    const warm = await publish({ snapshot, root: scratch, siteUrl: SITE_URL, incremental: false })
    // The cache is written again only when an entry had to be parsed: unchanged, it served them all.
    const allCached = statSync(path.join(cache, cacheFile)).mtimeMs === cacheTime
    const cached = compare(cold.dir, warm.dir)

    const live = await currentBuild(root)
    const status = await readStatus(root)
    const liveDir = live ? path.join(root, 'builds', live) : ''
    const partial =
      live && status?.mode === 'incremental'
        ? compare(liveDir, warm.dir, replacedIndexFiles(liveDir, previousBuild(root, live)))
        : undefined

    section(
      'The speed-ups keep the output (byte for byte)',
      [
        [
          'full build reading the parsed-entry cache vs parsing every entry',
          cached.text,
          allCached ? 'every entry read from the cache' : 'some entries parsed again (the cache was rewritten)',
        ],
        [
          'live site after the one-entry publish vs a full build of the same snapshot',
          partial?.text ?? 'not compared: the live build is not a one-entry publish (run with the edit step)',
          status?.mode === 'incremental' ? `${status.rendered} of ${status.pages} pages rendered` : '',
        ],
        ['time of this check (two full builds, hashing)', `${since(start).toFixed(0)} s`],
      ],
      'Pages, map files and the search index; the same bytes answer every search the same.',
    )
    const same = cached.same && allCached && (partial?.same ?? true)
    measured(
      'same',
      `cache: ${cached.same ? 'same' : 'differs'}; one-entry publish: ${partial ? (partial.same ? 'same' : 'differs') : 'not compared'}`,
      same,
      partial ? undefined : 'run with the edit step to compare the one-entry publish',
    )
    if (!same) {
      throw new Error(
        `A speed-up changed the output: cache ${cached.text}${allCached ? '' : ' (not every entry came from the cache)'}; one-entry publish ${partial?.text ?? 'not compared'}.`,
      )
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}
