import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Audio, Image } from '@heritage/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inlineScriptHashes, resolvePack, withPack } from '../integrations/route-packs'
import { packDraft } from '../src/offline/draft'
import { formatBytes, packCacheName } from '../src/offline/pack'
import { labelPx, sketch } from '../src/offline/schematic'
import { contentSecurityPolicy } from '../src/security'

const image = (hash: string): Image => ({
  id: hash,
  alt: { vi: 'Ảnh' },
  width: 1200,
  height: 800,
  placeholder: 'data:image/webp;base64,AA==',
  color: '#aabbcc',
  versions: (['avif', 'webp', 'jpeg'] as const).flatMap((format) =>
    [960, 320, 640].map((width) => ({
      format,
      width,
      height: (width * 2) / 3,
      bytes: width * 10 + format.length,
      file: `${hash}/${width}.${format === 'jpeg' ? 'jpg' : format}`,
    })),
  ),
  cards: [],
})
const audio = (id: string, language: Audio['language']): Audio => ({
  id,
  title: { vi: 'Thuyết minh' },
  language,
  file: `audio/${id}.mp3`,
  mimeType: 'audio/mpeg',
  bytes: 1_400_000,
})

describe('a route pack’s draft', () => {
  const temple = {
    kind: 'relics' as const,
    slug: 'den',
    gallery: [image('a')],
    audioGuides: [audio('vi1', 'vi'), audio('en1', 'en')],
  }
  const vase = { kind: 'ocop-products' as const, slug: 'binh', gallery: [image('b')] }
  const route = { kind: 'routes' as const, slug: 'mot-ngay', gallery: [image('c')] }

  it('holds the route page, each stop page where the language may have it, their smallest pictures and one language of audio', () => {
    const draft = packDraft('/ko/routes/mot-ngay/', route, [temple, vase, temple], 'ko')
    expect(draft.pages).toEqual([
      { candidates: ['/ko/routes/mot-ngay/'] },
      { candidates: ['/ko/relics/den/', '/en/relics/den/', '/di-tich/den/'] },
      { candidates: ['/ko/ocop-products/binh/', '/en/ocop-products/binh/', '/san-pham-ocop/binh/'], fresh: true },
    ])
    const media = draft.media.map((m) => m.url)
    // One version a format, the smallest (320), of the route's and the stops' pictures.
    expect(media.filter((u) => u.startsWith('/media/a/'))).toEqual([
      '/media/a/320.avif',
      '/media/a/320.webp',
      '/media/a/320.jpg',
    ])
    expect(media.filter((u) => u.includes('/320.')).length).toBe(9)
    // No Korean guide: the English one (Korean falls back to English, then Vietnamese).
    expect(draft.media.filter((m) => m.kind === 'audio').map((m) => m.url)).toEqual(['/media/audio/en1.mp3'])
    expect(
      packDraft('/tuyen-tham-quan/mot-ngay/', route, [temple], 'vi').media.filter((m) => m.kind === 'audio'),
    ).toEqual([{ url: '/media/audio/vi1.mp3', bytes: 1_400_000, kind: 'audio' }])
  })

  it('writes sizes as the visitor’s language does', () => {
    expect(formatBytes(1_450_000, 'vi')).toBe('1,5 MB')
    expect(formatBytes(1_450_000, 'en')).toBe('1.5 MB')
    expect(formatBytes(42_000, 'en')).toBe('42 kB')
  })
})

describe('resolving a pack against the built site', () => {
  let dir: string
  const files: Record<string, string> = {}
  const bytes = (file: string) => Buffer.byteLength(files[file] ?? '')
  const put = async (file: string, text: string) => {
    files[file] = text
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true })
    await writeFile(path.join(dir, file), text)
  }
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'route-pack-'))
    await put('ko/routes/r/index.html', '<script type="module" src="/_astro/island.A1.js"></script>')
    await put('_astro/island.A1.js', 'import{a}from"./shared.B2.js";import("./lazy.C3.js")')
    await put('_astro/shared.B2.js', 'export const a=1')
    await put('_astro/lazy.C3.js', 'export const big=1')
    // The stop has no Korean page yet, only the Vietnamese one.
    await put('di-tich/den/index.html', '<h1>Đền</h1>')
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('takes each stop’s first existing page, the scripts they import (not the lazy ones) and their sizes', async () => {
    const pack = await resolvePack(dir, {
      route: '/ko/routes/r/',
      pages: [
        { candidates: ['/ko/routes/r/'] },
        { candidates: ['/ko/relics/den/', '/en/relics/den/', '/di-tich/den/'] },
        { candidates: ['/ko/relics/gone/'] },
      ],
      media: [{ url: '/media/a/320.avif', bytes: 3200, kind: 'image' }],
    })
    expect(pack.cache).toBe(packCacheName('/ko/routes/r/'))
    expect(pack.items).toEqual([
      { url: '/ko/routes/r/', bytes: bytes('ko/routes/r/index.html'), kind: 'page' },
      { url: '/_astro/island.A1.js', bytes: bytes('_astro/island.A1.js'), kind: 'asset' },
      { url: '/_astro/shared.B2.js', bytes: bytes('_astro/shared.B2.js'), kind: 'asset' },
      { url: '/di-tich/den/', bytes: bytes('di-tich/den/index.html'), kind: 'page' },
      { url: '/media/a/320.avif', bytes: 3200, kind: 'image' },
    ])
  })
})

describe('a route page with its pack', () => {
  it('counts itself at its final size, and gives the same page when resolved again', () => {
    const draft = '<script type="application/json" data-route-pack-draft>{}</script>'
    const page = `<main>${'x'.repeat(9_990)}${draft}</main>`
    const pack = (bytes: number) => ({
      version: 1,
      route: '/r/',
      cache: packCacheName('/r/'),
      items: [{ url: '/r/', bytes, kind: 'page' as const }],
    })
    const once = withPack(page, pack(Buffer.byteLength(page)))
    expect(once).toContain(`"bytes":${Buffer.byteLength(once)}`)
    expect(once.indexOf('data-route-pack="1"')).toBeGreaterThan(once.indexOf('data-route-pack-draft'))
    // A later build strips the old pack and measures the page again: the same bytes.
    const stripped = once.replace(/<script type="application\/json" data-route-pack="\d+">[\s\S]*?<\/script>/, '')
    expect(withPack(stripped, pack(Buffer.byteLength(stripped)))).toBe(once)
  })
})

describe('the Content-Security-Policy of pages with an island', () => {
  it('allows exactly the inline scripts the pages carry, by hash', () => {
    const html =
      '<script>self.Astro=1</script><script type="application/ld+json">{}</script>' +
      '<script type="application/json" data-route-pack>{}</script><script type="module" src="/_astro/a.js"></script>'
    const hash = `'sha256-${createHash('sha256').update('self.Astro=1').digest('base64')}'`
    expect(inlineScriptHashes(html)).toEqual([hash])
    expect(contentSecurityPolicy({ scriptHashes: [hash] })).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hash};`)
    expect(() => contentSecurityPolicy({ scriptHashes: ["'unsafe-inline'"] })).toThrow(/Not a script hash/)
  })
})

describe('the schematic map', () => {
  // Phù Đổng, then Bát Tràng about 14 km to the south-south-west, then a stop at Bát Tràng again.
  const stops = [
    { order: 1, lat: 21.0611, lng: 105.9611, title: 'Đền Phù Đổng' },
    { order: 2, lat: 20.9753, lng: 105.9136, title: 'Làng gốm Bát Tràng' },
    { order: 3, lat: 20.9754, lng: 105.9137, title: 'Bình gốm men lam' },
  ]

  it('puts north at the top, joins the stops in order and shares one mark between stops at one place', () => {
    const drawn = sketch(stops)
    expect(drawn).not.toBeNull()
    if (!drawn) return
    const [north, south] = drawn.marks
    expect(drawn.marks.map((m) => m.label)).toEqual(['1', '2, 3'])
    expect(north?.y).toBeLessThan(south?.y ?? 0)
    expect(north?.x).toBeGreaterThan(south?.x ?? 0)
    expect(drawn.line.split(/[ML]/).filter(Boolean)).toHaveLength(3)
    for (const m of drawn.marks) {
      expect(m.x).toBeGreaterThanOrEqual(0)
      expect(m.x).toBeLessThanOrEqual(drawn.width)
      expect(m.y).toBeLessThanOrEqual(drawn.height)
    }
  })

  it('has a scale bar of a round distance, true to the stops’ distance', () => {
    const drawn = sketch(stops)
    if (!drawn) throw new Error('no sketch')
    expect([1000, 2000, 5000]).toContain(drawn.scale.metres)
    const [a, b] = drawn.marks
    const px = Math.hypot((a?.x ?? 0) - (b?.x ?? 0), (a?.y ?? 0) - (b?.y ?? 0))
    // About 10.4 km between the two places.
    expect((px / drawn.scale.px) * drawn.scale.metres).toBeGreaterThan(9500)
    expect((px / drawn.scale.px) * drawn.scale.metres).toBeLessThan(11_500)
    expect(sketch([])).toBeNull()
  })

  it('keeps Japanese, Chinese and Korean names inside the sketch: a wide character is a full em', () => {
    const long = [
      {
        order: 1,
        lat: 21.0611,
        lng: 105.9611,
        title: 'フードン祠（タインゾン祠）・フードン祠とソック祠のゾン祭り・キエンソー寺',
      },
      { order: 2, lat: 20.9753, lng: 105.9136, title: '钵场陶瓷村和江高村的陶瓷手工艺村' },
      { order: 3, lat: 21.0, lng: 105.94, title: '끼에우끼 금박 공예 마을과 금박·은박 제조' },
    ]
    const drawn = sketch(long)
    if (!drawn) throw new Error('no sketch')
    expect(labelPx('祠')).toBeGreaterThan(labelPx('a') * 1.5)
    for (const m of drawn.marks) {
      if (!m.text) continue
      const w = labelPx(m.title)
      const left = m.text.anchor === 'start' ? m.text.x : m.text.anchor === 'end' ? m.text.x - w : m.text.x - w / 2
      expect(left, m.title).toBeGreaterThanOrEqual(0)
      expect(left + w, m.title).toBeLessThanOrEqual(drawn.width)
    }
    expect(drawn.marks.some((m) => m.text && m.title.endsWith('…'))).toBe(true)
  })
})
