/**
 * Inscriptions (issue 22) on the public site: what their pages, IIIF manifests and Linked Art
 * documents share.
 *
 * - the dating as a visitor reads it: "Cảnh Hưng năm thứ 44 (1783)";
 * - which lines a phone may not draw: characters beyond the CJK Unified Ideographs basic block and
 *   Extension A (Extension B and later, U+20000 and up, where most Nôm characters are) are missing
 *   from the fonts of most phones; such a line is also shown as a photo of its region, cut at
 *   build time (src/pages/iiif/[...file].ts) from the photo's largest web version;
 * - the deep-zoom pyramid of a photo (media-tools deepZoom.ts) as a IIIF Image API 3 level-0
 *   service: the tiles are snapshot media, published under /media/zoom/<hash>/ like every other
 *   medium (named by content, cached for a year), and its info.json is written beside them.
 */
import { type EntryOf, type Image, type InscriptionLine, imageInfo } from '@heritage/contract'
import { type Locale, pick, type Shown } from '../i18n/locales'
import { fill, strings } from '../i18n/ui'

export type Inscription = EntryOf<'inscriptions'>
type Zoom = NonNullable<Image['zoom']>

/** The BCP 47 tag of Vietnamese written in Han characters (Hán and Nôm), for the original text. */
export const ORIGINAL_LANG = 'vi-Hani'

/** The folder of a pyramid's tiles, a path of the site; its info.json is `${zoomPath(z)}/info.json`. */
export const zoomPath = (zoom: Pick<Zoom, 'hash'>): string => `/media/zoom/${zoom.hash}`

/** The IIIF Image API 3 service of a photo's pyramid, as a manifest references it and info.json describes it. */
export const imageService = (image: Image & { zoom: Zoom }, site: URL) =>
  imageInfo({ ...image.zoom, width: image.width, height: image.height }, new URL(zoomPath(image.zoom), site).href)

/** Photos with a deep-zoom pyramid, once each (the same photo may be in several entries). */
export const zoomable = (image: Image): image is Image & { zoom: Zoom } => !!image.zoom

/** Extension B and later (U+20000+): characters many phones have no glyph for. */
export const hasRareCharacters = (text: string): boolean => {
  for (const char of text) if ((char.codePointAt(0) ?? 0) >= 0x20000) return true
  return false
}

/** The lines that get a photo of their region beside the text: rare characters and a region to cut. */
export const needsLineImage = (line: InscriptionLine): boolean => !!line.region && hasRareCharacters(line.original)

/** Where the photo of line `index` (0-based) of an inscription is published. */
export const lineImagePath = (entry: Pick<Inscription, 'kind' | 'slug'>, index: number): string =>
  `/iiif/${entry.kind}/${entry.slug}/lines/${index + 1}.webp`

/** The paths of all line photos of an inscription (its documents, kept between publishes). */
export const lineImagePaths = (entry: Inscription): string[] =>
  entry.lines.flatMap((line, i) => (needsLineImage(line) ? [lineImagePath(entry, i)] : []))

/** A line's region in pixels of its photo (x, y, w, h), or none when the photo is not in the gallery. */
export function regionPixels(entry: Inscription, line: InscriptionLine) {
  const region = line.region
  const photo = region && entry.gallery.find((g) => g.id === region.photo)
  if (!region || !photo) return undefined
  const x = Math.round(region.x * photo.width)
  const y = Math.round(region.y * photo.height)
  return {
    photo,
    x,
    y,
    w: Math.max(1, Math.min(photo.width - x, Math.round(region.w * photo.width))),
    h: Math.max(1, Math.min(photo.height - y, Math.round(region.h * photo.height))),
  }
}

/** The translation in the page's language, else English, else Vietnamese (marked with its language). */
export const lineTranslation = (line: InscriptionLine, locale: Locale): Shown | undefined =>
  pick(line.translation, locale)

/**
 * "Cảnh Hưng năm thứ 44 (1783)", "1783", the object's own wording… or nothing. `short`: the reign
 * and year without the rest of the wording, when there are any.
 */
export function datingText(entry: Inscription, locale: Locale, { short = false } = {}): Shown | undefined {
  const d = entry.dating
  if (!d) return undefined
  const worded = pick(d.text, locale)
  const reign =
    d.reign && d.reignYear ? fill(strings(locale).inscription.reignYear, { reign: d.reign, n: d.reignYear }) : d.reign
  const parts = [reign, d.year !== undefined ? (reign ? `(${d.year})` : String(d.year)) : undefined]
  const line = parts.filter(Boolean).join(' ')
  if (line && worded) return { text: short ? line : `${line} · ${worded.text}` }
  return line ? { text: line } : worded
}
