import { describe, expect, it } from 'vitest'
import {
  ENTRY_KINDS,
  isEntryKind,
  isPageKind,
  KIND_LABEL,
  KIND_SEGMENT,
  KINDS,
  listSegments,
  PAGE_KINDS,
  PLACE_KINDS,
  ROUTE_STOP_KINDS,
  SITE_LOCALES,
  STANDALONE_KINDS,
} from '../src/index.ts'

// The lists as they were written by hand before the table: the same values in the same order, so
// the snapshot, the site's menus and its lists come out byte-identical.
const SEVEN = ['relics', 'intangible-heritage', 'craft-villages', 'ocop-products', 'artisans', 'routes', 'producers']
// Inscriptions (issue 22) came after: last of the kinds with pages, so the others kept their order.
const PAGES = [...SEVEN, 'inscriptions']
const FIVE = ['relics', 'intangible-heritage', 'craft-villages', 'ocop-products', 'artisans']

describe('the table of kinds', () => {
  it('derives every list of kinds in the order they had', () => {
    expect(ENTRY_KINDS).toEqual([...PAGES, 'batches'])
    expect(PAGE_KINDS).toEqual(PAGES)
    expect(STANDALONE_KINDS).toEqual(PAGES)
    expect(PLACE_KINDS).toEqual(FIVE)
    expect(ROUTE_STOP_KINDS).toEqual(FIVE)
    expect(Object.keys(KIND_SEGMENT)).toEqual(PAGES)
    expect(Object.keys(KIND_LABEL)).toEqual([...PAGES, 'batches'])
  })

  it('derives the URL segments of every list page: Vietnamese its own, every other locale English', () => {
    const viEn = (kind: keyof typeof KIND_SEGMENT) => ({ vi: KIND_SEGMENT[kind].vi, en: KIND_SEGMENT[kind].en })
    expect(Object.fromEntries(PAGE_KINDS.map((kind) => [kind, viEn(kind)]))).toEqual({
      relics: { vi: 'di-tich', en: 'relics' },
      'intangible-heritage': { vi: 'di-san-phi-vat-the', en: 'intangible-heritage' },
      'craft-villages': { vi: 'lang-nghe', en: 'craft-villages' },
      'ocop-products': { vi: 'san-pham-ocop', en: 'ocop-products' },
      artisans: { vi: 'nghe-nhan', en: 'artisans' },
      routes: { vi: 'tuyen-tham-quan', en: 'routes' },
      producers: { vi: 'chu-the-ocop', en: 'producers' },
      inscriptions: { vi: 'van-bia-sac-phong', en: 'inscriptions' },
    })
    for (const kind of PAGE_KINDS) {
      expect(KIND_SEGMENT[kind].ko).toBe(KIND_SEGMENT[kind].en)
      expect(KIND_SEGMENT[kind]['zh-Hans']).toBe(KIND_SEGMENT[kind].en)
    }
    expect(listSegments(SITE_LOCALES)).toEqual([
      'di-tich',
      'di-san-phi-vat-the',
      'lang-nghe',
      'san-pham-ocop',
      'nghe-nhan',
      'tuyen-tham-quan',
      'chu-the-ocop',
      'van-bia-sac-phong',
      ...PAGES,
    ])
  })

  it('names each kind, one and many, in every locale', () => {
    expect(KIND_LABEL.relics.vi).toEqual({ one: 'Di tích', many: 'Di tích' })
    expect(KIND_LABEL.relics.en).toEqual({ one: 'Relic', many: 'Relics' })
    expect(KIND_LABEL.relics.ko).toEqual({ one: '유적', many: '유적' })
    expect(KIND_LABEL.routes.en).toEqual({ one: 'Tourist route', many: 'Tourist routes' })
    expect(KIND_LABEL.batches.vi).toEqual({ one: 'Lô sản xuất', many: 'Lô sản xuất' })
    expect(KIND_LABEL.batches.en).toEqual({ one: 'Batch', many: 'Batches' })
    for (const { label } of KINDS) {
      for (const locale of SITE_LOCALES) expect(label[locale].one && label[locale].many).toBeTruthy()
    }
  })

  it('tells kinds and page kinds apart', () => {
    expect(isEntryKind('relics')).toBe(true)
    expect(isEntryKind('media')).toBe(false)
    expect(isEntryKind(undefined)).toBe(false)
    expect(isPageKind('producers')).toBe(true)
    expect(isPageKind('batches')).toBe(false)
  })

  it('keeps segments unique, so a list address names one kind', () => {
    const segments = listSegments(SITE_LOCALES)
    expect(new Set(segments).size).toBe(segments.length)
    expect(segments).toHaveLength(16)
  })
})
