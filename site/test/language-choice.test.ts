import type { Locale } from '@heritage/contract/locales'
import { describe, expect, it } from 'vitest'
import { acceptedTags, chooseLocale, chosenLanguageHref, isQrLandingPath, localeOfTag } from '../src/language-choice.ts'
import { alternatesOf, languageRedirect } from '../tools/qr-language.ts'

const has = (...locales: Locale[]) => new Set<Locale>(locales)

describe("the phone's language for a QR landing page", () => {
  it('maps tags to locales by language and likely script', () => {
    const cases: [string, Locale | null][] = [
      ['ko-KR', 'ko'],
      ['ko', 'ko'],
      ['zh', 'zh-Hans'],
      ['zh-CN', 'zh-Hans'],
      ['zh-SG', 'zh-Hans'],
      ['zh-Hans-HK', 'zh-Hans'],
      ['zh-TW', 'zh-Hant'],
      ['zh-HK', 'zh-Hant'],
      ['zh-MO', 'zh-Hant'],
      ['zh-Hant', 'zh-Hant'],
      ['ja-JP', 'ja'],
      ['en-US', 'en'],
      ['vi-VN', 'vi'],
      ['de-DE', null],
      ['*', null],
      ['not a tag!', null],
    ]
    for (const [tag, locale] of cases) expect(localeOfTag(tag), tag).toBe(locale)
  })

  it('orders tags by q-value, keeping the header order on ties, without q=0 and *', () => {
    expect(acceptedTags('en;q=0.5, ko-KR, ja;q=0.9, fr;q=0, *;q=0.1, ko;q=0.9')).toEqual(['ko-KR', 'ja', 'ko', 'en'])
    expect(acceptedTags(undefined)).toEqual([])
  })

  it('takes the first preference the entry has a page in, Vietnamese included', () => {
    const all = has('en', 'ko', 'zh-Hans', 'ja')
    expect(chooseLocale('ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7', all)).toBe('ko')
    expect(chooseLocale('en-US,en;q=0.9,ko;q=0.8', all)).toBe('en')
    expect(chooseLocale('en;q=0.8,ko', all)).toBe('ko')
    expect(chooseLocale('zh-TW,zh;q=0.9,en;q=0.8', all)).toBe('zh-Hans')
    expect(chooseLocale('zh-TW,zh;q=0.9', has('en', 'zh-Hant', 'zh-Hans'))).toBe('zh-Hant')
    expect(chooseLocale('vi-VN,vi;q=0.9,en;q=0.8', all)).toBe('vi')
    expect(chooseLocale('ko,vi;q=0.9,en;q=0.8', has('en'))).toBe('vi')
  })

  it('falls to English for a language the entry lacks, else Vietnamese; no header: Vietnamese', () => {
    expect(chooseLocale('ko-KR', has('en'))).toBe('en')
    expect(chooseLocale('de-DE,de;q=0.9', has('en', 'ko'))).toBe('en')
    expect(chooseLocale('ko-KR', has())).toBe('vi')
    expect(chooseLocale('ko-KR', has('ja'))).toBe('vi')
    expect(chooseLocale(undefined, has('en', 'ko'))).toBe('vi')
    expect(chooseLocale('', has('en', 'ko'))).toBe('vi')
  })

  it('knows QR landing paths, and marks a chosen language on links to them', () => {
    for (const p of ['/p/9V4U793E/', '/t/ABC123/', '/01/09520000123451/', '/01/09520000123451/10/L%2F1/'])
      expect(isQrLandingPath(p), p).toBe(true)
    for (const p of ['/p/9V4U793E', '/ko/p/9V4U793E/', '/di-tich/x/', '/01/123/', '/p/abc/'])
      expect(isQrLandingPath(p), p).toBe(false)
    expect(chosenLanguageHref('/t/ABC123/', 'vi')).toBe('/t/ABC123/?lang=vi')
    expect(chosenLanguageHref('/di-tich/x/', 'vi')).toBe('/di-tich/x/')
  })

  it('redirects to the translation, honouring ?lang= and keeping other parameters', () => {
    const pages = new Map<Locale, string>([
      ['ko', '/ko/p/A/'],
      ['en', '/en/p/A/'],
    ])
    expect(languageRedirect(pages, '', 'ko-KR')).toBe('/ko/p/A/')
    expect(languageRedirect(pages, '?utm_source=plaque', 'ko-KR')).toBe('/ko/p/A/?utm_source=plaque')
    expect(languageRedirect(pages, '?lang=vi', 'ko-KR')).toBeNull()
    expect(languageRedirect(pages, '?lang=en&x=1', 'ko-KR')).toBe('/en/p/A/?x=1')
    expect(languageRedirect(pages, '?lang=xx', 'ko-KR')).toBeNull()
    expect(languageRedirect(pages, '', 'vi')).toBeNull()
    expect(languageRedirect(pages, '', undefined)).toBeNull()
  })

  it("reads a page's hreflang alternates", () => {
    const html =
      '<link rel="canonical" href="https://x.vn/a/"><link rel="alternate" hreflang="vi" href="https://x.vn/a/">' +
      '<link rel="alternate" hreflang="zh-Hans" href="https://x.vn/zh-hans/b/"><link rel="stylesheet" href="/s.css">'
    expect([...alternatesOf(html)]).toEqual([
      ['vi', '/a/'],
      ['zh-hans', '/zh-hans/b/'],
    ])
  })
})
