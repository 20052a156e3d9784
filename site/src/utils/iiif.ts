/**
 * IIIF Presentation 3 manifests: every entry with photos is published as a manifest that any IIIF
 * viewer (Mirador, Universal Viewer, Clover) and aggregator can open and cite, at a stable address
 * beside the site's pages (`/iiif/<kind>/<slug>/manifest.json`, the kind's code and the slug being
 * the entry's stable names). One manifest for every language: its texts are language maps.
 *
 * - each photo is a canvas the size of the photo, painted by its largest JPEG web version, with
 *   its smallest as the thumbnail, its alternative text as label, its credit as the required
 *   statement and its licence as `rights` where it names a Creative Commons licence;
 * - `navPlace` (IIIF extension) gives the entry's position as GeoJSON;
 * - `homepage` links the entry's page in each language it is published in;
 * - a photo with a deep-zoom pyramid names it as the image's `service` (ImageService3, level 0:
 *   static tiles, utils/inscriptions.ts), which IIIF viewers use to zoom;
 * - an inscription's lines are W3C Web Annotations on the canvas of their photo
 *   (`annotations`, as the IIIF cookbook's transcription recipes do): for each line, its
 *   original characters (`vi-Hani`), its Sino-Vietnamese reading and its translations, each a
 *   `TextualBody` with its language, motivation `supplementing`, targeting the line's region
 *   (`#xywh=` in the photo's pixels).
 *
 * The entry pages name their manifest with `<link rel="alternate">` (IIIF's discovery advice).
 * Built by src/pages/iiif/[...file].ts; kept between publishes with the entry's pages
 * (src/partial.ts, tools/publish.ts).
 */
import type { Image, LocalizedText, OptionalText } from '@heritage/contract'
import type { PageEntry } from '../data/snapshot'
import { type Locale, publishedLocales } from '../i18n/locales'
import { ui } from '../i18n/ui'
import { entryPath, hasLocale } from '../routing'
import { ORIGINAL_LANG, regionPixels, zoomable, zoomPath } from './inscriptions'

export const PRESENTATION_CONTEXT = 'http://iiif.io/api/presentation/3/context.json'
export const NAV_PLACE_CONTEXT = 'http://iiif.io/api/extension/navplace/context.json'
/** The media type a page's `<link rel="alternate">` gives a manifest. */
export const MANIFEST_TYPE = `application/ld+json;profile="${PRESENTATION_CONTEXT}"`

/** Where an entry's manifest is published (a path of the site). */
export const manifestPath = (entry: Pick<PageEntry, 'kind' | 'slug'>): string =>
  `/iiif/${entry.kind}/${entry.slug}/manifest.json`

/** Whether an entry has a manifest: it has photos. */
export const hasManifest = (entry: PageEntry): boolean => entry.gallery.length > 0

type LanguageMap = Record<string, string[]>

/** A text in every language it has, of those published (Vietnamese first), as IIIF writes it. */
function languageMap(value: LocalizedText | OptionalText | undefined, locales: readonly Locale[]): LanguageMap {
  const map: LanguageMap = {}
  for (const locale of locales) {
    const text = value?.[locale]?.trim()
    if (text) map[locale] = [text]
  }
  return map
}

const CREDIT = { vi: 'Nguồn ảnh', en: 'Photo credit' } as const

/**
 * The Creative Commons licence a photo's licence text names ("CC BY 4.0", "CC BY-SA 4.0",
 * "CC0"), as IIIF's `rights` wants it (the licence's http URI), or none for any other text.
 */
export function creativeCommons(licence: string | undefined): string | undefined {
  const text = licence?.trim().toUpperCase().replace(/\s+/g, ' ')
  if (!text) return undefined
  if (/^CC0( 1\.0)?$/.test(text)) return 'http://creativecommons.org/publicdomain/zero/1.0/'
  const cc = /^CC (BY(?:-NC)?(?:-SA|-ND)?) (\d\.\d)$/.exec(text)
  return cc ? `http://creativecommons.org/licenses/${cc[1]?.toLowerCase()}/${cc[2]}/` : undefined
}

type TextualBody = { type: 'TextualBody'; value: string; language: string; format: 'text/plain' }
const textual = (value: string, language: string): TextualBody => ({
  type: 'TextualBody',
  value,
  language,
  format: 'text/plain',
})

/** The lines of an inscription drawn on this photo, as an AnnotationPage (see the top of this file). */
function lineAnnotations(entry: PageEntry, image: Image, id: string, locales: readonly Locale[]) {
  if (entry.kind !== 'inscriptions') return []
  const items = entry.lines.flatMap((line, i) => {
    const region = line.region?.photo === image.id ? regionPixels(entry, line) : undefined
    if (!region) return []
    const target = `${id}#xywh=${region.x},${region.y},${region.w},${region.h}`
    const bodies: [string, TextualBody][] = [
      ['original', textual(line.original, ORIGINAL_LANG)],
      ...(line.reading ? [['reading', textual(line.reading, 'vi-Latn')] as [string, TextualBody]] : []),
      ...locales.flatMap((l): [string, TextualBody][] => {
        const text = line.translation?.[l]?.trim()
        return text ? [[`translation-${l}`, textual(text, l)]] : []
      }),
    ]
    return bodies.map(([name, body]) => ({
      id: `${id}/lines/${i + 1}/${name}`,
      type: 'Annotation',
      motivation: 'supplementing',
      body,
      target,
    }))
  })
  return items.length > 0 ? [{ id: `${id}/lines`, type: 'AnnotationPage', items }] : []
}

function canvas(entry: PageEntry, image: Image, index: number, base: string, site: URL, locales: readonly Locale[]) {
  const jpegs = image.versions.filter((v) => v.format === 'jpeg')
  const largest = jpegs.at(-1) ?? image.versions.at(-1)
  const smallest = jpegs[0] ?? largest
  const id = `${base}/canvas/${index + 1}`
  const media = (file: string) => new URL(`/media/${file}`, site).href
  const format = (v: Image['versions'][number]) => (v.format === 'jpeg' ? 'image/jpeg' : `image/${v.format}`)
  const label = languageMap(image.caption, locales)
  const credit = languageMap(image.credit, locales)
  const rights = creativeCommons(image.license)
  const annotations = lineAnnotations(entry, image, id, locales)
  return {
    id,
    type: 'Canvas',
    label: Object.keys(label).length > 0 ? label : languageMap(image.alt, locales),
    width: image.width,
    height: image.height,
    ...(smallest && {
      thumbnail: [
        {
          id: media(smallest.file),
          type: 'Image',
          format: format(smallest),
          width: smallest.width,
          height: smallest.height,
        },
      ],
    }),
    ...(Object.keys(credit).length > 0 && {
      requiredStatement: { label: { vi: [CREDIT.vi], en: [CREDIT.en] }, value: credit },
    }),
    ...(rights && { rights }),
    items: [
      {
        id: `${id}/page`,
        type: 'AnnotationPage',
        items: [
          {
            id: `${id}/page/image`,
            type: 'Annotation',
            motivation: 'painting',
            target: id,
            body: largest && {
              id: media(largest.file),
              type: 'Image',
              format: format(largest),
              width: largest.width,
              height: largest.height,
              ...(zoomable(image) && {
                service: [{ id: new URL(zoomPath(image.zoom), site).href, type: 'ImageService3', profile: 'level0' }],
              }),
            },
          },
        ],
      },
    ],
    ...(annotations.length > 0 && { annotations }),
  }
}

/** The manifest of an entry with photos (see the top of this file). */
export function entryManifest(entry: PageEntry, site: URL, manifest: { locales: readonly string[] }) {
  const published = publishedLocales(manifest)
  const locales = published.filter((l) => hasLocale(entry, l))
  const id = new URL(manifestPath(entry), site).href
  const base = id.slice(0, -'/manifest.json'.length)
  const summary = languageMap(entry.summary, locales)
  const location = 'location' in entry ? entry.location : undefined
  return {
    '@context': location ? [NAV_PLACE_CONTEXT, PRESENTATION_CONTEXT] : PRESENTATION_CONTEXT,
    id,
    type: 'Manifest',
    label: languageMap(entry.title, locales),
    ...(Object.keys(summary).length > 0 && { summary }),
    homepage: locales.map((locale) => ({
      id: new URL(entryPath(entry, locale), site).href,
      type: 'Text',
      label: languageMap(entry.title, [locale]),
      format: 'text/html',
      language: [locale],
    })),
    provider: [
      {
        id: new URL('/', site).href,
        type: 'Agent',
        label: Object.fromEntries(published.map((l) => [l, [ui(l, 'siteName')]])),
      },
    ],
    ...(location && {
      navPlace: {
        id: `${base}/place`,
        type: 'FeatureCollection',
        features: [
          {
            id: `${base}/place/1`,
            type: 'Feature',
            properties: { label: languageMap(entry.title, locales) },
            geometry: { type: 'Point', coordinates: [location.lng, location.lat] },
          },
        ],
      },
    }),
    items: entry.gallery.map((image, i) => canvas(entry, image, i, base, site, locales)),
  }
}
