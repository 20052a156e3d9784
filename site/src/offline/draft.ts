/**
 * The draft of a route pack, made while the route page renders (see pack.ts): the pages it holds
 * (each with the addresses it may live at), the small versions of their pictures and the stops'
 * audio guides, with the sizes the snapshot knows.
 */
import { type Audio, entryPath, fallbackChain, type Image, type Locale, type PageKind } from '@heritage/contract'
import type { PackDraft, PackItem } from './pack'

interface PackEntry {
  kind: PageKind
  slug: string
  gallery: Image[]
  audioGuides?: Audio[]
}

/** The smallest version of each format: what a phone shows at any screen size when offline. */
export function smallImages(image: Image): PackItem[] {
  const smallest = new Map<string, Image['versions'][number]>()
  for (const v of image.versions) {
    const best = smallest.get(v.format)
    if (!best || v.width < best.width) smallest.set(v.format, v)
  }
  return [...smallest.values()].map((v) => ({ url: `/media/${v.file}`, bytes: v.bytes, kind: 'image' as const }))
}

/** A stop's audio guides in the pack's language, else in the first language of its fallback chain that has some. */
export function packAudio(guides: Audio[], locale: Locale): Audio[] {
  for (const language of [locale, ...fallbackChain(locale)]) {
    const found = guides.filter((a) => a.language === language)
    if (found.length > 0) return found
  }
  return guides.slice(0, 1)
}

const unique = <T>(items: T[], key: (item: T) => string): T[] => {
  const seen = new Set<string>()
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)))
}

/** The pages a locale's visitor may land on for an entry, most wanted first. */
export const pageCandidates = (entry: { kind: PageKind; slug: string }, locale: Locale): string[] =>
  unique(
    [locale, ...fallbackChain(locale)].map((l) => entryPath(entry, l)),
    (p) => p,
  )

/** The draft pack of a route page (`route`: its path) with its stops, in `locale`. */
export function packDraft(route: string, entry: PackEntry, stops: PackEntry[], locale: Locale): PackDraft {
  const pages = [
    { candidates: [route] },
    ...unique(stops, (s) => `${s.kind}/${s.slug}`).map((stop) => ({
      candidates: pageCandidates(stop, locale),
      ...(stop.kind === 'ocop-products' ? { fresh: true as const } : {}),
    })),
  ]
  const media = [entry, ...stops].flatMap((e) => [
    ...e.gallery.flatMap(smallImages),
    ...packAudio(e.audioGuides ?? [], locale).map((a) => ({
      url: `/media/${a.file}`,
      bytes: a.bytes,
      kind: 'audio' as const,
    })),
  ])
  return { route, pages, media: unique(media, (m) => m.url) }
}
