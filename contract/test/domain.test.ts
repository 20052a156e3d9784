import { describe, expect, it } from 'vitest'
import {
  addMonths,
  certificateExpiry,
  foldVietnamese,
  INTANGIBLE_TYPE_2010_TO_2024,
  INTANGIBLE_TYPES_2010,
  INTANGIBLE_TYPES_2024,
  isCertificateValid,
  isInVietnam,
  labelOf,
  polygonProblem,
  RELIC_RANKS,
  slugify,
  starsForScore,
} from '../src/index.ts'

describe('starsForScore', () => {
  it.each([
    [49.9, null],
    [50, '3'],
    [69, '3'],
    [70, '4'],
    [89, '4'],
    [90, '5'],
    [100, '5'],
    [101, null],
    [Number.NaN, null],
  ])('%s → %s', (score, stars) => {
    expect(starsForScore(score)).toBe(stars)
  })
})

describe('certificate dates', () => {
  it('adds calendar months with end-of-month clamping', () => {
    expect(addMonths(new Date('2024-01-31T00:00:00Z'), 1).toISOString()).toBe('2024-02-29T00:00:00.000Z')
    expect(certificateExpiry(new Date('2023-08-31T00:00:00Z')).toISOString()).toBe('2026-08-31T00:00:00.000Z')
  })

  it('knows when a certificate has expired', () => {
    const expiry = new Date('2026-03-15T00:00:00Z')
    expect(isCertificateValid(expiry, new Date('2026-03-14T00:00:00Z'))).toBe(true)
    expect(isCertificateValid(expiry, new Date('2026-03-16T00:00:00Z'))).toBe(false)
  })
})

describe('Vietnamese folding', () => {
  it('removes diacritics and folds đ/Đ, which Unicode does not decompose', () => {
    expect(foldVietnamese('Đình Đông Dư, chùa Bút Tháp, Kiêu Kỵ')).toBe('Dinh Dong Du, chua But Thap, Kieu Ky')
    expect(foldVietnamese('đĐ'.normalize('NFD'))).toBe('dD')
  })

  it('makes URL slugs', () => {
    expect(slugify('  Lễ hội Gióng ở đền Phù Đổng & đền Sóc  ')).toBe('le-hoi-giong-o-den-phu-dong-den-soc')
    expect(slugify('Nghề dát vàng quỳ Kiêu Kỵ (Gia Lâm)')).toBe('nghe-dat-vang-quy-kieu-ky-gia-lam')
  })
})

describe('isInVietnam', () => {
  it.each([
    [21.0285, 105.8542, true], // Hà Nội
    [10.7769, 106.7009, true], // TP. Hồ Chí Minh
    [16.5, 112.0, true], // Hoàng Sa
    [8.64, 111.92, true], // Trường Sa
    [105.85, 21.03, false], // swapped
    [-21.03, 105.85, false], // sign lost
    [13.75, 100.5, false], // Bangkok
  ])('(%s, %s) → %s', (lat, lng, inside) => {
    expect(isInVietnam({ lat, lng })).toBe(inside)
  })
})

describe('polygonProblem', () => {
  const ring = [
    [105.96, 21.06],
    [105.97, 21.06],
    [105.97, 21.07],
    [105.96, 21.06],
  ]
  it('accepts a closed ring inside Vietnam', () => {
    expect(polygonProblem({ type: 'Polygon', coordinates: [ring] })).toBeNull()
  })
  it('explains what is wrong', () => {
    expect(polygonProblem({ type: 'Point', coordinates: [1, 2] })?.vi).toMatch(/Polygon/)
    expect(polygonProblem({ type: 'Polygon', coordinates: [ring.slice(0, 3)] })?.vi).toMatch(/ít nhất 4 điểm/)
    expect(polygonProblem({ type: 'Polygon', coordinates: [[[21.06, 105.96], ...ring.slice(1)]] })?.vi).toMatch(
      /kinh độ trước/,
    )
  })
})

describe('enumerations', () => {
  it('map every 2010 intangible type into the 2024 scheme', () => {
    const types2024 = INTANGIBLE_TYPES_2024.map((t) => t.value as string)
    for (const { value } of INTANGIBLE_TYPES_2010) expect(types2024).toContain(INTANGIBLE_TYPE_2010_TO_2024[value])
  })
  it('label values in both languages', () => {
    expect(labelOf(RELIC_RANKS, 'special-national', 'vi')).toBe('Di tích quốc gia đặc biệt')
    expect(labelOf(RELIC_RANKS, 'special-national', 'en')).toBe('Special national relic')
  })
})
