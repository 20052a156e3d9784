import { Validator } from '@hyperion-framework/validator'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { loadSnapshot, type PageEntry, type Snapshot } from '../src/data/snapshot.ts'
import { PAGE_KINDS } from '../src/routing.ts'
import { creativeCommons, entryManifest, hasManifest, manifestPath } from '../src/utils/iiif.ts'

const site = new URL('https://disan.example.vn')
let data: Snapshot
let withPhotos: PageEntry[]

beforeAll(() => {
  data = loadSnapshot(inject('snapshotDir'))
  withPhotos = PAGE_KINDS.flatMap((kind) => data.byKind(kind) as PageEntry[]).filter(hasManifest)
})

type Canvas = {
  id: string
  width: number
  height: number
  label: Record<string, string[]>
  rights?: string
  requiredStatement?: { value: Record<string, string[]> }
  thumbnail: { id: string }[]
  items: { items: { motivation: string; target: string; body: { id: string; width: number; height: number } }[] }[]
}

describe('IIIF Presentation 3 manifests', () => {
  it('validates every manifest of the demo against the IIIF Presentation 3 JSON schema', () => {
    expect(withPhotos.length).toBeGreaterThan(10)
    // The schema of @hyperion-framework/validator (MIT; IIIF's own current schema carries no
    // licence) predates the navPlace extension and refuses properties it does not know: the
    // manifest is validated without it, and navPlace by the extension's shape (GeoJSON).
    const validator = new Validator()
    let located = 0
    for (const entry of withPhotos) {
      const { navPlace, ...core } = entryManifest(entry, site, data.manifest)
      const valid = validator.validateManifest(core)
      expect(valid, `${entry.kind}/${entry.slug}: ${JSON.stringify(validator.validators.manifest?.errors)}`).toBe(true)
      if (!navPlace) continue
      located++
      expect(navPlace).toMatchObject({ type: 'FeatureCollection', id: expect.stringMatching(/^https:\/\//) })
      for (const feature of navPlace.features) {
        expect(feature).toMatchObject({ type: 'Feature', geometry: { type: 'Point' } })
        const [lng = 0, lat = 0] = feature.geometry.coordinates
        // Longitude first: Vietnam lies at 102–110° E, 8–24° N.
        expect(lng > 100 && lng < 112 && lat > 7 && lat < 25, `${entry.slug}: ${lng}, ${lat}`).toBe(true)
      }
    }
    expect(located).toBeGreaterThan(5)
    // The schema is not a formality: a manifest without its items, or with a label that is not a
    // language map, fails it.
    const broken = entryManifest(withPhotos[0] as PageEntry, site, data.manifest)
    expect(validator.validateManifest({ ...broken, items: undefined })).toBe(false)
    expect(validator.validateManifest({ ...broken, label: 'Đền Phù Đổng' })).toBe(false)
    const [canvas] = broken.items
    expect(validator.validateManifest({ ...broken, items: [{ ...canvas, width: undefined }] })).toBe(false)
    expect(validator.validateManifest({ ...broken, items: [{ ...canvas, rights: 'CC BY 4.0' }] })).toBe(false)
  })

  it('gives each photo a canvas of its size, painted by its largest JPEG, with its credit, licence and words', () => {
    const entry = withPhotos.find((e) => e.kind === 'relics' && e.gallery.length > 1) as PageEntry
    const manifest = entryManifest(entry, site, data.manifest) as unknown as {
      id: string
      label: Record<string, string[]>
      homepage: { id: string; language: string[] }[]
      items: Canvas[]
    }
    expect(manifest.id).toBe(`https://disan.example.vn${manifestPath(entry)}`)
    expect(manifest.label.vi).toEqual([entry.title.vi])
    expect(manifest.homepage[0]).toMatchObject({
      id: `https://disan.example.vn/di-tich/${entry.slug}/`,
      language: ['vi'],
    })
    expect(manifest.items).toHaveLength(entry.gallery.length)
    entry.gallery.forEach((image, i) => {
      const canvas = manifest.items[i] as Canvas
      const largest = image.versions.filter((v) => v.format === 'jpeg').at(-1)
      expect([canvas.width, canvas.height]).toEqual([image.width, image.height])
      const painting = canvas.items[0]?.items[0]
      expect(painting).toMatchObject({ motivation: 'painting', target: canvas.id })
      expect(painting?.body).toMatchObject({
        id: `https://disan.example.vn/media/${largest?.file}`,
        width: largest?.width,
        height: largest?.height,
      })
      expect(canvas.thumbnail[0]?.id).toMatch(/^https:\/\/disan\.example\.vn\/media\/.+\.jpg$/)
      expect(canvas.label.vi).toEqual([image.caption?.vi ?? image.alt.vi])
      if (image.credit?.vi) expect(canvas.requiredStatement?.value.vi).toEqual([image.credit.vi])
      expect(canvas.rights).toBe(creativeCommons(image.license))
    })
  })

  it('places a located entry with navPlace (longitude first, as GeoJSON) and adds the extension’s context', () => {
    const entry = withPhotos.find((e) => 'location' in e && e.location) as PageEntry & {
      location: { lat: number; lng: number }
    }
    const manifest = entryManifest(entry, site, data.manifest) as unknown as {
      '@context': string[]
      navPlace: { features: { geometry: { coordinates: number[] } }[] }
    }
    expect(manifest['@context']).toEqual([
      'http://iiif.io/api/extension/navplace/context.json',
      'http://iiif.io/api/presentation/3/context.json',
    ])
    expect(manifest.navPlace.features[0]?.geometry.coordinates).toEqual([entry.location.lng, entry.location.lat])
  })

  it('names a Creative Commons licence by its URI and leaves any other text out of `rights`', () => {
    expect(creativeCommons('CC BY 4.0')).toBe('http://creativecommons.org/licenses/by/4.0/')
    expect(creativeCommons(' cc by-nc-sa  4.0 ')).toBe('http://creativecommons.org/licenses/by-nc-sa/4.0/')
    expect(creativeCommons('CC0 1.0')).toBe('http://creativecommons.org/publicdomain/zero/1.0/')
    expect(creativeCommons('Bảo tàng tỉnh giữ bản quyền')).toBeUndefined()
    expect(creativeCommons(undefined)).toBeUndefined()
  })
})
