/**
 * Which search index a build gets, chosen by the province's size: one compact index per language
 * (a gzip JSON of every entry's title, summary, kind and commune, fetched whole and searched in
 * the page) while it stays within the first-query budget; beyond, the same documents and ranking
 * cut into small files, of which a query fetches the few it needs (the sharded index,
 * utils/sharded-search.ts). Both search what an entry's card shows; Pagefind's chunked index of
 * every page's whole text is the third kind, chosen by setting only (its first query costs over
 * 100 KB at any size). The search page says which (`data-search-index`), and the indexer
 * (integrations/pagefind.ts) writes what the page says.
 *
 * SITE_SEARCH=compact, sharded or pagefind forces one (tests; an installation that wants
 * full-text search); empty or unset: by size.
 */
import { gzipSync } from 'node:zlib'

/** Every kind, in the order of the choice by size (the last is chosen by setting only). */
export const SEARCH_INDEX_KINDS = ['compact', 'sharded', 'pagefind'] as const
export type SearchIndexKind = (typeof SEARCH_INDEX_KINDS)[number]

/**
 * The compact index is chosen while the Vietnamese titles and summaries of the entries, as one
 * gzip JSON, stay under this. The written index of a language is about 1.45 times this estimate
 * (it adds addresses, kinds and communes: 140 KB for an estimate of 97 KB on the generated
 * 10,000-entry province), so this keeps it within the first-query budget of issue 21 (≤ 100 KB):
 * about 87 KB, at about 6,000 entries of the generated provinces. Beyond, the sharded index: its
 * first query fetches a manifest and a few small files, whatever the size. Pagefind's first query
 * costs more than either at any size (its script and WebAssembly alone are ~70 KB; 273 KB at 300
 * entries and 431 KB at 10,000 for a query that also searches the other language:
 * bench/RESULTS.md, 2026-12-06).
 */
export const COMPACT_MAX_BYTES = 60_000

/** What the estimate is made of: an entry's Vietnamese title and summary (and an inscription's lines). */
export interface TitledEntry {
  kind: string
  title: { vi: string }
  summary?: { vi?: string | undefined } | undefined
  /** An inscription's lines, which the compact index holds too. */
  lines?: readonly {
    original: string
    reading?: string | undefined
    translation?: { vi?: string | undefined } | undefined
  }[]
}

/** The gzip size of the entries' Vietnamese titles and summaries as one JSON (batches aside). */
export function compactEstimate(entries: readonly TitledEntry[]): number {
  const rows = entries
    .filter((e) => e.kind !== 'batches')
    .map((e) => [
      e.title.vi,
      e.summary?.vi ?? '',
      ...(e.lines ?? []).flatMap((l) => [l.original, l.reading ?? '', l.translation?.vi ?? '']),
    ])
  return gzipSync(JSON.stringify(rows)).length
}

export function searchIndexKind(estimate: number, setting = process.env.SITE_SEARCH ?? ''): SearchIndexKind {
  const forced = SEARCH_INDEX_KINDS.find((kind) => kind === setting)
  if (forced) return forced
  if (setting !== '') {
    throw new Error(
      `SITE_SEARCH="${setting}" không hợp lệ: dùng ${SEARCH_INDEX_KINDS.join(', ')} hoặc để trống (chọn theo kích thước). / SITE_SEARCH must be ${SEARCH_INDEX_KINDS.join(', ')} or empty (chosen by size).`,
    )
  }
  return estimate <= COMPACT_MAX_BYTES ? 'compact' : 'sharded'
}

/** Which index a built search page asks for (its form's `data-search-index`). */
export const indexKindOfPage = (html: string): SearchIndexKind =>
  SEARCH_INDEX_KINDS.find((kind) => html.includes(`data-search-index="${kind}"`)) ?? 'pagefind'
