/**
 * The public labels of every enumeration (ranks, types, OCOP groups…) in the locales beyond
 * Vietnamese and English, keyed by the Vietnamese label: one file a locale. The admin speaks
 * Vietnamese and English only, so the enumerations themselves keep just those two; a label
 * missing here falls back to English. These are example translations, not yet reviewed by native
 * speakers.
 */

import { glossary as fr } from './glossary/fr.ts'
import { glossary as ja } from './glossary/ja.ts'
import { glossary as ko } from './glossary/ko.ts'
import { glossary as ru } from './glossary/ru.ts'
import { glossary as zhHans } from './glossary/zh-Hans.ts'
import { glossary as zhHant } from './glossary/zh-Hant.ts'
import type { Locale } from './locales.ts'

export const GLOSSARY: Record<Exclude<Locale, 'vi' | 'en'>, Record<string, string>> = {
  ko,
  'zh-Hans': zhHans,
  ja,
  'zh-Hant': zhHant,
  fr,
  ru,
}
