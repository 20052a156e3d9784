import { describe, expect, it } from 'vitest'
import {
  DEFAULT_ENABLED_LOCALES,
  enabledLocales,
  fallbackChain,
  isCjk,
  isLocale,
  LOCALES,
  localePrefix,
  TRANSLATION_LOCALES,
} from '../src/index.ts'

describe('the table of locales', () => {
  it('lists every content locale, Vietnamese first, with the defaults a new installation publishes', () => {
    expect(LOCALES).toEqual(['vi', 'en', 'ko', 'zh-Hans', 'ja', 'zh-Hant', 'fr', 'ru'])
    expect(TRANSLATION_LOCALES).toEqual(LOCALES.slice(1))
    expect(DEFAULT_ENABLED_LOCALES).toEqual(['vi', 'en', 'ko', 'zh-Hans', 'ja'])
  })

  it('reads the setting: Vietnamese always, unknown codes dropped, empty means the defaults', () => {
    expect(enabledLocales(['fr', 'en', 'xx'])).toEqual(['vi', 'en', 'fr'])
    expect(enabledLocales([])).toEqual(DEFAULT_ENABLED_LOCALES)
    expect(enabledLocales(undefined)).toEqual(DEFAULT_ENABLED_LOCALES)
    expect(enabledLocales(['vi'])).toEqual(['vi'])
  })

  it('puts pages under the code in lower case, Vietnamese at the root', () => {
    expect(LOCALES.map(localePrefix)).toEqual(['/', '/en/', '/ko/', '/zh-hans/', '/ja/', '/zh-hant/', '/fr/', '/ru/'])
  })

  it('falls back to English, then Vietnamese', () => {
    expect(fallbackChain('vi')).toEqual([])
    expect(fallbackChain('en')).toEqual(['vi'])
    expect(fallbackChain('ja')).toEqual(['en', 'vi'])
  })

  it('knows its codes and which are written without spaces', () => {
    expect(isLocale('zh-Hans')).toBe(true)
    expect(isLocale('zh')).toBe(false)
    expect(LOCALES.filter(isCjk)).toEqual(['ko', 'zh-Hans', 'ja', 'zh-Hant'])
  })
})
